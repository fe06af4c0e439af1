"""Bulk linking of person lists on Splink: DuckDB in process, or Spark when one machine is not
enough. Plain Python; `--against db` rows come from tugan.linkage.persons_table.

Each row's name is turned into comparison columns by tugan.core.names (phonetic part keys and
consonant skeletons, which Han, Cyrillic and Latin spellings of one name share), then Splink
blocks, compares and scores the pairs (Fellegi-Sunter) and gives each a match probability.
See docs/linking.md for the CSV columns.
"""

import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from multiprocessing import get_context
from pathlib import Path

from tugan.core.csv_cells import FormulaSafeWriter
from tugan.core.names import compare_names, name_keys, split_name_parts
from tugan.core.names.keys import BLOCKING_CONSONANTS, consonant_skeleton
from tugan.core.resident_id import parse_resident_id
from tugan.core.scripts import is_han

INPUT_COLUMNS = ["id", "name", "birth_date", "gender", "hometown", "resident_id"]
REQUIRED_COLUMNS = ["id", "name"]
OUTPUT_COLUMNS = [
    "id_l",
    "id_r",
    "match_probability",
    "match_weight",
    "name_l",
    "name_r",
    "settled_by",
]
DEFAULT_THRESHOLD = 0.5
GENDERS = {"male", "female", "m", "f", "男", "女"}
GENDER_OF = {"m": "male", "男": "male", "f": "female", "女": "female"}

# Starting m probabilities (how often each comparison level occurs among true matches), most
# similar level first, from what transliteration variants do on the fictional benchmark
# (bench/linkage.py). Lists too small to learn from keep them.
NAME_M = [0.25, 0.25, 0.2, 0.08, 0.05, 0.04, 0.02, 0.03, 0.04, 0.02, 0.02]
BIRTH_M = [0.88, 0.08, 0.035, 0.005]
GENDER_M = [0.99, 0.01]
HOMETOWN_M = [0.85, 0.15]
RESIDENT_ID_M = [0.99, 0.01]
# Starting u probabilities (how often each level occurs among pairs that do not match), for
# lists too small for random sampling to see every level.
NAME_U = [0.0005, 0.0005, 0.0005, 0.001, 0.002, 0.003, 0.002, 0.01, 0.05, 0.05, 0.8805]
BIRTH_U = [0.0001, 0.001, 0.015, 0.9839]
GENDER_U = [0.5, 0.5]
HOMETOWN_U = [0.02, 0.98]
RESIDENT_ID_U = [0.0001, 0.9999]
# Pairs Splink leaves uncertain are weighed again with Tugan's own name comparison
# (tugan.core.names.compare_names, which reads Han names syllable by syllable), in bits added to
# Splink's match weight, best first.
UNCERTAIN = (0.05, 0.95)
NAME_SCORE_BITS = [(0.97, 4.0), (0.93, 2.0), (0.88, 0.0), (0.8, -2.0), (0.0, -5.0)]
# Fewest consonants a near skeleton keeps: fewer would put too many names in one block.
NEAR_CONSONANTS = 5
# A pair's birth years (hometowns) do not contradict: one is unknown, or they are the same.
BIRTH_YEARS_AGREE = "(l.birth_year IS NULL OR r.birth_year IS NULL OR l.birth_year = r.birth_year)"
HOMETOWNS_AGREE = "(l.hometown IS NULL OR r.hometown IS NULL OR l.hometown = r.hometown)"
# From this many items on, pure Python work is spread over every core.
PARALLEL_FROM = 20_000
# Below this many rows, expectation maximisation has too few pairs to learn from.
TRAIN_FROM_ROWS = 2000


class LinkError(ValueError):
    """The input cannot be linked; the message names the file, row or column."""


@dataclass
class LinkResult:
    rows: int
    pairs: list[tuple]
    seconds: float


