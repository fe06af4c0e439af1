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


def old_style_evidence(han, latin) -> dict:
    """Return evidence as scoring stored it before items named their sentences: English only
    (the formats of linkage/scoring.py until then), about two fictional persons."""
    names = [han.names.get().pk, latin.names.get().pk]
    parts = [
        {"left": "约买尔", "right": "Omer", "score": 0.9, "how": "Han reading", "detail": ""},
        {
            "left": "艾木杜拉",
            "right": "Hemdulla",
            "score": 0.88,
            "how": "Han reading",
            "detail": "",
        },
    ]
    says = "约买尔·艾木杜拉 ~ Omer Hemdulla: similarity 0.89 (约买尔 ~ Omer: Han reading 0.90; "
    says += "艾木杜拉 ~ Hemdulla: Han reading 0.88)"
    items = [
        {"field": "name", "weight": 9.1, "says": says, "names": names, "score": 0.89},
        {"field": "birth_date", "weight": 2.0,
         "says": "born the same year, other day (1980-02-03 / 1980-05-06)"},
        {"field": "birth_date", "weight": 1.0, "says": "birth years one apart (1980 / 1981)"},
        {"field": "gender", "weight": -6.0, "says": "female / male"},
        {"field": "hometown", "weight": 2.5, "says": "one hometown lies within the other"},
        {"field": "relatives", "weight": 4.0, "says": "2 relative(s) in common", "persons": []},
        # A sentence no longer written (sources citing both): kept in English.
        {"field": "sources", "weight": 1.0, "says": "cited by 2 source(s) in common",
         "sources": []},
    ]  # fmt: skip
    items[0]["parts"] = parts
    return {"probability": 0.9, "weight": 3.2, "prior_weight": -10.0, "settled_by": None,
            "items": items}  # fmt: skip


def test_evidence_stored_in_english_only_is_said_in_the_pages_language_once_migrated(client_as):
    from importlib import import_module

    from django.apps import apps
    from django.utils.translation import override

    from tugan.linkage.evidence import describe_evidence

    han = make_person(["约买尔·艾木杜拉"], is_published=False)
    latin = make_person(["Omer Hemdulla"], is_published=False)
    MatchCandidate.objects.all().delete()
    pair = MatchCandidate.objects.create(
        person_a=han, person_b=latin, score=0.9, evidence=old_style_evidence(han, latin)
    )
    client = client_as("editor")
    client.cookies["django_language"] = "zh-hans"
    assert "similarity" in client.get("/matches/").content.decode()  # English, as stored
    migration = import_module("tugan.linkage.migrations.0004_name_old_evidence_sentences")
    migration.name_old_sentences(apps, None)
    pair.refresh_from_db()
    items = pair.evidence["items"]
    assert [item.get("sentence") for item in items] == [
        "name", "same_year_other_day", "birth_years_one_apart", "other_gender",
        "nested_hometown", "shared_relatives", None,
    ]  # fmt: skip
    old = old_style_evidence(han, latin)["items"]
    assert [item["says"] for item in items] == [item["says"] for item in old]  # kept as stored
    for index in (0, 1, 2, 4):  # the sentences whose English has not changed since
        with override("en"):  # read back to the very sentence it was
            assert describe_evidence(items[index]) == old[index]["says"]
    html = client.get("/matches/").content.decode()
    for english in ("similarity", "Han reading", "born the same year", "relative(s)"):
        assert english not in html, english
    with override("zh-hans"):
        for item in items[:6]:
            assert describe_evidence(item) in html.replace("&quot;", '"')
    assert "cited by 2 source(s) in common" in html


def test_the_migration_names_first_the_person_shown_first(client_as):
    from importlib import import_module

    from django.apps import apps

    han = make_person(["约买尔·艾木杜拉"], is_published=False)
    latin = make_person(["Omer Hemdulla"], is_published=False)
    MatchCandidate.objects.all().delete()
    # Scored as (latin, han), stored as (han, latin): the names' references were swapped, the
    # English sentences not (fictional persons).
    evidence = old_style_evidence(han, latin)
    name = evidence["items"][0]
    name["says"] = (
        "Omer Hemdulla ~ 约买尔·艾木杜拉: similarity 0.89 (Omer ~ 约买尔: Han reading 0.90)"
    )
    evidence["items"][2]["says"] = "birth years one apart (1981 / 1980)"
    pair = MatchCandidate.objects.create(person_a=han, person_b=latin, score=0.9, evidence=evidence)
    migration = import_module("tugan.linkage.migrations.0004_name_old_evidence_sentences")
    migration.name_old_sentences(apps, None)
    migration.name_old_sentences(apps, None)  # once only: a second run changes nothing
    pair.refresh_from_db()
    items = pair.evidence["items"]
    assert items[0]["values"] == {"name_a": "约买尔·艾木杜拉", "name_b": "Omer Hemdulla"}
    assert items[2]["values"] == {"year_a": 1980, "year_b": 1981}
