"""The contact monitor page's read function: family links, cells, changes and signals.

One function, read_monitor, feeds the page, its CSV and `tugan monitor --json`. Every record
it reads goes through the records' visibility filter for the viewer; a public viewer counts
only published public records, and sees counts under the threshold as "fewer than N".
"""

import datetime
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np
from django.db import connection
from django.db.models import CharField, F, Q, QuerySet
from django.db.models.functions import Cast

from tugan.accounts.confidentiality import ConfidentialQuerySet, ConfidentialRecord
from tugan.accounts.models import AnyUser
from tugan.core.contact_monitor import (
    CUT_OFF,
    Cell,
    CellTable,
    ContactReading,
    MonthCount,
    MonthRow,
    cell_table_from_month_counts,
    compute_cells,
    find_table_changes,
    signal_period,
)
from tugan.core.gazetteer import is_abroad
from tugan.core.periods import period_end
from tugan.monitor import models as derived_tables
from tugan.monitor.derived import (
    EVENT_STATES,
    REPORT_STATES,
    DatingSource,
    FamilyLink,
    audience_of,
    chunks,
    event_link,
    report_link,
    source_dates,
    visible_in,
)
from tugan.monitor.regions import UNKNOWN, place_keys_by_id, prefecture_of_key
from tugan.monitor.suppression import (
    fewer_than,
    is_public_viewer,
    is_small,
    small_counts,
    suppression_threshold,
)
from tugan.records.choices import Consent, EventType
from tugan.records.models import Citation, ContactReport, Event, Person, Relationship
from tugan.records.partial_dates import format_partial_date
from tugan.records.reading import display_name, visible_names
from tugan.records.redaction import enquirer_consent_rule
from tugan.sources.models import Source

SIGNAL_TYPES = (EventType.CONTACT_LOST, EventType.CONTACT_RESTORED)

RecordT = TypeVar("RecordT", bound=ConfidentialRecord)


@dataclass(frozen=True)
class MonitorFilters:
    period: str = "month"
    ethnicity: str = ""
    place: str = ""  # a prefecture key; a county key is rolled up to its prefecture
    since: datetime.date | None = None
    until: datetime.date | None = None
    channel: str = ""

    @property
    def prefecture(self) -> str:
        return prefecture_of_key(self.place) if self.place else ""


def visible_to_with_subjects(
    queryset: ConfidentialQuerySet[RecordT], user: AnyUser, *subjects: str
) -> ConfidentialQuerySet[RecordT]:
    """Return the visible records whose named subjects (if any) the viewer may also see."""
    visible_persons = Person.objects.visible_to(user)
    queryset = queryset.visible_to(user)
    for subject in subjects:
        queryset = queryset.filter(
            Q(**{f"{subject}__isnull": True}) | Q(**{f"{subject}__in": visible_persons})
        )
    return queryset


def visible_source_dates(
    user: AnyUser, cited: str, records: QuerySet[Any]
) -> dict[int, DatingSource]:
    """Return the source dating each undated record among these (derived.source_dates),
    where this viewer may see it and its citation (docs/monitor.md, the partial-date rule)."""
    dating = source_dates(cited, records.filter(date__isnull=True).values("pk"))
    # A citation is visible only with its source (Citation.confidentiality_follows).
    visible = set(
        Citation.objects.visible_to(user)
        .filter(pk__in=[found.citation for found in dating.values()])
        .values_list("pk", flat=True)
    )
    return {record: found for record, found in dating.items() if found.citation in visible}


