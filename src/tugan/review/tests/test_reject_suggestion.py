import pytest

from tugan.records.models import Person
from tugan.review.tests.fictional import SISTER, import_fictional_report
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db

DECIDES = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.fixture
def suggestion(tmp_path):
    source = import_fictional_report(tmp_path)
    return source.suggestions.get(kind="person", payload__name=SISTER)


def reject_url(suggestion) -> str:
    return f"/sources/{suggestion.source.public_id}/suggestions/{suggestion.number}/reject/"


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_reject(client_as, suggestion, role):
    response = client_as(role).post(reject_url(suggestion))
    expected = 302 if role in DECIDES or role == "anonymous" else 403
    assert response.status_code == expected
    suggestion.refresh_from_db()
    assert suggestion.state == ("rejected" if role in DECIDES else "pending")


def test_it_rejects_get(client_as, suggestion):
    assert client_as("editor").get(reject_url(suggestion)).status_code == 405


def test_rejecting_creates_no_person(client_as, suggestion):
    client_as("editor").post(reject_url(suggestion))
    assert Person.objects.count() == 0
