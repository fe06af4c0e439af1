"""A report's text prepared for extraction: folded to Simplified with the same offsets."""

import re
from dataclasses import dataclass, field
from datetime import date

from tugan.core.scripts import to_simplified

# Separators between the parts of a transliterated name (GOLD.md normalises them to U+00B7).
NAME_SEPARATORS = "·.•‧・･-‐－﹒．∙⋅ꞏ"
SENTENCE_END = re.compile(r"[。！？!?\n]+|[;；](?=\s*\S)")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n、]")
# Two separators typed in a row inside a name (阿里.·托合提): read as one, with the same length.
DOUBLED_SEPARATOR = re.compile(
    rf"(?<=[\u3400-\u9fff])[{re.escape(NAME_SEPARATORS)}]{{2}}(?=[\u3400-\u9fff])"
)


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
        self.folded = DOUBLED_SEPARATOR.sub(" ·", fold_same_length(self.text))
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
