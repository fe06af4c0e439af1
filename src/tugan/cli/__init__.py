"""The `tugan` command: one click group, one module per subcommand."""

import click

from tugan import __version__
from tugan.cli.audit import audit
from tugan.cli.backup import backup, restore
from tugan.cli.casefile import casefile
from tugan.cli.demo import demo
from tugan.cli.evaluate import evaluate
from tugan.cli.export import export, import_export
from tugan.cli.extract import extract
from tugan.cli.import_sources import import_sources
from tugan.cli.link import link
from tugan.cli.monitor import monitor
from tugan.cli.names import eval_names, names
from tugan.cli.publish import publish
from tugan.cli.recount import recount
from tugan.cli.review import review
from tugan.cli.review_publishing import publish_command, withdraw_command
from tugan.cli.search import search
from tugan.cli.serve import serve
from tugan.cli.stats import stats
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
main.add_command(import_export)
main.add_command(audit)
main.add_command(backup)
main.add_command(restore)
main.add_command(extract)
main.add_command(evaluate)
main.add_command(names)
main.add_command(search)
main.add_command(link)
main.add_command(review)
review.add_command(publish_command)
review.add_command(withdraw_command)
main.add_command(casefile)
main.add_command(publish)
main.add_command(monitor)
main.add_command(stats)
main.add_command(recount)
evaluate.add_command(eval_names)
