"""Reading Han transliterations of Uyghur and Kazakh names back into Latin keys.

The Xinjiang standards map each Uyghur or Kazakh syllable to Han characters (DB65/T 2189-2005
for Uyghur personal names). `data/name-syllables.tsv` holds those correspondences; inverted, they
give each character (or frequent character group) the Latin syllables it can stand for. A Han
name part is then aligned with a Latin key by a weighted edit distance over all its readings.
"""

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from pypinyin import Style, lazy_pinyin

from tugan.core.names.spelling import fold_latin, is_vowel
from tugan.core.scripts import is_han, to_simplified

# Caches are bounded: bulk linking sees millions of distinct names.
CACHE_SIZE = 1 << 18

# A reading taken from pinyin rather than the standards' table costs a little more, so that a
# pinyin-spelt name (Maimaiti) still matches, but the Turkic reading wins a tie.
PINYIN_PENALTY = 0.15

# Cost of a Latin letter the reading lacks (insertion) or a reading letter the Latin lacks
# (deletion). Han transliteration adds and drops vowels and h freely (艾木杜拉 = Hemdulla,
# 提 = t or ti), so those are cheap.
_INDEL = {"h": 0.2, "y": 0.45, "w": 0.45, "n": 0.7, "N": 0.7}
_VOWEL_INDEL = 0.45

# Substitutions between letters the transliterations confuse: vowel pairs, voicing pairs,
# l/r (Chinese has no r-initial syllable for ri: 立 = ri), Kazakh zh vs Uyghur y (Zhusup/Yusup),
# pinyin q = ch and x = sh.
_NEAR = {
    ("a", "e"): 0.3,
    ("o", "u"): 0.3,
    ("e", "i"): 0.4,
    ("i", "u"): 0.5,
    ("a", "o"): 0.5,
    ("e", "o"): 0.55,
    ("e", "u"): 0.55,
    ("a", "i"): 0.6,
    ("a", "u"): 0.6,
    ("i", "o"): 0.6,
    ("k", "g"): 0.35,
    ("k", "h"): 0.4,
    ("g", "h"): 0.4,
    ("b", "p"): 0.35,
    ("p", "w"): 0.5,
    ("d", "t"): 0.4,
    ("l", "r"): 0.4,
    ("J", "C"): 0.4,
    ("J", "z"): 0.5,
    ("s", "S"): 0.4,
    ("s", "z"): 0.5,
    ("n", "N"): 0.3,
    ("m", "n"): 0.6,
    ("y", "i"): 0.3,
    ("w", "u"): 0.3,
    ("w", "o"): 0.4,
    ("C", "S"): 0.5,
    ("C", "k"): 0.6,
    ("J", "y"): 0.5,
    ("S", "h"): 0.6,
    ("b", "w"): 0.6,
    ("n", "l"): 0.7,
    ("J", "g"): 0.7,
    ("y", "e"): 0.5,
    ("C", "t"): 0.7,
}
_SUBSTITUTION = {**_NEAR, **{(b, a): cost for (a, b), cost in _NEAR.items()}}


def indel_cost(letter: str) -> float:
    """Return the cost of a key letter present on one side only."""
    if is_vowel(letter):
        return _VOWEL_INDEL
    return _INDEL.get(letter, 1.0)


def substitution_cost(a: str, b: str) -> float:
    """Return the cost of reading key letter a as key letter b."""
    if a == b:
        return 0.0
    return _SUBSTITUTION.get((a, b), 1.0)


@dataclass(frozen=True)
class Reading:
    """One way to read a Han unit: its Latin key and the cost of choosing it."""

    key: str
    penalty: float
    source: str  # "table" or "pinyin"


@dataclass(frozen=True)
class Segment:
    """One Han unit of an alignment, the reading chosen for it and the Latin letters it covers."""

    han: str
    reading: str
    latin: str


@dataclass(frozen=True)
class Alignment:
    """The best alignment of a Han name part with a Latin key."""

    cost: float
    similarity: float
    segments: tuple[Segment, ...]

    @property
    def reading(self) -> str:
        """Return the Latin reading of the whole part (约买尔 -> omer)."""
        return "".join(segment.reading for segment in self.segments)


