"""The prefilter of patterns run over whole texts. The sentences are fictional."""

import re

import pytest

from tugan.core.regex_prefilter import (
    BranchTable,
    compile_prefiltered,
    first_characters,
    longest_match,
    top_level_branches,
)


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


def test_the_longest_match_counts_the_widest_branch_and_bounded_repeats() -> None:
    assert longest_match(re.compile(r"[^，]{0,6}?(?:向|写信给)[^，]{0,12}")) == 21
    assert longest_match(re.compile(r"被捕|判刑\d{1,2}年")) == 5
    with pytest.raises(ValueError):
        longest_match(re.compile(r"被.*捕"))


def test_a_pattern_splits_at_the_bars_outside_groups_and_classes() -> None:
    assert top_level_branches(r"被(?:捕|抓)|[|^]判|[]|]刑|\|释放|(?<!不)放") == [
        r"被(?:捕|抓)",
        r"[|^]判",
        r"[]|]刑",
        r"\|释放",
        r"(?<!不)放",
    ]


GROUPS = {
    "detained": r"(?<!没有)被(?:捕|抓)|带走|关押",
    "released": r"获释|被释放|(?:放|释)回",
    "sentenced": r"被?判(?:刑|处)|[0-9]+年徒刑",
}
TEXTS = [
    "艾山被捕后被判刑，古丽说他没有被抓，2019年被释放。",
    "她的哥哥被带走关押，判处12年徒刑，去年获释放回家中。",
    "被被捕捕，判判刑，释回。",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_branch_table_finds_what_the_whole_alternation_finds(text: str) -> None:
    whole = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in GROUPS.items()))
    table = BranchTable(GROUPS)

    def found(matches):
        return [(m.span(), m.lastgroup, m.group()) for m in matches]

    for pos, endpos in [(0, len(text)), (3, len(text) - 2), (5, 9)]:
        assert found(table.finditer(text, pos, endpos)) == found(whole.finditer(text, pos, endpos))
        assert found(filter(None, [table.search(text, pos, endpos)])) == found(
            filter(None, [whole.search(text, pos, endpos)])
        )
        for at in range(-1, len(text) + 1):
            assert found(filter(None, [table.match(text, at, endpos)])) == found(
                filter(None, [whole.match(text, at, endpos)])
            )
