"""Comparing two written names part by part, in any order, with a score that explains itself."""

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations
from typing import TypedDict

from tugan.core.names.parts import NamePart, parse_name
from tugan.core.names.spelling import strip_patronymic
from tugan.core.names.transliteration import (
    CACHE_SIZE,
    Alignment,
    align_han,
    weighted_similarity,
)

# Below this, two parts are not taken as the same name part.
PART_THRESHOLD = 0.55
# Each part with no counterpart on the other side multiplies the score by this, whatever its
# length: a name given in one source as "Serikzhan" and in another as "Serikzhan Bilash" still
# matches well, and a long surname left out says no more against it than a short one.
UNMATCHED_FACTOR = 0.8
# A match of one unseparated part against the other side's parts joined is less sure, and a
# loose one is mostly vowels and cheap letters lined up across the join, so it must be close.
JOINED_FACTOR = 0.95
JOINED_THRESHOLD = 0.8
# A match after dropping a patronymic ending (-ov, -uly) is a little less sure.
SUFFIX_FACTOR = 0.97
# -jan, written 江, is added to or left off a given name (Iminjan, Imin) from source to source.
ENDEARING_SUFFIX = "江"
# Beyond this many parts, only the first ones are compared (names rarely have more).
MAX_PARTS = 5


class PartMatchData(TypedDict):
    """A PartMatch as JSON-ready data (kept in match evidence, printed by `tugan names`)."""

    left: str
    right: str
    score: float
    how: str
    detail: str


