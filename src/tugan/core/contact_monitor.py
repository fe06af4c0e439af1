"""The contact monitor's arithmetic: family links, their states over time, cells and changes.

A *family link* is a person inside and their relatives abroad. Each report about a link (a
contact event or a contact report) says it was *reachable* or *cut off* on a date, and that
state lasts until a later report about the same link changes it. Links are grouped by
ethnicity and prefecture; for every period the monitor counts the links with a known state
at the period's end, how many are reachable, and the share reachable with its Wilson 95%
interval (Wilson 1927; Newcombe 1998, method 3). docs/monitor.md explains the rules.

Partial dates take effect at the *end* of their range: a report dated only "2021-02" counts
from the end of February 2021, one dated "2018" from 31 December 2018. That is the first day
on which the report is certainly true; a month-precise report still counts in its own month.
"""

import datetime
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from tugan.core.periods import date_range, period_end, period_key, periods_between

REACHABLE = "reachable"
CUT_OFF = "cut_off"
# The normal quantile for a two-sided 95% interval.
Z_95 = 1.959963984540054


class ContactReading(NamedTuple):
    """One report of a link's state: who (link), which group, when, and what it said."""

    link: Hashable
    ethnicity: str
    place: str
    date: datetime.date
    precision: str
    state: str
    order: int = 0  # breaks ties between reports taking effect the same day (later wins)

    @property
    def effective(self) -> datetime.date:
        """Return the day from which this report counts: the end of its date's range."""
        return date_range(self.date, self.precision)[1]


class Cell(NamedTuple):  # a tuple: a page may hold fifteen thousand
    ethnicity: str
    place: str
    period: str
    families: int
    reachable: int
    cut_off: int

    @property
    def share_reachable(self) -> float:
        return self.reachable / self.families if self.families else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.reachable, self.families)


@dataclass(frozen=True)
class Change:
    ethnicity: str
    place: str
    period: str
    share_before: float
    share_after: float
    families: int
    low: float  # 95% interval of the difference share_after - share_before
    high: float
    before_period: str = ""


@lru_cache(maxsize=65536)  # cells of a group often repeat the same counts month after month
def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """Return the Wilson score interval for a share successes/total (0, 1 when total is 0).

    >>> [round(x, 3) for x in wilson_interval(70, 120)]
    [0.494, 0.67]
    """
    if total <= 0:
        return 0.0, 1.0
    share = successes / total
    denominator = 1 + z * z / total
    centre = (share + z * z / (2 * total)) / denominator
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / denominator
    # At none or all the bound is exactly 0 or 1; rounding would leave 5.6e-17 in the JSON.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == total else min(1.0, centre + half)
    return low, high


@lru_cache(maxsize=65536)
def difference_interval(
    before: tuple[int, int], after: tuple[int, int], z: float = Z_95
) -> tuple[float, float]:
    """Return Newcombe's hybrid-score 95% interval for share(after) - share(before).

    Each pair is (reachable, families). Built from the two Wilson intervals (Newcombe 1998,
    method 10), it stays sound at shares of 0 and 1, where the plain z-test breaks down, and it
    always contains 0 when the two shares are equal.
    """
    k1, n1 = before
    k2, n2 = after
    p1, p2 = k1 / n1, k2 / n2
    low1, high1 = wilson_interval(k1, n1, z)
    low2, high2 = wilson_interval(k2, n2, z)
    difference = p2 - p1
    low = difference - math.sqrt((p2 - low2) ** 2 + (high1 - p1) ** 2)
    high = difference + math.sqrt((high2 - p2) ** 2 + (p1 - low1) ** 2)
    return low, high