def report_to_stderr(message: str) -> None:
    """Print a progress line on stderr."""
    print(message, file=sys.stderr, flush=True)


def read_person_csv(path: Path) -> list[dict]:
    """Return the rows of a person CSV (UTF-8, header row), or raise LinkError."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [column for column in REQUIRED_COLUMNS if column not in header]
            if missing:
                raise LinkError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = list(reader)
    except OSError as error:
        raise LinkError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise LinkError(f"{path}: not UTF-8 text (byte {error.start})") from None
    seen = set()
    for number, row in enumerate(rows, start=2):
        if not (row.get("id") or "").strip():
            raise LinkError(f"{path}, line {number}: the id is empty")
        if row["id"] in seen:
            raise LinkError(f"{path}, line {number}: id {row['id']!r} appears twice")
        seen.add(row["id"])
    return rows


@lru_cache(maxsize=1_000_000)
def part_columns(part: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the phonetic keys and consonant skeletons of one name part (cached: parts repeat
    far more than whole names do)."""
    keys = name_keys(part)
    return tuple(keys.part_keys), tuple(keys.skeletons)


def name_columns(name: str) -> tuple:
    """Return the comparison columns of one written name (see columns_of_parts)."""
    return columns_of_parts(name, [part_columns(part) for part in split_name_parts(name)])


def columns_of_parts(name: str, parts: list[tuple]) -> tuple:
    """Return the comparison columns of a written name from the part_columns of its parts:
    sorted part keys, sorted skeletons, the skeleton of the parts run together (written and
    reversed order), the first and last blocking keys, the list of part skeletons, the near
    skeletons, and whether it has Han characters. Built part by part, as
    tugan.core.names.name_keys would build them.
    """
    part_keys: list[str] = [key for keys, _ in parts for key in keys]
    skeletons: list[str] = [skeleton for _, part_skeletons in parts for skeleton in part_skeletons]
    has_han = any(is_han(character) for character in name)
    if not part_keys:
        return (None, None, None, None, None, None, [], [], False)
    written = consonant_skeleton("".join(part_keys))
    reversed_ = consonant_skeleton("".join(reversed(part_keys)))
    blocks = sorted({skeleton[:BLOCKING_CONSONANTS] for skeleton in skeletons if skeleton})
    present = sorted(skeleton for skeleton in skeletons if skeleton)
    return (
        " ".join(sorted(part_keys)),
        " ".join(present) or None,
        written or None,
        reversed_ or None,
        blocks[0] if blocks else None,
        blocks[-1] if blocks else None,
        present,
        near_skeletons(present),
        has_han,
    )


def near_skeletons(skeletons: list[str]) -> list[str]:
    """Return the sorted skeleton of a name and every form of it with one consonant left out
    of one part, when enough consonants remain to say something: two names one consonant
    apart (Turghunhan and Tughunhan, 日 read as zh or r) share one of these.
    """
    consonants = sum(len(skeleton) for skeleton in skeletons)
    near = {" ".join(skeletons)} if consonants >= NEAR_CONSONANTS else set()
    if consonants > NEAR_CONSONANTS:
        for index, skeleton in enumerate(skeletons):
            others = skeletons[:index] + skeletons[index + 1 :]
            for position in range(len(skeleton)):
                shorter = skeleton[:position] + skeleton[position + 1 :]
                near.add(" ".join(sorted([*others, shorter] if shorter else others)))
    return sorted(near)


def map_on_all_cores(function: Callable, items: list, chunksize: int = 2000) -> list:
    """Return [function(item) for item in items], computed in one process per core when there
    are many items (pure Python work: the names module holds the interpreter lock)."""
    cores = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or cores == 1:
        return [function(item) for item in items]
    with get_context("fork").Pool(cores) as pool:
        return pool.map(function, items, chunksize=chunksize)


