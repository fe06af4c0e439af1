"""What event finding reads of a document: sentences, clauses, named persons, places, dates.

An EventContext is built once per document and not changed afterwards; the mention, subject
and detail finders all read it.
"""

import bisect
import re

from tugan.core.dates import STATED_KINDS, DateMention, find_dates
from tugan.core.extract.document import Document, Span
from tugan.core.extract.event_patterns import BRACKETED, CLAUSE_BREAK, HEADLINE_SPACE
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention


class EventContext:
    """A document's text, sentences, clause breaks, person spans, places and dates (read-only)."""

    def __init__(
        self, document: Document, persons: list[PersonFinding], places: list[PlaceMention]
    ) -> None:
        self.document = document
        self.folded = document.folded
        self.persons = persons
        self.places = places
        self.dates: list[DateMention] = find_dates(self.folded, document.published)
        self.person_spans = sorted(
            (start, end, person.name) for person in persons for start, end in person.spans
        )
        self.ethnicity_of = {person.name: person.ethnicity for person in persons}
        self.mention_count = {person.name: len(person.spans) for person in persons}
        self.sentences = document.sentences()
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.breaks = self.clause_breaks()

    def sentence_index(self, position: int) -> int | None:
        """Return the index of the sentence that holds position, or None between sentences."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return index
        return None

    def next_sentence(self, sentence: Span) -> Span | None:
        """Return the sentence after sentence, or None when it is the last."""
        index = self.sentence_index(sentence.start)
        if index is None or index + 1 >= len(self.sentences):
            return None
        return self.sentences[index + 1]

    def paragraph_window(self, position: int, sentences_back: int) -> int:
        """Return where the sentence at position starts, or up to sentences_back sentences before
        it, not reaching into an earlier paragraph."""
        index = self.sentence_index(position)
        if index is None:
            return position
        first = index
        while first > 0 and index - first < sentences_back:
            if "\n" in self.folded[self.sentences[first - 1].end : self.sentences[first].start]:
                break
            first -= 1
        return self.sentences[first].start

    def sentence_of(self, position: int) -> Span:
        """Return the sentence that holds position (the whole text between sentences)."""
        index = self.sentence_index(position)
        return self.sentences[index] if index is not None else Span(0, len(self.folded))

    def stated_dates_in(self, span: Span) -> list[DateMention]:
        """Return the dates told as dates (not durations or ages) that begin in span, in order."""
        return [
            d for d in self.dates if span.start <= d.start < span.end and d.kind in STATED_KINDS
        ]

    def clause_breaks(self) -> list[int]:
        """Return the positions of clause breaks: punctuation, and spaces inside headlines."""
        folded = self.folded
        breaks = [match.start() for match in CLAUSE_BREAK.finditer(folded)]
        for match in HEADLINE_SPACE.finditer(folded):
            if self.is_headline(match.start()):
                breaks.append(match.start())
        return sorted(breaks)

    def clause_bounds(self, position: int, sentence: Span) -> tuple[int, int]:
        """Return the start and end of the clause that holds position."""
        index = bisect.bisect_left(self.breaks, position)
        start = self.breaks[index - 1] + 1 if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.folded)
        return max(start, sentence.start), min(end, sentence.end)

    def is_headline(self, position: int) -> bool:
        """Return whether the line at position has no sentence punctuation (a headline)."""
        line_start = self.folded.rfind("\n", 0, position) + 1
        line_end = self.folded.find("\n", position)
        line = self.folded[line_start : line_end if line_end >= 0 else len(self.folded)]
        return not re.search(r"[，。,；！？]", line)

    def person_ending_before(self, position: int) -> tuple[int, int, str] | None:
        """Return the person whose name ends right before position, brackets allowed between."""
        for start, end, name in reversed(self.person_spans):
            if end > position:
                continue
            gap = BRACKETED.sub("", self.folded[end:position])
            return (start, end, name) if len(gap.strip()) <= 1 else None
        return None

    def person_starting_near(self, position: int, reach: int = 2) -> tuple[int, int, str] | None:
        """Return the person named right after position, commas or an age between."""
        for start, end, name in self.person_spans:
            if (
                position <= start <= position + reach + 6
                and re.fullmatch(r"[\s，,：:（(]*(?:[0-9]{1,3}岁的)?", self.folded[position:start])
                and start - position
                <= reach
                + (len(self.folded[position:start]) if "岁" in self.folded[position:start] else 0)
            ):
                return start, end, name
            if start > position + reach:
                break
        return None

    def person_in_sentence(self, position: int, exclude: str | None = None) -> str | None:
        """Return the named person nearest to position within its sentence."""
        sentence = self.sentence_of(position)
        found = [
            (abs(start - position), name)
            for start, _, name in self.person_spans
            if sentence.start <= start < sentence.end and name != exclude
        ]
        return min(found)[1] if found else None

    def main_person(self, ethnicity: str | None) -> str | None:
        """Return the most-mentioned person of an ethnicity (the subject of the story)."""
        candidates = [name for name, value in self.ethnicity_of.items() if value == ethnicity]
        return max(candidates, key=lambda name: self.mention_count[name]) if candidates else None
