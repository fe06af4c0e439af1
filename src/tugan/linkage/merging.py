"""Merging two person records into one, undoing a merge, and marking a pair as not the same.

A merge moves every name, event, citation, relationship, identifier and contact report of the
merged person to the kept one and records exactly which records moved (linkage.Merge), so that
unmerging moves precisely those back. Nothing is deleted.
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tugan.accounts.models import AnyUser
from tugan.audit.log import record_audit
from tugan.core.extract.document import name_key
from tugan.linkage.evidence import MarkedEvidence
from tugan.linkage.models import MatchCandidate, MatchState, Merge, NameBlock
from tugan.records import followups
from tugan.records.models import (
    Citation,
    ContactReport,
    Event,
    Identifier,
    Person,
    PersonName,
    Relationship,
)
from tugan.records.operations import refresh_status_summary

# What moves, as (kind in Merge.moved, model, the field pointing at the person).
MOVABLE = [
    ("names", PersonName, "person"),
    ("events", Event, "person"),
    ("relative_events", Event, "relative_of"),
    ("citations", Citation, "person"),
    ("identifiers", Identifier, "person"),
    ("relationships_from", Relationship, "from_person"),
    ("relationships_to", Relationship, "to_person"),
    ("contact_reports_made", ContactReport, "reporter"),
    ("contact_reports_about", ContactReport, "relative"),
]


class MergeRefused(ValueError):
    """The merge or unmerge cannot be done; the message says why."""


def find_candidate(a: Person, b: Person) -> MatchCandidate | None:
    """Return the stored candidate pair of these two persons, if any."""
    first, second = (a, b) if a.pk < b.pk else (b, a)
    return MatchCandidate.objects.filter(person_a=first, person_b=second).first()


def movable_ids(keep: Person, other: Person) -> dict[str, list[int]]:
    """Return the primary keys of other's records that can move to keep, by kind."""
    moved: dict[str, list[int]] = {}
    kept_identifiers = set(Identifier.objects.filter(person=keep).values_list("kind", "value"))
    kept_names = {name_key(text) for text in keep.names.values_list("text", flat=True)}
    for kind, model, field in MOVABLE:
        records = model.objects.filter(**{field: other})
        if model is Relationship:
            # A relationship between the two would relate the kept person to themself: it stays.
            records = records.exclude(Q(from_person=keep) | Q(to_person=keep))
        if model is Identifier:
            # The same identifier on both stays with the merged person (one per person).
            moved[kind] = sorted(
                identifier.pk
                for identifier in Identifier.objects.filter(**{field: other})
                if (identifier.kind, identifier.value) not in kept_identifiers
            )
            continue
        if model is PersonName:
            # A form the kept person already has (约买尔.艾木杜拉 beside 约买尔·艾木杜拉) stays,
            # with its citations, on the merged record: a person lists each form once.
            moved[kind] = sorted(
                name.pk
                for name in PersonName.objects.filter(**{field: other})
                if name_key(name.text) not in kept_names
            )
            continue
        moved[kind] = sorted(records.values_list("pk", flat=True))
    return moved


