"""Merging, unmerging and not-the-same through their views. Every person here is FICTIONAL."""

import pytest

from tugan.linkage.models import MatchCandidate, MatchState, Merge
from tugan.testing import ROLES, make_person

pytestmark = pytest.mark.django_db
MAY_DECIDE = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.fixture
def pair(users):
    return make_person(["约买尔·艾木杜拉"]), make_person(["Omer Hemdulla"])


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_merge(client_as, pair, role):
    keep, other = pair
    response = client_as(role).post(f"/persons/{keep.public_id}/merge/", {"other": other.public_id})
    other.refresh_from_db()
    if role in MAY_DECIDE:
        assert response.status_code == 302
        assert other.merged_into == keep
    else:
        assert response.status_code in {302, 403}
        assert other.merged_into is None


@pytest.mark.parametrize("action", ["merge", "distinct", "unmerge"])
def test_it_rejects_get(client_as, pair, action):
    keep, _ = pair
    assert client_as("editor").get(f"/persons/{keep.public_id}/{action}/").status_code == 405


def test_it_requires_the_csrf_token(client, users, pair):
    from django.test import Client

    keep, other = pair
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["editor"])
    response = strict.post(f"/persons/{keep.public_id}/merge/", {"other": other.public_id})
    assert response.status_code == 403


def test_it_will_not_merge_a_person_the_user_may_not_see(client_as, users, pair):
    keep, _ = pair
    hidden = make_person(["Omer Hemdulla"], confidentiality="confidential", is_published=False)
    response = client_as("editor").post(
        f"/persons/{keep.public_id}/merge/", {"other": hidden.public_id}
    )
    assert response.status_code == 404
    hidden.refresh_from_db()
    assert hidden.merged_into is None


def test_unmerge_undoes_the_merge(client_as, pair):
    keep, other = pair
    client = client_as("reviewer")
    client.post(f"/persons/{keep.public_id}/merge/", {"other": other.public_id})
    response = client.post(f"/persons/{other.public_id}/unmerge/")
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.merged_into is None
    assert Merge.objects.get().undone_at is not None
    assert other.names.get().text == "Omer Hemdulla"


def test_unmerge_of_a_person_not_merged_is_404(client_as, pair):
    keep, _ = pair
    assert client_as("editor").post(f"/persons/{keep.public_id}/unmerge/").status_code == 404


def test_not_the_same_is_remembered(client_as, pair):
    keep, other = pair
    response = client_as("editor").post(
        f"/persons/{keep.public_id}/distinct/", {"other": other.public_id}
    )
    assert response.status_code == 302
    assert MatchCandidate.objects.get().state == MatchState.DISTINCT
    html = client_as("editor").get("/matches/").content.decode()
    assert "No possible matches waiting for review." in html
