"""A report's text prepared for extraction: folded to Simplified with the same offsets."""

import re
from dataclasses import dataclass, field
from datetime import date

from tugan.core.extract.lexicon import TRANSLITERATION_CHARACTERS
from tugan.core.scripts import to_simplified

# Separators between the parts of a transliterated name (GOLD.md normalises them to U+00B7).
NAME_SEPARATORS = "·.•‧・･-‐－﹒．∙⋅ꞏ"
SENTENCE_END = re.compile(r"[。！？!?\n]+|[;；](?=\s*\S)")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n、]")
# Two separators typed in a row inside a name (阿里.·托合提): read as one, with the same length.
DOUBLED_SEPARATOR = re.compile(
    rf"(?<=[\u3400-\u9fff])[{re.escape(NAME_SEPARATORS)}]{{2}}(?=[\u3400-\u9fff])"
)
# A comma typed between the two parts of one transliterated name (努尔兰,别克): runs of two to
# seven name characters on both sides, neither run next to a separator (not a part of a name
# written with one).
NAME_RUN = "".join(sorted(TRANSLITERATION_CHARACTERS))
COMMA_BETWEEN_NAME_CHARACTERS = re.compile(rf"(?<=[{NAME_RUN}])[,，](?=[{NAME_RUN}])")
# A half-width comma in Chinese text (被抓,至今): the clause break the patterns read as "，".
HALFWIDTH_COMMA_IN_HAN = re.compile(r"(?<=[\u3400-\u9fff」』”）]),")
# A count's last character: a run after it is a unit of time or measure (十个月里, 两年).
COUNT_CHARACTERS = frozenset("个两一二三四五六七八九十几数多0123456789")
# The last part of a name written with a separator (the 别克 of 努尔兰·别克).
SEPARATED_LAST_PART = re.compile(
    rf"[{re.escape(NAME_SEPARATORS)}]([{NAME_RUN}]{{2,7}})(?![{NAME_RUN}])"
)
# A Latin form in brackets of exactly two parts (Nurlan.Bek, Nurlan Bek).
TWO_PART_LATIN = re.compile(r"\s*[(（]\s*[A-Z][A-Za-z'’\-]+\s?[.·\s]\s?[A-Z][A-Za-z'’\-]+\s*[)）]")


def fold_same_length(text: str) -> str:
    """Return text folded to Simplified, keeping every character at its offset."""
    folded = to_simplified(text)
    if len(folded) == len(text):
        return folded
    return "".join(to_simplified(character)[:1] or character for character in text)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Document:
    text: str
    published: date | None
    folded: str = ""
    taken: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        folded = HALFWIDTH_COMMA_IN_HAN.sub("，", fold_same_length(self.text))
        self.folded = commas_as_separators(DOUBLED_SEPARATOR.sub(" ·", folded))
        self.taken = [None] * len(self.text)

    def is_free(self, start: int, end: int) -> bool:
        """Return whether no extractor has claimed any character of [start, end)."""
        return all(owner is None for owner in self.taken[start:end])

    def claim(self, start: int, end: int, owner: str) -> None:
        """Mark [start, end) as used by one extractor ("person", "place", "media", "author")."""
        for index in range(start, end):
            self.taken[index] = owner

    def release(self, start: int, end: int) -> None:
        """Unmark [start, end): no extractor uses it any more."""
        for index in range(start, end):
            self.taken[index] = None

    def owner_at(self, index: int) -> str | None:
        """Return which extractor claimed the character at index."""
        return self.taken[index] if 0 <= index < len(self.taken) else None

    def sentences(self) -> list[Span]:
        """Return the sentence spans of the text."""
        spans, start = [], 0
        for match in SENTENCE_END.finditer(self.folded):
            if match.start() > start:
                spans.append(Span(start, match.start()))
            start = match.end()
        if start < len(self.folded):
            spans.append(Span(start, len(self.folded)))
        return spans


def commas_as_separators(folded: str) -> str:
    """Return folded with "·" for each comma that separates the two parts of one name.

    The comma is read as a separator where the report shows the two runs are one name: a
    Latin form of two parts follows in brackets ("努尔兰,别克(Nurlan.Bek)", and then every
    "努尔兰,别克" of the report), or the second run is the last part of a name written with a
    separator elsewhere in the report (a sibling's shared father's name: "阿依古丽,别克" beside
    "努尔兰·别克"). Names here are fictional; a list of two names has neither sign.
    """
    pairs = []
    for comma in COMMA_BETWEEN_NAME_CHARACTERS.finditer(folded):
        first = name_run(folded, comma.start(), -1)
        second = name_run(folded, comma.end(), 1)
        if first and second:
            pairs.append((comma.start(), first, second))
    if not pairs:
        return folded
    glossed = {
        (first, second)
        for index, first, second in pairs
        if TWO_PART_LATIN.match(folded, index + 1 + len(second))
    }
    last_parts = {match.group(1) for match in SEPARATED_LAST_PART.finditer(folded)}
    commas = [
        index
        for index, first, second in pairs
        if (first, second) in glossed
        or (second in last_parts and not ends_a_phrase(folded, index - len(first), first))
    ]
    if not commas:
        return folded
    characters = list(folded)
    for index in commas:
        characters[index] = "·"
    return "".join(characters)


def ends_a_phrase(folded: str, start: int, run: str) -> bool:
    """Return whether a run before a comma ends a phrase, not a given name: it ends with a
    frequent word (理由并不清楚，古丽…) or is the tail of a duration (这三个月里，古丽…).
    Names here are fictional."""
    # Imported here: name_shapes reads the gazetteer's places, whose module reads Document.
    from tugan.core.extract.name_shapes import frequent_words

    after_count = start > 0 and folded[start - 1] in COUNT_CHARACTERS
    return after_count or any(run[-length:] in frequent_words() for length in (2, 3, 4))


def name_run(folded: str, edge: int, step: int) -> str:
    """Return the run of two to seven name characters ending (step -1) or starting (step 1) at
    edge, with no name separator beyond it, or ""."""
    length = 0
    index = edge - 1 if step < 0 else edge
    while 0 <= index < len(folded) and folded[index] in TRANSLITERATION_CHARACTERS and length < 8:
        length += 1
        index += step
    beyond = folded[index] if 0 <= index < len(folded) else ""
    if not 2 <= length <= 7 or (beyond != "" and beyond in NAME_SEPARATORS):
        return ""
    return folded[edge - length : edge] if step < 0 else folded[edge : edge + length]


def normalize_name(name: str) -> str:
    """Return a name as GOLD.md writes it: Simplified, "·" between Han parts, no spaces.

    "努尔兰.别克" -> "努尔兰·别克" (names here are fictional)
    """
    folded = to_simplified("".join(name.split()))
    return re.sub(
        rf"(?<=[\u3400-\u9fff])[{re.escape(NAME_SEPARATORS)}](?=[\u3400-\u9fff])", "·", folded
    )


def name_key(name: str) -> str:
    """Return what two written forms of one name share: normalize_name, case folded.

    "约买尔.艾木杜拉" and "约买尔·艾木杜拉" share one; so do "Omer Hemdulla" and "omer hemdulla".
    """
    return normalize_name(name.strip()).casefold()
