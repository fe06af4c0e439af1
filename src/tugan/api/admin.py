from typing import TYPE_CHECKING, Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tugan.accounts.roles import Role
from tugan.api.models import ApiToken
from tugan.api.tokens import revoke_api_token

if TYPE_CHECKING:
    # Django's admin classes are generic only in django-stubs, not at run time.
    ApiTokenAdminBase = admin.ModelAdmin[ApiToken]
else:
    ApiTokenAdminBase = admin.ModelAdmin


@admin.register(ApiToken)
class ApiTokenAdmin(ApiTokenAdminBase):
    """Admins see who holds a token and revoke it; the token itself is never stored."""

    list_display = ["user", "prefix", "created_at", "last_used_at"]
    readonly_fields = ["user", "prefix", "created_at", "created_by", "last_used_at"]
    # To make a token for a user, an admin opens /api/token/?user=NAME.
    exclude = ["digest"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # made by their user on /api/token/ or with `tugan user token`

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # revoked with the action, which writes its audit entry

    def has_module_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return user.is_authenticated and user.is_active and user.role == Role.ADMIN

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    @admin.action(description=_("Revoke the selected API tokens"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        for token in queryset.select_related("user"):
            revoke_api_token(token.user, by=request.user)
        messages.success(request, _("Revoked."))
