"""`tugan audit`: the hash-chained log of every change."""

import click

from tugan.cli.options import setup_django


@click.group()
def audit() -> None:
    """Check the audit log.

    Examples:

        tugan audit verify
    """


@audit.command()
def verify() -> None:
    """Verify that no audit entry was altered, removed or moved.

    Each entry's hash must be right and link to the entry before it, and its
    field hashes must match the values kept in the record's history. Exits 1
    and names the first broken entry if the chain is broken.

    Examples:

        tugan audit verify
    """
    setup_django()
    from tugan.audit.log import verify_audit_chain

    check = verify_audit_chain()
    if not check.is_intact:
        raise click.ClickException(
            f"audit entry {check.first_broken_id} {check.problem}; "
            f"{check.entries - 1} entries before it are intact"
        )
    click.echo(f"audit log intact: {check.entries} entries")
