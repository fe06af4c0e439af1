"""Benchmark the contact monitor, statistics and map pages on a large fictional database.

Bulk-creates N fictional persons (default 100,000) and M events (default 500,000) straight
into a fresh SQLite data folder (or the PostgreSQL database in DATABASE_URL, which must be
empty and disposable), with contact reports, bypassing the per-record operations for speed
(nothing here is real; the records carry no names). Then it requests each page through
Django's test client, signed out (public: published public records, small cells hidden)
and signed in as an admin, several times, and prints the timings and the machine load:

    .venv/bin/python bench/monitor.py --persons 100000 --events 500000
    .venv/bin/python bench/monitor.py --home /tmp/bench-monitor   # keep, or reuse, the records

The target is under 300 ms a page. The first request of each page after a change is "cold";
later ones reuse the per-process cache that a new audit entry (every change writes one)
empties, so both are printed.
"""

import argparse
import datetime
import json
import os
import random
import resource
import shutil
import statistics
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
    "/statistics/",
    "/map/",
    "/map/?measure=share",
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
    return {
        "persons": Person.objects.count(),
        "events": Event.objects.count(),
        "contact_reports": ContactReport.objects.count(),
        "places": Place.objects.count(),
        "seconds_to_create": round(time.perf_counter() - started, 1),
    }


def time_pages(client, repeats: int) -> dict:
    timings = {}
    for page in PAGES:
        seconds = []
        for _ in range(repeats):
            started = time.perf_counter()
            response = client.get(page)
            seconds.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (page, response.status_code)
        timings[page] = {
            "first_ms": round(seconds[0], 1),
            "median_ms": round(statistics.median(seconds[1:] or seconds), 1),
        }
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--home",
        type=Path,
        help="keep the data folder here; if it already holds a benchmark's records, reuse them",
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
        from django.test import Client

        from tugan.accounts.models import User
        from tugan.accounts.operations import add_user
        from tugan.records.models import ContactReport, Event, Person

        if Person.objects.exists():
            created = {
                "persons": Person.objects.count(),
                "events": Event.objects.count(),
                "contact_reports": ContactReport.objects.count(),
                "reused": str(home),
            }
        else:
            created = populate(arguments.persons, arguments.events, arguments.seed)
        print(json.dumps(created), file=sys.stderr)
        admin = User.objects.filter(username="bench-admin").first()
        if admin is None:
            admin, _ = add_user("bench-admin", "admin")
        signed_out = time_pages(Client(), arguments.repeats)
        signed_in_client = Client()
        signed_in_client.force_login(admin)
        signed_in = time_pages(signed_in_client, arguments.repeats)
        result = {
            **created,
            "signed_out": signed_out,
            "signed_in": signed_in,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "load": load(),
        }
        print(json.dumps(result, indent=1))
    finally:
        if arguments.home is None:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
