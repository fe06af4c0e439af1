"""The API's persons, events and sources: the pages' permissions, as a role matrix."""

import pytest

from tugan.testing import (
    CONFIDENTIAL_NAME,
    PERSONS_SEEN_BY,
    PUBLIC_NAME,
    ROLES,
    SECRET_ID_VALUE,
    SOURCES_SEEN_BY,
)


def all_pages(client, url: str) -> list[dict]:
    """Return every record of a list, following the cursors."""
    results, cursor = [], None
    while True:
        response = client.get(url, {"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.content
        body = response.json()
        results += body["results"]
        cursor = body["next"]
        if cursor is None:
            return results


@pytest.mark.parametrize("role", ROLES)
def test_it_lists_the_persons_the_person_list_shows(client_as, world, role):
    client = client_as(role)
    found = {person["id"] for person in all_pages(client, "/api/persons")}
    expected = {world["persons"][name].public_id for name in PERSONS_SEEN_BY[role]}
    assert found == expected


@pytest.mark.parametrize("role", ROLES)
def test_it_lists_the_sources_the_source_list_shows(client_as, world, role):
    found = {source["id"] for source in all_pages(client_as(role), "/api/sources")}
    assert found == {world["sources"][name].public_id for name in SOURCES_SEEN_BY[role]}


@pytest.mark.parametrize("role", ROLES)
def test_a_person_holds_no_value_the_role_may_not_see(client_as, world, role):
    public = world["persons"]["public"]
    response = client_as(role).get(f"/api/persons/{public.public_id}")
    assert response.status_code == 200
    text = response.content.decode()
    sees_confidential = "confidential" in PERSONS_SEEN_BY[role]
    assert (CONFIDENTIAL_NAME in text) == sees_confidential
    assert (SECRET_ID_VALUE in text) == sees_confidential
    assert PUBLIC_NAME in response.json()["names"][0]["text"]


@pytest.mark.parametrize("role", ROLES)
def test_a_hidden_person_is_not_found(client_as, world, role):
    confidential = world["persons"]["confidential"]
    response = client_as(role).get(f"/api/persons/{confidential.public_id}")
    expected = 200 if "confidential" in PERSONS_SEEN_BY[role] else 404
    assert response.status_code == expected
    assert response["Content-Type"] == "application/json; charset=utf-8"


def test_the_timeline_quotes_its_sources(client, world):
    public = world["persons"]["public"]
    timeline = client.get(f"/api/persons/{public.public_id}").json()["timeline"]
    assert [event["type"] for event in timeline] == ["detained"]
    citation = timeline[0]["citations"][0]
    assert citation["quote"] == f"{PUBLIC_NAME}于2018年被拘留"
    source_text = world["sources"]["public"].text
    assert source_text[citation["start"] : citation["end"]] == citation["quote"]


@pytest.mark.parametrize("role", ROLES)
def test_events_and_citations_of_hidden_sources_stay_hidden(client_as, world, role):
    client = client_as(role)
    events = all_pages(client, "/api/events")
    citations = all_pages(client, "/api/citations")
    sees_confidential = "confidential" in PERSONS_SEEN_BY[role]
    assert ("disappeared" in {event["type"] for event in events}) == sees_confidential
    hidden_source = world["sources"]["confidential"].public_id
    assert (hidden_source in {c["source"] for c in citations}) == sees_confidential


@pytest.mark.parametrize("role", ROLES)
def test_relationships_need_both_persons_visible(client_as, world, role):
    found = all_pages(client_as(role), "/api/relationships")
    confidential = world["persons"]["confidential"].public_id
    pairs = {(r["from_person"], r["to_person"]) for r in found}
    sees_confidential = "confidential" in PERSONS_SEEN_BY[role]
    assert any(confidential in pair for pair in pairs) == sees_confidential


def test_filters_are_the_search_pages(client, world):
    detained = client.get("/api/persons", {"event_type": "detained"}).json()["results"]
    assert [p["id"] for p in detained] == [world["persons"]["public"].public_id]
    assert client.get("/api/persons", {"event_type": "died"}).json()["results"] == []


def test_a_bad_filter_is_an_error_naming_the_field(client, world):
    response = client.get("/api/persons", {"since": "last spring"})
    assert response.status_code == 422
    body = response.json()
    assert [error["field"] for error in body["errors"]] == ["since"]
    assert body["detail"].startswith("since: ")


def test_a_bad_cursor_is_an_error_naming_the_cursor(client, world):
    response = client.get("/api/persons", {"cursor": "not-a-cursor"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "cursor"


def test_search_finds_a_person_by_one_han_character(client, world):
    results = client.get("/api/search", {"q": "戊"}).json()["results"]
    assert world["persons"]["public"].public_id in {r["id"] for r in results}


def test_search_finds_nothing_hidden(client, world):
    results = client.get("/api/search", {"q": CONFIDENTIAL_NAME}).json()["results"]
    assert results == []


def test_places_are_listed_with_their_names(client, world):
    from tugan.records.places import get_or_create_place

    get_or_create_place("CN-654000")
    places = {place["key"]: place for place in all_pages(client, "/api/places")}
    assert places["CN-654000"]["parent"] == "CN-650000"
    assert client.get("/api/places/CN-654000").json()["key"] == "CN-654000"
