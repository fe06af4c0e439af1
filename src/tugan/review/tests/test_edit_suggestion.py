import re

import pytest
from django.utils.translation import gettext, override

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


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("zh-hans", "伊宁市"),
        ("kk", "Құлжа"),
        ("ug", "غۇلجا شەھىرى"),
        ("ru", "Кульджа"),
        ("en", "Ghulja"),
    ],
)
def test_the_form_shows_a_place_by_its_name_in_the_pages_language(
    client_as, source, language, name
):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    suggestion.payload = {**suggestion.payload, "place": "CN-654002"}
    suggestion.save()
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(edit_url(suggestion)).content.decode()
    assert f'name="place" value="{name}"' in html
    assert 'value="CN-654002"' in html  # only in the hidden key that keeps the place shown
    assert "(key)" not in html and 'CN-654002"' not in html.split('name="place"')[1][:40]


@pytest.mark.parametrize("name", ["Құлжа", "غۇلجا شەھىرى", "Кульджа", "Ghulja", "伊寧市"])
def test_a_place_typed_by_its_name_in_any_script_is_stored_by_its_key(client_as, source, name):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    response = client_as("editor").post(edit_url(suggestion), event_form(place=name))
    assert response.status_code == 302
    assert Event.objects.get().place.key == "CN-654002"


def test_the_place_shown_is_kept_when_saved_unchanged(client_as, source):
    suggestion = source.suggestions.get(kind="person", payload__name=SISTER)
    form = {"name": SISTER, "aliases": "", "latin": "", "ethnicity": "",
            "residence": "Almaty", "residence_key": "KZ/Almaty"}  # fmt: skip
    client_as("editor").post(edit_url(suggestion), form)
    assert Person.objects.get().residence.key == "KZ/Almaty"


def error_before_field(html: str, label: str) -> str:
    """Return the error shown right above the place field labelled label, "" if none."""
    found = re.search(
        r'<ul class="errorlist" id="id_place_error"><li>([^<]*)</li></ul>\s*<p>\s*'
        rf'<label for="id_place_0">{re.escape(label)}:</label>',
        html,
    )
    return found.group(1) if found else ""


def test_an_unknown_place_is_refused_beside_the_field(client_as, source):
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    response = client_as("editor").post(edit_url(suggestion), event_form(place="Atlantis Xyz"))
    assert response.status_code == 200
    html = response.content.decode()
    # The label beside it names the field; the error says the problem, once.
    error = "No place called “Atlantis Xyz”. Pick one of the suggestions."
    assert error_before_field(html, "Where") == error
    assert html.count("No place called") == 1
    assert Event.objects.count() == 0


def test_a_name_two_places_share_keeps_the_place_shown_and_is_refused_when_typed(client_as, source):
    # In Russian, "Аксу" names both Aksu prefecture (CN-652900) and Aksu city (CN-652901).
    suggestion = source.suggestions.get(kind="event", payload__type="sentenced")
    suggestion.payload = {**suggestion.payload, "place": "CN-652901"}
    suggestion.save()
    client = client_as("editor")
    client.cookies["django_language"] = "ru"
    assert 'name="place" value="Аксу"' in client.get(edit_url(suggestion)).content.decode()
    typed = client.post(edit_url(suggestion), event_form(place="Аксу"))
    assert typed.status_code == 200
    with override("ru"):
        where = gettext("Where")
    error = error_before_field(typed.content.decode(), where)
    assert error.startswith("«Аксу» называется несколько мест"), error
    assert Event.objects.count() == 0
    shown = client.post(edit_url(suggestion), event_form(place="Аксу", place_key="CN-652901"))
    assert shown.status_code == 302
    assert Event.objects.get().place.key == "CN-652901"
