"""Dump every extraction as JSON lines, to prove a speed change leaves the output byte-identical.

Reads the reports we may read (read53, the dev reports, each also repeated to about 2,000
characters as bench/extract.py times them) and fictional reports from bench/report_generator.py,
and writes one line per report: its name and `extract_report(...).to_dict(name)`, spans
included. Prints the number of reports and the SHA-256 of the dump; run it before and after a
change and compare (or diff the two dumps).

    .venv/bin/python bench/extract_identity.py --out /tmp/before.jsonl
    .venv/bin/python bench/extract_identity.py --out /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from tugan.core.extract import extract_report, read_archived_report

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT.parent / "read53/docs", ROOT.parent / "shared/corpus/dev/docs")
TARGET_CHARS = 2000

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_generator import generate_reports  # noqa: E402


def repeated(text: str) -> str:
    """Return text repeated up to about TARGET_CHARS characters (bench/extract.py's dev input)."""
    result = text
    while len(result) < TARGET_CHARS:
        result += "\n\n" + text
    return result[: max(TARGET_CHARS, len(text))]


def reports(fictional: int) -> Iterator[tuple[str, str, date | None]]:
    """Yield (name, text, published) for every report the dump covers."""
    for folder in FOLDERS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            text, published = read_archived_report(path.read_bytes())
            yield path.stem, text, published
            yield path.stem + "+repeated", repeated(text), published
    for report in generate_reports(fictional, seed=7):
        text, published = read_archived_report(report.data)
        yield report.name, text, published


def main() -> None:
    """Write the dump and print its size and digest."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="JSON-lines file to write")
    parser.add_argument("--fictional", type=int, default=500, help="fictional reports to add")
    arguments = parser.parse_args()
    digest = hashlib.sha256()
    count = 0
    with arguments.out.open("w", encoding="utf-8") as out:
        for name, text, published in reports(arguments.fictional):
            line = json.dumps(
                {"name": name, "extraction": extract_report(text, published).to_dict(name)},
                ensure_ascii=False,
                sort_keys=True,
            )
            out.write(line + "\n")
            digest.update(line.encode() + b"\n")
            count += 1
    print(json.dumps({"reports": count, "sha256": digest.hexdigest()}))


if __name__ == "__main__":
    main()
