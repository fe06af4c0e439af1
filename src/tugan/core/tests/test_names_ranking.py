"""Ranking a pool of candidate names: the quick shortlist, then full comparison.

All names here are fictional.
"""

from tugan.core.names.parts import parse_name
from tugan.core.names.pool import generate_distractors
from tugan.core.names.ranking import NamePool, cheap_keys

TRUE_NAME = "Tursun Hemdulla"


def test_the_shortlist_keeps_the_true_name_of_a_han_query() -> None:
    pool = NamePool(generate_distractors(800, exclude={TRUE_NAME}) + [TRUE_NAME])
    shortlisted = [pool.names[index] for index in pool.shortlist("吐尔逊·艾木杜拉", 20)]
    assert TRUE_NAME in shortlisted


def test_rank_returns_the_best_matches_first() -> None:
    pool = NamePool(["Aygul Memet", TRUE_NAME, "Tursun Abdulla"])
    ranked = pool.rank("吐尔逊·艾木杜拉", top=2)
    assert [name for name, _ in ranked] == [TRUE_NAME, "Tursun Abdulla"]
    assert ranked[0][1].score > ranked[1][1].score


def test_a_zero_shortlist_compares_every_candidate() -> None:
    names = generate_distractors(50)
    assert len(NamePool(names).rank("吐尔逊", shortlist=0)) == 50


def test_duplicate_candidates_are_ranked_once() -> None:
    assert NamePool([TRUE_NAME, TRUE_NAME]).names == [TRUE_NAME]


def test_a_han_part_is_shortlisted_by_its_reading_and_its_pinyin() -> None:
    keys = cheap_keys(parse_name("买买提").parts[0])
    assert "memet" in keys
    assert "maimaiti" in keys
