"""The monitor, statistics and map in headless Chromium, signed out and in.

Every family here is FICTIONAL (tugan/sample/families.py). Screenshots are saved to the
folder TUGAN_SCREENSHOTS names, else screenshots/ at the top of the checkout (README).
"""

import pytest

from tugan.sample.families import ILI_COUNTIES, KASHGAR_COUNTIES, FamilyGroup
from tugan.sample.loading import load_families
from tugan.testing import page_overflow, save_screenshot, shaded_edges, words_broken_in_tables

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUPS = (
    FamilyGroup(
        "K", "kazakh", "kk", ILI_COUNTIES, ("KZ/Almaty",),
        families=24, lost_years=(2017, 2018), restored=14, restored_month="2021-02",
    ),
    FamilyGroup("U", "uyghur", "ug", KASHGAR_COUNTIES, ("TR/Istanbul",), 20, (2017, 2018)),
    FamilyGroup("Q", "kyrgyz", "kk", ("CN-653000",), ("KG",), families=3, lost_years=(2018,)),
)  # fmt: skip


@pytest.fixture
def families(db):
    load_families(groups=GROUPS)


def test_signed_out_pages_hide_small_cells(families, browser_page):
    page, url = browser_page
    page.goto(f"{url}/monitor/")
    assert page.locator("svg.chart").count() == 2
    kyrgyz = page.locator("svg.chart rect title", has_text="Kyrgyz")
    assert kyrgyz.count() > 0 and "counts hidden" in kyrgyz.first.text_content()
    ili = page.locator("svg.chart rect title", has_text="Kazakh · Ili").last
    assert "14 of 24 families reachable" in ili.text_content()
    assert "2021-02" in page.locator("section", has_text="Flagged changes").inner_text()
    save_screenshot(page, "monitor-signed-out")

    page.goto(f"{url}/statistics/")
    assert "fewer than 5" in page.content()
    assert "counts of what was reported to this database" in page.content()
    save_screenshot(page, "statistics-signed-out")

    page.goto(f"{url}/map/?measure=share")
    assert page.locator("svg.chart path[data-key='CN-654000'] title").text_content().endswith("58%")
    assert "Istanbul" in page.locator("section[aria-labelledby=abroad-heading]").inner_text()
    save_screenshot(page, "map-share-signed-out")


def test_signed_in_pages_show_every_count_and_the_families(families, sign_in_browser, users):
    page, url = sign_in_browser(users["researcher"])
    page.goto(f"{url}/monitor/")
    kyrgyz = page.locator("svg.chart rect title", has_text="Kyrgyz").last
    assert "0 of 3 families reachable" in kyrgyz.text_content()
    save_screenshot(page, "monitor-signed-in")

    page.locator("svg.chart a", has=page.locator("title", has_text="Kazakh · Ili")).last.click()
    page.wait_for_url(f"{url}/monitor/families/**")
    rows = page.locator("tbody tr")
    assert rows.count() == 24
    assert page.locator("tbody", has_text="reachable").count() == 1
    save_screenshot(page, "monitor-cell-families")

    page.goto(f"{url}/statistics/")
    assert "fewer than" not in page.content()
    save_screenshot(page, "statistics-signed-in")

    page.goto(f"{url}/map/?level=county")
    assert page.locator("svg.chart path[data-key='CN-654022']").count() == 1
    save_screenshot(page, "map-counties-signed-in")


@pytest.mark.parametrize(
    ("path", "chart"), [("/monitor/", "#grid-heading"), ("/statistics/", ".chart-block h2")]
)
def test_a_place_filter_naming_no_place_is_shown_above_the_unfiltered_charts(
    families, browser_page, path, chart
):
    page, url = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}{path}?period=year&place=Xyz")
    errors = page.locator("main .errorlist")
    # The field's label names it; the error says the problem once, without repeating the label.
    assert errors.all_inner_texts() == ["No place called “Xyz”. Pick one of the suggestions."]
    assert page.locator("main").inner_text().count("No place called") == 1
    assert page.get_by_role("alert").inner_text() == (
        "The filters marked with an error are left out of what is shown below."
    )
    # The charts are shown as with no place chosen: both groups' prefectures are counted.
    assert page.locator("svg.chart").count() >= 2
    charts = " ".join(page.locator("svg.chart").all_text_contents())
    assert "Ili" in charts and "Kashgar" in charts
    first_chart = page.locator(chart).first.bounding_box()
    assert errors.bounding_box()["y"] < first_chart["y"]
    # The other filters still apply, and the downloads leave the failed one out.
    if path == "/monitor/":
        assert page.locator("select[name=period]").input_value() == "year"
        assert "2021" in charts and "2021-02" not in charts
    download = page.locator("a[download]").first.get_attribute("href")
    assert "place" not in download and "Xyz" not in download
    save_screenshot(page, f"place-filter-error{path.rstrip('/').replace('/', '-')}")