def compute_name_columns(names: Iterable[str], report: Callable[[str], None]) -> dict:
    """Return the comparison columns of each distinct name, computing the keys of each
    distinct part once (names share parts far more than they repeat whole)."""
    distinct = list(dict.fromkeys(names))
    split = [split_name_parts(name) for name in distinct]
    parts = list(dict.fromkeys(part for name_parts in split for part in name_parts))
    report(f"computing name keys for {len(distinct):,} distinct names ({len(parts):,} parts)")
    columns_of = dict(zip(parts, map_on_all_cores(part_columns, parts), strict=True))
    # Putting the parts together is quick: sending names to other processes would cost more.
    return {
        name: columns_of_parts(name, [columns_of[part] for part in name_parts])
        for name, name_parts in zip(distinct, split, strict=True)
    }


def normalise_birth_date(text: str | None) -> tuple[str | None, str | None]:
    """Return (YYYY-MM-DD or None, YYYY or None) from 1978-04-12, 1978-04 or 1978."""
    text = (text or "").strip()
    if len(text) >= 4 and text[:4].isdigit():
        year = text[:4]
        return (text[:10] if len(text) >= 10 else None), year
    return None, None


def normalise_resident_id(text: str | None) -> str | None:
    """Return the resident ID number as GB 11643 normalises it, or None if it is invalid."""
    if not (text or "").strip():
        return None
    try:
        return parse_resident_id(text).number
    except ValueError:
        return None


def prepare_rows(
    rows: list[dict], dataset: str, report: Callable[[str], None], names: dict | None = None
) -> dict[str, list]:
    """Return the rows as columns for Splink, with the name keys computed."""
    names = (
        names
        if names is not None
        else compute_name_columns((row.get("name") or "" for row in rows), report)
    )
    columns: dict[str, list] = {
        key: []
        for key in [
            "unique_id",
            "source_dataset",
            "name",
            "name_sorted",
            "name_skeleton",
            "joined_a",
            "joined_b",
            "block_first",
            "block_last",
            "part_skeletons",
            "near_skeletons",
            "has_han",
            "is_one_part",
            "birth_date",
            "birth_year",
            "gender",
            "hometown",
            "resident_id",
        ]
    }
    for row in rows:
        name = row.get("name") or ""
        sorted_key, skeleton, joined_a, joined_b, first, last, parts, near, has_han = names[name]
        birth_date, birth_year = normalise_birth_date(row.get("birth_date"))
        gender = (row.get("gender") or "").strip().lower()
        columns["unique_id"].append(str(row["id"]))
        columns["source_dataset"].append(dataset)
        columns["name"].append(name)
        columns["name_sorted"].append(sorted_key)
        columns["name_skeleton"].append(skeleton)
        columns["joined_a"].append(joined_a)
        columns["joined_b"].append(joined_b)
        columns["block_first"].append(first)
        columns["block_last"].append(last)
        columns["part_skeletons"].append(parts)
        columns["near_skeletons"].append(near)
        columns["has_han"].append(has_han)
        columns["is_one_part"].append(bool(parts) and len(parts) == 1)
        columns["birth_date"].append(birth_date)
        columns["birth_year"].append(birth_year)
        columns["gender"].append(GENDER_OF.get(gender, gender) if gender in GENDERS else None)
        columns["hometown"].append((row.get("hometown") or "").strip().casefold() or None)
        columns["resident_id"].append(normalise_resident_id(row.get("resident_id")))
    return columns


