"""Publishing a person or a source's reviewed facts, and withdrawing it, on FICTIONAL records."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tugan.audit.models import AuditEntry
from tugan.records import operations
from tugan.records.models import Citation, Event, Person, PersonName, Relationship
from tugan.records.reading import read_person_detail
from tugan.review import publishing
from tugan.review.decisions import accept_all_suggestions
from tugan.review.models import Publication, PublicationKind
from tugan.review.tests.fictional import BROTHER, FICTIONAL_ID, SISTER, import_fictional_report
from tugan.sources.models import Source
from tugan.sources.reading import read_source_detail
from tugan.testing import make_source

pytestmark = pytest.mark.django_db
PERSON, SOURCE = PublicationKind.PERSON, PublicationKind.SOURCE
ANONYMOUS = AnonymousUser()


def reviewed_report(tmp_path, by) -> Source:
    """Import the fictional report and accept every person, place and event it suggests."""
    source = import_fictional_report(tmp_path, by=by)
    for kind in ["person", "place", "event"]:
        accept_all_suggestions(source, kind, by=by)
    return source


def person_named(name: str) -> Person:
    return PersonName.objects.get(text=name, kind="primary").person


def states() -> set[tuple]:
    """Return every record's (model, pk, is_published, confidentiality)."""
    return {
        (model.__name__, pk, published, level)
        for model in [Person, PersonName, Event, Relationship, Source, Citation]
        for pk, published, level in model.objects.values_list(
            "pk", "is_published", "confidentiality"
        )
    }


def public_text(person: Person) -> str:
    page = read_person_detail(ANONYMOUS, person.public_id)
    names = " ".join(name.text for name in page["names"])
    quotes = " ".join(
        citation.quote for event in page["timeline"] for citation in event.visible_citations
    )
    return f"{names} {quotes} {[event.type for event in page['timeline']]}"


def test_imported_and_accepted_records_stay_unpublished(tmp_path, users):
    source = reviewed_report(tmp_path, users["editor"])
    assert not Person.objects.visible_to(ANONYMOUS).exists()
    assert not Source.objects.visible_to(ANONYMOUS).filter(pk=source.pk).exists()


def test_publishing_a_person_shows_their_reviewed_facts_to_everyone(tmp_path, users):
    source = reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    publishing.publish(PERSON, brother, by=users["reviewer"])
    page = read_person_detail(ANONYMOUS, brother.public_id)
    assert BROTHER in [name.text for name in page["names"]]
    assert {event.type for event in page["timeline"]} == {"detained", "sentenced"}
    assert all(event.visible_citations for event in page["timeline"])
    # The cited report is published with them, so its quotes can be followed.
    assert read_source_detail(ANONYMOUS, source.public_id)["source"] == source
    # The sister is not published by publishing her brother.
    assert not person_named(SISTER).is_visible_to(ANONYMOUS)


def test_a_publication_is_audited(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    publication = publishing.publish(PERSON, brother, by=users["reviewer"])
    entry = AuditEntry.objects.get(action="publish_person")
    assert entry.record_id == brother.public_id
    assert entry.actor_name == users["reviewer"].username
    assert entry.record_change.changes["publication"] == publication.pk
    assert entry.record_change.changes["records"]["records.Person"] == 1


def test_identifiers_and_confidential_records_never_publish(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    operations.add_identifier(brother, "resident_id", FICTIONAL_ID)
    operations.add_person_name(brother, "虚构机密别名", confidentiality="confidential")
    secret = make_source(
        f"虚构机密证词：{BROTHER}2016年被警告。", confidentiality="confidential", is_published=False
    )
    threatened = operations.add_event(
        type="threatened", person=brother, review_state="confirmed", date="2016-01-01"
    )
    # Even a citation not itself marked confidential stays hidden with its confidential source.
    operations.cite_source(secret, "2016年被警告", event=threatened, confidentiality="restricted")
    operations.refresh_status_summary(brother)
    publishing.publish(PERSON, brother, by=users["reviewer"])
    shown = public_text(brother)
    assert "虚构机密别名" not in shown
    assert "threatened" not in shown and "被警告" not in shown
    assert not brother.identifiers.filter(is_published=True).exists()
    assert not secret.is_visible_to(ANONYMOUS)


def test_a_status_read_from_an_unpublished_event_refuses_publishing(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    operations.add_event(
        type="died", person=brother, date="2030-01-01", confidentiality="confidential"
    )
    with pytest.raises(publishing.PublishError, match="status"):
        publishing.publish(PERSON, brother, by=users["reviewer"])
    assert not Publication.objects.exists()


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"confidentiality": "confidential"}, "confidential"),
        ({"consent": "refused"}, "refused consent"),
    ],
)
def test_a_person_who_may_not_be_public_is_refused(tmp_path, users, change, problem):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    Person.objects.filter(pk=brother.pk).update(**change)
    brother.refresh_from_db()
    before = states()
    with pytest.raises(publishing.PublishError, match=problem):
        publishing.publish(PERSON, brother, by=users["reviewer"])
    assert states() == before


