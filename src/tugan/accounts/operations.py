"""Account changes, each with its audit entry."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from tugan.accounts.roles import Confidentiality, Role
from tugan.audit.log import record_audit

GENERATED_PASSWORD_BYTES = 15


@transaction.atomic
def add_user(username: str, role: str, password: str | None = None, by=None) -> tuple:
    """Create a user with a role; return (user, password), generating a strong password if none.

    Raises ValueError naming the problem (unknown role, taken name, weak password).
    """
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}: choose one of {', '.join(Role.values)}")
    User = get_user_model()
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
