"""Account changes, each with its audit entry."""

import secrets
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from tugan.accounts.models import AnyUser, User
from tugan.accounts.roles import Confidentiality, Role
from tugan.audit.log import record_audit

GENERATED_PASSWORD_BYTES = 15


@transaction.atomic
def add_user(
    username: str, role: str, password: str | None = None, by: AnyUser | None = None
) -> tuple[User, str]:
    """Create a user with a role; return (user, password), generating a strong password if none.

    Raises ValueError naming the problem (unknown role, taken name, weak password).
    """
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}: choose one of {', '.join(Role.values)}")
    if User.objects.filter(username=username).exists():
        raise ValueError(f"a user named {username!r} already exists")
    password = password or secrets.token_urlsafe(GENERATED_PASSWORD_BYTES)
    user = User(username=username, role=role)
    if role == Role.ADMIN:
        user.clearance = Confidentiality.CONFIDENTIAL
    try:
        validate_password(password, user)
    except Exception as error:  # ValidationError carries a list of messages
        raise ValueError(
            "password rejected: " + " ".join(getattr(error, "messages", [str(error)]))
        ) from None
    user.set_password(password)
    user.save()
    record_audit("add_user", user, by=by, changes={"username": username, "role": role})
    return user, password


def get_user_by_name(username: str) -> User:
    """Return the user with this name, or raise ValueError naming it."""
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise ValueError(f"no user named {username!r}") from None


def list_users() -> list[dict[str, Any]]:
    """Return every account: name, role, clearance, active, second factor, last sign-in."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    with_app = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
    return [
        {
            "username": user.username,
            "role": user.role,
            "clearance": user.clearance,
            "is_active": user.is_active,
            "has_second_factor": user.pk in with_app,
            "last_login": user.last_login.isoformat() if user.last_login else None,
        }
        for user in User.objects.order_by("username")
    ]


@transaction.atomic
def set_role(
    username: str, role: str, clearance: str | None = None, by: AnyUser | None = None
) -> User:
    """Give a user another role (and clearance); return the user. Raises ValueError."""
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}: choose one of {', '.join(Role.values)}")
    if clearance is not None and clearance not in Confidentiality.values:
        raise ValueError(
            f"unknown clearance {clearance!r}: choose one of {', '.join(Confidentiality.values)}"
        )
    user = get_user_by_name(username)
    before = {"role": user.role, "clearance": user.clearance}
    user.role = role
    if role == Role.ADMIN:
        user.clearance = Confidentiality.CONFIDENTIAL
    elif clearance is not None:
        user.clearance = clearance
    user.save()
    record_audit(
        "set_role",
        user,
        by=by,
        changes={"before": before, "after": {"role": user.role, "clearance": user.clearance}},
    )
    return user


@transaction.atomic
def reset_password(
    username: str, password: str | None = None, by: AnyUser | None = None
) -> tuple[User, str]:
    """Give a user a new password (generated if none) and end their sessions; return
    (user, password). Raises ValueError naming the problem."""
    user = get_user_by_name(username)
    password = password or secrets.token_urlsafe(GENERATED_PASSWORD_BYTES)
    try:
        validate_password(password, user)
    except Exception as error:
        raise ValueError(
            "password rejected: " + " ".join(getattr(error, "messages", [str(error)]))
        ) from None
    user.set_password(password)  # a new hash ends every session signed with the old one
    user.save()
    record_audit("reset_password", user, by=by, changes={})
    return user, password


@transaction.atomic
def disable_user(username: str, by: AnyUser | None = None) -> User:
    """Stop a user signing in, and end their sessions; their records stay. Return the user."""
    user = get_user_by_name(username)
    # Django's sign-in and its session lookup both refuse an inactive user: open sessions end.
    user.is_active = False
    user.save()
    record_audit("disable_user", user, by=by, changes={"is_active": False})
    return user


def reset_second_factor(username: str, by: AnyUser | None = None) -> bool:
    """Remove a user's authenticator app and recovery codes; return whether there were any."""
    from tugan.accounts.second_factor import remove_second_factor

    return remove_second_factor(get_user_by_name(username), by=by)
