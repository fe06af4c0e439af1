"""`tugan restore`: a backup, verified whole, into an empty data folder (docs/backup.md).

The file is read twice. The first pass decrypts and authenticates every chunk and checks
every member's name and kind, writing nothing; only if all of it holds does the second pass
write. A failure in the second pass (a full disk, psql refusing) removes what it wrote.
"""

import os
import shutil
import subprocess
import tarfile
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

import dj_database_url

from tugan.backups.contents import (
    MANIFEST,
    POSTGRES_MEMBER,
    SECRET_KEY_MEMBER,
    SQLITE_MEMBER,
    BackupSummary,
    check_member,
    read_manifest,
)
from tugan.backups.making import postgres_environment
from tugan.core.encrypted_stream import BackupFileError, DecryptingReader, iter_decrypted_chunks

SQLITE_FILE = "tugan.sqlite3"  # as settings.py names it inside the data folder


class RestoreError(Exception):
    """A restore cannot go ahead; the message says why. Nothing was written."""


def _open_tar(handle: BinaryIO, passphrase: str) -> tuple[tarfile.TarFile, DecryptingReader]:
    reader = DecryptingReader(iter_decrypted_chunks(handle, passphrase))
    try:
        # A stream ("r|") only reads; typeshed's tarfile asks any fileobj to write and seek.
        return tarfile.open(fileobj=reader, mode="r|"), reader  # type: ignore[call-overload]
    except tarfile.TarError as error:
        raise BackupFileError(f"the backup's contents cannot be read: {error}") from None


def open_member(tar: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    """Return the contents of a file in the backup; BackupFileError if it is not a file."""
    stream = tar.extractfile(member)
    if stream is None:
        raise BackupFileError(f"the backup's {member.name!r} is not a file")
    return stream


def verify_backup(path: Path, passphrase: str) -> BackupSummary:
    """Decrypt and check the whole backup without writing anything; return what it holds.

    Raises BackupFileError naming the problem (wrong passphrase, altered or cut-short file).
    """
    manifest: dict[str, Any] | None = None
    blobs = size = 0
    has_database = False
    with path.open("rb") as handle:
        tar, reader = _open_tar(handle, passphrase)
        try:
            for member in tar:
                check_member(member)
                if manifest is None:
                    if member.name != MANIFEST:
                        raise BackupFileError("the backup does not start with its manifest")
                    manifest = read_manifest(open_member(tar, member).read())
                    continue
                if member.isfile():
                    # Reading each member through authenticates it, chunk by chunk.
                    stream = open_member(tar, member)
                    while stream.read(1024 * 1024):
                        pass
                    size += member.size
                    blobs += member.name.startswith("blobs/")
                    has_database |= member.name in {SQLITE_MEMBER, POSTGRES_MEMBER}
        except tarfile.TarError as error:
            raise BackupFileError(f"the backup's contents cannot be read: {error}") from None
        # The tar stream may end before the last encrypted chunk: read it, so a file cut
        # short or with bytes appended is caught here.
        reader.read()
    if manifest is None or not has_database:
        raise BackupFileError("the backup holds no database")
    if blobs != manifest.get("blobs"):
        raise BackupFileError(
            f"the backup holds {blobs} raw files where its manifest says {manifest.get('blobs')}"
        )
    return BackupSummary(manifest["database"], manifest["created"], blobs, size)


def is_empty_postgres(database_url: str) -> bool:
    """Return whether a PostgreSQL database has no tables of its own."""
    result = subprocess.run(
        ["psql", "-tAc", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"],
        env=postgres_environment(dj_database_url.parse(database_url)),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RestoreError(f"cannot reach the database in DATABASE_URL: {result.stderr.strip()}")
    return result.stdout.strip() == "0"


def check_target(home: Path, database: str, database_url: str | None) -> None:
    """Raise RestoreError unless the folder (and PostgreSQL database) are empty and fit."""
    if home.exists() and (not home.is_dir() or any(home.iterdir())):
        raise RestoreError(f"{home} is not an empty folder: restore only into a new data folder")
    if database == "sqlite" and database_url:
        raise RestoreError(
            "this backup holds an SQLite database, but DATABASE_URL is set: unset it to restore"
            " into the data folder"
        )
    if database == "postgresql":
        if not database_url:
            raise RestoreError(
                "this backup holds a PostgreSQL database: set DATABASE_URL to an empty database"
            )
        if shutil.which("psql") is None:
            raise RestoreError("psql is not installed: install PostgreSQL's client tools")
        if not is_empty_postgres(database_url):
            raise RestoreError("the database in DATABASE_URL is not empty: create a new one")


def restore_backup(
    path: Path, passphrase: str, home: Path, database_url: str | None = None
) -> BackupSummary:
    """Restore a backup into home, a new or empty folder, and for a PostgreSQL backup into
    the empty database at database_url. The whole file is verified first.

    Raises BackupFileError for a bad file, RestoreError when the target does not fit.
    """
    home = home.resolve()
    summary = verify_backup(path, passphrase)
    check_target(home, summary.database, database_url)
    created = not home.exists()
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    try:
        _write_members(path, passphrase, home)
        if summary.database == "postgresql":
            _load_postgres(home / POSTGRES_MEMBER, database_url or "")
    except BaseException:
        # Leave the folder as it was: empty (or absent).
        for child in home.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        if created:
            home.rmdir()
        raise
    return summary


def _write_members(path: Path, passphrase: str, home: Path) -> None:
    with path.open("rb") as handle:
        tar, reader = _open_tar(handle, passphrase)
        for member in tar:
            check_member(member)
            if member.name == MANIFEST:
                continue
            name = SQLITE_FILE if member.name == SQLITE_MEMBER else member.name
            target = home.joinpath(*PurePosixPath(name).parts)
            if member.isdir():
                target.mkdir(mode=0o700, parents=True, exist_ok=True)
                continue
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as output:
                shutil.copyfileobj(open_member(tar, member), output, 1024 * 1024)
            if member.name.startswith("blobs/"):
                os.chmod(target, 0o400)  # raw files are never modified
            elif member.name == SECRET_KEY_MEMBER:
                os.chmod(target, 0o600)
        reader.read()


def _load_postgres(dump: Path, database_url: str) -> None:
    result = subprocess.run(
        ["psql", "--single-transaction", "-v", "ON_ERROR_STOP=1", "-q", "-f", str(dump)],
        env=postgres_environment(dj_database_url.parse(database_url)),
        capture_output=True,
        text=True,
    )
    dump.unlink()
    if result.returncode != 0:
        raise RestoreError(f"psql could not load the database: {result.stderr.strip()[:500]}")
