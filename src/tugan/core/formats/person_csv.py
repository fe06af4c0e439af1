"""CSV files of person records, one person a row, in the column template of docs/import-csv.md.

Every cell is checked; each problem names its spreadsheet row (the header is row 1), its
column and what is wrong, so a documenter can fix the file in a spreadsheet and import again.
"""

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from tugan.core.dates import PartialDate
from tugan.core.encodings import decode_text
from tugan.core.formats import InputFormatError
from tugan.core.gazetteer import Gazetteer
from tugan.core.public_ids import is_person_id
from tugan.core.resident_id import parse_resident_id
from tugan.core.scripts import ARAB, CYRL, HANS, HANT, LATN, detect_script

COLUMNS = (
    "id",
    "name",
    "name_script",
    "other_names",
    "gender",
    "birth_date",
    "ethnicity",
    "hometown",
    "residence",
    "resident_id",
    "events",
    "relatives",
    "source",
    "confidentiality",
    "notes",
)
REQUIRED_COLUMNS = ("name",)
SCRIPTS = (HANS, HANT, LATN, CYRL, ARAB)
# Spreadsheet spellings of the two genders, beside their plain values.
GENDER_ALIASES = {"m": "male", "男": "male", "f": "female", "女": "female"}
# A person is restricted until a documenter decides otherwise (DESIGN.md, security model).
DEFAULT_CONFIDENTIALITY = "restricted"
LIST_SEPARATOR = "|"
PLACE_KEY = re.compile(r"CN-\d{6}|CN-XPCC(?:-\d{1,2}){1,2}|[A-Z]{2}|[A-Z]{2}/[A-Z][\w .'’-]*")
EVENT_DATE = re.compile(r"(?<![\w-])\d{4}(?:-\d{1,2}){0,2}(?![\w-])")
EVENT_TERM = re.compile(r"(?<!\w)(?:(\d{1,3})y|life)(?!\w)")
Value = TypeVar("Value")


@dataclass(frozen=True)
class Vocabularies:
    """The values a cell may take: the caller passes the domain model's choices."""

    genders: tuple[str, ...]
    ethnicities: tuple[str, ...]
    event_types: tuple[str, ...]
    relations: tuple[str, ...]
    confidentiality: tuple[str, ...]

    def gender_spellings(self) -> dict[str, str]:
        """Return every accepted spelling of a gender and the value it stands for."""
        spellings = {gender: gender for gender in self.genders}
        spellings.update(
            (alias, gender) for alias, gender in GENDER_ALIASES.items() if gender in self.genders
        )
        return spellings


@dataclass(frozen=True)
class NameForm:
    text: str
    script: str  # ISO 15924: Hans, Hant, Latn, Cyrl, Arab


@dataclass(frozen=True)
class PersonEvent:
    type: str
    date: PartialDate | None
    place: str | None  # place key
    years: int | str | None  # sentenced only: a term in years, "life" or None


@dataclass(frozen=True)
class PersonRelative:
    relation: str
    other: str  # the id of another row of the same file, or a public id such as TG-000123


@dataclass(frozen=True)
class PersonRecord:
    row: int
    external_id: str | None
    name: NameForm
    other_names: tuple[NameForm, ...]
    gender: str | None
    birth_date: PartialDate | None
    ethnicity: str | None
    hometown: str | None
    residence: str | None
    resident_id: str | None  # normalised; confidential
    events: tuple[PersonEvent, ...]
    relatives: tuple[PersonRelative, ...]
    source: str | None
    confidentiality: str
    notes: str | None


@dataclass(frozen=True)
class CsvProblem:
    row: int
    column: str | None
    problem: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class PersonCsv:
    records: tuple[PersonRecord, ...]
    problems: tuple[CsvProblem, ...]
    encoding: str

    @property
    def is_valid(self) -> bool:
        return not self.problems


class _RowProblem(ValueError):
    """One cell is wrong; the message says how."""


def split_list(value: str) -> list[str]:
    """Return the non-empty parts of a "|"-separated cell."""
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def parse_choice(value: str, choices: tuple[str, ...] | dict[str, str]) -> str:
    """Return a case-folded cell value if it is one of choices, else raise naming them."""
    folded = value.strip().casefold()
    if isinstance(choices, dict):
        if folded in choices:
            return choices[folded]
        allowed = ", ".join(sorted(set(choices.values())))
    else:
        if folded in choices:
            return folded
        allowed = ", ".join(choices)
    raise _RowProblem(f"{value!r} is not one of: {allowed}")


def parse_date_cell(value: str) -> PartialDate:
    """Return a date written YYYY, YYYY-MM or YYYY-MM-DD, else raise saying why."""
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise _RowProblem(str(error)) from None


def parse_place(value: str, gazetteer: Gazetteer | None) -> str:
    """Return a place key; with a gazetteer, also accept one unambiguous place name."""
    value = value.strip()
    if PLACE_KEY.fullmatch(value):
        if gazetteer is not None and gazetteer.get(value) is None:
            raise _RowProblem(f"{value!r} is not a place key in the gazetteer")
        return value
    if gazetteer is None:
        raise _RowProblem(f"{value!r} is not a place key (like CN-654022, KZ or KZ/Almaty)")
    places = gazetteer.find(value)
    if len(places) == 1:
        return places[0].key
    if not places:
        raise _RowProblem(f"{value!r} is neither a place key nor a place name in the gazetteer")
    keys = ", ".join(place.key for place in places[:5])
    raise _RowProblem(f"{value!r} names several places ({keys}); write the place key")


