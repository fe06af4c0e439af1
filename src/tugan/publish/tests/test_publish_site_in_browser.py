"""The published site, opened from disk in Chromium, finds entries by one or two Han
characters, Traditional or Simplified. Every record here is FICTIONAL."""

import os
import shutil

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.conftest import CHROMIUM, CHROMIUM_FLAGS
from tugan.testing import make_person, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def site(world, tmp_path):
    """Return the folder of a published site with a few fictional entries."""
    make_person(["阿力木·吐尔逊", "Alim Tursun"])
    make_person(["古丽娜尔·卡德尔", "Гүлнар Қадыр"])
    make_person(["阿依古丽·买买提"])
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["publish", str(out), "--language", "zh-hans"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def page():
    if not os.path.exists(CHROMIUM) and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        outside: list[str] = []
        page.on(
            "request",
            lambda r: outside.append(r.url) if not r.url.startswith("file://") else None,
        )
        yield page
        browser.close()
        assert outside == [], f"the site made requests off the disk: {outside}"


def results(page) -> list[str]:
    return page.locator("#search-results li a").all_inner_texts()


def test_it_searches_in_chinese_from_the_file_system(site, page):
    page.goto((site / "index.html").as_uri())
    page.fill("#search-query", "阿")
    assert sorted(results(page)) == ["阿依古丽·买买提", "阿力木·吐尔逊"]
    page.fill("#search-query", "古丽")
    assert sorted(results(page)) == ["古丽娜尔·卡德尔", "阿依古丽·买买提"]
    page.fill("#search-query", "吐爾")  # Traditional finds the Simplified name
    assert results(page) == ["阿力木·吐尔逊"]
    page.fill("#search-query", "гүл")
    assert results(page) == ["古丽娜尔·卡德尔"]
    page.fill("#search-query", "古丽")
    save_screenshot(page, "published-search")
    page.click("#search-results li a >> text=阿依古丽·买买提")
    assert page.url.startswith("file://") and page.url.endswith(".html")
    assert page.locator("h1").inner_text().startswith("阿依古丽·买买提")
    save_screenshot(page, "published-entry")


def test_the_statistics_page_draws_its_map_from_the_file_system(site, page):
    page.goto((site / "statistics.html").as_uri())
    assert page.locator("figure.chart svg").count() >= 2
    save_screenshot(page, "published-statistics")


@pytest.fixture
def uyghur_site(world, tmp_path):
    """Return the folder of a site published in Uyghur, a right-to-left language."""
    make_person(["阿力木·吐尔逊", "Alim Tursun"])
    make_person(["古丽娜尔·卡德尔"])
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["publish", str(out), "--language", "ug"])
    assert result.exit_code == 0, result.output
    return out


def test_the_uyghur_statistics_keep_their_labels_beside_the_bars(uyghur_site, page):
    page.goto((uyghur_site / "statistics.html").as_uri())
    assert page.locator("html").get_attribute("dir") == "rtl"
    # A right-to-left page must not flip the charts: each label ends left of its bar.
    checked = 0
    for chart in page.locator("figure.chart svg.chart").all():
        label_ends = chart.locator("text[text-anchor=end]").evaluate_all(
            "texts => texts.map(t => t.getBoundingClientRect().right)"
        )
        bar_starts = chart.locator("rect").evaluate_all(
            "bars => bars.map(b => b.getBoundingClientRect().left)"
        )
        if label_ends and bar_starts:
            assert max(label_ends) <= min(bar_starts)
            checked += 1
    assert checked >= 1
    save_screenshot(page, "published-statistics-uyghur")
