"""Charts drawn on the server as SVG: no JavaScript, nothing loaded from elsewhere.

Colours are SVG attributes (not inline styles), so the strict Content-Security-Policy holds.
Every chart has a <title> and a table beside it in the template for screen readers; the
numbers also show on hover through each shape's <title>.
"""

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Diverging, colour-blind safe (ColorBrewer RdBu): cut off (red) to reachable (blue).
SHARE_STOPS = ((0.0, (178, 24, 43)), (0.5, (247, 247, 247)), (1.0, (33, 102, 172)))
# Sequential (ColorBrewer YlOrRd, 5 classes) for counts.
COUNT_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
EMPTY = "#e6e6e6"
HIDDEN = "#bdbdbd"


def escape(value: object) -> str:
    """Return the text with HTML's special characters escaped, as django.utils.html.escape
    does, without its wrapper for lazy strings: that costs more than the escaping itself on
    a grid of thousands of cells."""
    return html.escape(str(value))


@lru_cache(maxsize=4096)  # a grid's cells repeat the same shares
def share_colour(share: float) -> str:
    """Return the colour of a share reachable, red at 0 through white to blue at 1."""
    for (low, low_rgb), (high, high_rgb) in zip(SHARE_STOPS, SHARE_STOPS[1:], strict=False):
        if share <= high:
            t = (share - low) / (high - low)
            r, g, b = (round(a + (b - a) * t) for a, b in zip(low_rgb, high_rgb, strict=True))
            return f"#{r:02x}{g:02x}{b:02x}"
    return "#2166ac"


def count_colour(value: float, maximum: float) -> str:
    """Return the colour class of a count among five equal steps up to the maximum."""
    if value <= 0 or maximum <= 0:
        return EMPTY
    index = min(len(COUNT_COLOURS) - 1, int(value / maximum * len(COUNT_COLOURS)))
    return COUNT_COLOURS[index]


def count_legend(maximum: float, lowest: int = 1) -> list[tuple[str, str]]:
    """Return each colour of count_colour with the whole counts it stands for ("1–49",
    "50–99", ... "200–249"); a colour no whole count gets is left out. `lowest` is the
    smallest count drawn in colour: on public views, counts under the suppression threshold
    are drawn as hidden, so no colour stands for them."""
    steps = len(COUNT_COLOURS)
    legend = []
    for index, colour in enumerate(COUNT_COLOURS):
        low = max(lowest, math.ceil(index * maximum / steps))
        high = math.ceil((index + 1) * maximum / steps) - 1 if index < steps - 1 else maximum
        if low <= high:
            legend.append((colour, f"{low:g}" if low == high else f"{low:g}–{high:g}"))
    return legend


def svg(
    width: float, height: float, title: "StrOrPromise", body: list[str], fill_width: bool = True
) -> SafeString:
    """Return an accessible SVG element (role img, its title) around the given parts. It fills
    the page's width, or keeps its natural size (a grid of a few cells, which filling would
    blow up), shrinking on a narrow page either way."""
    shown_width = "100%" if fill_width else f"{width:.0f}"
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{shown_width}" role="img" class="chart"><title>{escape(title)}</title>'
        + "".join(body)
        + "</svg>"
    )


def text(
    x: float, y: float, content: str, anchor: str = "start", extra: str = "", size: int = 11
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-family="sans-serif" '
        f'font-size="{size}" {extra}>{escape(content)}</text>'
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: hidden on a public view
    shown: str  # how the value is written: "12", "3.5", "fewer than 5"


def bar_chart(bars: Sequence[Bar], title: "StrOrPromise") -> SafeString:
    """Return a horizontal bar chart; a hidden value is a grey stub saying so."""
    label_width, bar_width, row = 260, 400, 20
    height = row * len(bars) + 10
    maximum = max((bar.value or 0 for bar in bars), default=0) or 1
    body = []
    for index, bar in enumerate(bars):
        y = 5 + index * row
        length = 0 if bar.value is None else bar.value / maximum * bar_width
        colour = HIDDEN if bar.value is None else "#4575b4"
        body.append(text(label_width - 6, y + 13, bar.label, "end"))
        body.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{max(length, 2):.1f}" height="{row - 6}" '
            f'fill="{colour}"><title>{escape(bar.label)}: {escape(bar.shown)}</title></rect>'
        )
        body.append(text(label_width + max(length, 2) + 4, y + 13, bar.shown))
    return svg(label_width + bar_width + 90, height, title, body)


@dataclass(frozen=True)
class GridCell:
    share: float | None  # None: hidden
    label: str  # hover text
    link: str = ""
    flagged: bool = False


def share_grid(
    rows: Sequence[str],
    columns: Sequence[str],
    cell_at: Callable[[int, int], GridCell | None],
    title: str,
) -> SafeString:
    """Return a grid of cells coloured by share reachable; flagged changes get a black frame."""
    label_width, top, row_height = 300, 52, 18
    # Columns share the width a page shows at about full size; rows keep a readable height.
    size = max(6.0, min(28.0, (900 - label_width) / max(len(columns), 1)))
    width = label_width + size * len(columns) + 10
    height = top + row_height * len(rows) + 10
    body = []
    step = max(1, round(36 / size))
    for j, column in enumerate(columns):
        if j % step == 0:
            x = label_width + j * size + size / 2
            body.append(
                text(x, top - 6, column, "start", f'transform="rotate(-60 {x:.1f} {top - 6})"')
            )
    for i, row in enumerate(rows):
        y = top + i * row_height
        body.append(text(label_width - 6, y + row_height - 5, row, "end"))
        for j in range(len(columns)):
            cell = cell_at(i, j)
            x = label_width + j * size
            if cell is None:
                continue
            colour = HIDDEN if cell.share is None else share_colour(cell.share)
            stroke = ' stroke="#000" stroke-width="2"' if cell.flagged else ""
            rect = (
                f'<rect x="{x + 0.5:.1f}" y="{y + 0.5}" width="{size - 1:.1f}" '
                f'height="{row_height - 1}" fill="{colour}"{stroke}>'
                f"<title>{escape(cell.label)}</title></rect>"
            )
            if cell.link:
                rect = f'<a href="{escape(cell.link)}">{rect}</a>'
            body.append(rect)
    return svg(width, height, title, body, fill_width=False)