@dataclass(frozen=True)
class PartMatch:
    """How one part of the left name matched one part of the right name."""

    left: str
    right: str
    score: float
    how: str  # "same spelling", "same key", "spelling variant", "Han reading", "same Han"
    detail: str = ""  # the reading used, e.g. "约=o 买=me 尔=r ~ omer"

    def to_dict(self) -> PartMatchData:
        """Return the match as JSON-ready data."""
        return {
            "left": self.left,
            "right": self.right,
            "score": round(self.score, 3),
            "how": self.how,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class NameComparison:
    """A 0..1 similarity of two names and the part matches it rests on."""

    score: float
    explanation: list[PartMatch]
    unmatched_left: list[str] = field(default_factory=list)
    unmatched_right: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Return the comparison as JSON-ready data."""
        return {
            "score": round(self.score, 4),
            "explanation": [match.to_dict() for match in self.explanation],
            "unmatched_left": self.unmatched_left,
            "unmatched_right": self.unmatched_right,
        }


def _describe(alignment: Alignment) -> str:
    pieces = " ".join(f"{segment.han}={segment.reading or '∅'}" for segment in alignment.segments)
    latin = "".join(segment.latin for segment in alignment.segments)
    return f"{pieces} ~ {latin}"


@lru_cache(maxsize=CACHE_SIZE)
def compare_parts(left: NamePart, right: NamePart) -> PartMatch:
    """Return how similar two name parts are, and by what route."""
    if left.text == right.text:
        return PartMatch(left.text, right.text, 1.0, "same spelling")
    if left.is_han and right.is_han:
        if left.han == right.han:
            return PartMatch(left.text, right.text, 1.0, "same Han", "Traditional folded")
        forward, backward = align_han(left.han, right.key), align_han(right.han, left.key)
        alignment = max(forward, backward, key=lambda item: item.similarity)
        return PartMatch(
            left.text, right.text, alignment.similarity, "Han reading", _describe(alignment)
        )
    if left.is_han or right.is_han:
        han, latin = (left, right) if left.is_han else (right, left)
        # The forms compared: as written, then with one side's optional ending left off.
        forms = [(han.han, latin.key, "")]
        if (bare := _without_ending(han)) is not None:
            forms.append((bare[0], latin.key, bare[1]))
        if (bare := _without_ending(latin)) is not None:
            forms.append((han.han, bare[0], bare[1]))
        scored = []
        for han_form, key, dropped in forms:
            alignment = align_han(han_form, key)
            factor = SUFFIX_FACTOR if dropped else 1.0
            scored.append((alignment.similarity * factor, alignment, dropped))
        # The first best wins a tie: the form as written.
        score, alignment, dropped = max(scored, key=lambda item: item[0])
        how = f"Han reading, {dropped} dropped" if dropped else "Han reading"
        return PartMatch(left.text, right.text, score, how, _describe(alignment))
    if left.key == right.key:
        return PartMatch(left.text, right.text, 1.0, "same key", left.key)
    score = weighted_similarity(left.key, right.key)
    how = "spelling variant"
    left_bare, right_bare = _without_ending(left), _without_ending(right)
    if left_bare is not None or right_bare is not None:
        left_stem = left_bare[0] if left_bare else left.key
        right_stem = right_bare[0] if right_bare else right.key
        stem_score = weighted_similarity(left_stem, right_stem) * SUFFIX_FACTOR
        if stem_score > score:
            score, how = stem_score, "spelling variant, patronymic ending dropped"
    return PartMatch(left.text, right.text, score, how, f"{left.key} ~ {right.key}")


def _without_ending(part: NamePart) -> tuple[str, str] | None:
    """Return a part without an ending that sources add or leave off, and what ending it was:
    -jan (江) on a Han part, a patronymic ending (-ov, -uly) on a Latin key; None if it has none.
    """
    if part.is_han:
        if len(part.han) > 2 and part.han.endswith(ENDEARING_SUFFIX):
            return part.han[: -len(ENDEARING_SUFFIX)], f"{ENDEARING_SUFFIX} ending"
        return None
    stem = strip_patronymic(part.key)
    return (stem, "patronymic ending") if stem != part.key else None


def _weight(part: NamePart) -> float:
    return float(max(len(part.key), 2))


def _joined(parts: tuple[NamePart, ...]) -> NamePart:
    if all(part.is_han for part in parts):
        han = "".join(part.han for part in parts)
        return NamePart(
            "".join(part.text for part in parts), True, "".join(part.key for part in parts), han
        )
    return NamePart(
        " ".join(part.text for part in parts), False, "".join(part.key for part in parts)
    )


def _best_assignment(left: tuple[NamePart, ...], right: tuple[NamePart, ...]) -> NameComparison:
    swap = len(left) > len(right)
    small, large = (right, left) if swap else (left, right)
    best: NameComparison | None = None
    best_score = -1.0
    for order in permutations(range(len(large)), len(small)):
        matches, matched_weight, total_weight = [], 0.0, 0.0
        used_small, used_large = set(), set()
        for i, j in enumerate(order):
            a, b = (large[j], small[i]) if swap else (small[i], large[j])
            match = compare_parts(a, b)
            if match.score < PART_THRESHOLD:
                continue
            weight = _weight(small[i]) + _weight(large[j])
            matched_weight += match.score * weight
            total_weight += weight
            matches.append(match)
            used_small.add(i)
            used_large.add(j)
        unmatched = len(small) - len(used_small) + len(large) - len(used_large)
        score = matched_weight / total_weight if total_weight else 0.0
        score *= UNMATCHED_FACTOR**unmatched
        # Same order as written wins a tie with a swapped order.
        if list(order) != sorted(order):
            score *= 0.995
        if score > best_score:
            unmatched_small = [part.text for i, part in enumerate(small) if i not in used_small]
            unmatched_large = [part.text for j, part in enumerate(large) if j not in used_large]
            unmatched_left, unmatched_right = (
                (unmatched_large, unmatched_small) if swap else (unmatched_small, unmatched_large)
            )
            best_score = score
            best = NameComparison(score, matches, unmatched_left, unmatched_right)
    assert best is not None
    return best


def _best_joined(left: tuple[NamePart, ...], right: tuple[NamePart, ...]) -> NameComparison:
    """Return the single part of one side compared with the other side's parts joined.

    One side may be written without separators (约买尔艾木杜拉); the parts are joined in
    either order.
    """
    best = NameComparison(0.0, [])
    several = right if len(left) == 1 else left
    for ordered in (several, tuple(reversed(several))):
        joined = _joined(ordered)
        if len(left) == 1:
            match = compare_parts(left[0], joined)
        else:
            match = compare_parts(joined, right[0])
        score = match.score * JOINED_FACTOR
        if score > best.score and match.score >= JOINED_THRESHOLD:
            best = NameComparison(score, [match])
    return best


def _merged_neighbours(
    left: tuple[NamePart, ...], right: tuple[NamePart, ...]
) -> list[tuple[tuple[NamePart, ...], tuple[NamePart, ...]]]:
    """Return (left, right) with two neighbouring parts of the longer side joined, every way."""
    longer = left if len(left) > len(right) else right
    variants = []
    for i in range(len(longer) - 1):
        merged = longer[:i] + (_joined(longer[i : i + 2]),) + longer[i + 2 :]
        variants.append((merged, right) if longer is left else (left, merged))
    return variants


def _without_initials(parts: tuple[NamePart, ...]) -> tuple[NamePart, ...]:
    """Return the parts without Latin initials (Ilshat H. Kokbore): a Han form never writes
    one, and one letter says too little to match or to count as missing."""
    kept = tuple(part for part in parts if part.is_han or len(part.key) > 1)
    return kept or parts


def compare_names(a: str, b: str) -> NameComparison:
    """Return how alike two written names are (0..1) and which parts matched, and how.

    Example: compare_names("约买尔·艾木杜拉", "Omer Hemdulla").score is about 0.98, matching
    约买尔 with Omer and 艾木杜拉 with Hemdulla by their Han readings.

    Scale, roughly: above 0.9 every part matches; 0.75-0.9 one side gives only some of the
    parts (赛尔克坚 against Serikzhan Bilash); about 0.6 one part shared; below 0.5 unrelated.
    """
    left = _without_initials(parse_name(a).parts)[:MAX_PARTS]
    right = _without_initials(parse_name(b).parts)[:MAX_PARTS]
    if not left or not right:
        return NameComparison(0.0, [], [p.text for p in left], [p.text for p in right])
    best = _best_assignment(left, right)
    if len(left) == 1 or len(right) == 1:
        if len(left) != len(right):
            best = max(best, _best_joined(left, right), key=lambda item: item.score)
    elif len(left) != len(right):
        # A hyphenated or double given name may be one part on the other side
        # (Kassym-Jomart = 卡西姆若马尔特): join two neighbouring parts of the longer side.
        for merged_left, merged_right in _merged_neighbours(left, right):
            candidate = _best_assignment(merged_left, merged_right)
            if candidate.score * JOINED_FACTOR > best.score:
                best = NameComparison(
                    candidate.score * JOINED_FACTOR,
                    candidate.explanation,
                    candidate.unmatched_left,
                    candidate.unmatched_right,
                )
    return best


def rank_names(
    query: str, candidates: list[str], top: int | None = None
) -> list[tuple[str, float]]:
    """Return candidates with their scores against query, best first (at most top of them)."""
    scored = [(candidate, compare_names(query, candidate).score) for candidate in candidates]
    scored.sort(key=lambda item: -item[1])
    return scored[:top] if top else scored
