"""Reading a record's history: every change, before and after, that this user may see."""

from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tugan.audit.changes import FIELD_CHANGE_ACTIONS
from tugan.audit.log import Actor, label_of
from tugan.audit.models import RecordChange
from tugan.core.gazetteer import load_gazetteer

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
    "set_person_fields": _("fields set"),
    "publish_person": _("person published"),
}
# Keys of a change that name no field of the changed record: what each holds.
CHANGE_KEY_LABELS = {
    "name": _("name"),
    "to": _("to"),
    "event": _("event"),
    "citation": _("citation"),
    "merged": _("merged with"),
    "merge": _("merge"),
    "moved": _("moved"),
    "from": _("taken back from"),
    "moved_back": _("moved back"),
    "distinct_from": _("not the same person as"),
    "candidate": _("possible match"),
    "file": _("imported file"),
    "suggestions": _("suggestions"),
}
# Keys of a change that name no field but hold the key of another record: that record's model.
CHANGE_KEY_MODELS = {"event": "records.Event", "citation": "records.Citation"}
# Keys of a change that count the records it made by kind ({"suggestions": {"event": 2}}): the
# model whose `kind` choices name the kinds.
COUNTED_KINDS = {"suggestions": "review.Suggestion"}
# The languages a name or a source is written in (a `language` field holds the tag), by name.
LANGUAGE_NAMES = {
    "zh": pgettext_lazy("language", "Chinese"),
    "zh-hans": pgettext_lazy("language", "Chinese (Simplified)"),
    "zh-hant": pgettext_lazy("language", "Chinese (Traditional)"),
    "en": pgettext_lazy("language", "English"),
    "kk": pgettext_lazy("language", "Kazakh"),
    "ug": pgettext_lazy("language", "Uyghur"),
    "ru": pgettext_lazy("language", "Russian"),
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
        change.rows = change_rows(change, user)
        change.label = ACTION_LABELS.get(change.action, change.action)
        part_model = changed_model(change) if change.part_type else None
        change.part_label = str(part_model._meta.verbose_name) if part_model else change.part_type
        change.is_revertible = change.action in FIELD_CHANGE_ACTIONS and not any(
            True for _ in change.reverted_by.all()
        )
    return shown


def change_rows(change: RecordChange, user: Actor) -> list[dict[str, Any]]:
    """Return a change as rows of field, value before (if known) and value after, each as the
    pages say it: the field's label, a choice's label, a place's name, a person's public id,
    an event by what happened, when and to whom (if this user may see it)."""
    model = changed_model(change)
    rows = []
    for name, value in change.changes.items():
        if name in COUNTED_KINDS and isinstance(value, dict):
            rows.append(
                {"field": field_label(model, name), "before": None, "after": counts(name, value)}
            )
        elif change.action in FIELD_CHANGE_ACTIONS and isinstance(value, dict):
            before, after = value.get("before"), value.get("after")
            rows.append(
                {
                    "field": field_label(model, name),
                    "before": shown_value(model, name, before, user),
                    "after": shown_value(model, name, after, user),
                }
            )
        elif isinstance(value, dict):  # a record created with its fields: a row for each
            rows += [
                {
                    "field": field_label(model, key),
                    "before": None,
                    "after": shown_value(model, key, inner, user),
                }
                for key, inner in sorted(value.items())
            ]
        else:
            rows.append(
                {
                    "field": field_label(model, name),
                    "before": None,
                    "after": shown_value(model, name, value, user),
                }
            )
    return rows


def changed_model(change: RecordChange) -> type[models.Model] | None:
    """Return the model of what was changed: the part (a name form, an event) or the record."""
    label = change.part_type if change.part_type and change.part_type != UNKNOWN_PART else ""
    try:
        return apps.get_model(label or change.record_type)
    except (LookupError, ValueError):
        return None


def stored_field(model: type[models.Model] | None, name: str) -> Any:
    """Return the model's field of this name, or None (a key that names no field)."""
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_label(model: type[models.Model] | None, name: str) -> str:
    """Return what a changed key is called on the pages: its field's label, translated."""
    field = stored_field(model, name)
    if field is not None and hasattr(field, "verbose_name"):
        return str(field.verbose_name)
    return str(CHANGE_KEY_LABELS.get(name, name))


def counts(name: str, value: dict[str, int]) -> str:
    """Return how many records of each kind a change made, each kind by its label."""
    kinds = dict(apps.get_model(COUNTED_KINDS[name])._meta.get_field("kind").flatchoices)
    said = [f"{kinds.get(kind, kind)}: {count}" for kind, count in value.items()]
    return ", ".join(said) or str(_("none"))


def shown_value(model: type[models.Model] | None, name: str, value: Any, user: Actor) -> Any:
    """Return a changed field's value as the pages show it: a choice by its label, a place by
    its name in the page's language, a language tag by the language's name, a person or source
    by public id (never by a person's name, which may be hidden), an event by its summary (what
    happened, when, to whom) if this user may see it, yes or no."""
    field = stored_field(model, name)
    if value is None or value == "":
        return value
    if field is None:
        if name not in CHANGE_KEY_MODELS:
            return value
        related_model = apps.get_model(CHANGE_KEY_MODELS[name])
    elif getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))
    elif name == "language" and isinstance(value, str):
        return str(LANGUAGE_NAMES.get(value.lower(), value))
    elif isinstance(field, models.BooleanField) and isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    elif not field.is_relation:
        return value
    else:
        related_model = field.related_model
    manager = related_model._default_manager
    if isinstance(value, str) and hasattr(related_model, "key"):
        # A place: by its key, or by the name it was stored under when the record was created
        # (in that day's page language), if the gazetteer knows one place by that name.
        keys = [value, *(entry.key for entry in load_gazetteer().find(value))]
        found = {place.key: place for place in manager.filter(key__in=keys)}
        related = found.get(value) or (found.popitem()[1] if len(found) == 1 else None)
    elif str(value).isdigit():
        related = manager.filter(pk=value).first()
    else:
        return value
    if related is None:
        return value
    if hasattr(related, "summary"):
        # What happened and when is shown only to whom may see the event or citation; else
        # its number.
        return related.summary if related.is_visible_to(user) else str(related)
    if hasattr(related, "public_id"):
        return related.public_id
    return getattr(related, "display_name", None) or getattr(related, "key", None) or value


def find_change(changes: list[RecordChange], change_pk: Any) -> RecordChange:
    """Return the change with this number among those read for a user; else 404."""
    for change in changes:
        if str(change.pk) == str(change_pk):
            return change
    raise Http404("No such change")
