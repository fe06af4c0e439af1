"""Fictional families cut off from their relatives abroad, written as a person CSV.

Built to show a change like the one in the report Tugan was founded on: Kazakh families in
Ili cut off in 2017–18 and, for most of them, reachable again by WeChat from February 2021,
while Uyghur families in Kashgar stay cut off. Every person here is invented: names are drawn
from common given names (tugan/core/data/name-pool.tsv) and describe no real individual.
The same file feeds `tugan demo` and the monitor's tests, which import it with the real
person CSV importer (docs/import-csv.md).
"""

import csv
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from tugan.core.gazetteer import GAZETTEER_PATH

NAME_POOL_PATH = GAZETTEER_PATH.parent / "name-pool.tsv"

ILI_COUNTIES = (
    "CN-654002", "CN-654021", "CN-654022", "CN-654023", "CN-654024", "CN-654025",
    "CN-654026", "CN-654027", "CN-654028",
)  # fmt: skip
KASHGAR_COUNTIES = (
    "CN-653101", "CN-653121", "CN-653122", "CN-653123", "CN-653124", "CN-653125",
    "CN-653126", "CN-653127", "CN-653128", "CN-653129", "CN-653130",
)  # fmt: skip
COLUMNS = (
    "id", "name", "gender", "birth_date", "ethnicity", "hometown", "residence", "events",
    "relatives", "confidentiality",
)  # fmt: skip


@dataclass(frozen=True)
class FamilyGroup:
    """How many families of one ethnicity and region, and what happened to them."""

    prefix: str
    ethnicity: str
    names: str  # name pool group: kk or ug
    counties: tuple[str, ...]
    abroad: tuple[str, ...]
    families: int
    lost_years: tuple[int, ...]
    restored: int = 0  # how many are reachable again
    restored_month: str = ""


FOUNDING_REPORT_GROUPS = (
    FamilyGroup(
        "K", "kazakh", "kk", ILI_COUNTIES, ("KZ/Almaty", "KZ/Zharkent", "KZ/Taldykorgan"),
        families=120, lost_years=(2017, 2018), restored=70, restored_month="2021-02",
    ),
    FamilyGroup(
        "U", "uyghur", "ug", KASHGAR_COUNTIES, ("TR/Istanbul", "KZ/Almaty", "DE/Munich"),
        families=100, lost_years=(2017, 2018),
    ),
)  # fmt: skip
# Only in the demo: a group too small to publish, so the public pages show suppression.
SMALL_GROUP = FamilyGroup(
    "Q", "kyrgyz", "kk", ("CN-653000",), ("KG",), families=3, lost_years=(2018,)
)


@dataclass
class FamiliesCsv:
    text: str
    # (type, year or "unknown") of every event planted, for checking the statistics.
    events: list[tuple[str, str]] = field(default_factory=list)


def read_name_pool() -> dict[tuple[str, str], list[str]]:
    """Return the pool's given names by (group, sex), first spelling only."""
    pool: dict[tuple[str, str], list[str]] = {}
    with NAME_POOL_PATH.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            pool.setdefault((row["group"], row["sex"]), []).append(row["name"].split("|")[0])
    return pool


def family_rows(
    group: FamilyGroup,
    pool: dict[tuple[str, str], list[str]],
    rng: random.Random,
    level: str,
    planted: list[tuple[str, str]],
) -> Iterator[dict[str, str]]:
    """Yield two rows per family: the relative inside, and a relative abroad reporting on them."""
    for number in range(1, group.families + 1):
        inside = f"{group.prefix}-{number:03d}"
        sex = rng.choice(("m", "f"))
        given = rng.choice(pool[(group.names, sex)])
        father = rng.choice(pool[(group.names, "m")])
        year = group.lost_years[number % len(group.lost_years)]
        # Dates at every precision: a month, a year only, a day.
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        lost = (f"{year}-{month:02d}", f"{year}", f"{year}-{month:02d}-{day:02d}")[number % 3]
        events = [f"contact_lost {lost}"]
        planted.append(("contact_lost", str(year)))
        if number % 4 == 0:
            events.append(f"detained {year - 1 if year > 2017 else year}")
            planted.append(("detained", str(year - 1 if year > 2017 else year)))
        if number % 10 == 0:
            events.append("sentenced 2019 10y")
            planted.append(("sentenced", "2019"))
        if number % 25 == 0:
            events.append("disappeared")
            planted.append(("disappeared", "unknown"))
        if number <= group.restored:
            restored_day = f"-{rng.randint(1, 28):02d}" if number % 2 else ""
            events.append(f"contact_restored {group.restored_month}{restored_day}")
            planted.append(("contact_restored", group.restored_month[:4]))
        yield {
            "id": inside,
            "name": f"{given} {father}",
            "gender": {"m": "male", "f": "female"}[sex],
            "birth_date": str(rng.randint(1940, 1995)),
            "ethnicity": group.ethnicity,
            "hometown": rng.choice(group.counties),
            "residence": "",
            "events": "|".join(events),
            "relatives": "",
            "confidentiality": level,
        }
        abroad_sex = rng.choice(("m", "f"))
        yield {
            "id": f"{inside}A",
            "name": f"{rng.choice(pool[(group.names, abroad_sex)])} {given}",
            "gender": {"m": "male", "f": "female"}[abroad_sex],
            "birth_date": str(rng.randint(1970, 2000)),
            "ethnicity": group.ethnicity,
            "hometown": rng.choice(group.counties),
            "residence": rng.choice(group.abroad),
            "events": "",
            "relatives": f"{'father' if sex == 'm' else 'mother'}:{inside}",
            "confidentiality": level,
        }


def build_families_csv(
    groups: tuple[FamilyGroup, ...] = FOUNDING_REPORT_GROUPS,
    level: str = "restricted",
    seed: int = 2021,
) -> FamiliesCsv:
    """Return the fictional families as a person CSV, with the events it plants."""
    pool = read_name_pool()
    rng = random.Random(seed)
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    planted: list[tuple[str, str]] = []
    for group in groups:
        writer.writerows(family_rows(group, pool, rng, level, planted))
    return FamiliesCsv(output.getvalue(), planted)
