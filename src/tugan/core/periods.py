"""Periods of time (month, quarter, year) and how a partial date falls into them.

A date is kept with its precision (day, month, year). A partial date names a range: "2017" is
1 January to 31 December 2017. The contact monitor and the statistics both need to say which
period a partial date belongs to; the rules are here, without Django.
"""

import datetime
from collections.abc import Iterator

PERIOD_UNITS = ("month", "quarter", "year")


def date_range(value: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day a date of this precision may mean.

    >>> date_range(datetime.date(2017, 1, 1), "year")
    (datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
    """
    if precision == "year":
        return datetime.date(value.year, 1, 1), datetime.date(value.year, 12, 31)
    if precision == "month":
        return value.replace(day=1), month_end(value.year, value.month)
    return value, value


def month_end(year: int, month: int) -> datetime.date:
    """Return the last day of a month."""
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)


def period_key(value: datetime.date, unit: str) -> str:
    """Return the period a day falls in, written 2021-02, 2021-Q1 or 2021."""
    if unit == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if unit == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{value.year:04d}"
    raise ValueError(f"unknown period unit {unit!r}: want month, quarter or year")


def period_start(key: str) -> datetime.date:
    """Return the first day of a period written 2021-02, 2021-Q1 or 2021."""
    year = int(key[:4])
    if len(key) == 4:
        return datetime.date(year, 1, 1)
    if key[5] == "Q":
        return datetime.date(year, (int(key[6]) - 1) * 3 + 1, 1)
    return datetime.date(year, int(key[5:7]), 1)


def period_end(key: str) -> datetime.date:
    """Return the last day of a period written 2021-02, 2021-Q1 or 2021."""
    start = period_start(key)
    if len(key) == 4:
        return datetime.date(start.year, 12, 31)
    if key[5] == "Q":
        return month_end(start.year, start.month + 2)
    return month_end(start.year, start.month)


def next_period(key: str) -> str:
    """Return the period after this one."""
    unit = "year" if len(key) == 4 else "quarter" if key[5] == "Q" else "month"
    return period_key(period_end(key) + datetime.timedelta(days=1), unit)


def periods_between(first: datetime.date, last: datetime.date, unit: str) -> Iterator[str]:
    """Yield every period from the one holding `first` to the one holding `last`."""
    key, end = period_key(first, unit), period_key(last, unit)
    while key <= end:
        yield key
        key = next_period(key)


def spread_over_periods(
    value: datetime.date | None, precision: str, unit: str
) -> list[tuple[str, float]]:
    """Return the periods a partial date covers, each with an equal share of one.

    A date as fine as the unit or finer falls whole in its period; a coarser one (a year-only
    date in a chart by month) is spread evenly over the periods of its range, as the Xinjiang
    Victims Database spreads age ranges. An undated event is ("unknown", 1.0).

    >>> spread_over_periods(datetime.date(2017, 1, 1), "year", "quarter")
    [('2017-Q1', 0.25), ('2017-Q2', 0.25), ('2017-Q3', 0.25), ('2017-Q4', 0.25)]
    """
    if value is None or precision not in ("day", "month", "year"):
        return [("unknown", 1.0)]
    first, last = date_range(value, precision)
    keys = list(periods_between(first, last, unit))
    return [(key, 1.0 / len(keys)) for key in keys]
