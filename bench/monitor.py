"""Benchmark the contact monitor, statistics and map pages on a large fictional database.

Bulk-creates N fictional persons (default 100,000) and M events (default 500,000) straight
into a fresh SQLite data folder (or the PostgreSQL database in DATABASE_URL, which must be
empty and disposable), with contact reports, bypassing the per-record operations for speed
(nothing here is real; the records carry no names), then counts them once (`tugan
recount`). Then, signed out (public: published public records, small cells hidden) and
signed in as an editor cleared for confidential records (who sees every record), it
requests every page once (warming the process), then for each page records a contact event
through the ordinary operation (which keeps the counts), times the first request after
that change, then times repeated requests (p50, p95), and prints the figures and the load:

    .venv/bin/python bench/monitor.py --persons 100000 --events 500000
    .venv/bin/python bench/monitor.py --home /tmp/bench-monitor   # keep, or reuse, the records

The target is under 300 ms a page, the first request after a change included.
"""

import argparse
import datetime
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

ETHNICITIES = ["uyghur"] * 6 + ["kazakh"] * 3 + ["kyrgyz", "hui", "other", ""]
EVENT_TYPES = (
    ["detained"] * 20 + ["sentenced"] * 10 + ["disappeared"] * 6 + ["released"] * 6
    + ["died"] * 2 + ["passport_confiscated"] * 6 + ["passport_returned"] * 2
    + ["contact_lost"] * 16 + ["contact_restored"] * 6 + ["threatened"] * 4 + ["protested"] * 2
)  # fmt: skip
ABROAD = ["KZ/Almaty", "KZ/Astana", "TR/Istanbul", "TR/Kayseri", "DE/Munich", "US/Washington"]
PAGES = [
    "/monitor/",
    "/monitor/?period=quarter&ethnicity=kazakh",
    "/monitor/?channel=wechat&until=2021-06-15",
    "/monitor/families/?period=month&ethnicity=kazakh&place=CN-654000&cell_period=2021-02",
    "/monitor/cells.csv",
    "/statistics/",
    "/statistics/?ethnicity=uyghur&year=2018",
    "/statistics/counts.csv?by=type,year",
    "/map/",
    "/map/?measure=share",
    "/map/?level=county&measure=persons",
]


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def random_date(rng: random.Random) -> tuple[datetime.date | None, str]:
    roll = rng.random()
    day = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(8 * 365))
    if roll < 0.5:
        return day, "day"
    if roll < 0.8:
        return day.replace(day=1), "month"
    if roll < 0.92:
        return day.replace(month=1, day=1), "year"
    return None, "unknown"


