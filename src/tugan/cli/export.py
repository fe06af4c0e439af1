"""`tugan export`: persons, events and sources as JSON or CSV."""

import json

import click

from tugan.accounts.roles import Confidentiality
from tugan.cli.options import setup_django

# The tables of records/exporting.py's export_csv.
CSV_TABLES = ("persons", "events", "sources")


@click.command()
@click.option(
    "--format", "file_format", type=click.Choice(["json", "csv"]), default="json", show_default=True
)
@click.option(
    "--level",
    type=click.Choice(Confidentiality.values),
    default="public",
    show_default=True,
    help="public: published public records only; restricted: what a researcher "
    "sees; confidential: everything, identifiers included.",
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
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write (default: stdout).",
)
def export(file_format: str, level: str, table: str, output) -> None:
    """Export persons, events and sources as JSON or CSV.

    The default level exports only what the public site shows.

    Examples:

        tugan export --format json > public.json

        tugan export --format csv --table events --level restricted -o events.csv
    """
    setup_django()
    from tugan.records.exporting import export_csv, export_records

    if level == Confidentiality.CONFIDENTIAL:
        click.echo(
            "warning: this export contains confidential values; store it encrypted.", err=True
        )
    if file_format == "json":
        json.dump(export_records(level), output, ensure_ascii=False, indent=1)
        output.write("\n")
    else:
        output.write(export_csv(level, table))
