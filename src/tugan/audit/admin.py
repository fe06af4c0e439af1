from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest

from tugan.audit.models import AuditEntry

if TYPE_CHECKING:
    # Django's admin classes are generic only in django-stubs, not at run time.
    AuditEntryAdminBase = admin.ModelAdmin[AuditEntry]
else:
    AuditEntryAdminBase = admin.ModelAdmin


@admin.register(AuditEntry)
class AuditEntryAdmin(AuditEntryAdminBase):
    list_display = ["created_at", "actor_name", "action", "record_type", "record_id"]
    list_filter = ["action", "record_type"]
    search_fields = ["record_id", "actor_name"]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_authenticated and request.user.is_admin

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    # The log is append-only: nobody edits or deletes entries, not even an admin.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
