"""`tugan import`: store source files in the database."""

from pathlib import Path

import click

from tugan.cli.options import setup_django


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--no-extract",
    is_flag=True,
    help="Store the sources without suggesting the persons, places and events they name.",
)
def import_sources(paths: tuple[Path, ...], no_extract: bool) -> None:
    """Import archived reports from files, folders and zip archives.

    Each file is stored once, with its raw bytes kept unaltered. A bad file is
    reported on stderr and skipped; the others are still imported. Exits 1 if
    any file was rejected. Persons, places, events and resident IDs found in
    each report are stored as suggestions for review (/review/).

    Examples:

        tugan import report.md

        tugan import reports/ more-reports.zip

        tugan import --no-extract testimonies/
    """
    setup_django()
    from tugan.sources.importing import import_paths

    def report_error(name: str, problem: str) -> None:
        click.echo(f"error: {name}: {problem}", err=True)

    outcome = import_paths(list(paths), on_error=report_error, extract=not no_extract)
    click.echo(outcome.summary)
    if outcome.rejected:
        raise SystemExit(1)
