"""The Django admin for editors, under the same confidentiality rules as the pages."""

import pytest
from django.core.exceptions import ValidationError

from tugan.testing import CONFIDENTIAL_NAME, PERSONS_SEEN_BY, ROLES, SECRET_ID_VALUE

pytestmark = pytest.mark.django_db
STAFF = {"reviewer", "editor", "editor_confidential", "admin"}


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_reach_the_person_changelist(client_as, world, role):
    response = client_as(role).get("/admin/records/person/")
    if role in STAFF:
        assert response.status_code == 200
        html = response.content.decode()
        assert (CONFIDENTIAL_NAME in html) == ("confidential" in PERSONS_SEEN_BY[role])
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("role", sorted(STAFF))
@pytest.mark.parametrize("person_key", ["public", "confidential"])
def test_the_change_page_hides_what_the_role_may_not_see(client_as, world, role, person_key):
    person = world["persons"][person_key]
    response = client_as(role).get(f"/admin/records/person/{person.pk}/change/")
    sees = PERSONS_SEEN_BY[role]
    if person_key not in sees:
        assert response.status_code == 302  # the admin redirects to its index for a hidden id
        return
    assert response.status_code == 200
    if person_key == "public":  # the public person carries the confidential identifier
        assert (SECRET_ID_VALUE in response.content.decode()) == ("confidential" in sees)


@pytest.mark.parametrize("role", sorted(STAFF))
def test_only_admins_see_users_and_the_audit_log(client_as, world, role):
    for page in ["/admin/accounts/user/", "/admin/audit/auditentry/"]:
        status = client_as(role).get(page).status_code
        assert status == (200 if role == "admin" else 403), page


def test_an_admin_change_is_audited_with_before_and_after(client_as, world):
    from tugan.audit.models import AuditEntry
    from tugan.sources.models import Source

    source = world["sources"]["restricted"]
    response = client_as("editor").post(
        f"/admin/sources/source/{source.pk}/change/",
        {"confidentiality": "public", "is_published": "on", "title": "虚构的新标题"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = Source.objects.get(pk=source.pk)
    # Only publication is changed here; the title is read-only.
    assert (stored.confidentiality, stored.is_published, stored.title) == (
        "public",
        True,
        "虚构的报道",
    )
    entry = AuditEntry.objects.latest("id")
    assert (entry.action, entry.actor_name) == ("change_record", "fictional-editor")
    assert sorted(entry.changes["fields"]) == ["confidentiality", "is_published"]
    assert entry.record_change.changes["confidentiality"] == {
        "before": "restricted",
        "after": "public",
    }


def test_an_editor_cannot_attach_a_hidden_person_by_typing_its_number(rf, users, world):
    from django.contrib import admin as admin_site

    from tugan.records.models import Event

    hidden = world["persons"]["confidential"]
    request = rf.get("/admin/records/event/add/")
    request.user = users["editor"]
    event_admin = admin_site.site._registry[Event]
    field = event_admin.formfield_for_foreignkey(Event._meta.get_field("person"), request)
    with pytest.raises(ValidationError):
        field.clean(hidden.pk)
    assert field.widget.label_and_url_for_value(hidden.pk) == ("", "")
    assert field.clean(world["persons"]["restricted"].pk) == world["persons"]["restricted"]


def test_an_editor_cannot_add_an_event_through_the_admin(client_as, world):
    from tugan.records.models import Event

    hidden = world["persons"]["confidential"]
    before = Event.objects.count()
    response = client_as("editor").post(
        "/admin/records/event/add/", {"type": "detained", "person": hidden.pk}
    )
    assert response.status_code == 403
    assert Event.objects.count() == before


@pytest.mark.parametrize("query", ["person", "relative_of"])
def test_a_preset_id_in_an_add_form_shows_nothing_of_a_hidden_person(client_as, world, query):
    hidden = world["persons"]["confidential"]
    response = client_as("editor").get(f"/admin/records/event/add/?{query}={hidden.pk}")
    assert response.status_code == 403
    assert CONFIDENTIAL_NAME not in response.content.decode()


ADMIN_LISTS = [
    "/admin/records/person/",
    "/admin/records/event/",
    "/admin/records/citation/",
    "/admin/records/relationship/",
    "/admin/records/contactreport/",
    "/admin/records/place/",
    "/admin/sources/source/",
    "/admin/review/suggestion/",
    "/admin/linkage/matchcandidate/",
]


@pytest.mark.parametrize("role", ["reviewer", "editor"])
@pytest.mark.parametrize("page", ADMIN_LISTS)
def test_no_admin_list_shows_confidential_values_below_clearance(client_as, world, role, page):
    response = client_as(role).get(page)
    assert response.status_code == 200
    html = response.content.decode()
    for secret in [CONFIDENTIAL_NAME, SECRET_ID_VALUE, "的家人失联"]:
        assert secret not in html, (page, secret)


def test_searching_by_a_hidden_alias_finds_nobody(client_as, world):
    from tugan.records import operations

    restricted = world["persons"]["restricted"]
    operations.add_person_name(restricted, "虚构机密别名庚", confidentiality="confidential")
    editor_view = client_as("editor").get("/admin/records/person/", {"q": "虚构机密别名庚"})
    assert restricted.public_id not in editor_view.content.decode()
    admin_view = client_as("admin").get("/admin/records/person/", {"q": "虚构机密别名庚"})
    assert restricted.public_id in admin_view.content.decode()


def test_an_admin_marks_a_person_not_to_be_named_audited(client_as, world):
    from tugan.audit.models import RecordChange
    from tugan.records.models import Person

    person = world["persons"]["restricted"]
    inlines = {}
    for prefix, count in [("names", person.names.count()), ("identifiers", 0)]:
        inlines |= {
            f"{prefix}-TOTAL_FORMS": str(count),
            f"{prefix}-INITIAL_FORMS": str(count),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "0",
        }
    for index, name in enumerate(person.names.all()):
        inlines |= {f"names-{index}-id": str(name.pk), f"names-{index}-person": str(person.pk)}
    response = client_as("editor").post(
        f"/admin/records/person/{person.pk}/change/",
        {
            "confidentiality": "restricted",
            "consent": "unknown",
            "is_anonymous": "on",
            **inlines,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Person.objects.get(pk=person.pk).is_anonymous
    change = RecordChange.objects.filter(record_id=person.public_id).latest("id")
    assert change.changes == {"is_anonymous": {"before": False, "after": True}}
