"""Turning a source's extraction into pending suggestions, each with the text span it came from."""

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.audit.log import record_audit
from tugan.core.extract import Extraction, extract_report
from tugan.core.gazetteer import load_gazetteer
from tugan.core.text_spans import find_sentence_around
from tugan.review.models import Suggestion, SuggestionKind
from tugan.review.payloads import (
    EventPayload,
    EventSubject,
    IdentifierPayload,
    PersonPayload,
    PlacePayload,
    SuggestionPayload,
    event_payload_from,
)
from tugan.sources.models import Source


@dataclass(frozen=True)
class Draft:
    kind: str
    start: int
    end: int
    payload: SuggestionPayload


def valid_spans(spans: Iterable[tuple[int, int]], text: str) -> list[list[int]]:
    """Return the spans that lie inside the text, as [start, end] lists in text order."""
    return sorted([start, end] for start, end in spans if 0 <= start < end <= len(text))


def draft_persons(extraction: Extraction) -> list[Draft]:
    """Return one draft per person found: name, aliases, Latin form, ethnicity, residence."""
    drafts = []
    for person in extraction.persons:
        spans = valid_spans(person.spans, extraction.text)
        start, end = spans[0] if spans else (0, 0)
        payload: PersonPayload = {
            "name": person.name,
            "aliases": list(person.aliases),
            "latin": person.latin,
            "ethnicity": person.ethnicity,
            "residence": person.residence,
            "spans": spans,
        }
        drafts.append(Draft(SuggestionKind.PERSON, start, end, payload))
    return drafts


def draft_places(extraction: Extraction) -> list[Draft]:
    """Return one draft per place key, with the words that named it."""
    drafts = []
    for place in extraction.places:
        spans = valid_spans(place.spans, extraction.text)
        start, end = spans[0] if spans else (0, 0)
        payload: PlacePayload = {
            "key": place.key,
            "name": extraction.text[start:end],
            "spans": spans,
        }
        drafts.append(Draft(SuggestionKind.PLACE, start, end, payload))
    return drafts


def draft_events(extraction: Extraction) -> list[Draft]:
    """Return one draft per event; its quote is the sentence around the words that state it."""
    drafts = []
    for event in extraction.events:
        spans = valid_spans(event.spans, extraction.text)
        start, end = spans[0] if spans else (0, 0)
        quote = list(find_sentence_around(extraction.text, start, end)) if spans else None
        payload = event_payload_from({**event.to_gold_dict(), "spans": spans, "quote": quote})
        drafts.append(Draft(SuggestionKind.EVENT, start, end, payload))
    return drafts


def nearest_person_before(extraction: Extraction, offset: int) -> str | None:
    """Return the person named last before offset (else the first one named), or None."""
    mentions = sorted(
        (end, person.name) for person in extraction.persons for _, end in person.spans
    )
    before = [name for end, name in mentions if end <= offset]
    if before:
        return before[-1]
    return mentions[0][1] if mentions else None


def draft_identifiers(extraction: Extraction) -> list[Draft]:
    """Return one draft per valid resident ID, guessing its holder from the names before it."""
    drafts = []
    for mention in extraction.resident_ids:
        resident_id = mention.resident_id
        payload: IdentifierPayload = {
            "number": resident_id.number,
            "birth_date": resident_id.birth_date.isoformat(),
            "sex": resident_id.sex,
            "county": resident_id.place.key if resident_id.place else None,
            "person": nearest_person_before(extraction, mention.start),
        }
        drafts.append(Draft(SuggestionKind.IDENTIFIER, mention.start, mention.end, payload))
    return drafts


def draft_suggestions(extraction: Extraction) -> list[Draft]:
    """Return the drafts for everything the extraction found, in text order."""
    drafts = [
        *draft_persons(extraction),
        *draft_places(extraction),
        *draft_events(extraction),
        *draft_identifiers(extraction),
    ]
    return sorted(drafts, key=lambda draft: (draft.start, draft.end))


