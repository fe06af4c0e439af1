import pytest

from tugan.review.suggesting import suggest_facts
from tugan.review.tests.fictional import BROTHER, FICTIONAL_ID, import_fictional_report
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES, make_source

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_review(client_as, tmp_path, role):
    source = import_fictional_report(tmp_path)
    response = client_as(role).get(f"/sources/{source.public_id}/review/")
    assert response.status_code == REVIEWER_PAGE_STATUS[role]
    if role == "anonymous":
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role", ROLES)
def test_a_confidential_source_is_reviewed_only_with_clearance(client_as, users, role):
    source = make_source(
        f"虚构机密证词：{BROTHER}于2018年被捕。", confidentiality="confidential", is_published=False
    )
    suggest_facts(source)
    response = client_as(role).get(f"/sources/{source.public_id}/review/")
    expected = {"editor_confidential": 200, "admin": 200, "reviewer": 404, "editor": 404}
    assert response.status_code == expected.get(role, REVIEWER_PAGE_STATUS[role])


def test_it_marks_each_suggested_span_in_the_text(client_as, tmp_path):
    source = import_fictional_report(tmp_path)
    html = client_as("editor").get(f"/sources/{source.public_id}/review/").content.decode()
    for suggestion in source.suggestions.all():
        text = source.text[suggestion.start : suggestion.end]
        assert (
            f'data-suggestion="{suggestion.number}" href="#suggestion-{suggestion.number}"'
            f' id="mark-{suggestion.number}"><mark>{text}</mark>'
        ) in html
        assert f'id="suggestion-{suggestion.number}"' in html


def test_it_lists_resident_id_suggestions_only_to_confidential_clearance(client_as, users):
    source = make_source(f"虚构证词：{BROTHER}的身份证号码是{FICTIONAL_ID}。")
    suggest_facts(source)
    identifier = source.suggestions.get(kind="identifier")
    url = f"/sources/{source.public_id}/review/"
    restricted = client_as("editor").get(url).content.decode()
    assert f'id="suggestion-{identifier.number}"' not in restricted
    assert "holder:" not in restricted
    cleared = client_as("editor_confidential").get(url).content.decode()
    assert f'id="suggestion-{identifier.number}"' in cleared


def test_it_loads_its_script_from_this_server(client_as, tmp_path):
    source = import_fictional_report(tmp_path)
    html = client_as("editor").get(f"/sources/{source.public_id}/review/").content.decode()
    assert '<script src="/static/review/source_review.js"></script>' in html


@pytest.mark.parametrize("role", ["editor", "editor_confidential"])
def test_a_decided_suggestion_links_its_person_only_with_clearance(client_as, users, world, role):
    from tugan.testing import plant_admin_secrets

    planted = plant_admin_secrets(world)
    confidential = planted["linked_suggestion"].person
    source = planted["linked_suggestion"].source
    html = client_as(role).get(f"/sources/{source.public_id}/review/").content.decode()
    link = f'href="/persons/{confidential.public_id}/"'
    assert (link in html) == (role == "editor_confidential")
    if role == "editor_confidential":
        # Read as one word: the narrow list broke it at its hyphen ("TG-" / "000123").
        assert f'<a class="public-id" {link}>{confidential.public_id}</a>' in html
