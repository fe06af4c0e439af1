"""Accepting everything suggested for the real dev reports (read, never copied) breaks nothing."""

import pytest

from tugan.audit.log import verify_audit_chain
from tugan.records.models import Citation, Event
from tugan.review import decisions
from tugan.review.models import SuggestionKind
from tugan.sources.importing import import_paths
from tugan.testing import CORPUS

pytestmark = [pytest.mark.django_db, pytest.mark.corpus, pytest.mark.slow]


def test_every_suggestion_of_the_dev_reports_is_accepted_or_says_why_not(users):
    sources = import_paths([CORPUS / "dev" / "docs"]).new
    for source in sources:
        for kind in SuggestionKind.values:
            outcome = decisions.accept_all_suggestions(source, kind, by=users["admin"])
            assert all(message for _, message in outcome.failed)
    assert Event.objects.exists()
    for citation in Citation.objects.all():
        assert citation.source.text[citation.start : citation.end] == citation.quote
    assert verify_audit_chain().is_intact
