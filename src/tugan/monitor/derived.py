"""Keep the monitor's and statistics' derived tables (monitor/models.py) in step with the records.

Counting half a million events for every page is too slow, so what the pages count is kept
as it changes. Every operation that changes an event, a contact report or a person calls
refresh_counts with what it touched (through records.followups and audit.followups, in its
own transaction); only the family links and facts of those records are computed again, and
the counts are moved by the difference. rebuild_counts computes everything from the records,
with the same functions (after a bulk load, a restore, or to check the kept counts).

Who may see a count is kept with it: each reading and fact carries the strictest
confidentiality level among it and the persons it is about, and whether all of them are
published and public. Counts are kept per *audience*: "published" (signed-out visitors),
and each level (a signed-in user sees the records up to their level). A contributor, who
also sees their own unpublished records, is counted from the records themselves.
docs/monitor.md and docs/statistics.md describe the rules.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import combinations
from typing import Any, NamedTuple, TypeVar

from django.db import connection, models, transaction
from django.db.models import Q

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import LEVEL_ORDER, Confidentiality, Role
from tugan.audit.changes import concrete_field
from tugan.core.contact_monitor import CUT_OFF, REACHABLE
from tugan.core.gazetteer import is_abroad
from tugan.core.periods import date_range
from tugan.monitor.models import (
    ContactMonthCount,
    ContactReading,
    EventFact,
    PersonFact,
    StatisticsCount,
)
from tugan.monitor.regions import (
    ACTS_WHERE_ONE_LIVES,
    UNKNOWN,
    county_of_key,
    is_inside,
    prefecture_of_key,
)
from tugan.records.choices import ContactOutcome, EventType
from tugan.records.models import Citation, ContactReport, Event, Person, Place
from tugan.sources.models import Source

PUBLISHED = "published"  # the audience of signed-out visitors: published public records only
AUDIENCES = (PUBLISHED, *(str(level) for level in LEVEL_ORDER))
BATCH = 500  # ids per query: well under SQLite's limit on query parameters

# What each contact event and contact report says about a family link (docs/monitor.md).
EVENT_STATES: dict[str, str] = {
    EventType.CONTACT_LOST: CUT_OFF,
    EventType.CONTACT_RESTORED: REACHABLE,
    EventType.THREATENED: CUT_OFF,
}
REPORT_STATES: dict[str, str] = {
    ContactOutcome.REACHED: REACHABLE,
    ContactOutcome.NO_ANSWER: CUT_OFF,
    ContactOutcome.BLOCKED: CUT_OFF,
    ContactOutcome.REFUSED: CUT_OFF,
}

# The statistics' cubes: the fields each one counts by. A count reads the first (smallest)
# cube holding every field it groups or filters by (statistics.py): a chart with up to two
# filters reads a cube of at most a few thousand rows; more filters read "events", through
# its indexes. The month cubes have one other field each, as months times every other field
# would be as large as the events themselves.
CHART_FIELDS = ("type", "year", "ethnicity", "prefecture", "gender")
EVENT_CUBES = {
    **{
        "by-" + "-".join(fields): fields
        for size in (1, 2, 3)
        for fields in combinations(CHART_FIELDS, size)
    },
    "months": ("year", "month", "precision"),
    "months-type": ("type", "year", "month", "precision"),
    "months-ethnicity": ("ethnicity", "year", "month", "precision"),
    "months-prefecture": ("prefecture", "year", "month", "precision"),
    "months-gender": ("gender", "year", "month", "precision"),
    "places": ("type", "ethnicity", "prefecture", "county"),
    "events": CHART_FIELDS,
}
PERSON_CUBES = {
    "persons": ("ethnicity", "prefecture", "county", "gender"),
    "residences": ("residence",),
}


def audience_of(user: AnyUser) -> str | None:
    """Return whose counts this viewer reads, or None for a viewer counted from the records."""
    if user is None or not user.is_authenticated:
        return PUBLISHED
    if user.role == Role.CONTRIBUTOR:
        return None  # also sees their own records, whatever their level
    levels = [str(level) for level in user.visible_levels]
    if not levels or levels != [str(level) for level in LEVEL_ORDER[: len(levels)]]:
        return None
    return levels[-1]


def audiences_of(level: int, is_public: bool) -> list[str]:
    """Return the audiences that see a record of this strictest level and publication."""
    found = [PUBLISHED] if is_public else []
    return found + [str(name) for name in LEVEL_ORDER[level:]]


def visible_in(audience: str) -> Q:
    """Return the filter of the derived rows this audience sees."""
    if audience == PUBLISHED:
        return Q(is_public=True)
    return Q(level__lte=LEVEL_ORDER.index(Confidentiality(audience)))


def combined_visibility(*records: tuple[str | None, bool | None]) -> tuple[int, bool]:
    """Return (strictest level index, all published and public) of (level, published) pairs.

    A missing record (None, None: an event with no person) does not count.
    """
    level = 0
    is_public = True
    for confidentiality, is_published in records:
        if confidentiality is None:
            continue
        level = max(level, LEVEL_ORDER.index(Confidentiality(confidentiality)))
        is_public = is_public and bool(is_published) and confidentiality == Confidentiality.PUBLIC
    return level, is_public


def link_place(residence: str | None, hometown: str | None) -> str:
    """Return where a family's relative inside lives: residence in China, else hometown."""
    for key in (residence, hometown):
        if is_inside(key):
            return prefecture_of_key(key)
    return UNKNOWN


