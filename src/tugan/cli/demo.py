"""`tugan demo`: a fresh data folder with the fictional sample, served locally."""

import os
import shutil
from pathlib import Path

import click

from tugan.cli.options import setup_django
from tugan.cli.serve import run_server

DEMO_MARKER = ".tugan-demo"


def prepare_demo_home(home: Path) -> None:
    """Empty a previous demo folder, or refuse a folder that holds something else."""
    if home.exists() and any(home.iterdir()):
        if not (home / DEMO_MARKER).exists():
            raise click.ClickException(
                f"{home} already exists and is not a demo folder; choose another with --home"
            )
        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)
    (home / DEMO_MARKER).write_text("Made by `tugan demo`; emptied by the next `tugan demo`.\n")


@click.command()
@click.option(
    "--home",
    default="tugan-demo",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Data folder for the demo; a previous demo there is replaced.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option("--no-serve", is_flag=True, help="Set up the demo folder, then exit.")
def demo(home: Path, host: str, port: int, no_serve: bool) -> None:
    """Start a demo with a fictional sample of persons and reports.

    Creates a fresh data folder, loads the bundled fictional sample, creates
    an admin account, prints its password, then serves the site.

    Examples:

        tugan demo

        tugan demo --home /tmp/tugan-demo --port 8080
    """
    home = home.resolve()
    prepare_demo_home(home)
    # The demo's data folder is passed to settings the documented way, before Django starts.
    os.environ["TUGAN_HOME"] = str(home)
    os.environ.pop("DATABASE_URL", None)
    setup_django()
    from tugan.accounts.operations import add_user
    from tugan.sample.loading import load_sample

    summary = load_sample()
    _, password = add_user("admin", "admin")
    click.echo(
        f"Demo data in {home}: {summary.persons} persons, {summary.sources} sources, "
        f"{summary.events} events, {summary.relationships} relationships, "
        f"{summary.contact_reports} contact reports, {summary.families} families with "
        "contact histories (all fictional)."
    )
    click.echo(f"Sign in as admin with the password: {password}")
    if not no_serve:
        run_server(host, port)
