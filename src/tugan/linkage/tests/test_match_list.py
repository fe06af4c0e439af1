"""The match review page. Every person here is FICTIONAL."""

import pytest

from tugan.linkage.models import MatchCandidate
from tugan.records import operations
from tugan.testing import CONFIDENTIAL_NAME, REVIEWER_PAGE_STATUS, ROLES, make_person

pytestmark = pytest.mark.django_db
SEES_CONFIDENTIAL = {"editor_confidential", "admin"}
# A second, confidential fictional record of the restricted fictional person.
HIDDEN_TWIN_NAME = "Fictional Hidden Twin Ablimit"


@pytest.fixture
def pairs(world):
    han = make_person(["约买尔·艾木杜拉"], confidentiality="restricted", is_published=False)
    latin = make_person(["Omer Hemdulla"], confidentiality="restricted", is_published=False)
    hidden = make_person([HIDDEN_TWIN_NAME], confidentiality="confidential", is_published=False)
    twin = make_person(["Fictional Hidden Twin Ablimit"], is_published=False)
    operations.add_person_name(latin, CONFIDENTIAL_NAME + "别名", confidentiality="confidential")
    assert MatchCandidate.objects.filter(person_a=han, person_b=latin).exists()
    assert MatchCandidate.objects.filter(person_a=hidden, person_b=twin).exists()
    return han, latin, hidden, twin


@pytest.mark.parametrize("role", ROLES)
def test_it_lets_only_editors_reviewers_and_admins_review(client_as, pairs, role):
    response = client_as(role).get("/matches/")
    assert response.status_code == REVIEWER_PAGE_STATUS[role]
    if response.status_code == 302:
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role", ["reviewer", "editor", "editor_confidential", "admin"])
def test_it_never_shows_a_pair_with_a_person_the_role_may_not_see(client_as, pairs, role):
    han, latin, hidden, twin = pairs
    html = client_as(role).get("/matches/").content.decode()
    assert han.public_id in html and latin.public_id in html
    assert "Omer Hemdulla" in html
    assert (hidden.public_id in html) == (role in SEES_CONFIDENTIAL)
    assert (CONFIDENTIAL_NAME in html) == (role in SEES_CONFIDENTIAL)


def test_it_shows_the_evidence_side_by_side(client_as, pairs):
    han, latin, _, _ = pairs
    html = client_as("editor").get("/matches/").content.decode()
    assert "约买尔·艾木杜拉" in html
    assert "Han reading" in html
    assert f'action="/persons/{han.public_id}/merge/"' in html
    assert f'value="{latin.public_id}"' in html
    assert "csrfmiddlewaretoken" in html


def test_it_lists_only_the_pairs_of_one_person_when_asked(client_as, pairs):
    han, _, hidden, _ = pairs
    html = client_as("admin").get(f"/matches/?person={han.public_id}").content.decode()
    assert han.public_id in html
    assert hidden.public_id not in html


def test_it_states_each_status_in_the_readers_language_from_the_events_they_may_see(
    client_as, pairs
):
    han, _, _, _ = pairs
    operations.add_event(type="sentenced", person=han, date="2019-01-01", date_precision="month")
    operations.add_event(
        type="died", person=han, date="2021-01-01", date_precision="year",
        confidentiality="confidential",
    )  # fmt: skip
    editor = client_as("editor")
    editor.cookies["django_language"] = "zh-hans"
    html = editor.get("/matches/").content.decode()
    assert "<td>被判刑 (\u20662019-01\u2069)</td>"  # dates isolated from the text in html
    assert "died" not in html and "死亡" not in html
    cleared = client_as("editor_confidential")
    cleared.cookies["django_language"] = "zh-hans"
    assert "<td>死亡 (\u20662021\u2069)</td>" in cleared.get("/matches/").content.decode()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh-hans", ["姓名", "相似度", "汉字读音"]),
        ("kk", ["есімі", "ұқсастығы", "иероглифтердің оқылуы"]),
        ("ug", ["ئىسمى", "ئوخشاشلىقى", "خەنزۇچە ئوقۇلۇشى"]),
        ("ru", ["имя", "сходство", "чтение иероглифов"]),
    ],
)
def test_the_evidence_is_said_in_the_pages_language(client_as, pairs, language, words):
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get("/matches/").content.decode()
    assert all(word in html for word in words), language
    assert "similarity" not in html and "Han reading" not in html
