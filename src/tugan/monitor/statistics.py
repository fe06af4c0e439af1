"""Counts of events and persons by type, year, month, ethnicity, prefecture and gender.

One function, count_records, feeds the statistics page, its CSV downloads and
`tugan stats --json`. Events are counted through the records' visibility filter; a public
viewer counts only published public records and sees small counts as "fewer than N".
docs/statistics.md explains the partial-date rule and what the numbers cannot show.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear, NullIf

from tugan.accounts.models import AnyUser
from tugan.core.periods import spread_over_periods
from tugan.monitor.contact_states import visible_to_with_subjects
from tugan.monitor.derived import EVENT_CUBES, PERSON_CUBES, audience_of, visible_in
from tugan.monitor.models import EventFact, PersonFact, StatisticsCount
from tugan.monitor.regions import (
    ACTS_WHERE_ONE_LIVES,
    UNKNOWN,
    county_of_key,
    place_keys_by_id,
    prefecture_of_key,
)
from tugan.monitor.suppression import (
    fewer_than,
    is_public_viewer,
    is_small,
    suppression_threshold,
)
from tugan.records.models import Event, Person

EVENT_FIELDS = ("type", "year", "month", "ethnicity", "prefecture", "county", "gender")
PERSON_FIELDS = ("ethnicity", "prefecture", "county", "gender")
COUNTED = ("events", "persons")

QuerySetT = TypeVar("QuerySetT", bound=QuerySet[Any])
RowKey = tuple[str | None, ...]  # a counted row's values of the fields counted by, in order


@dataclass(frozen=True)
class StatisticsFilters:
    type: str = ""
    ethnicity: str = ""
    place: str = ""  # a prefecture key; a county rolls up to its prefecture
    gender: str = ""
    year: str = ""  # "2017" or "unknown"

    @property
    def prefecture(self) -> str:
        return prefecture_of_key(self.place) if self.place else ""


def region_case(field: str, region_of_key: Callable[[str], str] = prefecture_of_key) -> Case:
    """Return an SQL expression giving the region (prefecture) key of the place id in `field`."""
    by_prefecture: dict[str, list[int]] = defaultdict(list)
    for pk, key in place_keys_by_id().items():
        by_prefecture[region_of_key(key)].append(pk)
    whens = [
        When(**{f"{field}__in": pks}, then=Value(prefecture))
        for prefecture, pks in sorted(by_prefecture.items())
        if prefecture != UNKNOWN
    ]
    return Case(*whens, default=Value(UNKNOWN), output_field=CharField())


# regions.ACTS_WHERE_ONE_LIVES of a person living abroad (gazetteer.is_abroad) in one query.
ACTS_WHERE_ONE_LIVES_ABROAD = (
    Q(type__in=ACTS_WHERE_ONE_LIVES)
    & Q(person__residence__isnull=False)
    & ~Q(person__residence__key__startswith="CN")
)


def blank_to_null(field: str) -> NullIf:
    return NullIf(F(field), Value(""))


def event_queryset(user: AnyUser, filters: StatisticsFilters) -> QuerySet[Any]:
    """Return the events this viewer may count, annotated with every field a chart groups by."""
    events = visible_to_with_subjects(Event.objects.all(), user, "person", "relative_of")
    annotated = events.annotate(
        stat_year=ExtractYear("date"),
        stat_month=ExtractMonth("date"),
        stat_ethnicity=Coalesce(
            blank_to_null("person__ethnicity"),
            blank_to_null("relative_of__ethnicity"),
            blank_to_null("group_ethnicity"),
            Value(UNKNOWN),
        ),
        stat_place=Coalesce(
            "place",
            "group_place",
            Case(
                When(ACTS_WHERE_ONE_LIVES_ABROAD, then=Value(None)),
                default=F("person__hometown"),
            ),
            "relative_of__hometown",
        ),
        stat_gender=Coalesce(blank_to_null("person__gender"), Value(UNKNOWN)),
    ).annotate(
        stat_prefecture=region_case("stat_place"),
        stat_county=region_case("stat_place", county_of_key),
    )
    return apply_filters(annotated, filters, "type")


def person_queryset(user: AnyUser, filters: StatisticsFilters) -> QuerySet[Any]:
    """Return the persons this viewer may count (merged records once), annotated alike."""
    persons = Person.objects.visible_to(user).filter(merged_into__isnull=True)
    annotated = persons.annotate(
        stat_ethnicity=Coalesce(blank_to_null("ethnicity"), Value(UNKNOWN)),
        stat_gender=Coalesce(blank_to_null("gender"), Value(UNKNOWN)),
        stat_prefecture=region_case("hometown"),
        stat_county=region_case("hometown", county_of_key),
    )
    return apply_filters(annotated, filters, None)


def apply_filters(
    queryset: QuerySetT, filters: StatisticsFilters, type_field: str | None
) -> QuerySetT:
    if filters.type and type_field:
        queryset = queryset.filter(**{type_field: filters.type})
    if filters.ethnicity:
        queryset = queryset.filter(stat_ethnicity=filters.ethnicity)
    if filters.prefecture:
        queryset = queryset.filter(stat_prefecture=filters.prefecture)
    if filters.gender:
        queryset = queryset.filter(stat_gender=filters.gender)
    if filters.year and type_field:
        if filters.year == UNKNOWN:
            queryset = queryset.filter(date__isnull=True)
        else:
            queryset = queryset.filter(stat_year=int(filters.year))
    return queryset


def count_records(
    user: AnyUser, by: list[str], filters: StatisticsFilters | None = None, counted: str = "events"
) -> dict[str, Any]:
    """Return {"rows": [{field: value, ..., "count": N}], ...} for this viewer.

    Years are written "2017", months "2017-05", an undated event "unknown". A date coarser
    than a month (a year only) is spread evenly over its twelve months in a count by month,
    so such counts may have fractions; every other count is whole. On a public view a count
    from 1 to under the threshold is written "<5".
    """
    filters = filters or StatisticsFilters()
    fields = EVENT_FIELDS if counted == "events" else PERSON_FIELDS
    unknown = [field for field in by if field not in fields]
    if unknown or not by:
        raise ValueError(
            f"cannot count {counted} by {', '.join(unknown) or 'nothing'}: "
            f"choose from {', '.join(fields)}"
        )
    audience = audience_of(user)
    if audience is not None:
        grouped = kept_rows(audience, by, filters, counted)
    else:
        grouped = grouped_rows(user, by, filters, counted)
    totals: dict[RowKey, float] = defaultdict(float)
    for row in grouped:
        for key, share in keys_of_row(row, by):
            totals[key] += row["n"] * share
    threshold = suppression_threshold() if is_public_viewer(user) else None
    rows: list[dict[str, Any]] = []
    for key in sorted(totals, key=sort_key):
        count: float | str = round(totals[key], 4) if "month" in by else int(totals[key])
        if threshold is not None and is_small(totals[key], threshold):
            count = fewer_than(threshold)
        rows.append({**dict(zip(by, key, strict=True)), "count": count})
    return {"rows": rows, "by": by, "counted": counted, "threshold": threshold}


def grouped_rows(
    user: AnyUser, by: list[str], filters: StatisticsFilters, counted: str
) -> list[dict[str, Any]]:
    """Return the database's counts grouped by the columns these fields need, filtered."""
    if counted == "events":
        queryset = event_queryset(user, filters)
    else:
        queryset = person_queryset(user, filters)
    group = []
    for field in by:
        if field == "year":
            group.append("stat_year")
        elif field == "month":
            group += ["stat_year", "stat_month", "date_precision"]
        elif field == "type":
            group.append("type")
        else:
            group.append(f"stat_{field}")
    return list(queryset.order_by().values(*dict.fromkeys(group)).annotate(n=Count("id")))


