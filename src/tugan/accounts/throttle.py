"""Sign-in throttling by username and by address, with a growing wait after failures.

It must slow guessing without letting anyone lock an account at will. Failures are counted
in three scopes, each with its own threshold; past a threshold each further failure doubles
the wait before the next attempt is weighed (BASE_WAIT, up to MAX_WAIT). It is a wait, never
a permanent lock:

- a username from one address: a guesser there waits, the account's owner elsewhere does not;
- an address, whatever the usernames: stops one address trying many accounts;
- a username from addresses it has never signed in from: stops guesses spread over many
  addresses, while its owner at an address they signed in from before is not slowed.

Addresses are stored only as keyed hashes (HMAC with the secret key), not as addresses.
Counts live in the database, so every server process shares them.
"""

import hashlib
import hmac
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from tugan.accounts.models import FailedSignIn, KnownSignInAddress

PAIR_FAILURES = 5  # one username from one address
ADDRESS_FAILURES = 20  # one address, any usernames
USERNAME_FAILURES = 50  # one username from addresses it never signed in from
BASE_WAIT = timedelta(seconds=30)
MAX_WAIT = timedelta(hours=1)
WINDOW = timedelta(hours=24)  # failures older than this are forgotten
KNOWN_ADDRESS_DAYS = 90


def address_key(address: str) -> str:
    """Return the keyed hash under which an address is counted."""
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return digest.hexdigest()[:64]


def wait_after(failures: int, threshold: int) -> timedelta:
    """Return the wait after this many failures: none below the threshold, then doubling."""
    if failures < threshold:
        return timedelta(0)
    doublings: int = 2 ** (failures - threshold)
    return min(BASE_WAIT * doublings, MAX_WAIT)


def _remaining(failures: QuerySet[FailedSignIn], threshold: int) -> timedelta:
    summary = failures.aggregate(count=Count("id"), last=Max("at"))
    count: int = summary["count"]
    if not count:
        return timedelta(0)
    last: datetime = summary["last"]
    until = last + wait_after(count, threshold)
    return max(until - timezone.now(), timedelta(0))


def is_known_address(username: str, key: str) -> bool:
    """Return whether this user signed in from this address within KNOWN_ADDRESS_DAYS."""
    return KnownSignInAddress.objects.filter(
        username=username.lower(),
        address_key=key,
        last_used__gte=timezone.now() - timedelta(days=KNOWN_ADDRESS_DAYS),
    ).exists()


def sign_in_wait(username: str, address: str) -> timedelta:
    """Return how long this username must wait before signing in from this address (0: none)."""
    username, key = username.lower(), address_key(address)
    recent = FailedSignIn.objects.filter(at__gte=timezone.now() - WINDOW)
    waits = [
        _remaining(recent.filter(username=username, address_key=key), PAIR_FAILURES),
        _remaining(recent.filter(address_key=key), ADDRESS_FAILURES),
    ]
    if not is_known_address(username, key):
        known = KnownSignInAddress.objects.filter(username=username).values("address_key")
        waits.append(
            _remaining(
                recent.filter(username=username).exclude(address_key__in=known),
                USERNAME_FAILURES,
            )
        )
    return max(waits)


def record_failed_sign_in(username: str, address: str) -> None:
    """Count one failed sign-in, and forget failures older than the window."""
    FailedSignIn.objects.filter(at__lt=timezone.now() - WINDOW).delete()
    FailedSignIn.objects.create(username=username.lower()[:150], address_key=address_key(address))


def record_successful_sign_in(username: str, address: str) -> None:
    """Remember the address as the user's, and forget its failures from there."""
    username, key = username.lower()[:150], address_key(address)
    KnownSignInAddress.objects.update_or_create(
        username=username, address_key=key, defaults={"last_used": timezone.now()}
    )
    FailedSignIn.objects.filter(username=username, address_key=key).delete()
