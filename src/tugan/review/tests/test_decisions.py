import pytest

from tugan.audit.log import verify_audit_chain
from tugan.audit.models import AuditEntry
from tugan.records.models import Citation, Event, Identifier, Person
from tugan.review import decisions
from tugan.review.decisions import DecisionError
from tugan.review.suggesting import suggest_facts
from tugan.review.tests.fictional import (
    BROTHER,
    FICTIONAL_ID,
    SISTER,
    import_fictional_report,
)
from tugan.testing import make_person, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path)


def suggestion_of(source, kind, **payload):
    return next(
        s
        for s in source.suggestions.filter(kind=kind).order_by("number")
        if all(s.payload.get(key) == value for key, value in payload.items())
    )


def test_accepting_a_person_creates_them_with_their_names_cited(source, users):
    suggestion = suggestion_of(source, "person", name=SISTER)
    decisions.accept_suggestion(suggestion, by=users["editor"])
    person = Person.objects.get(names__text=SISTER)
    assert sorted(person.names.values_list("text", "kind")) == [
        ("古丽娜尔", "alias"),
        (SISTER, "primary"),
    ]
    assert person.ethnicity == "kazakh"
    citation = Citation.objects.get(person_name__text=SISTER)
    assert (citation.source, citation.start, citation.quote) == (source, 16, SISTER)
    assert Citation.objects.get(person_name__text="古丽娜尔").start == 71


def test_accepting_a_person_attaches_to_the_person_with_exactly_that_name(source, users):
    existing = make_person([BROTHER], confidentiality="restricted", is_published=False)
    suggestion = decisions.accept_suggestion(
        suggestion_of(source, "person", name=BROTHER), by=users["editor"]
    )
    assert suggestion.person == existing
    assert Person.objects.count() == 1
    assert existing.names.get().citations.get().source == source


def test_it_does_not_attach_to_a_person_the_reviewer_may_not_see(source, users):
    hidden = make_person([BROTHER], confidentiality="confidential", is_published=False)
    suggestion = decisions.accept_suggestion(
        suggestion_of(source, "person", name=BROTHER), by=users["editor"]
    )
    assert suggestion.person != hidden
    assert Person.objects.count() == 2


def test_accepting_an_event_creates_it_with_its_subject_place_and_citation(source, users):
    suggestion = decisions.accept_suggestion(
        suggestion_of(source, "event", type="detained"), by=users["editor"]
    )
    event = suggestion.event
    assert (event.type, event.date_display, event.place.key) == ("detained", "2018-05", "CN-654002")
    assert event.person.primary_name == BROTHER
    assert (event.review_state, event.confidentiality, event.is_published) == (
        "confirmed",
        "restricted",
        False,
    )
    citation = event.citations.get()
    assert citation.quote in source.text
    assert source.text[citation.start : citation.end] == citation.quote
    assert "被捕" in citation.quote
    assert event.person.status_summary == "detained (2018-05)"


def test_accepting_a_relatives_event_anchors_it_on_the_named_person(source, users):
    suggestion = decisions.accept_suggestion(
        suggestion_of(source, "event", type="disappeared"), by=users["editor"]
    )
    event = suggestion.event
    assert event.person is None
    assert (event.relative_of.primary_name, event.relation, event.subject_count) == (
        SISTER,
        "sister",
        2,
    )


def test_events_about_one_person_attach_to_the_same_record(source, users):
    for kind in ["detained", "sentenced"]:
        decisions.accept_suggestion(suggestion_of(source, "event", type=kind), by=users["editor"])
    decisions.accept_suggestion(suggestion_of(source, "person", name=BROTHER), by=users["editor"])
    brother = Person.objects.get(names__text=BROTHER)
    assert sorted(brother.events.values_list("type", "term_years")) == [
        ("detained", None),
        ("sentenced", 15),
    ]
    assert Person.objects.count() == 1


