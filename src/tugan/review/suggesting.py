"""Turning a source's extraction into pending suggestions, each with the text span it came from."""

import json
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from tugan.accounts.roles import Confidentiality
from tugan.audit.log import record_audit
from tugan.core.extract import Extraction, extract_report
from tugan.core.text_spans import find_sentence_around
from tugan.review.models import Suggestion, SuggestionKind
from tugan.sources.models import Source


@dataclass(frozen=True)
class Draft:
    kind: str
    start: int
    end: int
    payload: dict


def valid_spans(spans, text: str) -> list[list[int]]:
    """Return the spans that lie inside the text, as [start, end] lists in text order."""
    return sorted([start, end] for start, end in spans if 0 <= start < end <= len(text))


def draft_persons(extraction: Extraction) -> list[Draft]:
    """Return one draft per person found: name, aliases, Latin form, ethnicity, residence."""
    drafts = []
    for person in extraction.persons:
        spans = valid_spans(person.spans, extraction.text)
        start, end = spans[0] if spans else (0, 0)
        payload = {
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
        payload = {"key": place.key, "name": extraction.text[start:end], "spans": spans}
        drafts.append(Draft(SuggestionKind.PLACE, start, end, payload))
    return drafts


def draft_events(extraction: Extraction) -> list[Draft]:
    """Return one draft per event; its quote is the sentence around the words that state it."""
    drafts = []
    for event in extraction.events:
        spans = valid_spans(event.spans, extraction.text)
        start, end = spans[0] if spans else (0, 0)
        quote = list(find_sentence_around(extraction.text, start, end)) if spans else None
        payload = {**event.to_gold_dict(), "spans": spans, "quote": quote}
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
        payload = {
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


def payload_key(payload: dict) -> str:
    """Return a payload as comparable text (PostgreSQL's jsonb does not keep key order)."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def suggestion_level(source: Source, kind: str) -> str:
    """Return a suggestion's confidentiality: its source's, and always confidential for IDs."""
    if kind == SuggestionKind.IDENTIFIER:
        return Confidentiality.CONFIDENTIAL
    return source.confidentiality


@transaction.atomic
def suggest_facts(source: Source, by=None) -> list[Suggestion]:
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
