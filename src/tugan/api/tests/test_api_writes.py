"""Writes through the API: the review pages' roles and audited operations. FICTIONAL records."""

import pytest
from django.test import Client

from tugan.api.tokens import create_api_token
from tugan.audit.models import AuditEntry
from tugan.linkage.models import MatchCandidate
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import ROLES, make_person

pytestmark = pytest.mark.django_db
STATUS_BY_ROLE = {
    "anonymous": 401,
    "contributor": 403,
    "researcher": 403,
    "reviewer": 200,
    "editor": 200,
    "editor_confidential": 200,
    "admin": 200,
}


@pytest.fixture
def suggestion(tmp_path):
    source = import_fictional_report(tmp_path)
    return source.suggestions.get(kind="event", payload__type="detained")


def suggestion_url(suggestion, action: str) -> str:
    source = suggestion.source.public_id
    return f"/api/sources/{source}/suggestions/{suggestion.number}/{action}"


def bearer(user) -> Client:
    """Return a client that sends the user's new API token, with CSRF checks on."""
    token = create_api_token(user, by=user)
    return Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_accept(client_as, users, suggestion, role):
    client = bearer(users[role]) if users[role] else client_as(role)
    response = client.post(suggestion_url(suggestion, "accept"))
    assert response.status_code == STATUS_BY_ROLE[role], response.content
    suggestion.refresh_from_db()
    assert suggestion.state == ("accepted" if STATUS_BY_ROLE[role] == 200 else "pending")


def test_accepting_writes_the_pages_audit_entry(users, suggestion):
    response = bearer(users["editor"]).post(suggestion_url(suggestion, "accept"))
    assert response.json()["state"] == "accepted"
    entry = AuditEntry.objects.filter(action="accept_suggestion").get()
    assert entry.actor == users["editor"]
    assert entry.record_change.changes["number"] == suggestion.number


def test_deciding_twice_is_a_conflict(users, suggestion):
    client = bearer(users["editor"])
    client.post(suggestion_url(suggestion, "reject"))
    response = client.post(suggestion_url(suggestion, "accept"))
    assert response.status_code == 409
    assert "already" in response.json()["detail"]


def test_an_edit_names_the_field_it_refuses(users, suggestion):
    fields = {"type": "detained", "subject_kind": "person", "subject_name": "", "date": "soon"}
    response = bearer(users["editor"]).post(
        suggestion_url(suggestion, "edit"), {"fields": fields}, content_type="application/json"
    )
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"fields.subject_name", "fields.date"}
    suggestion.refresh_from_db()
    assert suggestion.state == "pending"


def test_a_session_write_needs_the_csrf_token(users, suggestion):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["editor"])
    response = client.post(suggestion_url(suggestion, "accept"))
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    client.get("/api/token/")  # any page sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = client.post(suggestion_url(suggestion, "accept"), headers={"X-CSRFToken": token})
    assert response.status_code == 200


def test_a_merge_goes_through_the_match_pages_operation(users):
    keep, other = make_person(["约买尔·艾木杜拉"]), make_person(["Omer Hemdulla"])
    client = bearer(users["reviewer"])
    pairs = client.get("/api/match-candidates").json()["results"]
    assert {(p["left"]["id"], p["right"]["id"]) for p in pairs} == {
        (keep.public_id, other.public_id)
    }
    response = client.post(
        f"/api/persons/{keep.public_id}/merge",
        {"other": other.public_id},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    other.refresh_from_db()
    assert other.merged_into == keep
    assert MatchCandidate.objects.get().state == "merged"
    assert client.get(f"/api/persons/{other.public_id}").json()["merged_into"] == keep.public_id
    undone = client.post(f"/api/persons/{other.public_id}/unmerge")
    assert undone.status_code == 200
    other.refresh_from_db()
    assert other.merged_into is None


def test_suggestions_are_for_reviewers_only(client_as, suggestion):
    assert client_as("anonymous").get("/api/suggestions").status_code == 401
    assert client_as("researcher").get("/api/suggestions").status_code == 403
    listed = client_as("editor").get("/api/suggestions", {"state": "pending"}).json()["results"]
    assert suggestion.number in {s["number"] for s in listed}
