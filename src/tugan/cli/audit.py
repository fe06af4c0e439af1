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
    field hashes must match the values kept in the record's history. The
    chain must still reach the head kept in audit-head.json in the data
    folder, or its last entries were removed. Exits 1 and names the first
    broken entry, or the removed tail. Prints the number of entries and the
    last hash: note them elsewhere to check a copy of the data folder too.

    Examples:

        tugan audit verify
    """
    setup_django()
    from tugan.audit.head import (
        ChainHeadFileError,
        head_file,
        note_chain_head,
        read_chain_head,
    )
    from tugan.audit.log import verify_audit_chain

    try:
        check = verify_audit_chain()
    except ChainHeadFileError as error:
        raise click.ClickException(str(error)) from None
    if check.first_broken_id is not None:
        raise click.ClickException(
            f"audit entry {check.first_broken_id} {check.problem}; "
            f"{check.entries - 1} entries before it are intact"
        )
    if not check.is_intact:
        raise click.ClickException(f"audit log cut: {check.problem}")
    if read_chain_head() is None and check.entries:
        # An install from before the head was kept: start keeping it from this checked chain.
        note_chain_head()
        click.echo(f"started keeping the chain head in {head_file()}", err=True)
    click.echo(f"audit log intact: {check.entries} entries, last hash {check.last_hash}")
