"""Latin folding and romanisation of Kazakh Cyrillic and Uyghur Arabic script.

All names here are fictional.
"""

import pytest

from tugan.core.names.spelling import (
    fold_latin,
    romanize_arabic,
    romanize_cyrillic,
    strip_patronymic,
)


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Qasim", "Kasim", "Qassim"], "kasim"),
        (["Xoja", "Khoja", "Hoja"], "hoJa"),
        (["Jaksylyk", "Zhaksylyk", "Dzhaksylyk", "Djaksylyk"], "Jaksilik"),
        (["Ömer", "Omer"], "omer"),
        (["Yerlan", "Erlan"], "erlan"),
        (["Abdulla", "Abdullah"], "abdula"),
        (["Şöhret", "Shöhret", "Shohret"], "Sohret"),
        (["Yusuf", "Yusup"], "yusup"),
        (["Tursunay", "TURSUNAY"], "tursunay"),
    ],
)
def test_it_folds_spellings_of_one_name_to_one_key(spellings: list[str], key: str) -> None:
    assert {fold_latin(spelling) for spelling in spellings} == {key}


def test_it_folds_schwa_and_umlauts_to_plain_vowels() -> None:
    assert fold_latin("Äliyä") == fold_latin("Əliyə") == fold_latin("Eliye")
    assert fold_latin("Gül") == fold_latin("Gul")


def test_it_ignores_apostrophes_inside_a_name() -> None:
    assert fold_latin("Ma'ruf") == fold_latin("Ma’ruf") == fold_latin("Maruf")


def test_it_romanizes_every_kazakh_letter() -> None:
    # Fictional: Ә Ғ Қ Ң Ө Ұ Ү І Һ each once.
    assert romanize_cyrillic("Әғқңөұүіһ") == "Äghqngöuüih"


def test_it_romanizes_a_kazakh_name_keeping_capitals() -> None:
    assert romanize_cyrillic("Ғалым Әбілқасымұлы") == "Ghalym Äbilqasymuly"
    assert romanize_cyrillic("Жеңіс Нұрланұлы") == "Zhengis Nurlanuly"


def test_a_cyrillic_name_folds_like_its_english_spelling() -> None:
    assert fold_latin(romanize_cyrillic("Ерлан")) == fold_latin("Yerlan")
    assert fold_latin(romanize_cyrillic("Жандос")) == fold_latin("Zhandos")


def test_it_romanizes_uyghur_arabic_script_to_uly() -> None:
    assert romanize_arabic("تۇرسۇن ھەمدۇللا") == "tursun hemdulla"
    assert romanize_arabic("گۈلچېھرە") == "gülchéhre"
    assert romanize_arabic("ئۆمەر") == "ömer"


@pytest.mark.parametrize(
    ("key", "stem"),
    [("samarhanow", "samarhan"), ("erJanuli", "erJan"), ("bekowa", "bek"), ("omer", "omer")],
)
def test_it_strips_patronymic_endings(key: str, stem: str) -> None:
    assert strip_patronymic(key) == stem
