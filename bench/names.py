"""Benchmark name matching: top-1 and MRR of Han names ranked against a large Latin pool.

Reads true Han<TAB>Latin pairs (by default Tugan's public-figure pairs, the news check set in
bench/data and, when present, the shared dev pairs), pools every Latin name with generated
fictional distractors, ranks the pool for every Han name with Tugan and with the baseline
(pypinyin + Jaro-Winkler on the whole string), and prints one JSON line:

    {"pairs", "pool", "top1", "mrr", "baseline_top1", "baseline_mrr", "seconds",
     "cpu_seconds", "comparisons_per_second", "blocked_together", "files"}

comparisons_per_second is name pairs compared by Tugan per CPU second. blocked_together is the
share of true pairs whose match keys block them together, so that the database's candidate
search (tugan.core.names.blocking) would compare them at all.

    .venv/bin/python bench/names.py
    .venv/bin/python bench/names.py --pairs ../shared/corpus/dev/names-dev.tsv --distractors 1500
"""

import argparse
import json
from importlib import resources
from pathlib import Path

from tugan.core.names.blocking import is_blocked_together, match_keys_of
from tugan.core.names.evaluation import evaluate_names, read_pairs
from tugan.core.names.pool import generate_distractors

ROOT = Path(__file__).resolve().parent.parent
DEV_PAIRS = ROOT.parent / "shared/corpus/dev/names-dev.tsv"
NEWS_PAIRS = ROOT / "bench/data/name-pairs-news.tsv"
DEFAULT_DISTRACTORS = 1500


def default_pair_files() -> list[Path]:
    """Return the bundled public-figure pairs, the news check set and the dev pairs if present."""
    bundled = Path(str(resources.files("tugan.core.data").joinpath("name-pairs.tsv")))
    return [bundled, NEWS_PAIRS] + ([DEV_PAIRS] if DEV_PAIRS.exists() else [])


def main() -> None:
    """Print the benchmark's JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pairs",
        type=Path,
        action="append",
        help="Han<TAB>Latin pairs file (repeatable); default: bundled + news + dev",
    )
    parser.add_argument(
        "--distractors",
        type=int,
        default=DEFAULT_DISTRACTORS,
        help=f"fictional names added to the pool (default {DEFAULT_DISTRACTORS})",
    )
    parser.add_argument("--seed", type=int, default=5, help="distractor seed (default 5)")
    args = parser.parse_args()
    files = args.pairs or default_pair_files()
    pairs = []
    for path in files:
        pairs += read_pairs(path.read_text(encoding="utf-8").splitlines())
    truths = {right for _, right in pairs}
    distractors = generate_distractors(args.distractors, seed=args.seed, exclude=truths)
    figures = evaluate_names(pairs, distractors)
    blocked = sum(is_blocked_together(match_keys_of(a), match_keys_of(b)) for a, b in pairs)
    figures["blocked_together"] = round(blocked / len(pairs), 4) if pairs else None
    figures["files"] = [path.name for path in files]
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
