"""Splink's scored pairs, read back: a shared valid resident ID settles a pair, and pairs left
uncertain are weighed again with Tugan's own name comparison.
"""

from itertools import combinations
from typing import Any

from tugan.core.linking.name_columns import Columns, map_on_all_cores
from tugan.core.linking.rows import Pair
from tugan.core.names import compare_names
from tugan.core.names.evidence import probability_of

# Pairs Splink leaves uncertain are weighed again with Tugan's own name comparison
# (tugan.core.names.compare_names, which reads Han names syllable by syllable), in bits added to
# Splink's match weight, best first. These are a correction to Splink's name evidence, which is
# weighed against random pairs, not the weight of a name on its own: putting the candidate
# scoring's weights (tugan.core.names.evidence, weighed among blocked pairs) in place of
# Splink's name weight cut recall on bench/linkage.py --persons 100000 from 0.957 to 0.770.
UNCERTAIN = (0.05, 0.95)
NAME_SCORE_BITS = [(0.97, 4.0), (0.93, 2.0), (0.88, 0.0), (0.8, -2.0), (0.0, -5.0)]


def same_resident_id_pairs(left: Columns, right: Columns | None) -> set[tuple[str, str]]:
    """Return the pairs of rows (left's id first) that share a valid resident ID number."""
    by_number: dict[str, list[str]] = {}
    for row_id, number in zip(left["unique_id"], left["resident_id"], strict=True):
        if number:
            by_number.setdefault(number, []).append(row_id)
    if right is None:
        return {pair for ids in by_number.values() for pair in combinations(ids, 2)}
    return {
        (left_id, right_id)
        for right_id, number in zip(right["unique_id"], right["resident_id"], strict=True)
        if number
        for left_id in by_number.get(number, [])
    }


def name_score_bits(names: tuple[str, str]) -> float:
    """Return the bits Tugan's name comparison adds to an uncertain pair's match weight."""
    score = compare_names(*names).score
    return next(bits for limit, bits in NAME_SCORE_BITS if score >= limit)


def read_predictions(
    predictions: Any, left: Columns, right: Columns | None, threshold: float
) -> list[Pair]:
    """Return Splink's scored pairs, left's id first, those it left uncertain weighed again
    with Tugan's name comparison; a valid shared resident ID number settles a pair
    (probability 1), whatever else differs."""
    settled = same_resident_id_pairs(left, right)
    table = predictions.as_dict()
    left_ids = set(left["unique_id"])
    name_of = dict(zip(left["unique_id"], left["name"], strict=True))
    if right is not None:
        name_of.update(zip(right["unique_id"], right["name"], strict=True))
    scored: list[tuple[str, str, float, float]] = []
    for id_l, id_r, probability, weight in zip(
        table["unique_id_l"],
        table["unique_id_r"],
        table["match_probability"],
        table["match_weight"],
        strict=True,
    ):
        id_l, id_r = str(id_l), str(id_r)
        if right is not None and id_l not in left_ids:
            id_l, id_r = id_r, id_l
        if (id_l, id_r) not in settled and (id_r, id_l) not in settled:
            scored.append((id_l, id_r, float(probability), float(weight)))
    uncertain = list(
        dict.fromkeys(
            (name_of[id_l], name_of[id_r])
            for id_l, id_r, probability, _ in scored
            if UNCERTAIN[0] <= probability <= UNCERTAIN[1]
        )
    )
    bits = dict(zip(uncertain, map_on_all_cores(name_score_bits, uncertain), strict=True))
    pairs: list[Pair] = []
    for id_l, id_r, probability, weight in scored:
        if UNCERTAIN[0] <= probability <= UNCERTAIN[1]:
            weight += bits[(name_of[id_l], name_of[id_r])]
            probability = probability_of(weight)
        if probability >= threshold:
            pairs.append((id_l, id_r, probability, weight, ""))
    pairs += [(id_l, id_r, 1.0, float("inf"), "resident_id") for id_l, id_r in settled]
    return pairs