def parse_event(
    value: str, number: int, gazetteer: Gazetteer | None, event_types: tuple[str, ...]
) -> PersonEvent:
    """Return an event written "TYPE [DATE] [PLACE] [TERM]", e.g. "sentenced 2018 CN-654022 15y"."""
    event_type, _, rest = value.strip().partition(" ")
    if event_type.casefold() not in event_types:
        raise _RowProblem(
            f"event {number}: {event_type!r} is not an event type ({', '.join(event_types)})"
        )
    event_type = event_type.casefold()
    event_date = years = place = None
    if found := EVENT_DATE.search(rest):
        try:
            event_date = parse_date_cell(found.group())
        except _RowProblem as problem:
            raise _RowProblem(f"event {number}: {problem}") from None
        rest = rest[: found.start()] + rest[found.end() :]
    if found := EVENT_TERM.search(rest):
        if event_type != "sentenced":
            raise _RowProblem(
                f"event {number}: only a sentenced event has a term ({found.group()!r})"
            )
        years = int(found.group(1)) if found.group(1) else "life"
        rest = rest[: found.start()] + rest[found.end() :]
    if rest.strip():
        try:
            place = parse_place(rest, gazetteer)
        except _RowProblem as problem:
            raise _RowProblem(
                f"event {number}: {problem} (after the type, write a date, a place key "
                f"and, for a sentence, a term like 15y)"
            ) from None
    return PersonEvent(type=event_type, date=event_date, place=place, years=years)


def parse_relative(value: str, number: int, relations: tuple[str, ...]) -> PersonRelative:
    """Return a relative written "RELATION:ID", e.g. "brother:P-002" or "mother:TG-000123"."""
    relation, separator, other = value.partition(":")
    if not separator or not other.strip():
        raise _RowProblem(f"relative {number}: {value!r} is not written RELATION:ID")
    relation = relation.strip().casefold()
    if relation not in relations:
        raise _RowProblem(
            f"relative {number}: {relation!r} is not a relation ({', '.join(relations)})"
        )
    return PersonRelative(relation=relation, other=other.strip())


class _RowReader:
    """Reads one row's cells, collecting a problem for each bad cell instead of stopping."""

    def __init__(self, row: int, cells: dict[str, str], problems: list[CsvProblem]) -> None:
        self.row = row
        self.cells = cells
        self.problems = problems

    def read(
        self, column: str, parse: Callable[[str], Value], default: Value | None = None
    ) -> Value | None:
        """Return the parsed cell, or default when it is empty or wrong (noting the problem)."""
        value = self.cells.get(column, "").strip()
        if not value:
            return default
        try:
            return parse(value)
        except _RowProblem as problem:
            self.problems.append(CsvProblem(self.row, column, str(problem)))
            return default

    def read_list(self, column: str, parse: Callable[[str, int], Value]) -> tuple[Value, ...]:
        """Return the parsed parts of a "|"-separated cell, with a problem for each bad part."""
        values = []
        for number, part in enumerate(split_list(self.cells.get(column, "")), start=1):
            try:
                values.append(parse(part, number))
            except _RowProblem as problem:
                self.problems.append(CsvProblem(self.row, column, str(problem)))
        return tuple(values)


def read_header(header: list[str]) -> list[str]:
    """Return the normalised column names of a header row, or raise InputFormatError."""
    columns = [cell.strip().lstrip("\ufeff").casefold() for cell in header]
    unknown = [column for column in columns if column and column not in COLUMNS]
    if unknown:
        raise InputFormatError(
            f"row 1: unknown column(s) {', '.join(map(repr, unknown))}; "
            f"the columns are: {', '.join(COLUMNS)}"
        )
    duplicated = sorted({column for column in columns if column and columns.count(column) > 1})
    if duplicated:
        raise InputFormatError(f"row 1: column(s) {', '.join(duplicated)} appear twice")
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise InputFormatError(f"row 1: the required column(s) {', '.join(missing)} are missing")
    return columns