# The kept columns (monitor.models) each field is grouped by, and how grouped_rows names them.
KEPT_COLUMNS = {"year": ("year",), "month": ("year", "month", "precision")}
ROW_NAMES = {"type": "type", "year": "stat_year", "month": "stat_month",
             "precision": "date_precision", "n": "n"}  # fmt: skip


def kept_rows(
    audience: str, by: list[str], filters: StatisticsFilters, counted: str
) -> list[dict[str, Any]]:
    """Return the counts kept for this audience grouped as grouped_rows groups them.

    They are read from the smallest cube holding every field grouped or filtered by
    (monitor/derived.py), else counted from the kept facts.
    """
    wanted = {
        "type": filters.type,
        "ethnicity": filters.ethnicity,
        "prefecture": filters.prefecture,
        "gender": filters.gender,
    }
    if counted == "persons":
        wanted.pop("type")
    wanted = {field: value for field, value in wanted.items() if value}
    columns = list(dict.fromkeys(c for field in by for c in KEPT_COLUMNS.get(field, (field,))))
    needed = set(columns) | set(wanted)
    year = filters.year if counted == "events" else ""
    if year:
        needed.add("year")
    cubes = EVENT_CUBES if counted == "events" else PERSON_CUBES
    cube = next((name for name, fields in cubes.items() if needed <= set(fields)), None)
    queryset: QuerySet[Any]
    total: Aggregate
    if cube is not None:
        queryset = StatisticsCount.objects.filter(audience=audience, cube=cube)
        total = Sum("n")
    else:
        model = EventFact if counted == "events" else PersonFact
        queryset = model.objects.filter(visible_in(audience))
        total = Count("pk")
    queryset = queryset.filter(**wanted)
    if year:
        queryset = queryset.filter(
            **({"year__isnull": True} if year == UNKNOWN else {"year": int(year)})
        )
    return [
        {ROW_NAMES.get(column, f"stat_{column}"): value for column, value in row.items()}
        for row in queryset.order_by().values(*columns).annotate(n=total)
    ]


def keys_of_row(row: dict[str, Any], by: list[str]) -> list[tuple[RowKey, float]]:
    """Return the keys a grouped row counts under, with its share of each (months spread)."""
    fixed: list[str | None] = []
    for field in by:
        if field == "year":
            fixed.append(str(row["stat_year"]) if row["stat_year"] is not None else UNKNOWN)
        elif field == "month":
            fixed.append(None)  # filled below
        elif field == "type":
            fixed.append(row["type"])
        else:
            fixed.append(row[f"stat_{field}"] or UNKNOWN)
    if "month" not in by:
        return [(tuple(fixed), 1.0)]
    position = by.index("month")
    date = None
    if row["stat_year"] is not None:
        date = datetime.date(row["stat_year"], row["stat_month"], 1)
    keys = []
    for month, share in spread_over_periods(date, row["date_precision"], "month"):
        key = list(fixed)
        key[position] = month
        keys.append((tuple(key), share))
    return keys


def sort_key(key: RowKey) -> tuple[tuple[bool, str], ...]:
    """Sort rows by their values, "unknown" after every known value."""
    return tuple((value == UNKNOWN, str(value)) for value in key)
