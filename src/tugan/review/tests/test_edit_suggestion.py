import pytest

from tugan.records.models import Event, Person
from tugan.review.tests.fictional import BROTHER, SISTER, import_fictional_report
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db

DECIDES = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path)


def edit_url(suggestion) -> str:
    return f"/sources/{suggestion.source.public_id}/suggestions/{suggestion.number}/edit/"


def event_form(**changes) -> dict:
    data = {"type": "sentenced", "subject_kind": "person", "subject_name": BROTHER,
            "date": "2019", "years": "15", "place": "", "channel": ""}  # fmt: skip
    return {**data, **changes}


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_open_the_edit_form(client_as, source, role):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    response = client_as(role).get(edit_url(suggestion))
    assert response.status_code == (200 if role in DECIDES else 302 if role == "anonymous" else 403)
    if response.status_code == 200:
        assert f'value="{BROTHER}"' in response.content.decode()


def test_saving_the_form_accepts_the_edited_fact(client_as, source):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    response = client_as("editor").post(edit_url(suggestion), event_form(years="16", place="伊宁"))
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.term_years, event.place.key, event.person.primary_name) == (
        16,
        "CN-654002",
        BROTHER,
    )
    suggestion.refresh_from_db()
    assert suggestion.state == "edited"


def test_a_bad_value_shows_the_form_again(client_as, source):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    response = client_as("editor").post(edit_url(suggestion), event_form(date="last spring"))
    assert response.status_code == 200
    assert "YYYY" in response.content.decode()
    assert Event.objects.count() == 0


def test_editing_a_person_changes_the_name_recorded(client_as, source):
    suggestion = source.suggestions.get(kind="person", payload__name=SISTER)
    form = {"name": "古丽娜尔·卡德尔别克", "aliases": "古丽娜尔", "latin": "Gulnar Kadirbek",
            "ethnicity": "kazakh", "residence": "KZ/Almaty"}  # fmt: skip
    client_as("editor").post(edit_url(suggestion), form)
    person = Person.objects.get()
    assert person.residence.key == "KZ/Almaty"
    assert sorted(person.names.values_list("text", flat=True)) == sorted(
        ["古丽娜尔·卡德尔别克", "古丽娜尔", "Gulnar Kadirbek"]
    )
