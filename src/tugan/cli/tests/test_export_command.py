import csv
import io
import json

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.testing import CONFIDENTIAL_NAME, PUBLIC_NAME, RESTRICTED_NAME, SECRET_ID_VALUE

pytestmark = pytest.mark.django_db


def test_public_json_has_only_published_public_records(world):
    result = CliRunner().invoke(main, ["export", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [person["name"] for person in data["persons"]] == [PUBLIC_NAME]
    assert [source["id"] for source in data["sources"]] == [world["sources"]["public"].public_id]
    for secret in [CONFIDENTIAL_NAME, RESTRICTED_NAME, SECRET_ID_VALUE, "的家人失联"]:
        assert secret not in result.stdout
    events = data["persons"][0]["events"]
    assert events[0]["type"] == "detained"
    assert events[0]["citations"][0]["quote"] == f"{PUBLIC_NAME}于2018年被拘留"


def test_restricted_csv_has_restricted_persons_but_no_confidential_ones(world):
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--level", "restricted"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    names = {row["name"] for row in rows}
    assert RESTRICTED_NAME in names and PUBLIC_NAME in names
    assert CONFIDENTIAL_NAME not in result.stdout and SECRET_ID_VALUE not in result.stdout


def test_confidential_json_includes_identifiers_and_warns(world):
    result = CliRunner().invoke(main, ["export", "--level", "confidential"])
    assert SECRET_ID_VALUE in result.stdout
    assert "confidential values" in result.stderr


def test_events_and_sources_tables(world):
    events = CliRunner().invoke(main, ["export", "--format", "csv", "--table", "events"]).stdout
    assert events.splitlines()[0] == "person,type,subject,relation,date,place,years,channel,sources"
    assert "detained" in events
    sources = CliRunner().invoke(main, ["export", "--format", "csv", "--table", "sources"]).stdout
    assert world["sources"]["public"].public_id in sources


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x.example")', "+1+1", "-2+3", "@SUM(A1)"])
def test_csv_cells_that_start_a_formula_are_neutralised(db, hostile):
    from tugan.testing import make_person

    make_person([f"{hostile} 虚构"])
    result = CliRunner().invoke(main, ["export", "--format", "csv"])
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["name"] == f"'{hostile} 虚构"
