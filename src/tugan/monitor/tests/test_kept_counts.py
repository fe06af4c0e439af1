"""The counts kept as records change equal the counts rebuilt from scratch, and the records.

A seeded random sequence of ordinary operations (new persons, events, contact reports,
field and confidentiality changes, merges and unmerges, sources cited for undated reports
and their publication dates changed) is applied; after it, the kept
tables must equal a full rebuild, and what each kind of viewer reads from them must equal
what is counted from the records they may see. Every person here is FICTIONAL.
"""

import datetime
import random

import pytest

from tugan.audit.changes import change_record
from tugan.linkage.merging import merge_persons, unmerge_person
from tugan.monitor import models as kept
from tugan.monitor.contact_states import (
    MonitorFilters,
    families_dated_by_source,
    kept_cells,
    kept_source_dated_timelines,
    live_cells,
    live_readings,
    live_source_dated_timelines,
    read_monitor,
)
from tugan.monitor.derived import audience_of, rebuild_counts
from tugan.monitor.statistics import (
    StatisticsFilters,
    count_records,
    grouped_rows,
    kept_rows,
    keys_of_row,
)
from tugan.records import operations
from tugan.records.models import Citation, ContactReport, Event, Person
from tugan.records.places import get_or_create_place
from tugan.sample.loading import load_families
from tugan.testing import make_source

pytestmark = pytest.mark.django_db

INSIDE = ["CN-654022", "CN-654021", "CN-653101", "CN-653100", "CN-650102"]
ABROAD = ["KZ/Almaty", "TR/Istanbul"]
LEVELS = ["public", "public", "restricted", "confidential"]
CONTACT_TYPES = ["contact_lost", "contact_restored", "threatened"]
VIEWERS = ["anonymous", "researcher", "editor", "admin"]


def snapshot() -> dict[str, list]:
    """Return every kept table's rows as sorted tuples, without their row ids."""
    tables = {}
    for model in (
        kept.ContactReading,
        kept.ContactMonthCount,
        kept.EventFact,
        kept.PersonFact,
        kept.StatisticsCount,
    ):
        names = [
            field.attname
            for field in model._meta.concrete_fields
            if not (field.primary_key and field.name == "id")
        ]
        tables[model.__name__] = sorted(model.objects.values_list(*names), key=repr)
    return tables


def random_date(rng: random.Random) -> tuple[datetime.date, str]:
    day = datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    precision = rng.choice(["day", "day", "month", "year"])
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = day.replace(month=1, day=1)
    return day, precision


def visibility(rng: random.Random) -> dict:
    level = rng.choice(LEVELS)
    return {"confidentiality": level, "is_published": level == "public" and rng.random() < 0.8}


def random_publication(rng: random.Random) -> datetime.datetime | None:
    if rng.random() < 0.15:
        return None  # a source with no publication date dates nothing
    day = datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    return datetime.datetime(day.year, day.month, day.day, rng.randrange(24), tzinfo=datetime.UTC)


def change_a_source(
    rng: random.Random, sources: list, events: list, reports: list, persons: list
) -> None:
    """Add a fictional source, cite one for an event or contact report (often a new undated
    one: a present-tense statement), or change a citation's level or a source's publication
    date and level. Sources date the undated reports they cite."""
    roll = rng.random()
    if roll < 0.3 or not sources:
        sources.append(
            make_source(
                f"虚构来源{len(sources)}：现在的情况。",
                published=random_publication(rng),
                **visibility(rng),
            )
        )
        return
    if roll < 0.8:
        if roll < 0.6:
            if rng.random() < 0.5:
                events.append(
                    operations.add_event(
                        type=rng.choice(CONTACT_TYPES),
                        **{rng.choice(["person", "relative_of"]): rng.choice(persons)},
                        date=None,
                        **visibility(rng),
                    )
                )
            else:
                reports.append(
                    operations.add_contact_report(
                        rng.choice(persons),
                        rng.choice(["reached", "no_answer", "blocked"]),
                        relative=rng.choice([None, *persons]),
                        date=None,
                        **visibility(rng),
                    )
                )
        undated = [record for record in events + reports if record.date is None]
        record = rng.choice(undated if undated and rng.random() < 0.85 else events + reports)
        cited = "event" if isinstance(record, Event) else "contact_report"
        operations.cite_source(rng.choice(sources), "", **{cited: record}, **visibility(rng))
        return
    citations = Citation.objects.filter(source__in=sources)
    if roll < 0.9 and citations:
        change_record(rng.choice(list(citations)), visibility(rng))
        return
    change_record(rng.choice(sources), {"published": random_publication(rng), **visibility(rng)})


