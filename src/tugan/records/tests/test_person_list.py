import pytest

from tugan.testing import (
    CONFIDENTIAL_NAME,
    CONTRIBUTOR_NAME,
    PERSONS_SEEN_BY,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    ROLES,
    UNPUBLISHED_NAME,
)

pytestmark = pytest.mark.django_db
NAME_OF = {
    "public": PUBLIC_NAME,
    "unpublished": UNPUBLISHED_NAME,
    "restricted": RESTRICTED_NAME,
    "contributed": CONTRIBUTOR_NAME,
    "confidential": CONFIDENTIAL_NAME,
}


@pytest.mark.parametrize("role", ROLES)
def test_it_lists_exactly_the_persons_the_role_may_see(client_as, world, role):
    response = client_as(role).get("/persons/")
    assert response.status_code == 200
    html = response.content.decode()
    for key, name in NAME_OF.items():
        assert (name in html) == (key in PERSONS_SEEN_BY[role]), key
        assert (world["persons"][key].public_id in html) == (key in PERSONS_SEEN_BY[role]), key


def test_it_leaves_out_merged_persons(client_as, world):
    from tugan.records.models import Person

    merged = world["persons"]["unpublished"]
    Person.objects.filter(pk=merged.pk).update(merged_into=world["persons"]["public"])
    assert UNPUBLISHED_NAME not in client_as("admin").get("/persons/").content.decode()


def test_the_header_names_the_user_and_their_role_once_in_brackets(client_as, users):
    html = client_as("editor").get("/persons/").content.decode()
    # The role's label has its own brackets; "ed (documenter (editor))" nested them.
    username = users["editor"].get_username()
    assert f'<bdi>{username}</bdi><span class="role"> · documenter (editor)</span>' in html
