"""The `tugan` command: one click group, one module per subcommand."""

import click

from tugan import __version__
from tugan.cli.audit import audit
from tugan.cli.demo import demo
from tugan.cli.evaluate import evaluate
from tugan.cli.export import export
from tugan.cli.extract import extract
from tugan.cli.import_sources import import_sources
from tugan.cli.link import link
from tugan.cli.names import eval_names, names
from tugan.cli.review import review
from tugan.cli.search import search
from tugan.cli.serve import serve
from tugan.cli.user import user


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tugan")
def main() -> None:
    """Document separated families: sourced facts about people, across scripts.

    Data lives in one folder (TUGAN_HOME, default ./tugan-data) unless DATABASE_URL
    points at PostgreSQL.

    Examples:

        tugan demo

        tugan import reports/ archive.zip
    """


main.add_command(demo)
main.add_command(serve)
main.add_command(import_sources)
main.add_command(user)
main.add_command(export)
main.add_command(audit)
main.add_command(extract)
main.add_command(evaluate)
main.add_command(names)
main.add_command(search)
main.add_command(link)
main.add_command(review)
evaluate.add_command(eval_names)
