from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from tugan.accounts.admin_access import can_edit
from tugan.linkage.models import MatchCandidate
from tugan.records.models import Person

if TYPE_CHECKING:
    # Django's admin classes are generic only in django-stubs, not at run time.
    MatchCandidateAdminBase = admin.ModelAdmin[MatchCandidate]
else:
    MatchCandidateAdminBase = admin.ModelAdmin


@admin.register(MatchCandidate)
class MatchCandidateAdmin(MatchCandidateAdminBase):
    list_display = ["person_a", "person_b", "score", "state", "decided_by"]
    list_filter = ["state"]
    raw_id_fields = ["person_a", "person_b", "decided_by"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[MatchCandidate]:
        # Both persons must be visible, or the pair reveals that a hidden person exists.
        visible = Person.objects.visible_to(request.user)
        return super().get_queryset(request).filter(person_a__in=visible, person_b__in=visible)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return can_edit(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can_edit(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