def payload_key(payload: SuggestionPayload) -> str:
    """Return a payload as comparable text (PostgreSQL's jsonb does not keep key order)."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def suggestion_level(source: Source, kind: str) -> str:
    """Return a suggestion's confidentiality: its source's, and always confidential for IDs."""
    if kind == SuggestionKind.IDENTIFIER:
        return Confidentiality.CONFIDENTIAL
    return source.confidentiality


@transaction.atomic
def suggest_facts(source: Source, by: AnyUser | None = None) -> list[Suggestion]:
    """Run extraction over the source's text and store what it finds as pending suggestions.

    Suggestions the source already has (same kind, span and payload) are not stored again.
    """
    # Lock the source: two runs at once would otherwise hand out the same numbers.
    Source.objects.select_for_update().filter(pk=source.pk).first()
    published = source.published.date() if source.published else None
    drafts = draft_suggestions(extract_report(source.text, published))
    known = {
        (kind, start, end, payload_key(payload))
        for kind, start, end, payload in source.suggestions.values_list(
            "kind", "start", "end", "payload"
        )
    }
    number = source.suggestions.aggregate(Max("number"))["number__max"] or 0
    suggestions = []
    for draft in drafts:
        if (draft.kind, draft.start, draft.end, payload_key(draft.payload)) in known:
            continue
        number += 1
        suggestions.append(
            Suggestion(
                source=source,
                number=number,
                kind=draft.kind,
                start=draft.start,
                end=draft.end,
                payload=draft.payload,
                confidentiality=suggestion_level(source, draft.kind),
                is_published=False,
                created_by=by if by is not None and by.is_authenticated else None,
            )
        )
    Suggestion.objects.bulk_create(suggestions)
    kinds = Counter(suggestion.kind for suggestion in suggestions)
    record_audit(
        "suggest_facts", source, by=by, changes={"suggestions": dict(sorted(kinds.items()))}
    )
    return suggestions


# What a reviewer may add from a span of the text they selected.
SPAN_KINDS = [SuggestionKind.PERSON, SuggestionKind.PLACE, SuggestionKind.EVENT]


class SpanError(ValueError):
    """The selected span cannot carry a suggestion; the message says why."""


def check_span(source: Source, kind: str, start: int, end: int) -> str:
    """Return the selected words of the source; SpanError if kind or span is not usable."""
    if kind not in SPAN_KINDS:
        raise SpanError(_("Choose a person, an event or a place."))
    if not 0 <= start < end <= len(source.text):
        raise SpanError(
            _("The selection %(start)s–%(end)s is not inside the text of %(id)s.")
            % {"start": start, "end": end, "id": source.public_id}
        )
    words = source.text[start:end]
    if not words.strip():
        raise SpanError(_("The selection holds no words."))
    return words


def draft_from_span(source: Source, kind: str, start: int, end: int) -> SuggestionPayload:
    """Return a suggestion's payload prefilled from the selected span of the source.

    A person is named by the words; a place is the gazetteer's single place of that name; an
    event is what extraction reads in the words (else in the sentence around them), about the
    person it names (else the person named last before the words).
    """
    words = check_span(source, kind, start, end).strip()
    if kind == SuggestionKind.PERSON:
        return {"name": words, "aliases": [], "latin": None, "ethnicity": None}
    if kind == SuggestionKind.PLACE:
        places = load_gazetteer().find(words)
        return {"key": places[0].key if len(places) == 1 else "", "name": words}
    published = source.published.date() if source.published else None
    first, last = find_sentence_around(source.text, start, end)
    first, last = min(first, start), max(last, end)
    around = extract_report(source.text[first:last], published)
    # The event read from the selected words, else the first one read in their sentence.
    selected = [
        event
        for event in around.events
        if any(a < end - first and start - first < b for a, b in event.spans)
    ]
    events = selected or around.events
    found = event_payload_from(events[0].to_gold_dict() if events else {})
    subject: EventSubject = found.get("subject") or {}
    if not any(subject.get(key) for key in ["person", "relative_of", "group"]):
        named = nearest_person_before(extract_report(source.text, published), start)
        subject = {"person": named} if named else {}
    draft: EventPayload = {
        "type": found.get("type") or "",
        "subject": subject,
        "date": found.get("date"),
        "years": found.get("years"),
        "place": found.get("place"),
        "channel": found.get("channel"),
    }
    return draft


@transaction.atomic
def add_suggestion(
    source: Source,
    kind: str,
    start: int,
    end: int,
    payload: SuggestionPayload,
    by: AnyUser | None = None,
) -> Suggestion:
    """Add a pending suggestion that a reviewer read from a span of the source.

    The span's offsets become the suggestion's span (and an event's quote); it is then
    decided like any suggestion extraction made.
    """
    check_span(source, kind, start, end)
    # Lock the source: numbers are handed out one at a time.
    Source.objects.select_for_update().filter(pk=source.pk).first()
    number = (source.suggestions.aggregate(Max("number"))["number__max"] or 0) + 1
    payload = payload.copy()
    payload["spans"] = [[start, end]]
    # The kind says which payload it is (review/payloads.py).
    if kind == SuggestionKind.EVENT:
        cast(EventPayload, payload)["quote"] = [start, end]
    if kind == SuggestionKind.PLACE:
        cast(PlacePayload, payload)["name"] = source.text[start:end]
    suggestion = Suggestion.objects.create(
        source=source,
        number=number,
        kind=kind,
        start=start,
        end=end,
        payload=payload,
        confidentiality=suggestion_level(source, kind),
        is_published=False,
        created_by=by if by is not None and by.is_authenticated else None,
    )
    record_audit(
        "add_suggestion",
        source,
        by=by,
        changes={"number": number, "kind": kind, "span": [start, end]},
    )
    return suggestion
