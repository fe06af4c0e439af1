"""Benchmark matching as persons arrive: import N fictional person rows, score what is proposed.

Generates N fictional rows with known duplicates (bench/linkage.py's generator: transliteration
variants across Han, Latin and Cyrillic, typos, swapped order, missing birth dates), writes them
as a person CSV (docs/import-csv.md; the generator's fictional hometowns are left out, as they
are not places), and imports it into a fresh SQLite data folder with `tugan import`'s function.
Each new person is checked against those already stored as it arrives
(tugan.linkage.candidates). The pending candidate pairs are then compared with the true pairs.
Prints one JSON line:

    {"persons", "seconds", "persons_per_s", "proposed", "precision", "recall", "f1",
     "peak_mb"}

    .venv/bin/python bench/arrivals.py --persons 2000
"""

import argparse
import csv
import io
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from linkage import generate_persons, score, true_pairs  # noqa: E402

CSV_COLUMNS = ["id", "name", "birth_date", "gender", "resident_id"]


def person_csv(rows: list[dict]) -> bytes:
    """Return the rows as a person CSV file."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=2000, help="how many (default 2000)")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    rows, entity_of = generate_persons(arguments.persons, arguments.seed)
    truth = true_pairs(rows, entity_of)
    home = Path(tempfile.mkdtemp(prefix="tugan-bench-arrivals-"))
    try:
        os.environ["TUGAN_HOME"] = str(home)
        os.environ.pop("DATABASE_URL", None)
        from tugan.cli.options import setup_django

        setup_django()
        from tugan.linkage.models import MatchCandidate, MatchState
        from tugan.records.importing import import_person_csv

        started = time.perf_counter()
        outcome = import_person_csv(person_csv(rows))
        seconds = time.perf_counter() - started
        if outcome.problems:
            sys.exit("\n".join(outcome.problems[:10]))
        row_of = {person.pk: row["id"] for person, row in zip(outcome.persons, rows, strict=True)}
        proposed = {
            tuple(sorted((row_of[a], row_of[b])))
            for a, b in MatchCandidate.objects.filter(state=MatchState.PENDING).values_list(
                "person_a_id", "person_b_id"
            )
        }
        figures = score(proposed, truth)
        result = {
            "persons": len(rows),
            "seconds": round(seconds, 1),
            "persons_per_s": round(len(rows) / seconds, 1),
            "proposed": len(proposed),
            "precision": figures["precision"],
            "recall": figures["recall"],
            "f1": figures["f1"],
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
