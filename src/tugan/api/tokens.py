"""API tokens: created and revoked by their user or an admin, each with its audit entry.

A token is 32 random bytes; only its sha256 is stored. A fast hash is enough for a secret of
that strength (passwords need Argon2 because people choose them; nobody chooses a token).
"""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from tugan.accounts.models import AnyUser, User
from tugan.accounts.roles import Role
from tugan.api.models import ApiToken
from tugan.audit.log import record_audit

TOKEN_PREFIX = "tugan_"
# last_used_at is written at most this often, so that reading the API does not write each time.
LAST_USED_RESOLUTION = timedelta(minutes=5)


class TokenRefused(PermissionError):
    """The acting user may not manage this user's token."""


def digest_of(token: str) -> str:
    """Return the stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def may_manage_token(user: User, by: AnyUser | None) -> bool:
    """Return whether `by` may create or revoke `user`'s token: themselves, or an admin."""
    if by is None:  # the operator at the command line
        return True
    return by.is_authenticated and by.is_active and (by.pk == user.pk or by.role == Role.ADMIN)


@transaction.atomic
def create_api_token(user: User, by: AnyUser | None = None) -> str:
    """Give the user a new API token, replacing any old one; return the token (shown once)."""
    if not may_manage_token(user, by):
        raise TokenRefused("only the user or an admin may create this user's API token")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.filter(user=user).delete()
    ApiToken.objects.create(
        user=user,
        prefix=token[: len(TOKEN_PREFIX) + 4],
        digest=digest_of(token),
        created_by=by if by is not None and by.is_authenticated else None,
    )
    record_audit("create_api_token", user, by=by, changes={"username": user.get_username()})
    return token


@transaction.atomic
def revoke_api_token(user: User, by: AnyUser | None = None) -> bool:
    """Delete the user's API token; return whether there was one."""
    if not may_manage_token(user, by):
        raise TokenRefused("only the user or an admin may revoke this user's API token")
    deleted, _ = ApiToken.objects.filter(user=user).delete()
    if deleted:
        record_audit("revoke_api_token", user, by=by, changes={"username": user.get_username()})
    return bool(deleted)


def find_token_user(token: str) -> User | None:
    """Return the active user holding this token, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    found = ApiToken.objects.select_related("user").filter(digest=digest_of(token)).first()
    if found is None or not found.user.is_active:
        return None
    now = timezone.now()
    if found.last_used_at is None or now - found.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
    return found.user