def collect_readings(user: AnyUser, filters: MonitorFilters) -> Iterator[ContactReading]:
    """Yield every report of a family link's state that this viewer may count: dated, or
    undated with a dated source this viewer may see (read on its publication day)."""
    places = place_keys_by_id()
    events = visible_to_with_subjects(
        Event.objects.filter(type__in=list(EVENT_STATES)),
        user,
        "person",
        "relative_of",
    ).filter(Q(person__isnull=False) | Q(relative_of__isnull=False))
    if filters.channel:
        events = events.filter(channel=filters.channel)
    event_days = visible_source_dates(user, "event", events)
    event_rows = events.values_list(
        "id", "type", "date", "date_precision", "person_id", "relative_of_id", "relation",
        "person__ethnicity", "person__residence_id", "person__hometown_id",
        "relative_of__ethnicity", "relative_of__hometown_id",
    )  # fmt: skip
    for (pk, kind, date, precision, person, anchor, relation, ethnicity, residence, hometown,
         anchor_ethnicity, anchor_hometown) in event_rows.iterator(chunk_size=5000):  # fmt: skip
        if date is None:
            if pk not in event_days:
                continue  # no date, and no dated source to say when it was true
            date, precision = event_days[pk].day, "day"
        found = event_link(
            kind, person, ethnicity, places.get(residence), places.get(hometown),
            anchor, relation, anchor_ethnicity, places.get(anchor_hometown),
        )  # fmt: skip
        if found is None:
            continue
        link, group, place = found
        yield ContactReading(
            link, group or UNKNOWN, place, date, precision, EVENT_STATES[kind], pk * 2
        )
    reports = visible_to_with_subjects(ContactReport.objects.all(), user, "reporter", "relative")
    if filters.channel:
        reports = reports.filter(channel=filters.channel)
    report_days = visible_source_dates(user, "contact_report", reports)
    report_rows = reports.values_list(
        "id", "outcome", "date", "date_precision", "reporter_id", "relative_id",
        "relative__ethnicity", "relative__residence_id", "relative__hometown_id",
        "reporter__ethnicity", "reporter__hometown_id",
    )  # fmt: skip
    for (pk, outcome, date, precision, reporter, relative, ethnicity, residence, hometown,
         reporter_ethnicity, reporter_hometown) in (
        report_rows.iterator(chunk_size=5000)
    ):  # fmt: skip
        if date is None:
            if pk not in report_days:
                continue
            date, precision = report_days[pk].day, "day"
        found = report_link(
            reporter, reporter_ethnicity, places.get(reporter_hometown),
            relative, ethnicity, places.get(residence), places.get(hometown),
        )  # fmt: skip
        if found is None:
            continue
        link, group, place = found
        yield ContactReading(
            link, group or UNKNOWN, place, date, precision, REPORT_STATES[outcome], pk * 2 + 1
        )


def matches_group(reading: ContactReading, filters: MonitorFilters) -> bool:
    """Return whether a reading is in the ethnicity and prefecture the filters ask for."""
    if filters.ethnicity and reading.ethnicity != filters.ethnicity:
        return False
    return not filters.prefecture or reading.place == filters.prefecture


def describe_cells(
    table: CellTable, threshold: int | None, dated: dict[tuple[str, str, str], int]
) -> list[dict[str, Any]]:
    """Return the cells as plain data; with a threshold, small counts are hidden ("<5").

    dated: by cell, how many of its families are in the state an undated report gave them,
    dated by its source's publication (families_dated_by_source).
    """
    low, high = table.intervals()
    ethnicities = np.array([group[0] for group in table.groups], dtype=object)
    places = np.array([group[1] for group in table.groups], dtype=object)
    periods = np.array(table.periods, dtype=object)
    described: list[dict[str, Any]] = [
        {
            "ethnicity": ethnicity,
            "place": place,
            "period": period,
            "families": families,
            "reachable": reachable,
            "cut_off": cut_off,
            "share_reachable": share,
            "low": cell_low,
            "high": cell_high,
            "dated_by_source": dated.get((ethnicity, place, period), 0),
            "suppressed": False,
        }
        for ethnicity, place, period, families, reachable, cut_off, share, cell_low, cell_high
        in zip(
            ethnicities[table.group].tolist(),
            places[table.group].tolist(),
            periods[table.period].tolist(),
            table.families.tolist(),
            table.reachable.tolist(),
            table.cut_off.tolist(),
            table.shares().tolist(),
            low.tolist(),
            high.tolist(),
            strict=True,
        )
    ]  # fmt: skip
    if threshold is None:
        return described
    small_families = small_counts(table.families, threshold)
    small = (
        small_families
        | small_counts(table.reachable, threshold)
        | small_counts(table.cut_off, threshold)
    )
    hidden = fewer_than(threshold)
    for i, families_hidden in zip(
        np.nonzero(small)[0].tolist(), small_families[small].tolist(), strict=True
    ):
        entry = described[i]
        entry.update(reachable=hidden, cut_off=hidden, share_reachable=None, low=None, high=None)
        entry["suppressed"] = True
        if families_hidden:
            entry["families"] = hidden
    for entry in described:
        if entry["suppressed"] or is_small(entry["dated_by_source"], threshold):
            entry["dated_by_source"] = hidden
    return described


