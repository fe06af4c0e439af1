from django.contrib import admin

from tugan.accounts.admin_access import can_edit
from tugan.linkage.models import MatchCandidate
from tugan.records.models import Person


@admin.register(MatchCandidate)
class MatchCandidateAdmin(admin.ModelAdmin):
    list_display = ["person_a", "person_b", "score", "state", "decided_by"]
    list_filter = ["state"]
    raw_id_fields = ["person_a", "person_b", "decided_by"]

    def get_queryset(self, request):
        # Both persons must be visible, or the pair reveals that a hidden person exists.
        visible = Person.objects.visible_to(request.user)
        return super().get_queryset(request).filter(person_a__in=visible, person_b__in=visible)

    def has_module_permission(self, request):
        return can_edit(request)

    def has_view_permission(self, request, obj=None):
        return can_edit(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
