"""A per-process cache of the monitor's and statistics' results, emptied by any change.

Counting half a million events takes seconds; the answer changes only when a record does.
Every change to a record writes an audit entry in the same transaction (STYLE.md c), so the
newest audit entry's id, with the newest id of each counted table (bulk loads that bypass
the operations still add rows), names the version of the data. A result is kept per viewer
(the signed-out public shares one entry; each signed-in user has their own, so no access
rule is copied here) and per question, and only for that version.
"""

import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db.models import Max

from tugan.accounts.models import AnyUser
from tugan.audit.models import AuditEntry
from tugan.records.models import ContactReport, Event, Person

# Long enough to serve a working session; a new data version makes a new key anyway.
TIMEOUT_SECONDS = 60 * 60


def data_version() -> tuple[Any, ...]:
    """Return what names the current state of the counted records (a few indexed lookups)."""
    return tuple(
        model.objects.aggregate(newest=Max("id"))["newest"]
        for model in (AuditEntry, Event, Person, ContactReport)
    )


def viewer_key(user: AnyUser) -> str:
    """Return whose view a result is: the public, or one signed-in user in their current role."""
    if user is None or not user.is_authenticated:
        return "public"
    return f"user-{user.pk}-{user.role}-{getattr(user, 'clearance', '')}"


ResultT = TypeVar("ResultT")


def cached_result(
    kind: str, user: AnyUser, question: Any, compute: Callable[[], ResultT]
) -> ResultT:
    """Return compute()'s result for this viewer, question and data version, computing once."""
    text = f"{kind}:{viewer_key(user)}:{question!r}:{data_version()!r}"
    key = "tugan-monitor:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    result: ResultT | None = cache.get(key)
    if result is None:
        result = compute()
        cache.set(key, result, TIMEOUT_SECONDS)
    return result
