"""Benchmark person linking: pairwise F1 and time, Tugan's linking against plain Splink.

Generates N FICTIONAL person records (rows) in which some persons appear two or three times:
their names written in Latin, Han or Kazakh Cyrillic, with the transliteration variants
sources really use (zh/j, q/k, kh/h, e/a, doubled letters, other Han characters for a
syllable), typos, swapped name order, other separators, missing or year-only birth dates and
missing hometowns. Every name is a fictional combination of common given names
(tugan.core.data/name-pool.tsv); no real person is meant.

It links the rows with Tugan's linking (tugan.core.linking, `tugan link --against self`), then
the same rows through plain Splink with its default string comparisons on the name as written,
and prints one JSON line:

    {"persons", "entities", "true_pairs", "f1", "precision", "recall", "seconds",
     "splink_f1", "splink_precision", "splink_recall", "splink_seconds"}

persons is the number of rows; seconds include computing the name keys.

    .venv/bin/python bench/linkage.py --persons 100000
    .venv/bin/python bench/linkage.py --persons 1000000 --no-baseline
"""

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from importlib import resources
from itertools import combinations

from tugan.core.linking import link_columns
from tugan.core.linking.name_columns import compute_name_columns, prepare_rows
from tugan.core.names.pool import given_names
from tugan.core.resident_id import compute_check_character

# Share of persons that appear more than once, and of those, three times.
DUPLICATED = 0.3
TRIPLICATED = 0.25
HOMETOWNS = 150
# How a repeated record differs from the first one.
MISSING_BIRTH_DATE = 0.25
YEAR_ONLY_BIRTH_DATE = 0.1
MISSING_HOMETOWN = 0.15
TYPO = 0.15
SWAPPED = 0.2
LATIN_VARIANT_RULES = [
    ("zh", "j"),
    ("j", "zh"),
    ("q", "k"),
    ("kh", "h"),
    ("gh", "g"),
    ("e", "a"),
    ("ll", "l"),
    ("u", "o"),
    ("i", "y"),
    ("yer", "er"),
    ("sh", "s"),
    ("dzh", "j"),
]
CYRILLIC = [
    ("zh", "ж"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("kh", "х"),
    ("gh", "ғ"),
    ("ng", "ң"),
    ("ya", "я"),
    ("yu", "ю"),
    ("a", "а"),
    ("b", "б"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "һ"),
    ("i", "і"),
    ("j", "ж"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "қ"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "ұ"),
    ("v", "в"),
    ("w", "у"),
    ("x", "х"),
    ("y", "й"),
    ("z", "з"),
    ("ö", "ө"),
    ("ü", "ү"),
    ("é", "е"),
    ("ä", "ә"),
]
HAN_SEPARATORS = ["·", "·", "·", ".", "•", ""]
# Uyghur and Kazakh given names are often compounds (Alimjan, Gulnur, Nurbek, Aygul): the
# generator builds some this way, so that the fictional population has a realistic number of
# distinct names rather than a short list's.
PREFIXES = {"m": ["Nur", "Ay"], "f": ["Nur", "Ay", "Gul"]}
SUFFIXES = {
    "ug": {"m": ["jan", "han"], "f": ["gul", "nur", "jan"]},
    "kk": {"m": ["zhan", "bek", "han"], "f": ["gul", "nur", "zhan"]},
}
COMPOUND = 0.5


def syllable_table() -> dict[str, dict[str, list[str]]]:
    """Return lang -> Latin syllable -> Han characters, from the Xinjiang standards' table."""
    text = resources.files("tugan.core.data").joinpath("name-syllables.tsv").read_text("utf-8")
    table: dict[str, dict[str, list[str]]] = {"ug": {}, "kk": {}}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, latin, han = line.split("\t")[:3]
        table.setdefault(lang, {})[latin] = han.split()
    return table


def to_han(name: str, lang: str, table: dict, rng: random.Random) -> str | None:
    """Return a Han transliteration of a Latin name part, syllable by syllable, or None."""
    syllables = table[lang] | {k: v for k, v in table["ug"].items() if k not in table[lang]}
    longest = max(len(key) for key in syllables)
    text, out, i = name.lower(), [], 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            chars = syllables.get(text[i : i + size])
            if chars:
                out.append(chars[0] if rng.random() < 0.7 else rng.choice(chars))
                i += size
                break
        else:
            return None
    return "".join(out)


def to_cyrillic(name: str) -> str:
    """Return a Kazakh Cyrillic spelling of a Latin name part."""
    text, out, i = name.lower(), [], 0
    while i < len(text):
        for latin, cyrillic in CYRILLIC:
            if text.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            i += 1
    return "".join(out).capitalize()


def latin_variant(name: str, rng: random.Random) -> str:
    """Return another common Latin spelling of a name part."""
    for old, new in rng.sample(LATIN_VARIANT_RULES, 2):
        if old in name.lower() and rng.random() < 0.6:
            name = name.lower().replace(old, new, 1).capitalize()
    return name


def typo(name: str, rng: random.Random) -> str:
    """Return the name part with one typing error: a letter dropped, doubled, swapped or wrong."""
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 1)
    kind = rng.random()
    if kind < 0.3:
        return name[:i] + name[i + 1 :]
    if kind < 0.5:
        return name[:i] + name[i] + name[i:]
    if kind < 0.8:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice("aeiouklmnrst") + name[i + 1 :]