def parse_person_row(
    row: int,
    cells: dict[str, str],
    vocabularies: Vocabularies,
    gazetteer: Gazetteer | None,
    today: date | None,
) -> tuple[PersonRecord | None, list[CsvProblem]]:
    """Return the record for one row's cells and the problems found in them."""
    problems: list[CsvProblem] = []
    reader = _RowReader(row, cells, problems)
    name_text = cells.get("name", "").strip()
    if not name_text:
        problems.append(CsvProblem(row, "name", "is empty; every person needs a name"))
    script = reader.read("name_script", parse_script)
    other_names = reader.read_list(
        "other_names", lambda part, _number: NameForm(part, detect_script(part))
    )
    gender = reader.read(
        "gender", lambda value: parse_choice(value, vocabularies.gender_spellings())
    )
    birth_date = reader.read("birth_date", parse_date_cell)
    resident_id = reader.read("resident_id", lambda value: parse_resident_id_cell(value, today))
    if resident_id is not None:
        number, born, sex = resident_id
        if birth_date is not None and not PartialDate.from_date(born).agrees_with(birth_date):
            problems.append(
                CsvProblem(
                    row,
                    "birth_date",
                    f"{birth_date.iso()} disagrees with the resident ID number, which gives {born}",
                )
            )
        if gender is not None and gender != sex:
            problems.append(
                CsvProblem(
                    row,
                    "gender",
                    f"{gender} disagrees with the resident ID number, which gives {sex}",
                )
            )
    events = reader.read_list(
        "events",
        lambda part, number: parse_event(part, number, gazetteer, vocabularies.event_types),
    )
    relatives = reader.read_list(
        "relatives", lambda part, number: parse_relative(part, number, vocabularies.relations)
    )
    record = PersonRecord(
        row=row,
        external_id=cells.get("id", "").strip() or None,
        name=NameForm(name_text, script or detect_script(name_text)),
        other_names=other_names,
        gender=gender,
        birth_date=birth_date,
        ethnicity=reader.read(
            "ethnicity", lambda value: parse_choice(value, vocabularies.ethnicities)
        ),
        hometown=reader.read("hometown", lambda value: parse_place(value, gazetteer)),
        residence=reader.read("residence", lambda value: parse_place(value, gazetteer)),
        resident_id=resident_id[0] if resident_id else None,
        events=events,
        relatives=relatives,
        source=cells.get("source", "").strip() or None,
        confidentiality=reader.read(
            "confidentiality",
            lambda value: parse_choice(value, vocabularies.confidentiality),
        )
        or DEFAULT_CONFIDENTIALITY,
        notes=cells.get("notes", "").strip() or None,
    )
    return (None if problems else record), problems


def parse_script(value: str) -> str:
    """Return the ISO 15924 code a cell names, in its usual capitalisation (hans -> Hans)."""
    for script in SCRIPTS:
        if value.strip().casefold() == script.casefold():
            return script
    raise _RowProblem(f"{value!r} is not a script code ({', '.join(SCRIPTS)})")


def parse_resident_id_cell(value: str, today: date | None) -> tuple[str, date, str]:
    """Return the normalised number, birth date and sex of a resident ID cell."""
    try:
        parsed = parse_resident_id(value, today=today)
    except ValueError as error:
        raise _RowProblem(str(error)) from None
    return parsed.number, parsed.birth_date, parsed.sex


def check_references(records: list[PersonRecord], ids: dict[str, int]) -> list[CsvProblem]:
    """Return problems of relatives that name neither an id of the file nor a public id."""
    problems = []
    for record in records:
        for number, relative in enumerate(record.relatives, start=1):
            if relative.other not in ids and not is_person_id(relative.other):
                problems.append(
                    CsvProblem(
                        record.row,
                        "relatives",
                        f"relative {number}: {relative.other!r} is neither an id in this file "
                        f"nor a public id like TG-000123",
                    )
                )
            elif relative.other == record.external_id:
                problems.append(
                    CsvProblem(
                        record.row,
                        "relatives",
                        f"relative {number}: a person cannot be their own relative",
                    )
                )
    return problems


def parse_person_csv(
    data: bytes,
    vocabularies: Vocabularies,
    gazetteer: Gazetteer | None = None,
    today: date | None = None,
) -> PersonCsv:
    """Return the valid person records of a CSV file and a problem for each bad cell.

    Raises InputFormatError when the file as a whole is unreadable: undecodable, no header,
    unknown or missing columns. Comma- and tab-separated files are both read. With a
    gazetteer, place keys are checked and place names are accepted in their stead.
    """
    decoded = decode_text(data)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        raise InputFormatError("empty file: no header row")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[PersonRecord] = []
    problems: list[CsvProblem] = []
    ids: dict[str, int] = {}
    try:
        columns = read_header(next(rows))
        for row_number, cells in enumerate(rows, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(columns):
                problems.append(
                    CsvProblem(
                        row_number,
                        None,
                        f"has {len(cells)} cells but the header has {len(columns)} columns",
                    )
                )
                continue
            named = {column: cell for column, cell in zip(columns, cells, strict=False) if column}
            external_id = named.get("id", "").strip()
            if external_id in ids:
                problems.append(
                    CsvProblem(
                        row_number,
                        "id",
                        f"{external_id!r} is already used in row {ids[external_id]}",
                    )
                )
                continue
            if external_id:
                ids[external_id] = row_number
            record, row_problems = parse_person_row(
                row_number, named, vocabularies, gazetteer, today
            )
            problems.extend(row_problems)
            if record is not None:
                records.append(record)
    except csv.Error as error:
        raise InputFormatError(f"line {rows.line_num}: broken CSV: {error}") from None
    problems.extend(check_references(records, ids))
    problems.sort(key=lambda problem: problem.row)
    return PersonCsv(records=tuple(records), problems=tuple(problems), encoding=decoded.encoding)