def place_keys() -> dict[int, str]:
    return dict(Place.objects.values_list("id", "key"))


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), BATCH):
        yield ordered[start : start + BATCH]


# Reports with no date of their own, dated by their source.


class DatingSource(NamedTuple):
    """The citation whose source's publication dates an undated report, and who may see it:
    the (level, published) of the citation and of the source."""

    day: datetime.date
    citation: int
    source: int
    visibility: tuple[tuple[str, bool], tuple[str, bool]]


def source_dates(cited: str, records: models.QuerySet[Any]) -> dict[int, DatingSource]:
    """Return, for each of these records with no date, the citation of its earliest-published
    source.

    `cited` is the citation's field ("event" or "contact_report"). A report with no date of
    its own says how things stand when its source was written: it takes effect on the day
    its first source was published (UTC), and only those who may see that source and its
    citation count it (docs/monitor.md, the partial-date rule). A record no dated source
    cites has none.
    """
    rows = (
        Citation.objects.filter(**{f"{cited}__in": records, "source__published__isnull": False})
        .order_by()
        .values_list(
            f"{cited}_id", "source__published", "source_id", "id", "confidentiality",
            "is_published", "source__confidentiality", "source__is_published",
        )
    )  # fmt: skip
    earliest: dict[int, tuple[Any, ...]] = {}
    for row in rows.iterator(chunk_size=5000):
        known = earliest.get(row[0])
        if known is None or row[1:4] < known[1:4]:
            earliest[row[0]] = row
    return {
        record: DatingSource(
            published.astimezone(datetime.UTC).date(),
            citation,
            source,
            ((level, is_published), (source_level, source_published)),
        )
        for record, published, source, citation, level, is_published, source_level,
            source_published in earliest.values()
    }  # fmt: skip


def undated_records_cited_by(sources: Iterable[int]) -> tuple[set[int], set[int]]:
    """Return the undated events and contact reports these sources cite (their dates follow
    the sources' publication dates)."""
    events: set[int] = set()
    reports: set[int] = set()
    for chunk in chunks(sources):
        for event, report in (
            Citation.objects.filter(source__in=chunk)
            .filter(
                Q(event__date__isnull=True, event__isnull=False)
                | Q(contact_report__date__isnull=True, contact_report__isnull=False)
            )
            .values_list("event_id", "contact_report_id")
        ):
            if event is not None:
                events.add(event)
            if report is not None:
                reports.add(report)
    return events, reports