def test_a_decision_records_the_reviewer_and_the_time(source, users):
    suggestion = decisions.reject_suggestion(
        suggestion_of(source, "place", key="KZ/Almaty"), by=users["reviewer"]
    )
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.reviewer) == ("rejected", users["reviewer"])
    assert suggestion.reviewed_at is not None


def test_rejecting_creates_nothing(source, users):
    decisions.reject_suggestion(suggestion_of(source, "event", type="detained"), by=users["editor"])
    assert Event.objects.count() == 0
    assert Person.objects.count() == 0


def test_editing_changes_the_payload_then_accepts_it(source, users):
    suggestion = suggestion_of(source, "event", type="sentenced")
    edited = decisions.edit_and_accept_suggestion(
        suggestion, {"years": 16, "date": "2019-06"}, by=users["editor"]
    )
    assert edited.state == "edited"
    assert (edited.event.term_years, edited.event.date_display) == (16, "2019-06")
    entry = AuditEntry.objects.get(action="edit_and_accept_suggestion")
    history = entry.record_change.changes
    assert (history["before"]["years"], history["after"]["years"]) == (15, 16)


def test_an_edit_that_cannot_be_accepted_changes_nothing(source, users):
    suggestion = suggestion_of(source, "event", type="sentenced")
    with pytest.raises(DecisionError):
        decisions.edit_and_accept_suggestion(
            suggestion, {"place": "XX/Nowhere"}, by=users["editor"]
        )
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.payload["place"]) == ("pending", None)
    assert Event.objects.count() == 0


def test_a_suggestion_is_decided_once(source, users):
    suggestion = suggestion_of(source, "place", key="KZ/Almaty")
    decisions.accept_suggestion(suggestion, by=users["editor"])
    with pytest.raises(DecisionError, match="already"):
        decisions.reject_suggestion(suggestion, by=users["editor"])


def test_accept_all_accepts_every_pending_suggestion_of_the_kind(source, users):
    first = suggestion_of(source, "event", type="detained")
    decisions.reject_suggestion(first, by=users["editor"])
    outcome = decisions.accept_all_suggestions(source, "event", by=users["editor"])
    assert sorted(s.payload["type"] for s in outcome.accepted) == ["disappeared", "sentenced"]
    assert outcome.failed == []
    assert source.suggestions.filter(kind="person", state="pending").count() == 2
    assert Event.objects.count() == 2


def test_every_decision_is_in_the_audit_log(source, users):
    decisions.accept_suggestion(suggestion_of(source, "person", name=SISTER), by=users["editor"])
    decisions.reject_suggestion(suggestion_of(source, "person", name=BROTHER), by=users["editor"])
    actions = list(
        AuditEntry.objects.filter(record_type="review.Suggestion").values_list(
            "action", "actor_name"
        )
    )
    assert actions == [
        ("accept_suggestion", "fictional-editor"),
        ("reject_suggestion", "fictional-editor"),
    ]
    assert verify_audit_chain().is_intact


def test_accepting_a_resident_id_adds_a_confidential_identifier_unlogged(users):
    source = make_source(f"虚构证词：阿力木·吐尔逊的身份证号码是{FICTIONAL_ID}。")
    suggestion = next(s for s in suggest_facts(source) if s.kind == "identifier")
    decisions.accept_suggestion(suggestion, by=users["editor_confidential"])
    identifier = Identifier.objects.get()
    assert (identifier.value, identifier.confidentiality) == (FICTIONAL_ID, "confidential")
    assert identifier.person.primary_name == "阿力木·吐尔逊"
    assert FICTIONAL_ID not in str(list(AuditEntry.objects.values_list("changes", flat=True)))


def test_a_resident_id_without_a_holder_is_not_accepted(users):
    source = make_source(f"虚构文件编号{FICTIONAL_ID}。")
    suggestion = next(s for s in suggest_facts(source) if s.kind == "identifier")
    with pytest.raises(DecisionError, match="person"):
        decisions.accept_suggestion(suggestion, by=users["editor_confidential"])
    assert Identifier.objects.count() == 0
