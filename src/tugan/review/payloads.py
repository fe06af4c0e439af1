"""What a suggestion's payload holds, by kind: the JSON in Suggestion.payload (and in a
decision's payload_before).

Written by extraction and the reviewer's span selection (review/suggesting.py) and by the
edit forms (review/forms.py); read by the decisions, the review pages, the API and the CLI.
The stored JSON carries no type of its own: a suggestion's kind says which payload it holds,
and payload_of_kind is the one place that reads it so.
"""

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, cast

if TYPE_CHECKING:
    from tugan.review.models import Suggestion


class SpanFields(TypedDict, total=False):
    # Where the source states it: [start, end] offsets in its text, in text order.
    spans: list[list[int]]


class PersonPayload(SpanFields, total=False):
    name: str
    aliases: list[str]
    latin: str | None
    ethnicity: str | None  # records.choices.Ethnicity
    residence: str | None  # a gazetteer key


class PlacePayload(SpanFields, total=False):
    key: str  # a gazetteer key; "" when the words name no single place
    name: str  # the words of the text that name it


class GroupSubject(TypedDict, total=False):
    ethnicity: str | None
    place: str | None  # a gazetteer key


class EventSubject(TypedDict, total=False):
    """Whom an event befell: a named person, an unnamed relative of one, or a group."""

    person: str  # as the source names them
    relative_of: str
    relation: str  # records.choices.Relation
    count: int
    group: GroupSubject


class EventPayload(SpanFields, total=False):
    """An event as shared/corpus/GOLD.md writes it, with where the source states it."""

    type: str  # records.choices.EventType
    subject: EventSubject
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    years: int | str | None  # a term in years, or "life"
    place: str | None  # a gazetteer key
    channel: str | None  # records.choices.Channel
    quote: list[int] | None  # [start, end] of the sentence its citation quotes


class IdentifierPayload(SpanFields, total=False):
    """A resident ID number (GB 11643), what it encodes, and the name of its holder (no
    spans: the suggestion's own start and end say where the number is)."""

    number: str
    birth_date: str  # ISO date
    sex: str
    county: str | None  # a gazetteer key
    person: str | None  # the holder, by name or TG- id


SuggestionPayload: TypeAlias = PersonPayload | PlacePayload | EventPayload | IdentifierPayload


def person_payload(suggestion: "Suggestion") -> PersonPayload:
    """Return a person suggestion's payload."""
    return cast(PersonPayload, payload_of_kind(suggestion, "person"))


def place_payload(suggestion: "Suggestion") -> PlacePayload:
    """Return a place suggestion's payload."""
    return cast(PlacePayload, payload_of_kind(suggestion, "place"))


def event_payload(suggestion: "Suggestion") -> EventPayload:
    """Return an event suggestion's payload."""
    return cast(EventPayload, payload_of_kind(suggestion, "event"))


def identifier_payload(suggestion: "Suggestion") -> IdentifierPayload:
    """Return a resident ID suggestion's payload."""
    return cast(IdentifierPayload, payload_of_kind(suggestion, "identifier"))


def payload_of_kind(suggestion: "Suggestion", kind: str) -> SuggestionPayload:
    """Return the suggestion's payload, which its kind says is of this kind (else ValueError)."""
    if suggestion.kind != kind:
        raise ValueError(f"suggestion {suggestion.pk} is a {suggestion.kind}, not a {kind}")
    return suggestion.payload


def edited_payload(before: SuggestionPayload, edits: SuggestionPayload) -> SuggestionPayload:
    """Return a payload with a reviewer's edits (from its kind's form) written over it."""
    return cast(SuggestionPayload, {**before, **edits})


def event_payload_from(found: dict[str, Any]) -> EventPayload:
    """Return an extracted event (EventFinding.to_gold_dict, GOLD.md's keys) as a payload."""
    return cast(EventPayload, found)