# Family links and their readings.

EVENT_READING_COLUMNS = (
    "id", "type", "date", "date_precision", "channel", "confidentiality", "is_published",
    "person_id", "person__ethnicity", "person__residence_id", "person__hometown_id",
    "person__confidentiality", "person__is_published",
    "relative_of_id", "relation", "relative_of__ethnicity", "relative_of__hometown_id",
    "relative_of__confidentiality", "relative_of__is_published",
)  # fmt: skip
REPORT_READING_COLUMNS = (
    "id", "outcome", "date", "date_precision", "channel", "confidentiality", "is_published",
    "reporter_id", "reporter__ethnicity", "reporter__hometown_id",
    "reporter__confidentiality", "reporter__is_published",
    "relative_id", "relative__ethnicity", "relative__residence_id", "relative__hometown_id",
    "relative__confidentiality", "relative__is_published",
)  # fmt: skip


# A family link: ("person", id) for a named person inside, or ("relative", anchor, relation)
# for an unnamed relative of a named person (the anchor); kept as "person:12", "relative:12:mother".
FamilyLink = tuple[str, int, *tuple[str, ...]]
# A link with the ethnicity and prefecture it is counted under.
LinkGroup = tuple[FamilyLink, str | None, str]


def link_key(link: FamilyLink) -> str:
    return ":".join(str(part) for part in link)


def event_link(
    kind: str,
    person: int | None,
    ethnicity: str | None,
    residence: str | None,
    hometown: str | None,
    anchor: int | None,
    relation: str,
    anchor_ethnicity: str | None,
    anchor_hometown: str | None,
) -> LinkGroup | None:
    """Return the family link a contact event is about, or None if it is about none.

    Places are keys. A named person who lives abroad is no relative inside: their lost or
    restored contact is with their family inside ((person, "family"), as a contact report
    naming no relative), and a threat against them, pressure on the diaspora, does not say
    whether that family can be reached (docs/monitor.md).
    """
    if person is None:
        assert anchor is not None, "a contact event of a family is about a person or relative"
        return (
            ("relative", anchor, relation or "relative"),
            anchor_ethnicity,
            link_place(None, anchor_hometown),
        )
    if not is_abroad(residence):
        return ("person", person), ethnicity, link_place(residence, hometown)
    if kind == EventType.THREATENED:
        return None
    return ("relative", person, "family"), ethnicity, link_place(None, hometown)


def report_link(
    reporter: int,
    reporter_ethnicity: str | None,
    reporter_hometown: str | None,
    relative: int | None,
    ethnicity: str | None,
    residence: str | None,
    hometown: str | None,
) -> LinkGroup | None:
    """Return the family link a contact report is about, or None if it is about none.

    Places are keys. A report naming no relative is about the reporter's family; one whose
    relative lives abroad is about no family inside (docs/monitor.md).
    """
    if relative is None:
        return (
            ("relative", reporter, "family"),
            reporter_ethnicity,
            link_place(None, reporter_hometown),
        )
    if is_abroad(residence):
        return None
    return ("person", relative), ethnicity, link_place(residence, hometown)


