"""`tugan casefile`: one person's printable case file, as PDF."""

from pathlib import Path

import click

from tugan.accounts.roles import Confidentiality
from tugan.cli.options import setup_django


@click.command()
@click.argument("public_id", metavar="TG-ID")
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The PDF file to write.",
)
@click.option(
    "--level",
    type=click.Choice(Confidentiality.values),
    default="public",
    show_default=True,
    help="What the file may hold: public (published public records), restricted (what a "
    "researcher sees) or confidential (everything, identifiers included).",
)
def casefile(public_id: str, out: Path, level: str) -> None:
    """Print a person's case file: names, timeline with sources, relatives.

    The PDF holds the names and identity facts allowed at the level, the
    timeline with each fact's source quoted and cited, relatives, the contact
    history, the date it was made and the hash of the record's latest audit
    entry.

    Examples:

        tugan casefile TG-000123 --out TG-000123.pdf

        tugan casefile TG-000123 --level restricted -o for-lawyer.pdf
    """
    setup_django()
    from django.http import Http404

    from tugan.publish.casefile import render_casefile_pdf
    from tugan.records.exporting import viewer_for_level

    if level == Confidentiality.CONFIDENTIAL:
        click.echo("warning: this file contains confidential values; keep it safe.", err=True)
    try:
        pdf = render_casefile_pdf(viewer_for_level(level), public_id, level)
    except Http404:
        raise click.ClickException(f"no person {public_id} at level {level}") from None
    out.write_bytes(pdf)
    click.echo(f"wrote {out} ({len(pdf):,} bytes)")
