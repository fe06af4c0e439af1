"""The testimony page, end to end through the test client. Every person here is FICTIONAL."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tugan.audit.models import AuditEntry
from tugan.intake.models import Attachment
from tugan.records.models import Citation, ContactReport, Event, Identifier, Person, Relationship
from tugan.sources.models import Source
from tugan.sources.raw_store import read_raw_bytes
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES, make_person

URL = "/testimonies/new/"


def management(persons: int, events: int) -> dict:
    return {
        "person-TOTAL_FORMS": str(persons),
        "person-INITIAL_FORMS": "0",
        "person-MIN_NUM_FORMS": "1",
        "person-MAX_NUM_FORMS": "50",
        "event-TOTAL_FORMS": str(events),
        "event-INITIAL_FORMS": "0",
        "event-MIN_NUM_FORMS": "0",
        "event-MAX_NUM_FORMS": "200",
    }


def filled_form(existing_id: str = "") -> dict:
    return {
        **management(2, 2),
        "testifier_names": "虚构证人·阿依古丽\nAygul Fictional",
        "testifier_gender": "female",
        "testifier_residence": "Almaty",
        "testifier_phone": "+7 000 000 9999",
        "testifier_wechat": "fictional_wechat_id",
        "may_publish": "granted",
        "testifier_may_be_named": "on",
        "narrative": "A fictional account, written for this test.",
        "person-0-names": "虚构人物·吐尔逊\nTursun Fictional",
        "person-0-relation": "father",
        "person-0-gender": "unknown",
        "person-0-birth_year": "1956",
        "person-0-hometown": "Шапшал",
        "person-0-ethnicity": "uyghur",
        "person-0-contact_date": "2017-05",
        "person-0-contact_channel": "wechat",
        "person-0-contact_outcome": "blocked",
        "person-1-existing": existing_id,
        "person-1-names": "" if existing_id else "Someone New",
        "person-1-relation": "brother",
        "person-1-gender": "unknown",
        "event-0-person_number": "1",
        "event-0-type": "sentenced",
        "event-0-date": "2017",
        "event-0-term_years": "15",
        "event-0-place": "察布查尔",
        "event-1-person_number": "2",
        "event-1-type": "detained",
        "event-1-date": "2018-03",
        "event-1-facility": "a fictional facility",
    }


@pytest.mark.parametrize("role", ROLES)
def test_only_documenters_reviewers_and_admins_open_it(client_as, role):
    assert client_as(role).get(URL).status_code == REVIEWER_PAGE_STATUS[role]


def test_it_saves_a_testimony_with_its_facts_in_one_audited_transaction(client_as, settings):
    existing = make_person(["虚构兄弟·卡德尔"], confidentiality="restricted", is_published=False)
    data = filled_form(existing.public_id)
    data["attachments"] = [SimpleUploadedFile("scan.png", b"\x89PNG fictional", "image/png")]
    response = client_as("editor").post(URL, data)

    source = Source.objects.get(kind="testimony")
    assert response.status_code == 302
    assert response["Location"] == reverse("intake:testimony-recorded", args=[source.public_id])
    father = Person.objects.get(names__text="Tursun Fictional")
    assert father.gender == "male"  # from the relation "father"
    assert father.birth_date_display == "1956"
    assert father.hometown.key == "CN-654022"
    assert father.status_summary.startswith("sentenced")
    testifier = Person.objects.get(names__text="Aygul Fictional")
    assert testifier.residence.key == "KZ/Almaty"
    assert Person.objects.count() == 3  # the existing brother was not created again
    assert Event.objects.get(person=existing).facility == "a fictional facility"
    assert Event.objects.get(person=father).term_years == 15
    assert Relationship.objects.filter(from_person=father, kind="parent", to_person=testifier)
    assert Relationship.objects.filter(from_person=testifier, kind="sibling", to_person=existing)
    assert Relationship.objects.filter(from_person=testifier, kind="reports_on").count() == 2
    contact = ContactReport.objects.get()
    assert (contact.reporter, contact.relative, contact.outcome) == (testifier, father, "blocked")
    assert {i.kind for i in Identifier.objects.filter(person=testifier)} == {"phone", "wechat"}
    assert "+7 000 000 9999" not in source.text
    # Each fact cites the testimony, at its own line of the text.
    citations = Citation.objects.filter(source=source)
    assert citations.filter(event__person=father).exists()
    assert citations.filter(contact_report=contact).exists()
    for citation in citations:
        assert source.text[citation.start : citation.end] == citation.quote
    assert read_raw_bytes(settings.BLOB_DIR, source.sha256) == source.text.encode()
    attachment = Attachment.objects.get()
    assert attachment.source == source and attachment.size == len(b"\x89PNG fictional")
    assert AuditEntry.objects.filter(action="record_testimony", record_id=source.public_id)


def test_an_anonymous_testifier_is_a_restricted_person_whose_identity_is_confidential(
    client_as,
):
    data = filled_form()
    del data["testifier_may_be_named"]
    data["testifier_address"] = "Fictional street 7, flat 3"
    client_as("editor").post(URL, data)
    source = Source.objects.get(kind="testimony")
    testifier = Person.objects.get(names__text="Aygul Fictional")
    assert (testifier.confidentiality, testifier.is_anonymous) == ("restricted", True)
    assert set(testifier.names.values_list("confidentiality", flat=True)) == {"confidential"}
    assert set(testifier.relationships_from.values_list("confidentiality", flat=True)) == {
        "restricted"
    }
    assert "Aygul Fictional" not in source.text and "Almaty" not in source.text


def test_contact_details_and_address_get_the_levels_chosen(client_as):
    data = filled_form()
    data["testifier_address"] = "Fictional street 7, flat 3"
    data["contact_level"] = "restricted"
    client_as("editor").post(URL, data)
    testifier = Person.objects.get(names__text="Aygul Fictional")
    assert sorted(testifier.identifiers.values_list("kind", "value", "confidentiality")) == [
        ("address", "Fictional street 7, flat 3", "confidential"),
        ("phone", "+7 000 000 9999", "restricted"),
        ("wechat", "fictional_wechat_id", "restricted"),
    ]


def test_a_public_level_for_contact_details_is_refused(client_as):
    data = filled_form()
    data["contact_level"] = "public"
    response = client_as("editor").post(URL, data)
    assert response.status_code == 200
    assert Person.objects.count() == 0


def test_a_form_with_errors_keeps_everything_typed(client_as):
    data = filled_form()
    data["event-1-date"] = "March 2018"
    data["person-0-hometown"] = "Nowhere-at-all-fictional"
    response = client_as("editor").post(URL, data)
    content = response.content.decode()
    assert response.status_code == 200
    assert Source.objects.count() == 0 and Person.objects.count() == 0
    assert "is not a date" in content
    assert "No place called" in content
    for typed in [
        "虚构人物·吐尔逊",
        "Tursun Fictional",
        "March 2018",
        "a fictional facility",
        "A fictional account",
    ]:
        assert typed in content


def test_an_attachment_over_the_limit_saves_nothing(client_as, settings):
    settings.ATTACHMENT_MAX_BYTES = 10
    data = filled_form()
    data["attachments"] = [SimpleUploadedFile("video.mp4", b"x" * 11, "video/mp4")]
    response = client_as("editor").post(URL, data)
    assert "video.mp4 is" in response.content.decode()
    assert Source.objects.count() == 0 and Person.objects.count() == 0


def test_an_event_for_a_person_not_in_the_testimony_is_refused(client_as):
    data = filled_form()
    data["event-1-person_number"] = "3"
    response = client_as("editor").post(URL, data)
    assert "There is no person no. 3" in response.content.decode()
    assert Source.objects.count() == 0


def test_about_prefills_an_existing_person(client_as):
    person = make_person(["虚构人物·阿不都"])
    response = client_as("editor").get(f"{URL}?about={person.public_id}")
    assert f'value="{person.public_id}"' in response.content.decode()


def test_a_testifier_already_on_record_is_not_created_again(client_as):
    testifier = make_person(["Aygul Fictional"], confidentiality="restricted", is_published=False)
    data = filled_form()
    data["testifier_existing"] = testifier.public_id
    client_as("editor").post(URL, data)
    assert Person.objects.filter(names__text="Aygul Fictional").distinct().count() == 1
    assert Relationship.objects.filter(from_person=testifier, kind="reports_on").count() == 2
    # The new written form is added to the existing testifier.
    assert testifier.names.filter(text="虚构证人·阿依古丽").exists()


def test_a_form_with_errors_keeps_the_files_already_sent(client_as):
    client = client_as("editor")
    data = filled_form()
    data["event-1-date"] = "March 2018"
    data["attachments"] = [SimpleUploadedFile("scan.png", b"\x89PNG fictional", "image/png")]
    response = client.post(URL, data)
    content = response.content.decode()
    assert "scan.png" in content and Source.objects.count() == 0
    token = response.context["forms"].main.kept_token
    data = filled_form()
    data["kept_attachments"] = token
    client.post(URL, data)
    attachment = Attachment.objects.get()
    assert attachment.original_name == "scan.png" and attachment.source.kind == "testimony"


def test_a_kept_file_list_that_was_not_signed_here_is_refused(client_as):
    data = filled_form()
    data["kept_attachments"] = '[{"sha256": "0000", "name": "x", "type": "image/png", "size": 1}]'
    response = client_as("editor").post(URL, data)
    assert "expired" in response.content.decode()
    assert Source.objects.count() == 0


def test_an_existing_testifier_who_asks_not_to_be_named_is_marked_so(client_as):
    testifier = make_person(["虚构旧证人·古丽"], confidentiality="restricted", is_published=False)
    data = filled_form()
    del data["testifier_may_be_named"]
    data["testifier_existing"] = testifier.public_id
    data["testifier_names"] = ""
    client_as("editor").post(URL, data)
    testifier.refresh_from_db()
    assert testifier.is_anonymous
    researcher_page = (
        client_as("researcher").get(f"/persons/{testifier.public_id}/").content.decode()
    )
    assert "虚构旧证人·古丽" not in researcher_page
    assert "<bdi>anonymous testifier</bdi>" in researcher_page


def test_a_person_reported_on_who_asked_not_to_be_named_stays_out_of_the_text(client_as):
    hidden = make_person(
        ["虚构匿名者·阿曼"], confidentiality="restricted", is_published=False, is_anonymous=True
    )
    data = filled_form(hidden.public_id)
    data["person-1-names"] = "Aman Fictional"
    client_as("editor").post(URL, data)
    source = Source.objects.get(kind="testimony")
    assert "虚构匿名者" not in source.text and "Aman Fictional" not in source.text
    assert "虚构匿名者" not in source.title
    assert f"2. {hidden.public_id} ({hidden.public_id})" in source.text
