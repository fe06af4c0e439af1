"""Every mention of one person in a source resolves to one record, in whatever order."""

import pytest

from tugan.records.models import Event, Person, PersonName
from tugan.review import decisions
from tugan.review.models import Suggestion, SuggestionState
from tugan.review.tests.fictional import (
    FAMILY_MAN,
    FAMILY_MAN_AS_WRITTEN,
    FAMILY_MAN_SHORT,
    import_family_report,
)
from tugan.review.undoing import undo_decision

pytestmark = pytest.mark.django_db


def accept_kinds(source, kinds, by):
    for kind in kinds:
        outcome = decisions.accept_all_suggestions(source, kind, by=by)
        assert outcome.failed == []


def accept_one_by_one(source, by, reverse=False):
    numbers = list(source.suggestions.order_by("number").values_list("number", flat=True))
    for number in reversed(numbers) if reverse else numbers:
        decisions.accept_suggestion(source.suggestions.get(number=number), by=by)


ORDERS = {
    "persons, places, events": lambda source, by: accept_kinds(
        source, ["person", "place", "event"], by
    ),
    "events, places, persons": lambda source, by: accept_kinds(
        source, ["event", "place", "person"], by
    ),
    "one at a time, in order": lambda source, by: accept_one_by_one(source, by),
    "one at a time, last first": lambda source, by: accept_one_by_one(source, by, reverse=True),
}


@pytest.mark.parametrize("order", ORDERS)
def test_the_man_and_his_relatives_events_make_one_record(tmp_path, users, order):
    source = import_family_report(tmp_path)
    ORDERS[order](source, users["editor"])
    assert not source.suggestions.filter(state=SuggestionState.PENDING).exists()
    person = Person.objects.get()
    names = sorted(person.names.values_list("text", "kind"))
    assert names == [(FAMILY_MAN_SHORT, "alias"), (FAMILY_MAN_AS_WRITTEN, "primary")]
    assert person.ethnicity == "uyghur" and person.residence.key == "TR"
    events = Event.objects.filter(relative_of=person)
    assert Event.objects.count() == events.count() == 5
    # "Two brothers sentenced", then "to 12 and 20 years": one event per term, each keeping
    # the two; the first telling, without a term, is the same fact (GOLD.md), not one more.
    sentences = sorted(
        (e.relation, e.subject_count, e.term_years or 0) for e in events if e.type == "sentenced"
    )
    assert sentences == [("brother", 2, 12), ("brother", 2, 20)]
    sisters = events.get(type="disappeared", relation="sister")
    assert sisters.subject_count == 2
    assert all(event.citations.count() == 1 for event in events)


def test_accepting_the_person_after_the_events_adds_no_name_twice(tmp_path, users):
    source = import_family_report(tmp_path)
    accept_kinds(source, ["event"], users["editor"])
    assert list(PersonName.objects.values_list("text", flat=True)) == [FAMILY_MAN_AS_WRITTEN]
    accept_kinds(source, ["person"], users["editor"])
    assert PersonName.objects.count() == 2
    person = Person.objects.get()
    # The name is cited once from the source, however many suggestions named it.
    primary = person.names.get(text=FAMILY_MAN_AS_WRITTEN)
    assert primary.citations.filter(source=source).count() == 1


def test_accepting_again_after_an_undo_adds_no_name_twice(tmp_path, users):
    source = import_family_report(tmp_path)
    accept_kinds(source, ["person", "event"], users["editor"])
    person_suggestion = source.suggestions.get(kind="person")
    last_event = source.suggestions.filter(kind="event").order_by("-number").first()
    undo_decision(last_event, by=users["editor"])
    decisions.accept_suggestion(last_event, by=users["editor"])
    assert PersonName.objects.count() == 2
    assert Person.objects.get().pk == Suggestion.objects.get(pk=person_suggestion.pk).person_id


def test_a_short_form_two_persons_share_is_refused_until_edited(tmp_path, users):
    source = import_family_report(tmp_path)
    last = source.suggestions.order_by("-number").first().number
    Suggestion.objects.create(
        source=source, number=last + 1, kind="person", start=0, end=3,
        payload={"name": "阿迪力·虚构别名", "aliases": [FAMILY_MAN_SHORT]},
    )  # fmt: skip
    event = Suggestion.objects.create(
        source=source, number=last + 2, kind="event", start=0, end=3,
        payload={"type": "detained", "subject": {"person": FAMILY_MAN_SHORT}},
    )  # fmt: skip
    with pytest.raises(decisions.DecisionError, match="edit the suggestion to give the full name"):
        decisions.accept_suggestion(event, by=users["editor"])
    assert Person.objects.count() == 0
    decisions.edit_and_accept_suggestion(
        event, {"subject": {"person": FAMILY_MAN}}, by=users["editor"]
    )
    assert Person.objects.get().names.filter(text=FAMILY_MAN_AS_WRITTEN).exists()
