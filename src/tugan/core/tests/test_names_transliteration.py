"""Reading Han transliterations through the inverted syllable table.

All names here are fictional.
"""

from importlib import resources

import pytest

from tugan.core.names.transliteration import align_han, read_han, readings_of, syllable_table


def test_the_table_names_its_source_and_licence() -> None:
    text = resources.files("tugan.core.data").joinpath("name-syllables.tsv").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("DB65/T 2189-2005" in line for line in header)
    assert any("Licence" in line for line in header)


def test_the_inverted_table_gives_each_character_its_syllables() -> None:
    table = syllable_table()
    assert "a" in [reading.key for reading in table["阿"]]
    assert {"Jan", "Jen"} <= {reading.key for reading in table["江"]}
    assert "gul" in [reading.key for reading in table["古丽"]]


def test_characters_outside_the_table_fall_back_to_pinyin() -> None:
    assert {reading.source for reading in readings_of("龙")} == {"pinyin"}


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("艾木杜拉", "hemdula"),
        ("吐尔逊", "tursun"),
        ("古丽恰克热", "gulCehra"),
        ("叶尔兰", "erlan"),
        ("别克扎提", "bekzat"),
        ("阿布都热依木", "abdurehim"),
    ],
)
def test_it_reads_han_transliterations_as_their_latin_names(han: str, latin: str) -> None:
    assert align_han(han, latin).similarity > 0.85


def test_an_alignment_says_which_character_read_as_what() -> None:
    segments = align_han("艾木杜拉", "hemdula").segments
    assert [(segment.han, segment.latin) for segment in segments] == [
        ("艾", "he"),
        ("木", "m"),
        ("杜", "du"),
        ("拉", "la"),
    ]


def test_different_names_align_badly() -> None:
    assert align_han("吐尔逊", "bekzat").similarity < 0.4


@pytest.mark.parametrize(
    ("han", "key"),
    [("吐尔逊", "tursun"), ("梅梅特", "memet"), ("艾木杜拉", "emdula"), ("伊力哈木", "ilham")],
)
def test_it_reads_a_han_part_with_its_usual_syllables(han: str, key: str) -> None:
    # The coda characters (木, 特) lose the vowel Han writing adds to them.
    assert read_han(han) == key
