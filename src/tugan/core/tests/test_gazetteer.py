"""Gazetteer lookups: keys, names in several scripts, historical GB/T 2260 codes."""

import pytest

from tugan.core.gazetteer import LEVELS, load_gazetteer, place_for_county_code


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("新疆", "CN-650000"),
        ("伊犁地区", "CN-654000"),
        ("伊犁哈萨克自治州", "CN-654000"),
        ("察布查尔县", "CN-654022"),
        ("乌鲁木齐", "CN-650100"),
        ("烏魯木齊", "CN-650100"),
        ("阿拉木图", "KZ/Almaty"),
        ("Алматы", "KZ/Almaty"),
        ("伊斯坦布尔", "TR/Istanbul"),
        ("土耳其", "TR"),
        ("Kazakhstan", "KZ"),
        ("北京", "CN-110000"),
        ("六十六团", "CN-XPCC-4-66"),
    ],
)
def test_it_finds_places_by_name(name: str, key: str) -> None:
    assert key in [place.key for place in load_gazetteer().find(name)]


def test_it_gets_a_place_by_key_with_names_in_every_language() -> None:
    place = load_gazetteer().get("CN-654000")
    assert place is not None
    assert place.names["zh"] == "伊犁哈萨克自治州"
    assert place.names["zh-Hant"] == "伊犁哈薩克自治州"
    assert {"en", "kk", "ug", "ru"} <= place.names.keys()
    assert place.parent_key == "CN-650000"
    assert place.level == "prefecture"


def test_it_decodes_historical_county_codes() -> None:
    place = place_for_county_code("654101")  # Yining city under the former Ili Prefecture
    assert place is not None and place.key == "CN-654002"
    assert place_for_county_code("652101").key == "CN-650402"


def test_it_decodes_current_county_codes() -> None:
    assert place_for_county_code("654221").names["zh"] == "额敏县"


def test_it_returns_none_for_unknown_codes() -> None:
    assert place_for_county_code("999999") is None
    assert load_gazetteer().get("XX/Nowhere") is None


def test_every_place_is_well_formed() -> None:
    gazetteer = load_gazetteer()
    for place in gazetteer.places:
        assert place.level in LEVELS
        assert place.names.get("zh") and place.names.get("en")
        assert place.parent_key is None or gazetteer.get(place.parent_key) is not None, place.key


def test_it_covers_every_xinjiang_prefecture() -> None:
    prefectures = [p for p in load_gazetteer().places if p.parent_key == "CN-650000"]
    assert len([p for p in prefectures if p.level == "prefecture"]) == 14


def test_it_walks_up_the_chain_of_parents() -> None:
    gazetteer = load_gazetteer()
    chain = gazetteer.parents(gazetteer.get("CN-654221"))
    assert [p.key for p in chain] == ["CN-654200", "CN-650000", "CN"]


def test_search_finds_a_place_by_a_latin_spelling_of_its_cyrillic_name():
    from tugan.core.gazetteer import load_gazetteer

    for query in ["察布查尔", "Chapchal", "Шапшал", "Qapqal", "察布查爾"]:
        assert load_gazetteer().search(query)[0].key == "CN-654022", query
