"""What the monitor, statistics and map pages draw from their read functions' results."""

import re
from collections import defaultdict
from collections.abc import Callable, Container
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from tugan.core.gazetteer import load_gazetteer
from tugan.core.periods import period_start, periods_between
from tugan.core.public_ids import ID_DIGITS, PERSON_ID_PREFIX, SOURCE_ID_PREFIX
from tugan.core.xinjiang_map import load_map_areas, make_frame
from tugan.monitor.charts import (
    EMPTY,
    HIDDEN,
    Bar,
    GridCell,
    Line,
    MapPoint,
    MapShape,
    bar_chart,
    choropleth,
    count_colour,
    count_legend,
    escape,
    share_colour,
    share_grid,
    share_lines,
)
from tugan.monitor.contact_states import MonitorFilters
from tugan.monitor.forms import LEVELS
from tugan.monitor.regions import UNKNOWN
from tugan.records.choices import Channel, Ethnicity, EventType, Gender, Relation
from tugan.records.models import Place

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

MAP_WIDTH = 760.0
MOST_LINES = 8
# The grid and its table show the largest groups; the CSV download has every cell.
MOST_GROUPS = 16


def ethnicity_label(value: str) -> str:
    if not value:
        return _("all ethnicities")
    return str(dict(Ethnicity.choices).get(value, _("unknown")))


def place_label(key: str) -> str:
    if not key:
        return _("all prefectures")
    return _("unknown") if key == UNKNOWN else area_label(key)


def group_label(ethnicity: str, place: str) -> str:
    """Return a group's name ("Kazakh · Ili"); an unknown part says which part is unknown
    ("Kazakh · unknown" read as a place, or a kind of Kazakh)."""
    who = _("ethnicity unknown") if ethnicity == UNKNOWN else ethnicity_label(ethnicity)
    where = _("prefecture unknown") if place == UNKNOWN else place_label(place)
    return f"{who} · {where}"


def cell_text(cell: dict[str, Any]) -> str:
    """Return a cell's numbers as the hover text and tables say them (kept in the cell)."""
    if "text" not in cell:
        cell["text"] = describe_numbers(cell)
    text: str = cell["text"]
    return text


@lru_cache(maxsize=16)
def cell_templates(language: str | None) -> tuple[str, str]:
    """Return the two ways a cell is described, translated once per language."""
    hidden = _("%(period)s: %(families)s families, counts hidden (fewer than %(n)s)")
    shown = _(
        "%(period)s: %(reachable)s of %(families)s families reachable, %(share).0f%% "
        "(95%% interval %(low).0f–%(high).0f%%)"
    )
    return hidden, shown


def describe_numbers(cell: dict[str, Any]) -> str:
    period = cell["period"]
    hidden, shown = cell_templates(get_language())
    if cell["share_reachable"] is None:
        return hidden % {
            "period": period,
            "families": cell["families"],
            "n": cell["reachable"].lstrip("<"),
        }
    text = shown % {
        "period": period,
        "reachable": cell["reachable"],
        "families": cell["families"],
        "share": cell["share_reachable"] * 100,
        "low": cell["low"] * 100,
        "high": cell["high"] * 100,
    }
    return text + describe_dated_by_source(cell["dated_by_source"])


def describe_dated_by_source(count: int | str) -> str:
    """Return how many of a cell's families are in the state an undated report gave them,
    dated by its source's publication day (nothing when none; "<5" when hidden)."""
    if not count:
        return ""
    # A hidden count ("<5") takes the plural its threshold takes.
    number = count if isinstance(count, int) else int(count.lstrip("<"))
    said = ngettext(
        "%(count)s family dated by the source's publication day",
        "%(count)s families dated by the source's publication day",
        number,
    )
    return "; " + said % {"count": count}


def families_link(base: str, filters: MonitorFilters, ethnicity: str, place: str) -> str:
    """Return the link to a group's families, to be ended with a period (2021-02)."""
    query = {"period": filters.period, "ethnicity": ethnicity, "place": place}
    if filters.channel:
        query["channel"] = filters.channel
    return base + "?" + urlencode(query) + "&cell_period="


