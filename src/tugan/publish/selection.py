"""Which records an export at a level holds: exactly what its viewer may see, made whole.

The viewer of a level is records/exporting.py's viewer_for_level (public: anyone; restricted:
a researcher; confidential: an admin), and each kind of record is chosen with the same
`visible_to` filter and read-function rules as the pages. A record pointing at one the export
leaves out loses that pointer (when it may be empty) or is left out itself, so an export never
names what its viewer may not see and always imports whole.
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.core import serializers
from django.db.models import Model, Q, QuerySet

from tugan.accounts.roles import Confidentiality
from tugan.audit.models import AuditEntry
from tugan.linkage.models import MatchCandidate, Merge
from tugan.records.exporting import viewer_for_level
from tugan.records.models import (
    Citation,
    Event,
    Identifier,
    Person,
    PersonName,
    Place,
)
from tugan.records.reading import visible_contact_reports, visible_relationships
from tugan.records.status import summarize_status
from tugan.review.models import Suggestion
from tugan.sources.models import Source

# Fields that never leave the installation, whatever the level.
SECRET_FIELDS = {"accounts.user": {"password", "last_login", "email"}}


@dataclass
class Selection:
    """The records of one export, serialized as Django's "python" format, in load order."""

    level: str
    records: list[dict[str, Any]] = field(default_factory=list)

    def of(self, label: str) -> list[dict[str, Any]]:
        """Return the serialized records of one model ("records.person")."""
        return [record for record in self.records if record["model"] == label]

    def pks(self, label: str) -> set[Any]:
        return {record["pk"] for record in self.of(label)}


def chosen_querysets(level: str) -> list[QuerySet[Any]]:
    """Return, in load order, the records the viewer of this level may see."""
    viewer = viewer_for_level(level)
    persons = Person.objects.visible_to(viewer)
    sources = Source.objects.visible_to(viewer)
    chosen: list[QuerySet[Any]] = [
        Place.objects.visible_to(viewer),
        sources,
        persons,
        PersonName.objects.visible_to(viewer).filter(person__in=persons),
        Identifier.objects.visible_to(viewer).filter(person__in=persons),
        visible_relationships(viewer),
        Event.objects.visible_to(viewer)
        .filter(Q(person__isnull=True) | Q(person__in=persons))
        .filter(Q(relative_of__isnull=True) | Q(relative_of__in=persons)),
        Citation.objects.visible_to(viewer).filter(source__in=sources),
        visible_contact_reports(viewer),
    ]
    if level == Confidentiality.CONFIDENTIAL:
        # What only the review and match pages show, and the accounts and audit log that the
        # records' authors and history point at: for a complete copy of the installation.
        chosen = [
            get_user_model().objects.all(),
            *chosen,
            Suggestion.objects.visible_to(viewer).filter(source__in=sources),
            MatchCandidate.objects.all(),
            Merge.objects.all(),
            AuditEntry.objects.all(),
        ]
    return chosen


def related_fields(model: type[Model]) -> list[Any]:
    """Return the model's foreign keys and many-to-many fields (serialized by name)."""
    return [f for f in model._meta.get_fields() if f.concrete and f.is_relation]


def select_records(level: str) -> Selection:
    """Return the export of this level: visible records, with no pointer outside it."""
    querysets = chosen_querysets(level)
    serialized: list[tuple[type[Model], dict[str, Any]]] = []
    for queryset in querysets:
        model = queryset.model
        secret = SECRET_FIELDS.get(model._meta.label_lower, set())
        names = [f.name for f in model._meta.concrete_fields + model._meta.many_to_many]
        names = [n for n in names if n not in secret and n != model._meta.pk.name]
        rows = serializers.serialize("python", queryset.order_by("pk"), fields=names)
        serialized += [(model, row) for row in rows]
    # Drop pointers to left-out records until nothing changes (leaving one out may leave out
    # the records that need it).
    while True:
        kept: dict[str, set[Any]] = {}
        for model, row in serialized:
            kept.setdefault(model._meta.label_lower, set()).add(row["pk"])
        remaining, changed = [], False
        for model, row in serialized:
            if not close_pointers(model, row, kept):
                changed = True
                continue
            remaining.append((model, row))
        serialized = remaining
        if not changed:
            selection = Selection(level, [row for _model, row in serialized])
            if level != Confidentiality.CONFIDENTIAL:
                restate_statuses(selection)
            return selection


def close_pointers(model: type[Model], row: dict[str, Any], kept: dict[str, set[Any]]) -> bool:
    """Empty the row's pointers to records not kept; False if a required one is missing."""
    for relation in related_fields(model):
        target = relation.related_model._meta.label_lower
        value = row["fields"].get(relation.name)
        if relation.name not in row["fields"]:
            continue
        if relation.many_to_many:
            row["fields"][relation.name] = [pk for pk in value if pk in kept.get(target, set())]
        elif value is not None and value not in kept.get(target, set()):
            if not relation.null:
                return False
            row["fields"][relation.name] = None
    return True


def restate_statuses(selection: Selection) -> None:
    """Say each person's status from the events the export holds, not the stored summary.

    The stored summary is made from all the person's events, and may state one the viewer of
    this level may not see (a confidential "died").
    """
    exported = {row["pk"] for row in selection.of("records.event")}
    events_by_person: dict[int | None, list[Event]] = {}
    for event in Event.objects.filter(pk__in=exported, person__isnull=False):
        events_by_person.setdefault(event.person_id, []).append(event)
    for row in selection.of("records.person"):
        row["fields"]["status_summary"] = summarize_status(events_by_person.get(row["pk"], []))
