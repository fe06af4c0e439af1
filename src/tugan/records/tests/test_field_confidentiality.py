"""Parts of a person with their own rule: an anonymous testifier's identity, an exact address,
contact details, and a located person's whereabouts before consent (records.redaction).
Every person here is FICTIONAL."""

import json
import subprocess
from urllib.parse import urlencode

import pytest

from tugan.records import operations
from tugan.records.exporting import export_records
from tugan.records.places import get_or_create_place
from tugan.testing import (
    ANONYMOUS_TESTIFIER_NAME,
    ANONYMOUS_TESTIFIER_WECHAT,
    CONFIDENTIAL_ADDRESS,
    PERSONS_SEEN_BY,
    ROLES,
    plant_admin_secrets,
)

pytestmark = pytest.mark.django_db
FIELD_MARKERS = [ANONYMOUS_TESTIFIER_NAME, ANONYMOUS_TESTIFIER_WECHAT, CONFIDENTIAL_ADDRESS]


@pytest.fixture
def planted(world, users):
    return {**world, **plant_admin_secrets(world, by=users["admin"])}


def page_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/pdf"):
        return subprocess.run(
            ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
        ).stdout.decode()
    return content.decode()


def outputs_for(client, planted: dict) -> dict[str, str]:
    """Return every page, API answer and case file that shows the planted persons."""
    persons = [planted["testifier"], planted["persons"]["restricted"], planted["persons"]["public"]]
    urls = ["/persons/", f"/search/?{urlencode({'q': '虚构'})}", "/api/persons"]
    for person in persons:
        urls += [
            f"/persons/{person.public_id}/",
            f"/persons/{person.public_id}/history/",
            f"/persons/{person.public_id}/casefile.pdf",
            f"/api/persons/{person.public_id}",
        ]
    urls.append(f"/api/search?{urlencode({'q': '虚构'})}")
    return {url: page_text(client.get(url, follow=True)) for url in urls}


@pytest.mark.parametrize("role", ROLES)
def test_no_page_shows_an_anonymous_identity_or_address_below_confidential(
    client_as, planted, role
):
    outputs = outputs_for(client_as(role), planted)
    shown = {marker for marker in FIELD_MARKERS for text in outputs.values() if marker in text}
    if "confidential" in PERSONS_SEEN_BY[role]:
        assert shown == set(FIELD_MARKERS)
    else:
        assert shown == set()


@pytest.mark.parametrize("role", ["researcher", "reviewer", "editor"])
def test_an_anonymous_testifier_is_shown_by_the_neutral_label(client_as, planted, role):
    client = client_as(role)
    testifier = planted["testifier"]
    page = client.get(f"/persons/{testifier.public_id}/").content.decode()
    assert "<bdi>anonymous testifier</bdi>" in page
    restricted = planted["persons"]["restricted"]
    relatives = client.get(f"/api/persons/{restricted.public_id}").json()["relatives"]
    assert {"id": testifier.public_id, "display_name": "anonymous testifier"} in [
        {"id": r["id"], "display_name": r["display_name"]} for r in relatives
    ]


