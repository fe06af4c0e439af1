"""The hash-chained audit log: writing entries and verifying the chain."""

import hashlib
import json
from dataclasses import dataclass
from typing import Any, TypeAlias

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from tugan.audit.head import check_chain_head, note_chain_head_on_commit
from tugan.audit.models import SYSTEM_ACTOR, AuditEntry, RecordChange

GENESIS_HASH = "0" * 64
# The PostgreSQL advisory lock key that guards the chain's tail ("tugn").
CHAIN_LOCK = 0x7475676E
VALUE_HASH_SALT = "tugan.audit.value"

# Who made a change. The audit app sits below accounts, so it knows users as Django's; the apps
# pass tugan.accounts.models.AnyUser, which is one.
Actor: TypeAlias = AbstractBaseUser | AnonymousUser


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


def hash_value(value: Any) -> str:
    """Return the keyed hash an audit entry holds in place of a value.

    Keyed (HMAC with the site's secret), so that a short value (a name, a level) cannot be
    found by hashing guesses; the same secret lets `tugan audit verify` match each entry to
    the values its history row keeps.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return salted_hmac(VALUE_HASH_SALT, text, algorithm="sha256").hexdigest()


def seal_changes(changes: dict[str, Any], part: str = "") -> dict[str, Any]:
    """Return what an audit entry keeps of a change: field names, hashes of values, the part."""
    sealed: dict[str, Any] = {
        "fields": {name: hash_value(value) for name, value in changes.items()}
    }
    if part:
        sealed["part"] = part
    return sealed


def label_of(record: Any) -> str:
    return record._meta.label if hasattr(record, "_meta") else str(type(record).__name__)


def record_audit(
    action: str,
    record: Any,
    by: Actor | None = None,
    changes: dict[str, Any] | None = None,
    part: Any = None,
    reverts: RecordChange | None = None,
) -> AuditEntry:
    """Append an audit entry for a change to record; call inside the change's transaction.

    The values in changes are kept in full in the record's history (RecordChange), visible to
    those who may see the record and the part that changed (a name form, an event...); the
    audit entry, which every admin reads, holds only their field names and keyed hashes.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_audit must run inside the transaction of the change it records")
    lock_chain()
    last = AuditEntry.objects.order_by("-id").first()
    values = json.loads(json.dumps(changes or {}, default=str))
    part_type = label_of(part) if part is not None else ""
    part_pk = str(part.pk) if part is not None else ""
    actor = by if by is not None and by.is_authenticated else None
    actor_id = actor.pk if actor is not None else None
    entry = AuditEntry(
        created_at=timezone.now(),
        actor_id=actor_id,
        actor_name=actor.get_username() if actor is not None else SYSTEM_ACTOR,
        action=action,
        record_type=label_of(record),
        record_id=str(getattr(record, "public_id", None) or getattr(record, "pk", "")),
        changes=seal_changes(values, f"{part_type}:{part_pk}" if part is not None else ""),
        previous_hash=last.entry_hash if last else GENESIS_HASH,
    )
    entry.entry_hash = compute_entry_hash(entry)
    entry.save()
    RecordChange.objects.create(
        audit_entry=entry,
        created_at=entry.created_at,
        actor_id=actor_id,
        actor_name=entry.actor_name,
        action=action,
        record_type=entry.record_type,
        record_id=entry.record_id,
        part_type=part_type,
        part_pk=part_pk,
        changes=values,
        reverts=reverts,
    )
    note_chain_head_on_commit()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None
    problem: str | None
    last_hash: str = GENESIS_HASH

    @property
    def is_intact(self) -> bool:
        return self.problem is None


def verify_audit_chain() -> ChainCheck:
    """Return whether every entry's hash is right and links to the entry before it.

    An altered entry fails its own hash; a removed or moved entry breaks the link of the entry
    after it. Each entry's field hashes must also match the values its history row keeps.
    Removed last entries are found against the head kept outside the database (audit.head).
    """
    previous = GENESIS_HASH
    last_id = None
    count = 0
    entries = AuditEntry.objects.order_by("id").select_related("record_change")
    for entry in entries.iterator(chunk_size=2000):
        count += 1
        if entry.previous_hash != previous:
            return ChainCheck(count, entry.id, "does not link to the entry before it")
        if compute_entry_hash(entry) != entry.entry_hash:
            return ChainCheck(count, entry.id, "was altered after it was written")
        history = getattr(entry, "record_change", None)
        if (
            history is not None
            and "fields" in entry.changes
            and seal_changes(history.changes)["fields"] != entry.changes["fields"]
        ):
            return ChainCheck(count, entry.id, "does not match the history of its record")
        previous, last_id = entry.entry_hash, entry.id
    cut = check_chain_head(count, last_id)
    if cut is not None:
        return ChainCheck(count, None, cut, previous)
    return ChainCheck(count, None, None, previous)