def read_signals(user: AnyUser, filters: MonitorFilters) -> list[dict[str, Any]]:
    """Return the group reports about contact that name no person, with a visible source.

    An undated one is placed on its earliest source's publication day when this viewer may
    see that source (dated_by_source), and left out when no dated source cites it.
    """
    # The group events first, from the kept facts (indexed), then which of them this viewer
    # may see: the visibility filter over every event would read them all.
    group_events = derived_tables.EventFact.objects.filter(
        subject="group", type__in=SIGNAL_TYPES
    ).values_list("event", flat=True)
    events = (
        Event.objects.visible_to(user)
        .filter(pk__in=list(group_events))
        .select_related("group_place", "place")
        .order_by("date", "id")
    )
    if filters.channel:
        events = events.filter(channel=filters.channel)
    if filters.ethnicity:
        events = events.filter(group_ethnicity=filters.ethnicity)
    source_days = visible_source_dates(user, "event", events)
    signals: list[dict[str, Any]] = []
    for event in events:
        if event.date is not None:
            date, precision = event.date, event.date_precision
        elif event.pk in source_days:
            date, precision = source_days[event.pk].day, "day"
        else:
            continue  # no date, and no dated source this viewer may see
        if filters.until and date > filters.until:
            continue
        place = event.group_place or event.place
        prefecture = prefecture_of_key(place.key) if place else UNKNOWN
        if filters.prefecture and prefecture != filters.prefecture:
            continue
        signals.append(
            {
                "id": event.pk,
                "ethnicity": event.group_ethnicity or UNKNOWN,
                "place": prefecture,
                "period": signal_period(date, precision, filters.period),
                "date": format_partial_date(date, precision),
                "dated_by_source": event.date is None,
                "type": event.type,
                "channel": event.channel,
                "source": None,
                "order": (date, event.pk),
            }
        )
    signals.sort(key=lambda signal: signal.pop("order"))
    citations = (
        Citation.objects.visible_to(user)
        .filter(event_id__in=[signal["id"] for signal in signals])
        .filter(source__in=Source.objects.visible_to(user))
        .order_by("id")
        .values_list("event_id", "source__public_id")
    )
    sources: dict[int, str] = {}
    # A signal dated by its source names that source; the others their first visible one.
    dating_ids = dict(
        Source.objects.filter(pk__in={found.source for found in source_days.values()}).values_list(
            "pk", "public_id"
        )
    )
    for event_id, found in source_days.items():
        sources[event_id] = dating_ids[found.source]
    for event_id, public_id in citations:
        sources.setdefault(event_id, public_id)
    for signal in signals:
        signal["source"] = sources.get(signal["id"])
    return signals


def kept_readings(
    audience: str, filters: MonitorFilters
) -> QuerySet[derived_tables.ContactReading]:
    """Return the kept readings (monitor.models) this audience counts under these filters."""
    readings = derived_tables.ContactReading.objects.filter(visible_in(audience))
    if filters.channel:
        readings = readings.filter(channel=filters.channel)
    if filters.ethnicity:
        readings = readings.filter(ethnicity=filters.ethnicity)
    if filters.prefecture:
        readings = readings.filter(place=filters.prefecture)
    return readings


