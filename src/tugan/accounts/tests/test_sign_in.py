import pytest

from tugan.accounts.throttle import PAIR_FAILURES as MAX_FAILURES

pytestmark = pytest.mark.django_db


def test_a_user_signs_in_with_the_right_password(client, users):
    response = client.post(
        "/accounts/login/", {"username": "fictional-editor", "password": "fictional-test-password"}
    )
    assert response.status_code == 302
    assert client.get("/persons/").context["user"].username == "fictional-editor"


def test_a_wrong_password_is_refused(client, users):
    response = client.post("/accounts/login/", {"username": "fictional-editor", "password": "nope"})
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()


def test_too_many_failures_block_even_the_right_password(client, users):
    for _ in range(MAX_FAILURES):
        client.post("/accounts/login/", {"username": "fictional-editor", "password": "nope"})
    response = client.post(
        "/accounts/login/", {"username": "fictional-editor", "password": "fictional-test-password"}
    )
    assert response.status_code == 200
    assert "Too many failed sign-ins" in response.content.decode()


def test_pages_carry_a_strict_content_security_policy(client, users):
    response = client.get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "http" not in policy.replace("'self'", "")


def test_sign_out_needs_a_post(client, users):
    client.force_login(users["editor"])
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
