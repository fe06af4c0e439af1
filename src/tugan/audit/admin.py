from django.contrib import admin

from tugan.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_name", "action", "record_type", "record_id"]
    list_filter = ["action", "record_type"]
    search_fields = ["record_id", "actor_name"]

    def has_module_permission(self, request):
        return request.user.is_authenticated and request.user.is_admin

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    # The log is append-only: nobody edits or deletes entries, not even an admin.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
