import pytest

from tugan.review import decisions
from tugan.review.suggesting import suggest_facts
from tugan.review.tests.fictional import BROTHER, import_fictional_report
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES, make_source

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_see_the_review_list(client_as, tmp_path, role):
    import_fictional_report(tmp_path)
    assert client_as(role).get("/review/").status_code == REVIEWER_PAGE_STATUS[role]


def test_it_lists_sources_with_pending_suggestions_and_their_count(client_as, users, tmp_path):
    source = import_fictional_report(tmp_path)
    for suggestion in source.suggestions.filter(kind="place"):
        decisions.reject_suggestion(suggestion, by=users["editor"])
    html = client_as("editor").get("/review/").content.decode()
    assert f'href="/sources/{source.public_id}/review/"' in html
    assert f"<td>{source.suggestions.filter(state='pending').count()}</td>" in html


def test_it_leaves_out_sources_with_nothing_pending_or_above_clearance(client_as, users):
    confidential = make_source(
        f"虚构机密证词：{BROTHER}于2018年被捕。", confidentiality="confidential", is_published=False
    )
    suggest_facts(confidential)
    done = make_source(f"虚构报道：{BROTHER}于2019年失踪。")
    for suggestion in suggest_facts(done):
        decisions.reject_suggestion(suggestion, by=users["editor"])
    html = client_as("editor").get("/review/").content.decode()
    assert confidential.public_id not in html
    assert done.public_id not in html
    assert confidential.public_id in client_as("admin").get("/review/").content.decode()


def test_the_nav_links_to_the_review_list_for_staff_only(client_as):
    assert 'href="/review/"' in client_as("reviewer").get("/persons/").content.decode()
    assert 'href="/review/"' not in client_as("researcher").get("/persons/").content.decode()
