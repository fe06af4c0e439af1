"""The comparison columns of each written name, for Splink: phonetic part keys and consonant
skeletons (which Han, Cyrillic and Latin spellings of one name share), computed once per
distinct part.
"""

import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from multiprocessing import get_context
from typing import Any, TypeVar

from tugan.core.linking.rows import Row, normalise_birth_date, normalise_gender
from tugan.core.names import name_keys, split_name_parts
from tugan.core.names.keys import BLOCKING_CONSONANTS, consonant_skeleton
from tugan.core.resident_id import valid_resident_id
from tugan.core.scripts import is_han

# A name part's phonetic keys and consonant skeletons.
PartColumns = tuple[tuple[str, ...], tuple[str, ...]]
# A written name's comparison columns: sorted part keys, sorted skeletons, the two joined
# skeletons, the first and last blocking keys, the part skeletons, the near skeletons, and
# whether it has Han characters.
NameColumns = tuple[
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    list[str],
    list[str],
    bool,
]
# Rows as the columns Splink reads, column name to values.
Columns = dict[str, list[Any]]
Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewest consonants a near skeleton keeps: fewer would put too many names in one block.
NEAR_CONSONANTS = 5
# From this many items on, pure Python work is spread over every core.
PARALLEL_FROM = 20_000


@lru_cache(maxsize=1_000_000)
def part_columns(part: str) -> PartColumns:
    """Return the phonetic keys and consonant skeletons of one name part (cached: parts repeat
    far more than whole names do)."""
    keys = name_keys(part)
    return tuple(keys.part_keys), tuple(keys.skeletons)


def name_columns(name: str) -> NameColumns:
    """Return the comparison columns of one written name (see columns_of_parts)."""
    return columns_of_parts(name, [part_columns(part) for part in split_name_parts(name)])


def columns_of_parts(name: str, parts: list[PartColumns]) -> NameColumns:
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


def map_on_all_cores(
    function: Callable[[Item], Result], items: list[Item], chunksize: int = 2000
) -> list[Result]:
    """Return [function(item) for item in items], computed in one process per core when there
    are many items (pure Python work: the names module holds the interpreter lock)."""
    cores = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or cores == 1:
        return [function(item) for item in items]
    with get_context("fork").Pool(cores) as pool:
        return pool.map(function, items, chunksize=chunksize)


def compute_name_columns(
    names: Iterable[str], report: Callable[[str], None]
) -> dict[str, NameColumns]:
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


def prepare_rows(
    rows: list[Row],
    dataset: str,
    report: Callable[[str], None],
    names: dict[str, NameColumns] | None = None,
) -> Columns:
    """Return the rows as columns for Splink, with the name keys computed."""
    names = (
        names
        if names is not None
        else compute_name_columns((row.get("name") or "" for row in rows), report)
    )
    columns: Columns = {
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
        columns["gender"].append(normalise_gender(row.get("gender")))
        columns["hometown"].append((row.get("hometown") or "").strip().casefold() or None)
        columns["resident_id"].append(valid_resident_id(row.get("resident_id")))
    return columns