def apply_random_changes(rng: random.Random, steps: int) -> None:
    """Change fictional records at random through the ordinary operations."""
    places = [get_or_create_place(key) for key in INSIDE + ABROAD]
    persons: list[Person] = []
    merged: list[Person] = []
    events = []
    reports: list[ContactReport] = []
    sources: list = []
    for _ in range(steps):
        if len(persons) >= 3 and rng.random() < 0.2:
            change_a_source(rng, sources, events, reports, persons)
            continue
        roll = rng.random()
        if roll < 0.15 or len(persons) < 3:
            persons.append(
                operations.create_person(
                    ethnicity=rng.choice(["kazakh", "uyghur", ""]),
                    gender=rng.choice(["male", "female", "unknown"]),
                    hometown=rng.choice(places[: len(INSIDE)] + [None]),
                    residence=rng.choice([None, None, *places]),
                    **visibility(rng),
                )
            )
        elif roll < 0.45:
            date, precision = random_date(rng)
            subject = rng.choice(["person", "person", "relative_of", "group"])
            fields: dict = {}
            if subject != "group":
                fields[subject] = rng.choice(persons)
            if subject == "relative_of":
                fields["relation"] = rng.choice(["father", "", "sister"])
            if subject == "group":
                fields["group_ethnicity"] = rng.choice(["kazakh", "uyghur"])
            events.append(
                operations.add_event(
                    type=rng.choice([*CONTACT_TYPES, *CONTACT_TYPES, "detained", "sentenced"]),
                    date=date if rng.random() < 0.9 else None,
                    date_precision=precision,
                    channel=rng.choice(["", "wechat", "phone"]),
                    place=rng.choice([None, None, *places]),
                    **fields,
                    **visibility(rng),
                )
            )
        elif roll < 0.6:
            date, precision = random_date(rng)
            reports.append(
                operations.add_contact_report(
                    rng.choice(persons),
                    rng.choice(["reached", "no_answer", "blocked"]),
                    relative=rng.choice([None, *persons]),
                    date=date if rng.random() < 0.9 else None,
                    date_precision=precision,
                    channel=rng.choice(["", "wechat"]),
                    **visibility(rng),
                )
            )
        elif roll < 0.7:
            operations.set_person_fields(
                rng.choice(persons),
                ethnicity=rng.choice(["kazakh", "uyghur", "hui"]),
                hometown=rng.choice(places[: len(INSIDE)]),
            )
        elif roll < 0.8:
            operations.edit_person(rng.choice(persons), visibility(rng))
        elif roll < 0.88 and events:
            date, precision = random_date(rng)
            change_record(
                rng.choice(events),
                {"date": date, "date_precision": precision, **visibility(rng)},
            )
        elif roll < 0.95 and len(persons) > 3:
            keep, other = rng.sample(persons, 2)
            merge_persons(keep, other)
            persons.remove(other)
            merged.append(other)
        elif merged:
            person = merged.pop()
            unmerge_person(Person.objects.get(pk=person.pk))
            persons.append(person)


def statistics_totals(rows: list[dict], by: list[str]) -> dict:
    totals: dict = {}
    for row in rows:
        for key, share in keys_of_row(row, by):
            totals[key] = round(totals.get(key, 0) + row["n"] * share, 6)
    return {key: value for key, value in totals.items() if value}


