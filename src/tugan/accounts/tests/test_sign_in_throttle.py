"""Sign-in throttling: guessers wait, the account's owner is not locked out by them."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tugan.accounts.models import FailedSignIn
from tugan.accounts.throttle import (
    ADDRESS_FAILURES,
    BASE_WAIT,
    MAX_WAIT,
    PAIR_FAILURES,
    USERNAME_FAILURES,
    address_key,
    wait_after,
)

pytestmark = pytest.mark.django_db
PASSWORD = "fictional-test-password"


def sign_in(client, username: str, password: str, address: str):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def is_throttled(response) -> bool:
    return response.status_code == 200 and "Too many failed sign-ins" in response.content.decode()


def test_the_wait_doubles_after_the_threshold_up_to_an_hour():
    assert wait_after(PAIR_FAILURES - 1, PAIR_FAILURES) == timedelta(0)
    assert wait_after(PAIR_FAILURES, PAIR_FAILURES) == BASE_WAIT
    assert wait_after(PAIR_FAILURES + 2, PAIR_FAILURES) == 4 * BASE_WAIT
    assert wait_after(PAIR_FAILURES + 40, PAIR_FAILURES) == MAX_WAIT


def test_a_guesser_waits_and_then_may_try_again(client, users):
    for _ in range(PAIR_FAILURES):
        sign_in(client, "fictional-editor", "wrong", "203.0.113.9")
    assert is_throttled(sign_in(client, "fictional-editor", PASSWORD, "203.0.113.9"))
    with time_machine.travel(timezone.now() + BASE_WAIT + timedelta(seconds=1)):
        assert sign_in(client, "fictional-editor", PASSWORD, "203.0.113.9").status_code == 302


def test_a_guesser_elsewhere_does_not_lock_the_owner_out(client, users):
    for _ in range(PAIR_FAILURES * 3):
        sign_in(client, "fictional-editor", "wrong", "203.0.113.9")
    assert sign_in(client, "fictional-editor", PASSWORD, "198.51.100.4").status_code == 302


def test_one_address_trying_many_accounts_waits(client, users):
    for number in range(ADDRESS_FAILURES):
        sign_in(client, f"fictional-nobody-{number}", "wrong", "203.0.113.9")
    assert is_throttled(sign_in(client, "fictional-editor", PASSWORD, "203.0.113.9"))
    assert sign_in(client, "fictional-editor", PASSWORD, "198.51.100.4").status_code == 302


def test_guesses_spread_over_addresses_slow_new_addresses_but_not_a_known_one(client, users):
    sign_in(client, "fictional-editor", PASSWORD, "198.51.100.4")  # the owner's address
    client.logout()
    for number in range(USERNAME_FAILURES):
        sign_in(client, "fictional-editor", "wrong", f"203.0.{number // 200}.{number % 200}")
    assert is_throttled(sign_in(client, "fictional-editor", PASSWORD, "192.0.2.77"))
    assert sign_in(client, "fictional-editor", PASSWORD, "198.51.100.4").status_code == 302


def test_addresses_are_stored_only_as_keyed_hashes(client, users):
    sign_in(client, "fictional-editor", "wrong", "203.0.113.9")
    stored = FailedSignIn.objects.get()
    assert stored.address_key == address_key("203.0.113.9")
    assert "203.0.113.9" not in stored.address_key
