"""The search page for every role, over the fictional world of conftest.py."""

import pytest

from tugan.testing import (
    CONFIDENTIAL_NAME,
    PERSONS_SEEN_BY,
    ROLES,
    SOURCES_SEEN_BY,
)

NAMES = {
    "public": "虚构公开名字戊",
    "restricted": "虚构受限名字乙",
    "confidential": CONFIDENTIAL_NAME,
    "unpublished": "虚构未发布名字丙",
    "contributed": "虚构亲属名字丁",
}


@pytest.mark.parametrize("role", ROLES)
def test_it_shows_only_what_the_role_may_see(client_as, world, role):
    response = client_as(role).get("/search/", {"q": "虚构"})
    assert response.status_code == 200
    page = response.content.decode()
    for key, person in world["persons"].items():
        assert (person.public_id in page) == (key in PERSONS_SEEN_BY[role]), key
    for key, source in world["sources"].items():
        assert (source.public_id in page) == (key in SOURCES_SEEN_BY[role]), key
    if "confidential" not in PERSONS_SEEN_BY[role]:
        assert CONFIDENTIAL_NAME not in page


@pytest.mark.parametrize("role", ROLES)
def test_a_hidden_event_does_not_reveal_a_person_through_the_filter(client_as, world, role):
    # The public person's only "disappeared" event is confidential.
    response = client_as(role).get("/search/", {"q": "虚构", "event_type": "disappeared"})
    sees_confidential = "confidential" in PERSONS_SEEN_BY[role]
    assert (world["persons"]["public"].public_id in response.content.decode()) == sees_confidential


def test_it_marks_the_match_in_snippets(client_as, world):
    response = client_as("admin").get("/search/", {"q": "公开名字"})
    assert "<mark>公开名字</mark>" in response.content.decode()


def test_it_shows_the_form_without_a_query(client_as, world):
    response = client_as("anonymous").get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_it_names_a_bad_date(client_as, world):
    response = client_as("admin").get("/search/", {"q": "虚构", "since": "2018-13-01"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
