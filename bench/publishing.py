"""Benchmark publishing: import report files into a fresh data folder, accept every suggestion,
then time previewing, publishing and withdrawing each person and each source.

Prints one JSON line:

    {"reports", "persons", "preview_person_ms", "preview_source_ms",
     "publish_withdraw_person_ms", "publish_withdraw_source_ms"}

Each figure is the median over the persons (or sources) of the median of --repeat runs.

    .venv/bin/python bench/publishing.py ../shared/corpus/dev/docs/seed-rfa-2021-03-01.md
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def median_ms(action, repeat: int) -> float:
    """Return the median time of running action, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="Report files or folders.")
    parser.add_argument("--repeat", type=int, default=5, help="Runs of each operation.")
    arguments = parser.parse_args()
    os.environ["TUGAN_HOME"] = tempfile.mkdtemp(prefix="tugan-bench-publishing-")
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from tugan.cli.options import setup_django

    setup_django()
    from tugan.records.models import Person
    from tugan.review import decisions, publishing
    from tugan.sources.importing import import_paths

    sources = import_paths(arguments.reports).new
    for source in sources:
        for kind in decisions.ACCEPT_ALL_ORDER:
            decisions.accept_all_suggestions(source, kind, by=None)
    persons = [
        person
        for person in Person.objects.filter(merged_into__isnull=True)
        if publishing.is_publishable_person(person)
    ]

    def cycle(kind, record):
        publishing.publish(kind, record)
        publishing.withdraw(record.public_id)

    def figure(kind, records, action) -> float | None:
        runs = []
        for record in records:
            try:
                runs.append(median_ms(lambda record=record: action(kind, record), arguments.repeat))
            except publishing.PublishError as error:
                print(f"{record.public_id}: {error}", file=sys.stderr)
        return round(statistics.median(runs), 1) if runs else None

    print(
        json.dumps(
            {
                "reports": len(sources),
                "persons": len(persons),
                "preview_person_ms": figure("person", persons, publishing.preview_publication),
                "preview_source_ms": figure("source", sources, publishing.preview_publication),
                "publish_withdraw_person_ms": figure("person", persons, cycle),
                "publish_withdraw_source_ms": figure("source", sources, cycle),
            }
        )
    )


if __name__ == "__main__":
    main()
