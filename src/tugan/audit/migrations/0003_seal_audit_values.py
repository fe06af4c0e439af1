"""Move the values in existing audit entries into record history, and re-seal the chain.

Audit entries written before 0002 hold values (names, quotes) in `changes`. This migration
checks that the chain is intact, copies each entry's values into a RecordChange (the record's
history, shown only to those who may see the record and the part the values are about: a name
form, an event, a citation, a relationship; a part it cannot find again is marked unknown and
shown only to users cleared for confidential records), puts field names and keyed hashes in
their place, and recomputes every entry's hash, as changing `changes` changes the hash. It then
appends one entry, `audit_values_sealed`, that holds the old chain's last hash, so a copy of
that hash kept elsewhere still matches the log. A broken chain is not re-sealed: that would
hide the break. The migration then stops, naming the entry; see docs/audit.md.

It cannot be reversed: the hashes replace the values in the log (the values stay in history).
"""

from django.db import migrations
from django.utils import timezone


# The part an old entry's values were about, when they came from a record with its own
# confidentiality: found again from what the entry says, or marked unknown.
UNKNOWN_PART = "*"


def find_part(apps, entry) -> tuple[str, str]:
    """Return the (model label, pk) of the name, event or citation an old entry was about."""
    changes = entry.changes if isinstance(entry.changes, dict) else {}
    if entry.action == "add_event" and changes.get("event"):
        return "records.Event", str(changes["event"])
    if entry.action == "cite_source" and changes.get("citation"):
        return "records.Citation", str(changes["citation"])
    if entry.action == "add_person_name":
        PersonName = apps.get_model("records", "PersonName")
        name = (
            PersonName.objects.filter(person__public_id=entry.record_id, text=changes.get("name"))
            .order_by("id")
            .first()
        )
        return ("records.PersonName", str(name.pk)) if name else (UNKNOWN_PART, "")
    if entry.action == "add_relationship":
        Relationship = apps.get_model("records", "Relationship")
        relationship = (
            Relationship.objects.filter(
                from_person__public_id=entry.record_id,
                to_person__public_id=changes.get("to"),
                kind=changes.get("kind"),
            )
            .order_by("id")
            .first()
        )
        return ("records.Relationship", str(relationship.pk)) if relationship else (UNKNOWN_PART, "")
    return "", ""


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
            part_type, part_pk = find_part(apps, entry)
            RecordChange.objects.create(
                part_type=part_type,
                part_pk=part_pk,
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
    # The records' tables: parts of old entries are found again in them.
    dependencies = [("audit", "0002_record_change_history"), ("records", "0001_initial")]

    operations = [migrations.RunPython(seal_values, migrations.RunPython.noop)]
