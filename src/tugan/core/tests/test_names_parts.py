"""Splitting written names into parts, and parsing them with their script and keys.

All names here are fictional.
"""

import pytest

from tugan.core.names.parts import parse_name, split_name_parts


@pytest.mark.parametrize(
    "written",
    [
        "吐尔逊·艾木杜拉",
        "吐尔逊.艾木杜拉",
        "吐尔逊•艾木杜拉",
        "吐尔逊‧艾木杜拉",
        "吐尔逊・艾木杜拉",
        "吐尔逊-艾木杜拉",
        "吐尔逊 艾木杜拉",
        " 吐尔逊 · 艾木杜拉 ",
    ],
)
def test_it_splits_han_names_on_every_separator(written: str) -> None:
    assert split_name_parts(written) == ["吐尔逊", "艾木杜拉"]


def test_it_keeps_an_unseparated_name_whole() -> None:
    assert split_name_parts("吐尔逊艾木杜拉") == ["吐尔逊艾木杜拉"]


def test_it_splits_latin_names_on_spaces_dots_and_hyphens() -> None:
    assert split_name_parts("Tursun Hemdulla") == ["Tursun", "Hemdulla"]
    assert split_name_parts("Hemdulla.Tursun") == ["Hemdulla", "Tursun"]
    assert split_name_parts("Aygul-Zhanar Bekova") == ["Aygul", "Zhanar", "Bekova"]


def test_it_keeps_apostrophes_inside_latin_parts() -> None:
    assert split_name_parts("Nur Muhammad’ali") == ["Nur", "Muhammad’ali"]


def test_it_folds_traditional_to_simplified() -> None:
    name = parse_name("吐爾遜.艾木杜拉")
    assert name.script == "Hant"
    assert name.simplified == "吐尔逊·艾木杜拉"
    assert [part.han for part in name.parts] == ["吐尔逊", "艾木杜拉"]


def test_it_keys_cyrillic_and_arabic_parts_in_latin() -> None:
    assert [part.key for part in parse_name("Ерлан Бекзат").parts] == ["erlan", "bekzat"]
    assert [part.key for part in parse_name("تۇرسۇن ھەمدۇللا").parts] == ["tursun", "hemdula"]
