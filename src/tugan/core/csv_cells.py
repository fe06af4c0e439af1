"""CSV cells that a spreadsheet will not run as formulas (CWE-1236, "CSV injection").

A cell that starts with = + - @ (or a tab or carriage return) is read by Excel, LibreOffice
and Google Sheets as a formula, which can fetch URLs or run commands when the file is opened.
Names and titles come from hostile sources, so every exported cell is neutralised as OWASP
recommends: a leading apostrophe, which spreadsheets show as text and do not display.
"""

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def neutralise_cell(value: Any) -> Any:
    """Return a cell safe to open in a spreadsheet: text starting like a formula gets a
    leading apostrophe; numbers (e.g. -2.5) and other values are left as they are.

    >>> neutralise_cell('=HYPERLINK("http://x.example","fictional")')
    '\\'=HYPERLINK("http://x.example","fictional")'
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        if PLAIN_NUMBER.fullmatch(value):
            return value
        return "'" + value
    return value


class FormulaSafeWriter:
    """A csv.writer whose rows are neutralised cell by cell."""

    def __init__(self, output: TextIO, **options: Any) -> None:
        self._writer = csv.writer(output, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        """Write one row, neutralised."""
        return self._writer.writerow([neutralise_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Write rows, each neutralised."""
        for row in rows:
            self.writerow(row)
