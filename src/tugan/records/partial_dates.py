"""Dates that carry their precision, as stored in a DateField plus a precision field."""

import datetime
import re

from tugan.records.choices import DatePrecision

PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_partial_date(text: str | None) -> tuple[datetime.date | None, str]:
    """Return (date, precision) for "2017", "2017-05" or "2017-05-03"; (None, unknown) for empty."""
    if not text:
        return None, DatePrecision.UNKNOWN
    match = PARTIAL_DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    value = datetime.date(int(year), int(month or 1), int(day or 1))
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    return value, precision


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Return the date written at its precision: "2017", "2017-05" or "2017-05-03"."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