def write_name(parts: list[str], lang: str, table, rng: random.Random, is_repeat: bool) -> str:
    """Return the person's name as one source writes it."""
    if is_repeat and rng.random() < SWAPPED:
        parts = list(reversed(parts))
    roll = rng.random()
    if roll < 0.35:
        han = [to_han(part, lang, table, rng) for part in parts]
        if all(han):
            return rng.choice(HAN_SEPARATORS).join(han)
    if roll > 0.8 and lang == "kk":
        return " ".join(to_cyrillic(part) for part in parts)
    written = [latin_variant(part, rng) if is_repeat else part for part in parts]
    if is_repeat and rng.random() < TYPO:
        i = rng.randrange(len(written))
        written[i] = typo(written[i], rng)
    return (" " if rng.random() < 0.9 else "-").join(written)


def compound_name(name: str, lang: str, sex: str, rng: random.Random) -> str:
    """Return the given name, or (half the time) a compound of it: Alim -> Alimjan, Nuralim."""
    suffixes = [suffix for suffix in SUFFIXES[lang][sex] if not name.endswith(suffix)]
    if rng.random() >= COMPOUND or not suffixes:
        return name
    if rng.random() < 0.75:
        return name + rng.choice(suffixes)
    return rng.choice(PREFIXES[sex]) + name.lower()


def fictional_resident_id(born: date, sex: str, rng: random.Random) -> str:
    """Return a fictional resident ID number with a valid GB 11643 check character."""
    sequence = rng.randrange(0, 100) * 10 + rng.choice(
        [1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]
    )
    first17 = f"6501{rng.randrange(1, 99):02d}{born:%Y%m%d}{sequence:03d}"
    return first17 + compute_check_character(first17)


def generate_persons(count: int, seed: int = 7) -> tuple[list[dict], list[int]]:
    """Return count fictional person rows and, for each, the id of the person it is."""
    rng = random.Random(seed)
    table, pool = syllable_table(), given_names()
    rows: list[dict] = []
    entity_of: list[int] = []
    entity = 0
    while len(rows) < count:
        entity += 1
        lang = "ug" if rng.random() < 0.6 else "kk"
        sex = "m" if rng.random() < 0.55 else "f"
        given = compound_name(rng.choice(rng.choice(pool[(lang, sex)])), lang, sex, rng)
        father = compound_name(rng.choice(rng.choice(pool[(lang, "m")])), lang, "m", rng)
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(65 * 365))
        hometown = f"Fictional County {rng.randrange(HOMETOWNS):03d}"
        resident_id = fictional_resident_id(born, sex, rng) if rng.random() < 0.2 else ""
        copies = 1
        if rng.random() < DUPLICATED:
            copies = 3 if rng.random() < TRIPLICATED else 2
        for copy in range(min(copies, count - len(rows))):
            repeat = copy > 0
            birth = born.isoformat()
            roll = rng.random()
            if roll < (MISSING_BIRTH_DATE if repeat else 0.05):
                birth = ""
            elif roll < (MISSING_BIRTH_DATE + YEAR_ONLY_BIRTH_DATE if repeat else 0.08):
                birth = str(born.year)
            rows.append(
                {
                    "id": f"R{len(rows) + 1}",
                    "name": write_name([given, father], lang, table, rng, repeat),
                    "birth_date": birth,
                    "gender": {"m": "male", "f": "female"}[sex],
                    "hometown": "" if repeat and rng.random() < MISSING_HOMETOWN else hometown,
                    "resident_id": resident_id if not repeat or rng.random() < 0.4 else "",
                }
            )
            entity_of.append(entity)
    return rows, entity_of


