"""What the subcommands share: Django set-up for those that need the database."""

import os


def setup_django() -> None:
    """Configure Django and bring the database up to date (created on first use)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tugan.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
