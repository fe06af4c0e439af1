import pytest

from tugan.testing import (
    CONFIDENTIAL_NAME,
    PERSONS_SEEN_BY,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    ROLES,
    SECRET_ID_VALUE,
)

pytestmark = pytest.mark.django_db
PERSON_KEYS = ["public", "unpublished", "restricted", "contributed", "confidential"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("person_key", PERSON_KEYS)
def test_it_shows_a_person_only_to_roles_that_may_see_them(client_as, world, role, person_key):
    person = world["persons"][person_key]
    response = client_as(role).get(f"/persons/{person.public_id}/")
    expected = 200 if person_key in PERSONS_SEEN_BY[role] else 404
    assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_it_never_leaks_what_the_role_may_not_see(client_as, world, role):
    page = client_as(role).get(f"/persons/{world['persons']['public'].public_id}/")
    html = page.content.decode()
    sees = PERSONS_SEEN_BY[role]
    assert PUBLIC_NAME in html
    assert (CONFIDENTIAL_NAME in html) == ("confidential" in sees)
    assert (RESTRICTED_NAME in html) == ("restricted" in sees)
    assert (SECRET_ID_VALUE in html) == ("confidential" in sees)
    assert ("的家人失联" in html) == ("confidential" in sees)


def test_it_shows_names_relatives_and_a_cited_timeline(client_as, world):
    public = world["persons"]["public"]
    html = client_as("editor").get(f"/persons/{public.public_id}/").content.decode()
    assert "Fictional Public Person" in html
    assert world["persons"]["restricted"].public_id in html
    assert "detained" in html
    source = world["sources"]["public"]
    citation = source.citations.get()
    assert f"/sources/{source.public_id}/#citation-{citation.pk}" in html
    assert f"“{PUBLIC_NAME}于2018年被拘留”" in html


def test_it_redirects_a_merged_person_to_the_one_they_became(client_as, world):
    from tugan.records.models import Person

    merged, kept = world["persons"]["unpublished"], world["persons"]["restricted"]
    Person.objects.filter(pk=merged.pk).update(merged_into=kept)
    response = client_as("editor").get(f"/persons/{merged.public_id}/")
    assert response.status_code == 302
    assert response["Location"] == f"/persons/{kept.public_id}/"


def test_it_returns_404_for_an_unknown_id(client_as, world):
    assert client_as("admin").get("/persons/TG-999999/").status_code == 404
