"""Blocking keys of a written name: which persons are worth comparing at all.

Plain Python (no database), shared by the candidate finder and bulk linking. Keys come from the
consonant skeletons of tugan.core.names, which transliteration variants share: 约买尔·艾木杜拉,
約麥爾.艾木杜拉 and Omer Hemdulla all give the part skeletons "ml" and "mdl".
"""

from tugan.core.names import NameKeys, name_keys
from tugan.core.names.keys import consonant_skeleton

# A skeleton shorter than this says too little to block on (a lone "m").
MIN_SKELETON = 2


def joined_skeletons(keys: NameKeys) -> list[str]:
    """Return the skeleton of the name's parts joined, in written and in reversed order."""
    if not keys.part_keys:
        return []
    written = consonant_skeleton("".join(keys.part_keys))
    reversed_ = consonant_skeleton("".join(reversed(keys.part_keys)))
    return list(dict.fromkeys([written, reversed_]))


def blocking_keys(keys: NameKeys) -> list[str]:
    """Return the blocking keys of a name: "p:" per part (its first consonant classes, from
    tugan.core.names), "j:" for the skeleton of the parts run together, in either order.

    Example: "Serikzhan Bilash" gives ["p:bls", "p:slk", "j:slksnbls", "j:blslksn"].
    """
    found = [f"p:{key}" for key in keys.blocking_keys if len(key) >= MIN_SKELETON]
    found += [
        f"j:{skeleton}" for skeleton in joined_skeletons(keys) if len(skeleton) >= MIN_SKELETON
    ]
    return list(dict.fromkeys(found))


def match_keys_of(text: str) -> list[str]:
    """Return the match keys stored with a written name (PersonName.match_keys)."""
    return blocking_keys(name_keys(text))


def is_blocked_together(left: list[str], right: list[str]) -> bool:
    """Return whether two names' keys share enough to compare them.

    Two names block together when their parts run together agree ("j:"), when two parts agree,
    or when one of them has a single part and it agrees.
    """
    shared = set(left) & set(right)
    if any(key.startswith("j:") for key in shared):
        return True
    shared_parts = sum(1 for key in shared if key.startswith("p:"))
    fewest_parts = min(
        sum(1 for key in left if key.startswith("p:")),
        sum(1 for key in right if key.startswith("p:")),
    )
    return shared_parts >= min(2, max(fewest_parts, 1))
