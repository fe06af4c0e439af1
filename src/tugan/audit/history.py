"""Reading a record's history: every change, before and after, that this user may see."""

from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from tugan.audit.changes import FIELD_CHANGE_ACTIONS
from tugan.audit.log import Actor, label_of
from tugan.audit.models import RecordChange

# A part that an entry migrated from the old log was about, but that could not be found again
# (audit migration 0003): shown only to users cleared for confidential records.
UNKNOWN_PART = "*"
# What each operation did, as the history page says it; an unknown one shows its name.
ACTION_LABELS = {
    "create_person": _("person created"),
    "add_person_name": _("name added"),
    "add_identifier": _("identifier added"),
    "add_relationship": _("relationship added"),
    "add_event": _("event added"),
    "add_contact_report": _("contact report added"),
    "cite_source": _("source cited"),
    "import_source": _("source imported"),
    "update_source": _("source updated"),
    "suggest_facts": _("facts suggested"),
    "accept_suggestion": _("suggestion accepted"),
    "edit_and_accept_suggestion": _("suggestion edited and accepted"),
    "reject_suggestion": _("suggestion rejected"),
    "merge_persons": _("persons merged"),
    "unmerge_person": _("merge undone"),
    "mark_distinct": _("marked not the same person"),
    "change_record": _("fields changed"),
    "revert_change": _("change reverted"),
}


def history_key(record: models.Model) -> tuple[str, str]:
    """Return how audit entries name this record: its model label and public id (or pk)."""
    return label_of(record), str(getattr(record, "public_id", None) or record.pk)


def visible_parts(user: Actor, changes: list[RecordChange]) -> set[tuple[str, str]]:
    """Return the (type, pk) of the changed parts that this user may see."""
    wanted: dict[str, set[str]] = {}
    visible: set[tuple[str, str]] = set()
    for change in changes:
        if change.part_type == UNKNOWN_PART:
            if getattr(user, "sees_confidential_fields", False):
                visible.add((UNKNOWN_PART, change.part_pk))
        elif change.part_type:
            wanted.setdefault(change.part_type, set()).add(change.part_pk)
    for label, pks in wanted.items():
        queryset = apps.get_model(label)._default_manager.filter(pk__in=pks)
        if hasattr(queryset, "visible_to"):
            queryset = queryset.visible_to(user)
        visible |= {(label, str(pk)) for pk in queryset.values_list("pk", flat=True)}
    return visible


def read_record_history(user: Actor, record: models.Model) -> list[RecordChange]:
    """Return the changes to a record that this user may see, oldest first.

    Call it only for a record the user may see. A change to a part with its own
    confidentiality (a name form, an event, a citation) is left out unless that part is
    visible too; so is a change to a part that no longer exists.
    """
    record_type, record_id = history_key(record)
    changes = list(
        RecordChange.objects.filter(record_type=record_type, record_id=record_id)
        .select_related("reverts")
        .prefetch_related("reverted_by")
        .order_by("id")
    )
    parts = visible_parts(user, changes)
    shown = [c for c in changes if not c.part_type or (c.part_type, c.part_pk) in parts]
    for change in shown:
        change.rows = change_rows(change)
        change.label = ACTION_LABELS.get(change.action, change.action)
        change.is_revertible = change.action in FIELD_CHANGE_ACTIONS and not any(
            True for _ in change.reverted_by.all()
        )
    return shown


def change_rows(change: RecordChange) -> list[dict[str, Any]]:
    """Return a change as rows of field, value before (if known) and value after."""
    rows = []
    for name, value in change.changes.items():
        if change.action in FIELD_CHANGE_ACTIONS and isinstance(value, dict):
            rows.append(
                {
                    "field": name,
                    "before": shown_value(change, name, value.get("before")),
                    "after": shown_value(change, name, value.get("after")),
                }
            )
        elif isinstance(value, dict):  # a record created with its fields: a row for each
            fields = sorted(value.items())
            rows += [{"field": key, "before": None, "after": inner} for key, inner in fields]
        else:
            rows.append({"field": name, "before": None, "after": value})
    return rows


def shown_value(change: RecordChange, name: str, value: Any) -> Any:
    """Return a changed field's value as a reader knows it: a place or record by its key or
    public id rather than its row number (never by a name, which may be hidden)."""
    try:
        field = apps.get_model(change.record_type)._meta.get_field(name)
    except (LookupError, FieldDoesNotExist):
        return value
    if not field.is_relation or value is None:
        return value
    related = field.related_model._default_manager.filter(pk=value).first()
    return getattr(related, "public_id", None) or getattr(related, "key", None) or value


def find_change(changes: list[RecordChange], change_pk: Any) -> RecordChange:
    """Return the change with this number among those read for a user; else 404."""
    for change in changes:
        if str(change.pk) == str(change_pk):
            return change
    raise Http404("No such change")
