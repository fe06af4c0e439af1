"""Across sources, the reviewer decides who an accepted person is. Every name is fictional."""

import pytest

from tugan.linkage.models import MatchCandidate
from tugan.records.models import Person
from tugan.review import decisions
from tugan.review.tests.fictional import FAMILY_MAN, FAMILY_MAN_LATIN, import_family_report
from tugan.testing import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(tmp_path):
    return import_family_report(tmp_path)


def review_page(client_as, source) -> str:
    return client_as("editor").get(f"/sources/{source.public_id}/review/").content.decode()


@pytest.mark.parametrize("known_as", [FAMILY_MAN, FAMILY_MAN_LATIN, "Адил Юсупжан"])
def test_a_strong_candidate_is_shown_with_its_evidence_and_preselected(client_as, source, known_as):
    known = make_person([known_as], confidentiality="restricted", is_published=False)
    html = review_page(client_as, source)
    assert f'value="{known.public_id}" checked' in html
    assert f"~ {known_as}: similarity" in html
    assert 'value="new">' in html


def test_accepting_with_the_preselection_attaches_to_the_strong_candidate(source, users):
    known = make_person([FAMILY_MAN_LATIN])
    for kind in decisions.ACCEPT_ALL_ORDER:
        decisions.accept_all_suggestions(source, kind, by=users["editor"])
    assert Person.objects.filter(merged_into__isnull=True).count() == 1
    assert known.relatives_events.count() == 5


def test_a_weak_candidate_is_not_preselected_and_waits_on_the_matches_page(
    client_as, source, users
):
    known = make_person(["阿迪力"])
    html = review_page(client_as, source)
    assert f'value="{known.public_id}">' in html
    assert 'value="new" checked' in html
    for kind in decisions.ACCEPT_ALL_ORDER:
        decisions.accept_all_suggestions(source, kind, by=users["editor"])
    new = source.suggestions.get(kind="person").person
    assert new.pk != known.pk
    pair = MatchCandidate.objects.get()
    assert {pair.person_a_id, pair.person_b_id} == {known.pk, new.pk}
    assert pair.state == "pending"


def test_the_reviewer_may_choose_a_new_person_against_a_strong_candidate(client_as, source):
    known = make_person([FAMILY_MAN])
    person = source.suggestions.get(kind="person")
    url = f"/sources/{source.public_id}/suggestions/{person.number}/accept/"
    client_as("editor").post(url, {"person": "new"})
    person.refresh_from_db()
    assert person.person.pk != known.pk
    assert MatchCandidate.objects.filter(state="pending").count() == 1


def test_the_reviewer_may_choose_a_person_the_page_did_not_preselect(client_as, source):
    known = make_person(["阿迪力"])
    person = source.suggestions.get(kind="person")
    url = f"/sources/{source.public_id}/suggestions/{person.number}/accept/"
    client_as("editor").post(url, {"person": known.public_id})
    person.refresh_from_db()
    assert person.person == known
    assert person.decisions.get().person_choice == known.public_id


def test_a_choice_of_a_person_the_reviewer_may_not_see_is_refused(client_as, source):
    hidden = make_person([FAMILY_MAN], confidentiality="confidential", is_published=False)
    person = source.suggestions.get(kind="person")
    url = f"/sources/{source.public_id}/suggestions/{person.number}/accept/"
    response = client_as("editor").post(url, {"person": hidden.public_id}, follow=True)
    assert f"No person {hidden.public_id} that you may see." in response.content.decode()
    person.refresh_from_db()
    assert person.state == "pending"


def test_a_candidate_the_reviewer_may_not_see_is_not_offered(client_as, source):
    hidden = make_person([FAMILY_MAN], confidentiality="confidential", is_published=False)
    assert hidden.public_id not in review_page(client_as, source)


def test_events_first_then_choosing_a_known_person_leaves_one_record(source, users):
    known = make_person([FAMILY_MAN])
    decisions.accept_all_suggestions(source, "event", by=users["editor"])
    person = source.suggestions.get(kind="person")
    decisions.accept_suggestion(person, by=users["editor"], person_choice=known.public_id)
    assert list(Person.objects.filter(merged_into__isnull=True)) == [known]
    assert known.relatives_events.count() == 5
    names = list(known.names.values_list("text", flat=True))
    assert names == [FAMILY_MAN, "阿迪力"]
