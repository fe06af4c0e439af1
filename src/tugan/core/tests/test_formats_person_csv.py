"""Person CSV import. Every person here is fictional (see fixtures/README.md)."""

from datetime import date
from pathlib import Path

import pytest

from tugan.core.dates import PartialDate
from tugan.core.formats import InputFormatError
from tugan.core.formats.person_csv import (
    CsvProblem,
    NameForm,
    PersonEvent,
    PersonRelative,
    Vocabularies,
    parse_person_csv,
)
from tugan.core.gazetteer import load_gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 1, 1)
# The importer passes records/choices.py; these tests pass the same values written out.
VOCABULARIES = Vocabularies(
    genders=("male", "female"),
    ethnicities=("kazakh", "uyghur", "kyrgyz", "hui", "uzbek", "tatar", "han", "other"),
    event_types=(
        "detained",
        "sentenced",
        "disappeared",
        "released",
        "died",
        "passport_confiscated",
        "passport_returned",
        "contact_lost",
        "contact_restored",
        "threatened",
        "protested",
    ),
    relations=(
        "father",
        "mother",
        "parent",
        "brother",
        "sister",
        "sibling",
        "son",
        "daughter",
        "child",
        "spouse",
        "cousin",
        "relative",
    ),
    confidentiality=("public", "restricted", "confidential"),
)


def problems_of(text: str, **options) -> list[str]:
    return [
        str(problem)
        for problem in parse_person_csv(text.encode(), VOCABULARIES, **options).problems
    ]


def test_it_reads_every_column_of_the_template():
    result = parse_person_csv((FIXTURES / "persons.csv").read_bytes(), VOCABULARIES)
    assert result.is_valid
    first, second, third = result.records
    assert first.row == 2
    assert first.external_id == "P-001"
    assert first.name == NameForm("叶尔江·托合提", "Hans")
    assert first.other_names == (NameForm("Erzhan Tokhti", "Latn"), NameForm("Ержан Тохти", "Cyrl"))
    assert first.gender == "male"
    assert first.birth_date == PartialDate(1980, 6)
    assert first.ethnicity == "kazakh"
    assert (first.hometown, first.residence) == ("CN-654022", "KZ/Almaty")
    assert first.events == (PersonEvent("contact_lost", PartialDate(2018, 3), None, None),)
    assert first.relatives == (PersonRelative("brother", "P-002"),)
    assert (first.source, first.confidentiality, first.notes) == (
        "fictional testimony",
        "restricted",
        "虚构人物",
    )
    assert second.events == (
        PersonEvent("detained", PartialDate(2018, 3), "CN-654022", None),
        PersonEvent("sentenced", PartialDate(2019), "CN-654022", 15),
    )
    assert second.confidentiality == "restricted"  # the default
    assert third.birth_date == PartialDate(1952, 11, 2)
    assert third.confidentiality == "confidential"


def test_it_names_row_column_and_problem_for_each_bad_cell():
    result = parse_person_csv((FIXTURES / "persons-bad.csv").read_bytes(), VOCABULARIES)
    assert result.encoding == "gbk"
    assert [record.external_id for record in result.records] == ["P-001"]
    problems = [str(problem) for problem in result.problems]
    assert problems == [
        "row 3, column name: is empty; every person needs a name",
        "row 3, column birth_date: '1975-13' is not a real date: month 13 is out of range",
        "row 3, column events: event 1: 'arrested' is not an event type (detained, sentenced, "
        "disappeared, released, died, passport_confiscated, passport_returned, contact_lost, "
        "contact_restored, threatened, protested)",
        "row 3, column events: event 2: only a sentenced event has a term ('3y')",
        "row 3, column relatives: relative 1: 'uncle' is not a relation (father, mother, parent, "
        "brother, sister, sibling, son, daughter, child, spouse, cousin, relative)",
        "row 3, column ethnicity: 'martian' is not one of: kazakh, uyghur, kyrgyz, hui, uzbek, "
        "tatar, han, other",
        "row 3, column hometown: 'Chabuchaer' is not a place key (like CN-654022, KZ or KZ/Almaty)",
        "row 4, column gender: 'unknown-value' is not one of: female, male",
        "row 5, column id: 'P-001' is already used in row 2",
    ]


def test_it_reports_a_relative_missing_from_the_file():
    text = "id,name,relatives\nP-1,阿力木,brother:P-404\nP-2,艾力,sister:TG-000123\n"
    assert problems_of(text) == [
        "row 2, column relatives: relative 1: 'P-404' is neither an id in this file nor a "
        "public id like TG-000123"
    ]


def test_it_resolves_place_names_with_a_gazetteer():
    text = "name,hometown,events\n阿力木,察布查尔县,detained 2018 伊宁县\n"
    [record] = parse_person_csv(text.encode(), VOCABULARIES, gazetteer=load_gazetteer()).records
    assert record.hometown == "CN-654022"
    assert record.events[0].place == "CN-654021"


def test_it_checks_place_keys_against_a_gazetteer():
    text = "name,hometown\n阿力木,CN-999999\n"
    assert problems_of(text, gazetteer=load_gazetteer()) == [
        "row 2, column hometown: 'CN-999999' is not a place key in the gazetteer"
    ]


def test_it_compares_a_resident_id_with_birth_date_and_gender():
    # A made-up number with a valid GB 11643 check character: born 1980-06-15, male.
    number = "654022198006150018"
    check = parse_person_csv(
        f"name,resident_id,birth_date,gender\n阿力木,{number},1981,female\n".encode(),
        VOCABULARIES,
        today=TODAY,
    )
    assert [problem.column for problem in check.problems] == ["birth_date", "gender"]


def test_it_rejects_an_invalid_resident_id():
    problems = problems_of("name,resident_id\n阿力木,654022198006150010\n", today=TODAY)
    assert len(problems) == 1
    assert problems[0].startswith("row 2, column resident_id: ")


def test_it_reads_tab_separated_files_and_sentences_for_life():
    result = parse_person_csv("name\tevents\n阿力木\tsentenced 2019 life\n".encode(), VOCABULARIES)
    assert result.records[0].events[0].years == "life"


def test_it_skips_blank_rows_but_counts_them():
    result = parse_person_csv("name,gender\n\n阿力木,x\n".encode(), VOCABULARIES)
    assert result.problems == (CsvProblem(3, "gender", "'x' is not one of: female, male"),)


def test_it_reports_rows_with_more_cells_than_the_header():
    assert problems_of("name,gender\n阿力木,male,extra\n") == [
        "row 2: has 3 cells but the header has 2 columns"
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        ("name,nmae\n阿力木,x\n".encode(), "row 1: unknown column.*'nmae'"),
        (b"gender\nmale\n", "required column.*name"),
        ("name,name\n阿,力\n".encode(), "appear twice"),
        ('name,notes\n阿力木,"unclosed\n'.encode(), "broken CSV"),
        (b"name\n\x80\x80\x80\n", "undecodable"),
    ],
)
def test_it_rejects_unreadable_files(data, problem):
    with pytest.raises(InputFormatError, match=problem):
        parse_person_csv(data, VOCABULARIES)
