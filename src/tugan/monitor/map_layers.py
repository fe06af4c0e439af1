"""The map page's read function: a value per prefecture or county, and the places abroad."""

from typing import Any

from django.db.models import Count

from tugan.accounts.models import AnyUser
from tugan.monitor.contact_states import MonitorFilters, read_monitor
from tugan.monitor.derived import audience_of
from tugan.monitor.models import StatisticsCount
from tugan.monitor.statistics import StatisticsFilters, count_records
from tugan.monitor.suppression import (
    fewer_than,
    is_public_viewer,
    is_small,
    suppression_threshold,
)
from tugan.records.models import Person, Place


def read_share_by_prefecture(user: AnyUser, ethnicity: str) -> dict[str, float | str]:
    """Return each prefecture's share of families reachable in the latest year it has."""
    result = read_monitor(user, MonitorFilters(period="year", ethnicity=ethnicity))
    latest: dict[str, str] = {}
    for cell in result["cells"]:
        latest[cell["place"]] = max(latest.get(cell["place"], ""), cell["period"])
    totals: dict[str, list[int]] = {}  # reachable, families, whether any cell was hidden
    for cell in result["cells"]:
        if cell["period"] != latest[cell["place"]]:
            continue
        total = totals.setdefault(cell["place"], [0, 0, False])
        if cell["share_reachable"] is None:
            total[2] = True
            continue
        total[0] += cell["reachable"]
        total[1] += cell["families"]
    shares: dict[str, float | str] = {}
    for place, (reachable, families, hidden) in totals.items():
        if families:
            shares[place] = reachable / families
        elif hidden:
            shares[place] = fewer_than(suppression_threshold())
    return shares


def read_places_abroad(
    user: AnyUser,
) -> list[tuple[str, float | None, float | None, float | str]]:
    """Return where relatives abroad live: (place key, longitude, latitude, persons).

    A place without coordinates (a country known only by its name) gives None there.
    """
    audience = audience_of(user)
    if audience is not None:
        kept = dict(
            StatisticsCount.objects.filter(audience=audience, cube="residences").values_list(
                "residence", "n"
            )
        )
        rows = [
            (key, longitude, latitude, kept[key])
            for key, longitude, latitude in Place.objects.filter(key__in=kept).values_list(
                "key", "longitude", "latitude"
            )
        ]
    else:
        rows = list(
            Person.objects.visible_to(user)
            .filter(merged_into__isnull=True, residence__isnull=False)
            .exclude(residence__key__startswith="CN")
            .order_by()
            .values_list("residence__key", "residence__longitude", "residence__latitude")
            .annotate(n=Count("id"))
        )
    threshold = suppression_threshold() if is_public_viewer(user) else None
    places = []
    for key, longitude, latitude, count in rows:
        shown: float | str = count
        if threshold is not None and is_small(count, threshold):
            shown = fewer_than(threshold)
        places.append((key, longitude, latitude, shown))
    # Most relatives first; hidden small counts last.
    return sorted(
        places, key=lambda place: (isinstance(place[3], str), -_number(place[3]), place[0])
    )


def _number(count: float | str) -> float:
    return 0 if isinstance(count, str) else count


def read_map(
    user: AnyUser, measure: str, level: str, event_type: str, ethnicity: str
) -> dict[str, Any]:
    """Return the map's values by area key, the places abroad, and the suppression threshold."""
    if measure == "share":
        level = "prefecture"  # the monitor counts families by prefecture
        values = read_share_by_prefecture(user, ethnicity)
    else:
        filters = StatisticsFilters(
            type=event_type if measure == "events" else "", ethnicity=ethnicity
        )
        result = count_records(user, [level], filters, measure)
        values = {row[level]: row["count"] for row in result["rows"]}
    return {
        "values": values,
        "level": level,
        "measure": measure,
        "abroad": read_places_abroad(user),
        "threshold": suppression_threshold() if is_public_viewer(user) else None,
    }
