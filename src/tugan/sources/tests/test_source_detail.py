import pytest

from tugan.testing import CONFIDENTIAL_NAME, ROLES, SOURCES_SEEN_BY

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("level", ["public", "restricted", "confidential"])
def test_it_shows_a_source_only_to_roles_that_may_see_it(client_as, world, role, level):
    source = world["sources"][level]
    response = client_as(role).get(f"/sources/{source.public_id}/")
    assert response.status_code == (200 if level in SOURCES_SEEN_BY[role] else 404)
    if response.status_code == 200:
        assert source.text[:4] in response.content.decode()


def test_it_marks_the_quoted_span_of_each_citation(client_as, world):
    source = world["sources"]["public"]
    citation = source.citations.get()
    html = client_as("anonymous").get(f"/sources/{source.public_id}/").content.decode()
    assert f'<mark id="citation-{citation.pk}">{citation.quote}</mark>' in html


@pytest.mark.parametrize("role", ["anonymous", "researcher", "editor"])
def test_it_does_not_list_citations_the_role_may_not_see(client_as, world, role):
    source = world["sources"]["public"]
    html = client_as(role).get(f"/sources/{source.public_id}/").content.decode()
    assert CONFIDENTIAL_NAME not in html
