"""Small-cell suppression: on public views a count under the threshold is not shown."""

from typing import TYPE_CHECKING

from django.conf import settings

from tugan.accounts.models import AnyUser

if TYPE_CHECKING:
    from tugan.core.contact_monitor import BoolArray, IntArray


def is_public_viewer(user: AnyUser) -> bool:
    """Return whether this viewer sees the public views (anyone not signed in)."""
    return user is None or not user.is_authenticated


def suppression_threshold() -> int:
    """Return the smallest count a public view shows (TUGAN_SMALL_CELL_THRESHOLD, default 5)."""
    return settings.SMALL_CELL_THRESHOLD


def is_small(count: float, threshold: int) -> bool:
    """Return whether a count must be hidden on a public view: above zero, under the threshold."""
    return 0 < count < threshold


def small_counts(counts: "IntArray", threshold: int) -> "BoolArray":
    """Return is_small of each count of an array."""
    return (counts > 0) & (counts < threshold)


def fewer_than(threshold: int) -> str:
    """Return how a hidden count is written in JSON and CSV: "<5"."""
    return f"<{threshold}"