@cache
def syllable_table() -> dict[str, list[Reading]]:
    """Return Han unit -> its readings, inverted from data/name-syllables.tsv (阿不都 -> abdu)."""
    text = resources.files("tugan.core.data").joinpath("name-syllables.tsv").read_text("utf-8")
    table: dict[str, list[Reading]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        _lang, latin, hans = line.split("\t")
        key = fold_latin(latin)
        for rank, han in enumerate(hans.split()):
            readings = table.setdefault(to_simplified(han), [])
            # Characters listed later for a syllable are less usual spellings of it.
            penalty = min(rank, 3) * 0.02
            same = [index for index, reading in enumerate(readings) if reading.key == key]
            if not same:
                readings.append(Reading(key, penalty, "table"))
            elif readings[same[0]].penalty > penalty:
                readings[same[0]] = Reading(key, penalty, "table")
    # Usual reading first: the character's best-ranked syllables, the shortest (买 = me rather
    # than may), then the one nearest its pinyin (拉 = la rather than ra).
    for han, readings in table.items():
        spoken = pinyin_key(han)
        readings.sort(
            key=lambda reading: (
                reading.penalty,
                len(reading.key),
                -weighted_similarity(reading.key, spoken),
            )
        )
    return table


@cache
def longest_unit() -> int:
    """Return the length in characters of the longest Han unit in the table."""
    return max(len(han) for han in syllable_table())


# Pinyin initials and finals as a Turkic name would spell the sound (pinyin x is sh, q is ch,
# zh and j are j; ai, ei, ao, ian... as the syllables of the standards' table spell them).
_PINYIN_INITIAL = {"x": "sh", "q": "ch", "j": "j", "zh": "j", "ch": "ch", "c": "ts", "h": "x"}
_PINYIN_FINAL = {
    "ai": "ay",
    "ei": "ey",
    "ao": "o",
    "ou": "o",
    "ian": "en",
    "ie": "ye",
    "iu": "yu",
    "ui": "wey",
    "uo": "o",
    "ong": "un",
    "eng": "en",
    "ing": "in",
    "ang": "an",
    "iang": "yan",
    "iao": "yo",
    "ua": "wa",
    "uai": "way",
    "uan": "wan",
    "ue": "ü",
    "üe": "ü",
    "v": "ü",
    "ve": "ü",
    "van": "wan",
    "iong": "yun",
    "ia": "ya",
    "er": "er",
}


def pinyin_readings(han: str) -> list[str]:
    """Return a character's pinyin as Latin keys: as spelt, then as a Turkic name spells the sound.

    Example: 雪 (xue) gives ["hue", "Su"]: a pinyin-spelt name, and Shö- in Shöhret.
    """
    keys = []
    for syllable in lazy_pinyin(han, style=Style.NORMAL, errors="ignore"):
        keys.append(fold_latin(syllable))
    for initial, final in zip(
        lazy_pinyin(han, style=Style.INITIALS, strict=False, errors="ignore"),
        lazy_pinyin(han, style=Style.FINALS, strict=False, errors="ignore"),
        strict=False,
    ):
        keys.append(
            fold_latin(_PINYIN_INITIAL.get(initial, initial) + _PINYIN_FINAL.get(final, final))
        )
    return [key for key in dict.fromkeys(keys) if key]


@cache
def readings_of(han: str) -> tuple[Reading, ...]:
    """Return the readings of a Han unit: the table's, then pinyin ones (江 -> Jan, ..., JiaN)."""
    table = syllable_table().get(han, [])
    readings = list(table)
    if len(han) == 1 and is_han(han):
        for key in pinyin_readings(han):
            if all(reading.key != key for reading in readings):
                readings.append(Reading(key, PINYIN_PENALTY, "pinyin"))
    return tuple(readings)


def _units_ending_at(han: str, end: int) -> list[str]:
    units = []
    for length in range(1, min(longest_unit(), end) + 1):
        unit = han[end - length : end]
        if length == 1 or unit in syllable_table():
            units.append(unit)
    return units


@dataclass(frozen=True)
class _TrieNode:
    parent: int
    letter: str
    drop: float
    ends: tuple[Reading, ...]  # readings that end at this node


@cache
def _reading_trie(unit: str) -> tuple[_TrieNode, ...]:
    """Return a unit's readings as a trie, parents first, so shared prefixes are aligned once."""
    nodes = [_TrieNode(-1, "", 0.0, ())]
    ends: dict[int, list[Reading]] = {}
    children: dict[tuple[int, str], int] = {}
    for reading in readings_of(unit) or (Reading("", 1.0, "unknown"),):
        node = 0
        for letter in reading.key:
            if (node, letter) not in children:
                children[(node, letter)] = len(nodes)
                nodes.append(_TrieNode(node, letter, indel_cost(letter), ()))
            node = children[(node, letter)]
        ends.setdefault(node, []).append(reading)
    return tuple(
        _TrieNode(node.parent, node.letter, node.drop, tuple(ends.get(index, ())))
        for index, node in enumerate(nodes)
    )


@lru_cache(maxsize=CACHE_SIZE)
def _substitution_row(letter: str, latin_key: str) -> tuple[float, ...]:
    return tuple(substitution_cost(letter, other) for other in latin_key)


@lru_cache(maxsize=CACHE_SIZE)
def align_han(han: str, latin_key: str) -> Alignment:
    """Return the best alignment of a Simplified Han name part with a Latin key.

    Example: align_han("艾木杜拉", "hemdula").similarity is about 0.97 (艾=e 木=m 杜=du 拉=la).
    """
    size = len(latin_key)
    columns = range(1, size + 1)
    infinity = float("inf")
    inserts = [indel_cost(letter) for letter in latin_key]
    # best[i][j]: cost of reading han[:i] as latin_key[:j]; back[i][j]: (unit, reading, start j).
    best = [[infinity] * (size + 1) for _ in range(len(han) + 1)]
    back: list[list[tuple[str, str, int] | None]] = [
        [None] * (size + 1) for _ in range(len(han) + 1)
    ]
    # Latin letters before the first unit are inserted within it, so its segment shows them.
    best[0][0] = 0.0
    for end in range(1, len(han) + 1):
        row, row_back = best[end], back[end]
        for unit in _units_ending_at(han, end):
            costs = list(best[end - len(unit)])
            starts = list(range(size + 1))
            for j in columns:
                if costs[j - 1] + inserts[j - 1] < costs[j]:
                    costs[j] = costs[j - 1] + inserts[j - 1]
                    starts[j] = starts[j - 1]
            rows: list[tuple[list[float], list[int]]] = []
            for node in _reading_trie(unit):
                if node.parent < 0:
                    new_costs, new_starts = costs, starts
                else:
                    previous, previous_starts = rows[node.parent]
                    drop = node.drop
                    sub = _substitution_row(node.letter, latin_key)
                    new_costs = [previous[0] + drop]
                    new_starts = [previous_starts[0]]
                    for j in columns:
                        cost, start = previous[j] + drop, previous_starts[j]
                        diagonal = previous[j - 1] + sub[j - 1]
                        if diagonal < cost:
                            cost, start = diagonal, previous_starts[j - 1]
                        inserted = new_costs[j - 1] + inserts[j - 1]
                        if inserted < cost:
                            cost, start = inserted, new_starts[j - 1]
                        new_costs.append(cost)
                        new_starts.append(start)
                rows.append((new_costs, new_starts))
                for reading in node.ends:
                    for j in range(size + 1):
                        total = new_costs[j] + reading.penalty
                        if total < row[j]:
                            row[j] = total
                            row_back[j] = (unit, reading.key, new_starts[j])
    segments = []
    end, j = len(han), size
    while end > 0:
        step = back[end][j]
        if step is None:
            break
        unit, reading_key, start = step
        segments.append(Segment(unit, reading_key, latin_key[start:j]))
        end, j = end - len(unit), start
    segments.reverse()
    cost = best[len(han)][size]
    reading_length = sum(len(segment.reading) for segment in segments)
    similarity = max(0.0, 1.0 - cost / max((size + reading_length) / 2, 1))
    return Alignment(cost, similarity, tuple(segments))


# A character listed first or second for a bare coda consonant is read as that consonant
# in the usual reading, before a consonant or at the end (penalty of rank 1).
CODA_RANK = 0.02


@lru_cache(maxsize=CACHE_SIZE)
def han_units(han: str) -> tuple[tuple[Reading, ...], ...]:
    """Return the readings of each unit of a Simplified Han name part, longest units first
    (阿不都热依木 -> the readings of 阿不都, 热, 依, 木)."""
    units, end = [], 0
    while end < len(han):
        for length in range(min(longest_unit(), len(han) - end), 0, -1):
            unit = han[end : end + length]
            readings = readings_of(unit) if (length == 1 or unit in syllable_table()) else ()
            if readings:
                units.append(readings)
                end += length
                break
        else:
            end += 1
    return tuple(units)


@lru_cache(maxsize=CACHE_SIZE)
def read_han(han: str) -> str:
    """Return the usual Latin key of a Simplified Han name part (艾木杜拉 -> emdula).

    Units are read with their usual syllable; a character the table gives first or second for a
    bare coda consonant (木 = m, 提 = t) is read so before a consonant and at the end, where the
    transliteration only adds a vowel to carry it (买买提 = memet, not memeti).
    """
    units = han_units(han)
    keys = [readings[0].key for readings in units]
    for index in range(1, len(keys)):
        key = keys[index]
        following = keys[index + 1] if index + 1 < len(keys) else ""
        if len(key) < 2 or not is_vowel(key[-1]) or (following and is_vowel(following[0])):
            continue
        coda = key[:-1]
        if not is_vowel(coda[-1]) and any(
            reading.key == coda and reading.source == "table" and reading.penalty <= CODA_RANK
            for reading in units[index]
        ):
            keys[index] = coda
    return "".join(keys)


def pinyin_key(han: str) -> str:
    """Return the pinyin of a Han name as a folded Latin key (乔龙 -> Jiaolong)."""
    return fold_latin("".join(lazy_pinyin(han, style=Style.NORMAL, errors="ignore")))


@lru_cache(maxsize=CACHE_SIZE)
def weighted_similarity(a: str, b: str) -> float:
    """Return 0..1 similarity of two Latin keys under the transliteration edit costs."""
    if a == b:
        return 1.0
    previous = [0.0]
    for letter in b:
        previous.append(previous[-1] + indel_cost(letter))
    for left in a:
        drop = indel_cost(left)
        current = [previous[0] + drop]
        for j, right in enumerate(b, start=1):
            current.append(
                min(
                    previous[j] + drop,
                    current[j - 1] + indel_cost(right),
                    previous[j - 1] + substitution_cost(left, right),
                )
            )
        previous = current
    return max(0.0, 1.0 - previous[-1] / max((len(a) + len(b)) / 2, 1))
