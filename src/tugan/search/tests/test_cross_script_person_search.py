"""Person search crosses scripts through the name keys. Every name here is fictional."""

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.search.reading import read_search_results
from tugan.testing import make_person, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return make_user("fictional-search-admin", "admin")


def persons_found(user, query) -> list[str]:
    return [r.id for r in read_search_results(user, query) if r.kind == "person"]


@pytest.mark.parametrize("query", ["Alim Tursun", "Алим Турсун", "ئالىم تۇرسۇن", "Alim Tursunov"])
def test_a_latin_cyrillic_or_arabic_query_finds_a_name_stored_in_han(admin, query):
    person = make_person(["阿力木·吐尔逊"])
    make_person(["古丽娜尔·卡德尔"])
    assert persons_found(admin, query) == [person.public_id]


def test_a_han_query_finds_a_name_stored_in_latin(admin):
    person = make_person(["Gulnar Kadir"])
    assert persons_found(admin, "古丽娜尔·卡德尔") == [person.public_id]


def test_results_are_ranked_by_match_score(admin):
    partly = make_person(["阿力木·卡德尔"])
    fully = make_person(["阿力木·吐尔逊"])
    written = make_person(["Alim Tursun"])
    assert persons_found(admin, "Alim Tursun")[:2] == [written.public_id, fully.public_id]
    assert partly.public_id not in persons_found(admin, "Alim Tursun")[:2]


def test_a_name_the_user_may_not_see_is_not_found_across_scripts(db):
    make_person(["阿力木·吐尔逊"], confidentiality="confidential", is_published=False)
    researcher = make_user("fictional-search-researcher", "researcher")
    assert persons_found(researcher, "Alim Tursun") == []


def test_tugan_search_finds_across_scripts(admin):
    person = make_person(["阿力木·吐尔逊"])
    result = CliRunner().invoke(main, ["search", "Alim Tursun"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"person\t{person.public_id}\t阿力木·吐尔逊")


def test_the_search_page_finds_across_scripts(client_as, admin):
    person = make_person(["阿力木·吐尔逊"])
    html = client_as("editor").get("/search/", {"q": "Alim Tursun"}).content.decode()
    assert f"/persons/{person.public_id}/" in html
