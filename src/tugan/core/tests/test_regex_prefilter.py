"""The prefilter of patterns run over whole texts. The sentences are fictional."""

import re

import pytest

from tugan.core.regex_prefilter import compile_prefiltered, first_characters


def test_first_characters_read_alternatives_groups_classes_and_skip_assertions() -> None:
    assert first_characters(r"(?<!不)(?P<a>被捕|判刑)|[0-2]人|(?:这|那)?位") == "012位判被这那"


def test_every_alternative_counts_after_one_that_may_be_empty() -> None:
    assert first_characters(r"(?:被?|再次)捕") == "再捕被"


def test_a_prefiltered_pattern_finds_the_same_matches_and_groups() -> None:
    pattern = r"(?<![0-9])(?P<count>两|三)人(?=都|被)|(?:他|她)们?"
    text = "艾山和古丽两人都被带走，她们的父亲说，他12三人被捕时不在家。"
    plain, prefiltered = re.compile(pattern), compile_prefiltered(pattern)
    assert [(m.span(), m.groupdict()) for m in prefiltered.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    assert prefiltered.groupindex == plain.groupindex


@pytest.mark.parametrize(
    "pattern",
    [r"\s*被捕", r"[^，。]被捕", r"(?i:a)b", r"被?", r".被捕"],
)
def test_first_characters_refuses_what_it_cannot_list(pattern: str) -> None:
    with pytest.raises(ValueError):
        first_characters(pattern)
