"""Live suggestions of existing persons and of places. Every person here is FICTIONAL."""

import pytest

from tugan.testing import REVIEWER_PAGE_STATUS, ROLES, make_person


@pytest.mark.parametrize("role", ROLES)
def test_person_suggestions_are_for_documenters_only(client_as, role):
    status = client_as(role).get("/testimonies/person-suggestions/?name=Omer").status_code
    assert status == REVIEWER_PAGE_STATUS[role]


def test_a_latin_name_suggests_the_person_recorded_in_han(client_as):
    person = make_person(["约买尔·艾木杜拉"], birth_date=None)
    make_person(["古丽娜尔·卡德尔"])
    response = client_as("editor").get("/testimonies/person-suggestions/?name=Omer Hemdulla")
    found = response.json()["persons"]
    assert [entry["public_id"] for entry in found] == [person.public_id]
    assert found[0]["names"] == ["约买尔·艾木杜拉"]


def test_suggestions_leave_out_persons_the_user_may_not_see(client_as):
    make_person(["约买尔·艾木杜拉"], confidentiality="confidential", is_published=False)
    response = client_as("editor").get("/testimonies/person-suggestions/?name=Omer Hemdulla")
    assert response.json()["persons"] == []


@pytest.mark.parametrize("query", ["察布查尔", "Chapchal", "Шапшал", "چاپچال"])
def test_a_hometown_is_found_by_its_name_in_any_language(client_as, query):
    response = client_as("editor").get("/testimonies/place-suggestions/", {"q": query})
    assert response.json()["places"][0]["key"] == "CN-654022"


def test_places_are_named_in_the_page_language(client_as):
    client = client_as("editor")
    response = client.get("/testimonies/place-suggestions/?q=Chapchal", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.json()["places"][0]["name"] == "Чапчал"


@pytest.mark.parametrize(
    ("query", "key", "within"),
    [
        ("华盛顿州", "US/Washington State", "United States"),
        ("華盛頓州", "US/Washington State", "United States"),
        ("Fairfax", "US/Fairfax", "Virginia, United States"),
        ("阿拉木图州", "KZ/Almaty Region", "Kazakhstan"),
    ],
)
def test_a_foreign_region_and_a_city_in_it_are_suggested_with_their_chain(
    client_as, query, key, within
):
    response = client_as("editor").get("/testimonies/place-suggestions/", {"q": query})
    first = response.json()["places"][0]
    assert (first["key"], first["within"]) == (key, within)
