"""Move the values in existing audit entries into record history, and re-seal the chain.

Audit entries written before 0002 hold values (names, quotes) in `changes`. This migration
checks that the chain is intact, copies each entry's values into a RecordChange (the record's
history, shown only to those who may see the record), puts field names and keyed hashes in
their place, and recomputes every entry's hash, as changing `changes` changes the hash. It then
appends one entry, `audit_values_sealed`, that holds the old chain's last hash, so a copy of
that hash kept elsewhere still matches the log. A broken chain is not re-sealed: that would
hide the break. The migration then stops, naming the entry; see docs/audit.md.

It cannot be reversed: the hashes replace the values in the log (the values stay in history).
"""

from django.db import migrations
from django.utils import timezone


def seal_values(apps, schema_editor):
    from tugan.audit.log import GENESIS_HASH, SYSTEM_ACTOR, compute_entry_hash, seal_changes

    AuditEntry = apps.get_model("audit", "AuditEntry")
    RecordChange = apps.get_model("audit", "RecordChange")
    entries = list(AuditEntry.objects.order_by("id"))
    if not entries:
        return
    previous = GENESIS_HASH
    for entry in entries:
        if entry.previous_hash != previous or compute_entry_hash(entry) != entry.entry_hash:
            raise RuntimeError(
                f"audit entry {entry.id} is broken (run `tugan audit verify`); a broken chain "
                "is not re-sealed, as that would hide the break. See docs/audit.md."
            )
        previous = entry.entry_hash
    old_head = previous
    sealed_ids = set(RecordChange.objects.values_list("audit_entry_id", flat=True))
    previous = GENESIS_HASH
    for entry in entries:
        if entry.id not in sealed_ids:
            RecordChange.objects.create(
                audit_entry_id=entry.id,
                created_at=entry.created_at,
                actor_id=entry.actor_id,
                actor_name=entry.actor_name,
                action=entry.action,
                record_type=entry.record_type,
                record_id=entry.record_id,
                changes=entry.changes,
            )
            entry.changes = seal_changes(entry.changes)
        entry.previous_hash = previous
        entry.entry_hash = compute_entry_hash(entry)
        AuditEntry.objects.filter(pk=entry.pk).update(
            changes=entry.changes, previous_hash=entry.previous_hash, entry_hash=entry.entry_hash
        )
        previous = entry.entry_hash
    anchor = AuditEntry(
        created_at=timezone.now(),
        actor_name=SYSTEM_ACTOR,
        action="audit_values_sealed",
        record_type="audit.AuditEntry",
        record_id=str(entries[-1].id),
        changes={"old_head": old_head, "entries": len(entries)},
        previous_hash=previous,
    )
    anchor.entry_hash = compute_entry_hash(anchor)
    anchor.save()


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_record_change_history")]

    operations = [migrations.RunPython(seal_values, migrations.RunPython.noop)]
