import pytest

from tugan.core.scripts import detect_script, is_han, to_simplified, to_traditional


@pytest.mark.parametrize(
    ("character", "expected"),
    [
        ("哈", True),
        ("㐀", True),
        ("𠀀", True),
        ("豈", True),
        ("か", False),
        ("A", False),
        ("·", False),
        ("Қ", False),
    ],
)
def test_it_knows_han_characters(character, expected):
    assert is_han(character) is expected


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("约买尔·艾木杜拉", "Hans"),
        ("約麥爾.艾木杜拉", "Hant"),
        ("Omer Hemdulla", "Latn"),
        ("Серікжан Біләш", "Cyrl"),
        ("ئۆمەر", "Arab"),
        ("123", "Zyyy"),
    ],
)
def test_it_detects_the_script_of_a_name(text, script):
    assert detect_script(text) == script


def test_it_folds_between_traditional_and_simplified():
    assert to_simplified("哈薩克") == "哈萨克"
    assert to_traditional("哈萨克") == "哈薩克"
