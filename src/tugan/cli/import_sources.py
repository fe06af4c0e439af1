"""`tugan import`: store source files, and person CSV files, in the database."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tugan.cli.options import setup_django
from tugan.core.formats import InputFormatError

if TYPE_CHECKING:
    # Only for annotations: the command sets Django up before importing the app.
    from tugan.sources.importing import InputFile
    from tugan.sources.preparing import FileList, Refusal

# Files named on the command line with these suffixes hold person records, not documents.
PERSON_CSV_SUFFIXES = {".csv", ".tsv"}


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--no-extract",
    is_flag=True,
    help="Store the sources without suggesting the persons, places and events they name.",
)
def import_sources(paths: tuple[Path, ...], no_extract: bool) -> None:
    """Import reports, pages, feeds, WARC and person CSV files.

    Archived reports, saved HTML pages, RSS/Atom feeds, WARC files and text in
    UTF-8, GBK, GB18030 or Big5, from files, folders and zip archives. Each file
    is stored once, whole or not at all, with its raw bytes kept unaltered;
    files are committed in batches (every 200 files or second). A bad file is
    reported on stderr and skipped; the others are still imported. An import
    stopped midway can be run again. Exits 1 if any file was rejected. Persons,
    places, events and resident IDs found in each report are stored as
    suggestions for review (/review/).

    A .csv or .tsv file named on the command line holds person records
    (docs/import-csv.md): it is imported whole, in one transaction, or not at
    all, and each problem names its row and column.

    On a terminal, a progress bar on stderr shows the rate and the time left.

    Examples:

        tugan import report.md

        tugan import reports/ more-reports.zip

        tugan import --no-extract testimonies/

        tugan import relatives.csv
    """
    setup_django()
    from tqdm import tqdm

    from tugan.records.importing import import_person_csv
    from tugan.sources.importing import import_paths

    def report_error(name: str, problem: str) -> None:
        tqdm.write(f"error: {name}: {problem}", file=sys.stderr)

    def show_progress(items: "list[InputFile | Refusal]") -> "FileList":
        # Only on a terminal: a log file or a pipe gets the summary line alone.
        bar: FileList = tqdm(items, file=sys.stderr, unit="file", disable=not sys.stderr.isatty())
        return bar

    person_files = [path for path in paths if path.suffix.lower() in PERSON_CSV_SUFFIXES]
    failed = False
    for path in person_files:
        try:
            persons = import_person_csv(path.read_bytes())
        except (OSError, InputFormatError) as error:
            failed = True
            report_error(str(path), str(error))
            continue
        for problem in persons.problems:
            report_error(str(path), problem)
        failed = failed or bool(persons.problems)
        click.echo(f"{path}: imported {len(persons.persons)} persons")
    others = [path for path in paths if path not in person_files]
    if others:
        outcome = import_paths(
            others, on_error=report_error, extract=not no_extract, progress=show_progress
        )
        click.echo(outcome.summary)
        failed = failed or bool(outcome.rejected)
    if failed:
        raise SystemExit(1)
