"""Changing fields of a stored record, and reverting such a change: each one audited."""

from typing import Any, TypeVar

from django.db import models, transaction
from django.utils.translation import gettext as _

from tugan.audit import followups
from tugan.audit.log import Actor, record_audit
from tugan.audit.models import RecordChange

FIELD_CHANGE_ACTIONS = {"change_record", "revert_change"}
RecordT = TypeVar("RecordT", bound=models.Model)


class RevertError(Exception):
    """A change that cannot be reverted as it stands; the message says why."""


def history_subject(record: models.Model) -> models.Model | None:
    """Return the record whose history shows changes to this one (a name's person), if any.

    It is the first record this one derives from (confidentiality_follows): a name's or an
    event's person, a citation's or a suggestion's source.
    """
    for name in getattr(record, "confidentiality_follows", ()):
        subject: models.Model | None = getattr(record, name)
        if subject is not None:
            return subject
    return None


def concrete_field(model: type[models.Model], name: str) -> "models.Field[Any, Any]":
    """Return the model's stored field of this name (a change names only stored fields)."""
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field)
    return field


@transaction.atomic
def change_record(
    record: RecordT,
    changes: dict[str, Any],
    by: Actor | None = None,
    action: str = "change_record",
    reverts: RecordChange | None = None,
) -> RecordT:
    """Set these fields of a stored record, and audit each field's value before and after.

    The stored row is read again under lock, so "before" is what was stored, not what a form
    already wrote onto the instance it was given.
    """
    model = type(record)
    stored = model._default_manager.select_for_update().get(pk=record.pk)
    diff = {}
    for name, value in changes.items():
        field = concrete_field(model, name)
        if field.is_relation and isinstance(value, models.Model):
            value = value.pk
        before = getattr(stored, field.attname)
        setattr(stored, field.attname, value)
        after = getattr(stored, field.attname)
        if before != after:
            diff[name] = {"before": before, "after": after}
    if not diff:
        return stored
    touched = [field.name for field in model._meta.concrete_fields if field.name == "updated_at"]
    stored.save(update_fields=[*diff, *touched])
    subject = history_subject(stored)
    record_audit(
        action,
        subject or stored,
        by=by,
        changes=diff,
        part=stored if subject is not None else None,
        reverts=reverts,
    )
    for name in diff:
        setattr(record, concrete_field(model, name).attname, getattr(stored, name))
    for step in followups.after_record_changed:
        step(stored)
    return stored


def changed_record(change: RecordChange) -> models.Model:
    """Return the stored record a field change was made to (its part, if it names one)."""
    from django.apps import apps

    if change.part_type:
        model = apps.get_model(change.part_type)
        part: models.Model = model._default_manager.get(pk=change.part_pk)
        return part
    model = apps.get_model(change.record_type)
    key = "public_id" if hasattr(model, "public_id") else "pk"
    record: models.Model = model._default_manager.get(**{key: change.record_id})
    return record


@transaction.atomic
def revert_change(change: RecordChange, by: Actor | None = None) -> models.Model:
    """Set the fields a change set back to their values before it, as a new audited change.

    Refused if a field was changed again since: reverting then would undo that later change
    silently. Revert the later change first.
    """
    if change.action not in FIELD_CHANGE_ACTIONS:
        raise RevertError(_("Only a change of fields can be reverted here."))
    try:
        record = changed_record(change)
    except Exception:
        raise RevertError(_("The record this change was made to no longer exists.")) from None
    model = type(record)
    for name, values in change.changes.items():
        now = getattr(record, concrete_field(model, name).attname)
        if now != values["after"]:
            raise RevertError(
                _("The field %(field)s was changed again since; revert that change first.")
                % {"field": concrete_field(model, name).verbose_name}
            )
    before = {name: values["before"] for name, values in change.changes.items()}
    return change_record(record, before, by=by, action="revert_change", reverts=change)