@transaction.atomic
def merge_persons(keep: Person, other: Person, by: AnyUser | None = None) -> Merge:
    """Merge other into keep: move all other's records to keep and point other at keep."""
    keep = Person.objects.select_for_update().get(pk=keep.pk)
    other = Person.objects.select_for_update().get(pk=other.pk)
    if keep.pk == other.pk:
        raise MergeRefused("a person cannot be merged into themself")
    if keep.merged_into_id is not None or other.merged_into_id is not None:
        raise MergeRefused("one of the two persons has already been merged")
    moved = movable_ids(keep, other)
    for kind, model, field in MOVABLE:
        model.objects.filter(pk__in=moved[kind]).update(**{field: keep})
    NameBlock.objects.filter(name_id__in=moved["names"]).update(person=keep)
    Person.objects.filter(pk=other.pk).update(merged_into=keep)
    # One person: if they asked not to be named under either record, they did under both, or
    # their names would show on the kept record. Undoing the merge leaves the mark (the safe way).
    made_anonymous = other.is_anonymous and not keep.is_anonymous
    if made_anonymous:
        Person.objects.filter(pk=keep.pk).update(is_anonymous=True)
    candidate = find_candidate(keep, other)
    merge = Merge.objects.create(
        kept=keep,
        merged=other,
        moved=moved,
        candidate_state_before=candidate.state if candidate else "",
        merged_by=by if by is not None and by.is_authenticated else None,
    )
    if candidate is not None:
        candidate.state = MatchState.MERGED
        candidate.decided_by = merge.merged_by
        candidate.decided_at = timezone.now()
        candidate.save(update_fields=["state", "decided_by", "decided_at"])
    refresh_status_summary(keep)
    # Both persons' links and facts count again: other's records are now keep's.
    followups.records_changed(persons=[keep.pk, other.pk])
    record_audit(
        "merge_persons",
        keep,
        by=by,
        changes={
            "merged": other.public_id,
            "merge": merge.pk,
            "moved": moved,
            **({"is_anonymous": True} if made_anonymous else {}),
        },
    )
    return merge


@transaction.atomic
def unmerge_person(person: Person, by: AnyUser | None = None) -> Merge:
    """Undo the merge of this person: move back exactly the records that moved, and free them."""
    merge = (
        Merge.objects.select_for_update()
        .filter(merged=person, undone_at__isnull=True)
        .order_by("-merged_at", "-id")
        .first()
    )
    if merge is None or person.merged_into_id is None:
        raise MergeRefused(f"{person.public_id} is not merged into anyone")
    for kind, model, field in MOVABLE:
        model.objects.filter(pk__in=merge.moved.get(kind, [])).update(**{field: person})
    NameBlock.objects.filter(name_id__in=merge.moved.get("names", [])).update(person=person)
    Person.objects.filter(pk=person.pk).update(merged_into=None)
    person.merged_into = None
    merge.undone_at = timezone.now()
    merge.undone_by = by if by is not None and by.is_authenticated else None
    merge.save(update_fields=["undone_at", "undone_by"])
    kept = merge.kept
    candidate = find_candidate(kept, person)
    if candidate is not None:
        if merge.candidate_state_before:
            candidate.state = merge.candidate_state_before
            candidate.decided_by = None
            candidate.decided_at = None
            candidate.save(update_fields=["state", "decided_by", "decided_at"])
        else:
            candidate.delete()
    refresh_status_summary(kept)
    refresh_status_summary(person)
    followups.records_changed(persons=[kept.pk, person.pk])
    record_audit(
        "unmerge_person",
        person,
        by=by,
        changes={"from": kept.public_id, "merge": merge.pk, "moved_back": merge.moved},
    )
    return merge


@transaction.atomic
def mark_distinct(candidate: MatchCandidate, by: AnyUser | None = None) -> MatchCandidate:
    """Record that the two persons of a candidate pair are not the same: never propose it again."""
    candidate = MatchCandidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.state == MatchState.MERGED:
        raise MergeRefused("the pair is merged; unmerge it first")
    candidate.state = MatchState.DISTINCT
    candidate.decided_by = by if by is not None and by.is_authenticated else None
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["state", "decided_by", "decided_at"])
    record_audit(
        "mark_distinct",
        candidate.person_a,
        by=by,
        changes={"distinct_from": candidate.person_b.public_id, "candidate": candidate.pk},
    )
    return candidate


@transaction.atomic
def mark_persons_distinct(a: Person, b: Person, by: AnyUser | None = None) -> MatchCandidate:
    """Record that two persons are not the same, whether or not they were proposed."""
    candidate = find_candidate(a, b)
    if candidate is None:
        first, second = (a, b) if a.pk < b.pk else (b, a)
        marked: MarkedEvidence = {"items": [], "says": "marked by hand"}
        candidate = MatchCandidate.objects.create(
            person_a=first, person_b=second, score=0.0, evidence=marked
        )
    return mark_distinct(candidate, by=by)
