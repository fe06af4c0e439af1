"""What a backup holds: a tar stream, inside the encrypted file of tugan.core.encrypted_stream.

Members, in this order: manifest.json; the database (database.sqlite3, made with SQLite's
online backup API, or database.sql from pg_dump); secret_key; blobs/… (the raw files).
"""

import json
import tarfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from tugan.core.encrypted_stream import BackupFileError

MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.sql"
SECRET_KEY_MEMBER = "secret_key"
BLOBS = "blobs"
FORMAT_VERSION = 1


@dataclass
class BackupSummary:
    database: str  # "sqlite" or "postgresql"
    created: str
    blobs: int
    size: int  # plaintext bytes of all members


def check_member(member: tarfile.TarInfo) -> None:
    """Raise BackupFileError unless a member is a plain file or folder with a safe name."""
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts or "\\" in member.name:
        raise BackupFileError(f"the backup holds an unsafe name: {member.name!r}")
    if not (member.isfile() or member.isdir()):
        raise BackupFileError(f"the backup holds something other than a file: {member.name!r}")
    allowed = {MANIFEST, SQLITE_MEMBER, POSTGRES_MEMBER, SECRET_KEY_MEMBER, BLOBS}
    if path.parts[0] not in allowed:
        raise BackupFileError(f"the backup holds an unexpected file: {member.name!r}")


def read_manifest(data: bytes) -> dict[str, Any]:
    """Return the manifest, or raise BackupFileError."""
    try:
        manifest: dict[str, Any] = json.loads(data)
    except ValueError:
        raise BackupFileError("the backup's manifest cannot be read") from None
    if manifest.get("format") != FORMAT_VERSION or manifest.get("database") not in {
        "sqlite",
        "postgresql",
    }:
        raise BackupFileError("the backup's manifest names a format this Tugan does not know")
    return manifest
