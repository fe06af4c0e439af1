"""`tugan user`: accounts."""

import json
from typing import TextIO

import click

from tugan.accounts.roles import Confidentiality, Role
from tugan.cli.options import setup_django


@click.group()
def user() -> None:
    """Manage user accounts.

    Examples:

        tugan user add amina --role editor

        tugan user list

        tugan user disable amina
    """


@user.command(name="add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(Role.values), help="What the user may do.")
@click.option(
    "--password-file",
    type=click.File("r"),
    help="Read the password from this file ('-' for stdin) instead of generating one.",
)
def add_user_command(name: str, role: str, password_file: TextIO | None) -> None:
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


@user.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_users_command(as_json: bool) -> None:
    """List the accounts, their roles and whether they use two-step sign-in.

    JSON keys: username, role, clearance, is_active, has_second_factor, last_login.

    Examples:

        tugan user list

        tugan user list --json
    """
    setup_django()
    from tugan.accounts.operations import list_users

    users = list_users()
    if as_json:
        click.echo(json.dumps(users, ensure_ascii=False, indent=2))
        return
    for row in users:
        click.echo(
            f"{row['username']}\t{row['role']}\t{row['clearance']}\t"
            f"{'active' if row['is_active'] else 'disabled'}\t"
            f"{'two-step' if row['has_second_factor'] else 'password only'}\t"
            f"{row['last_login'] or 'never signed in'}"
        )


@user.command(name="set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(Role.values))
@click.option(
    "--clearance",
    type=click.Choice(Confidentiality.values),
    help="Highest confidentiality an editor or reviewer may see (admins see everything).",
)
def set_role_command(name: str, role: str, clearance: str | None) -> None:
    """Give a user another role.

    Examples:

        tugan user set-role amina reviewer

        tugan user set-role amina editor --clearance confidential
    """
    setup_django()
    from tugan.accounts.operations import set_role

    try:
        account = set_role(name, role, clearance=clearance)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{account.username} is now {account.role} (clearance {account.clearance})")


@user.command(name="reset-password")
@click.argument("name")
@click.option(
    "--password-file",
    type=click.File("r"),
    help="Read the new password from this file ('-' for stdin) instead of generating one.",
)
def reset_password_command(name: str, password_file: TextIO | None) -> None:
    """Give a user a new password, and print it if generated.

    Examples:

        tugan user reset-password amina

        tugan user reset-password amina --password-file -
    """
    setup_django()
    from tugan.accounts.operations import reset_password

    password = password_file.read().strip() if password_file else None
    try:
        account, new_password = reset_password(name, password=password)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    if password:
        click.echo(f"New password set for {account.username}.")
    else:
        click.echo(f"New password for {account.username}: {new_password}")


@user.command(name="disable")
@click.argument("name")
def disable_command(name: str) -> None:
    """Stop a user signing in and end their sessions; their records stay.

    Examples:

        tugan user disable amina
    """
    setup_django()
    from tugan.accounts.operations import disable_user

    try:
        account = disable_user(name)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{account.username} is disabled")


@user.command(name="reset-second-factor")
@click.argument("name")
def reset_second_factor_command(name: str) -> None:
    """Remove a user's authenticator app and recovery codes.

    For someone who lost both their phone and their recovery codes: an admin
    must set up a new app at their next sign-in.

    Examples:

        tugan user reset-second-factor amina
    """
    setup_django()
    from tugan.accounts.operations import reset_second_factor

    try:
        had = reset_second_factor(name)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{name}: two-step sign-in {'removed' if had else 'was not set up'}")


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
