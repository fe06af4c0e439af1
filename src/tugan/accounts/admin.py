from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tugan.accounts.models import User
from tugan.accounts.roles import Role

if TYPE_CHECKING:
    # Django's admin classes are generic only in django-stubs, not at run time.
    UserAdminBase = UserAdmin[User]
else:
    UserAdminBase = UserAdmin


@admin.register(User)
class TuganUserAdmin(UserAdminBase):
    list_display = ["username", "role", "clearance", "is_active", "last_login"]
    list_filter = ["role", "clearance", "is_active"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        ("Role", {"fields": ["role", "clearance", "is_active"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"fields": ["username", "role", "password1", "password2"]})]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_authenticated and request.user.role == Role.ADMIN

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)


# Authenticator keys and recovery codes are managed on Tugan's own pages and by
# `tugan user reset-second-factor`: the admin site must never show them.
for otp_model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(otp_model):
        admin.site.unregister(otp_model)
