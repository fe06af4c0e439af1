import pytest
from click.testing import CliRunner

from tugan.audit.log import verify_audit_chain
from tugan.audit.models import AuditEntry
from tugan.cli import main
from tugan.review.models import Suggestion
from tugan.review.suggesting import suggest_facts
from tugan.review.tests.fictional import (
    BROTHER,
    FICTIONAL_ID,
    SISTER,
    import_fictional_report,
)
from tugan.sources.models import Source
from tugan.testing import make_source

pytestmark = pytest.mark.django_db


def test_importing_a_report_stores_its_suggestions_with_their_spans(tmp_path):
    source = import_fictional_report(tmp_path)
    suggestions = list(source.suggestions.order_by("number"))
    persons = [s for s in suggestions if s.kind == "person"]
    assert [s.payload["name"] for s in persons] == [SISTER, BROTHER]
    assert [source.text[s.start : s.end] for s in persons] == [SISTER, BROTHER]
    assert {s.payload["key"] for s in suggestions if s.kind == "place"} >= {"KZ/Almaty"}
    assert [s.number for s in suggestions] == list(range(1, len(suggestions) + 1))
    assert {s.state for s in suggestions} == {"pending"}


def test_it_suggests_events_with_date_term_place_and_quoted_sentence(tmp_path):
    source = import_fictional_report(tmp_path)
    events = {s.payload["type"]: s for s in source.suggestions.filter(kind="event")}
    sentenced = events["sentenced"].payload
    assert (sentenced["subject"], sentenced["date"], sentenced["years"]) == (
        {"person": BROTHER},
        "2019",
        15,
    )
    start, end = sentenced["quote"]
    assert source.text[start:end].endswith("2019年被判处十五年有期徒刑")
    assert events["disappeared"].payload["subject"] == {
        "relative_of": SISTER,
        "relation": "sister",
        "count": 2,
    }


def test_suggestions_take_the_source_level_and_ids_are_confidential():
    source = make_source(
        f"虚构证词：阿力木·吐尔逊的身份证号码是{FICTIONAL_ID}。", confidentiality="restricted"
    )
    suggestions = suggest_facts(source)
    identifier = next(s for s in suggestions if s.kind == "identifier")
    assert identifier.confidentiality == "confidential"
    assert identifier.payload["person"] == "阿力木·吐尔逊"
    assert {s.confidentiality for s in suggestions if s.kind != "identifier"} == {"restricted"}


def test_suggesting_again_stores_nothing_new(tmp_path):
    source = import_fictional_report(tmp_path)
    count = source.suggestions.count()
    assert suggest_facts(source) == []
    assert source.suggestions.count() == count


def test_it_records_the_suggestions_in_the_audit_log(tmp_path):
    source = import_fictional_report(tmp_path)
    entry = AuditEntry.objects.get(action="suggest_facts")
    assert entry.record_id == source.public_id
    assert entry.record_change.changes["suggestions"]["person"] == 2
    assert verify_audit_chain().is_intact


def test_import_without_extraction_suggests_nothing(tmp_path):
    import_fictional_report(tmp_path, extract=False)
    assert Suggestion.objects.count() == 0


def test_the_import_command_suggests_facts_unless_told_not_to(tmp_path):
    (tmp_path / "a").mkdir()
    import_fictional_report(tmp_path / "a", extract=False)
    Source.objects.all().delete()
    path = tmp_path / "a" / "fictional-report.md"
    result = CliRunner().invoke(main, ["import", "--no-extract", str(path)])
    assert result.exit_code == 0
    assert Suggestion.objects.count() == 0
    Source.objects.all().delete()
    assert CliRunner().invoke(main, ["import", str(path)]).exit_code == 0
    assert Suggestion.objects.count() > 0