def read_links(anchors: list[int] | None) -> list[ContactReading]:
    """Return the readings (unsaved) of every family link of these persons (None: of all).

    A link is a named person inside ("person:<id>"), or an unnamed relative of a named
    person ("relative:<id>:<relation>"); the anchor is that named person.
    """
    places = place_keys()
    events = Event.objects.filter(type__in=list(EVENT_STATES))
    events = events.filter(Q(person__isnull=False) | Q(relative_of__isnull=False))
    reports = ContactReport.objects.all()
    if anchors is not None:
        events = events.filter(Q(person__in=anchors) | Q(relative_of__in=anchors))
        reports = reports.filter(
            Q(relative__in=anchors) | Q(reporter__in=anchors, relative__isnull=True)
        )
    event_sources = source_dates("event", events.filter(date__isnull=True).values("pk"))
    report_sources = source_dates("contact_report", reports.filter(date__isnull=True).values("pk"))
    readings = []
    for (pk, kind, date, precision, channel, level, published, person, ethnicity, residence,
         hometown, person_level, person_published, anchor, relation, anchor_ethnicity,
         anchor_hometown, anchor_level, anchor_published) in (
        events.order_by().values_list(*EVENT_READING_COLUMNS).iterator(chunk_size=5000)
    ):  # fmt: skip
        dating = event_sources.get(pk) if date is None else None
        if date is None and dating is None:
            continue  # no date, and no dated source to say when it was true
        found = event_link(
            kind, person, ethnicity, places.get(residence), places.get(hometown),
            anchor, relation, anchor_ethnicity, places.get(anchor_hometown),
        )  # fmt: skip
        if found is None:
            continue
        link, ethnicity, place = found
        visibility = combined_visibility(
            (level, published), (person_level, person_published), (anchor_level, anchor_published),
            *(dating.visibility if dating else ()),
        )  # fmt: skip
        readings.append(
            make_reading(pk * 2, link, ethnicity, place, date, precision,
                         EVENT_STATES[kind], channel, visibility, dating)
        )  # fmt: skip
    for (pk, outcome, date, precision, channel, level, published, reporter, reporter_ethnicity,
         reporter_hometown, reporter_level, reporter_published, relative, ethnicity, residence,
         hometown, relative_level, relative_published) in (
        reports.order_by().values_list(*REPORT_READING_COLUMNS).iterator(chunk_size=5000)
    ):  # fmt: skip
        dating = report_sources.get(pk) if date is None else None
        if date is None and dating is None:
            continue
        found = report_link(
            reporter, reporter_ethnicity, places.get(reporter_hometown),
            relative, ethnicity, places.get(residence), places.get(hometown),
        )  # fmt: skip
        if found is None:
            continue
        link, ethnicity, place = found
        visibility = combined_visibility(
            (level, published),
            (reporter_level, reporter_published),
            (relative_level, relative_published),
            *(dating.visibility if dating else ()),
        )
        readings.append(
            make_reading(pk * 2 + 1, link, ethnicity, place, date, precision,
                         REPORT_STATES[outcome], channel, visibility, dating)
        )  # fmt: skip
    return readings


def make_reading(
    order: int,
    link: FamilyLink,
    ethnicity: str | None,
    place: str,
    date: datetime.date | None,
    precision: str,
    state: str,
    channel: str,
    visibility: tuple[int, bool],
    dating: DatingSource | None = None,
) -> ContactReading:
    """Return a reading of a report; an undated one is dated by its source (`dating`)."""
    if date is None:
        assert dating is not None, "an undated report is read only with a dated source"
        date, precision = dating.day, "day"
    return ContactReading(
        reading=order,
        anchor=link[1],  # the link's named person
        link=link_key(link),
        ethnicity=ethnicity or UNKNOWN,
        place=place,
        date=date,
        precision=precision,
        effective=date_range(date, precision)[1],
        state=state,
        channel=channel or "",
        level=visibility[0],
        is_public=visibility[1],
        dated_by_source=dating is not None,
    )


MonthKey = tuple[str, str, str, str, datetime.date]  # audience, channel, ethnicity, place, month


