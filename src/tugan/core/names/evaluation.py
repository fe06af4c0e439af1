"""Scoring name matching on true Han–Latin pairs: top-1 accuracy and mean reciprocal rank."""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from rapidfuzz.distance import JaroWinkler

from tugan.core.names.comparison import compare_names
from tugan.core.names.ranking import SHORTLIST, NamePool
from tugan.core.names.transliteration import CACHE_SIZE


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


@lru_cache(maxsize=CACHE_SIZE)
def pinyin_letters(text: str) -> str:
    """Return a name's letters in lower case, Han read in toneless pinyin (买买提 -> maimaiti)."""
    letters = "".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))
    return "".join(character for character in letters.lower() if character.isalpha())


def baseline_similarity(a: str, b: str) -> float:
    """Return Jaro-Winkler similarity of two whole names, Han read in pinyin (the baseline)."""
    return JaroWinkler.similarity(pinyin_letters(a), pinyin_letters(b))


def rank_of(true_score: float, truth: str, scored: Iterable[tuple[str, float]]) -> int:
    """Return the 1-based rank of truth given other candidates' scores.

    Ties count against the truth: a candidate scoring equal to it ranks ahead of it.
    """
    return 1 + sum(1 for name, score in scored if name != truth and score >= true_score)


def summarize_ranks(ranks: list[int]) -> RankingScore:
    """Return top-1 accuracy and mean reciprocal rank of a list of ranks."""
    if not ranks:
        return RankingScore(0.0, 0.0)
    return RankingScore(
        sum(1 for rank in ranks if rank == 1) / len(ranks),
        sum(1 / rank for rank in ranks) / len(ranks),
    )


def score_ranking(
    pairs: list[tuple[str, str]], pool: list[str], score: Callable[[str, str], float]
) -> RankingScore:
    """Return top-1 and MRR of ranking every pool name by score, for every left name."""
    ranks = []
    for query, truth in pairs:
        scored = ((candidate, score(query, candidate)) for candidate in pool)
        ranks.append(rank_of(score(query, truth), truth, scored))
    return summarize_ranks(ranks)


def score_tugan_ranking(
    pairs: list[tuple[str, str]], pool: list[str], shortlist: int = SHORTLIST
) -> RankingScore:
    """Return top-1 and MRR of Tugan's ranking: a cheap shortlist, then full comparison.

    Names left off the shortlist rank below every shortlisted one (as `tugan names match`
    would show them); the truth is compared in full wherever it ranks.
    """
    names = NamePool(pool)
    ranks = []
    for query, truth in pairs:
        scored = [
            (name, comparison.score) for name, comparison in names.rank(query, None, shortlist)
        ]
        ranks.append(rank_of(compare_names(query, truth).score, truth, scored))
    return summarize_ranks(ranks)


def evaluate_names(
    pairs: list[tuple[str, str]], distractors: Iterable[str] = (), shortlist: int = SHORTLIST
) -> dict[str, float | int | None]:
    """Return top-1/MRR of Tugan and of the pinyin + Jaro-Winkler baseline on pairs.

    The pool is every right-hand name plus the distractors. Seconds are Tugan's ranking time;
    comparisons_per_second counts pool names ranked per CPU second (shortlist and full
    comparison together); shortlist=0 compares every pair in full.
    """
    pool = list(dict.fromkeys([right for _, right in pairs] + list(distractors)))
    started, cpu_started = time.perf_counter(), time.process_time()
    tugan = score_tugan_ranking(pairs, pool, shortlist)
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
