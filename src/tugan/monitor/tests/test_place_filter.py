"""The place filter of the monitor and statistics pages: the place field every form has (a name in
any language or a key), or "unknown". No record is needed: the filter reads the gazetteer."""

import pytest
from django.utils import translation

from tugan.monitor.forms import MonitorForm, StatisticsForm
from tugan.monitor.regions import UNKNOWN


@pytest.mark.parametrize(
    ("typed", "prefecture"),
    [
        ("伊犁", "CN-654000"),
        ("Іле", "CN-654000"),
        ("CN-654000", "CN-654000"),
        ("察布查尔", "CN-654000"),  # a county, rolled up to its prefecture
        ("unknown", UNKNOWN),
    ],
)
def test_a_place_is_filtered_by_its_name_or_key(typed, prefecture):
    form = MonitorForm({"place": typed})
    assert form.is_valid(), form.errors
    assert form.filters().prefecture == prefecture


def test_the_place_chosen_from_the_suggestions_is_kept_by_its_key():
    # Аксу names two places; the suggestion chosen says which.
    form = StatisticsForm({"place": "Аксу", "place_key": "CN-652900"})
    assert form.is_valid(), form.errors
    assert form.filters().prefecture == "CN-652900"


def test_unknown_may_be_typed_in_the_pages_language():
    with translation.override("zh-hans"):
        form = MonitorForm({"place": "不详"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["place"] == UNKNOWN
        assert 'value="不详"' in str(form["place"])


@pytest.mark.django_db
def test_a_place_linked_by_its_key_is_shown_by_its_name(client):
    html = client.get("/monitor/?place=CN-654000", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'type="text" name="place" value="伊犁哈萨克自治州"' in html
    assert 'type="hidden" name="place_key" value="CN-654000"' in html
    assert "/places/suggestions/" in html and "tugan/live_suggestions" in html
