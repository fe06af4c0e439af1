"""`tugan recount`: compute the monitor's and statistics' counts again from the records."""

import json

import click

from tugan.cli.options import setup_django


@click.command(name="recount")
@click.option("--json", "as_json", is_flag=True, help="Print the rows of each table as JSON.")
def recount(as_json: bool) -> None:
    """Count the monitor's and statistics' figures again from scratch.

    Every change made through Tugan keeps these counts up to date itself; run this after
    loading records some other way (straight into the database), or to check them. It
    reads every record once, in one transaction (docs/monitor.md).

    Examples:

        tugan recount
    """
    setup_django()
    from tugan.monitor.derived import rebuild_counts

    rows = rebuild_counts()
    if as_json:
        click.echo(json.dumps(rows))
        return
    for table, count in rows.items():
        click.echo(f"{table}\t{count}")
