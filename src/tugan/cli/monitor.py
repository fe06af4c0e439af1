"""`tugan monitor`: who can reach their family, by group, region and time."""

import datetime
import json
from typing import Any

import click

from tugan.cli.options import setup_django, viewer_level_option

CELL_KEYS = (
    "ethnicity", "place", "period", "families", "reachable", "cut_off", "share_reachable",
    "low", "high", "dated_by_source",
)  # fmt: skip
CHANGE_KEYS = ("ethnicity", "place", "period", "share_before", "share_after", "families")
SIGNAL_KEYS = ("ethnicity", "place", "period", "date", "dated_by_source", "type", "source")


def monitor_json(result: dict[str, Any]) -> dict[str, Any]:
    """Return the monitor's result with exactly the documented keys (docs/monitor.md)."""
    return {
        "cells": [{key: cell[key] for key in CELL_KEYS} for cell in result["cells"]],
        "changes": [{key: change[key] for key in CHANGE_KEYS} for change in result["changes"]],
        "signals": [{key: signal[key] for key in SIGNAL_KEYS} for signal in result["signals"]],
    }


def format_share(cell: dict[str, Any]) -> str:
    """Return a cell's share and interval as text, or its hidden counts."""
    if cell["share_reachable"] is None:
        return f"{cell['families']} families, reachable and cut off hidden ({cell['reachable']})"
    return (
        f"{cell['share_reachable']:.0%} reachable ({cell['low']:.0%}–{cell['high']:.0%}), "
        f"{cell['reachable']} of {cell['families']}"
    )


@click.command(name="monitor")
@click.option(
    "--period",
    type=click.Choice(["month", "quarter", "year"]),
    default="month",
    show_default=True,
)
@click.option("--ethnicity", metavar="E", help="Only this ethnicity: kazakh, uyghur, ...")
@click.option("--place", metavar="KEY", help="Only this prefecture (a county rolls up): CN-654000.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD")
@click.option(
    "--channel",
    type=click.Choice(["wechat", "phone", "other"]),
    help="Only reports of this channel.",
)
@viewer_level_option(
    "Count as someone who sees records up to this level (public: published only, "
    "small cells hidden)."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def monitor(
    period: str,
    ethnicity: str | None,
    place: str | None,
    since: datetime.datetime | None,
    until: datetime.datetime | None,
    channel: str | None,
    level: str,
    as_json: bool,
) -> None:
    """Show who can reach their family, by group, region and time.

    Counts family links (a relative inside and their relatives abroad) with a known
    contact state at the end of each period, by ethnicity and prefecture, with the share
    reachable and its 95% interval, and flags changes beyond chance (docs/monitor.md).
    With --json, prints {"cells": [...], "changes": [...], "signals": [...]}.

    Examples:

        tugan monitor --period quarter

        tugan monitor --json --ethnicity kazakh --place CN-654000
    """
    setup_django()
    from tugan.core.gazetteer import load_gazetteer
    from tugan.monitor.contact_states import MonitorFilters, read_monitor
    from tugan.records.choices import Ethnicity
    from tugan.records.exporting import viewer_for_level

    if ethnicity and ethnicity not in Ethnicity.values:
        raise click.UsageError(
            f"--ethnicity: {ethnicity!r} is not one of {', '.join(Ethnicity.values)}"
        )
    if place and load_gazetteer().get(place) is None:
        raise click.UsageError(f"--place: {place!r} is not a place key in the gazetteer")
    filters = MonitorFilters(
        period=period,
        ethnicity=ethnicity or "",
        place=place or "",
        since=since.date() if since else None,
        until=until.date() if until else None,
        channel=channel or "",
    )
    result = read_monitor(viewer_for_level(level), filters)
    if as_json:
        click.echo(json.dumps(monitor_json(result), ensure_ascii=False))
        return
    flagged = {(c["ethnicity"], c["place"], c["period"]) for c in result["changes"]}
    for cell in result["cells"]:
        mark = "  * change" if (cell["ethnicity"], cell["place"], cell["period"]) in flagged else ""
        click.echo(
            f"{cell['ethnicity']}\t{cell['place']}\t{cell['period']}\t{format_share(cell)}{mark}"
        )
    for signal in result["signals"]:
        click.echo(
            f"signal\t{signal['ethnicity']}\t{signal['place']}\t{signal['period']}\t"
            f"{signal['type']}\t{signal['source'] or ''}"
            + ("\tdated by the source's publication" if signal["dated_by_source"] else "")
        )
    if not result["cells"]:
        click.echo("no family links with a known contact state", err=True)