def name_comparison(term_frequencies: bool = True):
    """Return Splink's comparison of the name keys, most similar level first."""
    import splink.comparison_level_library as cll
    from splink.comparison_library import CustomComparison

    return CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.NullLevel("name_sorted"),
            # Term frequencies: agreeing on a rare name says more than agreeing on a common one.
            cll.ExactMatchLevel(
                "name_sorted", term_frequency_adjustments=term_frequencies
            ).configure(label_for_charts="same part keys"),
            # The skeleton is coarse: two Latin spellings with the same skeleton but far apart
            # (Rukiya Hosur, Jazira Khalyk) are weaker evidence than a Han and a Latin form.
            cll.And(
                cll.ExactMatchLevel("name_skeleton"), cll.JaroWinklerLevel("name_sorted", 0.88)
            ).configure(label_for_charts="same consonant skeletons, close spelling"),
            cll.And(
                cll.ExactMatchLevel("name_skeleton"), cll.CustomLevel("has_han_l OR has_han_r")
            ).configure(label_for_charts="same consonant skeletons, across scripts"),
            cll.CustomLevel(
                "joined_a_l = joined_a_r OR joined_a_l = joined_b_r OR joined_b_l = joined_a_r",
                label_for_charts="same skeleton with the parts run together",
            ),
            cll.JaroWinklerLevel("name_sorted", 0.92),
            cll.DamerauLevenshteinLevel("name_skeleton", 1),
            cll.ExactMatchLevel("name_skeleton").configure(
                label_for_charts="same consonant skeletons, spelling far apart"
            ),
            cll.JaroWinklerLevel("name_skeleton", 0.85),
            cll.ArrayIntersectLevel("part_skeletons", 1),
            cll.JaroWinklerLevel("name_sorted", 0.8),
            cll.ElseLevel(),
        ],
    ).configure(m_probabilities=NAME_M, u_probabilities=NAME_U)


def link_settings(link_type: str, largest: int):
    """Return the Splink settings of Tugan's linking model."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on
    from splink.blocking_rule_library import CustomRule

    birth = cl.CustomComparison(
        output_column_name="birth_date",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_date"),
            cll.CustomLevel(
                "birth_year_l = birth_year_r AND (birth_date_l IS NULL OR birth_date_r IS NULL)",
                label_for_charts="same year, one has only the year",
            ),
            cll.ExactMatchLevel("birth_year"),
            cll.ElseLevel(),
        ],
    ).configure(m_probabilities=BIRTH_M, u_probabilities=BIRTH_U)
    return SettingsCreator(
        link_type=link_type,
        comparisons=[
            # Term frequencies in a short list are mostly chance.
            name_comparison(term_frequencies=largest >= TRAIN_FROM_ROWS),
            birth,
            cl.ExactMatch("gender").configure(m_probabilities=GENDER_M, u_probabilities=GENDER_U),
            cl.ExactMatch("hometown").configure(
                m_probabilities=HOMETOWN_M, u_probabilities=HOMETOWN_U
            ),
            cl.ExactMatch("resident_id").configure(
                m_probabilities=RESIDENT_ID_M, u_probabilities=RESIDENT_ID_U
            ),
        ],
        blocking_rules_to_generate_predictions=[
            # With only the skeleton in common, a pair whose birth years and hometowns both
            # differ never scores as a match: such pairs are not compared.
            CustomRule(
                f"l.name_skeleton = r.name_skeleton AND ({BIRTH_YEARS_AGREE} OR {HOMETOWNS_AGREE})"
            ),
            # The parts run together find names written without separators (约买尔艾木杜拉);
            # between two names of several parts, the sorted skeletons above do.
            "l.joined_a = r.joined_a AND (l.is_one_part OR r.is_one_part)",
            "l.joined_a = r.joined_b AND (l.is_one_part OR r.is_one_part)",
            "l.joined_b = r.joined_a AND (l.is_one_part OR r.is_one_part)",
            block_on("block_first", "birth_date"),
            block_on("block_last", "birth_date"),
            block_on("birth_date", "hometown"),
            block_on("resident_id"),
            # Names one consonant apart, with a hometown or birth year in common (and the
            # other not contradicting: a near name would not outweigh that).
            CustomRule(
                "l.near_skeletons = r.near_skeletons AND l.hometown = r.hometown"
                f" AND {BIRTH_YEARS_AGREE}",
                arrays_to_explode=["near_skeletons"],
            ),
            CustomRule(
                "l.near_skeletons = r.near_skeletons AND l.birth_year = r.birth_year"
                f" AND {HOMETOWNS_AGREE}",
                arrays_to_explode=["near_skeletons"],
            ),
        ],
        # Until estimated: each record has about one match among the larger list's records.
        probability_two_random_records_match=1.0 / max(largest, 2),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


def make_database_api(engine: str, spark_master: str = "local[*]"):
    """Return Splink's database API for the engine: DuckDB in process, or a local Spark."""
    if engine == "duckdb":
        from splink import DuckDBAPI

        return DuckDBAPI()
    if engine == "spark":
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise LinkError(
                "the Spark engine needs pyspark (pip install 'tugan[spark]') and Java 17"
            ) from None
        from splink import SparkAPI
        from splink.backends.spark import similarity_jar_location

        spark = (
            SparkSession.builder.appName("tugan-link")
            .master(spark_master)
            # Splink's string similarity functions (Jaro-Winkler, Damerau-Levenshtein) ship in
            # its own jar; nothing is downloaded.
            .config("spark.jars", similarity_jar_location())
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate()
        )
        spark.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="tugan-spark-"))
        return SparkAPI(spark_session=spark, break_lineage_method="parquet")
    raise LinkError(f"unknown engine {engine!r} (use duckdb or spark)")


