"""The database's persons as rows for bulk linking (`tugan link --against db`)."""

from typing import Any

from tugan.accounts.roles import Confidentiality
from tugan.records.choices import DatePrecision, IdentifierKind
from tugan.records.models import Identifier, Person, PersonName

# A row id is the person's public id and the name's key: TG-000123/45.
ROW_ID_SEPARATOR = "/"


def birth_date_text(person: Person) -> str:
    """Return the birth date as the CSV has it: 1978-04-12, or 1978 when only the year is sure."""
    if person.birth_date is None or person.birth_date_precision == DatePrecision.UNKNOWN:
        return ""
    if person.birth_date_precision == DatePrecision.DAY:
        return person.birth_date.isoformat()
    return str(person.birth_date.year)


def read_person_rows(include_confidential: bool = False) -> list[dict[str, Any]]:
    """Return one row per written name of each current person (merged ones left out).

    Confidential persons, names and identifiers (resident IDs) are used only when asked.
    """
    levels = [Confidentiality.PUBLIC, Confidentiality.RESTRICTED]
    if include_confidential:
        levels.append(Confidentiality.CONFIDENTIAL)
    persons = {
        person.pk: person
        for person in Person.objects.filter(
            merged_into__isnull=True, confidentiality__in=levels
        ).select_related("hometown")
    }
    resident_ids: dict[int, str] = {}
    if include_confidential:
        for person_id, value in Identifier.objects.filter(
            kind=IdentifierKind.RESIDENT_ID, person_id__in=persons
        ).values_list("person_id", "value"):
            resident_ids.setdefault(person_id, value)
    rows = []
    names = PersonName.objects.filter(person_id__in=persons, confidentiality__in=levels)
    for pk, person_id, text in names.order_by("person_id", "id").values_list(
        "pk", "person_id", "text"
    ):
        person = persons[person_id]
        hometown = person.hometown
        rows.append(
            {
                "id": f"{person.public_id}{ROW_ID_SEPARATOR}{pk}",
                "name": text,
                "birth_date": birth_date_text(person),
                "gender": person.gender if person.gender != "unknown" else "",
                "hometown": hometown.key if hometown else "",
                "resident_id": resident_ids.get(person_id, ""),
            }
        )
    return rows
