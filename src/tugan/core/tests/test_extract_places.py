"""Places keyed as shared/corpus/GOLD.md says. Sentences are fictional, written for tests."""

import pytest

from tugan.core.extract import extract_report


def places(text: str) -> list[str]:
    return [place.key for place in extract_report(text, None).places]


def test_it_keys_every_unit_of_a_chain() -> None:
    assert places("他住在新疆塔城额敏县。") == ["CN-650000", "CN-654200", "CN-654221"]


def test_it_keys_prefecture_names_and_their_short_forms_alike() -> None:
    assert places("她来自伊犁地区，后来搬到伊犁哈萨克自治州察布查尔县。") == [
        "CN-654000",
        "CN-654022",
    ]


def test_it_keys_countries_and_diaspora_cities() -> None:
    assert places("他从哈萨克斯坦阿拉木图飞往土耳其伊斯坦布尔。") == [
        "KZ",
        "KZ/Almaty",
        "TR",
        "TR/Istanbul",
    ]


def test_it_keys_japanese_cities_where_uyghur_students_live() -> None:
    # Fictional: students in Nara, Nagoya and Yokohama (Traditional 橫濱 too).
    assert places("他在奈良读完硕士，又去名古屋和橫濱找工作。") == [
        "JP/Nara",
        "JP/Nagoya",
        "JP/Yokohama",
    ]


def test_it_keys_taiwanese_cities_where_talks_and_exhibitions_are_held() -> None:
    # Fictional: a talk in Kaohsiung, then Taichung (Traditional 臺中 too) and New Taipei.
    assert places("讲座先在高雄举行，再到臺中和新北市巡回。") == [
        "TW/Kaohsiung",
        "TW/Taichung",
        "TW/New Taipei",
    ]


def test_it_reads_traditional_place_names() -> None:
    assert places("她在烏魯木齊被帶走。") == ["CN-650100"]


def test_places_inside_media_names_do_not_count() -> None:
    assert places("他对美国之音和德国之声说，他的家人在新疆。") == ["CN-650000"]


def test_the_country_in_the_name_of_public_radio_does_not_count() -> None:
    # Fictional: NPR's Chinese name opens with 美国, as 美国之音 does.
    assert places("美國國家公共廣播電台报道说，他的家人在新疆。") == ["CN-650000"]
    assert places("据美国国家公共电台报道，她的哥哥在喀什被捕。") == ["CN-653101"]


def test_places_inside_local_institutions_count() -> None:
    assert places("他曾在乌鲁木齐大学任教。") == ["CN-650100"]


def test_an_ethnic_group_is_not_a_country() -> None:
    assert places("很多哈萨克人在集会。") == []
    assert places("哈萨克政府没有回应。") == ["KZ"]


def test_country_adjectives_and_beijing_count() -> None:
    assert places("美国官员批评北京的做法。") == ["US", "CN-110000"]


def test_a_foreign_place_missing_from_the_gazetteer_is_keyed_by_its_latin_name() -> None:
    assert places("他们在吉尔吉斯斯坦卡拉苏（Karasuu）集会。") == ["KG", "KG/Karasuu"]


def test_place_spans_point_at_the_name() -> None:
    text = "她在喀什被捕。"
    place = extract_report(text, None).places[0]
    assert place.key == "CN-653101"  # 喀什 alone is the city (Kashgar); 喀什地区 the prefecture
    assert [text[start:end] for start, end in place.spans] == ["喀什"]


def test_a_short_form_before_citizenship_is_a_country() -> None:
    assert places("一名澳籍维族女子说，她的丈夫在新疆。") == ["AU", "CN-650000"]
    assert places("他的户籍和国籍都没有变。") == []


