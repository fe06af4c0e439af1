"""The gazetteer: places that reports name, keyed as shared/corpus/GOLD.md says.

Keys: `CN-` + a six-digit GB/T 2260 code for Chinese administrative units (`CN-654000`), ISO 3166-1
alpha-2 codes for countries (`KZ`), country code + "/" + English name for foreign cities
(`KZ/Almaty`) and for foreign first-level divisions, level "region" (a US or Australian state, a
Canadian province, a German Land, a Kazakh oblast: `US/Virginia`, `AU/Queensland`, `KZ/Akmola`),
`CN-XPCC`, `CN-XPCC-<division>` and `CN-XPCC-<division>-<regiment>` for the Xinjiang Production
and Construction Corps. The table is `data/gazetteer.tsv`.

A region's key is its bare English name, as annotators write it; where that name already keys a
city of the same country, the region adds the word English uses to tell them apart:
`US/Washington State` and `US/New York State` beside the cities `US/Washington` and
`US/New York`, `KZ/Almaty Region` beside `KZ/Almaty`. In text the longest name wins, so 华盛顿州
is the state and 华盛顿 the city. A foreign city's parent is its region where the gazetteer has
it (US/Fairfax in US/Virginia), else its country.
"""

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tugan.core.scripts import to_simplified

GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.tsv"
LANGUAGES = ("zh", "zh-Hant", "en", "kk", "ug", "ru")
LEVELS = ("country", "province", "prefecture", "county", "xpcc", "region", "city")


@dataclass(frozen=True)
class Place:
    key: str
    names: dict[str, str] = field(hash=False, compare=False)
    parent_key: str | None
    level: str
    latitude: float | None
    longitude: float | None
    historical_codes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """Return the Simplified Chinese name."""
        return self.names.get("zh", self.key)

    @property
    def code(self) -> str | None:
        """Return the GB/T 2260 code of a Chinese administrative unit, else None."""
        if self.key.startswith("CN-") and self.key[3:].isdigit():
            return self.key[3:]
        return None


def is_abroad(key: str | None) -> bool:
    """Return whether a place of residence is outside China ("CN" alone is China, unsaid
    where; no place is not known to be abroad)."""
    return key is not None and not key.startswith("CN")


def fold_place_name(name: str) -> str:
    """Return the form names are compared in: Simplified, no spaces, Latin case-folded."""
    return to_simplified("".join(name.split())).casefold()


def place_sound_key(name: str) -> str:
    """Return the Latin sound key of a place name in Latin, Cyrillic or Arabic script, else "".

    Шапшал, Чапчал and Chapchal share one key; Han names have none.
    """
    from tugan.core.names.spelling import fold_latin, romanize_arabic, romanize_cyrillic

    latin = romanize_arabic(romanize_cyrillic(name))
    if not any(character.isascii() and character.isalpha() for character in latin):
        return ""
    return fold_latin(latin).casefold()


class Gazetteer:
    """All places, with lookups by key, by name in any language, and by (historical) code."""

    def __init__(self, places: list[Place]) -> None:
        self._by_key = {place.key: place for place in places}
        self._by_name: dict[str, list[Place]] = {}
        self._by_code: dict[str, Place] = {}
        self._forms: list[tuple[Place, list[tuple[str, str]]]] | None = None
        for place in places:
            for name in (*place.names.values(), *place.aliases):
                if not name:
                    continue
                found = self._by_name.setdefault(fold_place_name(name), [])
                if place not in found:
                    found.append(place)
            if place.code:
                self._by_code[place.code] = place
        for place in places:
            for code in place.historical_codes:
                self._by_code.setdefault(code, place)

    @property
    def places(self) -> Iterator[Place]:
        """Return an iterator over every place."""
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> Place | None:
        """Return the place with this key, or None."""
        return self._by_key.get(key)

    def find(self, name: str) -> list[Place]:
        """Return the places with this name in any language or script (伊犁 -> [CN-654000])."""
        return list(self._by_name.get(fold_place_name(name), ()))

    def names(self) -> dict[str, list[Place]]:
        """Return every folded name with the places it names (for text matching)."""
        return self._by_name

    def by_code(self, code: str) -> Place | None:
        """Return the place for a current or historical GB/T 2260 code, or None."""
        return self._by_code.get(code)

    def _search_forms(self) -> list[tuple[Place, list[tuple[str, str]]]]:
        """Return each place with the folded and sound-key forms of its names (computed once)."""
        if self._forms is None:
            self._forms = [
                (
                    place,
                    [
                        (fold_place_name(name), place_sound_key(name))
                        for name in (*place.names.values(), *place.aliases)
                        if name
                    ],
                )
                for place in self._by_key.values()
            ]
        return self._forms

    def search(self, query: str, limit: int = 10) -> list[Place]:
        """Return places whose name in any language starts with or contains the query.

        Names are compared folded (Simplified, no spaces, case-folded) and also by their
        Latin sound key, so a Latin spelling finds a Cyrillic or Arabic-script name:
        "Chapchal" finds CN-654022 through its Russian name Чапчал.
        """
        folded = fold_place_name(query)
        if not folded:
            return []
        sound = place_sound_key(query)
        ranked: dict[str, tuple[int, int, int, Place]] = {}
        for place, forms in self._search_forms():
            best = None
            for name_folded, name_sound in forms:
                if name_folded == folded:
                    rank = 0
                elif name_folded.startswith(folded):
                    rank = 1
                elif sound and name_sound.startswith(sound):
                    rank = 2
                elif len(folded) > 1 and folded in name_folded:
                    rank = 3
                else:
                    continue
                best = rank if best is None else min(best, rank)
            if best is not None:
                # Counties before prefectures before countries: field reports name hometowns;
                # at one depth a city before a region (Almaty before Almaty Region).
                depth = len(self.parents(place))
                ranked[place.key] = (best, -depth, -LEVELS.index(place.level), place)
        return [entry[3] for entry in sorted(ranked.values(), key=lambda e: e[:3])][:limit]

    def parents(self, place: Place) -> list[Place]:
        """Return the chain of places above place, nearest first."""
        chain: list[Place] = []
        key = place.parent_key
        while key and (parent := self._by_key.get(key)) and parent not in chain:
            chain.append(parent)
            key = parent.parent_key
        return chain


def parse_float(value: str) -> float | None:
    """Return a float, or None for an empty cell."""
    return float(value) if value.strip() else None


def read_places(path: Path) -> list[Place]:
    """Return the places in a gazetteer TSV file (header comment lines start with '#')."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Place(
                key=row["key"],
                names={language: row[language] for language in LANGUAGES if row[language]},
                parent_key=row["parent"] or None,
                level=row["level"],
                latitude=parse_float(row["latitude"]),
                longitude=parse_float(row["longitude"]),
                historical_codes=tuple(filter(None, row["historical_codes"].split(","))),
                aliases=tuple(filter(None, row["aliases"].split(";"))),
            )
            for row in reader
        ]


@cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer shipped in data/gazetteer.tsv (read once, then cached)."""
    return Gazetteer(read_places(GAZETTEER_PATH))


def place_for_county_code(code: str) -> Place | None:
    """Return the place a current or superseded GB/T 2260 code names ("654101" -> 伊宁市).

    Resident ID numbers keep the code of the county that issued them, which may since have been
    renamed or merged; the current successor is returned.
    """
    return load_gazetteer().by_code(code)
