"""Exports of persons, events and sources, as one viewer would see them."""

import io
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from tugan.accounts.models import AnyUser, User
from tugan.accounts.roles import Confidentiality, Role
from tugan.core.csv_cells import FormulaSafeWriter
from tugan.records.models import Event, Person
from tugan.records.reading import display_name, read_relatives, read_timeline, visible_names
from tugan.records.status import summarize_status
from tugan.sources.models import Source

# Who an export at each level is made for: the public, a researcher, an admin.
VIEWER_ROLE = {
    Confidentiality.RESTRICTED: Role.RESEARCHER,
    Confidentiality.CONFIDENTIAL: Role.ADMIN,
}


def viewer_for_level(level: str) -> AnyUser:
    """Return an unsaved user who sees exactly the records of this export level."""
    if level == Confidentiality.PUBLIC:
        return AnonymousUser()
    return User(username=f"export-{level}", role=VIEWER_ROLE[Confidentiality(level)])


def describe_event(event: Event) -> dict[str, Any]:
    """Return an event as plain data, with its visible citations."""
    return {
        "type": event.type,
        "subject": event.subject_kind,
        "relation": event.relation or None,
        "count": event.subject_count,
        "date": event.date_display or None,
        "end_date": event.end_date_display or None,
        "place": event.place.key if event.place else None,
        "years": "life" if event.is_life_term else event.term_years,
        "channel": event.channel or None,
        "citations": [
            {"source": citation.source.public_id, "quote": citation.quote}
            for citation in event.visible_citations
        ],
    }


def describe_person_facts(person: Person) -> dict[str, Any]:
    """Return a person's own facts as plain data, with the names the read function prefetched
    as visible_names (the JSON export and the API both describe a person so)."""
    return {
        "names": [
            {"text": n.text, "script": n.script, "language": n.language, "kind": n.kind}
            for n in person.visible_names
        ],
        "gender": person.gender,
        "birth_date": person.birth_date_display or None,
        "ethnicity": person.ethnicity or None,
        "hometown": person.hometown.key if person.hometown else None,
        "residence": person.residence.key if person.residence else None,
    }


def export_records(level: str) -> dict[str, Any]:
    """Return every record visible at this level as plain data (JSON-ready)."""
    viewer = viewer_for_level(level)
    persons = (
        Person.objects.visible_to(viewer)
        .filter(merged_into__isnull=True)
        .select_related("hometown", "residence")
        .prefetch_related(visible_names(viewer))
    )
    exported_persons = []
    for person in persons:
        timeline = read_timeline(viewer, person)
        entry = {
            "id": person.public_id,
            "name": display_name(person),
            **describe_person_facts(person),
            # From the events this level shows: the stored summary may state a hidden one.
            "status": summarize_status([e for e in timeline if e.person_id == person.pk]),
            "relatives": [
                {"id": r["person"].public_id, "relation": r["kind"]}
                for r in read_relatives(viewer, person)
            ],
            "events": [describe_event(event) for event in timeline],
        }
        if level != Confidentiality.PUBLIC:
            # Each as visible_to allows: contact details may be restricted, none is public.
            entry["identifiers"] = [
                {"kind": i.kind, "value": i.value} for i in person.identifiers.visible_to(viewer)
            ]
        exported_persons.append(entry)
    sources = [
        {
            "id": s.public_id,
            "title": s.title,
            "url": s.url,
            "publisher": s.publisher,
            "published": s.published.isoformat() if s.published else None,
            "sha256": s.sha256,
        }
        for s in Source.objects.visible_to(viewer)
    ]
    return {
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "level": level,
        "persons": exported_persons,
        "sources": sources,
    }


def export_csv(level: str, table: str) -> str:
    """Return one table of the export (persons, events or sources) as CSV text."""
    data = export_records(level)
    output = io.StringIO()
    writer = FormulaSafeWriter(output)
    if table == "persons":
        writer.writerow(
            [
                "id",
                "name",
                "other_names",
                "gender",
                "birth_date",
                "ethnicity",
                "hometown",
                "residence",
                "status",
            ]
        )
        for p in data["persons"]:
            others = " | ".join(n["text"] for n in p["names"] if n["text"] != p["name"])
            writer.writerow(
                [
                    p["id"],
                    p["name"],
                    others,
                    p["gender"],
                    p["birth_date"] or "",
                    p["ethnicity"] or "",
                    p["hometown"] or "",
                    p["residence"] or "",
                    p["status"],
                ]
            )
    elif table == "events":
        writer.writerow(
            [
                "person",
                "type",
                "subject",
                "relation",
                "date",
                "place",
                "years",
                "channel",
                "sources",
            ]
        )
        for p in data["persons"]:
            for e in p["events"]:
                writer.writerow(
                    [
                        p["id"],
                        e["type"],
                        e["subject"],
                        e["relation"] or "",
                        e["date"] or "",
                        e["place"] or "",
                        e["years"] or "",
                        e["channel"] or "",
                        " ".join(c["source"] for c in e["citations"]),
                    ]
                )
    elif table == "sources":
        writer.writerow(["id", "title", "url", "publisher", "published", "sha256"])
        for s in data["sources"]:
            writer.writerow(
                [s["id"], s["title"], s["url"], s["publisher"], s["published"] or "", s["sha256"]]
            )
    else:
        raise ValueError(f"unknown table {table!r}: choose persons, events or sources")
    return output.getvalue()
