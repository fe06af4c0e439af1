"""`tugan link`: find the same persons in a list, or between a list and the database."""

import json
from pathlib import Path

import click

from tugan.core.linking import link_columns
from tugan.core.linking.name_columns import prepare_rows
from tugan.core.linking.rows import (
    DEFAULT_THRESHOLD,
    LinkError,
    best_per_person,
    read_person_csv,
    write_pairs,
)


def report(message: str) -> None:
    click.echo(message, err=True)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--against",
    type=click.Choice(["self", "db"]),
    default="self",
    show_default=True,
    help="Link the list against itself, or against the persons in the database.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help="CSV file for the pairs: id_l, id_r, match_probability, match_weight, names.",
)
@click.option(
    "--engine",
    type=click.Choice(["duckdb", "spark"]),
    default="duckdb",
    show_default=True,
    help="Splink backend: DuckDB in this process, or Spark (pip install 'tugan[spark]').",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Write pairs with at least this match probability.",
)
@click.option(
    "--confidential",
    is_flag=True,
    help="With --against db: also use confidential persons, names and resident IDs.",
)
@click.option("--json", "as_json", is_flag=True, help='Print {"rows", "pairs", "seconds", "out"}.')
def link(
    file: Path,
    against: str,
    out: Path,
    engine: str,
    threshold: float,
    confidential: bool,
    as_json: bool,
) -> None:
    """Find the same persons in a CSV list, or in the database.

    FILE is a UTF-8 CSV with a header row: id and name, and optionally birth_date,
    gender, hometown and resident_id (docs/linking.md). Names may be written in
    Han, Latin, Cyrillic or Arabic script, parts in any order. Progress goes to
    stderr; the pairs, most probable first, to --out.

    Examples:

        tugan link leaked-list.csv --against self --out matches.csv

        tugan link leaked-list.csv --against db --out matches.csv --threshold 0.9
    """
    try:
        rows = read_person_csv(file)
        report(f"read {len(rows):,} rows from {file}")
        left = prepare_rows(rows, "file", report)
        names = {row["id"]: row["name"] for row in rows}
        right = None
        if against == "db":
            from tugan.cli.options import setup_django

            setup_django()
            from tugan.linkage.person_rows import ROW_ID_SEPARATOR, read_person_rows

            person_rows = read_person_rows(include_confidential=confidential)
            report(f"read {len(person_rows):,} names of persons from the database")
            if not person_rows:
                raise LinkError("the database has no persons to link against")
            right = prepare_rows(person_rows, "tugan", report)
            for row in person_rows:
                names.setdefault(row["id"].split(ROW_ID_SEPARATOR)[0], row["name"])
        result = link_columns(left, right, engine=engine, threshold=threshold, report=report)
        pairs = best_per_person(result.pairs) if against == "db" else result.pairs
        write_pairs(out, pairs, names)
    except LinkError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{out}: cannot write ({error.strerror})") from None
    if as_json:
        summary = {"rows": result.rows, "pairs": len(pairs), "seconds": round(result.seconds, 2)}
        click.echo(json.dumps(summary | {"out": str(out)}, ensure_ascii=False))
    else:
        click.echo(f"{len(pairs)} pairs written to {out}")
