"""The CSV export: one file per kind of record, zipped, with a README describing the columns."""

import csv
import io
import json
import zipfile
from pathlib import Path

from django.apps import apps
from django.db.models import Model

from tugan.audit.changes import concrete_field
from tugan.publish.full_export import encode_value
from tugan.publish.selection import select_records

README_HEAD = """# Tugan export: one CSV file per kind of record

Level: {level}. Every file is UTF-8 with a header row. `id` is the record's number in this
export; a column that points at another record holds that record's `id` (the file named after
its kind). Lists and structured values are JSON. Dates are ISO 8601; a date's precision
(day, month, year, unknown) is in the column after it.
"""


def cell(value: object) -> str:
    """Return a value as one CSV cell: JSON for lists and objects, ISO for dates."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=encode_value)
    if isinstance(value, bool):
        return "true" if value else "false"
    try:
        return encode_value(value)
    except TypeError:
        return str(value)


def describe_column(model: type[Model], name: str) -> str:
    """Return a README line for one column: its name, its meaning and what it points at."""
    field = concrete_field(model, name)
    words = str(field.verbose_name)
    if field.help_text:
        words += f": {field.help_text}"
    if field.is_relation:
        related = field.related_model
        assert related is not None and not isinstance(related, str)
        words += f" (the `id` of a row of {related._meta.model_name}.csv)"
    if field.choices:
        words += " — one of " + ", ".join(f"`{value}`" for value, _label in field.choices)
    return f"- `{name}`: {words}"


def write_table_export(level: str, out: Path) -> dict[str, int]:
    """Write the CSV zip at this level; return how many rows each file holds."""
    selection = select_records(level)
    counts: dict[str, int] = {}
    readme = [README_HEAD.format(level=level)]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        labels = list(dict.fromkeys(row["model"] for row in selection.records))
        for label in labels:
            rows = selection.of(label)
            model = apps.get_model(label)
            columns = list(rows[0]["fields"])
            text = io.StringIO()
            writer = csv.writer(text)
            writer.writerow(["id", *columns])
            for row in rows:
                writer.writerow([row["pk"], *(cell(row["fields"][c]) for c in columns)])
            name = f"{model._meta.model_name}.csv"
            archive.writestr(name, text.getvalue())
            counts[name] = len(rows)
            readme.append(f"\n## {name} ({model._meta.verbose_name_plural})\n\n- `id`: number")
            readme += [describe_column(model, column) for column in columns]
        archive.writestr("README.md", "\n".join(readme) + "\n")
    return counts
