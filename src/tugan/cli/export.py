"""`tugan export`: records as JSON or CSV, a complete zip, HURIDOCS ESF or Popolo."""

import json
import sys
from pathlib import Path

import click

from tugan.accounts.roles import Confidentiality
from tugan.cli.options import setup_django

# The tables of records/exporting.py's export_csv.
CSV_TABLES = ("persons", "events", "sources")
# Formats written to a file named with --output (zips, or a document too big for a pipe).
FILE_FORMATS = ("full", "tables", "huridocs", "popolo")


@click.command()
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["json", "csv", *FILE_FORMATS]),
    default="json",
    show_default=True,
    help="json/csv: persons, events and sources (csv: one --table); full: every record, "
    "raw files and audit references in a zip that `tugan import-export` restores; tables: "
    "one CSV per kind of record, zipped, with a README; huridocs: HURIDOCS Events Standard "
    "Formats (zip of CSV); popolo: persons as Popolo JSON.",
)
@click.option(
    "--level",
    type=click.Choice(Confidentiality.values),
    default="public",
    show_default=True,
    help="public: published public records only; restricted: what a researcher "
    "sees (contact details marked restricted included); confidential: everything, "
    "identifiers included.",
)
@click.option(
    "--table",
    type=click.Choice(CSV_TABLES),
    default="persons",
    show_default=True,
    help="Which table to write, for --format csv.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: stdout, for json and csv only).",
)
def export(file_format: str, level: str, table: str, output: Path | None) -> None:
    """Export records at a confidentiality level, in one of several formats.

    The default level exports only what the public site shows.

    Examples:

        tugan export --format json > public.json

        tugan export --format csv --table events --level restricted -o events.csv

        tugan export --format full --level confidential -o tugan-full.zip

        tugan export --format huridocs -o esf.zip
    """
    if file_format in FILE_FORMATS and output is None:
        raise click.UsageError(f"--format {file_format} writes a file: name it with --output")
    setup_django()
    from tugan.publish.field_formats import write_huridocs_export, write_popolo_export
    from tugan.publish.full_export import write_full_export
    from tugan.publish.table_export import write_table_export
    from tugan.records.exporting import export_csv, export_records

    if level == Confidentiality.CONFIDENTIAL:
        click.echo(
            "warning: this export contains confidential values; store it encrypted.", err=True
        )
    if file_format not in FILE_FORMATS:
        text = (
            json.dumps(export_records(level), ensure_ascii=False, indent=1) + "\n"
            if file_format == "json"
            else export_csv(level, table)
        )
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
        return
    assert output is not None  # refused above, before Django was set up
    if file_format == "full":
        outcome = write_full_export(level, output)
        for digest in outcome.missing_blobs:
            click.echo(f"warning: raw file {digest} is missing from the blob store", err=True)
        click.echo(f"exported {outcome.records} records and {outcome.blobs} raw files to {output}")
    elif file_format == "tables":
        counts = write_table_export(level, output)
        click.echo(f"exported {sum(counts.values())} rows in {len(counts)} files to {output}")
    elif file_format == "huridocs":
        counts = write_huridocs_export(level, output)
        summary = ", ".join(f"{count} {name[:-4]}" for name, count in counts.items())
        click.echo(f"exported {summary} to {output}")
    elif file_format == "popolo":
        click.echo(f"exported {write_popolo_export(level, output)} persons to {output}")


@click.command(name="import-export")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_export(path: Path) -> None:
    """Restore a complete export (tugan export --format full) into an empty Tugan.

    Every record comes back with its id and every field, each raw file is checked
    against its sha256, and a confidential export restores the audit chain
    itself. Nothing is stored unless all of it is.

    Examples:

        TUGAN_HOME=./copy tugan import-export tugan-full.zip
    """
    setup_django()
    from tugan.publish.full_export import ExportFileError, import_full_export

    try:
        outcome = import_full_export(path)
    except ExportFileError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"imported {outcome.records} records and {outcome.blobs} raw files "
        f"({outcome.level} export) from {path}"
    )
