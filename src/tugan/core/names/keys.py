"""The blocking and match keys of a written name, for finding candidate matches in bulk."""

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product

from tugan.core.names.parts import parse_name
from tugan.core.names.spelling import strip_patronymic
from tugan.core.names.transliteration import CACHE_SIZE, han_units, pinyin_key, read_han
from tugan.core.scripts import to_simplified

# Consonant classes that transliterations confuse, merged for the coarse skeleton key: k/g/q,
# b/p/f, d/t, l/r (立 = ri), the sibilants and affricates (奇 = chi or qi, 济 = zi); h, w and y
# come and go (艾木杜拉 = Hemdulla) and are dropped.
_SKELETON = str.maketrans(
    {
        "g": "k",
        "h": "",
        "p": "b",
        "t": "d",
        "r": "l",
        "C": "s",
        "J": "s",
        "z": "s",
        "S": "s",
        "N": "n",
        "w": "",
        "y": "",
    }
)
# Consonants in a blocking key: enough to keep blocks small, few enough to survive variation.
BLOCKING_CONSONANTS = 3
# Other readings of a Han unit worth a skeleton of their own: listed near the top for their
# syllable in the table (加 = ja or ga, 哈 = ha or qa), at most this many per unit, and at most
# so many skeletons per part.
ALTERNATIVE_PENALTY = 0.05
READINGS_PER_UNIT = 2
MAX_READING_SKELETONS = 16


@dataclass(frozen=True)
class NameKeys:
    """Keys of a written name: script, Simplified form, per-part phonetic keys, sorted parts.

    skeletons are coarse consonant classes per part; blocking_keys their first three consonant
    classes, shared by a Han form and its Latin form in most cases (for candidate search).
    """

    text: str
    script: str
    simplified: str
    parts: list[str]
    part_keys: list[str]
    sorted_key: str
    skeletons: list[str]
    blocking_keys: list[str]
    pinyin: str | None

    def to_dict(self) -> dict[str, object]:
        """Return the keys as JSON-ready data."""
        return dict(self.__dict__)


def consonant_skeleton(key: str) -> str:
    """Return the coarse consonant skeleton of a phonetic key (serikJan -> slksn).

    A patronymic ending is dropped first (samarhanow -> smlkn).
    """
    letters = "".join(
        letter for letter in strip_patronymic(key).translate(_SKELETON) if letter not in "aeiou"
    )
    collapsed: list[str] = []
    for letter in letters:
        if not collapsed or collapsed[-1] != letter:
            collapsed.append(letter)
    return "".join(collapsed)


def _consonants(key: str) -> str:
    return "".join(letter for letter in key.translate(_SKELETON) if letter not in "aeiou")


@lru_cache(maxsize=CACHE_SIZE)
def reading_skeletons(han: str) -> tuple[str, ...]:
    """Return the consonant skeletons of a Han name part under its usual and other likely
    readings, usual first: one Han form stands for Latin spellings whose skeletons differ.

    Example: reading_skeletons("哈斯木") gives ("sm", "ksm"), as Hasim and Qasim spell it.
    """
    simplified = to_simplified(han)
    choices = []
    for readings in han_units(simplified):
        by_consonants: dict[str, str] = {}
        for reading in readings:
            if reading is readings[0] or (
                reading.source == "table" and reading.penalty <= ALTERNATIVE_PENALTY
            ):
                by_consonants.setdefault(_consonants(reading.key), reading.key)
        choices.append(list(by_consonants.values())[:READINGS_PER_UNIT])
    found = dict.fromkeys([consonant_skeleton(read_han(simplified))])
    # The first units vary fastest: they make the blocking key.
    for keys in islice(product(*reversed(choices)), MAX_READING_SKELETONS):
        found.setdefault(consonant_skeleton("".join(reversed(keys))))
    return tuple(found)


def name_keys(text: str) -> NameKeys:
    """Return the blocking and match keys of a written name.

    Example: name_keys("約麥爾.艾木杜拉") has simplified "约麦尔·艾木杜拉", script "Hant",
    part_keys ["yomer", "emdula"] and blocking_keys ["mdl", "ml"], as "Omer Hemdulla"
    has.
    """
    name = parse_name(text)
    part_keys = [part.key for part in name.parts]
    skeletons = [consonant_skeleton(key) for key in part_keys]
    han = "".join(part.han for part in name.parts if part.is_han)
    return NameKeys(
        text=text,
        script=name.script,
        simplified=name.simplified,
        parts=[part.text for part in name.parts],
        part_keys=part_keys,
        sorted_key=" ".join(sorted(part_keys)),
        skeletons=skeletons,
        blocking_keys=sorted({skeleton[:BLOCKING_CONSONANTS] for skeleton in skeletons}),
        pinyin=pinyin_key(han) if han else None,
    )
