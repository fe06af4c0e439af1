"""Which prefecture a place rolls up to (GB/T 2260: a county belongs to its prefecture)."""

from functools import cache

from tugan.core.gazetteer import load_gazetteer
from tugan.records.models import Place

UNKNOWN = "unknown"


@cache
def prefecture_of_key(key: str) -> str:
    """Return the prefecture key a place key rolls up to, the key itself when it is one.

    A county-level unit without a prefecture above it (the XPCC's cities under the region)
    stands for itself; a province, a country or a foreign city has no prefecture: "unknown".
    """
    gazetteer = load_gazetteer()
    place = gazetteer.get(key)
    if place is None or not key.startswith("CN-"):
        return UNKNOWN
    if place.level == "prefecture":
        return key
    for parent in gazetteer.parents(place):
        if parent.level == "prefecture":
            return parent.key
    return key if place.level in ("county", "xpcc") else UNKNOWN


@cache
def county_of_key(key: str) -> str:
    """Return the county-level unit a place key lies in (itself for a county), or "unknown"."""
    gazetteer = load_gazetteer()
    place = gazetteer.get(key)
    if place is None or not key.startswith("CN-"):
        return UNKNOWN
    if place.level in ("county", "xpcc"):
        return key
    for parent in gazetteer.parents(place):
        if parent.level in ("county", "xpcc"):
            return parent.key
    return UNKNOWN


def place_keys_by_id() -> dict[int, str]:
    """Return every stored place's key by its database id (a few hundred rows)."""
    return dict(Place.objects.values_list("id", "key"))


def is_inside(key: str | None) -> bool:
    """Return whether a place key is in China (where the relatives inside live)."""
    return key is not None and key.startswith("CN-")


# A protest or a threat against a person living abroad happened where they live, not at the
# hometown they left: with no place of its own, the statistics count it under "unknown".
ACTS_WHERE_ONE_LIVES = frozenset({"protested", "threatened"})


def prefecture_name(key: str) -> str:
    """Return a prefecture's English name from the gazetteer, or its key."""
    place = load_gazetteer().get(key)
    return place.names.get("en", key) if place else key
