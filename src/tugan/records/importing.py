"""Import of person records from a CSV file (docs/import-csv.md): all rows or none.

The file is checked whole first (tugan.core.formats.person_csv); a file with any problem
imports nothing, and each problem names its row and column. A good file is stored in one
transaction, through the same operations as the screens, each with its audit entry.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality, strictest_level
from tugan.core.formats.person_csv import PersonRecord, Vocabularies, parse_person_csv
from tugan.core.gazetteer import load_gazetteer
from tugan.records import followups, operations
from tugan.records.choices import (
    Ethnicity,
    EventType,
    Gender,
    IdentifierKind,
    NameKind,
    Relation,
    RelationshipKind,
)
from tugan.records.models import Person, Relationship
from tugan.records.partial_dates import parse_partial_date
from tugan.records.places import get_or_create_place

# The CSV's relation says what the other person is to the row's person; the stored kind is
# what the other person is to the row's person too (from_person = the other person).
RELATIONSHIP_KINDS: dict[str, RelationshipKind] = {
    Relation.FATHER: RelationshipKind.PARENT,
    Relation.MOTHER: RelationshipKind.PARENT,
    Relation.PARENT: RelationshipKind.PARENT,
    Relation.BROTHER: RelationshipKind.SIBLING,
    Relation.SISTER: RelationshipKind.SIBLING,
    Relation.SIBLING: RelationshipKind.SIBLING,
    Relation.SON: RelationshipKind.CHILD,
    Relation.DAUGHTER: RelationshipKind.CHILD,
    Relation.CHILD: RelationshipKind.CHILD,
    Relation.SPOUSE: RelationshipKind.SPOUSE,
    Relation.COUSIN: RelationshipKind.COUSIN,
    Relation.RELATIVE: RelationshipKind.RELATIVE,
    Relation.FAMILY: RelationshipKind.RELATIVE,
}
SYMMETRIC_KINDS = {
    RelationshipKind.SIBLING,
    RelationshipKind.SPOUSE,
    RelationshipKind.COUSIN,
    RelationshipKind.RELATIVE,
}
INVERSE_KINDS: dict[str, RelationshipKind] = {
    RelationshipKind.PARENT: RelationshipKind.CHILD,
    RelationshipKind.CHILD: RelationshipKind.PARENT,
}
# What a CSV cell may say: the domain model's own choices (records/choices.py).
CSV_VOCABULARIES = Vocabularies(
    genders=(Gender.MALE, Gender.FEMALE),
    ethnicities=tuple(Ethnicity.values),
    event_types=tuple(EventType.values),
    relations=tuple(RELATIONSHIP_KINDS),
    confidentiality=tuple(Confidentiality.values),
)


@dataclass
class PersonImportOutcome:
    persons: list[Person] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "row 4, column birth_date: ..."
    encoding: str = ""


class _FileProblem(Exception):
    """A row refers to something the database lacks; the whole file is rolled back."""


def relationship_key(from_id: int, kind: str, to_id: int) -> tuple[int, str, int]:
    """Return one key for a relationship and its mirror image (A sibling B = B sibling A)."""
    if kind in SYMMETRIC_KINDS:
        return (min(from_id, to_id), kind, max(from_id, to_id))
    if kind in INVERSE_KINDS and kind == RelationshipKind.CHILD:
        return (to_id, RelationshipKind.PARENT, from_id)
    return (from_id, kind, to_id)


def create_person_from_record(record: PersonRecord, by: AnyUser | None = None) -> Person:
    """Create a person with names, identifier and events from one checked CSV row."""
    birth_date, birth_precision = parse_partial_date(
        record.birth_date.iso() if record.birth_date else None
    )
    person = operations.create_person(
        by=by,
        gender=record.gender or "unknown",
        birth_date=birth_date,
        birth_date_precision=birth_precision,
        ethnicity=record.ethnicity or "",
        hometown=get_or_create_place(record.hometown),
        residence=get_or_create_place(record.residence),
        confidentiality=record.confidentiality,
        is_published=False,
    )
    operations.add_person_name(
        person, record.name.text, by=by, script=record.name.script, kind=NameKind.PRIMARY
    )
    for other in record.other_names:
        operations.add_person_name(
            person, other.text, by=by, script=other.script, kind=NameKind.ALIAS
        )
    if record.resident_id:
        operations.add_identifier(person, IdentifierKind.RESIDENT_ID, record.resident_id, by=by)
    for event in record.events:
        date, precision = parse_partial_date(event.date.iso() if event.date else None)
        operations.add_event(
            by=by,
            type=event.type,
            person=person,
            date=date,
            date_precision=precision,
            place=get_or_create_place(event.place),
            term_years=event.years if isinstance(event.years, int) else None,
            is_life_term=event.years == "life",
            confidentiality=record.confidentiality,
        )
    return person


def import_person_csv(data: bytes, by: AnyUser | None = None) -> PersonImportOutcome:
    """Create the persons of a person CSV file in one transaction, or none if any row is bad."""
    parsed = parse_person_csv(data, CSV_VOCABULARIES, gazetteer=load_gazetteer())
    outcome = PersonImportOutcome(encoding=parsed.encoding)
    if parsed.problems:
        outcome.problems = [str(problem) for problem in parsed.problems]
        return outcome
    try:
        with transaction.atomic(), followups.changes_gathered():
            outcome.persons = store_person_records(parsed.records, by)
    except _FileProblem as problem:
        outcome.persons = []
        outcome.problems = [str(problem)]
    return outcome


def store_person_records(
    records: Sequence[PersonRecord], by: AnyUser | None = None
) -> list[Person]:
    """Create the persons, then the relationships between them (inside the caller's transaction)."""
    by_external_id: dict[str, Person] = {}
    persons = []
    for record in records:
        person = create_person_from_record(record, by)
        persons.append(person)
        if record.external_id:
            by_external_id[record.external_id] = person
    seen: set[tuple[int, str, int]] = set()
    for record, person in zip(records, persons, strict=True):
        for number, relative in enumerate(record.relatives, start=1):
            other = by_external_id.get(relative.other)
            if other is None:
                other = Person.objects.filter(public_id=relative.other).first()
            if other is None:
                raise _FileProblem(
                    f"row {record.row}, column relatives: relative {number}: "
                    f"{relative.other!r} is not a stored person"
                )
            kind = RELATIONSHIP_KINDS[relative.relation]
            key = relationship_key(other.pk, kind, person.pk)
            if (
                key in seen
                or Relationship.objects.filter(
                    from_person_id=key[0], kind=key[1], to_person_id=key[2]
                ).exists()
            ):
                continue
            seen.add(key)
            operations.add_relationship(
                other,
                kind,
                person,
                by=by,
                confidentiality=strictest_level(record.confidentiality, other.confidentiality),
            )
    return persons
