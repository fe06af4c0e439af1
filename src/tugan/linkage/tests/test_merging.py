"""Merge, unmerge and not-the-same, as operations. Every person here is FICTIONAL."""

import pytest

from tugan.audit.models import AuditEntry
from tugan.linkage import merging
from tugan.linkage.models import MatchCandidate, MatchState
from tugan.records import operations
from tugan.records.models import Citation, Event, Identifier, PersonName, Relationship
from tugan.testing import make_person, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(users):
    """Two fictional records of one person, each with names, facts and sources."""
    keep = make_person(["约买尔·艾木杜拉"])
    other = make_person(["Omer Hemdulla", "Ömer Hämdulla"])
    relative = make_person(["Fictional Sister Aynur"])
    operations.add_relationship(relative, "sibling", other)
    operations.add_identifier(other, "passport", "FICTIONAL-P-1")
    event = operations.add_event(type="detained", person=other)
    source = make_source("Fictional report: Omer Hemdulla was detained.")
    operations.cite_source(source, "Omer Hemdulla was detained", event=event)
    operations.cite_source(source, "Omer Hemdulla", person=other)
    return keep, other, users["editor"]


def snapshot(person) -> dict:
    return {
        "names": set(PersonName.objects.filter(person=person).values_list("pk", flat=True)),
        "events": set(Event.objects.filter(person=person).values_list("pk", flat=True)),
        "citations": set(Citation.objects.filter(person=person).values_list("pk", flat=True)),
        "identifiers": set(Identifier.objects.filter(person=person).values_list("pk", flat=True)),
        "relationships": set(
            Relationship.objects.filter(to_person=person).values_list("pk", flat=True)
        ),
    }


def test_merge_moves_every_record_and_points_the_other_at_the_kept(pair):
    keep, other, editor = pair
    before = snapshot(other)
    merge = merging.merge_persons(keep, other, by=editor)
    other.refresh_from_db()
    assert other.merged_into == keep
    after = snapshot(keep)
    for kind, pks in before.items():
        assert pks <= after[kind], kind
    assert snapshot(other) == {kind: set() for kind in before}
    assert sorted(merge.moved["names"]) == sorted(before["names"])
    assert MatchCandidate.objects.get().state == MatchState.MERGED
    keep.refresh_from_db()
    assert keep.status_summary.startswith("detained")


def test_merge_writes_one_audit_entry_saying_what_moved(pair):
    keep, other, editor = pair
    merging.merge_persons(keep, other, by=editor)
    entry = AuditEntry.objects.filter(action="merge_persons").get()
    assert entry.record_id == keep.public_id
    assert entry.actor == editor
    assert entry.record_change.changes["merged"] == other.public_id
    assert len(entry.record_change.changes["moved"]["names"]) == 2


def test_unmerge_restores_exactly_what_was_there(pair):
    keep, other, editor = pair
    keep_before, other_before = snapshot(keep), snapshot(other)
    merging.merge_persons(keep, other, by=editor)
    other.refresh_from_db()
    merging.unmerge_person(other, by=editor)
    other.refresh_from_db()
    assert other.merged_into is None
    assert snapshot(keep) == keep_before
    assert snapshot(other) == other_before
    assert MatchCandidate.objects.get().state == MatchState.PENDING
    assert AuditEntry.objects.filter(action="unmerge_person", record_id=other.public_id).exists()


def test_unmerge_refuses_a_person_who_is_not_merged(pair):
    keep, _, editor = pair
    with pytest.raises(merging.MergeRefused):
        merging.unmerge_person(keep, by=editor)


def test_merge_refuses_a_person_already_merged(pair):
    keep, other, editor = pair
    third = make_person(["Fictional Third"])
    merging.merge_persons(keep, other, by=editor)
    with pytest.raises(merging.MergeRefused):
        merging.merge_persons(third, other, by=editor)


def test_a_relationship_between_the_two_stays_where_it_was(pair):
    keep, other, editor = pair
    link = operations.add_relationship(keep, "relative", other)
    merging.merge_persons(keep, other, by=editor)
    link.refresh_from_db()
    assert (link.from_person, link.to_person) == (keep, other)


def test_mark_distinct_is_remembered_and_audited(pair):
    keep, other, editor = pair
    candidate = merging.mark_distinct(MatchCandidate.objects.get(), by=editor)
    assert candidate.state == MatchState.DISTINCT
    assert candidate.decided_by == editor
    operations.add_person_name(other, "Ömer Hemdulla")
    assert MatchCandidate.objects.get().state == MatchState.DISTINCT
    assert AuditEntry.objects.filter(action="mark_distinct").count() == 1


def test_persons_never_proposed_can_be_marked_distinct(users):
    a, b = make_person(["Fictional One"]), make_person(["Gulnar Qadir"])
    candidate = merging.mark_persons_distinct(a, b, by=users["reviewer"])
    assert (candidate.person_a, candidate.person_b, candidate.state) == (a, b, "distinct")


def test_a_name_form_the_kept_person_has_stays_on_the_merged_record(users):
    keep = make_person(["阿迪力·虚构江"])
    other = make_person(["阿迪力.虚构江", "Adil Fictionjan"])
    merge = merging.merge_persons(keep, other, by=users["editor"])
    assert list(keep.names.values_list("text", flat=True)) == ["阿迪力·虚构江", "Adil Fictionjan"]
    assert list(other.names.values_list("text", flat=True)) == ["阿迪力.虚构江"]
    other.refresh_from_db()
    merging.unmerge_person(other, by=users["editor"])
    assert list(other.names.values_list("text", flat=True)) == ["阿迪力.虚构江", "Adil Fictionjan"]
    assert len(merge.moved["names"]) == 1


def test_merging_a_testifier_who_asked_not_to_be_named_keeps_them_unnamed(pair, users):
    keep, other, editor = pair
    operations.set_person_fields(other, is_anonymous=True)
    merging.merge_persons(keep, other, by=editor)
    keep.refresh_from_db()
    assert keep.is_anonymous
    visible = PersonName.objects.visible_to(users["researcher"]).filter(person=keep)
    assert list(visible) == []
    other.refresh_from_db()
    merging.unmerge_person(other, by=editor)
    keep.refresh_from_db()
    assert keep.is_anonymous  # left marked: the safe way
