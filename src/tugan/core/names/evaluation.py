"""Scoring name matching on true Han–Latin pairs: top-1 accuracy and mean reciprocal rank."""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from pypinyin import Style, lazy_pinyin
from rapidfuzz.distance import JaroWinkler

from tugan.core.names.comparison import compare_names


@dataclass(frozen=True)
class RankingScore:
    """Top-1 accuracy and mean reciprocal rank of one scorer over a set of pairs."""

    top1: float
    mrr: float


def read_pairs(lines: Iterable[str]) -> list[tuple[str, str]]:
    """Return (left, right) pairs from `left<TAB>right` lines, skipping blanks and # comments."""
    pairs = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        left, right = line.split("\t")[:2]
        if left.strip() and right.strip():
            pairs.append((left.strip(), right.strip()))
    return pairs


@cache
def pinyin_letters(text: str) -> str:
    """Return a name's letters in lower case, Han read in toneless pinyin (买买提 -> maimaiti)."""
    letters = "".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))
    return "".join(character for character in letters.lower() if character.isalpha())


def baseline_similarity(a: str, b: str) -> float:
    """Return Jaro-Winkler similarity of two whole names, Han read in pinyin (the baseline)."""
    return JaroWinkler.similarity(pinyin_letters(a), pinyin_letters(b))


def name_similarity(a: str, b: str) -> float:
    """Return Tugan's name similarity of a and b (compare_names' score)."""
    return compare_names(a, b).score


def rank_of(truth: str, query: str, pool: list[str], score: Callable[[str, str], float]) -> int:
    """Return the 1-based rank of truth among pool when sorted by score against query.

    Ties count against the truth: a candidate scoring equal to it ranks ahead of it.
    """
    true_score = score(query, truth)
    return 1 + sum(
        1 for candidate in pool if candidate != truth and score(query, candidate) >= true_score
    )


def score_ranking(
    pairs: list[tuple[str, str]], pool: list[str], score: Callable[[str, str], float]
) -> RankingScore:
    """Return top-1 and MRR of ranking pool for every left name, the truth being its right name."""
    if not pairs:
        return RankingScore(0.0, 0.0)
    ranks = [rank_of(right, left, pool, score) for left, right in pairs]
    return RankingScore(
        sum(1 for rank in ranks if rank == 1) / len(ranks),
        sum(1 / rank for rank in ranks) / len(ranks),
    )


def evaluate_names(pairs: list[tuple[str, str]], distractors: Iterable[str] = ()) -> dict:
    """Return top-1/MRR of Tugan and of the pinyin + Jaro-Winkler baseline on pairs.

    The pool is every right-hand name plus the distractors. Seconds are Tugan's ranking time;
    comparisons_per_second counts name pairs compared per CPU second.
    """
    pool = list(dict.fromkeys([right for _, right in pairs] + list(distractors)))
    started, cpu_started = time.perf_counter(), time.process_time()
    tugan = score_ranking(pairs, pool, name_similarity)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    baseline = score_ranking(pairs, pool, baseline_similarity)
    return {
        "pairs": len(pairs),
        "pool": len(pool),
        "top1": round(tugan.top1, 4),
        "mrr": round(tugan.mrr, 4),
        "baseline_top1": round(baseline.top1, 4),
        "baseline_mrr": round(baseline.mrr, 4),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        # Per CPU second: wall time depends on what else the machine runs.
        "comparisons_per_second": round(len(pairs) * len(pool) / cpu_seconds)
        if cpu_seconds
        else None,
    }
