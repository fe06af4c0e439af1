import pytest
from django.test import Client

from tugan.records.models import Event
from tugan.review.tests.fictional import BROTHER, import_fictional_report
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db

STATUS_BY_ROLE = {
    "anonymous": 302,
    "contributor": 403,
    "researcher": 403,
    "reviewer": 302,
    "editor": 302,
    "editor_confidential": 302,
    "admin": 302,
}


@pytest.fixture
def suggestion(tmp_path):
    source = import_fictional_report(tmp_path)
    return source.suggestions.get(kind="event", payload__type="detained")


def accept_url(suggestion) -> str:
    return f"/sources/{suggestion.source.public_id}/suggestions/{suggestion.number}/accept/"


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_accept(client_as, suggestion, role):
    response = client_as(role).post(accept_url(suggestion))
    assert response.status_code == STATUS_BY_ROLE[role]
    suggestion.refresh_from_db()
    assert suggestion.state == ("pending" if STATUS_BY_ROLE[role] != 302 or role == "anonymous"
                                else "accepted")  # fmt: skip


def test_it_goes_back_to_the_suggestion_on_the_review_page(client_as, suggestion):
    response = client_as("editor").post(accept_url(suggestion))
    source_id = suggestion.source.public_id
    assert response["Location"] == f"/sources/{source_id}/review/#suggestion-{suggestion.number}"


def test_it_rejects_get(client_as, suggestion):
    assert client_as("editor").get(accept_url(suggestion)).status_code == 405
    assert Event.objects.count() == 0


def test_it_requires_the_csrf_token(users, suggestion):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["editor"])
    assert client.post(accept_url(suggestion)).status_code == 403
    assert Event.objects.count() == 0


def test_an_unknown_suggestion_is_404(client_as, suggestion):
    url = f"/sources/{suggestion.source.public_id}/suggestions/999/accept/"
    assert client_as("editor").post(url).status_code == 404


def test_the_accepted_event_shows_on_the_person_page_with_its_citation(client_as, suggestion):
    client = client_as("editor")
    client.post(accept_url(suggestion))
    event = Event.objects.get()
    html = client.get(f"/persons/{event.person.public_id}/").content.decode()
    assert BROTHER in html
    assert f'id="event-{event.pk}"' in html
    assert f"“{event.citations.get().quote}”" in html


def test_deciding_twice_says_so(client_as, suggestion):
    client = client_as("editor")
    client.post(accept_url(suggestion))
    response = client.post(accept_url(suggestion), follow=True)
    assert "already" in response.content.decode()
    assert Event.objects.count() == 1
