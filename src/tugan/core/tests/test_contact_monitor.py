import datetime
import random

import numpy as np
import pytest

from tugan.core.contact_monitor import (
    CUT_OFF,
    REACHABLE,
    CellTable,
    ContactReading,
    compute_cells,
    difference_interval,
    find_changes,
    find_table_changes,
    wilson_interval,
    wilson_intervals,
)

D = datetime.date


def reading(link, date, state, precision="day", ethnicity="kazakh", place="CN-654000"):
    return ContactReading(link, ethnicity, place, date, precision, state)


def test_wilson_interval_matches_the_published_example():
    # Newcombe (1998), table I: 81/263 gives 0.2553 to 0.3662.
    low, high = wilson_interval(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


def test_wilson_interval_of_zero_is_above_zero_only_on_top():
    low, high = wilson_interval(0, 120)
    assert low == 0 and 0 < high < 0.04


def test_wilson_bounds_at_none_and_all_are_exactly_0_and_1():
    # Computed, 0 of 3 gave a lower bound of 5.6e-17, printed as such in the monitor's JSON.
    assert [wilson_interval(0, n)[0] for n in range(1, 50)] == [0.0] * 49
    assert [wilson_interval(n, n)[1] for n in range(1, 50)] == [1.0] * 49


def test_a_state_lasts_until_a_later_report_changes_it():
    readings = [
        reading(1, D(2017, 5, 1), CUT_OFF),
        reading(2, D(2017, 6, 1), CUT_OFF),
        reading(1, D(2017, 8, 3), REACHABLE),
    ]
    cells = compute_cells(readings, "month")
    shares = {cell.period: (cell.reachable, cell.families) for cell in cells}
    assert shares == {
        "2017-05": (0, 1),
        "2017-06": (0, 2),
        "2017-07": (0, 2),
        "2017-08": (1, 2),
    }


def test_a_partial_date_takes_effect_at_the_end_of_its_range():
    readings = [reading(1, D(2018, 1, 1), CUT_OFF, precision="year")]
    cells = compute_cells(readings, "month", since=D(2018, 1, 1), until=D(2019, 1, 31))
    assert [cell.period for cell in cells] == ["2018-12", "2019-01"]


def test_until_leaves_out_later_reports_and_since_keeps_earlier_states():
    readings = [reading(1, D(2017, 1, 5), CUT_OFF), reading(1, D(2021, 2, 5), REACHABLE)]
    cells = compute_cells(readings, "year", since=D(2019, 1, 1), until=D(2020, 12, 31))
    assert [(c.period, c.reachable, c.families) for c in cells] == [("2019", 0, 1), ("2020", 0, 1)]


def test_a_flat_cell_is_never_flagged():
    readings = [reading(n, D(2017, 1, 1), REACHABLE if n < 50 else CUT_OFF) for n in range(100)]
    readings.append(reading(500, D(2020, 1, 1), CUT_OFF, ethnicity="other"))
    cells = compute_cells(readings, "month")
    assert len(cells) > 30
    assert find_changes(cells) == []


def test_a_large_move_is_flagged_and_a_small_one_is_not():
    readings = [reading(n, D(2018, 1, 1), CUT_OFF) for n in range(120)]
    readings += [reading(n, D(2021, 2, 10), REACHABLE) for n in range(70)]
    readings += [reading(f"s{n}", D(2018, 1, 1), CUT_OFF, place="CN-653100") for n in range(3)]
    readings += [reading("s0", D(2021, 2, 10), REACHABLE, place="CN-653100")]
    changes = find_changes(compute_cells(readings, "month"))
    assert [(c.place, c.period, c.share_before, c.families) for c in changes] == [
        ("CN-654000", "2021-02", 0.0, 120)
    ]
    assert changes[0].share_after == pytest.approx(70 / 120)
    assert changes[0].low > 0


def test_the_difference_interval_contains_zero_for_equal_shares():
    for k, n in [(0, 5), (3, 7), (100, 100), (1, 1000)]:
        low, high = difference_interval((k, n), (k, n))
        assert low <= 0 <= high


def test_wilson_intervals_of_a_column_are_wilson_interval_to_the_last_bit():
    pairs = [(k, n) for n in range(0, 400) for k in range(0, n + 1)]
    pairs += [(k, n) for n in (4999, 12345, 99999) for k in range(0, n + 1, 7)]
    successes = np.array([k for k, _ in pairs], dtype=np.int64)
    totals = np.array([n for _, n in pairs], dtype=np.int64)
    low, high = wilson_intervals(successes, totals)
    assert list(zip(low.tolist(), high.tolist(), strict=True)) == [
        wilson_interval(k, n) for k, n in pairs
    ]


def test_the_changes_of_a_table_are_find_changes_exactly():
    # Fictional links in three groups whose shares swing, so that many periods are flagged
    # and many are near the edge of a flag.
    rng = random.Random(7)
    readings = []
    for group in [f"CN-65{n:02d}00" for n in range(1, 13)]:
        for n in range(rng.randrange(100, 600)):
            for year in range(2017, 2023):
                day = D(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
                state = REACHABLE if rng.random() < (0.2 + 0.6 * (year % 2)) else CUT_OFF
                readings.append(reading(f"{group}-{n}", day, state, place=group))
    cells = compute_cells(readings, "month")
    table = CellTable.from_cells(cells)
    assert table.cells() == cells
    changes = find_changes(cells)
    assert len(changes) > 20
    assert find_table_changes(table) == changes