def true_pairs(rows: list[dict], entity_of: list[int]) -> set[tuple[str, str]]:
    """Return every pair of rows that are one person, each pair in sorted order."""
    members: dict[int, list[str]] = {}
    for row, entity in zip(rows, entity_of, strict=True):
        members.setdefault(entity, []).append(row["id"])
    return {
        tuple(sorted(pair))
        for ids in members.values()
        if len(ids) > 1
        for pair in combinations(ids, 2)
    }


def score(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict:
    """Return pairwise precision, recall and F1."""
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def quiet(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def link_with_tugan(rows: list[dict], engine: str) -> tuple[set, float]:
    started = time.perf_counter()
    names = compute_name_columns((row["name"] for row in rows), quiet)
    columns = prepare_rows(rows, "file", quiet, names)
    result = link_columns(columns, None, engine=engine, report=quiet)
    found = {tuple(sorted(pair[:2])) for pair in result.pairs}
    return found, time.perf_counter() - started


def link_with_plain_splink(rows: list[dict]) -> tuple[set, float]:
    """Return the pairs plain Splink finds with its default string comparisons, and the time."""
    import logging

    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.getLogger("splink").setLevel(logging.WARNING)
    started = time.perf_counter()
    table = pa.table(
        {
            "unique_id": [row["id"] for row in rows],
            "name": [row["name"] for row in rows],
            "birth_date": [row["birth_date"] or None for row in rows],
            "gender": [row["gender"] or None for row in rows],
            "hometown": [row["hometown"] or None for row in rows],
            "resident_id": [row["resident_id"] or None for row in rows],
        }
    )
    db_api = DuckDBAPI()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name"),
            cl.ExactMatch("birth_date"),
            cl.ExactMatch("gender"),
            cl.ExactMatch("hometown"),
            cl.ExactMatch("resident_id"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("substr(name, 1, 3)", "gender"),
            block_on("birth_date"),
            block_on("resident_id"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    linker = Linker(db_api.register(table), settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("name", "birth_date")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("substr(name, 1, 3)")
    )
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    found = {
        tuple(sorted((str(r["unique_id_l"]), str(r["unique_id_r"]))))
        for r in predictions.as_record_list()
    }
    return found, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=10_000, help="rows (default 10000)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    parser.add_argument("--no-baseline", action="store_true", help="skip plain Splink")
    parser.add_argument("--write-csv", help="also write the generated rows to this CSV file")
    arguments = parser.parse_args()

    rows, entity_of = generate_persons(arguments.persons, arguments.seed)
    truth = true_pairs(rows, entity_of)
    quiet(f"generated {len(rows):,} fictional rows of {entity_of[-1]:,} persons")
    if arguments.write_csv:
        import csv

        with open(arguments.write_csv, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    found, seconds = link_with_tugan(rows, arguments.engine)
    result = {
        "persons": len(rows),
        "entities": entity_of[-1],
        "true_pairs": len(truth),
        **score(found, truth),
        "seconds": round(seconds, 1),
    }
    if not arguments.no_baseline:
        quiet("plain Splink")
        found, seconds = link_with_plain_splink(rows)
        baseline = score(found, truth)
        result |= {f"splink_{key}": value for key, value in baseline.items()}
        result["splink_seconds"] = round(seconds, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
