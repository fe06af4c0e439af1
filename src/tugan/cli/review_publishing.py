"""`tugan review publish` and `tugan review withdraw`: the publish page's operations."""

import json
from typing import TYPE_CHECKING

import click

from tugan.cli.options import setup_django
from tugan.cli.review import find_reviewer

if TYPE_CHECKING:
    # Only for annotations: the commands set Django up before importing the apps.
    from tugan.accounts.models import AnyUser
    from tugan.records.models import Person
    from tugan.sources.models import Source

TARGET_HELP = "TG-ID|SRC-ID"


def describe_counts(counts: dict[str, int]) -> str:
    """Return record counts in words: "persons: 1, person names: 3, ..." (none: "nothing")."""
    from django.apps import apps

    words = [
        f"{apps.get_model(label)._meta.verbose_name_plural}: {count}"
        for label, count in counts.items()
        if count
    ]
    return ", ".join(words) or "nothing"


def find_target(target: str, viewer: "AnyUser") -> "tuple[str, Person | Source]":
    """Return the publication kind and the person or source this viewer may see, or exit 1."""
    from tugan.records.models import Person
    from tugan.review.models import PublicationKind
    from tugan.sources.models import Source

    model, kind = (
        (Person, PublicationKind.PERSON)
        if target.startswith("TG-")
        else (Source, PublicationKind.SOURCE)
    )
    if not target.startswith(("TG-", "SRC-")):
        raise click.UsageError(f"{target}: give a person (TG-…) or a source (SRC-…)")
    record = model.objects.visible_to(viewer).filter(public_id=target).first()
    if record is None:
        raise click.ClickException(f"no {kind} {target} that you may see")
    return kind, record


@click.command(name="publish")
@click.argument("target", metavar=TARGET_HELP)
@click.option("--preview", is_flag=True, help="Only say what would become public.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@click.option("--user", "username", metavar="NAME", help="Publish as this reviewer.")
def publish_command(target: str, preview: bool, as_json: bool, username: str | None) -> None:
    """Publish a person, or the reviewed facts of a source.

    Runs the publish page's operation: the person (or the source) and their reviewed,
    sourced facts become visible to everyone; identifiers and confidential records never
    do (docs/review.md, "Publishing"). Prints how many records of each kind became public.
    With --json: {"target", "publication", "records": {"records.Person": 1, ...},
    "persons": [...], "sources": [...]}. With --preview nothing changes and "publication"
    is null.

    Examples:

        tugan review publish TG-000012 --preview

        tugan review publish SRC-000003
    """
    setup_django()
    from tugan.review import publishing
    from tugan.review.decisions import viewer_of

    by = find_reviewer(username)
    kind, record = find_target(target, viewer_of(by))
    try:
        coverage = publishing.cover(kind, record)
        publication = None if preview else publishing.publish(kind, record, by=by)
    except publishing.PublishError as error:
        raise click.ClickException(str(error)) from None
    counts = coverage.counts()
    if as_json:
        outcome = {
            "target": target,
            "publication": publication.pk if publication else None,
            "records": counts,
            "persons": [person.public_id for person in coverage.persons()],
            "sources": [source.public_id for source in coverage.sources()],
        }
        click.echo(json.dumps(outcome, ensure_ascii=False))
        return
    verb = "would publish" if preview else "published"
    click.echo(f"{verb} {target}: {describe_counts(counts)}")


@click.command(name="withdraw")
@click.argument("target", metavar=TARGET_HELP)
@click.option("--user", "username", metavar="NAME", help="Withdraw as this reviewer.")
def withdraw_command(target: str, username: str | None) -> None:
    """Withdraw the publication of a person or source.

    Each record it made public goes back to how it was before, unless another publication
    still covers it. Prints how many records of each kind were restored.

    Examples:

        tugan review withdraw TG-000012
    """
    setup_django()
    from tugan.review import publishing
    from tugan.review.decisions import viewer_of

    by = find_reviewer(username)
    _kind, record = find_target(target, viewer_of(by))
    try:
        restored = publishing.withdraw(record.public_id, by=by)
    except publishing.PublishError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"withdrew {target}: restored {describe_counts(restored)}")
