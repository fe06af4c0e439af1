"""The place field: what every form with a place gets, with and without JavaScript, and how a
typed name cleans to one gazetteer key, foreign regions included."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from tugan.records.place_field import PlaceField, find_place_key

pytestmark = pytest.mark.django_db


class HometownForm(forms.Form):
    hometown = PlaceField(label="Hometown", required=False)


def test_the_field_is_a_text_input_with_its_key_and_a_list_for_suggestions():
    html = str(HometownForm()["hometown"])
    assert '<span class="place-input" data-place-suggestions="/places/suggestions/">' in html
    assert '<input type="text" name="hometown"' in html
    assert '<input type="hidden" name="hometown_key"' in html
    assert 'role="listbox" id="id_hometown_suggestions"' in html
    assert 'aria-label="Places with a matching name" hidden' in html
    # The combobox's ARIA comes with the script: without it the input is a plain text input.
    assert "combobox" not in html


def test_a_form_with_a_place_brings_the_suggestion_script():
    assert "tugan/live_suggestions.js" in str(HometownForm().media)


def test_a_key_sent_alone_is_shown_by_its_name():
    html = str(HometownForm({"hometown": "CN-654022"})["hometown"])
    assert 'name="hometown" value="Qapqal Xibe Autonomous County"' in html
    assert 'name="hometown_key" value="CN-654022"' in html


def test_a_name_typed_is_shown_as_typed():
    html = str(HometownForm({"hometown": "察布查尔", "hometown_key": ""})["hometown"])
    assert 'name="hometown" value="察布查尔"' in html


@pytest.mark.parametrize(
    "path", ["/testimonies/new/", "/persons/{public_id}/edit/", "/monitor/", "/statistics/"]
)
def test_each_page_with_a_place_field_loads_the_script_once(client_as, world, path):
    person = world["persons"]["public"]
    html = client_as("editor").get(path.format(public_id=person.public_id)).content.decode()
    assert html.count("tugan/live_suggestions.js") == 1
    assert 'class="place-input"' in html


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("华盛顿", "US/Washington"),
        ("华盛顿州", "US/Washington State"),
        ("维多利亚州", "AU/Victoria"),
        ("Queensland", "AU/Queensland"),
        ("Шығыс Қазақстан облысы", "KZ/East Kazakhstan"),
        ("KZ/Almaty Region", "KZ/Almaty Region"),
    ],
)
def test_a_typed_name_or_key_cleans_to_its_place(text: str, key: str) -> None:
    assert find_place_key(text) == key


def test_a_name_that_is_a_city_and_a_region_in_other_countries_keeps_the_one_chosen() -> None:
    # "Georgia" is the country GE and the US state: the suggestion chosen decides.
    assert find_place_key("Georgia", "US/Georgia") == "US/Georgia"
    with pytest.raises(ValidationError):
        find_place_key("Georgia")


def test_the_field_cleans_a_region_chosen_from_the_suggestions() -> None:
    field = PlaceField(label="Residence")
    assert field.clean(["Virginia", "US/Virginia"]) == "US/Virginia"
