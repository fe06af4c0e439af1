"""Bulk linking of person lists on Splink: DuckDB in process, or Spark when one machine is not
enough. Plain Python; `--against db` rows come from tugan.linkage.person_rows.

Each row's name is turned into comparison columns (name_columns), then Splink blocks,
compares and scores the pairs (splink_model) on an engine (engines), and the pairs it leaves
uncertain are weighed again (rescoring). rows reads and writes the CSV files; see
docs/linking.md for their columns.
"""

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from tugan.core.linking.engines import make_database_api, to_backend_table
from tugan.core.linking.name_columns import Columns
from tugan.core.linking.rescoring import UNCERTAIN, read_predictions
from tugan.core.linking.rows import DEFAULT_THRESHOLD, Pair
from tugan.core.linking.splink_model import LinkType, link_settings, train_model


@dataclass
class LinkResult:
    rows: int
    pairs: list[Pair]
    seconds: float


def report_to_stderr(message: str) -> None:
    """Print a progress line on stderr."""
    print(message, file=sys.stderr, flush=True)


def link_columns(
    left: Columns,
    right: Columns | None = None,
    engine: str = "duckdb",
    threshold: float = DEFAULT_THRESHOLD,
    report: Callable[[str], None] = report_to_stderr,
) -> LinkResult:
    """Link left against itself (right None) or against right; return the pairs at or above
    threshold, left's id first, each (id_l, id_r, probability, match weight, settled_by)."""
    import logging

    from splink import Linker

    logging.getLogger("splink").setLevel(logging.WARNING)
    started = time.perf_counter()

    def timed(message: str) -> None:
        report(f"[{time.perf_counter() - started:6.1f}s] {message}")

    db_api = make_database_api(engine)
    tables = [db_api.register(to_backend_table(db_api, left), table_name="tugan_left")]
    if right is not None:
        tables.append(db_api.register(to_backend_table(db_api, right), table_name="tugan_right"))
    link_type: LinkType = "dedupe_only" if right is None else "link_only"
    largest = max(len(left["unique_id"]), len(right["unique_id"]) if right else 0)
    linker = Linker(tables if right is not None else tables[0], link_settings(link_type, largest))
    rows = len(left["unique_id"]) + (len(right["unique_id"]) if right else 0)
    train_model(linker, rows, timed)
    timed("blocking, comparing and scoring pairs")
    predictions = linker.inference.predict(threshold_match_probability=min(threshold, UNCERTAIN[0]))
    timed("weighing uncertain pairs again with Tugan's name comparison")
    pairs = read_predictions(predictions, left, right, threshold)
    seconds = time.perf_counter() - started
    timed(f"linked {rows:,} rows: {len(pairs):,} pairs >= {threshold} in {seconds:.1f}s")
    return LinkResult(rows=rows, pairs=pairs, seconds=seconds)
