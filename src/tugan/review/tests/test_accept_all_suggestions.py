import pytest

from tugan.records.models import Event, Place
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db

DECIDES = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path)


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_accept_all(client_as, source, role):
    url = f"/sources/{source.public_id}/suggestions/accept-all/"
    response = client_as(role).post(url, {"kind": "event"})
    assert response.status_code == (302 if role in DECIDES or role == "anonymous" else 403)
    assert Event.objects.count() == (3 if role in DECIDES else 0)


def test_it_accepts_only_the_kind_asked_for(client_as, source):
    url = f"/sources/{source.public_id}/suggestions/accept-all/"
    response = client_as("editor").post(url, {"kind": "place"}, follow=True)
    assert sorted(Place.objects.filter(parent__isnull=True).values_list("key", flat=True))
    assert source.suggestions.filter(kind="place", state="pending").count() == 0
    assert source.suggestions.filter(kind="event", state="pending").count() == 3
    assert "Accepted 2." in response.content.decode()


def test_an_unknown_kind_accepts_nothing(client_as, source):
    url = f"/sources/{source.public_id}/suggestions/accept-all/"
    client_as("editor").post(url, {"kind": "everything"})
    assert source.suggestions.exclude(state="pending").count() == 0


def test_it_rejects_get(client_as, source):
    url = f"/sources/{source.public_id}/suggestions/accept-all/"
    assert client_as("editor").get(url).status_code == 405
