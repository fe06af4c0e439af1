"""Live suggestions of existing persons (places: records/tests/test_place_suggestions.py).
Every person here is FICTIONAL."""

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
