"""Import of person CSV files. The files are the fictional fixtures of the core tests."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from tugan.accounts.roles import Confidentiality
from tugan.audit.models import AuditEntry
from tugan.cli import main
from tugan.records import followups
from tugan.records.choices import Ethnicity, EventType, Relation
from tugan.records.importing import CSV_VOCABULARIES, import_person_csv
from tugan.records.models import Event, Identifier, Person, PersonName, Relationship
from tugan.search.reading import read_search_results
from tugan.testing import make_person, make_user

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "core" / "tests" / "fixtures"
GOOD = (FIXTURES / "persons.csv").read_bytes()
BAD = (FIXTURES / "persons-bad.csv").read_bytes()


def test_it_creates_persons_names_events_and_relationships():
    outcome = import_person_csv(GOOD)
    assert outcome.problems == []
    assert [p.primary_name for p in outcome.persons] == [
        "叶尔江·托合提",
        "阿斯哈尔·托合提",
        "古丽娜尔·托合提",
    ]
    first, second, mother = outcome.persons
    assert [n.text for n in first.names.all()] == ["叶尔江·托合提", "Erzhan Tokhti", "Ержан Тохти"]
    assert first.birth_date_display == "1980-06"
    assert first.hometown.key == "CN-654022"
    assert first.residence.key == "KZ/Almaty"
    assert mother.confidentiality == "confidential"
    sentence = Event.objects.get(person=second, type="sentenced")
    assert (sentence.date_display, sentence.term_years, sentence.place.key) == (
        "2019",
        15,
        "CN-654022",
    )
    # P-001 and P-002 name each other brothers: one sibling relationship, not two.
    assert Relationship.objects.filter(kind="sibling").count() == 1
    # Both are the mother's sons.
    assert set(
        Relationship.objects.filter(kind="child", to_person=mother).values_list(
            "from_person", flat=True
        )
    ) == {first.pk, second.pk}
    assert AuditEntry.objects.filter(action="create_person").count() == 3


def test_imported_persons_are_found_under_every_name():
    outcome = import_person_csv(GOOD)
    admin = make_user("fictional-csv-admin", "admin")
    for query in ["Erzhan", "Ержан", "叶尔江"]:
        assert read_search_results(admin, query)[0].id == outcome.persons[0].public_id


def test_a_bad_file_imports_nothing_and_names_row_and_column():
    outcome = import_person_csv(BAD)
    assert outcome.persons == []
    assert Person.objects.count() == PersonName.objects.count() == 0
    assert "row 3, column birth_date: '1975-13' is not a real date: month 13 is out of range" in (
        outcome.problems
    )
    assert all(problem.startswith("row ") for problem in outcome.problems)


def test_a_relative_missing_from_the_database_rolls_back_the_file():
    data = "id,name,relatives\nP-1,虚构名字子,brother:TG-999999\n".encode()
    outcome = import_person_csv(data)
    assert outcome.problems == [
        "row 2, column relatives: relative 1: 'TG-999999' is not a stored person"
    ]
    assert Person.objects.count() == Identifier.objects.count() == 0


def test_the_import_command_takes_a_csv_file(tmp_path):
    (tmp_path / "relatives.csv").write_bytes(GOOD)
    result = CliRunner().invoke(main, ["import", str(tmp_path / "relatives.csv")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{tmp_path / 'relatives.csv'}: imported 3 persons\n"


def test_the_import_command_names_each_problem_and_exits_1(tmp_path):
    (tmp_path / "bad.csv").write_bytes(BAD)
    result = CliRunner().invoke(main, ["import", str(tmp_path / "bad.csv")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'bad.csv'}: row 3, column birth_date:" in result.stderr
    assert result.stdout == f"{tmp_path / 'bad.csv'}: imported 0 persons\n"


def test_the_csv_accepts_every_value_of_the_domain_choices():
    assert set(CSV_VOCABULARIES.event_types) == set(EventType.values)
    assert set(CSV_VOCABULARIES.ethnicities) == set(Ethnicity.values)
    assert set(CSV_VOCABULARIES.relations) == set(Relation.values)
    assert set(CSV_VOCABULARIES.confidentiality) == set(Confidentiality.values)


def test_a_relative_numbered_past_a_million_is_found():
    # Public ids grow a digit after the millionth person (TG-1000000).
    relative = make_person(["虚构百万号亲属"])
    Person.objects.filter(pk=relative.pk).update(public_id="TG-1000000")
    outcome = import_person_csv("name,relatives\n虚构百万号本人,brother:TG-1000000\n".encode())
    assert outcome.problems == []
    [person] = outcome.persons
    [relationship] = Relationship.objects.filter(to_person=person)
    assert relationship.from_person.public_id == "TG-1000000"


def test_the_counts_are_computed_once_for_the_whole_file(monkeypatch):
    calls = []
    steps = [*followups.after_records_changed, lambda **ids: calls.append(ids)]
    monkeypatch.setattr(followups, "after_records_changed", steps)
    outcome = import_person_csv(GOOD)
    assert len(calls) == 1
    assert set(calls[0]["persons"]) == {person.pk for person in outcome.persons}
    assert set(calls[0]["events"]) == set(Event.objects.values_list("pk", flat=True))


def test_a_bad_file_computes_no_counts(monkeypatch):
    calls = []
    steps = [*followups.after_records_changed, lambda **ids: calls.append(ids)]
    monkeypatch.setattr(followups, "after_records_changed", steps)
    dangling = GOOD.replace(b"brother:P-002", b"brother:TG-999999")
    assert "TG-999999" in import_person_csv(dangling).problems[0]
    assert calls == [] and Person.objects.count() == 0
