"""Ranking many candidate names for a query: a fast shortlist, then full comparison.

Comparing a Han name with a Latin one aligns every reading of every character, which takes
a fraction of a millisecond. Against thousands of candidates, a cheap score first keeps the
few hundred closest by plain edit similarity of their keys (rapidfuzz, in C) to the query's
usual Latin readings; only those are compared in full.
"""

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from tugan.core.names.comparison import NameComparison, compare_names
from tugan.core.names.parts import NamePart, parse_name
from tugan.core.names.transliteration import pinyin_key, pinyin_readings

# Candidates compared in full per query. On real Han–Latin pairs the true name's rank by the
# cheap score stays within the first few dozen of a pool of 1,600.
SHORTLIST = 200


def cheap_keys(part: NamePart) -> list[str]:
    """Return the Latin keys a part is quickly compared by (Han: usual reading and pinyin)."""
    if not part.is_han:
        return [part.key]
    turkic_pinyin = "".join((pinyin_readings(character) or [""])[-1] for character in part.han)
    return sorted({part.key, pinyin_key(part.han), turkic_pinyin} - {""})


class NamePool:
    """A list of candidate names, parsed once, to rank against many queries."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(dict.fromkeys(names))
        self._keys: list[str] = []
        self._owners: list[int] = []
        for index, name in enumerate(self.names):
            parts = parse_name(name).parts
            keys = {part.key for part in parts}
            if len(parts) > 1:
                keys.add("".join(part.key for part in parts))
            for key in keys:
                self._keys.append(key)
                self._owners.append(index)

    def shortlist(self, query: str, size: int = SHORTLIST) -> list[int]:
        """Return the indexes of the size names nearest to query by the cheap score."""
        if size <= 0 or size >= len(self.names):
            return list(range(len(self.names)))
        totals = [0.0] * len(self.names)
        for part in parse_name(query).parts:
            best = [0.0] * len(self.names)
            for key in cheap_keys(part):
                for _, score, position in process.extract(
                    key, self._keys, scorer=fuzz.ratio, limit=None, score_cutoff=40
                ):
                    owner = self._owners[position]
                    if score > best[owner]:
                        best[owner] = score
            totals = [total + score for total, score in zip(totals, best, strict=True)]
        ranked = sorted(range(len(self.names)), key=lambda index: -totals[index])
        return ranked[:size]

    def rank(
        self, query: str, top: int | None = None, shortlist: int = SHORTLIST
    ) -> list[tuple[str, NameComparison]]:
        """Return (name, comparison) for the best candidates, best first.

        Only the shortlist is compared in full; shortlist=0 compares every candidate.
        """
        compared = [
            (self.names[index], compare_names(query, self.names[index]))
            for index in self.shortlist(query, shortlist)
        ]
        compared.sort(key=lambda item: -item[1].score)
        return compared[:top] if top else compared
