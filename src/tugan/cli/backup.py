"""`tugan backup` and `tugan restore`: one encrypted file holding everything (docs/backup.md)."""

from pathlib import Path
from typing import TextIO

import click

from tugan.cli.options import setup_django

PASSPHRASE_HELP = (
    "Read the passphrase from this file ('-' for stdin). Otherwise it is taken from"
    " TUGAN_BACKUP_PASSPHRASE (or TUGAN_BACKUP_PASSPHRASE_FILE); never from the command line."
)


def read_passphrase(passphrase_file: TextIO | None) -> str:
    """Return the passphrase from the file given, else from the settings; exit 2 if none."""
    from django.conf import settings

    if passphrase_file is not None:
        passphrase = passphrase_file.read().rstrip("\r\n")
    else:
        passphrase = str(settings.BACKUP_PASSPHRASE or "")
    if not passphrase:
        raise click.UsageError(
            "no passphrase: use --passphrase-file or set TUGAN_BACKUP_PASSPHRASE"
        )
    return passphrase


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--passphrase-file", type=click.File("r"), help=PASSPHRASE_HELP)
def backup(file: Path, passphrase_file: TextIO | None) -> None:
    """Write the database and raw files into one encrypted file.

    The database is copied with SQLite's online backup (or pg_dump on
    PostgreSQL) while Tugan may go on running. Keep the passphrase apart from
    the file: without it the backup cannot be read, by anyone.

    Examples:

        tugan backup /media/usb/tugan-2026-12-06.tgb --passphrase-file ~/backup-passphrase

        TUGAN_BACKUP_PASSPHRASE_FILE=/run/secrets/backup tugan backup nightly.tgb
    """
    setup_django()
    from tugan.backups.making import BackupError, create_backup

    passphrase = read_passphrase(passphrase_file)
    try:
        summary = create_backup(file, passphrase)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"backed up the {summary.database} database and {summary.blobs} raw files"
        f" ({summary.size:,} bytes) to {file}"
    )


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--home",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The new data folder to restore into; it must be empty or not exist.",
)
@click.option("--passphrase-file", type=click.File("r"), help=PASSPHRASE_HELP)
def restore(file: Path, home: Path, passphrase_file: TextIO | None) -> None:
    """Restore a backup into a new, empty data folder.

    The whole file is decrypted and checked before anything is written; an
    altered or damaged file, or a wrong passphrase, writes nothing. A
    PostgreSQL backup goes into the empty database DATABASE_URL names.

    Examples:

        tugan restore nightly.tgb --home /srv/tugan-restored --passphrase-file key.txt

        TUGAN_HOME=/srv/tugan-restored tugan serve
    """
    setup_django()
    from django.conf import settings

    from tugan.backups.restoring import RestoreError, restore_backup
    from tugan.core.encrypted_stream import BackupFileError

    passphrase = read_passphrase(passphrase_file)
    try:
        summary = restore_backup(file, passphrase, home, settings.DATABASE_URL)
    except BackupFileError as error:
        raise click.ClickException(f"{file}: {error}; nothing was restored") from None
    except RestoreError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"restored the {summary.database} database of {summary.created} and"
        f" {summary.blobs} raw files into {home.resolve()}"
    )