def test_the_label_is_translated(client_as, planted):
    client = client_as("researcher")
    page = client.get(
        f"/persons/{planted['testifier'].public_id}/", HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "<bdi>анонимный свидетель</bdi>" in page


@pytest.mark.parametrize(
    ("level", "shown"),
    [
        ("public", set()),
        ("restricted", set()),
        ("confidential", set(FIELD_MARKERS)),
    ],
)
def test_exports_hold_the_markers_only_at_the_confidential_level(planted, level, shown):
    export = json.dumps(export_records(level), ensure_ascii=False)
    assert {marker for marker in FIELD_MARKERS if marker in export} == shown


def test_a_restricted_contact_detail_reaches_restricted_readers_but_no_public_output(
    client_as, planted
):
    restricted = planted["persons"]["restricted"]
    operations.add_identifier(restricted, "phone", "+7 000 000 4321", confidentiality="public")
    phone = restricted.identifiers.get(kind="phone")
    assert (phone.confidentiality, phone.is_published) == ("restricted", False)
    page = client_as("researcher").get(f"/persons/{restricted.public_id}/").content.decode()
    assert "+7 000 000 4321" in page and CONFIDENTIAL_ADDRESS not in page
    export = export_records("restricted")
    [entry] = [p for p in export["persons"] if p["id"] == restricted.public_id]
    assert entry["identifiers"] == [{"kind": "phone", "value": "+7 000 000 4321"}]


def test_a_resident_id_stays_confidential_whatever_level_is_asked(planted):
    restricted = planted["persons"]["restricted"]
    identifier = operations.add_identifier(
        restricted, "passport", "E00000042", confidentiality="restricted"
    )
    assert identifier.confidentiality == "confidential"


# Consent: the `world` fixture's contributed person is the contributor's own case (a relative
# they asked after); a documenter then locates them.
@pytest.fixture
def located(world, users):
    person = world["persons"]["contributed"]
    operations.set_person_fields(person, residence=get_or_create_place("KZ/Almaty"))
    operations.add_identifier(person, "phone", "+7 000 000 1212", confidentiality="restricted")
    return person


def test_an_enquirer_sees_a_located_person_without_where_they_live_before_consent(
    client_as, located
):
    client = client_as("contributor")
    page = client.get(f"/persons/{located.public_id}/").content.decode()
    assert "where they live and how to reach them are shown to you only once they consent" in page
    assert "Almaty" not in page and "+7 000 000 1212" not in page
    answer = client.get(f"/api/persons/{located.public_id}").json()
    assert (answer["residence"], answer["identifiers"]) == (None, [])
    found = client.get("/api/persons", {"place": "KZ"}).json()["results"]
    assert located.public_id not in [person["id"] for person in found]
    case_file = page_text(client.get(f"/persons/{located.public_id}/casefile.pdf"))
    assert "Almaty" not in case_file


def test_an_enquirer_sees_where_a_consenting_person_lives(client_as, located):
    operations.set_person_fields(located, consent="granted")
    client = client_as("contributor")
    page = client.get(f"/persons/{located.public_id}/").content.decode()
    assert "Almaty" in page and "only once they consent" not in page
    assert client.get(f"/api/persons/{located.public_id}").json()["residence"] == "KZ/Almaty"
    found = client.get("/api/persons", {"place": "KZ"}).json()["results"]
    assert located.public_id in [person["id"] for person in found]


def test_documenters_see_where_a_located_person_lives_without_consent(client_as, located):
    page = client_as("editor").get(f"/persons/{located.public_id}/").content.decode()
    assert "Almaty" in page and "+7 000 000 1212" in page


def test_a_person_read_with_the_residence_withheld_cannot_be_saved(users, located):
    from tugan.records.reading import get_person_for_user

    person = get_person_for_user(users["contributor"], located.public_id)
    assert person.residence is None
    with pytest.raises(RuntimeError, match="read with its residence withheld"):
        person.save()
    located.refresh_from_db()
    assert located.residence.key == "KZ/Almaty"


@pytest.mark.parametrize(
    ("role", "found"), [("researcher", False), ("editor", False), ("editor_confidential", True)]
)
def test_an_anonymous_testifier_is_not_found_by_their_name_below_confidential(
    client_as, planted, role, found
):
    testifier = planted["testifier"].public_id
    client = client_as(role)
    answer = client.get("/api/search", {"q": ANONYMOUS_TESTIFIER_NAME})
    assert answer.status_code == 200
    assert (testifier in answer.content.decode()) is found
    if role != "researcher":  # the testimony page's suggestions are for documenters
        suggestions = client.get(
            "/testimonies/person-suggestions/", {"name": ANONYMOUS_TESTIFIER_NAME}
        )
        assert suggestions.status_code == 200
        assert (testifier in suggestions.content.decode()) is found
