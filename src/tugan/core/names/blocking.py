"""Blocking keys of a written name: which persons are worth comparing at all.

Plain Python (no database), used by the candidate finder. Keys come from the consonant
skeletons of tugan.core.names, which transliteration variants share: 约买尔·艾木杜拉,
約麥爾.艾木杜拉 and Omer Hemdulla all give the part skeletons "ml" and "mdl". A Han part also
gives the skeletons of its other likely readings (哈斯木: Hasim or Qasim).

A name's match keys (PersonName.match_keys) say which part each key comes from:
"p1:mdl" is the first consonant classes of part 1, "s1:md" the first two, "j:…" the skeleton
of all parts run together. The database indexes the lookup keys, without the part number.
"""

from tugan.core.names import NameKeys, name_keys
from tugan.core.names.keys import BLOCKING_CONSONANTS, consonant_skeleton, reading_skeletons
from tugan.core.scripts import is_han

# A skeleton shorter than this says too little to block on (a lone "m").
MIN_SKELETON = 2
# Consonants compared in the other part once one part agrees in full (Islam Karimov and
# 伊斯兰·卡里莫夫 agree on "klm", and on "sl" only).
SHORT_CONSONANTS = 2


def joined_skeletons(keys: NameKeys) -> list[str]:
    """Return the skeleton of the name's parts joined, in written and in reversed order."""
    if not keys.part_keys:
        return []
    written = consonant_skeleton("".join(keys.part_keys))
    reversed_ = consonant_skeleton("".join(reversed(keys.part_keys)))
    return list(dict.fromkeys([written, reversed_]))


def part_skeletons(keys: NameKeys) -> list[tuple[str, ...]]:
    """Return each part's skeletons: its usual one, and for a Han part its other readings'."""
    return [
        reading_skeletons(text) if all(is_han(character) for character in text) else (skeleton,)
        for text, skeleton in zip(keys.parts, keys.skeletons, strict=True)
    ]


def blocking_keys(keys: NameKeys) -> list[str]:
    """Return the match keys of a name: "p<n>:" and "s<n>:" per part n (first three and first
    two consonant classes, for every likely reading), and "j:" for the skeleton of the parts run
    together, in either order.

    Example: "Serikzhan Bilash" gives ["p1:slk", "p2:bls", "s1:sl", "s2:bl", "j:slksnbls",
    "j:blslksn"].
    """
    found = []
    for width, prefix in ((BLOCKING_CONSONANTS, "p"), (SHORT_CONSONANTS, "s")):
        for number, skeletons in enumerate(part_skeletons(keys), start=1):
            found += [
                f"{prefix}{number}:{skeleton[:width]}"
                for skeleton in skeletons
                if len(skeleton) >= MIN_SKELETON
            ]
    found += [
        f"j:{skeleton}" for skeleton in joined_skeletons(keys) if len(skeleton) >= MIN_SKELETON
    ]
    return list(dict.fromkeys(found))


def match_keys_of(text: str) -> list[str]:
    """Return the match keys stored with a written name (PersonName.match_keys)."""
    return blocking_keys(name_keys(text))


def lookup_keys(match_keys: list[str]) -> list[str]:
    """Return the keys a name is found by: its part keys without their part number, and its
    joined keys ("p1:mdl" -> "p:mdl")."""
    found = []
    for key in match_keys:
        kind, _, value = key.partition(":")
        if kind == "j":
            found.append(key)
        elif kind.startswith("p"):
            found.append(f"p:{value}")
    return list(dict.fromkeys(found))


def _by_part(match_keys: list[str], prefix: str) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {}
    for key in match_keys:
        kind, _, value = key.partition(":")
        if kind.startswith(prefix) and kind[1:].isdigit():
            parts.setdefault(kind[1:], set()).add(value)
    return parts


def is_blocked_together(left: list[str], right: list[str]) -> bool:
    """Return whether two names' match keys share enough to compare them.

    Two names block together when their parts run together agree ("j:"); when two parts agree;
    when one name has a single part and it agrees; or when one part agrees and another pair of
    parts agrees in its first two consonant classes.
    """
    if any(key.startswith("j:") for key in set(left) & set(right)):
        return True
    left_parts, right_parts = _by_part(left, "p"), _by_part(right, "p")
    agreeing = [
        (a, b)
        for a, a_keys in left_parts.items()
        for b, b_keys in right_parts.items()
        if a_keys & b_keys
    ]
    agreeing_count = min(len({a for a, _ in agreeing}), len({b for _, b in agreeing}))
    needed = min(2, max(min(len(left_parts), len(right_parts)), 1))
    if agreeing_count >= needed:
        return True
    if not agreeing or needed < 2:
        return False
    left_short, right_short = _by_part(left, "s"), _by_part(right, "s")
    return any(
        left_short[c] & right_short[d]
        for a, b in agreeing
        for c in left_short
        for d in right_short
        if c != a and d != b
    )
