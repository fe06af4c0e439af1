"""`tugan publish`: the static, redacted site: entries, statistics and map, offline search.

Everything on it is what anyone may see on the pages (the public viewer of
records/exporting.py): each entry is read with read_person_detail, the statistics and map with
the monitor's read functions, which suppress small counts for that viewer. The records and counts
are read once; what is said about them (a person's status, the charts' labels) is written in each
language. A person's status is said from the events the site shows, never from the stored
summary, which may come from an event the public may not see. Plain HTML, CSS and JavaScript
with relative links: it works opened from disk (file://) or from any static host.
"""

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.core.site_search import build_search_index, fold_table
from tugan.records.exporting import viewer_for_level
from tugan.records.models import Person
from tugan.records.reading import read_person_detail
from tugan.records.status import describe_status

ASSETS = Path(__file__).resolve().parent / "static" / "publish"
# The icons the web pages link (templates/base.html), shipped beside the pages and linked
# from them: a page opened from disk or from a folder of a host finds no /favicon.ico.
ICONS = [
    Path(settings.WHITENOISE_ROOT) / "favicon.ico",
    Path(__file__).resolve().parents[1] / "static" / "tugan" / "favicon.svg",
]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass
class SiteOutcome:
    languages: list[str]
    entries: int
    files: list[Path] = field(default_factory=list)


def read_entries(viewer: AnyUser) -> list[dict[str, Any]]:
    """Return every published entry: the person page of each person anyone may see."""
    persons = Person.objects.visible_to(viewer).filter(merged_into__isnull=True).order_by("pk")
    entries = []
    for public_id in persons.values_list("public_id", flat=True):
        entries.append(read_person_detail(viewer, public_id))
    return entries


def say_status(page: dict[str, Any]) -> str:
    """Return the entry's status in the active language, from the events and reports it shows."""
    person = page["person"]
    own = [event for event in page["timeline"] if event.person_id == person.pk]
    about = [report for report in page["contact_reports"] if report.relative_id == person.pk]
    return describe_status(own, about)


def count_statistics(viewer: AnyUser) -> dict[str, Any]:
    """Return the counts behind the statistics charts and the map, in no language yet."""
    from tugan.monitor.map_layers import read_map
    from tugan.monitor.statistics import count_records
    from tugan.monitor.views import STATISTICS_CHARTS

    return {
        "charts": [
            (count_records(viewer, [field_name], None, counted), field_name, title, note)
            for counted, field_name, title, note in STATISTICS_CHARTS
        ],
        "map": read_map(viewer, "events", "prefecture", "", ""),
    }


def draw_statistics(counts: dict[str, Any]) -> dict[str, Any]:
    """Return the statistics charts and the map in the active language, as the public
    statistics pages draw them."""
    from tugan.monitor.pages import map_chart, statistics_chart

    charts = []
    for result, field_name, title, note in counts["charts"]:
        chart = statistics_chart(result, field_name, title)
        chart.update(note=note)
        charts.append(chart)
    found = counts["map"]
    drawing = map_chart(
        found["values"], found["level"], found["measure"], found["abroad"], found["threshold"]
    )
    return {"charts": charts, "map": drawing, "threshold": found["threshold"]}


def search_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return what the search index holds of each entry: its names and places, nothing else."""
    rows = []
    for page in entries:
        person = page["person"]
        places = [place for place in (person.hometown, person.residence) if place]
        words = [name.text for name in page["names"]]
        words += [str(name) for place in places for name in place.names.values()]
        rows.append({
            "id": person.public_id,
            "title": page["display_name"],
            "status": page["status"],
            "href": f"entries/{person.public_id}.html",
            "text": " ".join(words),
        })  # fmt: skip
    return rows


def write_file(path: Path, text: str, written: list[Path]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    written.append(path)


def write_language(
    out: Path,
    language: str,
    entries: list[dict[str, Any]],
    counts: dict[str, Any],
    others: list[dict[str, str]],
    written: list[Path],
) -> None:
    """Write the site in one language into out."""
    with translation.override(language):
        entries = [{**page, "status": say_status(page)} for page in entries]
        statistics = draw_statistics(counts)
        common = {
            "language": language,
            "languages": others,
            "generated_at": timezone.now(),
            "is_rtl": translation.get_language_bidi(),
        }
        index = build_search_index(search_entries(entries))
        script = (
            f"window.TUGAN_SEARCH = {json.dumps(index, ensure_ascii=False)};\n"
            f"window.TUGAN_FOLD = {json.dumps(fold_table(), ensure_ascii=False)};\n"
        )
        write_file(out / "search-index.js", script, written)
        pages = {
            "index.html": ("publish/site/index.html", {"entries": entries, "root": ""}),
            "statistics.html": ("publish/site/statistics.html", {**statistics, "root": ""}),
        }
        for name, (template, context) in pages.items():
            write_file(out / name, render_to_string(template, {**common, **context}), written)
        for page in entries:
            context = {**common, **page, "root": "../"}
            path = out / "entries" / f"{page['person'].public_id}.html"
            write_file(path, render_to_string("publish/site/entry.html", context), written)
        copy_assets([ASSETS / "site.css", ASSETS / "search.js", *ICONS], out, written)


def copy_assets(assets: list[Path], out: Path, written: list[Path]) -> None:
    for asset in assets:
        shutil.copyfile(asset, out / asset.name)
        written.append(out / asset.name)


def publish_site(out: Path, language: str = "all") -> SiteOutcome:
    """Write the public site into out, in one language or (language "all") in each."""
    languages = LANGUAGE_CODES if language == "all" else [language]
    viewer = viewer_for_level(Confidentiality.PUBLIC)
    entries = read_entries(viewer)
    counts = count_statistics(viewer)
    outcome = SiteOutcome(languages, len(entries))
    out.mkdir(parents=True, exist_ok=True)
    for code in languages:
        target = out / code if len(languages) > 1 else out
        others = [
            {"code": other, "name": name, "href": f"../{other}/index.html"}
            for other, name in settings.LANGUAGES
            if len(languages) > 1 and other != code
        ]
        write_language(target, code, entries, counts, others, outcome.files)
    if len(languages) > 1:
        page = render_to_string("publish/site/languages.html", {"languages": settings.LANGUAGES})
        write_file(out / "index.html", page, outcome.files)
        copy_assets(ICONS, out, outcome.files)
    return outcome
