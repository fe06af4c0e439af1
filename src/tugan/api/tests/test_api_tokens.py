"""API tokens: made and revoked by their user or an admin, stored hashed, audited."""

import pytest
from django.test import Client

from tugan.api.models import ApiToken
from tugan.api.tokens import TokenRefused, create_api_token, digest_of, revoke_api_token
from tugan.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_only_the_tokens_digest_is_stored(users):
    token = create_api_token(users["researcher"], by=users["researcher"])
    stored = ApiToken.objects.get(user=users["researcher"])
    assert stored.digest == digest_of(token) != token
    assert token not in str(list(ApiToken.objects.values()))
    assert token not in str(list(AuditEntry.objects.values()))


def test_a_token_acts_as_its_user(users):
    token = create_api_token(users["researcher"])
    client = Client(headers={"Authorization": f"Bearer {token}"})
    assert client.get("/api/suggestions").status_code == 403  # a researcher, not anonymous


def test_a_revoked_token_is_refused_not_taken_for_anonymous(users):
    token = create_api_token(users["editor"])
    assert revoke_api_token(users["editor"], by=users["admin"])
    response = Client(headers={"Authorization": f"Bearer {token}"}).get("/api/persons")
    assert response.status_code == 401
    assert "token" in response.json()["detail"]


def test_a_new_token_replaces_the_old_one(users):
    old = create_api_token(users["editor"])
    create_api_token(users["editor"])
    assert Client(headers={"Authorization": f"Bearer {old}"}).get("/api/persons").status_code == 401
    assert ApiToken.objects.filter(user=users["editor"]).count() == 1


def test_nobody_else_manages_a_users_token(users):
    with pytest.raises(TokenRefused):
        create_api_token(users["editor"], by=users["reviewer"])
    with pytest.raises(TokenRefused):
        revoke_api_token(users["editor"], by=users["researcher"])


def test_creating_and_revoking_are_audited(users):
    create_api_token(users["editor"], by=users["admin"])
    revoke_api_token(users["editor"], by=users["editor"])
    actions = list(AuditEntry.objects.values_list("action", "actor_name"))
    assert ("create_api_token", users["admin"].username) in actions
    assert ("revoke_api_token", users["editor"].username) in actions


def test_the_token_page_shows_a_new_token_once(client_as, users):
    client = client_as("researcher")
    made = client.post("/api/token/", {"action": "create"})
    token = made.context["new_token"]
    assert token in made.content.decode()
    again = client.get("/api/token/").content.decode()
    assert token not in again
    assert token[:10] in again
    client.post("/api/token/", {"action": "revoke"})
    assert not ApiToken.objects.filter(user=users["researcher"]).exists()


def test_the_token_page_needs_a_signed_in_user(client):
    assert client.get("/api/token/").status_code == 302


def test_admins_revoke_tokens_in_the_admin_site(client_as, users):
    create_api_token(users["editor"])
    token = ApiToken.objects.get()
    response = client_as("admin").post(
        "/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]}
    )
    assert response.status_code == 302
    assert not ApiToken.objects.exists()
    assert AuditEntry.objects.filter(action="revoke_api_token").count() == 1


def test_the_operator_makes_and_revokes_tokens_at_the_command_line(users):
    from click.testing import CliRunner

    from tugan.cli import main

    made = CliRunner().invoke(main, ["user", "token", users["editor"].username])
    assert made.exit_code == 0, made.output
    token = made.output.strip()
    assert (
        Client(headers={"Authorization": f"Bearer {token}"}).get("/api/suggestions").status_code
        == 200
    )
    revoked = CliRunner().invoke(main, ["user", "token", users["editor"].username, "--revoke"])
    assert revoked.exit_code == 0
    again = CliRunner().invoke(main, ["user", "token", users["editor"].username, "--revoke"])
    assert again.exit_code == 1
    assert "has no API token" in again.output


def test_every_page_links_a_signed_in_user_to_their_token(client_as):
    assert 'href="/api/token/"' in client_as("researcher").get("/persons/").content.decode()


def test_an_admin_makes_and_revokes_another_users_token_on_the_page(client_as, users):
    client = client_as("admin")
    made = client.post("/api/token/?user=fictional-editor", {"action": "create"})
    assert made.status_code == 200
    token = made.context["new_token"]
    stored = ApiToken.objects.get(user=users["editor"])
    assert stored.digest == digest_of(token) and stored.created_by == users["admin"]
    client.post("/api/token/?user=fictional-editor", {"action": "revoke"})
    assert not ApiToken.objects.filter(user=users["editor"]).exists()


@pytest.mark.parametrize("role", ["researcher", "editor", "reviewer"])
def test_nobody_but_an_admin_opens_another_users_token(client_as, users, role):
    response = client_as(role).post("/api/token/?user=fictional-admin", {"action": "create"})
    assert response.status_code == 403
    assert not ApiToken.objects.exists()
    assert client_as(role).get("/api/token/?user=nobody-such").status_code == 403
