"""Records as the API returns them: plain dicts of what the read functions let the user see."""

from typing import Any

from tugan.records.exporting import describe_person_facts
from tugan.records.models import Citation, ContactReport, Event, Person, Place, Relationship
from tugan.records.reading import display_name
from tugan.sources.models import Source


def describe_person(person: Person, status: str) -> dict[str, Any]:
    """Return a person with the names the read function prefetched as visible_names, and the
    status the caller's visible events give (never the stored summary, which may state a
    hidden event)."""
    return {
        "id": person.public_id,
        "display_name": display_name(person),
        **describe_person_facts(person),
        "status": status,
        "confidentiality": person.confidentiality,
        "is_published": person.is_published,
    }


def describe_citation(citation: Citation) -> dict[str, Any]:
    return {
        "id": citation.pk,
        "source": citation.source.public_id,
        "quote": citation.quote,
        "start": citation.start,
        "end": citation.end,
    }


def describe_event(event: Event) -> dict[str, Any]:
    """Return an event with the citations its read function prefetched as visible_citations."""
    return {
        "id": event.pk,
        "type": event.type,
        "subject": event.subject_kind,
        "person": event.person.public_id if event.person else None,
        "relative_of": event.relative_of.public_id if event.relative_of else None,
        "relation": event.relation or None,
        "count": event.subject_count,
        "group_ethnicity": event.group_ethnicity or None,
        "group_place": event.group_place.key if event.group_place else None,
        "date": event.date_display or None,
        "end_date": event.end_date_display or None,
        "place": event.place.key if event.place else None,
        "term_years": event.term_years,
        "is_life_term": event.is_life_term,
        "facility": event.facility,
        "channel": event.channel or None,
        "confidence": event.confidence,
        "review_state": event.review_state,
        "confidentiality": event.confidentiality,
        "citations": [describe_citation(c) for c in event.visible_citations],
    }


def describe_contact_report(report: ContactReport) -> dict[str, Any]:
    return {
        "reporter": report.reporter.public_id,
        "relative": report.relative.public_id if report.relative else None,
        "date": report.date_display or None,
        "channel": report.channel or None,
        "outcome": report.outcome,
        "note": report.note,
    }


def describe_relationship(relationship: Relationship) -> dict[str, Any]:
    return {
        "id": relationship.pk,
        "from_person": relationship.from_person.public_id,
        "kind": relationship.kind,
        "to_person": relationship.to_person.public_id,
        "confidentiality": relationship.confidentiality,
    }


def describe_source(source: Source) -> dict[str, Any]:
    return {
        "id": source.public_id,
        "kind": source.kind,
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": source.published.isoformat() if source.published else None,
        "language": source.language,
        "sha256": source.sha256,
        "reliability": source.reliability,
        "confidentiality": source.confidentiality,
        "is_published": source.is_published,
    }


def describe_place(place: Place) -> dict[str, Any]:
    return {
        "key": place.key,
        "names": {language: str(name) for language, name in place.names.items()},
        "level": place.level,
        "parent": place.parent.key if place.parent else None,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }
