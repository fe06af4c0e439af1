"""The TOTP second factor (RFC 6238) and its recovery codes, through django-otp.

An admin must have one; anyone else may. An authenticator app holds the key shown once as a
QR code (drawn here as SVG: no third party sees the key); ten single-use recovery codes stand
in for a lost phone. Each change writes its audit entry, never the key or a code.
"""

import segno
from django.db import transaction
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tugan.accounts.decorators import SignedInRequest
from tugan.accounts.models import AnyUser, User
from tugan.accounts.roles import Role
from tugan.audit.log import record_audit

RECOVERY_CODES = 10
APP_DEVICE_NAME = "authenticator app"
RECOVERY_DEVICE_NAME = "recovery codes"


def is_second_factor_required(user: User) -> bool:
    """Return whether this user may not go on without a second factor: admins."""
    from django.conf import settings

    return bool(settings.ADMIN_SECOND_FACTOR) and user.role == Role.ADMIN


def has_second_factor(user: User) -> bool:
    """Return whether the user has a confirmed authenticator app."""
    has_app: bool = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    return has_app


def pending_totp_device(user: User) -> TOTPDevice:
    """Return the user's unconfirmed authenticator key, making one if there is none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def qr_code_svg(device: TOTPDevice) -> str:
    """Return the device's otpauth:// address as an inline SVG QR code."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)


@transaction.atomic
def confirm_totp_device(
    request: SignedInRequest, device: TOTPDevice, code: str
) -> list[str] | None:
    """Confirm the signed-in user's authenticator app with a code from it, and count this
    session verified; return fresh recovery codes, or None if the code is wrong. Any earlier
    app and codes are replaced."""
    user = request.user
    if device.user_id != user.pk or not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save()
    codes = _replace_recovery_codes(user)
    otp_login(request, device)
    record_audit("enrol_second_factor", user, by=user, changes={"device": APP_DEVICE_NAME})
    return codes


def _replace_recovery_codes(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def replace_recovery_codes(user: User) -> list[str]:
    """Return ten new recovery codes for the user; the old ones stop working."""
    codes = _replace_recovery_codes(user)
    record_audit("replace_recovery_codes", user, by=user, changes={})
    return codes


def verify_second_factor(request: SignedInRequest, code: str) -> bool:
    """Mark the signed-in session verified if the code is the app's current one or an unused
    recovery code (which is then used up); django-otp slows repeated wrong codes."""
    user = request.user
    for device in [
        *TOTPDevice.objects.filter(user=user, confirmed=True),
        *StaticDevice.objects.filter(user=user, confirmed=True),
    ]:
        with transaction.atomic():
            # The row lock makes a recovery code usable once, even by two requests at once.
            device = type(device).objects.select_for_update().get(pk=device.pk)
            if device.verify_token(code):
                otp_login(request, device)
                if isinstance(device, StaticDevice):
                    record_audit("use_recovery_code", user, by=user, changes={})
                return True
    return False


@transaction.atomic
def remove_second_factor(user: User, by: AnyUser | None = None) -> bool:
    """Remove the user's authenticator app and recovery codes; return whether there were any.

    For an admin who lost both: they must enrol again at their next sign-in.
    """
    had: bool = user_has_device(user, confirmed=None)
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    if had:
        record_audit("remove_second_factor", user, by=by, changes={})
    return had


def recovery_codes_left(user: User) -> int:
    """Return how many unused recovery codes the user has."""
    left: int = StaticToken.objects.filter(device__user=user).count()
    return left
