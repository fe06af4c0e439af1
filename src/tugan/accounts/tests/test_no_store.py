"""Pages a signed-in user gets are never kept by a browser cache."""

import pytest

from tugan.testing import ROLES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [role for role in ROLES if role != "anonymous"])
@pytest.mark.parametrize("url", ["/persons/", "/sources/", "/search/?q=test", "/admin/"])
def test_signed_in_pages_carry_no_store(client_as, role, url):
    response = client_as(role).get(url)
    assert "no-store" in response.get("Cache-Control", ""), (role, url, response.status_code)


def test_pages_for_anonymous_visitors_may_be_cached(client):
    assert "no-store" not in client.get("/persons/").get("Cache-Control", "")
