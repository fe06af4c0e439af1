"""The CSV files of bulk linking: person rows in, scored pairs out (docs/linking.md)."""

import csv
from pathlib import Path

from tugan.core.csv_cells import FormulaSafeWriter
from tugan.core.formats.person_csv import GENDER_ALIASES

INPUT_COLUMNS = ["id", "name", "birth_date", "gender", "hometown", "resident_id"]
REQUIRED_COLUMNS = ["id", "name"]
OUTPUT_COLUMNS = [
    "id_l",
    "id_r",
    "match_probability",
    "match_weight",
    "name_l",
    "name_r",
    "settled_by",
]
# Pairs at or above this match probability are written out, unless told otherwise.
DEFAULT_THRESHOLD = 0.5


# One input row (column name to cell), and one scored pair of rows:
# (id_l, id_r, match probability, match weight, what settled it: "" or "resident_id").
Row = dict[str, str]
Pair = tuple[str, str, float, float, str]


class LinkError(ValueError):
    """The input cannot be linked; the message names the file, row or column."""


def read_person_csv(path: Path) -> list[Row]:
    """Return the rows of a person CSV (UTF-8, header row), or raise LinkError."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [column for column in REQUIRED_COLUMNS if column not in header]
            if missing:
                raise LinkError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = list(reader)
    except OSError as error:
        raise LinkError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise LinkError(f"{path}: not UTF-8 text (byte {error.start})") from None
    seen = set()
    for number, row in enumerate(rows, start=2):
        if not (row.get("id") or "").strip():
            raise LinkError(f"{path}, line {number}: the id is empty")
        if row["id"] in seen:
            raise LinkError(f"{path}, line {number}: id {row['id']!r} appears twice")
        seen.add(row["id"])
    return rows


def normalise_birth_date(text: str | None) -> tuple[str | None, str | None]:
    """Return (YYYY-MM-DD or None, YYYY or None) from 1978-04-12, 1978-04 or 1978."""
    text = (text or "").strip()
    if len(text) >= 4 and text[:4].isdigit():
        year = text[:4]
        return (text[:10] if len(text) >= 10 else None), year
    return None, None


def normalise_gender(text: str | None) -> str | None:
    """Return "male" or "female" from a cell written as the person CSV allows, else None."""
    gender = (text or "").strip().lower()
    if gender in ("male", "female"):
        return gender
    return GENDER_ALIASES.get(gender)


def write_pairs(path: Path, pairs: list[Pair], names: dict[str, str]) -> None:
    """Write pairs as CSV with OUTPUT_COLUMNS, most probable first."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = FormulaSafeWriter(handle)
        writer.writerow(OUTPUT_COLUMNS)
        for id_l, id_r, probability, weight, settled in sorted(pairs, key=lambda p: -p[2]):
            writer.writerow(
                [
                    id_l,
                    id_r,
                    f"{probability:.6f}",
                    f"{weight:.3f}",
                    names.get(id_l, ""),
                    names.get(id_r, ""),
                    settled,
                ]
            )


def best_per_person(pairs: list[Pair], separator: str = "/") -> list[Pair]:
    """Return pairs against database rows ("TG-000123/45": a person and one of their names)
    as pairs against persons, keeping each person's most probable name."""
    best: dict[tuple[str, str], Pair] = {}
    for id_l, id_r, probability, weight, settled in pairs:
        person = id_r.split(separator)[0]
        key = (id_l, person)
        if key not in best or probability > best[key][2]:
            best[key] = (id_l, person, probability, weight, settled)
    return list(best.values())