def test_charts_keep_their_labels_beside_the_bars_in_uyghur(families, browser_page):
    page, url = browser_page
    page.context.add_cookies([{"name": "django_language", "value": "ug", "url": url}])
    page.goto(f"{url}/statistics/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    chart = page.locator("svg.chart").first
    # Each label ends left of the bars, and each number starts right of its own bar.
    label_ends = chart.locator("text[text-anchor=end]").evaluate_all(
        "texts => texts.map(t => t.getBoundingClientRect().right)"
    )
    bar_starts = chart.locator("rect").evaluate_all(
        "bars => bars.map(b => b.getBoundingClientRect().left)"
    )
    assert len(label_ends) == len(bar_starts) > 3
    assert max(label_ends) <= min(bar_starts)
    numbers_start = chart.locator("text[text-anchor=start]").evaluate_all(
        "texts => texts.map(t => t.getBoundingClientRect().left)"
    )
    bar_ends = chart.locator("rect").evaluate_all(
        "bars => bars.map(b => b.getBoundingClientRect().right)"
    )
    assert all(start >= end for start, end in zip(numbers_start, bar_ends, strict=True))
    save_screenshot(page, "statistics-uyghur")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_tables_are_readable_at_phone_width(families, sign_in_browser, users, language):
    page, url = sign_in_browser(users["editor"])
    page.context.add_cookies([{"name": "django_language", "value": language, "url": url}])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/monitor/")
    families_link = page.locator("svg.chart a").last.get_attribute("href")
    for name, path in [
        ("persons", "/persons/"),
        ("review", "/review/"),
        ("monitor", "/monitor/"),
        ("statistics", "/statistics/"),
        ("families", families_link),
    ]:
        page.goto(f"{url}{path}")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.locator("table").count() > 0, name
        # A wide table scrolls in its own box: the page itself keeps the phone's width.
        assert page_overflow(page) == 0, name
        # No header or cell breaks a line inside a word (哈萨|克族, Dorbil|jin).
        assert words_broken_in_tables(page) == [], name
        save_screenshot(page, f"{name}-phone-{language}")


def test_charts_keep_a_readable_size_at_phone_width(families, browser_page):
    page, url = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/monitor/", "/statistics/"):
        page.goto(f"{url}{path}")
        sizes = page.eval_on_selector_all(
            ".chart-block.scrolls svg.chart",
            "charts => charts.map(c => [c.getBoundingClientRect().width, c.getAttribute('width')])",
        )
        assert sizes, path
        for shown, drawn in sizes:
            # A grid keeps its drawn size; bars and lines, drawn to fill, keep at least 40rem.
            assert shown >= 640 if drawn == "100%" else abs(shown - float(drawn)) < 1, (path, sizes)
        # The charts scroll in their own boxes: the page keeps the phone's width.
        assert page_overflow(page) == 0, path
        save_screenshot(page, f"charts-phone{path.replace('/', '-').rstrip('-')}")


def test_the_map_shows_relatives_in_a_foreign_region(db, browser_page):
    """Relatives in Almaty Region (a region, drawn at its seat inside the frame) and in
    Virginia (listed beside the map). The families are FICTIONAL."""
    load_families(
        groups=(
            FamilyGroup(
                "R", "kazakh", "kk", ILI_COUNTIES, ("KZ/Almaty Region", "US/Virginia"),
                families=12, lost_years=(2018,),
            ),
        )
    )  # fmt: skip
    page, url = browser_page
    page.goto(f"{url}/map/")
    abroad = page.locator("section[aria-labelledby=abroad-heading]").inner_text()
    assert "Almaty Region" in abroad and "Virginia" in abroad
    assert page.locator("svg.chart circle title", has_text="Almaty Region").count() == 1
    save_screenshot(page, "map-abroad-regions")


# Scroll a box sideways to this share of the way (0 the start, 1 the end).
SCROLL_TO = "(box, share) => box.scrollLeft = (box.scrollWidth - box.clientWidth) * share"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_box_that_scrolls_sideways_shows_a_shadow_where_there_is_more(
    families, sign_in_browser, users, language
):
    page, url = sign_in_browser(users["editor"])
    page.context.add_cookies([{"name": "django_language", "value": language, "url": url}])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/sources/")
    fitting = page.locator("main table")
    assert fitting.evaluate("table => table.scrollWidth <= table.clientWidth")
    assert shaded_edges(fitting) == set()
    for path, selector in (("/persons/", "main table"), ("/statistics/", ".chart-block.scrolls")):
        page.goto(f"{url}{path}")
        save_screenshot(page, f"scroll-hint-phone{path.replace('/', '-')}{language}")
        box = page.locator(selector).first
        assert box.evaluate("box => box.scrollWidth > box.clientWidth"), path
        # A shadow on each side with more to see, none on a side seen to its end.
        assert shaded_edges(box) == {"right"}, path
        box.evaluate(SCROLL_TO, 0.5)
        assert shaded_edges(box) == {"left", "right"}, path
        box.evaluate(SCROLL_TO, 1)
        assert shaded_edges(box) == {"left"}, path


# Where the Show button sits beside the filters' last field: level with its input, after it
# (in the reading direction), and the inputs of the row level with each other.
BUTTON_BESIDE_LAST_FIELD = """form => {
  const inputs = [...form.querySelectorAll(":scope > div")].map(
    field => field.querySelector("input, select").getBoundingClientRect());
  const last = inputs[inputs.length - 1];
  const button = form.querySelector("button").getBoundingClientRect();
  return {
    level: Math.abs(button.top - last.top) <= 2,
    after: button.left >= last.right,
    inputsLevel: inputs.every(input => Math.abs(input.top - inputs[0].top) <= 2),
  };
}"""


@pytest.mark.parametrize("path", ["/monitor/?place=Xyz", "/statistics/?place=Xyz", "/map/?type=x"])
def test_the_show_button_stays_beside_the_filters_when_one_has_an_error(
    families, browser_page, path
):
    page, url = browser_page
    page.set_viewport_size({"width": 1280, "height": 800})
    # Russian has the longest labels.
    for language in ("en", "ru"):
        page.context.add_cookies([{"name": "django_language", "value": language, "url": url}])
        page.goto(f"{url}{path}")
        assert page.locator("main .errorlist").count() == 1
        placement = page.locator("form.filters").evaluate(BUTTON_BESIDE_LAST_FIELD)
        assert placement == {"level": True, "after": True, "inputsLevel": True}, language
        name = path.split("?")[0].rstrip("/").replace("/", "-")
        save_screenshot(page, f"filter-error-desktop{name}-{language}")


@pytest.mark.parametrize(
    ("device", "width", "height"), [("desktop", 1280, 800), ("phone", 390, 844)]
)
def test_the_map_with_a_filter_it_cannot_read_shows_the_error_and_the_map(
    families, browser_page, device, width, height
):
    page, url = browser_page
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{url}/map/?level=county&ethnicity=martian")
    errors = page.locator("main .errorlist")
    assert errors.all_inner_texts() == [
        "Select a valid choice. martian is not one of the available choices."
    ]
    # The error sits under its own field, the Ethnicity select.
    field = page.locator("form.filters > div", has=page.locator("select[name=ethnicity]"))
    assert field.locator(".errorlist").count() == 1
    assert page.get_by_role("alert").inner_text() == (
        "The filters marked with an error are left out of what is shown below."
    )
    # The map is drawn by county as asked, counting every ethnicity.
    assert page.locator("svg.chart path[data-key='CN-654022']").count() == 1
    assert page.locator("svg.chart path[data-key='CN-653122']").count() == 1
    assert errors.bounding_box()["y"] < page.locator("svg.chart").bounding_box()["y"]
    download = page.locator("a[download]").get_attribute("href")
    assert "ethnicity" not in download and "by=county" in download
    assert page_overflow(page) == 0
    save_screenshot(page, f"map-filter-error-{device}")
