"""visible_to reuses the SQL of "the records a clearance may see" (accounts.confidentiality
.VISIBLE_PKS_SQL): it must hold SQL only, so every change of a level shows at once, and one
clearance's SQL must never serve another."""

import pytest

from tugan.accounts.confidentiality import VISIBLE_PKS_SQL, Clearance, clearance_of
from tugan.audit.changes import change_record
from tugan.records.models import Event, PersonName
from tugan.testing import (
    CONFIDENTIAL_NAME,
    CONTRIBUTOR_NAME,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    UNPUBLISHED_NAME,
    make_user,
)

pytestmark = pytest.mark.django_db

PUBLIC_NAMES = {PUBLIC_NAME, "Fictional Public Person"}
UP_TO_RESTRICTED = PUBLIC_NAMES | {RESTRICTED_NAME, UNPUBLISHED_NAME, CONTRIBUTOR_NAME}
# The names each role sees in the `world` fixture (a name follows its person's level).
NAMES_SEEN = {
    "anonymous": PUBLIC_NAMES,
    "contributor": PUBLIC_NAMES | {CONTRIBUTOR_NAME},
    "researcher": UP_TO_RESTRICTED,
    "reviewer": UP_TO_RESTRICTED,
    "editor": UP_TO_RESTRICTED,
    "editor_confidential": UP_TO_RESTRICTED | {CONFIDENTIAL_NAME},
    "admin": UP_TO_RESTRICTED | {CONFIDENTIAL_NAME},
}
ROLES = list(NAMES_SEEN)


def names_seen(user) -> set[str]:
    return set(PersonName.objects.visible_to(user).values_list("text", flat=True))


def names_seen_by_role(users) -> dict[str, set[str]]:
    return {role: names_seen(users[role]) for role in ROLES}


def test_each_role_sees_its_names_and_the_cache_holds_sql_for_each_clearance(users, world):
    VISIBLE_PKS_SQL.clear()
    assert names_seen_by_role(users) == NAMES_SEEN
    # Again, now from the cached SQL.
    assert names_seen_by_role(users) == NAMES_SEEN
    cached = {clearance for model, _using, clearance in VISIBLE_PKS_SQL}
    assert cached == {
        Clearance(published_only=True),
        Clearance(published_only=True, contributor_pk=users["contributor"].pk),
        Clearance(levels=("public", "restricted")),
        Clearance(levels=("public", "restricted", "confidential")),
    }
    assert all(isinstance(sql, str) for sql, _params in VISIBLE_PKS_SQL.values())


def test_raising_and_lowering_a_person_shows_at_once_for_every_role(users, world):
    names_seen_by_role(users)  # the SQL of every clearance is cached
    restricted = world["persons"]["restricted"]
    change_record(restricted, {"confidentiality": "confidential"})
    raised = {
        role: seen - {RESTRICTED_NAME} if role in {"researcher", "reviewer", "editor"} else seen
        for role, seen in NAMES_SEEN.items()
    }
    assert names_seen_by_role(users) == raised
    change_record(restricted, {"confidentiality": "restricted"})
    assert names_seen_by_role(users) == NAMES_SEEN
    # Publishing a public person and their name, here by plain SQL, shows them to the public.
    unpublished = world["persons"]["unpublished"]
    change_record(unpublished, {"is_published": True})
    assert names_seen(None) == PUBLIC_NAMES
    PersonName.objects.filter(person=unpublished).update(is_published=True)
    assert names_seen(None) == PUBLIC_NAMES | {UNPUBLISHED_NAME}


def test_a_change_of_clearance_shows_at_once(users, world):
    editor = users["editor"]
    assert names_seen(editor) == UP_TO_RESTRICTED
    editor.clearance = "confidential"
    editor.save()
    assert names_seen(type(editor).objects.get(pk=editor.pk)) == NAMES_SEEN["admin"]
    editor.clearance = "public"
    editor.save()
    assert names_seen(type(editor).objects.get(pk=editor.pk)) == PUBLIC_NAMES | {UNPUBLISHED_NAME}


def test_one_contributor_never_gets_another_contributors_records(users, world):
    assert names_seen(users["contributor"]) == PUBLIC_NAMES | {CONTRIBUTOR_NAME}
    other = make_user("fictional-contributor-other", "contributor")
    assert clearance_of(other) != clearance_of(users["contributor"])
    assert names_seen(other) == PUBLIC_NAMES


def test_facts_derived_from_a_hidden_person_follow_them_through_the_cached_sql(users, world):
    public = world["persons"]["public"]
    editor = users["editor"]
    shown = set(
        Event.objects.visible_to(editor).filter(person=public).values_list("type", flat=True)
    )
    assert shown == {"detained"}
    change_record(public, {"confidentiality": "confidential"})
    assert not Event.objects.visible_to(editor).filter(person=public).exists()
    assert not Event.objects.visible_to(None).filter(person=public).exists()
    assert Event.objects.visible_to(users["admin"]).filter(person=public).count() == 2
