"""A record is at least as confidential as what it derives from (ConfidentialQuerySet)."""

import pytest

from tugan.audit.changes import change_record
from tugan.records import operations
from tugan.records.models import Citation, Event, PersonName
from tugan.review.models import Suggestion
from tugan.testing import plant_admin_secrets

pytestmark = pytest.mark.django_db


def test_raising_a_source_hides_its_suggestions_and_citations(users, world):
    planted = plant_admin_secrets(world)
    editor = users["editor"]
    assert not Suggestion.objects.visible_to(editor).filter(pk=planted["raised_suggestion"].pk)
    assert not Citation.objects.visible_to(editor).filter(pk=planted["raised_citation"].pk)
    # Their own level is unchanged: it is the source that hides them.
    assert planted["raised_citation"].confidentiality == "restricted"
    assert Citation.objects.visible_to(users["editor_confidential"]).filter(
        pk=planted["raised_citation"].pk
    )


def test_lowering_the_source_again_shows_them_again(users, world):
    planted = plant_admin_secrets(world)
    change_record(planted["raised_source"], {"confidentiality": "restricted"})
    editor = users["editor"]
    assert Suggestion.objects.visible_to(editor).filter(pk=planted["raised_suggestion"].pk)
    assert Citation.objects.visible_to(editor).filter(pk=planted["raised_citation"].pk)


def test_facts_about_a_hidden_person_are_hidden_with_them(users, world):
    planted = plant_admin_secrets(world)
    editor = users["editor"]
    hidden_events = [planted["event"].pk, planted["relative_event"].pk]
    assert not Event.objects.visible_to(editor).filter(pk__in=hidden_events)
    assert Event.objects.visible_to(users["admin"]).filter(pk__in=hidden_events).count() == 2


def test_a_public_name_of_an_unpublished_person_stays_hidden_from_the_public(world):
    unpublished = world["persons"]["unpublished"]
    PersonName.objects.filter(person=unpublished).update(is_published=True)
    assert not PersonName.objects.visible_to(None).filter(person=unpublished)


def test_a_citation_of_a_confidential_contact_report_is_hidden_with_it(users, world):
    """The source is restricted, the report confidential: the citation goes with the report."""
    person = world["persons"]["restricted"]
    report = operations.add_contact_report(person, "failed", confidentiality="confidential")
    citation = operations.cite_source(
        world["sources"]["restricted"], "", contact_report=report, confidentiality="restricted"
    )
    assert not Citation.objects.visible_to(users["editor"]).filter(pk=citation.pk)
    assert Citation.objects.visible_to(users["editor_confidential"]).filter(pk=citation.pk)
