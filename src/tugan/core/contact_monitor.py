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
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

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
    return max(0.0, centre - half), min(1.0, centre + half)


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


def cells_from_month_counts(
    counts: Iterable[MonthCount],
    unit: str,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> list[Cell]:
    """Return compute_cells' cells from the month-by-month movements of each group's counts.

    The counts must hold no month after `until`'s, and `until`'s month as it stands on
    `until` itself. Summed month by month they give each group's counts at every month's
    end, so a period's cell is the sum up to its last month; the cells are those
    compute_cells gives for the same readings.
    """
    groups: dict[tuple[str, str], dict[datetime.date, list[int]]] = defaultdict(dict)
    last: datetime.date | None = None
    for count in counts:
        entry = groups[(count.ethnicity, count.place)].setdefault(count.month, [0, 0])
        entry[0] += count.reachable
        entry[1] += count.cut_off
        if count.readings and (last is None or count.month > last):
            last = count.month
    if last is None:
        return []
    first = min(min(months) for months in groups.values())
    keys = list(periods_between(first, until or last, unit))
    closings = [period_end(key) for key in keys]
    index = {key: i for i, key in enumerate(keys)}
    cells = []
    for (ethnicity, place), months in sorted(groups.items()):
        ordered = sorted(months)
        reachable = cut_off = 0
        position = 0
        for i in range(index[period_key(ordered[0], unit)], len(keys)):
            closing = closings[i]
            while position < len(ordered) and ordered[position] <= closing:
                reachable += months[ordered[position]][0]
                cut_off += months[ordered[position]][1]
                position += 1
            families = reachable + cut_off
            if families and (since is None or closing >= since):
                cells.append(Cell(ethnicity, place, keys[i], families, reachable, cut_off))
    return cells


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
