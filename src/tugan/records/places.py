"""Places in the database come from the gazetteer, created the first time a record names them."""

from tugan.accounts.roles import Confidentiality
from tugan.core.gazetteer import load_gazetteer
from tugan.records.models import Place


def get_or_create_place(key: str | None) -> Place | None:
    """Return the Place for a gazetteer key (with its parents), creating it on first use.

    Raises ValueError for a key the gazetteer does not know.
    """
    if not key:
        return None
    existing = Place.objects.filter(key=key).first()
    if existing is not None:
        return existing
    entry = load_gazetteer().get(key)
    if entry is None:
        raise ValueError(f"unknown place key {key!r}: not in the gazetteer")
    parent = get_or_create_place(entry.parent_key) if entry.parent_key else None
    place, _ = Place.objects.get_or_create(
        key=entry.key,
        defaults={
            "names": dict(entry.names),
            "level": entry.level,
            "parent": parent,
            "latitude": entry.latitude,
            "longitude": entry.longitude,
            "historical_codes": list(entry.historical_codes),
            "confidentiality": Confidentiality.PUBLIC,
            "is_published": True,
        },
    )
    return place
