"""Fictional distractor names: plausible Uyghur and Kazakh Latin names for ranking benchmarks."""

import random
from collections.abc import Set
from functools import cache
from importlib import resources


@cache
def given_names() -> dict[tuple[str, str], list[list[str]]]:
    """Return (group, sex) -> list of each given name's spellings, from data/name-pool.tsv."""
    text = resources.files("tugan.core.data").joinpath("name-pool.tsv").read_text("utf-8")
    names: dict[tuple[str, str], list[list[str]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("group\t"):
            continue
        group, sex, spellings = line.split("\t")
        names.setdefault((group, sex), []).append(list(dict.fromkeys(spellings.split("|"))))
    return names


def generate_distractors(count: int, seed: int = 5, exclude: Set[str] = frozenset()) -> list[str]:
    """Return count distinct fictional names "Given Father" (Kazakh ones sometimes with -uly/-ev).

    The same seed gives the same list. Names in exclude are never returned.
    """
    rng = random.Random(seed)
    names = given_names()
    result: dict[str, None] = {}
    attempts = 0
    while len(result) < count and attempts < count * 50:
        attempts += 1
        group = "ug" if rng.random() < 0.65 else "kk"
        sex = "m" if rng.random() < 0.6 else "f"
        given = rng.choice(rng.choice(names[(group, sex)]))
        # The second part is the father's given name.
        father = rng.choice(rng.choice(names[(group, "m")]))
        if given == father:
            continue
        if group == "kk":
            roll = rng.random()
            if roll < 0.15:
                father += "uly"
            elif roll < 0.3:
                father += "ov" if father[-1] not in "aeiouy" else "yev"
        name = f"{given} {father}" if rng.random() < 0.85 else f"{father} {given}"
        if name not in exclude:
            result[name] = None
    return list(result)
