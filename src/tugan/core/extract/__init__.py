"""Extraction of persons, places, events and resident IDs from a report's text.

`extract_report(text, published)` returns an `Extraction`; `to_gold_dict(doc)` gives the JSON
structure of shared/corpus/GOLD.md. Every item carries its (start, end) spans in `text` (the
`ArticleText.text` of the report), so that a reviewer can see where it was read.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tugan.core.encodings import decode_text
from tugan.core.extract.document import Document
from tugan.core.extract.events import EventFinding, find_events
from tugan.core.extract.name_finder import find_tagged_names
from tugan.core.extract.name_tagger import NameTagger, shipped_name_tagger
from tugan.core.extract.persons import (
    PersonFinder,
    PersonFinding,
    find_cued_persons,
    find_persons_first_pass,
    find_persons_second_pass,
)
from tugan.core.extract.places import PlaceMention, find_media, find_places
from tugan.core.extract.residence import find_residences
from tugan.core.formats import InputFormatError
from tugan.core.formats.archive import (
    ArchivedReport,
    parse_archived_report,
    salvage_archived_report,
)
from tugan.core.html_text import extract_article_text
from tugan.core.resident_id import ResidentIdMention, find_resident_ids


@dataclass
class PlaceFinding:
    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Extraction:
    text: str
    published: date | None
    persons: list[PersonFinding]
    authors: list[str]
    author_spans: list[tuple[int, int]]
    places: list[PlaceFinding]
    events: list[EventFinding]
    resident_ids: list[ResidentIdMention]

    def to_gold_dict(self, doc_name: str) -> dict[str, Any]:
        """Return the GOLD.md JSON structure for this extraction, with doc set to doc_name."""
        return {
            "doc": doc_name,
            "published": self.published.isoformat() if self.published else None,
            "persons": [
                {
                    "name": person.name,
                    "aliases": list(person.aliases),
                    "latin": person.latin,
                    "ethnicity": person.ethnicity,
                    "residence": person.residence,
                }
                for person in self.persons
            ],
            "authors": list(self.authors),
            "places": [place.key for place in self.places],
            "events": [event.to_gold_dict() for event in self.events],
        }

    def to_dict(self, doc_name: str) -> dict[str, Any]:
        """Return the GOLD.md structure plus the spans of every item (for review screens)."""
        data = self.to_gold_dict(doc_name)
        for item, person in zip(data["persons"], self.persons, strict=True):
            item["spans"] = [list(span) for span in person.spans]
        data["author_spans"] = [list(span) for span in self.author_spans]
        data["place_spans"] = {
            place.key: [list(span) for span in place.spans] for place in self.places
        }
        for item, event in zip(data["events"], self.events, strict=True):
            item["spans"] = [list(span) for span in event.spans]
        data["resident_ids"] = [
            {
                "number": mention.resident_id.number,
                "span": [mention.start, mention.end],
                "birth_date": mention.resident_id.birth_date.isoformat(),
                "sex": mention.resident_id.sex,
                "county": mention.resident_id.place.key if mention.resident_id.place else None,
            }
            for mention in self.resident_ids
        ]
        return data


def group_places(mentions: list[PlaceMention]) -> list[PlaceFinding]:
    """Return one PlaceFinding per key, in order of first mention."""
    by_key: dict[str, PlaceFinding] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, PlaceFinding(mention.key)).spans.append(
            (mention.start, mention.end)
        )
    return list(by_key.values())


@dataclass(frozen=True)
class ExtractionModels:
    """The learned parts of extraction; None leaves a part to the rules alone."""

    name_tagger: NameTagger | None = None


def shipped_models() -> ExtractionModels:
    """Return the learned parts shipped in tugan.core.data (trained by bench/train_extract.py)."""
    return ExtractionModels(name_tagger=shipped_name_tagger())


@dataclass
class RuleReading:
    """A document as the rules have read it before the learned parts correct it."""

    document: Document
    resident_ids: list[ResidentIdMention]
    person_finder: PersonFinder
    place_mentions: list[PlaceMention]


def read_with_rules(text: str, published: date | None) -> RuleReading:
    """Return the document with resident IDs, media, places and rule-found names claimed."""
    document = Document(text, published)
    resident_ids = find_resident_ids(text)
    for mention in resident_ids:
        document.claim(mention.start, mention.end, "identifier")
    find_media(document)
    finder = find_persons_first_pass(document)
    place_mentions = find_places(document)
    find_cued_persons(finder)
    return RuleReading(document, resident_ids, finder, place_mentions)


def extract_report(
    text: str, published: date | None, models: ExtractionModels | None = None
) -> Extraction:
    """Return the persons, authors, places, events and resident IDs that text states.

    models defaults to the shipped learned parts (shipped_models()).
    """
    models = shipped_models() if models is None else models
    reading = read_with_rules(text, published)
    document = reading.document
    if models.name_tagger is not None:
        reading.person_finder.apply_tagged_spans(models.name_tagger.spans(document))
        find_tagged_names(reading.person_finder, models.name_tagger)
    person_result = find_persons_second_pass(reading.person_finder)
    find_residences(document, person_result.persons, reading.place_mentions)
    events = find_events(document, person_result.persons, reading.place_mentions)
    return Extraction(
        text=text,
        published=published,
        persons=person_result.persons,
        authors=person_result.authors,
        author_spans=person_result.author_spans,
        places=group_places(reading.place_mentions),
        events=events,
        resident_ids=reading.resident_ids,
    )


def read_archived_report(data: bytes) -> tuple[str, date | None]:
    """Return the article text (body and captions) and publication date of an archived report."""
    return article_of(parse_archived_report(data))


def article_of(report: ArchivedReport) -> tuple[str, date | None]:
    """Return the article text (body and captions) and publication date of a parsed report."""
    text = extract_article_text(report.body_html).text
    return text, report.published.date() if report.published else None


def extract_archived_report(data: bytes) -> tuple[Extraction, str | None]:
    """Return the extraction for an archived report's bytes (GOLD.md's document format), and
    the problem of a file not quite in that format, whose readable part was extracted.

    Raises InputFormatError when nothing in the file can be read.
    """
    data = decode_text(data).text.encode("utf-8")  # GBK and Big5 too, as import reads them
    problem = None
    try:
        report = parse_archived_report(data)
    except InputFormatError as error:
        try:
            report = salvage_archived_report(data)
        except InputFormatError:
            raise error from None
        problem = str(error)
    return extract_report(*article_of(report)), problem