def month_on_day(audience: str, filters: MonitorFilters, day: datetime.date) -> list[MonthCount]:
    """Return how each group's counts moved from the start of day's month to day itself.

    The kept month counts run to each month's end; a period ending on `until` needs the
    month it ends in cut there: each link read in that month counts by its state on the day.
    """
    first = day.replace(day=1)
    readings = kept_readings(audience, filters)
    links = set(
        readings.filter(effective__gte=first, effective__lte=day).values_list("link", flat=True)
    )
    anchors = {int(link.split(":")[1]) for link in links}
    timelines: dict[str, list[tuple[datetime.date, int, str, str, str]]] = {}
    for chunk in chunks(anchors):
        rows = readings.filter(anchor__in=chunk, effective__lte=day).values_list(
            "link", "effective", "reading", "state", "ethnicity", "place"
        )
        for link, effective, order, state, ethnicity, place in rows:
            if link in links:
                timelines.setdefault(link, []).append((effective, order, state, ethnicity, place))
    moved: dict[tuple[str, str], list[int]] = {}
    for timeline in timelines.values():
        timeline.sort()
        before = [entry for entry in timeline if entry[0] < first]
        entry = moved.setdefault((timeline[-1][3], timeline[-1][4]), [0, 0, 0])
        entry[timeline[-1][2] == CUT_OFF] += 1
        entry[2] += len(timeline) - len(before)
        if before:
            entry[before[-1][2] == CUT_OFF] -= 1
    return [
        MonthCount(ethnicity, place, first, reachable, cut_off, count)
        for (ethnicity, place), (reachable, cut_off, count) in moved.items()
    ]


