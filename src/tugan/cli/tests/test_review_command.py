import json

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.review.models import Suggestion, SuggestionState
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import make_user

pytestmark = pytest.mark.django_db


def test_list_names_the_sources_with_pending_suggestions(tmp_path):
    source = import_fictional_report(tmp_path)
    pending = Suggestion.objects.filter(source=source, state=SuggestionState.PENDING).count()
    result = CliRunner().invoke(main, ["review", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sources"] == [
        {
            "id": source.public_id,
            "title": source.title,
            "publisher": source.publisher,
            "published": source.published.isoformat(),
            "pending": pending,
        }
    ]


def test_accept_all_leaves_nothing_pending_and_the_list_empty(tmp_path):
    source = import_fictional_report(tmp_path)
    result = CliRunner().invoke(main, ["review", "accept", source.public_id, "--all"])
    assert result.exit_code == 0, result.output
    assert not Suggestion.objects.filter(source=source, state=SuggestionState.PENDING).exists()
    listed = CliRunner().invoke(main, ["review", "list"])
    assert listed.stdout == "" and "no suggestions awaiting review" in listed.stderr


def test_accept_by_kind_accepts_only_that_kind(tmp_path):
    source = import_fictional_report(tmp_path)
    result = CliRunner().invoke(
        main, ["review", "accept", source.public_id, "--all", "--kind", "person"]
    )
    assert result.exit_code == 0, result.output
    states = set(Suggestion.objects.filter(source=source).values_list("kind", "state"))
    assert ("person", "pending") not in states
    assert ("event", "pending") in states


def test_accept_refuses_a_user_who_may_not_review(tmp_path):
    source = import_fictional_report(tmp_path)
    make_user("fictional-researcher", "researcher")
    result = CliRunner().invoke(
        main, ["review", "accept", source.public_id, "--all", "--user", "fictional-researcher"]
    )
    assert result.exit_code == 1
    assert "may not review" in result.stderr


def test_accept_needs_numbers_or_all(tmp_path):
    source = import_fictional_report(tmp_path)
    result = CliRunner().invoke(main, ["review", "accept", source.public_id])
    assert result.exit_code == 2
    assert "--all" in result.stderr


def test_accept_of_an_unknown_source_says_so():
    result = CliRunner().invoke(main, ["review", "accept", "SRC-999999", "--all"])
    assert result.exit_code == 1
    assert "no source SRC-999999" in result.stderr


def test_accept_by_number_accepts_those_and_reports_an_unknown_one(tmp_path):
    source = import_fictional_report(tmp_path)
    person = source.suggestions.filter(kind="person").order_by("number").first()
    result = CliRunner().invoke(
        main, ["review", "accept", source.public_id, str(person.number), "999"]
    )
    assert result.exit_code == 1
    person.refresh_from_db()
    assert person.state == "accepted"
    assert result.stdout == f"accepted\t{person.number}\tperson\t{person.person.public_id}\n"
    assert f"{source.public_id} #999: no such suggestion" in result.stderr