MONITOR_FILTERS = [
    MonitorFilters(period="month"),
    MonitorFilters(period="quarter", channel="wechat"),
    MonitorFilters(period="year", ethnicity="kazakh"),
    MonitorFilters(period="month", place="CN-654000", since=datetime.date(2019, 3, 1)),
    MonitorFilters(period="month", until=datetime.date(2020, 6, 15)),
    MonitorFilters(period="quarter", channel="phone", until=datetime.date(2021, 2, 1)),
]
STATISTICS_QUESTIONS = [
    (["type"], StatisticsFilters(), "events"),
    (["year", "ethnicity"], StatisticsFilters(type="contact_lost"), "events"),
    (["month"], StatisticsFilters(), "events"),
    (["month"], StatisticsFilters(ethnicity="kazakh", year="2019"), "events"),
    (["month"], StatisticsFilters(ethnicity="kazakh", gender="male"), "events"),  # no cube
    (["county"], StatisticsFilters(type="detained", ethnicity="uyghur"), "events"),
    (["prefecture", "gender"], StatisticsFilters(year="unknown"), "events"),
    (["ethnicity", "county"], StatisticsFilters(gender="female"), "persons"),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kept_counts_equal_a_rebuild_and_the_records(users, seed):
    apply_random_changes(random.Random(seed), steps=70)
    assert kept.ContactReading.objects.exists() and kept.StatisticsCount.objects.exists()
    assert kept.ContactReading.objects.filter(dated_by_source=True).exists()
    kept_as_changed = snapshot()
    rebuild_counts()
    assert snapshot() == kept_as_changed
    for role in VIEWERS:
        user = users[role]
        audience = audience_of(user)
        assert audience is not None
        for filters in MONITOR_FILTERS:
            cells = kept_cells(audience, filters)
            assert cells == live_cells(user, filters), (role, filters)
            periods = {cell.period for cell in cells}
            assert families_dated_by_source(
                kept_source_dated_timelines(audience, filters), periods, filters.until
            ) == families_dated_by_source(
                live_source_dated_timelines(live_readings(user, filters)), periods, filters.until
            ), (role, filters)
        for by, filters, counted in STATISTICS_QUESTIONS:
            assert statistics_totals(kept_rows(audience, by, filters, counted), by) == (
                statistics_totals(grouped_rows(user, by, filters, counted), by)
            ), (role, by, filters, counted)


def test_a_contributor_is_counted_from_the_records_with_their_own(users):
    apply_random_changes(random.Random(4), steps=30)
    contributor = users["contributor"]
    assert audience_of(contributor) is None
    assert live_cells(contributor, MonitorFilters()) == kept_cells("published", MonitorFilters())
    person = operations.create_person(
        by=contributor, ethnicity="hui", hometown=get_or_create_place("CN-652301"),
        confidentiality="restricted",
    )  # fmt: skip
    operations.add_event(
        by=contributor, type="contact_lost", person=person, date=datetime.date(2019, 1, 5),
        date_precision="day", confidentiality="restricted",
    )  # fmt: skip
    changji = MonitorFilters(place="CN-652300")
    cells = read_monitor(contributor, changji)["cells"]
    assert [(c["ethnicity"], c["period"], c["families"], c["cut_off"]) for c in cells] == [
        ("hui", "2019-01", 1, 1)
    ]
    assert read_monitor(None, changji)["cells"] == []
    assert count_records(contributor, ["prefecture"], StatisticsFilters(place="CN-652300"))[
        "rows"
    ] == [{"prefecture": "CN-652300", "count": 1}]


def test_a_change_moves_the_counts_at_once(users):
    person = operations.create_person(
        ethnicity="kazakh", hometown=get_or_create_place("CN-654022"), confidentiality="public",
        is_published=True,
    )  # fmt: skip
    admin = users["admin"]
    operations.add_event(
        type="contact_lost", person=person, date=datetime.date(2018, 3, 1),
        date_precision="month", confidentiality="restricted",
    )  # fmt: skip
    cells = read_monitor(admin, MonitorFilters(period="year"))["cells"]
    assert [(c["period"], c["families"], c["cut_off"]) for c in cells] == [("2018", 1, 1)]
    assert read_monitor(None, MonitorFilters(period="year"))["cells"] == []
    operations.add_event(
        type="contact_restored", person=person, date=datetime.date(2019, 5, 1),
        date_precision="month", confidentiality="public", is_published=True,
    )  # fmt: skip
    cells = read_monitor(admin, MonitorFilters(period="year"))["cells"]
    assert [(c["period"], c["reachable"], c["cut_off"]) for c in cells] == [
        ("2018", 0, 1),
        ("2019", 1, 0),
    ]
    public = read_monitor(None, MonitorFilters(period="year"))["cells"]
    assert [(c["period"], c["families"]) for c in public] == [("2019", "<5")]
    operations.edit_person(person, {"ethnicity": "uyghur"})
    cells = read_monitor(admin, MonitorFilters(period="year"))["cells"]
    assert {c["ethnicity"] for c in cells} == {"uyghur"}
    assert count_records(admin, ["ethnicity"])["rows"] == [{"ethnicity": "uyghur", "count": 2}]


def test_bulk_loading_the_demo_families_keeps_the_counts(users):
    load_families()
    loaded = snapshot()
    assert len(loaded["PersonFact"]) > 200
    rebuild_counts()
    assert snapshot() == loaded


def test_review_publishing_and_withdrawing_keep_the_counts(tmp_path, users):
    from tugan.review import publishing
    from tugan.review.decisions import accept_all_suggestions
    from tugan.review.models import PublicationKind
    from tugan.review.tests.fictional import BROTHER, import_fictional_report

    source = import_fictional_report(tmp_path, by=users["editor"])
    for kind in ["person", "place", "event"]:
        accept_all_suggestions(source, kind, by=users["editor"])
    accepted = snapshot()
    assert accepted["EventFact"] and not count_records(None, ["type"])["rows"]
    brother = Person.objects.get(names__text=BROTHER, names__kind="primary")
    publishing.publish(PublicationKind.PERSON, brother, by=users["reviewer"])
    published = snapshot()
    assert count_records(None, ["type"])["rows"] == [
        {"type": "detained", "count": "<5"},
        {"type": "sentenced", "count": "<5"},
    ]
    rebuild_counts()
    assert snapshot() == published
    publishing.withdraw(brother.public_id, by=users["editor"])
    assert snapshot() == accepted
    assert count_records(None, ["type"])["rows"] == []


def test_every_cube_name_fits_its_column():
    # SQLite does not enforce a column's length; PostgreSQL refuses a longer name.
    from tugan.monitor.derived import EVENT_CUBES, PERSON_CUBES

    longest = max(len(name) for name in {**EVENT_CUBES, **PERSON_CUBES})
    assert longest <= kept.StatisticsCount._meta.get_field("cube").max_length
