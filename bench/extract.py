"""Benchmark extraction speed: reports per second on one core, for ~2,000-character reports.

Two inputs: fictional reports from bench/report_generator.py (about 2,000 characters each), and,
when the shared corpus is present, the dev reports with each text repeated up to about 2,000
characters (read at run time, never copied). Each report is parsed (archived format, HTML to
text) and extracted, in this one process. Rates are per CPU second of this process (one core),
so that other work on the machine does not skew them; wall_reports_per_second is beside them.
Prints one JSON line:

    {"reports", "mean_chars", "cpu_seconds", "reports_per_second", "wall_reports_per_second",
     "extract_only_reports_per_second", "dev_reports", "dev_mean_chars",
     "dev_reports_per_second"}

    .venv/bin/python bench/extract.py
    .venv/bin/python bench/extract.py --reports 2000
"""

import argparse
import json
import sys
import time
from pathlib import Path

from tugan.core.extract import extract_report, read_archived_report

ROOT = Path(__file__).resolve().parent.parent
DEV_DOCS = ROOT.parent / "shared/corpus/dev/docs"
TARGET_CHARS = 2000

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_generator import generate_reports  # noqa: E402


def time_reports(items: list[tuple[str, object]]) -> float:
    """Return the CPU seconds extract_report takes over (text, published) items."""
    started = time.process_time()
    for text, published in items:
        extract_report(text, published)  # type: ignore[arg-type]
    return time.process_time() - started


def main() -> None:
    """Time extraction and print one JSON line of figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000, help="fictional reports to time")
    parser.add_argument("--dev-rounds", type=int, default=20, help="passes over the dev reports")
    arguments = parser.parse_args()

    reports = [report.data for report in generate_reports(arguments.reports, seed=7)]
    # Compile patterns and load the gazetteer and word lists outside the timing: the bare names
    # of the last clause load the name finder's lists of jieba's words (fictional people).
    extract_report(
        "律师王建华说，哈萨克人努尔兰·别克于2018年在伊犁被捕，李秀英和阿依古丽去了北京。", None
    )
    started, wall_started = time.process_time(), time.perf_counter()
    texts = []
    for data in reports:
        text, published = read_archived_report(data)
        extract_report(text, published)
        texts.append((text, published))
    seconds = time.process_time() - started
    wall_seconds = time.perf_counter() - wall_started
    extract_seconds = time_reports(texts)
    result: dict[str, object] = {
        "reports": len(reports),
        "mean_chars": round(sum(len(text) for text, _ in texts) / len(texts)),
        "cpu_seconds": round(seconds, 3),
        "reports_per_second": round(len(reports) / seconds, 1),
        "wall_reports_per_second": round(len(reports) / wall_seconds, 1),
        "extract_only_reports_per_second": round(len(texts) / extract_seconds, 1),
    }
    if DEV_DOCS.is_dir():
        dev = []
        for path in sorted(DEV_DOCS.glob("*.md")):
            text, published = read_archived_report(path.read_bytes())
            repeated = text
            while len(repeated) < TARGET_CHARS:
                repeated += "\n\n" + text
            dev.append((repeated[: max(TARGET_CHARS, len(text))], published))
        items = dev * arguments.dev_rounds
        dev_seconds = time_reports(items)
        result.update(
            {
                "dev_reports": len(items),
                "dev_mean_chars": round(sum(len(text) for text, _ in dev) / len(dev)),
                "dev_reports_per_second": round(len(items) / dev_seconds, 1),
            }
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