def test_withdrawing_restores_exactly_the_state_before(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    before = states()
    publication = publishing.publish(PERSON, brother, by=users["reviewer"])
    assert states() != before
    publishing.withdraw(brother.public_id, by=users["editor"])
    assert states() == before
    publication.refresh_from_db()
    assert publication.withdrawn_by == users["editor"]
    entry = AuditEntry.objects.get(action="withdraw_person")
    assert entry.record_id == brother.public_id and entry.actor_name == users["editor"].username


def test_a_record_another_publication_covers_stays_public_until_both_are_withdrawn(tmp_path, users):
    source = reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    before = states()
    publishing.publish(PERSON, brother, by=users["reviewer"])
    publishing.publish(SOURCE, source, by=users["reviewer"])
    publishing.withdraw(brother.public_id, by=users["reviewer"])
    assert brother.is_visible_to(ANONYMOUS)
    assert source.is_visible_to(ANONYMOUS)
    publishing.withdraw(source.public_id, by=users["reviewer"])
    assert states() == before


def test_withdrawing_twice_is_refused(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    publishing.publish(PERSON, brother, by=users["reviewer"])
    publishing.withdraw(brother.public_id, by=users["reviewer"])
    with pytest.raises(publishing.PublishError, match="no publication"):
        publishing.withdraw(brother.public_id, by=users["reviewer"])


def test_a_record_made_confidential_since_is_left_so_by_a_withdrawal(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    publishing.publish(PERSON, brother, by=users["reviewer"])
    Person.objects.filter(pk=brother.pk).update(confidentiality="confidential")
    publishing.withdraw(brother.public_id, by=users["reviewer"])
    brother.refresh_from_db()
    assert brother.confidentiality == "confidential"


def test_publishing_a_source_shows_only_what_it_states(tmp_path, users):
    source = reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    other = make_source("虚构的另一篇报道：他又名虚构别名甲。", confidentiality="restricted")
    alias = operations.add_person_name(brother, "虚构别名甲", kind="alias")
    operations.cite_source(other, "虚构别名甲", person_name=alias)
    publishing.publish(SOURCE, source, by=users["reviewer"])
    assert source.is_visible_to(ANONYMOUS)
    assert brother.is_visible_to(ANONYMOUS) and person_named(SISTER).is_visible_to(ANONYMOUS)
    shown = public_text(brother)
    assert BROTHER in shown and "虚构别名甲" not in shown
    assert not other.is_visible_to(ANONYMOUS)


def test_a_confidential_source_is_refused(users):
    source = make_source("虚构机密证词。", confidentiality="confidential", is_published=False)
    with pytest.raises(publishing.PublishError, match="confidential"):
        publishing.publish(SOURCE, source, by=users["admin"])


def test_a_preview_shows_the_public_page_and_changes_nothing(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother = person_named(BROTHER)
    before, entries = states(), AuditEntry.objects.count()
    preview = publishing.preview_publication(PERSON, brother, by=users["reviewer"])
    assert BROTHER in preview["html"] and "被捕" in preview["html"]
    assert preview["persons"] == [brother.public_id]
    assert dict(preview["counts"])["persons"] == 1
    assert states() == before
    assert AuditEntry.objects.count() == entries
    assert not Publication.objects.exists()


def test_a_merged_person_is_published_through_the_one_they_were_merged_into(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother, sister = person_named(BROTHER), person_named(SISTER)
    Person.objects.filter(pk=sister.pk).update(merged_into=brother)
    sister.refresh_from_db()
    with pytest.raises(publishing.PublishError, match=f"publish {brother.public_id}"):
        publishing.publish(PERSON, sister, by=users["reviewer"])


def test_a_relationship_is_published_once_both_persons_are(tmp_path, users):
    reviewed_report(tmp_path, users["editor"])
    brother, sister = person_named(BROTHER), person_named(SISTER)
    operations.add_relationship(sister, "sibling", brother, confidentiality="restricted")
    publishing.publish(PERSON, brother, by=users["reviewer"])
    assert read_person_detail(ANONYMOUS, brother.public_id)["relatives"] == []
    publication = publishing.publish(PERSON, sister, by=users["reviewer"])
    assert publication.records.filter(record_type="records.Relationship").count() == 1
    relatives = read_person_detail(ANONYMOUS, brother.public_id)["relatives"]
    assert [relative["person"] for relative in relatives] == [sister]
