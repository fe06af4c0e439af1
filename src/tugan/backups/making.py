"""`tugan backup`: the database and the raw files, in one encrypted file."""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.db import connection

from tugan import __version__
from tugan.backups.contents import (
    BLOBS,
    FORMAT_VERSION,
    MANIFEST,
    POSTGRES_MEMBER,
    SECRET_KEY_MEMBER,
    SQLITE_MEMBER,
    BackupSummary,
)
from tugan.core.encrypted_stream import EncryptingWriter


class BackupError(Exception):
    """A backup could not be made; the message says why."""


def postgres_environment(database: Mapping[str, Any]) -> dict[str, str]:
    """Return the environment pg_dump and psql need to reach a Django database."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    for key, variable in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ]:
        if database.get(key):
            environment[variable] = str(database[key])
    return environment


def dump_database(folder: Path) -> tuple[str, Path]:
    """Write a consistent copy of the database into folder; return (kind, path)."""
    if connection.vendor == "sqlite":
        target = folder / SQLITE_MEMBER
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            # SQLite's online backup: a consistent snapshot while others go on writing.
            connection.connection.backup(copy)
        finally:
            copy.close()
        return "sqlite", target
    if connection.vendor == "postgresql":
        if shutil.which("pg_dump") is None:
            raise BackupError("pg_dump is not installed: install PostgreSQL's client tools")
        target = folder / POSTGRES_MEMBER
        result = subprocess.run(
            ["pg_dump", "--no-owner", "--no-privileges", "--format=plain", "--file", str(target)],
            env=postgres_environment(connection.settings_dict),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        return "postgresql", target
    raise BackupError(f"cannot back up a {connection.vendor} database")


def iter_blob_files(blob_dir: Path) -> list[Path]:
    """Return every stored raw file, in a stable order."""
    if not blob_dir.exists():
        return []
    return sorted(
        path for path in blob_dir.rglob("*") if path.is_file() and not path.name.startswith(".")
    )


def create_backup(output: Path, passphrase: str) -> BackupSummary:
    """Write the database, the secret key and every raw file into one encrypted file.

    The file is written beside its final name and renamed when whole, readable by its owner
    only. Raises BackupError naming the problem.
    """
    output = output.resolve()
    if output.exists():
        raise BackupError(f"{output} exists already: choose a new file name")
    if not output.parent.is_dir():
        raise BackupError(f"{output.parent} is not a folder")
    home: Path = settings.TUGAN_HOME
    # The plaintext copy of the database stays inside the data folder, readable by its owner.
    with tempfile.TemporaryDirectory(dir=home, prefix=".backup-") as staging:
        kind, database_file = dump_database(Path(staging))
        blobs = iter_blob_files(settings.BLOB_DIR)
        manifest: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "database": kind,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "blobs": len(blobs),
            "tugan_version": __version__,
        }
        descriptor, partial = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                size = write_archive(handle, passphrase, manifest, database_file, blobs)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, output)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return BackupSummary(kind, manifest["created"], len(blobs), size)


def write_archive(
    handle: BinaryIO,
    passphrase: str,
    manifest: dict[str, Any],
    database_file: Path,
    blobs: list[Path],
) -> int:
    """Write the encrypted tar stream of a backup; return the plaintext bytes of its files."""
    size = 0
    with (
        EncryptingWriter(handle, passphrase) as writer,
        # A stream ("w|") only writes; typeshed's tarfile asks any fileobj to read and seek.
        tarfile.open(  # type: ignore[call-overload]
            fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT
        ) as tar,
    ):
        data = json.dumps(manifest, indent=2).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        tar.add(database_file, arcname=database_file.name)
        size += database_file.stat().st_size
        key_file = settings.TUGAN_HOME / "secret_key"
        if key_file.exists():
            tar.add(key_file, arcname=SECRET_KEY_MEMBER)
        for blob in blobs:
            tar.add(blob, arcname=f"{BLOBS}/{blob.relative_to(settings.BLOB_DIR)}")
            size += blob.stat().st_size
    return size
