"""Dates that carry their precision, as stored in a DateField plus a precision field.

Reading and writing the text form ("2017", "2017-05") is tugan.core.dates.PartialDate's job.
"""

import datetime

from tugan.core.dates import PartialDate
from tugan.records.choices import DatePrecision


def parse_partial_date(text: str | None) -> tuple[datetime.date | None, str]:
    """Return (date, precision) for "2017", "2017-05" or "2017-05-03"; (None, unknown) for empty."""
    partial = PartialDate.parse(text.strip() if text else None)
    if partial.year is None:
        return None, DatePrecision.UNKNOWN
    return datetime.date(partial.year, partial.month or 1, partial.day or 1), partial.precision


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Return the date written at its precision: "2017", "2017-05" or "2017-05-03"."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return ""
    partial = PartialDate(
        value.year,
        value.month if precision != DatePrecision.YEAR else None,
        value.day if precision == DatePrecision.DAY else None,
    )
    return partial.iso() or ""