def kept_cell_table(audience: str, filters: MonitorFilters) -> CellTable:
    """Return the cells from the kept month counts of this audience (monitor/derived.py)."""
    rows = derived_tables.ContactMonthCount.objects.filter(
        audience=audience, channel=filters.channel
    )
    if filters.ethnicity:
        rows = rows.filter(ethnicity=filters.ethnicity)
    if filters.prefecture:
        rows = rows.filter(place=filters.prefecture)
    if filters.until:
        rows = rows.filter(month__lt=filters.until.replace(day=1))
    # Read straight from the cursor: Django's conversion of every row's date costs more than
    # the query. SQLite's driver would still parse each row's date: read as text there, the
    # few hundred distinct months are converted once each.
    month = Cast("month", CharField()) if connection.vendor == "sqlite" else F("month")
    sql, params = (
        rows.order_by()
        .annotate(month_read=month)
        .values_list("ethnicity", "place", "month_read", "reachable", "cut_off", "readings")
        .query.sql_with_params()
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    months: dict[datetime.date | str, datetime.date] = {}  # by the value the cursor gave
    for value in {row[2] for row in fetched}:
        months[value] = (
            value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
        )
    counts: list[MonthRow] = [
        (ethnicity, place, months[value], reachable, cut_off, readings)
        for ethnicity, place, value, reachable, cut_off, readings in fetched
    ]
    if filters.until:
        counts += month_on_day(audience, filters, filters.until)
    return cell_table_from_month_counts(counts, filters.period, filters.since, filters.until)


def kept_cells(audience: str, filters: MonitorFilters) -> list[Cell]:
    """Return the cells from the kept month counts of this audience, one by one."""
    return kept_cell_table(audience, filters).cells()


def live_readings(user: AnyUser, filters: MonitorFilters) -> list[ContactReading]:
    """Return the readings this viewer may count, in the groups the filters ask for."""
    return [r for r in collect_readings(user, filters) if matches_group(r, filters)]


def live_cells(user: AnyUser, filters: MonitorFilters) -> list[Cell]:
    """Return the cells counted from the records this viewer may see."""
    readings = live_readings(user, filters)
    return compute_cells(readings, filters.period, filters.since, filters.until)


def undated_orders(orders: Iterable[int]) -> set[int]:
    """Return the reading orders (event id * 2, contact report id * 2 + 1) among these whose
    record has no date of its own: those readings were dated by their source."""
    orders = list(orders)
    events = [order // 2 for order in orders if order % 2 == 0]
    reports = [order // 2 for order in orders if order % 2 == 1]
    found: set[int] = set()
    for chunk in chunks(events):
        found |= {
            pk * 2
            for pk in Event.objects.filter(pk__in=chunk, date__isnull=True).values_list(
                "pk", flat=True
            )
        }
    for chunk in chunks(reports):
        found |= {
            pk * 2 + 1
            for pk in ContactReport.objects.filter(pk__in=chunk, date__isnull=True).values_list(
                "pk", flat=True
            )
        }
    return found


# A link's readings as families_dated_by_source reads them: (effective, order, ethnicity,
# place, dated by its source).
Timeline = list[tuple[datetime.date, int, str, str, bool]]


def kept_source_dated_timelines(audience: str, filters: MonitorFilters) -> list[Timeline]:
    """Return the kept readings of every link this audience counts that has a reading dated
    by its source (few: most reports carry their own date)."""
    readings = kept_readings(audience, filters)
    links = set(readings.filter(dated_by_source=True).values_list("link", flat=True))
    timelines: dict[str, Timeline] = {}
    for chunk in chunks({int(link.split(":")[1]) for link in links}):
        rows = readings.filter(anchor__in=chunk).values_list(
            "link", "effective", "reading", "ethnicity", "place", "dated_by_source"
        )
        for link, effective, order, ethnicity, place, dated in rows:
            if link in links:
                timelines.setdefault(link, []).append((effective, order, ethnicity, place, dated))
    return list(timelines.values())


def live_source_dated_timelines(readings: list[ContactReading]) -> list[Timeline]:
    """Return, from these readings, those of every link with a reading dated by its source."""
    dated = undated_orders(reading.order for reading in readings if reading.precision == "day")
    links = {reading.link for reading in readings if reading.order in dated}
    timelines: dict[Any, Timeline] = {}
    for reading in readings:
        if reading.link in links:
            timelines.setdefault(reading.link, []).append(
                (reading.effective, reading.order, reading.ethnicity, reading.place,
                 reading.order in dated)
            )  # fmt: skip
    return list(timelines.values())


def families_dated_by_source(
    timelines: list[Timeline], periods: Iterable[str], until: datetime.date | None
) -> dict[tuple[str, str, str], int]:
    """Return, by cell of these periods, how many families are at the period's end in the
    state an undated report gave them, dated by its source's publication (docs/monitor.md)."""
    closings = {
        period: min(period_end(period), until) if until else period_end(period)
        for period in periods
    }
    counted: dict[tuple[str, str, str], int] = {}
    for timeline in timelines:
        timeline.sort()
        for period, closing in closings.items():
            latest = None
            for entry in timeline:
                if entry[0] > closing:
                    break
                latest = entry
            if latest is not None and latest[4]:
                key = (latest[2], latest[3], period)
                counted[key] = counted.get(key, 0) + 1
    return counted


def read_monitor(user: AnyUser, filters: MonitorFilters) -> dict[str, Any]:
    """Return the monitor's cells, flagged changes and signals as this viewer may see them.

    Signed-out visitors and users who see every record up to a level read the counts kept
    for them (monitor/derived.py); a contributor, who also sees their own records, is
    counted from the records.
    """
    audience = audience_of(user)
    if audience is not None:
        table = kept_cell_table(audience, filters)
        timelines = kept_source_dated_timelines(audience, filters)
    else:
        readings = live_readings(user, filters)
        table = CellTable.from_cells(
            compute_cells(readings, filters.period, filters.since, filters.until)
        )
        timelines = live_source_dated_timelines(readings)
    periods = [table.periods[i] for i in set(table.period.tolist())]
    dated = families_dated_by_source(timelines, periods, filters.until)
    changes = find_table_changes(table)
    threshold = suppression_threshold() if is_public_viewer(user) else None
    described = describe_cells(table, threshold, dated)
    # A change is shown only where its cell is shown in full; a hidden cell before it hides
    # the share before, which would otherwise tell its small counts.
    hidden = {(c["ethnicity"], c["place"], c["period"]) for c in described if c["suppressed"]}
    shown_changes = []
    for change in changes:
        if (change.ethnicity, change.place, change.period) in hidden:
            continue
        before_hidden = (change.ethnicity, change.place, change.before_period) in hidden
        shown_changes.append(
            {
                "ethnicity": change.ethnicity,
                "place": change.place,
                "period": change.period,
                "share_before": None if before_hidden else change.share_before,
                "share_after": change.share_after,
                "families": change.families,
                "low": None if before_hidden else change.low,
                "high": None if before_hidden else change.high,
            }
        )
    signals = [
        signal
        for signal in read_signals(user, filters)
        if not filters.since
        or signal["period"] >= signal_period(filters.since, "day", filters.period)
    ]
    return {
        "filters": filters,
        "cells": described,
        "changes": shown_changes,
        "signals": signals,
        "threshold": threshold,
    }


def named_persons(user: AnyUser) -> ConfidentialQuerySet[Person]:
    """Return the persons the monitor may name to this viewer: visible, not refusing consent,
    and, for an enquirer, consenting (records.redaction); the others are counted unnamed."""
    return (
        Person.objects.visible_to(user)
        .exclude(consent=Consent.REFUSED)
        .filter(enquirer_consent_rule(user))
    )


def load_named_persons(user: AnyUser, pks: "Collection[int] | QuerySet[Any]") -> dict[int, Person]:
    """Return the persons among these (ids, or a query of ids) the monitor may name to this
    viewer, by pk, each with the names visible_names(user) would prefetch.

    The names are read by one query that selects the persons again: a prefetch would send
    every person's id back as a query parameter, a thousand of them for a large cell.
    """
    persons = named_persons(user).filter(pk__in=pks).select_related("residence")
    named = {person.pk: person for person in persons}
    for person in named.values():
        person.visible_names = []
    names = visible_names(user).queryset
    assert names is not None  # visible_names gives its queryset
    for name in names.filter(person__in=persons.values("pk")):
        named[name.person_id].visible_names.append(name)
    return named


def relatives_abroad(
    user: AnyUser, person_ids: set[int], among: "QuerySet[Any] | None" = None
) -> dict[int, list[dict[str, Any]]]:
    """Return, for each person inside, their visible relatives who live outside China.

    `among` is the same persons as a query of ids, sent to the database instead of the ids.
    """
    subjects = among if among is not None else person_ids
    # A visible relationship is one between two persons the viewer may see
    # (Relationship.confidentiality_follows both).
    relationships = (
        Relationship.objects.visible_to(user)
        .filter(Q(from_person__in=subjects) | Q(to_person__in=subjects))
        .values_list("from_person_id", "to_person_id")
    )
    others = {pk for pair in relationships for pk in pair}
    outside = {
        person.pk: person
        for person in named_persons(user)
        .filter(pk__in=others, residence__isnull=False)
        .exclude(residence__key__startswith="CN")
        .select_related("residence")
        .prefetch_related(visible_names(user))
    }
    wanted = person_ids
    found: dict[int, list[dict[str, Any]]] = {}
    listed: set[tuple[int, int]] = set()  # two relationships (parent, reports on) list one person
    for first, second in relationships:
        for inside, other in ((first, second), (second, first)):
            if inside in wanted and other in outside and (inside, other) not in listed:
                listed.add((inside, other))
                found.setdefault(inside, []).append(abroad_entry(outside[other]))
    return found


def lives_abroad(person: Person) -> bool:
    return person.residence is not None and is_abroad(person.residence.key)


def abroad_entry(person: Person) -> dict[str, Any]:
    """Return a relative abroad as the families behind a cell list them."""
    return {
        "person": person.public_id,
        "name": display_name(person),
        "place": person.residence.display_name if person.residence else "",
    }


def link_of(key: str) -> FamilyLink:
    """Return a kept link ("person:12", "relative:12:father") as collect_readings names it."""
    kind, anchor, *relation = key.split(":")
    return (kind, int(anchor), *relation)


def kept_latest_readings(
    audience: str, filters: MonitorFilters, closing: datetime.date
) -> dict[FamilyLink, ContactReading]:
    """Return each link's latest kept reading by this day, as this audience counts them."""
    latest: dict[FamilyLink, ContactReading] = {}
    rows = (
        kept_readings(audience, filters)
        .filter(effective__lte=closing)
        .order_by("effective", "reading")
        .values_list("link", "ethnicity", "place", "date", "precision", "state", "reading")
    )
    for link, ethnicity, place, date, precision, state, reading in rows.iterator(chunk_size=5000):
        latest[link_of(link)] = ContactReading(
            link_of(link), ethnicity, place, date, precision, state, reading
        )
    return latest


def read_cell_families(user: AnyUser, filters: MonitorFilters, period: str) -> dict[str, Any]:
    """Return the family links behind one cell at the end of a period, as this viewer may see.

    Each link gives its state and the visible sources of its reports. A relative inside is
    named only when the viewer may see the person and the person has not refused consent;
    otherwise the link is counted and described ("a relative of …") without a name. On a
    public view a cell of fewer families than the threshold lists none, as its count is hidden.
    """
    closing = period_end(period)
    audience = audience_of(user)
    # The links' persons, and those of them inside, to look up (see load_named_persons).
    anchors: set[int] | QuerySet[Any]
    inside: QuerySet[Any] | None = None
    if audience is not None:
        latest = kept_latest_readings(audience, filters, closing)
        # The same persons as a query of the same kept readings (each reading's anchor is
        # its link's person).
        readings = kept_readings(audience, filters).filter(effective__lte=closing)
        anchors = readings.values("anchor")
        inside = readings.filter(link__startswith="person:").values("anchor")
    else:
        latest = {}
        for reading in collect_readings(user, filters):
            if not matches_group(reading, filters) or reading.effective > closing:
                continue
            link = cast(FamilyLink, reading.link)  # collect_readings makes every link so
            known = latest.get(link)
            if known is None or (known.effective, known.order) < (
                reading.effective,
                reading.order,
            ):
                latest[link] = reading
    if inside is None:
        anchors = {link[1] for link in latest}
    named = load_named_persons(user, anchors)
    event_ids = [r.order // 2 for r in latest.values() if r.order % 2 == 0]
    # A reading of a record with no date of its own was dated by its source's publication.
    dated_by_source = undated_orders(r.order for r in latest.values() if r.precision == "day")
    sources: dict[int, list[str]] = {}
    for event_id, public_id in (
        Citation.objects.visible_to(user)
        .filter(event_id__in=event_ids, source__in=Source.objects.visible_to(user))
        .values_list("event_id", "source__public_id")
    ):
        sources.setdefault(event_id, []).append(public_id)
    abroad = relatives_abroad(user, {link[1] for link in latest if link[0] == "person"}, inside)
    families = []
    ordered = sorted(latest.items(), key=lambda item: (item[1].state, item[1].effective))
    for (kind, anchor, *relation), reading in ordered:
        person = named.get(anchor)
        if kind == "person":
            relatives = abroad.get(anchor, [])
        else:
            # An unnamed relative's link is anchored on the named person who spoke of them,
            # most often the relative abroad.
            relatives = [abroad_entry(person)] if person and lives_abroad(person) else []
        families.append(
            {
                "kind": kind,
                "relation": relation[0] if kind == "relative" else "",
                "person": person.public_id if person else None,
                "name": display_name(person) if person else "",
                "abroad": relatives,
                "state": reading.state,
                "date": format_partial_date(reading.date, reading.precision),
                "dated_by_source": reading.order in dated_by_source,
                "sources": sources.get(reading.order // 2, []) if reading.order % 2 == 0 else [],
            }
        )
    threshold = suppression_threshold() if is_public_viewer(user) else None
    if threshold is not None and is_small(len(families), threshold):
        return {"families": [], "hidden": fewer_than(threshold)}
    return {"families": families, "hidden": None}