def count_link_months(
    readings: Iterable[ContactReading], sign: int, counts: dict[MonthKey, list[int]]
) -> None:
    """Add (sign 1) or take away (sign -1) what these readings add to the month counts.

    The readings must be every reading of their links. For each audience and channel, a
    link's visible readings in order each put the link in their state from their month,
    and take it out of the previous reading's state from the same month.
    """
    timelines: dict[tuple[str, str, str], list[ContactReading]] = defaultdict(list)
    for reading in readings:
        scopes = ("", reading.channel) if reading.channel else ("",)
        for audience in audiences_of(reading.level, reading.is_public):
            for scope in scopes:
                timelines[(audience, scope, reading.link)].append(reading)
    for (audience, scope, _link), timeline in timelines.items():
        timeline.sort(key=lambda reading: (reading.effective, reading.reading))
        previous = None
        for reading in timeline:
            month = reading.effective.replace(day=1)
            entry = counts.setdefault(
                (audience, scope, reading.ethnicity, reading.place, month), [0, 0, 0]
            )
            entry[reading.state == CUT_OFF] += sign
            entry[2] += sign
            if previous is not None:
                entry[previous.state == CUT_OFF] -= sign
            previous = reading


def store_month_counts(counts: dict[MonthKey, list[int]]) -> None:
    """Move the stored month counts by these differences; drop months left with no readings."""
    rows = [(*key, *moved) for key, moved in sorted(counts.items()) if any(moved)]
    add_to_counts(
        ContactMonthCount,
        ["audience", "channel", "ethnicity", "place", "month"],
        ["reachable", "cut_off", "readings"],
        rows,
        emptied="readings",
    )


def add_to_counts(
    model: type[models.Model],
    key: list[str],
    added: list[str],
    rows: list[tuple[Any, ...]],
    emptied: str,
    unique: int | None = None,
) -> None:
    """Add each row's numbers to the stored row of its key (inserted if new), in one statement,
    then delete the rows whose `emptied` count fell to zero.

    Each row is its key's values then the numbers; the first `unique` key fields (all of
    them by default) are the table's unique constraint.
    """
    unique = unique or len(key)
    if not rows:
        return
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    fields = [concrete_field(model, name) for name in key + added]
    columns = [field.column for field in fields]
    dates = [isinstance(field, models.DateField) for field in fields]
    adapt = connection.ops.adapt_datefield_value
    values = [
        tuple(adapt(value) if is_date else value for value, is_date in zip(row, dates, strict=True))
        for row in rows
    ]
    updates = ", ".join(f"{quote(c)} = {table}.{quote(c)} + excluded.{quote(c)}" for c in added)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))}) "
            f"ON CONFLICT ({', '.join(quote(c) for c in columns[:unique])}) "
            f"DO UPDATE SET {updates}",
            values,
        )
        cursor.executemany(
            f"DELETE FROM {table} WHERE {quote(emptied)} = 0 AND "
            + " AND ".join(f"{quote(c)} = %s" for c in columns[:unique]),
            [row[:unique] for row in values],
        )


def refresh_links(anchors: set[int]) -> None:
    """Compute the family links of these persons again, and move the month counts."""
    if not anchors:
        return
    counts: dict[MonthKey, list[int]] = {}
    old_ids = []
    new: list[ContactReading] = []
    for chunk in chunks(anchors):
        # Two changes to one family at once (PostgreSQL) count it one after the other.
        list(Person.objects.select_for_update().filter(pk__in=chunk).values_list("pk"))
        old = list(ContactReading.objects.filter(anchor__in=chunk))
        count_link_months(old, -1, counts)
        old_ids += [reading.pk for reading in old]
        fresh = read_links(chunk)
        count_link_months(fresh, 1, counts)
        new += fresh
    for chunk in chunks(old_ids):
        ContactReading.objects.filter(pk__in=chunk).delete()
    ContactReading.objects.bulk_create(new, batch_size=BATCH)
    store_month_counts(counts)


# Facts for the statistics.

EVENT_FACT_COLUMNS = (
    "id", "type", "date", "date_precision", "confidentiality", "is_published",
    "group_ethnicity", "place_id", "group_place_id",
    "person_id", "person__ethnicity", "person__gender", "person__hometown_id",
    "person__residence_id", "person__confidentiality", "person__is_published",
    "relative_of_id", "relative_of__ethnicity", "relative_of__hometown_id",
    "relative_of__confidentiality", "relative_of__is_published",
)  # fmt: skip