def cells_table(
    groups: list[tuple[str, list[dict[str, Any]]]], flagged: Container[tuple[str, str, str]]
) -> SafeString:
    """Return the cells as one HTML table per group (built here: thousands of rows are slow
    through the template engine)."""
    head = "".join(
        f'<th scope="col">{escape(label)}</th>'
        for label in (
            _("Period"),
            _("Families"),
            _("Reachable"),
            _("Cut off"),
            # xgettext:no-python-format
            _("Share reachable (95% interval)"),
        )
    )
    flag_class = ' class="flag"'
    parts = []
    for label, cells in groups:
        parts.append(f"<h3>{escape(label)}</h3><table><thead><tr>{head}</tr></thead><tbody>")
        for cell in cells:
            key = (cell["ethnicity"], cell["place"], cell["period"])
            shown = (
                f'<span class="suppressed">{escape(_("hidden"))}</span>'
                if cell["suppressed"]
                else escape(cell_text(cell))
            )
            parts.append(
                f'<tr{flag_class if key in flagged else ""}><td class="date">{cell["period"]}</td>'
                f"<td>{escape(cell['families'])}</td><td>{escape(cell['reachable'])}</td>"
                f"<td>{escape(cell['cut_off'])}</td><td>{shown}</td></tr>"
            )
        parts.append("</tbody></table>")
    return mark_safe("".join(parts))


def public_id_links(view: str, id_prefix: str) -> Callable[[str], str]:
    """Return a function giving the path of a view by public id ("TG-000123"), as reverse()
    gives it, from one call of reverse(): a page of a thousand families would otherwise make
    a thousand. An id the path converter refuses raises NoReverseMatch, as reverse() does."""
    sample = id_prefix + "0" * 12
    before, after = reverse(view, args=[sample]).split(sample)
    pattern = re.compile(id_prefix + ID_DIGITS)  # the path converter's (tugan.public_ids)

    def link(public_id: str) -> str:
        if not pattern.fullmatch(public_id):
            raise NoReverseMatch(f"{view}: {public_id!r} is not a public id its path takes")
        return before + quote(public_id, safe=RFC3986_SUBDELIMS + "/~:@") + after

    return link


def families_rows(families: list[dict[str, Any]]) -> SafeString:
    """Return the rows of the families behind a cell, as the template wrote them (built here:
    a thousand rows are slow through the template engine)."""
    person_link = public_id_links("records:person-detail", PERSON_ID_PREFIX)
    source_link = public_id_links("sources:source-detail", SOURCE_ID_PREFIX)
    unnamed = escape(_("a person not named here"))
    states = {"reachable": escape(_("reachable")), "cut_off": escape(_("cut off"))}
    dated_note = escape(_("undated; the source's publication day"))
    dated_by_source = f' <span class="muted">({dated_note})</span>'
    parts = []
    for family in families:
        relation = escape(dict(Relation.choices).get(family["relation"], family["relation"]))
        if family["person"]:
            try:
                href = person_link(family["person"])
            except NoReverseMatch:
                href = ""  # as {% url ... as href %} leaves it
            name = escape(family["name"] or family["person"])
            if family["kind"] == "relative":
                who = _('%(relation)s of <a href="%(href)s">%(name)s</a>') % {
                    "relation": relation,
                    "href": escape(href),
                    "name": name,
                }
            else:
                who = f'<a href="{escape(href)}">{name}</a>'
        elif family["kind"] == "relative":
            who = _("a %(relation)s of a person not named here") % {"relation": relation}
        else:
            who = unnamed
        abroad = ", ".join(
            f'<a href="{escape(person_link(relative["person"]))}">'
            f"{escape(relative['name'] or relative['person'])}</a> "
            f'<span class="muted">({escape(relative["place"])})</span>'
            for relative in family["abroad"]
        )
        sources = "".join(
            f'<a href="{escape(source_link(source))}">{escape(source)}</a> '
            for source in family["sources"]
        )
        state = states["reachable"] if family["state"] == "reachable" else states["cut_off"]
        date = f'<span class="date">{escape(family["date"])}</span>' + (
            dated_by_source if family["dated_by_source"] else ""
        )
        parts.append(
            f"\n  <tr>\n    <td>{who}</td>\n    <td>{abroad or '—'}</td>\n    <td>{state}</td>"
            f"\n    <td>{date}</td>\n    <td>{sources or '—'}</td>\n  </tr>\n  "
        )
    return mark_safe("".join(parts))