def compute_cells(
    readings: Iterable[ContactReading],
    unit: str,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> list[Cell]:
    """Return a cell per (ethnicity, place, period) holding at least one link of known state.

    Periods run from the first report's (or `since`) to the last report's (or `until`);
    reports after `until` are left out, reports before `since` still set the state.
    """
    # Per group: (effective day, order, link, state), the effective day computed once.
    groups: dict[tuple[str, str], list[tuple[datetime.date, int, Hashable, str]]] = defaultdict(
        list
    )
    first: datetime.date | None = None
    last: datetime.date | None = None
    ends: dict[tuple[datetime.date, str], datetime.date] = {}
    for reading in readings:
        effective = ends.get((reading.date, reading.precision))
        if effective is None:
            effective = ends[(reading.date, reading.precision)] = reading.effective
        if until is not None and effective > until:
            continue
        groups[(reading.ethnicity, reading.place)].append(
            (effective, reading.order, reading.link, reading.state)
        )
        first = effective if first is None or effective < first else first
        last = effective if last is None or effective > last else last
    if first is None or last is None:
        return []
    start = since or first
    end = until or last
    keys = list(periods_between(min(first, start), end, unit))
    closings = [period_end(key) for key in keys]
    cells = []
    for (ethnicity, place), group in sorted(groups.items()):
        group.sort(key=lambda entry: (entry[0], entry[1]))
        states: dict[Hashable, str] = {}
        counts = {REACHABLE: 0, CUT_OFF: 0}
        position = 0
        for key, closing in zip(keys, closings, strict=True):
            while position < len(group) and group[position][0] <= closing:
                _effective, _order, link, state = group[position]
                previous = states.get(link)
                if previous is not None:
                    counts[previous] -= 1
                states[link] = state
                counts[state] += 1
                position += 1
            families = counts[REACHABLE] + counts[CUT_OFF]
            if families and closing >= start:
                cells.append(
                    Cell(ethnicity, place, key, families, counts[REACHABLE], counts[CUT_OFF])
                )
    return cells


class MonthCount(NamedTuple):
    """How a group's counts move in one month: links entering each state, reports counted."""

    ethnicity: str
    place: str
    month: datetime.date  # its first day
    reachable: int
    cut_off: int
    readings: int


IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
# A month's movements as kept_cell_table reads them: MonthCount's fields, a plain tuple will do.
MonthRow = tuple[str, str, datetime.date, int, int, int]


@dataclass(frozen=True)
class CellTable:
    """A monitor's cells as columns, in compute_cells' order (by group, then period).

    A page of fifteen thousand cells is worked out column by column (numpy), not cell by
    cell: each cell is the index of its group and its period, and its three counts.
    """

    groups: list[tuple[str, str]]  # (ethnicity, place), sorted
    periods: list[str]  # the period keys, in order
    group: IntArray  # per cell, its index in groups
    period: IntArray  # per cell, its index in periods
    families: IntArray
    reachable: IntArray
    cut_off: IntArray

    def __len__(self) -> int:
        return len(self.group)

    @classmethod
    def from_cells(cls, cells: Sequence[Cell]) -> "CellTable":
        """Return the table of these cells (compute_cells' order kept)."""
        groups = sorted({(cell.ethnicity, cell.place) for cell in cells})
        periods = sorted({cell.period for cell in cells})
        group_index = {group: i for i, group in enumerate(groups)}
        period_index = {period: i for i, period in enumerate(periods)}
        return cls(
            groups,
            periods,
            np.array([group_index[(c.ethnicity, c.place)] for c in cells], dtype=np.int64),
            np.array([period_index[c.period] for c in cells], dtype=np.int64),
            np.array([c.families for c in cells], dtype=np.int64),
            np.array([c.reachable for c in cells], dtype=np.int64),
            np.array([c.cut_off for c in cells], dtype=np.int64),
        )

    def cells(self) -> list[Cell]:
        """Return the cells one by one."""
        groups = self.groups
        return [
            Cell(groups[g][0], groups[g][1], self.periods[p], families, reachable, cut_off)
            for g, p, families, reachable, cut_off in zip(
                self.group.tolist(),
                self.period.tolist(),
                self.families.tolist(),
                self.reachable.tolist(),
                self.cut_off.tolist(),
                strict=True,
            )
        ]

    def shares(self) -> FloatArray:
        """Return each cell's share reachable (Cell.share_reachable)."""
        return divide(self.reachable, self.families)

    def intervals(self) -> tuple[FloatArray, FloatArray]:
        """Return each cell's Wilson interval (Cell.interval)."""
        return wilson_intervals(self.reachable, self.families)


def divide(numerators: IntArray, denominators: IntArray) -> FloatArray:
    """Return numerators / denominators, 0 where a denominator is 0 (as share_reachable)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = numerators / denominators
    return np.where(denominators > 0, shares, 0.0)


def wilson_intervals(
    successes: IntArray, totals: IntArray, z: float = Z_95
) -> tuple[FloatArray, FloatArray]:
    """Return wilson_interval of each pair, to the last bit: the same operations in the same
    order, each correctly rounded in numpy as in Python (sqrt included)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        share = successes / totals
        denominator = 1 + z * z / totals
        centre = (share + z * z / (2 * totals)) / denominator
        half = z * np.sqrt(share * (1 - share) / totals + z * z / (4 * totals * totals))
        half = half / denominator
    empty = totals <= 0
    low = np.where(empty | (successes == 0), 0.0, np.maximum(0.0, centre - half))
    high = np.where(empty | (successes == totals), 1.0, np.minimum(1.0, centre + half))
    return low, high


def cell_table_from_month_counts(
    counts: Iterable[MonthRow],
    unit: str,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> CellTable:
    """Return compute_cells' cells, as a table, from the month-by-month movements of each
    group's counts.

    The counts must hold no month after `until`'s, and `until`'s month as it stands on
    `until` itself. Summed month by month they give each group's counts at every month's
    end, so a period's cell is the sum up to its last month; the cells are those
    compute_cells gives for the same readings.
    """
    empty = np.zeros(0, dtype=np.int64)
    moves = list(counts)
    read = [row[2] for row in moves if row[5]]
    if not read:
        return CellTable([], [], empty, empty, empty, empty, empty)
    last = max(read)
    ethnicities, places, months, reachable_moves, cut_off_moves, _readings = zip(
        *moves, strict=True
    )
    row_groups = list(zip(ethnicities, places, strict=True))
    group_ids = {group: i for i, group in enumerate(dict.fromkeys(row_groups))}
    month_ids = {month: i for i, month in enumerate(dict.fromkeys(months))}
    keys = list(periods_between(min(month_ids), until or last, unit))
    index = {key: i for i, key in enumerate(keys)}
    # Each month counts from its own period on; a month past the last period never counts.
    period_of_month = np.array(
        [index.get(period_key(month, unit), len(keys)) for month in month_ids], dtype=np.int64
    )
    groups = sorted(group_ids)
    rank = np.empty(len(groups), dtype=np.int64)
    rank[[group_ids[group] for group in groups]] = np.arange(len(groups))
    rows = rank[np.array([group_ids[group] for group in row_groups], dtype=np.int64)]
    columns = period_of_month[np.array([month_ids[month] for month in months], dtype=np.int64)]
    counted = columns < len(keys)
    shape = (len(groups), len(keys))
    reachable_grid = np.zeros(shape, dtype=np.int64)
    cut_off_grid = np.zeros(shape, dtype=np.int64)
    np.add.at(
        reachable_grid,
        (rows[counted], columns[counted]),
        np.array(reachable_moves, dtype=np.int64)[counted],
    )
    np.add.at(
        cut_off_grid,
        (rows[counted], columns[counted]),
        np.array(cut_off_moves, dtype=np.int64)[counted],
    )
    reachable_grid = np.cumsum(reachable_grid, axis=1)
    cut_off_grid = np.cumsum(cut_off_grid, axis=1)
    families_grid = reachable_grid + cut_off_grid
    shown = np.array([since is None or period_end(key) >= since for key in keys], dtype=bool)
    # Before a group's first month its sums are zero, so it has no cells there either.
    group, period = np.nonzero((families_grid != 0) & shown[np.newaxis, :])
    return CellTable(
        groups,
        keys,
        group.astype(np.int64),
        period.astype(np.int64),
        families_grid[group, period],
        reachable_grid[group, period],
        cut_off_grid[group, period],
    )


def find_table_changes(table: CellTable) -> list[Change]:
    """Return find_changes of the table's cells, worked out by column.

    The difference intervals are first computed for every pair of cells at once; only the
    pairs those leave near a flag (or flagged) are computed again one by one with
    difference_interval, so the flags and the numbers are find_changes' exactly (numpy
    squares by multiplying, Python's ** rounds through pow and may differ in the last bit).
    """
    if len(table) < 2:
        return []
    same_group = table.group[1:] == table.group[:-1]
    shares = table.shares()
    moved = np.nonzero(same_group & (shares[1:] != shares[:-1]))[0]
    if not len(moved):
        return []
    before, after = moved, moved + 1
    low1, high1 = wilson_intervals(table.reachable[before], table.families[before])
    low2, high2 = wilson_intervals(table.reachable[after], table.families[after])
    p1, p2 = shares[before], shares[after]
    difference = p2 - p1
    low = difference - np.sqrt((p2 - low2) * (p2 - low2) + (high1 - p1) * (high1 - p1))
    high = difference + np.sqrt((high2 - p2) * (high2 - p2) + (p1 - low1) * (p1 - low1))
    near = 1e-9  # far wider than the last bits the two ways may differ by
    changes = []
    for i in before[(low > -near) | (high < near)].tolist():
        j = i + 1
        counts_before = (int(table.reachable[i]), int(table.families[i]))
        counts_after = (int(table.reachable[j]), int(table.families[j]))
        exact_low, exact_high = difference_interval(counts_before, counts_after)
        if exact_low > 0 or exact_high < 0:
            ethnicity, place = table.groups[int(table.group[j])]
            changes.append(
                Change(
                    ethnicity,
                    place,
                    table.periods[int(table.period[j])],
                    counts_before[0] / counts_before[1],
                    counts_after[0] / counts_after[1],
                    counts_after[1],
                    exact_low,
                    exact_high,
                    table.periods[int(table.period[i])],
                )
            )
    return changes


def find_changes(cells: Iterable[Cell]) -> list[Change]:
    """Return the periods whose share differs from the cell's previous period beyond chance.

    A change is flagged when the 95% interval of the difference between the share at the end
    of a period and at the end of the period before (Newcombe's hybrid score) leaves out zero.
    A cell whose share stays the same is never flagged.
    """
    series: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        series[(cell.ethnicity, cell.place)].append(cell)
    changes = []
    for group in series.values():
        group.sort(key=lambda cell: cell.period)
        for before, after in zip(group, group[1:], strict=False):
            if before.share_reachable == after.share_reachable:
                continue
            low, high = difference_interval(
                (before.reachable, before.families), (after.reachable, after.families)
            )
            if low > 0 or high < 0:
                changes.append(
                    Change(
                        after.ethnicity,
                        after.place,
                        after.period,
                        before.share_reachable,
                        after.share_reachable,
                        after.families,
                        low,
                        high,
                        before.period,
                    )
                )
    return changes


def signal_period(value: datetime.date, precision: str, unit: str) -> str:
    """Return the period a group report is shown in: the one its date's range ends in."""
    return period_key(date_range(value, precision)[1], unit)
