import pytest

from tugan.review.models import Suggestion
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db

DECIDES = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path, extract=False)


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_ask_for_suggestions(client_as, source, role):
    url = f"/sources/{source.public_id}/suggestions/suggest/"
    response = client_as(role).post(url)
    assert response.status_code == (302 if role in DECIDES or role == "anonymous" else 403)
    assert Suggestion.objects.exists() == (role in DECIDES)


def test_the_review_page_offers_it_when_a_source_has_no_suggestions(client_as, source):
    html = client_as("editor").get(f"/sources/{source.public_id}/review/").content.decode()
    assert f'action="/sources/{source.public_id}/suggestions/suggest/"' in html


def test_it_rejects_get(client_as, source):
    url = f"/sources/{source.public_id}/suggestions/suggest/"
    assert client_as("editor").get(url).status_code == 405


def test_the_source_page_links_staff_to_its_review(client_as, source):
    link = f'href="/sources/{source.public_id}/review/"'
    assert link in client_as("reviewer").get(f"/sources/{source.public_id}/").content.decode()
    html = client_as("researcher").get(f"/sources/{source.public_id}/").content.decode()
    assert link not in html