def monitor_charts(result: dict[str, Any]) -> dict[str, Any]:
    """Return the grid, the lines and the grouped table rows of a monitor result."""
    filters: MonitorFilters = result["filters"]
    cells = result["cells"]
    labelled = {
        "changes": [
            {**change, "group": group_label(change["ethnicity"], change["place"])}
            for change in result["changes"]
        ],
        "signals": [
            {
                **signal,
                "group": group_label(signal["ethnicity"], signal["place"]),
                "type_label": dict(EventType.choices)[signal["type"]],
                "channel_label": dict(Channel.choices).get(signal["channel"], signal["channel"]),
            }
            for signal in result["signals"]
        ],
    }
    if not cells:
        return {"grid": None, "lines": None, "table": "", **labelled}
    periods = sorted({cell["period"] for cell in cells} | {s["period"] for s in result["signals"]})
    columns = list(
        periods_between(period_start(periods[0]), period_start(periods[-1]), filters.period)
    )
    index = {period: j for j, period in enumerate(columns)}
    by_group: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for cell in cells:
        by_group[(cell["ethnicity"], cell["place"])][cell["period"]] = cell
    flagged = {(c["ethnicity"], c["place"], c["period"]): c for c in result["changes"]}

    def size(group: tuple[str, str]) -> int:
        latest = by_group[group][max(by_group[group])]
        return latest["families"] if isinstance(latest["families"], int) else 0

    every_group = sorted(by_group, key=lambda group: (-size(group), group))
    groups = every_group[:MOST_GROUPS]
    rows = [group_label(*group) for group in groups]

    base = reverse("monitor:cell-families")
    links = {group: families_link(base, filters, *group) for group in groups}

    def cell_at(i: int, j: int) -> GridCell | None:
        group = groups[i]
        cell = by_group[group].get(columns[j])
        if cell is None:
            return None
        return GridCell(
            share=cell["share_reachable"],
            label=f"{rows[i]}, {cell_text(cell)}",
            link=links[group] + cell["period"],
            flagged=(*group, cell["period"]) in flagged,
        )

    grid = share_grid(rows, columns, cell_at, _("Share of families reachable, by group and period"))
    lines = []
    for i, group in enumerate(groups[:MOST_LINES]):
        label = rows[i]
        points = [
            (index[period], cell["share_reachable"], f"{label}, {cell_text(cell)}")
            for period, cell in sorted(by_group[group].items())
            if cell["share_reachable"] is not None
        ]
        flags = [
            (
                index[change["period"]],
                change["share_after"],
                _("%(group)s: change in %(period)s, %(before)s → %(after).0f%%")
                % {
                    "group": label,
                    "period": change["period"],
                    "before": _("hidden")
                    if change["share_before"] is None
                    else f"{change['share_before']:.0%}",
                    "after": change["share_after"] * 100,
                },
            )
            for key, change in flagged.items()
            if key[:2] == group
        ]
        lines.append(Line(label, points, flags))
    signals = [
        (
            index[signal["period"]],
            _("%(date)s: %(group)s, %(type)s (group report)")
            % {
                "date": signal["date"],
                "group": group_label(signal["ethnicity"], signal["place"]),
                "type": dict(EventType.choices)[signal["type"]],
            },
            reverse("sources:source-detail", args=[signal["source"]]) if signal["source"] else "",
        )
        for signal in result["signals"]
        if signal["period"] in index
    ]
    line_chart = share_lines(
        columns, lines, signals, _("Share of families reachable over time, by group")
    )
    table = cells_table(
        [
            (rows[i], [by_group[group][p] for p in sorted(by_group[group])])
            for i, group in enumerate(groups)
        ],
        set(flagged),
    )
    return {
        **labelled,
        "more_groups": len(every_group) - len(groups),
        "grid": grid,
        "lines": line_chart,
        "table": table,
        "legend": [(share_colour(s), f"{s:.0%}") for s in (0, 0.25, 0.5, 0.75, 1)]
        + [(HIDDEN, _("hidden (few families)"))],
    }


FIELD_LABELS: dict[str, Callable[[str], str]] = {
    "type": lambda value: str(dict(EventType.choices).get(value, value)),
    "ethnicity": ethnicity_label,
    "prefecture": place_label,
    "gender": lambda value: str(dict(Gender.choices).get(value, value)),
}


def value_label(field: str, value: str) -> str:
    if value == UNKNOWN:
        return _("date unknown") if field in ("year", "month") else _("unknown")
    return FIELD_LABELS.get(field, str)(value)


def shown_count(count: float | str, threshold: int | None) -> tuple[float | None, str]:
    """Return a count as a bar value and text; a hidden one has no value."""
    if isinstance(count, str):
        return None, _("fewer than %(n)s") % {"n": threshold}
    return count, f"{round(count, 2):g}" if isinstance(count, float) else str(count)