def read_event_facts(event_ids: list[int] | None) -> list[EventFact]:
    """Return the facts (unsaved) of these events (None: of all) as the statistics count them.

    Ethnicity is the person's, else the relative's, else the group's; the place is where
    it happened, else the group's place, else the person's or relative's hometown (not the
    hometown of a person abroad for an act where they live: ACTS_WHERE_ONE_LIVES).
    """
    places = place_keys()
    events = Event.objects.order_by()
    if event_ids is not None:
        events = events.filter(pk__in=event_ids)
    facts = []
    for (pk, kind, date, precision, level, published, group_ethnicity, place, group_place,
         person, person_ethnicity, gender, hometown, residence, person_level, person_published,
         relative_of, relative_ethnicity, relative_hometown, relative_level,
         relative_published) in (
        events.values_list(*EVENT_FACT_COLUMNS).iterator(chunk_size=5000)
    ):  # fmt: skip
        ethnicity = person_ethnicity or relative_ethnicity or group_ethnicity or UNKNOWN
        if kind in ACTS_WHERE_ONE_LIVES and is_abroad(places.get(residence)):
            hometown = None
        place_id = next(
            (p for p in (place, group_place, hometown, relative_hometown) if p is not None), None
        )
        key = places.get(place_id) if place_id is not None else None
        visibility = combined_visibility(
            (level, published),
            (person_level, person_published),
            (relative_level, relative_published),
        )
        facts.append(
            EventFact(
                event=pk,
                type=kind,
                year=date.year if date else None,
                month=date.month if date else None,
                precision=precision,
                ethnicity=ethnicity,
                prefecture=prefecture_of_key(key) if key else UNKNOWN,
                county=county_of_key(key) if key else UNKNOWN,
                gender=gender or UNKNOWN,
                subject=(
                    "person" if person is not None else "relative" if relative_of else "group"
                ),
                level=visibility[0],
                is_public=visibility[1],
            )
        )
    return facts


def read_person_facts(person_ids: list[int] | None) -> list[PersonFact]:
    """Return the facts (unsaved) of these persons (None: of all) not merged into another."""
    places = {pk: (key, longitude, latitude) for pk, key, longitude, latitude in
              Place.objects.values_list("id", "key", "longitude", "latitude")}  # fmt: skip
    persons = Person.objects.order_by().filter(merged_into__isnull=True)
    if person_ids is not None:
        persons = persons.filter(pk__in=person_ids)
    facts = []
    for pk, ethnicity, gender, hometown, residence, level, published in persons.values_list(
        "id", "ethnicity", "gender", "hometown_id", "residence_id", "confidentiality",
        "is_published",
    ).iterator(chunk_size=5000):  # fmt: skip
        hometown_key = places[hometown][0] if hometown is not None else None
        abroad = ""
        if residence is not None:
            key = places[residence][0]
            # A country with no coordinates is listed on the map's table, not drawn.
            if is_abroad(key):
                abroad = key
        visibility = combined_visibility((level, published))
        facts.append(
            PersonFact(
                person=pk,
                ethnicity=ethnicity or UNKNOWN,
                prefecture=prefecture_of_key(hometown_key) if hometown_key else UNKNOWN,
                county=county_of_key(hometown_key) if hometown_key else UNKNOWN,
                gender=gender or UNKNOWN,
                residence=abroad,
                level=visibility[0],
                is_public=visibility[1],
            )
        )
    return facts


CubeValues = tuple[str | int | None, ...]  # the values of a cube's fields, in its order
CubeKey = tuple[str, str, CubeValues]  # audience, cube, the values of its fields


