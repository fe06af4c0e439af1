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
        ("华盛顿州", "US/Washington State"),
        ("華盛頓州", "US/Washington State"),
        ("华盛顿", "US/Washington"),
        ("纽约州", "US/New York State"),
        ("維吉尼亞州", "US/Virginia"),
        ("維珍尼亞州", "US/Virginia"),
        ("喬治亞州", "US/Georgia"),
        ("佐治亚州", "US/Georgia"),
        ("乔治亚", "GE"),
        ("加州", "US/California"),
        ("麻州", "US/Massachusetts"),
        ("德州", "US/Texas"),
        ("昆士蘭州", "AU/Queensland"),
        ("维多利亚州", "AU/Victoria"),
        ("雪梨", "AU/Sydney"),
        ("卑詩省", "CA/British Columbia"),
        ("阿拉木图州", "KZ/Almaty Region"),
        ("Алматы облысы", "KZ/Almaty Region"),
        ("ئالمۇتا ۋىلايىتى", "KZ/Almaty Region"),
        ("Алматинская область", "KZ/Almaty Region"),
        ("阿克莫拉州", "KZ/Akmola"),
        ("費爾法克斯", "US/Fairfax"),
        # Hong Kong, Macao and Singapore keep their ISO 3166-1 codes, as countries do.
        ("香港", "HK"),
        ("澳門", "MO"),
        ("新加坡", "SG"),
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


def test_every_place_abroad_is_keyed_under_its_country_with_a_point_for_the_map() -> None:
    """A foreign region or city is `CC/English name`, its chain of parents ends at country CC
    (a city may sit in a region, a region only in its country), and it has coordinates."""
    gazetteer = load_gazetteer()
    abroad = [place for place in gazetteer.places if place.level in ("region", "city")]
    assert len([place for place in abroad if place.level == "region"]) >= 25
    for place in abroad:
        country, _, name = place.key.partition("/")
        chain = gazetteer.parents(place)
        assert name and [parent.key for parent in chain][-1] == country, place.key
        assert chain[-1].level == "country", place.key
        if place.level == "region":
            assert place.parent_key == country, place.key
        else:
            assert all(parent.level in ("region", "country") for parent in chain), place.key
        assert place.latitude is not None and place.longitude is not None, place.key


def test_no_han_name_is_shared_by_a_region_and_a_city() -> None:
    """A name of both would key one of them at random in text; a region whose name is a city's
    takes 州 or 省 (华盛顿州 beside 华盛顿)."""
    gazetteer = load_gazetteer()
    for name, places in gazetteer.names().items():
        levels = {place.level for place in places}
        assert not {"region", "city"} <= levels, name


def test_a_city_in_a_region_walks_up_to_its_country() -> None:
    gazetteer = load_gazetteer()
    chain = gazetteer.parents(gazetteer.get("US/Fairfax"))
    assert [(p.key, p.level) for p in chain] == [("US/Virginia", "region"), ("US", "country")]


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


def test_search_offers_a_city_before_the_region_of_the_same_name():
    assert [p.key for p in load_gazetteer().search("Алма")][:2] == ["KZ/Almaty", "KZ/Almaty Region"]
    assert [p.key for p in load_gazetteer().search("华盛顿")][:2] == [
        "US/Washington",
        "US/Washington State",
    ]