def test_a_personal_name_in_brackets_after_a_country_is_not_a_place() -> None:
    text = (
        "去年从新疆逃到哈萨克的努尔兰(Nurlan Bekov)被捕，"
        "他曾在吉尔吉斯斯坦卡拉苏（Karasuu）市场打工。"
    )
    extraction = extract_report(text, None)
    assert [place.key for place in extraction.places] == ["CN-650000", "KZ", "KG", "KG/Karasuu"]
    assert [(person.name, person.latin) for person in extraction.persons] == [
        ("努尔兰", "Nurlan Bekov")
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("巴音郭楞蒙古地区公安局在库尔勒。", ["CN-652800", "CN-652801"]),
        ("和闐地區的農民。", ["CN-653200"]),
        ("他住在新疆塔城地区沙湾县。", ["CN-650000", "CN-654200", "CN-654223"]),
        ("他住在沙湾市。", ["CN-654203"]),
        ("她回到喀什地区疏附县。", ["CN-653100", "CN-653121"]),
        ("他在阿克莫拉州和科斯塔奈工作。", ["KZ/Akmola", "KZ/Kostanay"]),
        ("她住在开罗省纳斯尔市（Nasr City）。", ["EG/Cairo", "EG/Nasr City"]),
    ],
)
def test_short_forms_former_counties_and_foreign_cities(text: str, keys: list[str]) -> None:
    assert places(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("澳洲的維吾爾族(Uighurs)維權人士說。", ["AU"]),
        ("澳洲外交暨貿易部(DFAT)表示。", ["AU"]),
        ("在伊斯坦布尔的阿依古丽（Aygul）说。", ["TR/Istanbul"]),
        ("维吾尔、哈萨克等穆斯林被抓。", []),
        ("她在哈萨克等了三年。", ["KZ"]),
        ("加纳古丽仍受到监视。", []),
    ],
)
def test_peoples_acronyms_and_names_are_no_places(text: str, keys: list[str]) -> None:
    assert places(text) == keys


def test_a_site_edition_in_the_outlets_own_links_names_no_place() -> None:
    assert places("日本語版「フォーカス台湾」に移動しますか。他在日本工作。") == ["JP"]


def test_a_city_inside_a_foreign_region_keys_every_unit_of_the_chain() -> None:
    assert places("他现居美国弗吉尼亚州费尔法克斯。") == ["US", "US/Virginia", "US/Fairfax"]


def test_a_region_named_like_a_city_is_keyed_by_its_longer_name() -> None:
    assert places("她从华盛顿州西雅图搬到华盛顿，又去了纽约州。") == [
        "US/Washington State",
        "US/Seattle",
        "US/Washington",
        "US/New York State",
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("他們住在維珍尼亞州。", ["US/Virginia"]),
        (
            "她在維吉尼亞州工作，弟弟在加州阿罕布拉。",
            ["US/Virginia", "US/California", "US/Alhambra"],
        ),
        ("他移居澳洲昆士蘭州布里斯本。", ["AU", "AU/Queensland", "AU/Brisbane"]),
        ("一家人在加拿大卑詩省溫哥華團聚。", ["CA", "CA/British Columbia", "CA/Vancouver"]),
        (
            "她在德州休士頓和麻州波士頓都住過。",
            ["US/Texas", "US/Houston", "US/Massachusetts", "US/Boston"],
        ),
        ("他的兒子在雪梨讀書。", ["AU/Sydney"]),
        ("她從阿得雷德搬到坎培拉。", ["AU/Adelaide", "AU/Canberra"]),
        ("他是台灣圖博之友會的成員。", ["TW", "CN-540000"]),
    ],
)
def test_it_reads_taiwan_and_hong_kong_forms_of_foreign_places(text: str, keys: list[str]) -> None:
    assert places(text) == keys


def test_the_us_state_of_georgia_is_not_the_country() -> None:
    assert places("他从格鲁吉亚第比利斯移居美国佐治亚州亚特兰大。") == [
        "GE",
        "GE/Tbilisi",
        "US",
        "US/Georgia",
        "US/Atlanta",
    ]
    assert places("她在喬治亞州，不在喬治亞。") == ["US/Georgia", "GE"]


