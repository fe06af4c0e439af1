"""Correcting a person's own fields on Tugan's page. Every person here is fictional."""

import datetime

import pytest

from tugan.audit.models import RecordChange
from tugan.records.models import Person
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES, make_person

pytestmark = pytest.mark.django_db
FIELDS = {
    "gender": "female",
    "birth_date": "1978-04",
    "ethnicity": "kazakh",
    "hometown": "察布查尔",
    "residence": "KZ/Almaty",
    "consent": "granted",
}


@pytest.mark.parametrize("role", ROLES)
def test_only_staff_open_the_edit_page(client_as, world, role):
    person = world["persons"]["public"]
    response = client_as(role).get(f"/persons/{person.public_id}/edit/")
    assert response.status_code == REVIEWER_PAGE_STATUS[role]


def test_an_edit_sets_the_fields_and_keeps_them_in_the_history(client_as, users):
    person = make_person(["虚构编辑人物"], confidentiality="restricted", is_published=False)
    response = client_as("editor").post(f"/persons/{person.public_id}/edit/", FIELDS)
    assert response.status_code == 302
    person = Person.objects.get(pk=person.pk)
    assert (person.gender, person.ethnicity, person.consent) == ("female", "kazakh", "granted")
    assert (person.birth_date, person.birth_date_precision) == (datetime.date(1978, 4, 1), "month")
    assert (person.hometown.key, person.residence.key) == ("CN-654022", "KZ/Almaty")
    change = RecordChange.objects.get(action="change_record", record_id=person.public_id)
    assert change.changes["gender"] == {"before": "unknown", "after": "female"}
    assert change.actor == users["editor"]
    history = client_as("editor").get(f"/persons/{person.public_id}/history/").content.decode()
    assert "KZ/Almaty" in history  # the place by its key, not its row number


def test_a_wrong_date_keeps_what_was_typed(client_as, world):
    person = world["persons"]["public"]
    typed = {**FIELDS, "birth_date": "April 1978"}
    response = client_as("editor").post(f"/persons/{person.public_id}/edit/", typed)
    assert response.status_code == 200
    page = response.content.decode()
    assert "is not a date" in page
    assert 'value="April 1978"' in page and 'value="察布查尔"' in page
    assert not RecordChange.objects.filter(action="change_record").exists()


def test_a_person_beyond_the_editors_clearance_cannot_be_edited(client_as, world):
    hidden = world["persons"]["confidential"]
    response = client_as("editor").post(f"/persons/{hidden.public_id}/edit/", FIELDS)
    assert response.status_code == 404
    assert Person.objects.get(pk=hidden.pk).consent == "unknown"


def test_marking_a_person_not_to_be_named_hides_their_names_below_confidential(client_as):
    person = make_person(["虚构不具名者"], confidentiality="restricted", is_published=False)
    response = client_as("editor").post(
        f"/persons/{person.public_id}/edit/", {**FIELDS, "is_anonymous": "on"}
    )
    assert response.status_code == 302
    change = RecordChange.objects.get(action="change_record", record_id=person.public_id)
    assert change.changes["is_anonymous"] == {"before": False, "after": True}
    page = client_as("researcher").get(f"/persons/{person.public_id}/").content.decode()
    assert "虚构不具名者" not in page and "<bdi>anonymous testifier</bdi>" in page