def populate(persons: int, events: int, seed: int) -> dict:
    """Bulk-create the fictional records; return how many of each."""
    from django.db import transaction

    from tugan.core.gazetteer import load_gazetteer
    from tugan.records.models import ContactReport, Event, Person, Place
    from tugan.records.places import get_or_create_place

    rng = random.Random(seed)
    counties = [
        p.key for p in load_gazetteer().places if p.key.startswith("CN-65") and p.level == "county"
    ]
    places = {key: get_or_create_place(key) for key in counties + ABROAD}
    county_places = [places[key] for key in counties]
    abroad_places = [places[key] for key in ABROAD]
    started = time.perf_counter()
    batch = 5000
    with transaction.atomic():
        rows = []
        for n in range(persons):
            inside = rng.random() < 0.75
            level = "public" if rng.random() < 0.6 else "restricted"
            rows.append(
                Person(
                    public_id=f"TG-B{n:07d}",
                    gender=rng.choice(["male", "female", "unknown"]),
                    ethnicity=rng.choice(ETHNICITIES),
                    hometown=rng.choice(county_places),
                    residence=None if inside else rng.choice(abroad_places),
                    confidentiality=level,
                    is_published=level == "public",
                )
            )
        Person.objects.bulk_create(rows, batch_size=batch)
        person_ids = list(Person.objects.values_list("id", flat=True))
        rows = []
        for _ in range(events):
            kind = rng.choice(EVENT_TYPES)
            date, precision = random_date(rng)
            level = "public" if rng.random() < 0.6 else "restricted"
            rows.append(
                Event(
                    type=kind,
                    person_id=rng.choice(person_ids),
                    date=date,
                    date_precision=precision,
                    place=rng.choice(county_places) if rng.random() < 0.4 else None,
                    channel=rng.choice(["wechat", "phone", ""])
                    if kind.startswith("contact")
                    else "",
                    confidentiality=level,
                    is_published=level == "public",
                )
            )
            if len(rows) == batch:
                Event.objects.bulk_create(rows)
                rows = []
        Event.objects.bulk_create(rows)
        reports = []
        for _ in range(events // 20):
            date, precision = random_date(rng)
            reports.append(
                ContactReport(
                    reporter_id=rng.choice(person_ids),
                    relative_id=rng.choice(person_ids),
                    date=date,
                    date_precision=precision,
                    channel=rng.choice(["wechat", "phone"]),
                    outcome=rng.choice(["reached", "no_answer", "blocked"]),
                    confidentiality="public",
                    is_published=True,
                )
            )
        ContactReport.objects.bulk_create(reports, batch_size=batch)
    created = time.perf_counter()
    from tugan.monitor.derived import rebuild_counts

    rebuild_counts()
    return {
        "persons": Person.objects.count(),
        "events": Event.objects.count(),
        "contact_reports": ContactReport.objects.count(),
        "places": Place.objects.count(),
        "seconds_to_create": round(created - started, 1),
        "seconds_to_count": round(time.perf_counter() - created, 1),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def record_change(rng: random.Random, person_ids: list[int]) -> float:
    """Record one contact event through the ordinary operation; return its milliseconds."""
    from tugan.records import operations
    from tugan.records.models import Person

    started = time.perf_counter()
    operations.add_event(
        type=rng.choice(["contact_lost", "contact_restored"]),
        person=Person.objects.get(pk=rng.choice(person_ids)),
        date=datetime.date(2021, rng.randrange(1, 13), 1),
        date_precision="month",
        channel="wechat",
        confidentiality="public",
        is_published=True,
    )
    return (time.perf_counter() - started) * 1000


def time_pages(client, repeats: int, rng: random.Random, person_ids: list[int]) -> dict:
    """Time each page's first request after a change, then its repeated requests.

    Every page is requested once first, untimed: a server process is started once, and its
    first request loads templates, translations and the gazetteer whatever the data.
    """
    for page in PAGES:
        client.get(page)
    timings = {}
    for page in PAGES:
        change_ms = record_change(rng, person_ids)
        seconds = []
        for _ in range(repeats + 1):
            started = time.perf_counter()
            response = client.get(page)
            seconds.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (page, response.status_code)
        timings[page] = {
            "change_ms": round(change_ms, 1),
            "first_after_change_ms": round(seconds[0], 1),
            "p50_ms": round(percentile(seconds[1:], 0.5), 1),
            "p95_ms": round(percentile(seconds[1:], 0.95), 1),
            "load": load(),
        }
        print(page, json.dumps(timings[page]), file=sys.stderr)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--home",
        type=Path,
        help="keep the data folder here; if it already holds a benchmark's records, reuse them",
    )
    parser.add_argument(
        "--recount", action="store_true", help="count reused records again (tugan recount)"
    )
    arguments = parser.parse_args()
    home = arguments.home or Path(tempfile.mkdtemp(prefix="tugan-bench-monitor-"))
    home.mkdir(parents=True, exist_ok=True)
    print(f"load at start: {load()}", file=sys.stderr)
    try:
        os.environ["TUGAN_HOME"] = str(home)
        os.environ.setdefault("TUGAN_ALLOWED_HOSTS", "testserver")
        from tugan.cli.options import setup_django

        setup_django()
        from django.db import connection
        from django.test import Client

        from tugan.accounts.models import User
        from tugan.accounts.operations import add_user, set_role
        from tugan.monitor.derived import rebuild_counts
        from tugan.records.models import ContactReport, Event, Person

        if Person.objects.exists():
            if arguments.recount:
                started = time.perf_counter()
                rebuild_counts()
                print(f"recounted in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            created = {
                "persons": Person.objects.count(),
                "events": Event.objects.count(),
                "contact_reports": ContactReport.objects.count(),
                "reused": str(home),
            }
        else:
            created = populate(arguments.persons, arguments.events, arguments.seed)
        print(json.dumps(created), file=sys.stderr)
        # An editor cleared for confidential records sees every record, as an admin does
        # (an admin would first be asked for a second factor).
        admin = User.objects.filter(username="bench-editor").first()
        if admin is None:
            add_user("bench-editor", "editor")
            admin = set_role("bench-editor", "editor", clearance="confidential")
        rng = random.Random(arguments.seed + 1)
        person_ids = list(Person.objects.values_list("id", flat=True)[:1000])
        signed_out = time_pages(Client(), arguments.repeats, rng, person_ids)
        signed_in_client = Client()
        signed_in_client.force_login(admin)
        signed_in = time_pages(signed_in_client, arguments.repeats, rng, person_ids)
        result = {
            **created,
            "signed_out": signed_out,
            "signed_in": signed_in,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "database": connection.vendor,
            "load": load(),
        }
        print(json.dumps(result, indent=1))
    finally:
        if arguments.home is None:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