@dataclass(frozen=True)
class Line:
    label: str
    points: list[tuple[int, float, str]]  # column index, share, hover text
    flags: list[tuple[int, float, str]]


PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")


def share_lines(
    columns: Sequence[str],
    lines: Sequence[Line],
    signals: Sequence[tuple[int, str, str]],
    title: str,
) -> SafeString:
    """Return the share reachable over time, a line per group, flags circled, signals below."""
    left, top, plot_width, plot_height = 40, 10, 560, 200
    width, height = left + plot_width + 320, top + plot_height + 70
    count = max(len(columns) - 1, 1)

    def x_of(index: int) -> float:
        return left + index / count * plot_width

    def y_of(share: float) -> float:
        return top + (1 - share) * plot_height

    body = []
    for share in (0, 0.25, 0.5, 0.75, 1):
        y = y_of(share)
        body.append(
            f'<line x1="{left}" x2="{left + plot_width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        body.append(text(left - 4, y + 4, f"{share:.0%}", "end"))
    step = max(1, len(columns) // 10)
    for j, column in enumerate(columns):
        if j % step == 0:
            body.append(text(x_of(j), top + plot_height + 14, column, "middle"))
    for n, line in enumerate(lines):
        colour = PALETTE[n % len(PALETTE)]
        # A line is broken where a period is missing or hidden, never drawn across it.
        runs: list[list[tuple[int, float]]] = []
        for j, share, _label in line.points:
            if not runs or runs[-1][-1][0] != j - 1:
                runs.append([])
            runs[-1].append((j, share))
        for run in runs:
            points = " ".join(f"{x_of(j):.1f},{y_of(s):.1f}" for j, s in run)
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        for j, share, label in line.points:
            body.append(
                f'<circle cx="{x_of(j):.1f}" cy="{y_of(share):.1f}" r="2.5" fill="{colour}">'
                f"<title>{escape(label)}</title></circle>"
            )
        for j, share, label in line.flags:
            body.append(
                f'<circle cx="{x_of(j):.1f}" cy="{y_of(share):.1f}" r="7" fill="none" '
                f'stroke="#000" stroke-width="2"><title>{escape(label)}</title></circle>'
            )
        y = top + 14 + n * 16
        body.append(
            f'<rect x="{left + plot_width + 12}" y="{y - 9}" width="10" height="10" '
            f'fill="{colour}"/>'
        )
        body.append(text(left + plot_width + 26, y, line.label))
    for j, label, link in signals:
        x, y = x_of(j), top + plot_height + 32
        marker = (
            f'<path d="M{x:.1f},{y - 8:.1f}L{x - 6:.1f},{y + 4:.1f}L{x + 6:.1f},{y + 4:.1f}Z" '
            f'fill="#444"><title>{escape(label)}</title></path>'
        )
        body.append(f'<a href="{escape(link)}">{marker}</a>' if link else marker)
    body.append(text(left, top + plot_height + 56, _("▲ group report (signal)   ○ flagged change")))
    return svg(width, height, title, body)


@dataclass(frozen=True)
class MapShape:
    key: str
    path: str
    colour: str
    label: str
    link: str = ""


@dataclass(frozen=True)
class MapPoint:
    x: float
    y: float
    radius: float
    label: str


def choropleth(
    width: float,
    height: float,
    shapes: Sequence[MapShape],
    outlines: Sequence[str],
    points: Sequence[MapPoint],
    legend: Sequence[tuple[str, str]],
    title: str,
) -> SafeString:
    """Return a map: coloured areas, prefecture outlines on top, points, and a legend."""
    body = [f'<rect width="{width:.0f}" height="{height:.0f}" fill="#f4f8fb"/>']
    for shape in shapes:
        area = (
            f'<path d="{shape.path}" fill="{shape.colour}" stroke="#777" stroke-width="0.4" '
            f'data-key="{escape(shape.key)}"><title>{escape(shape.label)}</title></path>'
        )
        body.append(f'<a href="{escape(shape.link)}">{area}</a>' if shape.link else area)
    for path in outlines:
        body.append(f'<path d="{path}" fill="none" stroke="#333" stroke-width="1.1"/>')
    for point in points:
        body.append(
            f'<circle cx="{point.x:.1f}" cy="{point.y:.1f}" r="{point.radius:.1f}" '
            f'fill="#6a3d9a" fill-opacity="0.7" stroke="#fff">'
            f"<title>{escape(point.label)}</title></circle>"
        )
    for index, (colour, label) in enumerate(legend):
        y = height - 16 - (len(legend) - 1 - index) * 22
        body.append(
            f'<rect x="12" y="{y - 14:.0f}" width="18" height="16" fill="{colour}" stroke="#777"/>'
        )
        body.append(text(38, y, label, size=16))
    return svg(width, height, title, body)
