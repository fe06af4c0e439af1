"""Undoing a decision restores exactly the state before it, and is audited."""

import pytest
from django.test import Client

from tugan.audit.models import AuditEntry
from tugan.linkage.models import Merge
from tugan.records.models import Citation, Event, Identifier, Person, PersonName
from tugan.review import decisions
from tugan.review.models import Suggestion
from tugan.review.tests.fictional import FAMILY_MAN, import_family_report
from tugan.review.undoing import undo_decision
from tugan.testing import ROLES, make_person

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    """Return every record a decision may touch, field by field."""
    models = [Person, PersonName, Event, Citation, Identifier, Suggestion]
    state = {
        model.__name__: sorted(
            tuple(sorted((k, str(v)) for k, v in row.items() if k not in {"updated_at"}))
            for row in model.objects.values()
        )
        for model in models
    }
    state["merges"] = sorted((m.pk, m.undone_at is not None) for m in Merge.objects.all())
    return state


@pytest.fixture
def source(tmp_path):
    return import_family_report(tmp_path)


def first(source, kind: str) -> Suggestion:
    return source.suggestions.filter(kind=kind).order_by("number").first()


def test_undoing_an_event_removes_the_person_it_made(source, users):
    before = snapshot()
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    assert Person.objects.count() == 1
    undo_decision(event, by=users["editor"])
    after = snapshot()
    assert after["Person"] == before["Person"] == []
    assert {key: value for key, value in after.items() if key != "merges"} == {
        key: value for key, value in before.items() if key != "merges"
    }


def test_undoing_the_person_after_the_events_puts_back_the_blanks_and_names(source, users):
    decisions.accept_all_suggestions(source, "event", by=users["editor"])
    before = snapshot()
    person = first(source, "person")
    decisions.accept_suggestion(person, by=users["editor"])
    assert Person.objects.get().ethnicity == "uyghur"
    undo_decision(person, by=users["editor"])
    assert snapshot() == before
    assert Person.objects.get().ethnicity == ""


def test_an_event_the_person_decision_built_on_is_undone_after_it(source, users):
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    person = first(source, "person")
    decisions.accept_suggestion(person, by=users["editor"])
    with pytest.raises(decisions.DecisionError, match=f"{source.public_id} #{person.number}"):
        undo_decision(event, by=users["editor"])
    undo_decision(person, by=users["editor"])
    undo_decision(event, by=users["editor"])
    assert Person.objects.count() == 0


def test_undoing_a_rejection_makes_the_suggestion_pending_again(source, users):
    event = first(source, "event")
    decisions.reject_suggestion(event, by=users["editor"])
    undo_decision(event, by=users["editor"])
    event.refresh_from_db()
    assert event.state == "pending" and event.reviewer is None


def test_undoing_an_edit_restores_the_suggested_payload(source, users):
    event = first(source, "event")
    payload = event.payload
    decisions.edit_and_accept_suggestion(event, {"date": "2016"}, by=users["editor"])
    undo_decision(event, by=users["editor"])
    event.refresh_from_db()
    assert event.payload == payload and Event.objects.count() == 0


def test_undoing_a_match_choice_undoes_the_merge_and_the_names(source, users):
    known = make_person([FAMILY_MAN])
    decisions.accept_all_suggestions(source, "event", by=users["editor"])
    before = snapshot()
    person = first(source, "person")
    decisions.accept_suggestion(person, by=users["editor"], person_choice=known.public_id)
    assert Person.objects.get(pk=known.pk).relatives_events.count() == 5
    undo_decision(person, by=users["editor"])
    after = snapshot()
    assert [undone for _pk, undone in after["merges"]] == [True]
    after.pop("merges"), before.pop("merges")
    assert after == before


def test_a_suggestion_undone_twice_is_refused(source, users):
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    undo_decision(event, by=users["editor"])
    with pytest.raises(decisions.DecisionError, match="no decision to undo"):
        undo_decision(event, by=users["editor"])


def test_undo_is_audited(source, users):
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    undo_decision(event, by=users["editor"])
    entry = AuditEntry.objects.filter(action="undo_decision").get()
    assert entry.actor == users["editor"]
    assert entry.record_change.changes["number"] == event.number
    assert entry.record_change.changes["undone"] == "accept"
    assert len(entry.record_change.changes["removed"]["persons"]) == 1


UNDO_STATUS = {
    "anonymous": 302,
    "contributor": 403,
    "researcher": 403,
    "reviewer": 302,
    "editor": 302,
    "editor_confidential": 302,
    "admin": 302,
}


def undo_url(suggestion) -> str:
    return f"/sources/{suggestion.source.public_id}/suggestions/{suggestion.number}/undo/"


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_undo(client_as, source, users, role):
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["admin"])
    response = client_as(role).post(undo_url(event))
    assert response.status_code == UNDO_STATUS[role]
    event.refresh_from_db()
    is_undone = role not in {"anonymous", "contributor", "researcher"}
    assert event.state == ("pending" if is_undone else "accepted")


def test_the_undo_button_is_on_the_review_page_and_says_what_went_wrong(client_as, source, users):
    event = first(source, "event")
    person = first(source, "person")
    client = client_as("editor")
    client.post(f"/sources/{source.public_id}/suggestions/{event.number}/accept/")
    client.post(f"/sources/{source.public_id}/suggestions/{person.number}/accept/")
    page = client.get(f"/sources/{source.public_id}/review/").content.decode()
    assert f'action="{undo_url(event)}"' in page
    response = client.post(undo_url(event), follow=True)
    assert "Undo the decisions that build on this one first" in response.content.decode()


def test_undo_rejects_get_and_needs_the_csrf_token(users, source):
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["editor"])
    assert client.get(undo_url(event)).status_code == 405
    assert client.post(undo_url(event)).status_code == 403
    event.refresh_from_db()
    assert event.state == "accepted"


def test_undoing_takes_the_removed_names_out_of_the_search_index(source, users):
    from tugan.core.search_text import query_words
    from tugan.search.backend import get_search_backend

    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    phrases = query_words(FAMILY_MAN)
    assert get_search_backend().match_names(phrases, None, 10).scores != {}
    undo_decision(event, by=users["editor"])
    assert get_search_backend().match_names(phrases, None, 10).scores == {}


def test_an_event_whose_record_a_later_choice_merged_is_undone_after_it(source, users):
    known = make_person([FAMILY_MAN])
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    person = first(source, "person")
    decisions.accept_suggestion(person, by=users["editor"], person_choice=known.public_id)
    with pytest.raises(decisions.DecisionError, match=f"{source.public_id} #{person.number}"):
        undo_decision(event, by=users["editor"])
    assert known.relatives_events.count() == 1


def test_an_event_whose_record_was_merged_on_the_matches_page_waits_for_the_unmerge(source, users):
    from tugan.linkage.merging import merge_persons

    known = make_person([FAMILY_MAN])
    event = first(source, "event")
    decisions.accept_suggestion(event, by=users["editor"])
    event.refresh_from_db()
    merge_persons(known, event.person, by=users["editor"])
    with pytest.raises(decisions.DecisionError, match="a merge on the Matches page"):
        undo_decision(event, by=users["editor"])
