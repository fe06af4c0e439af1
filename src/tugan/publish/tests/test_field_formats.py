"""The CSV tables, HURIDOCS ESF and Popolo exports. Every record here is FICTIONAL."""

import csv
import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.publish.field_formats import HURIDOCS_FILES
from tugan.testing import CONFIDENTIAL_NAME, PUBLIC_NAME, RESTRICTED_NAME, SECRET_ID_VALUE

pytestmark = pytest.mark.django_db


def read_zip(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_tables_are_one_csv_per_kind_with_a_readme(full_world, tmp_path):
    out = tmp_path / "tables.zip"
    result = CliRunner().invoke(main, ["export", "--format", "tables", "--level", "restricted",
                                       "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    files = read_zip(out)
    assert {"person.csv", "personname.csv", "event.csv", "citation.csv", "source.csv"} <= set(files)
    names = {row["text"] for row in rows(files["personname.csv"])}
    assert {PUBLIC_NAME, RESTRICTED_NAME} <= names
    assert CONFIDENTIAL_NAME not in "".join(files.values())
    readme = files["README.md"]
    for name, text in files.items():
        if name.endswith(".csv"):
            assert f"## {name}" in readme
            for column in next(csv.reader(io.StringIO(text))):
                assert f"- `{column}`" in readme, (name, column)


def test_huridocs_has_its_five_record_types(full_world, tmp_path):
    out = tmp_path / "esf.zip"
    result = CliRunner().invoke(main, ["export", "--format", "huridocs", "--level", "restricted",
                                       "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    files = read_zip(out)
    assert set(files) == set(HURIDOCS_FILES)
    acts = rows(files["acts.csv"])
    detention = next(act for act in acts if act["tugan_event_type"] == "detained")
    assert (detention["type_of_act_code"], detention["type_of_act"]) == (
        "030102000000",
        "Detention, imprisonment",
    )
    events = {row["event_record_number"] for row in rows(files["events.csv"])}
    assert {act["event"] for act in acts} <= events
    victims = {row["person_record_number"] for row in rows(files["victims.csv"])}
    assert {act["victim"] for act in acts if act["victim"]} <= victims
    information = rows(files["information.csv"])
    sources = {row["source_record_number"] for row in rows(files["sources.csv"])}
    assert information and {row["source"] for row in information} <= sources
    assert f"{PUBLIC_NAME}于2018年被拘留" in {row["remarks"] for row in information}
    assert SECRET_ID_VALUE not in "".join(files.values())


def test_popolo_lists_persons_with_their_other_names(full_world, tmp_path):
    out = tmp_path / "popolo.json"
    result = CliRunner().invoke(main, ["export", "--format", "popolo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text())
    public = next(p for p in document["persons"] if p["name"] == PUBLIC_NAME)
    assert public["id"] == full_world["persons"]["public"].public_id
    assert {n["name"] for n in public["other_names"]} == {"Fictional Public Person"}
    assert public["links"][0]["url"] == "https://news.example.org/fictional"
    assert CONFIDENTIAL_NAME not in out.read_text()


def test_a_file_format_needs_an_output_file(db):
    result = CliRunner().invoke(main, ["export", "--format", "full"])
    assert result.exit_code == 2
    assert "--output" in result.output


def test_import_export_round_trips_at_the_command_line(full_world, tmp_path):
    out = tmp_path / "full.zip"
    made = CliRunner().invoke(main, ["export", "--format", "full", "-o", str(out)])
    assert made.exit_code == 0, made.output
    refused = CliRunner().invoke(main, ["import-export", str(out)])
    assert refused.exit_code == 1
    assert "already holds persons" in refused.output
