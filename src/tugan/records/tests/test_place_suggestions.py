"""The places a place field suggests as one types (records.views.place_suggestions). The
gazetteer is Tugan's own reference data; no record is read."""

import pytest

from tugan.records import views
from tugan.testing import ROLES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_every_role_gets_suggestions_as_the_public_filters_need_them(client_as, role):
    response = client_as(role).get("/places/suggestions/", {"q": "Ili"})
    assert response.status_code == 200
    assert "CN-654000" in [place["key"] for place in response.json()["places"]]


@pytest.mark.parametrize("query", ["察布查尔", "Chapchal", "Шапшал", "چاپچال"])
def test_a_place_is_found_by_its_name_in_any_language(client, query):
    response = client.get("/places/suggestions/", {"q": query})
    assert response.json()["places"][0]["key"] == "CN-654022"


def test_places_and_the_places_above_them_are_named_in_the_page_language(client):
    response = client.get("/places/suggestions/?q=Chapchal", HTTP_ACCEPT_LANGUAGE="ru")
    found = response.json()["places"][0]
    assert found["name"] == "Чапчал"
    assert found["within"].split(", ")[0] == "Или"
    assert {"察布查尔锡伯自治县", "Чапчал"} <= set(found["names"])


@pytest.mark.parametrize(
    ("language", "within"),
    [
        ("zh-hans", "伊犁哈萨克自治州，新疆维吾尔自治区"),
        ("en", "Ili Kazakh Autonomous Prefecture, Xinjiang"),
    ],
)
def test_the_places_above_are_listed_with_the_page_language_s_comma(client, language, within):
    response = client.get("/places/suggestions/?q=Chapchal", HTTP_ACCEPT_LANGUAGE=language)
    assert response.json()["places"][0]["within"] == within


def test_an_empty_query_suggests_nothing(client):
    assert client.get("/places/suggestions/?q=%20").json() == {"places": []}


def test_at_most_eight_places_are_suggested(client):
    assert len(client.get("/places/suggestions/", {"q": "County"}).json()["places"]) == 8


def test_a_long_query_is_cut_to_a_name_s_length(client, monkeypatch):
    searched = []
    monkeypatch.setattr(views, "read_place_suggestions", lambda query: searched.append(query) or [])
    client.get("/places/suggestions/", {"q": "Kashgar" + "x" * 5000})
    assert searched == ["Kashgar" + "x" * 93]


@pytest.mark.parametrize(
    ("query", "key", "within"),
    [
        ("华盛顿州", "US/Washington State", "United States"),
        ("華盛頓州", "US/Washington State", "United States"),
        ("Fairfax", "US/Fairfax", "Virginia, United States"),
        ("阿拉木图州", "KZ/Almaty Region", "Kazakhstan"),
    ],
)
def test_a_foreign_region_and_a_city_in_it_are_suggested_with_their_chain(
    client, query, key, within
):
    first = client.get("/places/suggestions/", {"q": query}).json()["places"][0]
    assert (first["key"], first["within"]) == (key, within)