def test_kazakh_regions_are_not_their_cities() -> None:
    assert places("他从阿拉木图州搬到阿拉木图，父母在东哈萨克斯坦州。") == [
        "KZ/Almaty Region",
        "KZ/Almaty",
        "KZ/East Kazakhstan",
    ]
    assert places("她去过突厥斯坦州的突厥斯坦市和江布尔州。") == [
        "KZ/Turkistan Region",
        "KZ/Turkistan",
        "KZ/Jambyl",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "维多利亚是她的英文名。",  # the state is 维多利亚州
        "很多哈萨克人吃了汉堡。",  # 多哈 is not Doha, 汉堡 a hamburger
        "照片上打了马赛克。",
        "他戴着金边眼镜。",
        "突厥斯坦伊斯兰党的声明。",
        "他参加州里的会议。",  # 参加 + 州, not California
        "在南加州的维吾尔人。",  # Southern California is no unit
        "Victoria Lee说。",
    ],
)
def test_words_and_names_that_contain_a_foreign_place_name_are_no_place(text: str) -> None:
    assert places(text) == []


def test_a_region_written_in_latin_letters_is_keyed() -> None:
    assert places("他住在Queensland。") == ["AU/Queensland"]


def test_a_people_after_the_region_is_not_read_into_its_short_name() -> None:
    # 新疆维吾尔 is a short name of the region, but in 新疆维吾尔人 the people follow 新疆.
    assert places("据说许多新疆维吾尔人在去年被带走。") == ["CN-650000"]
    assert extract_report("许多新疆维吾尔人在去年被带走。", None).events[0].subject == {
        "group": {"ethnicity": "uyghur", "place": "CN-650000"}
    }


def test_a_village_named_after_a_prefecture_is_not_the_prefecture() -> None:
    assert places("哈萨克人努尔兰·别克住在阿拉木图州喀什村。") == ["KZ/Almaty Region"]


def test_villagers_of_a_place_keep_the_place() -> None:
    assert places("喀什村民说，他被带走了。") == ["CN-653101"]


def test_it_keys_shaoguan_where_uyghur_workers_were_sent() -> None:
    assert places("2009年，一批维吾尔工人被派往廣東韶關的工厂。") == ["CN-440000", "CN-440200"]


def test_a_unit_name_before_a_name_opening_with_guli_is_a_place() -> None:
    # Fictional: 伊犁州 and 霍城县 end in their unit word, so the 古丽 after them opens a name.
    assert places("伊犁州古丽娜尔·卡森被带走。") == ["CN-654000"]
    assert places("霍城县古丽巴哈尔·沙肯说，她的丈夫失踪。") == ["CN-654023"]
    assert places("加纳古丽仍受到监视。") == []


def test_a_town_word_before_a_prefecture_name_keys_its_seat() -> None:
    # Fictional sentences: 城镇和田 is the city; 和田 alone stays the prefecture.
    assert places("她来自南疆的小城镇和田。") == ["CN-653201"]
    assert places("她来自和田。") == ["CN-653200"]


def test_latin_after_a_word_for_people_after_a_country_is_no_city() -> None:
    # Fictional: the Latin in brackets names the returnees (者), not a place in Kazakhstan.
    assert places("她的父母和其他哈萨克返乡者（Oralmans）一样常回新疆。") == ["KZ", "CN-650000"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # Fictional: an autonomous prefecture named without its people, or by its people alone.
        ("昌吉自治州的一名牧民被带走。", "CN-652300"),
        ("他来自哈萨克自治州的一个村子。", "CN-654000"),
        ("克孜勒苏自治州的教师被捕。", "CN-653000"),
    ],
)
def test_an_autonomous_prefecture_named_short_is_the_prefecture(text: str, key: str) -> None:
    assert [place.key for place in extract_report(text, None).places] == [key]


def test_a_district_named_in_its_uyghur_form_is_keyed() -> None:
    # Fictional: 赛巴格区 is the Uyghur-derived name of Urumqi's 沙依巴克区.
    found = extract_report("她家在乌鲁木齐市赛巴格区一条小街上。", None).places
    assert [place.key for place in found] == ["CN-650100", "CN-650103"]


def test_a_kazakh_region_written_as_a_district_is_the_region() -> None:
    # Fictional: news agencies write the oblast as 地区; the city stays the city.
    assert places("牧民们在江布尔地区的一个村子里集会。") == ["KZ/Jambyl"]
    assert places("集会在阿拉木图地区举行，随后人们回到阿拉木图。") == [
        "KZ/Almaty Region",
        "KZ/Almaty",
    ]
