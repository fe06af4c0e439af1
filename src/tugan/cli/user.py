"""`tugan user`: accounts."""

import click

from tugan.accounts.roles import Role
from tugan.cli.options import setup_django


@click.group()
def user() -> None:
    """Manage user accounts.

    Examples:

        tugan user add amina --role editor
    """


@user.command(name="add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(Role.values), help="What the user may do.")
@click.option(
    "--password-file",
    type=click.File("r"),
    help="Read the password from this file ('-' for stdin) instead of generating one.",
)
def add_user_command(name: str, role: str, password_file) -> None:
    """Add a user with a role, and print the generated password.

    Examples:

        tugan user add amina --role editor

        tugan user add lin --role researcher --password-file -
    """
    setup_django()
    from tugan.accounts.operations import add_user

    password = password_file.read().strip() if password_file else None
    try:
        account, password = add_user(name, role, password=password)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Added {account.username} ({role}). Password: {password}")
