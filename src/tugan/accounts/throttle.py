"""Sign-in throttling: failed attempts per username, counted in the database for all workers."""

from datetime import timedelta

from django.utils import timezone

from tugan.accounts.models import FailedSignIn

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def is_sign_in_throttled(username: str) -> bool:
    """Return whether this username has failed too often within the window."""
    since = timezone.now() - WINDOW
    return (
        FailedSignIn.objects.filter(username=username.lower(), at__gte=since).count()
        >= MAX_FAILURES
    )


def record_failed_sign_in(username: str) -> None:
    """Count one failed sign-in for this username, and forget failures older than the window."""
    FailedSignIn.objects.filter(at__lt=timezone.now() - WINDOW).delete()
    FailedSignIn.objects.create(username=username.lower()[:150])
