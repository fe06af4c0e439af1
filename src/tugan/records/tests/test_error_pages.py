"""The error pages a visitor meets: inside the site, in their language, with a way on."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_a_missing_person_is_a_page_of_the_site_with_a_way_on(client, world):
    response = client.get("/persons/TG-999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'href="/accounts/login/?next=/persons/TG-999999/"' in html
    assert '<a href="/search/">Search</a>' in html


def test_a_hidden_person_reads_exactly_as_a_missing_one(client, world):
    hidden = world["persons"]["confidential"].public_id

    def page(path: str) -> str:
        return re.sub(r'value="\w+"', "", client.get(path).content.decode())  # CSRF tokens

    assert page(f"/persons/{hidden}/").replace(hidden, "TG-999999") == page("/persons/TG-999999/")


def test_the_not_found_page_is_in_the_readers_language(client, world):
    client.cookies["django_language"] = "zh-hans"
    html = client.get("/persons/TG-999999/").content.decode()
    assert "<h1>页面不存在</h1>" in html and "Page not found" not in html


def test_a_role_refused_a_page_is_told_why_in_the_site(client_as):
    response = client_as("researcher").get("/review/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Not allowed</h1>" in html
    assert "ask an administrator for another role" in html
    assert '<a href="/persons/">Persons</a>' in html