def count_facts(
    facts: Iterable[EventFact | PersonFact], sign: int, counts: dict[CubeKey, int]
) -> None:
    """Add (sign 1) or take away (sign -1) these facts' counts in every cube and audience."""
    for fact in facts:
        cubes = EVENT_CUBES if isinstance(fact, EventFact) else PERSON_CUBES
        audiences = audiences_of(fact.level, fact.is_public)
        for cube, fields in cubes.items():
            values = tuple(getattr(fact, field) for field in fields)
            if cube == "residences" and isinstance(fact, PersonFact) and not fact.residence:
                continue
            for audience in audiences:
                key = (audience, cube, values)
                counts[key] = counts.get(key, 0) + sign


def cube_key(cube: str, values: CubeValues) -> dict[str, Any]:
    """Return a cube's key as the StatisticsCount fields it sets, with the key that finds it."""
    key = "|".join("" if value is None else str(value) for value in values)
    return {"key": key, **dict(zip({**EVENT_CUBES, **PERSON_CUBES}[cube], values, strict=True))}


def store_statistics_counts(counts: dict[CubeKey, int]) -> None:
    """Move the stored cube counts by these differences; drop counts that reach zero."""
    fields = ["type", "year", "month", "precision", "ethnicity", "prefecture", "county",
              "gender", "residence"]  # fmt: skip
    rows = []
    for (audience, cube, values), difference in sorted(counts.items(), key=repr):
        if difference:
            key = cube_key(cube, values)
            empty = {"year": None, "month": None}
            rows.append(
                (audience, cube, key["key"], *(key.get(f, empty.get(f, "")) for f in fields),
                 difference)
            )  # fmt: skip
    add_to_counts(StatisticsCount, ["audience", "cube", "key", *fields], ["n"], rows, "n", unique=3)


Fact = TypeVar("Fact", EventFact, PersonFact)


def refresh_facts(
    ids: set[int],
    records: type[Event] | type[Person],
    kept: type[Fact],
    read: Callable[[list[int]], list[Fact]],
) -> None:
    """Read these records' facts again and move the statistics counts by the difference."""
    counts: dict[CubeKey, int] = {}
    for chunk in chunks(ids):
        # Lock the records, so that two writers do not count one change twice.
        list(records.objects.select_for_update().filter(pk__in=chunk).values_list("pk"))
        old = kept.objects.filter(pk__in=chunk)
        count_facts(old, -1, counts)
        old.delete()
        new = read(chunk)
        count_facts(new, 1, counts)
        kept.objects.bulk_create(new, batch_size=BATCH)
    store_statistics_counts(counts)


def refresh_event_facts(event_ids: set[int]) -> None:
    refresh_facts(event_ids, Event, EventFact, read_event_facts)


def refresh_person_facts(person_ids: set[int]) -> None:
    refresh_facts(person_ids, Person, PersonFact, read_person_facts)


# Keeping and rebuilding.


def insert_all(model: type[models.Model], rows: Sequence[models.Model]) -> None:
    """Insert these unsaved rows in large batches (a rebuild writes about a row per record)."""
    fields = [
        field for field in model._meta.concrete_fields if not isinstance(field, models.AutoField)
    ]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    dates = [isinstance(field, models.DateField) for field in fields]
    adapt = connection.ops.adapt_datefield_value
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(
                sql,
                [
                    tuple(
                        adapt(value) if is_date else value
                        for value, is_date in zip(
                            (getattr(row, field.attname) for field in fields), dates, strict=True
                        )
                    )
                    for row in rows[start : start + 5000]
                ],
            )


