"""Rejecting several suggestions at once, on a FICTIONAL report."""

import pytest

from tugan.audit.models import AuditEntry
from tugan.review import decisions
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path)


def numbers_of(source, state: str) -> set[int]:
    return set(source.suggestions.filter(state=state).values_list("number", flat=True))


def test_it_rejects_the_ticked_suggestions_each_with_its_audit_entry(source, users):
    ticked = sorted(numbers_of(source, "pending"))[:3]
    outcome = decisions.reject_suggestions(source, ticked, by=users["reviewer"])
    assert [suggestion.number for suggestion in outcome.rejected] == ticked
    assert numbers_of(source, "rejected") == set(ticked)
    assert AuditEntry.objects.filter(action="reject_suggestion").count() == 3


def test_decided_and_unknown_ones_are_reported_and_the_rest_rejected(source, users):
    first, second = sorted(numbers_of(source, "pending"))[:2]
    decisions.reject_suggestion(source.suggestions.get(number=first), by=users["reviewer"])
    outcome = decisions.reject_suggestions(source, [first, second, 999], by=users["reviewer"])
    assert [suggestion.number for suggestion in outcome.rejected] == [second]
    problems = dict(outcome.failed)
    assert "already" in problems[first] and "No such suggestion" in problems[999]


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_reject_several(client_as, source, role):
    ticked = sorted(numbers_of(source, "pending"))[:2]
    response = client_as(role).post(
        f"/sources/{source.public_id}/suggestions/reject-selected/", {"numbers": ticked}
    )
    is_staff = REVIEWER_PAGE_STATUS[role] == 200
    assert response.status_code == (302 if is_staff else REVIEWER_PAGE_STATUS[role])
    assert numbers_of(source, "rejected") == (set(ticked) if is_staff else set())


def test_the_page_says_how_many_were_rejected(client_as, source):
    ticked = sorted(numbers_of(source, "pending"))[:2]
    response = client_as("editor").post(
        f"/sources/{source.public_id}/suggestions/reject-selected/",
        {"numbers": ticked},
        follow=True,
    )
    assert "Rejected 2." in response.content.decode()


def test_nothing_ticked_says_so(client_as, source):
    response = client_as("editor").post(
        f"/sources/{source.public_id}/suggestions/reject-selected/", follow=True
    )
    assert "Tick the suggestions to reject." in response.content.decode()
    assert numbers_of(source, "rejected") == set()
