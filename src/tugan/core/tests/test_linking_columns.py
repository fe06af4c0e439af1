"""The comparison columns bulk linking computes per name. Every name here is FICTIONAL."""

import pytest

from tugan.core.linking import link_columns
from tugan.core.linking.name_columns import name_columns, near_skeletons, prepare_rows
from tugan.core.linking.rows import normalise_birth_date
from tugan.core.names import name_keys
from tugan.core.resident_id import valid_resident_id

NAMES = [
    "约买尔·艾木杜拉",
    "約麥爾.艾木杜拉",
    "Omer Hemdulla",
    "Серікжан Біләш",
    "Bilash-Serikzhan",
]


@pytest.mark.parametrize("name", NAMES)
def test_columns_built_part_by_part_agree_with_the_names_module(name):
    sorted_key, skeleton, _, _, first, last, parts, _, _ = name_columns(name)
    keys = name_keys(name)
    assert sorted_key == keys.sorted_key
    assert parts == sorted(keys.skeletons)
    assert [first, last] == [keys.blocking_keys[0], keys.blocking_keys[-1]]


def test_han_and_latin_forms_share_the_skeleton_and_swapped_order_does_not_matter():
    assert name_columns("约买尔·艾木杜拉")[1] == name_columns("Omer Hemdulla")[1]
    assert name_columns("Serikzhan Bilash")[1] == name_columns("Bilash Serikzhan")[1]


def test_a_name_without_separators_shares_the_joined_skeleton():
    joined = name_columns("约买尔艾木杜拉")
    separated = name_columns("Omer Hemdulla")
    assert len(joined[6]) == 1
    assert joined[2] in separated[2:4]


def test_names_one_consonant_apart_share_a_near_skeleton():
    turghunhan = name_columns("Turghunhan Jurathan")[7]
    assert set(turghunhan) & set(name_columns("Tughunhan Jurathan")[7])
    assert not set(turghunhan) & set(name_columns("Alimjan Tursun")[7])


def test_short_skeletons_have_no_near_forms():
    assert near_skeletons(["ln", "sn"]) == []


def test_names_one_consonant_apart_from_one_hometown_are_linked():
    rows = [
        {
            "id": "1",
            "name": "Turghunhan Jurathan",
            "birth_date": "1980-02-03",
            "gender": "male",
            "hometown": "Fictional County 001",
        },
        {
            "id": "2",
            "name": "Tughunhan Jurathan",
            "birth_date": "",
            "gender": "male",
            "hometown": "Fictional County 001",
        },
        {
            "id": "3",
            "name": "Mahire Kerim",
            "birth_date": "1955-03-30",
            "gender": "female",
            "hometown": "Fictional County 006",
        },
    ]
    result = link_columns(prepare_rows(rows, "file", print), report=lambda message: None)
    assert [pair[:2] for pair in result.pairs] == [("1", "2")]


def test_partial_birth_dates_keep_their_year():
    assert normalise_birth_date("1978-04-12") == ("1978-04-12", "1978")
    assert normalise_birth_date("1978") == (None, "1978")
    assert normalise_birth_date("") == (None, None)


def test_only_valid_resident_id_numbers_are_kept():
    assert valid_resident_id("650102198001010012") == "650102198001010012"
    assert valid_resident_id("650102198001010013") is None
