from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from tugan.accounts.roles import Role
from tugan.api.models import ApiToken
from tugan.api.tokens import revoke_api_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Admins see who holds a token and revoke it; the token itself is never stored."""

    list_display = ["user", "prefix", "created_at", "last_used_at"]
    readonly_fields = ["user", "prefix", "created_at", "created_by", "last_used_at"]
    # To make a token for a user, an admin opens /api/token/?user=NAME.
    exclude = ["digest"]
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:
        return False  # made by their user on /api/token/ or with `tugan user token`

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # revoked with the action, which writes its audit entry

    def has_module_permission(self, request) -> bool:
        return request.user.is_active and request.user.role == Role.ADMIN

    def has_view_permission(self, request, obj=None) -> bool:
        return self.has_module_permission(request)

    @admin.action(description=_("Revoke the selected API tokens"))
    def revoke(self, request, queryset) -> None:
        for token in queryset.select_related("user"):
            revoke_api_token(token.user, by=request.user)
        messages.success(request, _("Revoked."))
