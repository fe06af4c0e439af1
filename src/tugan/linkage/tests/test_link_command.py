"""`tugan link` on a small FICTIONAL list (fixtures/README.md), on DuckDB and on Spark."""

import csv
import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tugan.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "persons-to-link.csv"


def read_pairs(path: Path) -> dict[tuple[str, str], dict]:
    with path.open(encoding="utf-8") as handle:
        return {tuple(sorted((row["id_l"], row["id_r"]))): row for row in csv.DictReader(handle)}


def test_it_links_a_list_against_itself(tmp_path):
    out = tmp_path / "matches.csv"
    result = CliRunner().invoke(
        main, ["link", str(FIXTURE), "--against", "self", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    pairs = read_pairs(out)
    assert ("1", "2") in pairs
    assert ("3", "4") in pairs
    assert float(pairs[("1", "2")]["match_probability"]) > 0.9
    assert pairs[("5", "6")]["settled_by"] == "resident_id"
    assert ("7", "8") not in pairs
    assert "pairs written to" in result.stdout


def test_it_prints_json_and_progress_on_stderr(tmp_path):
    out = tmp_path / "matches.csv"
    result = CliRunner().invoke(
        main, ["link", str(FIXTURE), "--out", str(out), "--json", "--threshold", "0.9"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["rows"] == 14 and summary["out"] == str(out)
    assert "computing name keys" in result.stderr


@pytest.mark.django_db(transaction=True)
def test_it_links_a_list_against_the_database(tmp_path, settings):
    from tugan.testing import make_person

    kept = make_person(["Omer Hemdulla"])
    make_person(["Fictional Unrelated Person"])
    out = tmp_path / "matches.csv"
    result = CliRunner().invoke(main, ["link", str(FIXTURE), "--against", "db", "--out", str(out)])
    assert result.exit_code == 0, result.output
    pairs = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {(row["id_l"], row["id_r"]) for row in pairs} >= {("1", kept.public_id)}
    assert all(row["id_r"].startswith("TG-") for row in pairs)


def test_it_names_a_missing_column(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,full_name\n1,Fictional Person\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["link", str(bad), "--out", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    assert "missing column(s) name" in result.stderr


def test_it_names_a_repeated_id(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\n1,Fictional One\n1,Fictional Two\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["link", str(bad), "--out", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    assert "line 3: id '1' appears twice" in result.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="the Spark engine needs pyspark (pip install 'tugan[spark]') and Java",
)
@pytest.mark.skipif(
    not os.environ.get("TUGAN_TEST_SPARK"),
    reason="starting Spark takes minutes: set TUGAN_TEST_SPARK=1 to run this test",
)
def test_it_links_on_spark(tmp_path):
    out = tmp_path / "matches.csv"
    result = CliRunner().invoke(
        main, ["link", str(FIXTURE), "--engine", "spark", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert ("1", "2") in read_pairs(out)
