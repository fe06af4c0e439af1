"""Benchmark import and search: N fictional reports into a fresh SQLite data folder.

Generates N reports with bench/report_generator.py into a temporary folder (not timed),
imports them with `tugan import`'s function with extraction off, then runs 200 varied queries
(Chinese words of 1 to 4 characters, Han names, Latin names; a tenth in Traditional) through
the search interface as an admin, and the same queries as a naive LIKE '%…%' scan of the
sources table (title or text, the first 20 matches, no folding, no ranking). Prints one JSON
line:

    {"reports", "reports_per_s", "peak_mb", "db_mb", "search_p50_ms", "search_p95_ms",
     "like_p95_ms"}

peak_mb is the importing process's peak resident memory over the whole run (the worker that
parses files, forked from it, peaks at about 200 MB, mostly shared pages); db_mb the database
file after a checkpoint, with its write-ahead log (raw files in blobs/ not counted).

    .venv/bin/python bench/ingest.py --reports 2000
    nohup .venv/bin/python bench/ingest.py --reports 100000 > ingest.json 2> ingest.log &
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_generator import make_queries, write_reports  # noqa: E402

LIMIT = 20


def percentile(values: list[float], share: float) -> float:
    """Return the value below which this share of values falls (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def time_queries(run, queries: list[str]) -> list[float]:
    """Return the milliseconds each query takes."""
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000, help="how many (default 1000)")
    parser.add_argument("--queries", type=int, default=200, help="how many (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--reuse",
        type=Path,
        metavar="FOLDER",
        help="import the reports already generated in FOLDER instead of writing new ones",
    )
    arguments = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tugan-bench-ingest-"))
    reports, home = arguments.reuse or work / "reports", work / "home"
    try:
        if arguments.reuse is None:
            write_reports(reports, arguments.reports, arguments.seed)
            print(f"generated {arguments.reports} reports in {reports}", file=sys.stderr)
        os.environ["TUGAN_HOME"] = str(home)
        os.environ.pop("DATABASE_URL", None)
        from tugan.cli.options import setup_django

        setup_django()
        from django.db import connection
        from tqdm import tqdm

        from tugan.records.exporting import viewer_for_level
        from tugan.search.reading import read_search_results
        from tugan.sources.importing import import_paths

        def show_progress(items: list) -> tqdm:
            return tqdm(items, file=sys.stderr, unit="file", mininterval=5)

        started = time.perf_counter()
        outcome = import_paths([reports], extract=False, progress=show_progress)
        seconds = time.perf_counter() - started
        print(outcome.summary, file=sys.stderr)

        admin = viewer_for_level("confidential")
        queries = make_queries(arguments.queries, arguments.seed)
        read_search_results(admin, queries[0])  # load the folding tables before timing
        search_times = time_queries(lambda q: read_search_results(admin, q, limit=LIMIT), queries)

        def like(query: str) -> None:
            pattern = f"%{query}%"
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT id FROM sources_source WHERE title LIKE %s OR text LIKE %s LIMIT %s",
                    [pattern, pattern, LIMIT],
                )
                cursor.fetchall()

        like_times = time_queries(like, queries)
        with connection.cursor() as cursor:
            # The write-ahead log is copied into the database and emptied before measuring.
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database = home / "tugan.sqlite3"
        database_bytes = sum(
            path.stat().st_size for path in (database, Path(f"{database}-wal")) if path.exists()
        )
        imported = outcome.new_count + outcome.known
        result = {
            "reports": imported,
            "reports_per_s": round(imported / seconds, 1),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "db_mb": round(database_bytes / 1e6, 1),
            "search_p50_ms": round(statistics.median(search_times), 2),
            "search_p95_ms": round(percentile(search_times, 0.95), 2),
            "like_p95_ms": round(percentile(like_times, 0.95), 2),
        }
        print(json.dumps(result))
    finally:
        if arguments.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
