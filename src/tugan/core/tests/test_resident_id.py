"""Resident ID numbers (GB 11643-1999). All numbers here are made up for the tests."""

from datetime import date

import pytest

from tugan.core.resident_id import (
    compute_check_character,
    find_resident_ids,
    parse_resident_id,
)


def test_it_accepts_the_example_number_of_the_standard() -> None:
    # GB 11643-1999, appendix: 11010519491231002X.
    assert compute_check_character("11010519491231002") == "X"
    resident_id = parse_resident_id("11010519491231002x")
    assert resident_id.number == "11010519491231002X"
    assert resident_id.birth_date == date(1949, 12, 31)
    assert resident_id.sex == "female"


def test_it_decodes_birth_date_sex_and_issuing_county() -> None:
    resident_id = parse_resident_id("654022198503120039")
    assert resident_id.birth_date == date(1985, 3, 12)
    assert resident_id.sex == "male"
    assert resident_id.county_code == "654022"
    assert resident_id.place is not None and resident_id.place.key == "CN-654022"


def test_it_decodes_a_superseded_county_code() -> None:
    # 654101: Yining city under the former Ili Prefecture, now 654002.
    resident_id = parse_resident_id("654101197001010023")
    assert resident_id.place is not None and resident_id.place.key == "CN-654002"


def test_it_ignores_spaces_and_hyphens() -> None:
    assert parse_resident_id("654022 19850312 0039").number == "654022198503120039"


def test_it_reads_the_legacy_fifteen_digit_form() -> None:
    resident_id = parse_resident_id("654022850312003")
    assert resident_id.is_legacy
    assert resident_id.birth_date == date(1985, 3, 12)
    assert resident_id.sex == "male"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("654022198503120035", "check character is 5"),
        ("65402219850312003", "18 characters"),
        ("65402219850312003A", "only digits"),
        ("654022198502300038", "not a valid birth date"),
        ("654022287503120033", "not plausible"),
        ("994022198503120037", "not a GB/T 2260 region code"),
    ],
)
def test_it_rejects_invalid_numbers_with_a_reason(number: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_resident_id(number, today=date(2024, 1, 1))


def test_it_finds_valid_numbers_in_text() -> None:
    # Fictional sentence.
    text = "他的身份证号码是654022198503120039，另一个号码654022198503120035写错了。"
    found = find_resident_ids(text)
    assert [text[m.start : m.end] for m in found] == ["654022198503120039"]


def test_it_finds_numbers_written_in_full_width_digits() -> None:
    # Fictional number.
    text = "号码６５４０２２１９８５０３１２００３９。"
    found = find_resident_ids(text)
    assert [(m.start, m.end, m.resident_id.number) for m in found] == [
        (2, 20, "654022198503120039")
    ]
