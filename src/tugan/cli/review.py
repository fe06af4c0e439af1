"""`tugan review`: decide on suggestions from the command line, as the review page does."""

import json
from typing import TYPE_CHECKING

import click

from tugan.cli.options import setup_django

if TYPE_CHECKING:
    from tugan.accounts.models import User

KINDS = ["person", "place", "event", "identifier"]


def find_reviewer(username: str | None) -> "User | None":
    """Return the account named, which must be allowed to review; None acts as the operator."""
    if username is None:
        return None
    from tugan.accounts.models import User

    account = User.objects.filter(username=username).first()
    if account is None:
        raise click.ClickException(f"--user: no account named {username!r}")
    if not account.is_reviewer:
        raise click.ClickException(f"--user: {username} ({account.role}) may not review")
    return account


@click.group()
def review() -> None:
    """Review the suggestions extracted from sources.

    Without --user, decisions are the operator's (the audit log names no account) and see
    every record, as the admin does.

    Examples:

        tugan review list

        tugan review accept SRC-000012 --all
    """


@review.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print the sources as JSON.")
@click.option("--user", "username", metavar="NAME", help="List what this reviewer may decide on.")
def list_command(as_json: bool, username: str | None) -> None:
    """List the sources with suggestions awaiting review.

    Prints one line per source, newest first: id, pending suggestions, title. With --json,
    prints {"sources": [{"id", "title", "publisher", "published", "pending"}, ...]}.

    Examples:

        tugan review list

        tugan review list --json
    """
    setup_django()
    from tugan.review.decisions import viewer_of
    from tugan.review.reading import find_pending_sources

    sources = list(find_pending_sources(viewer_of(find_reviewer(username))))
    if as_json:
        rows = [
            {
                "id": source.public_id,
                "title": source.title,
                "publisher": source.publisher,
                "published": source.published.isoformat() if source.published else None,
                "pending": source.pending,
            }
            for source in sources
        ]
        click.echo(json.dumps({"sources": rows}, ensure_ascii=False))
        return
    for source in sources:
        click.echo(f"{source.public_id}\t{source.pending}\t{source.title}")
    if not sources:
        click.echo("no suggestions awaiting review", err=True)


@review.command(name="accept")
@click.argument("source_id", metavar="SRC-ID")
@click.argument("numbers", nargs=-1, type=click.IntRange(1))
@click.option("--all", "accept_all", is_flag=True, help="Accept every pending suggestion.")
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    help="With --all: only suggestions of this kind (default: persons, places, then events).",
)
@click.option("--user", "username", metavar="NAME", help="Decide as this reviewer.")
def accept_command(
    source_id: str, numbers: tuple[int, ...], accept_all: bool, kind: str | None,
    username: str | None,
) -> None:  # fmt: skip
    """Accept a source's suggestions, as the review page's buttons do.

    Give suggestion numbers, or --all for every pending one (of one --kind). Where an
    accepted person may be someone already recorded, the strongly matching candidate is
    chosen, as the page preselects it; weaker candidates go to the Matches queue. A
    suggestion that cannot be accepted as it stands is reported and left pending (exit 1).

    Examples:

        tugan review accept SRC-000012 --all

        tugan review accept SRC-000012 --all --kind person

        tugan review accept SRC-000012 3 7
    """
    if accept_all == bool(numbers):
        raise click.UsageError("give suggestion numbers or --all (not both)")
    if kind and not accept_all:
        raise click.UsageError("--kind goes with --all")
    setup_django()
    from tugan.review import decisions
    from tugan.review.models import Suggestion
    from tugan.sources.models import Source

    by = find_reviewer(username)
    viewer = decisions.viewer_of(by)
    source = Source.objects.visible_to(viewer).filter(public_id=source_id).first()
    if source is None:
        raise click.ClickException(f"no source {source_id} that you may see")
    missing = False  # a number naming no suggestion the reviewer may see
    if accept_all:
        outcome = decisions.AcceptAllOutcome()
        for each_kind in [kind] if kind else decisions.ACCEPT_ALL_ORDER:
            done = decisions.accept_all_suggestions(source, each_kind, by=by)
            outcome.accepted += done.accepted
            outcome.failed += done.failed
    else:
        outcome = decisions.AcceptAllOutcome()
        for number in numbers:
            suggestion = (
                Suggestion.objects.visible_to(viewer).filter(source=source, number=number).first()
            )
            if suggestion is None:
                click.echo(f"{source_id} #{number}: no such suggestion that you may see", err=True)
                missing = True
                continue
            try:
                outcome.accepted.append(decisions.accept_suggestion(suggestion, by=by))
            except decisions.DecisionError as error:
                outcome.failed.append((suggestion, str(error)))
    for suggestion in outcome.accepted:
        made = suggestion.person.public_id if suggestion.person else ""
        click.echo(f"accepted\t{suggestion.number}\t{suggestion.kind}\t{made}".rstrip())
    for suggestion, problem in outcome.failed:
        click.echo(f"{source_id} #{suggestion.number}: {problem}", err=True)
    if outcome.failed or missing:
        raise SystemExit(1)
