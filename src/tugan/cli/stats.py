"""`tugan stats`: counts of events and persons, as the statistics page shows them."""

import json

import click

from tugan.cli.options import setup_django, viewer_level_option


@click.command(name="stats")
@click.option(
    "--by",
    "by",
    required=True,
    metavar="FIELD[,FIELD]",
    help="Fields to count by: type, year, month, ethnicity, prefecture, county, gender.",
)
@click.option(
    "--count",
    "counted",
    type=click.Choice(["events", "persons"]),
    default="events",
    show_default=True,
    help="Count events, or persons (by ethnicity, prefecture, county, gender).",
)
@click.option("--type", "event_type", metavar="TYPE", help="Only events of this type.")
@click.option("--ethnicity", metavar="E", help="Only this ethnicity.")
@click.option("--place", metavar="KEY", help="Only this prefecture (a county rolls up).")
@click.option("--gender", type=click.Choice(["male", "female", "unknown"]))
@click.option("--year", metavar="YYYY", help='Only events of this year ("unknown": undated).')
@viewer_level_option(
    "Count as someone who sees records up to this level (public: published only, "
    "small counts hidden)."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(
    by: str,
    counted: str,
    event_type: str | None,
    ethnicity: str | None,
    place: str | None,
    gender: str | None,
    year: str | None,
    level: str,
    as_json: bool,
) -> None:
    """Count events or persons by type, year, ethnicity, prefecture or gender.

    Counts are of what was reported to this database, not of what happened
    (docs/statistics.md). Years are written "2017", "unknown" when undated; a year-only
    date counted by month is spread over its twelve months. With --json, prints
    {"rows": [{<field>: value, ..., "count": N}]}.

    Examples:

        tugan stats --by type,year

        tugan stats --json --by prefecture --count persons --level public
    """
    setup_django()
    from tugan.core.gazetteer import load_gazetteer
    from tugan.monitor.statistics import StatisticsFilters, count_records
    from tugan.records.exporting import viewer_for_level

    if place and load_gazetteer().get(place) is None:
        raise click.UsageError(f"--place: {place!r} is not a place key in the gazetteer")
    if year and not (year == "unknown" or (year.isdigit() and len(year) == 4)):
        raise click.UsageError(f"--year: {year!r} is not a year like 2017 or 'unknown'")
    filters = StatisticsFilters(
        type=event_type or "",
        ethnicity=ethnicity or "",
        place=place or "",
        gender=gender or "",
        year=year or "",
    )
    fields = [field.strip() for field in by.split(",") if field.strip()]
    try:
        result = count_records(viewer_for_level(level), fields, filters, counted)
    except ValueError as error:
        raise click.UsageError(f"--by: {error}") from None
    if as_json:
        click.echo(json.dumps({"rows": result["rows"]}, ensure_ascii=False))
        return
    click.echo("\t".join([*fields, "count"]))
    for row in result["rows"]:
        click.echo("\t".join(str(row[key]) for key in [*fields, "count"]))
