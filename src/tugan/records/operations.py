"""Each change to a person and the facts about them, as one named function with its audit entry."""

from typing import Any

from django.db import transaction

from tugan.accounts.models import AnyUser
from tugan.audit.changes import change_record
from tugan.audit.log import record_audit
from tugan.core.names.blocking import match_keys_of
from tugan.core.scripts import detect_script, to_simplified
from tugan.records import followups
from tugan.records.choices import IdentifierKind
from tugan.records.models import (
    Citation,
    ContactReport,
    Event,
    Identifier,
    Person,
    PersonName,
    Relationship,
)
from tugan.records.status import summarize_status
from tugan.sources.models import Source


def creator_fields(by: AnyUser | None) -> dict[str, Any]:
    return {"created_by": by} if by is not None and by.is_authenticated else {}


@transaction.atomic
def create_person(by: AnyUser | None = None, **fields: Any) -> Person:
    """Create a person record (without names; add them with add_person_name)."""
    person = Person.objects.create(**fields, **creator_fields(by))
    record_audit("create_person", person, by=by, changes={"fields": fields})
    followups.records_changed(persons=[person.pk])
    return person


@transaction.atomic
def set_person_fields(person: Person, by: AnyUser | None = None, **fields: Any) -> Person:
    """Change some fields of a person record (ethnicity=, residence=, ...), audited."""
    for name, value in fields.items():
        setattr(person, name, value)
    person.save(update_fields=[*fields, "updated_at"])
    changes = {name: getattr(value, "pk", value) for name, value in fields.items()}
    record_audit("set_person_fields", person, by=by, changes=changes)
    followups.records_changed(persons=[person.pk])
    return person


@transaction.atomic
def add_person_name(
    person: Person, text: str, by: AnyUser | None = None, **fields: Any
) -> PersonName:
    """Add one written form of a person's name, with its script and simplified form computed."""
    fields.setdefault("script", detect_script(text))
    fields.setdefault("confidentiality", person.confidentiality)
    fields.setdefault("is_published", person.is_published)
    name = PersonName.objects.create(
        person=person,
        text=text,
        simplified_text=to_simplified(text),
        match_keys=match_keys_of(text),
        **fields,
        **creator_fields(by),
    )
    record_audit("add_person_name", person, by=by, changes={"name": text, **fields}, part=name)
    for step in followups.after_name_added:
        step(name)
    return name


@transaction.atomic
def add_identifier(
    person: Person, kind: str, value: str, by: AnyUser | None = None, **fields: Any
) -> Identifier:
    """Add a confidential identifier (resident ID, passport, phone, WeChat id) to a person."""
    identifier = Identifier.objects.create(
        person=person, kind=kind, value=value, **fields, **creator_fields(by)
    )
    # The value itself stays out of the audit log: the log is not confidential.
    record_audit("add_identifier", person, by=by, changes={"kind": kind}, part=identifier)
    if kind == IdentifierKind.RESIDENT_ID:
        for step in followups.after_person_identified:
            step(person)
    return identifier


@transaction.atomic
def add_relationship(
    from_person: Person, kind: str, to_person: Person, by: AnyUser | None = None, **fields: Any
) -> Relationship:
    """Record that from_person is <kind> to_person (parent of, sibling of, reports on...)."""
    relationship = Relationship.objects.create(
        from_person=from_person, to_person=to_person, kind=kind, **fields, **creator_fields(by)
    )
    record_audit(
        "add_relationship",
        from_person,
        by=by,
        changes={"kind": kind, "to": to_person.public_id},
        part=relationship,
    )
    return relationship


@transaction.atomic
def add_event(by: AnyUser | None = None, **fields: Any) -> Event:
    """Record an event about a person, an unnamed relative of one, or a group."""
    event = Event.objects.create(**fields, **creator_fields(by))
    if event.person is not None:
        refresh_status_summary(event.person)
    subject = event.person or event.relative_of or event
    record_audit(
        "add_event",
        subject,
        by=by,
        changes={"event": event.pk, "type": event.type},
        part=event if subject is not event else None,
    )
    followups.records_changed(events=[event.pk])
    return event


def refresh_status_summary(person: Person) -> None:
    """Set the person's status summary from their latest dated event (else their latest one)."""
    events = list(person.events.all())
    if not events:
        return
    summary = summarize_status(events)
    Person.objects.filter(pk=person.pk).update(status_summary=summary)
    person.status_summary = summary


@transaction.atomic
def cite_source(
    source: Source,
    quote: str,
    by: AnyUser | None = None,
    start: int | None = None,
    **fact: Any,
) -> Citation:
    """Point a fact (event=, person_name=, relationship= or person=) at the source stating it.

    The quote's offsets are found in the source text when it occurs there; a start offset
    that is given is kept if the quote is at it (a quote may occur more than once).
    """
    if start is None or source.text[start : start + len(quote)] != quote:
        start = source.text.find(quote) if quote else -1
    fact.setdefault("confidentiality", source.confidentiality)
    fact.setdefault("is_published", source.is_published)
    citation = Citation.objects.create(
        source=source,
        quote=quote,
        start=start if start >= 0 else None,
        end=start + len(quote) if start >= 0 else None,
        **fact,
        **creator_fields(by),
    )
    record_audit(
        "cite_source",
        source,
        by=by,
        changes={"citation": citation.pk, "quote": quote},
        part=citation,
    )
    # An undated event or contact report takes its date from its sources' publication.
    event, report = citation.event, citation.contact_report
    followups.records_changed(
        events=[event.pk] if event is not None and event.date is None else [],
        reports=[report.pk] if report is not None and report.date is None else [],
    )
    return citation


@transaction.atomic
def add_contact_report(
    reporter: Person, outcome: str, by: AnyUser | None = None, **fields: Any
) -> ContactReport:
    """Record an attempt by a relative abroad to reach a relative inside."""
    report = ContactReport.objects.create(
        reporter=reporter, outcome=outcome, **fields, **creator_fields(by)
    )
    record_audit("add_contact_report", reporter, by=by, changes={"outcome": outcome}, part=report)
    followups.records_changed(reports=[report.pk])
    return report


def edit_person(person: Person, changes: dict[str, Any], by: AnyUser | None = None) -> Person:
    """Change a person's own fields (gender, birth date, ethnicity, places, consent, whether
    they may be named), each field kept in the person's history with its value before and
    after, and audited."""
    return change_record(person, changes, by=by)
