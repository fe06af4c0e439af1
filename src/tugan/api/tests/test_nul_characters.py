"""A NUL character in an address, a query or an API body is refused by name, never a server
error (PostgreSQL text cannot hold it)."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_api_refuses_nul_in_a_query_parameter_naming_it(client):
    response = client.get("/api/search", {"q": "To whom", "publisher": "a\x00b"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "publisher: must not contain a NUL character",
        "errors": [{"field": "publisher", "message": "must not contain a NUL character"}],
    }


def test_the_api_refuses_nul_in_a_path_id(client):
    response = client.get("/api/persons/TG-0000%00")
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "path", "message": "must not contain a NUL character"}
    ]


def test_the_api_refuses_nul_in_a_json_body(client_as):
    response = client_as("editor").post(
        "/api/persons/TG-000001/distinct",
        '{"other": "TG-\\u00000002"}',
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body"


@pytest.mark.parametrize("path", ["/search/", "/persons/", "/monitor/", "/statistics/"])
def test_pages_refuse_nul_in_a_query_parameter_naming_it(client, path):
    response = client.get(path, {"q": "虚构\x00", "place": "CN"})
    assert response.status_code == 400
    assert response.content.decode() == "q: must not contain a NUL character"


def test_a_query_without_nul_goes_through(client):
    assert client.get("/api/search", {"q": "虚构"}).status_code == 200
