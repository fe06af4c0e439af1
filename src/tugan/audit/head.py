"""The audit chain's head (how many entries, the last one's id and hash), kept in a file in
the data folder as well as in the database.

Removing the last entries of a hash chain, with their history, leaves a shorter chain that
is still intact: only a copy of the head kept elsewhere shows the cut. The file is written
after each change commits (never before: a rolled-back change would look like a cut), and
never moved past a head that is no longer in the database, so a cut stays visible.
"""

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from tugan.audit.models import AuditEntry


@dataclass(frozen=True)
class ChainHead:
    entries: int
    last_id: int
    last_hash: str


class ChainHeadFileError(Exception):
    """The head file exists but cannot be read as a chain head."""


def head_file() -> Path:
    return Path(settings.AUDIT_HEAD_FILE)


def read_chain_head(path: Path | None = None) -> ChainHead | None:
    """Return the head kept in the file, None when there is no file yet.

    Raises ChainHeadFileError naming the file when it cannot be read as a head.
    """
    path = path or head_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ChainHead(int(data["entries"]), int(data["last_id"]), str(data["last_hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ChainHeadFileError(f"{path}: not a chain head ({error})") from None


def write_chain_head(head: ChainHead, path: Path | None = None) -> None:
    """Replace the head file at once (a reader never sees half of it), owner-only."""
    path = path or head_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(asdict(head), handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def is_in_chain(head: ChainHead) -> bool:
    """Return whether the database still holds the entry a kept head names."""
    return AuditEntry.objects.filter(pk=head.last_id, entry_hash=head.last_hash).exists()


def note_chain_head() -> None:
    """Move the kept head to the database's last entry (after a change has committed).

    A kept head that the database no longer holds is left as it is: the entries after it
    were removed, and `tugan audit verify` must go on saying so.
    """
    last = AuditEntry.objects.order_by("-id").values("id", "entry_hash").first()
    if last is None:
        return
    try:
        kept = read_chain_head()
    except ChainHeadFileError:
        return
    if kept is not None:
        if kept.last_id >= last["id"] or not is_in_chain(kept):
            return
        entries = (
            kept.entries
            + AuditEntry.objects.filter(pk__gt=kept.last_id, pk__lte=last["id"]).count()
        )
    else:
        entries = AuditEntry.objects.filter(pk__lte=last["id"]).count()
    write_chain_head(ChainHead(entries, last["id"], last["entry_hash"]))


def note_chain_head_on_commit() -> None:
    """Keep the head once the running transaction commits; nothing if it rolls back.

    Robust: the change has committed by then, so a full disk must not fail it. Two writers
    racing may leave the file one of them behind, never past the database.
    """
    connection = transaction.get_connection()
    # Once per transaction: an import writes thousands of entries in one, and the callback
    # reads the last entry when it runs. (Django keeps (savepoints, callback, robust) tuples;
    # one dropped with a rolled-back savepoint is gone from the list, so it is added again.)
    if not any(pending[1] is note_chain_head for pending in connection.run_on_commit):
        transaction.on_commit(note_chain_head, robust=True)


def check_chain_head(entries: int, last_id: int | None) -> str | None:
    """Return what is wrong with the end of an intact chain against the kept head, or None.

    entries and last_id describe the chain in the database as verified.
    """
    kept = read_chain_head()
    if kept is None:
        return None
    if last_id is not None and kept.last_id <= last_id and is_in_chain(kept):
        return None
    removed = kept.entries - entries
    if removed > 0:
        return (
            f"the last {removed} entries were removed: {head_file()} says the chain had "
            f"{kept.entries} entries ending with entry {kept.last_id} (hash {kept.last_hash}), "
            f"the database holds {entries}"
        )
    return (
        f"entry {kept.last_id} (hash {kept.last_hash}), the last kept in {head_file()}, is no "
        f"longer in the chain: the entries after the cut were removed and others written"
    )
