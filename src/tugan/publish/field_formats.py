"""Exports in the field's formats: HURIDOCS Events Standard Formats, and Popolo persons.

Both are built from the records of a level's export (selection.py), so they hold what the
viewer of that level may see and nothing else. docs/open-data.md documents every mapping.
"""

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from tugan.core.huridocs import huridocs_term
from tugan.publish.selection import Selection, select_records
from tugan.records.choices import DatePrecision, NameKind
from tugan.records.partial_dates import format_partial_date

HURIDOCS_FILES = {
    "events.csv": [
        "event_record_number", "event_title", "geographical_term", "initial_date",
        "initial_date_type", "final_date", "final_date_type", "tugan_event_type",
        "confidentiality",
    ],
    "acts.csv": [
        "act_record_number", "event", "victim", "victim_description", "type_of_act_code",
        "type_of_act", "tugan_event_type", "initial_date", "initial_date_type", "final_date",
        "final_date_type", "location", "detention_facility", "term_years", "channel",
    ],
    "victims.csv": [
        "person_record_number", "name", "other_names", "sex_code", "sex", "date_of_birth",
        "date_of_birth_type", "ethnic_background", "local_geographical_area", "residence",
        "status",
    ],
    "sources.csv": [
        "source_record_number", "name", "type_of_source", "title", "url", "date_of_source",
        "language", "reliability_code", "reliability", "sha256",
    ],
    "information.csv": [
        "information_record_number", "source", "event", "victim", "date_of_source_material",
        "reliability_code", "reliability", "remarks", "quote_start", "quote_end",
    ],
}  # fmt: skip


def date_type(precision: str) -> str:
    """Return ESF's date type: exact for a day, estimate for a month or year, unknown else."""
    if precision == DatePrecision.DAY:
        return "exact"
    if precision in {DatePrecision.MONTH, DatePrecision.YEAR}:
        return "estimate"
    return "unknown"


def partial(fields: dict[str, Any], name: str) -> str:
    """Return a serialized record's date at its precision ("2018-05")."""
    import datetime

    value = fields.get(name)
    if not value:
        return ""
    day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
    return format_partial_date(day, fields.get(f"{name}_precision", DatePrecision.DAY))


def names_by_person(selection: Selection) -> dict[int, list[dict[str, Any]]]:
    """Return each person's exported names, the primary ones first."""
    names: dict[int, list[dict[str, Any]]] = {}
    for row in selection.of("records.personname"):
        names.setdefault(row["fields"]["person"], []).append(row["fields"])
    for forms in names.values():
        forms.sort(key=lambda form: form["kind"] != NameKind.PRIMARY)
    return names


def person_label(
    persons: dict[int, dict[str, Any]], names: dict[int, list[dict[str, Any]]], pk: int | None
) -> str:
    if pk is None:
        return ""
    forms = names.get(pk) or []
    label: str = forms[0]["text"] if forms else persons[pk]["public_id"]
    return label


