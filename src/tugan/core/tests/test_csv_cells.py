import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tugan.core.csv_cells import FormulaSafeWriter, neutralise_cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("-2.5", "-2.5"),
        ("+7", "+7"),
        ("阿力木", "阿力木"),
        (3, 3),
        ("", ""),
    ],
)
def test_cells_that_start_a_formula_get_an_apostrophe(cell, expected):
    assert neutralise_cell(cell) == expected


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_no_written_cell_starts_like_a_formula(row):
    output = io.StringIO()
    FormulaSafeWriter(output).writerow(row)
    [read] = list(csv.reader(io.StringIO(output.getvalue())))
    for original, cell in zip(row, read, strict=False):
        is_number = cell.lstrip("+-").replace(".", "", 1).isdigit()
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or is_number, original
