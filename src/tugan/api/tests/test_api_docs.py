"""The OpenAPI description and its docs page, served from bundled files."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_description_lists_every_part(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in [
        "/api/persons",
        "/api/persons/{public_id}",
        "/api/events",
        "/api/relationships",
        "/api/sources",
        "/api/citations",
        "/api/places",
        "/api/search",
        "/api/suggestions",
        "/api/match-candidates",
        "/api/sources/{public_id}/suggestions/{number}/accept",
    ]:
        assert path in paths


def test_the_docs_page_loads_nothing_from_elsewhere(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(asset.startswith("/static/") for asset in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200
