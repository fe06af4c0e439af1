"""`tugan publish`: the static public site."""

from pathlib import Path

import click

from tugan.cli.options import setup_django

LANGUAGE_CHOICES = ["en", "zh-hans", "kk", "ug", "ru", "all"]


@click.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--language",
    type=click.Choice(LANGUAGE_CHOICES),
    default="en",
    show_default=True,
    help="The site's language, or all five (each in its own folder).",
)
def publish(out: Path, language: str) -> None:
    """Write the public site: entries, statistics, map and search.

    Plain HTML, CSS and JavaScript with relative links: open OUT/index.html
    from disk or copy the folder to any static host. It holds only published,
    public records; counts under the small-cell threshold are hidden.

    Examples:

        tugan publish site/

        tugan publish site/ --language all
    """
    setup_django()
    from tugan.publish.site import publish_site

    outcome = publish_site(out, language)
    click.echo(
        f"published {outcome.entries} {'entry' if outcome.entries == 1 else 'entries'} in "
        f"{', '.join(outcome.languages)}: "
        f"{len(outcome.files)} files in {out}"
    )
