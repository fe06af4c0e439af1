"""The hash-chained audit log: writing entries and verifying the chain."""

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from tugan.audit.models import AuditEntry

GENESIS_HASH = "0" * 64
SYSTEM_ACTOR = "system"
# The PostgreSQL advisory lock key that guards the chain's tail ("tugn").
CHAIN_LOCK = 0x7475676E


def compute_entry_hash(entry: AuditEntry) -> str:
    """Return the sha256 that seals an entry and the hash of the entry before it."""
    payload = json.dumps(
        [
            entry.previous_hash,
            entry.created_at.isoformat(),
            entry.actor_name,
            entry.action,
            entry.record_type,
            entry.record_id,
            entry.changes,
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_chain() -> None:
    """Let one transaction at a time extend the chain, until it ends.

    SQLite's IMMEDIATE transactions (settings) already let one writer in at a time. PostgreSQL
    takes an advisory lock: locking the tail row would not do, as a writer that waited on it
    would then extend an entry that is no longer the last.
    """
    connection = transaction.get_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK])


def record_audit(action: str, record, by=None, changes: dict | None = None) -> AuditEntry:
    """Append an audit entry for a change to record; call inside the change's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_audit must run inside the transaction of the change it records")
    lock_chain()
    last = AuditEntry.objects.order_by("-id").first()
    entry = AuditEntry(
        created_at=timezone.now(),
        actor=by if by is not None and by.is_authenticated else None,
        actor_name=by.get_username() if by is not None and by.is_authenticated else SYSTEM_ACTOR,
        action=action,
        record_type=record._meta.label if hasattr(record, "_meta") else str(type(record).__name__),
        record_id=str(getattr(record, "public_id", None) or getattr(record, "pk", "")),
        changes=json.loads(json.dumps(changes or {}, default=str)),
        previous_hash=last.entry_hash if last else GENESIS_HASH,
    )
    entry.entry_hash = compute_entry_hash(entry)
    entry.save()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None
    problem: str | None

    @property
    def is_intact(self) -> bool:
        return self.first_broken_id is None


def verify_audit_chain() -> ChainCheck:
    """Return whether every entry's hash is right and links to the entry before it."""
    previous = GENESIS_HASH
    count = 0
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        count += 1
        if entry.previous_hash != previous:
            return ChainCheck(count, entry.id, "does not link to the entry before it")
        if compute_entry_hash(entry) != entry.entry_hash:
            return ChainCheck(count, entry.id, "was altered after it was written")
        previous = entry.entry_hash
    return ChainCheck(count, None, None)
