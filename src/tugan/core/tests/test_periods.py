import datetime

import pytest

from tugan.core.periods import (
    date_range,
    next_period,
    period_end,
    period_key,
    periods_between,
    spread_over_periods,
)

D = datetime.date


@pytest.mark.parametrize(
    ("unit", "key"), [("month", "2021-02"), ("quarter", "2021-Q1"), ("year", "2021")]
)
def test_period_keys(unit, key):
    assert period_key(D(2021, 2, 14), unit) == key


def test_period_ends_and_next_periods():
    assert period_end("2020-02") == D(2020, 2, 29)
    assert period_end("2021-Q4") == D(2021, 12, 31)
    assert next_period("2021-12") == "2022-01"
    assert next_period("2021-Q4") == "2022-Q1"
    assert list(periods_between(D(2020, 11, 3), D(2021, 1, 1), "month")) == [
        "2020-11",
        "2020-12",
        "2021-01",
    ]


def test_date_range_of_each_precision():
    assert date_range(D(2017, 5, 1), "month") == (D(2017, 5, 1), D(2017, 5, 31))
    assert date_range(D(2017, 1, 1), "year") == (D(2017, 1, 1), D(2017, 12, 31))
    assert date_range(D(2017, 5, 9), "day") == (D(2017, 5, 9), D(2017, 5, 9))


def test_a_year_only_date_is_spread_evenly_over_its_months():
    spread = spread_over_periods(D(2017, 1, 1), "year", "month")
    assert len(spread) == 12 and spread[0] == ("2017-01", pytest.approx(1 / 12))
    assert sum(share for _, share in spread) == pytest.approx(1)


def test_a_precise_date_falls_whole_and_no_date_is_unknown():
    assert spread_over_periods(D(2017, 5, 9), "day", "month") == [("2017-05", 1.0)]
    assert spread_over_periods(D(2017, 5, 1), "month", "year") == [("2017", 1.0)]
    assert spread_over_periods(None, "unknown", "year") == [("unknown", 1.0)]