@transaction.atomic
def refresh_counts(
    persons: Iterable[int] = (),
    events: Iterable[int] = (),
    reports: Iterable[int] = (),
    sources: Iterable[int] = (),
) -> None:
    """Compute again what these records (changed, created or deleted) add to the counts.

    A person's change reaches their events, their family links, and the links their
    contact reports are about (a report is visible only with its reporter). A record's old
    and new links both count again, so a record moved to another person leaves the first.
    A source's change (its publication date, level or publication) reaches the undated
    events and contact reports it cites, which it dates.
    """
    persons, events, reports = set(persons), set(events), set(reports)
    cited_events, cited_reports = undated_records_cited_by(sources)
    events |= cited_events
    reports |= cited_reports
    anchors = set(persons)
    readings = [pk * 2 for pk in events] + [pk * 2 + 1 for pk in reports]
    for chunk in chunks(readings):
        anchors |= set(
            ContactReading.objects.filter(reading__in=chunk).values_list("anchor", flat=True)
        )
    for chunk in chunks(events):
        for person, relative_of in Event.objects.filter(pk__in=chunk).values_list(
            "person_id", "relative_of_id"
        ):
            anchors |= {pk for pk in (person, relative_of) if pk is not None}
    for chunk in chunks(reports):
        for relative, reporter in ContactReport.objects.filter(pk__in=chunk).values_list(
            "relative_id", "reporter_id"
        ):
            anchors.add(relative if relative is not None else reporter)
    for chunk in chunks(persons):
        anchors |= set(
            ContactReport.objects.filter(reporter__in=chunk, relative__isnull=False).values_list(
                "relative_id", flat=True
            )
        )
        events |= set(
            Event.objects.filter(Q(person__in=chunk) | Q(relative_of__in=chunk)).values_list(
                "id", flat=True
            )
        )
    refresh_links(anchors)
    refresh_event_facts(events)
    refresh_person_facts(persons)


@transaction.atomic
def rebuild_counts() -> dict[str, int]:
    """Compute every derived table again from the records; return how many rows each holds."""
    for model in (ContactReading, ContactMonthCount, EventFact, PersonFact, StatisticsCount):
        model.objects.all().delete()
    readings = read_links(None)
    insert_all(ContactReading, readings)
    month_counts: dict[MonthKey, list[int]] = {}
    count_link_months(readings, 1, month_counts)
    insert_all(
        ContactMonthCount,
        [
            ContactMonthCount(
                audience=audience,
                channel=channel,
                ethnicity=ethnicity,
                place=place,
                month=month,
                reachable=reachable,
                cut_off=cut_off,
                readings=readings_count,
            )  # fmt: skip
            for (audience, channel, ethnicity, place, month), (
                reachable,
                cut_off,
                readings_count,
            ) in month_counts.items()
            if readings_count
        ],
    )
    del readings
    counts: dict[CubeKey, int] = {}
    event_facts = read_event_facts(None)
    insert_all(EventFact, event_facts)
    count_facts(event_facts, 1, counts)
    del event_facts
    person_facts = read_person_facts(None)
    insert_all(PersonFact, person_facts)
    count_facts(person_facts, 1, counts)
    insert_all(
        StatisticsCount,
        [
            StatisticsCount(audience=audience, cube=cube, n=n, **cube_key(cube, values))
            for (audience, cube, values), n in counts.items()
            if n
        ],
    )
    return {
        model.__name__: model.objects.count()
        for model in (ContactReading, ContactMonthCount, EventFact, PersonFact, StatisticsCount)
    }


def refresh_changed_record(record: models.Model) -> None:
    """Count again what a record whose fields were changed (admin, edit page, revert) adds."""
    if isinstance(record, Person):
        refresh_counts(persons=[record.pk])
    elif isinstance(record, Event):
        refresh_counts(events=[record.pk])
    elif isinstance(record, ContactReport):
        refresh_counts(reports=[record.pk])
    elif isinstance(record, Source):
        refresh_counts(sources=[record.pk])
    elif isinstance(record, Citation):
        # A citation's source dates its event or contact report when that has no date.
        refresh_counts(
            events=[record.event_id] if record.event_id else [],
            reports=[record.contact_report_id] if record.contact_report_id else [],
        )
    elif isinstance(record, Place):
        # A place's key or position decides the region of everyone and everything there.
        persons = Person.objects.filter(Q(hometown=record) | Q(residence=record))
        events = Event.objects.filter(Q(place=record) | Q(group_place=record))
        refresh_counts(
            persons=persons.values_list("id", flat=True),
            events=events.values_list("id", flat=True),
        )
