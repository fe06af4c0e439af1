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


@user.command(name="token")
@click.argument("name")
@click.option("--revoke", is_flag=True, help="Revoke the user's token instead of making one.")
def token_command(name: str, revoke: bool) -> None:
    """Make (or revoke) a user's API token, and print it.

    A new token replaces the user's old one. Only its sha256 is stored: copy it now.

    Examples:

        tugan user token amina

        tugan user token amina --revoke
    """
    setup_django()
    from django.contrib.auth import get_user_model

    from tugan.api.tokens import create_api_token, revoke_api_token

    account = get_user_model().objects.filter(username=name).first()
    if account is None:
        raise click.ClickException(f"no user named {name!r}")
    if revoke:
        if not revoke_api_token(account):
            raise click.ClickException(f"{name} has no API token")
        click.echo(f"Revoked the API token of {name}.")
        return
    click.echo(create_api_token(account))
