"""`tugan extract`: persons, places and events in archived reports, without the database."""

import json
import sys
from pathlib import Path

import click


@click.command(name="extract")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one GOLD.md JSON object per file and line (UTF-8).",
)
@click.option(
    "--spans",
    is_flag=True,
    help="With --json, add the text spans of every item (offsets into the article text).",
)
def extract(files: tuple[Path, ...], as_json: bool, spans: bool) -> None:
    """Extract persons, places and events from archived reports.

    Reads each FILE in the archived-report format of corpus/GOLD.md (body and image captions)
    and prints what it names. Needs no database. A file not quite in that format (cut off, a
    broken headline) is extracted as far as it can be read, with a warning naming the problem.

    Examples:

        tugan extract report.md

        tugan extract --json corpus/dev/docs/*.md > predicted.jsonl
    """
    # Imported here: `tugan --help` and other commands need not load the extraction lexicons.
    from tugan.core.extract import extract_archived_report
    from tugan.core.formats import InputFormatError

    failed = False
    for path in files:
        try:
            extraction, problem = extract_archived_report(path.read_bytes())
        except (InputFormatError, OSError) as error:
            click.echo(f"{path}: {error}", err=True)
            failed = True
            continue
        if problem:
            click.echo(f"{path}: {problem}; extracted the text that could be read", err=True)
        data = extraction.to_dict(path.name) if spans else extraction.to_gold_dict(path.name)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        click.echo(f"{path.name} ({data['published'] or 'date unknown'})")
        for person in data["persons"]:
            aliases = f" (also {', '.join(person['aliases'])})" if person["aliases"] else ""
            latin = f" [{person['latin']}]" if person["latin"] else ""
            click.echo(f"  person  {person['name']}{latin}{aliases}")
        for author in data["authors"]:
            click.echo(f"  author  {author}")
        for key in data["places"]:
            click.echo(f"  place   {key}")
        for event in data["events"]:
            details = ", ".join(
                f"{name}={event[name]}"
                for name in ("date", "years", "place", "channel")
                if event[name] is not None
            )
            subject = json.dumps(event["subject"], ensure_ascii=False)
            suffix = f" ({details})" if details else ""
            click.echo(f"  event   {event['type']} {subject}{suffix}")
    if failed:
        sys.exit(1)
