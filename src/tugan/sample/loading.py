"""Loading the fictional demo sample into an empty database."""

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from django.db import transaction

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality, strictest_level
from tugan.audit.log import record_audit
from tugan.records import followups, operations
from tugan.records.importing import import_person_csv
from tugan.records.models import Event, Person, PersonName, Relationship
from tugan.records.partial_dates import parse_partial_date
from tugan.records.places import get_or_create_place
from tugan.sample.families import (
    FOUNDING_REPORT_GROUPS,
    SMALL_GROUP,
    FamilyGroup,
    build_families_csv,
)
from tugan.sources.importing import import_paths
from tugan.sources.models import Source

SAMPLE_DIR = Path(str(resources.files("tugan.sample")))
DEMO_GROUPS = (*FOUNDING_REPORT_GROUPS, SMALL_GROUP)


@dataclass(frozen=True)
class SampleSummary:
    persons: int
    sources: int
    events: int
    relationships: int
    contact_reports: int
    families: int = 0


def publication_fields(record: dict[str, Any]) -> dict[str, Any]:
    """Return confidentiality and publication: the sample publishes exactly its public records."""
    level = record.get("confidentiality", Confidentiality.RESTRICTED)
    return {"confidentiality": level, "is_published": level == Confidentiality.PUBLIC}


def load_sample(by: AnyUser | None = None) -> SampleSummary:
    """Import the sample reports and create its persons, names, events and reports."""
    sample = json.loads((SAMPLE_DIR / "sample.json").read_text(encoding="utf-8"))
    outcome = import_paths([SAMPLE_DIR / "reports"], by=by)
    if outcome.rejected:
        raise ValueError(f"the bundled sample has bad reports: {outcome.rejected}")
    with transaction.atomic(), followups.changes_gathered():
        sources = load_sources(sample["sources"], by)
        persons = load_persons(sample["persons"], by)
        for relationship in sample["relationships"]:
            operations.add_relationship(
                persons[relationship["from"]],
                relationship["kind"],
                persons[relationship["to"]],
                by=by,
                **publication_fields(
                    {
                        "confidentiality": strictest_level(
                            persons[relationship["from"]].confidentiality,
                            persons[relationship["to"]].confidentiality,
                        )
                    }
                ),
            )
        for event in sample["events"]:
            load_event(event, persons, sources, by)
        for report in sample["contact_reports"]:
            date, precision = parse_partial_date(report.get("date"))
            operations.add_contact_report(
                persons[report["reporter"]],
                report["outcome"],
                by=by,
                relative=persons.get(report.get("relative")),
                date=date,
                date_precision=precision,
                channel=report.get("channel") or "",
                note=report.get("note", ""),
                **publication_fields(
                    {"confidentiality": persons[report["reporter"]].confidentiality}
                ),
            )
    families = load_families(by)
    return SampleSummary(
        families=families,
        persons=len(persons) + 2 * families,
        sources=len(sources),
        events=len(sample["events"]),
        relationships=len(sample["relationships"]),
        contact_reports=len(sample["contact_reports"]),
    )


def load_families(by: AnyUser | None = None, groups: tuple[FamilyGroup, ...] = DEMO_GROUPS) -> int:
    """Import the fictional families of sample/families.py and publish them; return how many.

    They go through the person CSV importer, which stores persons unpublished; the demo then
    publishes them (with an audit entry per person) so the public monitor and map show them.
    """
    planted = build_families_csv(groups, level=Confidentiality.PUBLIC)
    outcome = import_person_csv(planted.text.encode("utf-8"), by=by)
    if outcome.problems:
        raise ValueError(f"the bundled families are not a valid person CSV: {outcome.problems}")
    with transaction.atomic():
        pks = [person.pk for person in outcome.persons]
        Person.objects.filter(pk__in=pks).update(is_published=True)
        PersonName.objects.filter(person__in=pks).update(is_published=True)
        Event.objects.filter(person__in=pks).update(is_published=True)
        Relationship.objects.filter(to_person__in=pks).update(is_published=True)
        followups.records_changed(persons=pks)
        for person in outcome.persons:
            record_audit("publish_person", person, by=by, changes={"is_published": True})
    return sum(group.families for group in groups)


