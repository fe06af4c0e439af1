"""/admin/login/ is the one sign-in page, with its throttle and lockout, not a second door."""

import pytest

from tugan.accounts.throttle import PAIR_FAILURES as MAX_FAILURES

pytestmark = pytest.mark.django_db
RIGHT = {"username": "fictional-editor", "password": "fictional-test-password"}


def signed_in_user(client) -> str | None:
    user = client.get("/persons/").context["user"]
    return user.username if user.is_authenticated else None


def test_it_sends_the_admin_sign_in_to_the_one_sign_in_page(client, users):
    response = client.get("/admin/login/", {"next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"


def test_the_admin_asks_for_a_sign_in_through_the_one_sign_in_page(client, users):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/login/?next=%2Fadmin%2F"
    assert response.status_code == 200


def test_a_password_posted_to_the_admin_sign_in_signs_nobody_in(client, users):
    response = client.post("/admin/login/", RIGHT)
    assert response.status_code == 302
    assert signed_in_user(client) is None


def test_a_user_locked_out_at_accounts_login_cannot_sign_in_through_the_admin(client, users):
    for _ in range(MAX_FAILURES):
        client.post("/accounts/login/", {"username": "fictional-editor", "password": "nope"})
    login_page = client.get("/admin/login/", {"next": "/admin/"}, follow=True)
    form_url = login_page.redirect_chain[-1][0]
    response = client.post(form_url, {**RIGHT, "next": "/admin/"})
    assert response.status_code == 200
    assert "Too many failed sign-ins" in response.content.decode()
    assert signed_in_user(client) is None


def test_guesses_through_the_admin_count_against_the_same_account(client, users):
    for _ in range(MAX_FAILURES):
        form_url = client.get("/admin/login/", follow=True).redirect_chain[-1][0]
        client.post(form_url, {"username": "fictional-editor", "password": "nope"})
    response = client.post("/accounts/login/", RIGHT)
    assert "Too many failed sign-ins" in response.content.decode()


def test_a_signed_in_user_without_admin_rights_is_refused_not_sent_round(client_as):
    assert client_as("researcher").get("/admin/login/").status_code == 403


def test_a_signed_in_editor_goes_on_to_the_admin(client_as):
    response = client_as("editor").get("/admin/login/", {"next": "/admin/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert response.status_code == 200
