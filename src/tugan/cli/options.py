"""What the subcommands share: Django set-up, and the option of the viewer's level."""

import os
from collections.abc import Callable
from typing import Any

import click

LEVELS = ["public", "restricted", "confidential"]


def setup_django() -> None:
    """Configure Django and bring the database up to date (created on first use)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tugan.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def viewer_level_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return the --level option: act as someone who sees records up to a level."""
    return click.option(
        "--level",
        type=click.Choice(LEVELS),
        default="confidential",
        show_default=True,
        help=help_text,
    )
