"""Changing fields of a stored record: one operation, with its before and after audited."""

from typing import Any

from django.db import models, transaction

from tugan.audit.log import record_audit


@transaction.atomic
def change_record(record: models.Model, changes: dict[str, Any], by: Any = None) -> models.Model:
    """Set these fields of a stored record, and audit each field's value before and after.

    The stored row is read again under lock, so "before" is what was stored, not what a form
    already wrote onto the instance it was given.
    """
    model = type(record)
    stored = model._default_manager.select_for_update().get(pk=record.pk)
    diff = {}
    for name, value in changes.items():
        field = model._meta.get_field(name)
        before = field.value_from_object(stored)
        setattr(stored, name, value)
        after = field.value_from_object(stored)
        if before != after:
            diff[name] = {"before": before, "after": after}
    if not diff:
        return stored
    touched = [field.name for field in model._meta.concrete_fields if field.name == "updated_at"]
    stored.save(update_fields=[*diff, *touched])
    record_audit("change_record", stored, by=by, changes=diff)
    for name in diff:
        setattr(record, name, getattr(stored, name))
    return stored
