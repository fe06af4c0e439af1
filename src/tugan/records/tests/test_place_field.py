"""The place field cleans a typed name to one gazetteer key, foreign regions included."""

import pytest
from django.core.exceptions import ValidationError

from tugan.records.place_field import PlaceField, find_place_key


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
