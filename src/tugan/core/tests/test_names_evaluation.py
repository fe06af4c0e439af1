"""Scoring name matching: top-1 and MRR on true pairs, against a pool of distractors."""

import pytest

from tugan.core.names.evaluation import (
    baseline_similarity,
    evaluate_names,
    rank_of,
    read_pairs,
    score_ranking,
)
from tugan.core.names.pool import generate_distractors
from tugan.testing import CORPUS

DEV_PAIRS = CORPUS / "dev" / "names-dev.tsv"
# Fictional pairs.
PAIRS = [
    ("吐尔逊·艾木杜拉", "Tursun Hemdulla"),
    ("叶尔兰·别克扎提", "Yerlan Bekzat"),
    ("阿依古丽·买买提", "Aygul Memet"),
]


def test_it_reads_tab_separated_pairs_skipping_comments_and_blanks() -> None:
    lines = ["# fictional\n", "\n", "吐尔逊\tTursun\n", "no tab here\n"]
    assert read_pairs(lines) == [("吐尔逊", "Tursun")]


def test_a_tie_counts_against_the_truth() -> None:
    assert rank_of(0.5, "b", [("a", 0.5), ("b", 0.5), ("c", 0.4)]) == 2


def test_perfect_ranking_scores_one() -> None:
    score = score_ranking(
        PAIRS, [right for _, right in PAIRS], lambda a, b: float(a == b or (a, b) in PAIRS)
    )
    assert (score.top1, score.mrr) == (1.0, 1.0)


def test_it_reports_tugan_and_baseline_figures() -> None:
    figures = evaluate_names(PAIRS, ["Dilnur Qasim", "Nurlan Bekov"])
    assert figures["pairs"] == 3
    assert figures["pool"] == 5
    assert figures["top1"] == 1.0
    assert 0.0 <= figures["baseline_top1"] <= 1.0


def test_the_shortlist_keeps_the_true_name_among_many() -> None:
    pool = [right for _, right in PAIRS] + generate_distractors(500)
    exhaustive = evaluate_names(PAIRS, pool, shortlist=0)
    shortlisted = evaluate_names(PAIRS, pool, shortlist=20)
    assert (shortlisted["top1"], shortlisted["mrr"]) == (exhaustive["top1"], exhaustive["mrr"])


def test_the_baseline_reads_han_in_pinyin() -> None:
    assert baseline_similarity("买买提", "Maimaiti") == 1.0


def test_distractors_are_fictional_repeatable_and_exclude_the_truths() -> None:
    first = generate_distractors(300, exclude={"Tursun Hemdulla"})
    assert first == generate_distractors(300, exclude={"Tursun Hemdulla"})
    assert len(set(first)) == 300
    assert "Tursun Hemdulla" not in first


@pytest.mark.corpus
def test_dev_pairs_beat_the_baseline_against_a_large_pool() -> None:
    pairs = read_pairs(DEV_PAIRS.read_text(encoding="utf-8").splitlines())
    figures = evaluate_names(pairs, generate_distractors(600, exclude={r for _, r in pairs}))
    assert figures["top1"] >= 0.85
    assert figures["top1"] > figures["baseline_top1"]
