"""Reading a record's history: every change, before and after, that this user may see."""

from typing import Any

from django.apps import apps
from django.db import models
from django.http import Http404

from tugan.audit.changes import FIELD_CHANGE_ACTIONS
from tugan.audit.log import label_of
from tugan.audit.models import RecordChange


def history_key(record: models.Model) -> tuple[str, str]:
    """Return how audit entries name this record: its model label and public id (or pk)."""
    return label_of(record), str(getattr(record, "public_id", None) or record.pk)


def visible_parts(user: Any, changes: list[RecordChange]) -> set[tuple[str, str]]:
    """Return the (type, pk) of the changed parts that this user may see."""
    wanted: dict[str, set[str]] = {}
    for change in changes:
        if change.part_type:
            wanted.setdefault(change.part_type, set()).add(change.part_pk)
    visible = set()
    for label, pks in wanted.items():
        queryset = apps.get_model(label)._default_manager.filter(pk__in=pks)
        if hasattr(queryset, "visible_to"):
            queryset = queryset.visible_to(user)
        visible |= {(label, str(pk)) for pk in queryset.values_list("pk", flat=True)}
    return visible


def read_record_history(user: Any, record: models.Model) -> list[RecordChange]:
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
        change.is_revertible = change.action in FIELD_CHANGE_ACTIONS and not any(
            True for _ in change.reverted_by.all()
        )
    return shown


def change_rows(change: RecordChange) -> list[dict[str, Any]]:
    """Return a change as rows of field, value before (if known) and value after."""
    rows = []
    for name, value in change.changes.items():
        if change.action in FIELD_CHANGE_ACTIONS and isinstance(value, dict):
            rows.append({"field": name, "before": value.get("before"), "after": value.get("after")})
        else:
            rows.append({"field": name, "before": None, "after": value})
    return rows


def find_change(changes: list[RecordChange], change_pk: Any) -> RecordChange:
    """Return the change with this number among those read for a user; else 404."""
    for change in changes:
        if str(change.pk) == str(change_pk):
            return change
    raise Http404("No such change")