def field_header(field: str) -> str:
    """Return the heading of a statistics table's first column: what it counts by."""
    headers = {
        "type": _("Event"),
        "year": _("Year"),
        "month": _("Month"),
        "ethnicity": _("Ethnicity"),
        "prefecture": _("Prefecture"),
        "gender": _("Gender"),
    }
    return headers.get(field, field)


def statistics_chart(result: dict[str, Any], field: str, title: "StrOrPromise") -> dict[str, Any]:
    """Return one statistics chart (one field) with its table rows."""
    bars = []
    counts = {row[field]: row["count"] for row in result["rows"]}
    keys = list(counts)
    if field in ("year", "month"):
        # Every period from the first to the last, so an empty stretch shows as empty.
        known = sorted(key for key in keys if key != UNKNOWN)
        if known:
            unit = "year" if field == "year" else "month"
            keys = list(periods_between(period_start(known[0]), period_start(known[-1]), unit))
            keys += [UNKNOWN] if UNKNOWN in counts else []
    for key in keys:
        value, shown = shown_count(counts.get(key, 0), result["threshold"])
        bars.append(Bar(value_label(field, key), value, shown))
    return {
        "field": field,
        "header": field_header(field),
        "title": title,
        "svg": bar_chart(bars, title) if bars else None,
        "rows": bars,
        "threshold": result["threshold"],
    }


def area_label(key: str) -> str:
    """Return an area's name in the page's language, as every place is named on the pages."""
    entry = load_gazetteer().get(key)
    return Place(key=key, names=entry.names).display_name if entry else key


def map_chart(
    values: dict[str, float | str],
    level: str,
    measure: str,
    points: list[tuple[str, float | None, float | None, float | str]],
    threshold: int | None,
) -> dict[str, Any]:
    """Return the map of Xinjiang with each area coloured by its value, and the points abroad."""
    frame = make_frame(MAP_WIDTH)
    areas = [area for area in load_map_areas(MAP_WIDTH) if area.level == level]
    outlines = [area.path for area in load_map_areas(MAP_WIDTH) if area.level == "prefecture"]
    # The colours span the areas drawn: not the events of no known place ("unknown"), which
    # no area shows.
    numbers = [values.get(area.key, 0) for area in areas]
    maximum = max((n for n in numbers if not isinstance(n, str)), default=0)
    shapes = []
    rows = []
    for area in areas:
        value = values.get(area.key, 0)
        name = area_label(area.key)
        if isinstance(value, str):
            colour, shown = HIDDEN, _("fewer than %(n)s") % {"n": threshold}
        elif measure == "share":
            known = area.key in values
            colour = share_colour(value) if known else EMPTY
            shown = f"{value:.0%}" if known else _("no families reported")
        else:
            colour, shown = count_colour(value, maximum), f"{value:g}"
        shapes.append(MapShape(area.key, area.path, colour, f"{name}: {shown}"))
        rows.append({"key": area.key, "name": name, "shown": shown})
    drawn = []
    beyond = []
    largest = max((p[3] for p in points if not isinstance(p[3], str)), default=1) or 1
    for key, longitude, latitude, count in points:
        shown = _("fewer than %(n)s") % {"n": threshold} if isinstance(count, str) else f"{count:g}"
        label = _("%(place)s: %(count)s relatives abroad") % {
            "place": area_label(key),
            "count": shown,
        }
        on_map = (
            longitude is not None and latitude is not None and frame.contains(longitude, latitude)
        )
        if on_map:
            assert longitude is not None and latitude is not None  # on_map says so
            x, y = frame.project(longitude, latitude)
            size = 3 if isinstance(count, str) else 3 + 9 * (count / largest) ** 0.5
            drawn.append(MapPoint(x, y, size, label))
        beyond.append(
            {
                "key": key,
                "name": area_label(key),
                "shown": shown,
                "on_map": on_map,
            }
        )
    if measure == "share":
        legend = [(share_colour(s), f"{s:.0%}") for s in (0, 0.5, 1)]
    else:
        legend = count_legend(maximum, lowest=threshold or 1)
    legend.append((EMPTY, _("none reported")))
    if threshold is not None:
        legend.append((HIDDEN, _("fewer than %(n)s") % {"n": threshold}))
    title = _("Map of Xinjiang's %(areas)s") % {"areas": dict(LEVELS)[level]}
    svg = choropleth(frame.width, frame.height, shapes, outlines, drawn, legend, title)
    return {"svg": svg, "rows": sorted(rows, key=lambda r: r["name"]), "points": beyond}
