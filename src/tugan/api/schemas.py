"""The API's typed shapes: the OpenAPI description is generated from these."""

from datetime import date
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from tugan.records.choices import Ethnicity, EventType

EventTypeValue = Literal[tuple(EventType.values)]  # type: ignore[valid-type]
EthnicityValue = Literal[tuple(Ethnicity.values)]  # type: ignore[valid-type]


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, naming the field when one is at fault.")


class FieldErrorOut(Schema):
    field: str
    message: str


class ValidationErrorOut(Schema):
    detail: str
    errors: list[FieldErrorOut]


class NameOut(Schema):
    text: str
    script: str
    language: str
    kind: str


class PersonOut(Schema):
    id: str = Field(description="Public id, e.g. TG-000123.")
    display_name: str
    names: list[NameOut]
    gender: str
    birth_date: str | None = Field(description="YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.")
    ethnicity: str | None
    hometown: str | None = Field(description="Place key, e.g. CN-654000.")
    residence: str | None
    status: str
    confidentiality: str
    is_published: bool


class CitationOut(Schema):
    id: int
    source: str = Field(description="Public id of the source, e.g. SRC-000045.")
    quote: str
    start: int | None = Field(description="Offset of the quote in the source's text.")
    end: int | None


class EventOut(Schema):
    id: int
    type: str
    subject: Literal["person", "relative", "group"]
    person: str | None
    relative_of: str | None
    relation: str | None
    count: int | None
    group_ethnicity: str | None
    group_place: str | None
    date: str | None
    end_date: str | None
    place: str | None
    term_years: int | None
    is_life_term: bool
    facility: str
    channel: str | None
    confidence: float
    review_state: str
    confidentiality: str
    citations: list[CitationOut]


class RelativeOut(Schema):
    id: str
    display_name: str
    relation: str = Field(description="What they are to this person: parent, child, sibling…")


class IdentifierOut(Schema):
    kind: str
    value: str
    is_valid: bool | None


class ContactReportOut(Schema):
    reporter: str
    relative: str | None
    date: str | None
    channel: str | None
    outcome: str
    note: str


class PersonDetailOut(PersonOut):
    merged_into: str | None
    identifiers: list[IdentifierOut]
    relatives: list[RelativeOut]
    timeline: list[EventOut]
    contact_reports: list[ContactReportOut]


class PersonPage(Schema):
    results: list[PersonOut]
    next: str | None = Field(description="Cursor of the next page; null on the last one.")


class EventPage(Schema):
    results: list[EventOut]
    next: str | None


class RelationshipOut(Schema):
    id: int
    from_person: str
    kind: str
    to_person: str
    confidentiality: str


class RelationshipPage(Schema):
    results: list[RelationshipOut]
    next: str | None


class SourceOut(Schema):
    id: str
    kind: str
    title: str
    url: str
    publisher: str
    published: str | None
    language: str
    sha256: str
    reliability: str
    confidentiality: str
    is_published: bool


class SourceDetailOut(SourceOut):
    text: str
    citations: list[CitationOut]


class SourcePage(Schema):
    results: list[SourceOut]
    next: str | None


class CitationPage(Schema):
    results: list[CitationOut]
    next: str | None


class PlaceOut(Schema):
    key: str
    names: dict[str, str]
    level: str
    parent: str | None
    latitude: float | None
    longitude: float | None


class PlacePage(Schema):
    results: list[PlaceOut]
    next: str | None


class SearchResultOut(Schema):
    kind: Literal["person", "source"]
    id: str
    title: str
    snippet: str
    names: list[str]


class SearchOut(Schema):
    query: str
    results: list[SearchResultOut]


class SuggestionOut(Schema):
    source: str
    number: int
    kind: str
    state: str
    start: int
    end: int
    quote: str
    title: str
    details: list[str]
    payload: dict[str, Any]
    person: str | None


class SuggestionPage(Schema):
    results: list[SuggestionOut]
    next: str | None


class SuggestionEditIn(Schema):
    fields: dict[str, str] = Field(
        description="The edit form's fields for this kind of suggestion (as the review page's "
        'edit form names them), e.g. {"name": "…", "aliases": "…"}.'
    )


class MatchPersonOut(Schema):
    id: str
    display_name: str


class MatchCandidateOut(Schema):
    id: int
    left: MatchPersonOut
    right: MatchPersonOut
    score: float
    state: str
    evidence: list[dict[str, Any]]


class MatchCandidatePage(Schema):
    results: list[MatchCandidateOut]
    next: str | None


class PairIn(Schema):
    other: str = Field(description="Public id of the other person, e.g. TG-000124.")


class DoneOut(Schema):
    detail: str


class Filters(Schema):
    """The search page's filters, which the lists of persons and sources take too."""

    since: date | None = None
    until: date | None = None
    publisher: str = Field("", max_length=200)
    place: str = Field("", max_length=80, description="A place key: CN-654022.")
    event_type: EventTypeValue | None = None  # type: ignore[valid-type]
    ethnicity: EthnicityValue | None = None  # type: ignore[valid-type]