def load_sources(entries: list[dict[str, Any]], by: AnyUser | None) -> dict[str, Source]:
    """Set each sample source's confidentiality and reliability; return sources by file name."""
    sources = {}
    for entry in entries:
        source = Source.objects.get(original_name=Path(entry["file"]).name)
        fields = publication_fields(entry) | {"reliability": entry.get("reliability", "unknown")}
        Source.objects.filter(pk=source.pk).update(**fields)
        source.refresh_from_db()
        record_audit("update_source", source, by=by, changes=fields)
        # Its level and publication decide who counts the undated reports it dates.
        followups.records_changed(sources=[source.pk])
        sources[entry["file"]] = source
    return sources


def load_persons(entries: list[dict[str, Any]], by: AnyUser | None) -> dict[str, Any]:
    """Create the sample persons with their names and identifiers; return them by key."""
    persons = {}
    for entry in entries:
        birth_date, precision = parse_partial_date(entry.get("birth_date"))
        person = operations.create_person(
            by=by,
            gender=entry.get("gender", "unknown"),
            birth_date=birth_date,
            birth_date_precision=precision,
            ethnicity=entry.get("ethnicity") or "",
            hometown=get_or_create_place(entry.get("hometown")),
            residence=get_or_create_place(entry.get("residence")),
            consent=entry.get("consent", "unknown"),
            **publication_fields(entry),
        )
        for name in entry["names"]:
            operations.add_person_name(
                person,
                name["text"],
                by=by,
                script=name["script"],
                language=name.get("language", ""),
                kind=name.get("kind", "primary"),
            )
        for identifier in entry.get("identifiers", []):
            operations.add_identifier(person, identifier["kind"], identifier["value"], by=by)
        persons[entry["key"]] = person
    return persons


def load_event(
    entry: dict[str, Any], persons: dict[str, Any], sources: dict[str, Any], by: AnyUser | None
) -> None:
    """Create one sample event with its citations."""
    subject = entry["subject"]
    date, precision = parse_partial_date(entry.get("date"))
    end_date, end_precision = parse_partial_date(entry.get("end_date"))
    years = entry.get("years")
    fields = {
        "type": entry["type"],
        "date": date,
        "date_precision": precision,
        "end_date": end_date,
        "end_date_precision": end_precision,
        "place": get_or_create_place(entry.get("place")),
        "term_years": years if isinstance(years, int) else None,
        "is_life_term": years == "life",
        "facility": entry.get("facility") or "",
        "channel": entry.get("channel") or "",
        "review_state": "confirmed",
    }
    if "person" in subject:
        fields["person"] = persons[subject["person"]]
    elif "relative_of" in subject:
        fields["relative_of"] = persons[subject["relative_of"]]
        fields["relation"] = subject.get("relation", "relative")
        fields["subject_count"] = subject.get("count")
    else:
        fields["group_ethnicity"] = subject["group"].get("ethnicity") or ""
        fields["group_place"] = get_or_create_place(subject["group"].get("place"))
    level = entry.get("confidentiality", Confidentiality.RESTRICTED)
    anchor = fields.get("person") or fields.get("relative_of")
    if anchor is not None:
        level = strictest_level(level, anchor.confidentiality)
    event = operations.add_event(by=by, **fields, **publication_fields({"confidentiality": level}))
    for citation in entry.get("citations", []):
        source = sources[citation["source"]]
        quote = citation["quote"]
        if quote not in source.text:
            raise ValueError(f"sample citation not found in {citation['source']}: {quote!r}")
        operations.cite_source(
            source,
            quote,
            by=by,
            event=event,
            **publication_fields(
                {"confidentiality": strictest_level(source.confidentiality, event.confidentiality)}
            ),
        )