def to_backend_table(db_api, columns: dict[str, list]):
    """Return the columns as a table the engine takes (Arrow for DuckDB, a DataFrame for Spark)."""
    import pyarrow as pa

    table = pa.table(columns)
    if type(db_api).__name__ == "SparkAPI":
        return db_api.spark.createDataFrame(table)
    return table


def link_columns(
    left: dict[str, list],
    right: dict[str, list] | None = None,
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
    untimed = report

    def report(message: str) -> None:
        untimed(f"[{time.perf_counter() - started:6.1f}s] {message}")

    db_api = make_database_api(engine)
    tables = [db_api.register(to_backend_table(db_api, left), table_name="tugan_left")]
    if right is not None:
        tables.append(db_api.register(to_backend_table(db_api, right), table_name="tugan_right"))
    link_type = "dedupe_only" if right is None else "link_only"
    largest = max(len(left["unique_id"]), len(right["unique_id"]) if right else 0)
    linker = Linker(tables if right is not None else tables[0], link_settings(link_type, largest))
    rows = len(left["unique_id"]) + (len(right["unique_id"]) if right else 0)
    train_model(linker, rows, report)
    report("blocking, comparing and scoring pairs")
    predictions = linker.inference.predict(threshold_match_probability=min(threshold, UNCERTAIN[0]))
    report("weighing uncertain pairs again with Tugan's name comparison")
    pairs = read_predictions(predictions, left, right, threshold)
    seconds = time.perf_counter() - started
    report(f"linked {rows:,} rows: {len(pairs):,} pairs >= {threshold} in {seconds:.1f}s")
    return LinkResult(rows=rows, pairs=pairs, seconds=seconds)


def train_model(linker, rows: int, report: Callable[[str], None]) -> None:
    """Estimate the u probabilities and the share of matching pairs on the data itself, keeping
    the starting ones where it is too small to learn from.

    The m probabilities stay as set: expectation maximisation, tried on the benchmark, learnt
    that a birth year thirty years off hardly counts against a match.
    """
    if rows < TRAIN_FROM_ROWS:
        report(f"fewer than {TRAIN_FROM_ROWS:,} rows: keeping the starting parameters")
        return
    report("estimating how often values agree by chance (random sample)")
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    report("estimating how many pairs match (same name skeleton and birth date)")
    linker.training.estimate_probability_two_random_records_match(
        ["l.name_skeleton = r.name_skeleton AND l.birth_date = r.birth_date"], recall=0.6
    )


def same_resident_id_pairs(left: dict, right: dict | None) -> set[tuple[str, str]]:
    """Return the pairs of rows (left's id first) that share a valid resident ID number."""
    by_number: dict[str, list[str]] = {}
    for row_id, number in zip(left["unique_id"], left["resident_id"], strict=True):
        if number:
            by_number.setdefault(number, []).append(row_id)
    if right is None:
        return {pair for ids in by_number.values() for pair in combinations(ids, 2)}
    return {
        (left_id, right_id)
        for right_id, number in zip(right["unique_id"], right["resident_id"], strict=True)
        if number
        for left_id in by_number.get(number, [])
    }


def name_score_bits(names: tuple[str, str]) -> float:
    """Return the bits Tugan's name comparison adds to an uncertain pair's match weight."""
    score = compare_names(*names).score
    return next(bits for limit, bits in NAME_SCORE_BITS if score >= limit)


def read_predictions(predictions, left, right, threshold: float) -> list[tuple]:
    """Return Splink's scored pairs, left's id first, those it left uncertain weighed again
    with Tugan's name comparison; a valid shared resident ID number settles a pair
    (probability 1), whatever else differs."""
    settled = same_resident_id_pairs(left, right)
    table = predictions.as_dict()
    left_ids = set(left["unique_id"])
    name_of = dict(zip(left["unique_id"], left["name"], strict=True))
    if right is not None:
        name_of.update(zip(right["unique_id"], right["name"], strict=True))
    scored = []
    for id_l, id_r, probability, weight in zip(
        table["unique_id_l"],
        table["unique_id_r"],
        table["match_probability"],
        table["match_weight"],
        strict=True,
    ):
        id_l, id_r = str(id_l), str(id_r)
        if right is not None and id_l not in left_ids:
            id_l, id_r = id_r, id_l
        if (id_l, id_r) not in settled and (id_r, id_l) not in settled:
            scored.append((id_l, id_r, float(probability), float(weight)))
    uncertain = list(
        dict.fromkeys(
            (name_of[id_l], name_of[id_r])
            for id_l, id_r, probability, _ in scored
            if UNCERTAIN[0] <= probability <= UNCERTAIN[1]
        )
    )
    bits = dict(zip(uncertain, map_on_all_cores(name_score_bits, uncertain), strict=True))
    pairs = []
    for id_l, id_r, probability, weight in scored:
        if UNCERTAIN[0] <= probability <= UNCERTAIN[1]:
            weight += bits[(name_of[id_l], name_of[id_r])]
            probability = 1.0 / (1.0 + 2.0 ** (-weight))
        if probability >= threshold:
            pairs.append((id_l, id_r, probability, weight, ""))
    pairs += [(id_l, id_r, 1.0, float("inf"), "resident_id") for id_l, id_r in settled]
    return pairs


def write_pairs(path: Path, pairs: list[tuple], names: dict[str, str]) -> None:
    """Write pairs as CSV with OUTPUT_COLUMNS, most probable first."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = FormulaSafeWriter(handle)
        writer.writerow(OUTPUT_COLUMNS)
        for id_l, id_r, probability, weight, settled in sorted(pairs, key=lambda p: -p[2]):
            writer.writerow(
                [
                    id_l,
                    id_r,
                    f"{probability:.6f}",
                    f"{weight:.3f}",
                    names.get(id_l, ""),
                    names.get(id_r, ""),
                    settled,
                ]
            )


def best_per_person(pairs: list[tuple], separator: str = "/") -> list[tuple]:
    """Return pairs against database rows ("TG-000123/45": a person and one of their names)
    as pairs against persons, keeping each person's most probable name."""
    best: dict[tuple[str, str], tuple] = {}
    for id_l, id_r, probability, weight, settled in pairs:
        person = id_r.split(separator)[0]
        key = (id_l, person)
        if key not in best or probability > best[key][2]:
            best[key] = (id_l, person, probability, weight, settled)
    return list(best.values())