def huridocs_rows(selection: Selection) -> dict[str, list[dict[str, Any]]]:
    """Return the ESF records (events, acts, victims, sources, information) of an export."""
    persons = {row["pk"]: row["fields"] for row in selection.of("records.person")}
    places = {row["pk"]: row["fields"] for row in selection.of("records.place")}
    sources = {row["pk"]: row["fields"] for row in selection.of("sources.source")}
    names = names_by_person(selection)

    def place_label(pk: int | None) -> str:
        if pk is None:
            return ""
        place = places[pk]
        label = place["names"].get("en") or place["names"].get("zh") or ""
        return f"{place['key']} {label}".strip()

    def public_id(pk: int | None) -> str:
        return persons[pk]["public_id"] if pk is not None else ""

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in HURIDOCS_FILES}
    for row in selection.of("records.event"):
        event, number = row["fields"], f"EV-{row['pk']:06d}"
        subject = event["person"] or event["relative_of"]
        title = f"{event['type']}: {person_label(persons, names, subject)}".rstrip(": ")
        rows["events.csv"].append({
            "event_record_number": number,
            "event_title": title,
            "geographical_term": place_label(event["place"] or event["group_place"]),
            "initial_date": partial(event, "date"),
            "initial_date_type": date_type(event["date_precision"]),
            "final_date": partial(event, "end_date"),
            "final_date_type": date_type(event["end_date_precision"]) if event["end_date"] else "",
            "tugan_event_type": event["type"],
            "confidentiality": event["confidentiality"],
        })  # fmt: skip
        act = huridocs_term("act_type", event["type"])
        victim_description = ""
        if event["relative_of"]:
            count = f" ×{event['subject_count']}" if event["subject_count"] else ""
            victim_description = f"unnamed {event['relation']}{count} of {public_id(subject)}"
        elif not event["person"]:
            victim_description = f"group: {event['group_ethnicity']}".rstrip(": ")
        rows["acts.csv"].append({
            "act_record_number": f"ACT-{row['pk']:06d}",
            "event": number,
            "victim": public_id(event["person"]),
            "victim_description": victim_description,
            "type_of_act_code": act.code,
            "type_of_act": act.term,
            "tugan_event_type": event["type"],
            "initial_date": partial(event, "date"),
            "initial_date_type": date_type(event["date_precision"]),
            "final_date": partial(event, "end_date"),
            "final_date_type": date_type(event["end_date_precision"]) if event["end_date"] else "",
            "location": place_label(event["place"]),
            "detention_facility": event["facility"],
            "term_years": "life" if event["is_life_term"] else event["term_years"] or "",
            "channel": event["channel"],
        })  # fmt: skip
    for pk, person in persons.items():
        sex = huridocs_term("sex", person["gender"])
        forms = names.get(pk) or []
        rows["victims.csv"].append({
            "person_record_number": person["public_id"],
            "name": person_label(persons, names, pk),
            "other_names": " | ".join(f"{f['text']} ({f['script']})" for f in forms[1:]),
            "sex_code": sex.code,
            "sex": sex.term or person["gender"],
            "date_of_birth": partial(person, "birth_date"),
            "date_of_birth_type": date_type(person["birth_date_precision"]),
            "ethnic_background": person["ethnicity"],
            "local_geographical_area": place_label(person["hometown"]),
            "residence": place_label(person["residence"]),
            "status": person["status_summary"],
        })  # fmt: skip
    for source in sources.values():
        reliability = huridocs_term("reliability", source["reliability"])
        rows["sources.csv"].append({
            "source_record_number": source["public_id"],
            "name": source["publisher"],
            "type_of_source": source["kind"],
            "title": source["title"],
            "url": source["url"],
            "date_of_source": (str(source["published"] or ""))[:10],
            "language": source["language"],
            "reliability_code": reliability.code,
            "reliability": reliability.term,
            "sha256": source["sha256"],
        })  # fmt: skip
    events = {row["pk"]: row["fields"] for row in selection.of("records.event")}
    name_owner = {row["pk"]: row["fields"]["person"] for row in selection.of("records.personname")}
    for row in selection.of("records.citation"):
        citation = row["fields"]
        source = sources[citation["source"]]
        reliability = huridocs_term("reliability", source["reliability"])
        event = events.get(citation["event"]) if citation["event"] else None
        victim = citation["person"] or name_owner.get(citation["person_name"])
        if event is not None:
            victim = victim or event["person"]
        rows["information.csv"].append({
            "information_record_number": f"INF-{row['pk']:06d}",
            "source": source["public_id"],
            "event": f"EV-{citation['event']:06d}" if citation["event"] else "",
            "victim": public_id(victim),
            "date_of_source_material": (str(source["published"] or ""))[:10],
            "reliability_code": reliability.code,
            "reliability": reliability.term,
            "remarks": citation["quote"],
            "quote_start": citation["start"],
            "quote_end": citation["end"],
        })  # fmt: skip
    return rows


def write_huridocs_export(level: str, out: Path) -> dict[str, int]:
    """Write the HURIDOCS ESF export (a zip of five CSV files); return the rows of each."""
    rows = huridocs_rows(select_records(level))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, columns in HURIDOCS_FILES.items():
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows[name])
            archive.writestr(name, text.getvalue())
    return {name: len(records) for name, records in rows.items()}


def popolo_document(selection: Selection) -> dict[str, Any]:
    """Return the export's persons in Popolo JSON (popoloproject.com), with their sources."""
    persons = {row["pk"]: row["fields"] for row in selection.of("records.person")}
    names = names_by_person(selection)
    sources = {row["pk"]: row["fields"] for row in selection.of("sources.source")}
    links: dict[int, dict[str, dict[str, Any]]] = {}
    events = {row["pk"]: row["fields"] for row in selection.of("records.event")}
    name_owner = {row["pk"]: row["fields"]["person"] for row in selection.of("records.personname")}
    for row in selection.of("records.citation"):
        citation = row["fields"]
        event = events.get(citation["event"]) or {}
        owner = citation["person"] or name_owner.get(citation["person_name"]) or event.get("person")
        source = sources[citation["source"]]
        if owner and source["url"]:
            links.setdefault(owner, {})[source["url"]] = {
                "url": source["url"],
                "note": source["title"],
            }
    document: dict[str, list[dict[str, Any]]] = {"persons": [], "memberships": []}
    for pk, person in persons.items():
        forms = names.get(pk) or []
        entry = {
            "id": person["public_id"],
            "name": forms[0]["text"] if forms else person["public_id"],
            "other_names": [
                {"name": f["text"], "note": f"{f['kind']}, script {f['script']}"}
                | ({"lang": f["language"]} if f["language"] else {})
                for f in forms[1:]
            ],
            "gender": person["gender"] if person["gender"] != "unknown" else None,
            "birth_date": partial(person, "birth_date") or None,
            "summary": person["status_summary"] or None,
            "links": list(links.get(pk, {}).values()),
        }
        document["persons"].append({key: value for key, value in entry.items() if value})
    return document


def write_popolo_export(level: str, out: Path) -> int:
    """Write the Popolo JSON of the persons at this level; return how many persons."""
    document = popolo_document(select_records(level))
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(document["persons"])
