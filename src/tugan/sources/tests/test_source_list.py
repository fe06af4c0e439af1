import pytest

from tugan.testing import ROLES, SOURCES_SEEN_BY

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_it_lists_exactly_the_sources_the_role_may_see(client_as, world, role):
    html = client_as(role).get("/sources/").content.decode()
    for level, source in world["sources"].items():
        assert (source.public_id in html) == (level in SOURCES_SEEN_BY[role]), level
