import json

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.records.models import Person
from tugan.review.models import Publication
from tugan.review.tests.fictional import BROTHER, import_fictional_report
from tugan.review.tests.test_publishing import person_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(tmp_path, users):
    source = import_fictional_report(tmp_path)
    accept = ["review", "accept", source.public_id, "--all", "--user", users["editor"].username]
    result = CliRunner().invoke(main, accept)
    assert result.exit_code == 0, result.output
    return source


def test_publish_a_person_as_the_page_does(reviewed):
    brother = person_named(BROTHER)
    result = CliRunner().invoke(main, ["review", "publish", brother.public_id, "--json"])
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    assert outcome["persons"] == [brother.public_id]
    assert outcome["sources"] == [reviewed.public_id]
    assert outcome["publication"] == Publication.objects.get().pk
    assert Person.objects.visible_to(None).get() == brother


def test_preview_changes_nothing(reviewed):
    result = CliRunner().invoke(main, ["review", "publish", reviewed.public_id, "--preview"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"would publish {reviewed.public_id}: ")
    assert not Publication.objects.exists()
    assert not Person.objects.visible_to(None).exists()


def test_withdraw_restores_what_publish_changed(reviewed):
    CliRunner().invoke(main, ["review", "publish", reviewed.public_id])
    result = CliRunner().invoke(main, ["review", "withdraw", reviewed.public_id])
    assert result.exit_code == 0, result.output
    assert "sources: 1," in result.stdout and "persons: 2," in result.stdout
    assert not Person.objects.visible_to(None).exists()


def test_a_refusal_names_the_problem_and_exits_1(reviewed):
    brother = person_named(BROTHER)
    Person.objects.filter(pk=brother.pk).update(confidentiality="confidential")
    result = CliRunner().invoke(main, ["review", "publish", brother.public_id])
    assert result.exit_code == 1
    assert f"{brother.public_id} is confidential" in result.stderr


@pytest.mark.parametrize(
    "target, code, message",
    [("TG-999999", 1, "no person TG-999999"), ("Alim", 2, "give a person (TG-…) or a source")],
)
def test_an_unknown_target_is_refused(target, code, message):
    result = CliRunner().invoke(main, ["review", "publish", target])
    assert result.exit_code == code
    assert message in result.stderr
