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
    # The place by its name, not its key or row number.
    assert "<tr><td>lives in</td><td></td><td>Almaty</td></tr>" in history


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


def placed_person() -> Person:
    from tugan.records.places import get_or_create_place

    return make_person(
        ["虚构地名人物"],
        hometown=get_or_create_place("CN-654022"),
        residence=get_or_create_place("KZ/Almaty"),
    )


@pytest.mark.parametrize(
    ("language", "hometown", "residence"),
    [
        ("en", "Qapqal Xibe Autonomous County", "Almaty"),
        ("zh-hans", "察布查尔锡伯自治县", "阿拉木图"),
        ("ug", "چاپچال شىبە ئاپتونوم ناھىيىسى", "ئالمۇتا"),
        ("ru", "Чапчал", "Алматы"),
    ],
)
def test_the_edit_page_names_the_places_in_the_pages_language(
    client_as, users, language, hometown, residence
):
    person = placed_person()
    client = client_as("editor")
    client.cookies["django_language"] = language
    page = client.get(f"/persons/{person.public_id}/edit/").content.decode()
    assert f'value="{hometown}"' in page and f'value="{residence}"' in page
    # The keys only in the hidden inputs that keep the places shown.
    assert 'type="text" name="hometown" value="CN-654022"' not in page
    assert 'type="hidden" name="hometown_key" value="CN-654022"' in page
    assert 'type="hidden" name="residence_key" value="KZ/Almaty"' in page


def test_saving_the_shown_place_names_keeps_the_places(client_as, users):
    person = placed_person()
    client = client_as("editor")
    client.cookies["django_language"] = "zh-hans"
    shown = {**FIELDS, "hometown": "察布查尔锡伯自治县", "residence": "阿拉木图"}
    assert client.post(f"/persons/{person.public_id}/edit/", shown).status_code == 302
    person = Person.objects.get(pk=person.pk)
    assert (person.hometown.key, person.residence.key) == ("CN-654022", "KZ/Almaty")
    changed = RecordChange.objects.get(action="change_record", record_id=person.public_id)
    assert "hometown" not in changed.changes and "residence" not in changed.changes
