"""The person pages in a real headless Chromium: sign in, follow a citation to its source."""

import pytest

from tugan.testing import CONFIDENTIAL_NAME, PUBLIC_NAME, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_follows_a_timeline_citation_to_the_marked_quote(sign_in_browser, users, world):
    page, url = sign_in_browser(users["editor"])
    page.click(f"a:has-text('{PUBLIC_NAME}')")
    assert page.locator("h1").inner_text().startswith(PUBLIC_NAME)
    assert CONFIDENTIAL_NAME not in page.content()
    page.click(".timeline blockquote a")
    mark = page.locator("mark").first
    assert mark.inner_text() == f"{PUBLIC_NAME}于2018年被拘留"
    assert page.url.split("#")[1] == mark.get_attribute("id")


def test_the_persons_list_keeps_each_id_on_one_line(sign_in_browser, users, world):
    page, url = sign_in_browser(users["editor"])
    page.set_viewport_size({"width": 420, "height": 900})
    page.reload()
    ids = page.locator("tbody td:first-child a")
    assert ids.count() >= 2
    # A wrapped link has one box per line ("TG-" above "000001").
    assert ids.evaluate_all("links => links.map(a => a.getClientRects().length)") == [1] * (
        ids.count()
    )
    save_screenshot(page, "persons-list-narrow")


def test_a_chinese_source_reads_left_to_right_on_a_uyghur_page(sign_in_browser, users, world):
    page, url = sign_in_browser(users["editor"])
    page.context.add_cookies([{"name": "django_language", "value": "ug", "url": url}])
    source = world["sources"]["public"].public_id
    for path in (f"/sources/{source}/", f"/sources/{source}/review/"):
        page.goto(f"{url}{path}")
        assert page.locator("html").get_attribute("dir") == "rtl"
        # Its full stop ends the line on the right, not at the start on the left.
        directions = page.locator(".source-text p").evaluate_all(
            "paragraphs => paragraphs.map(p => getComputedStyle(p).direction)"
        )
        assert directions and set(directions) == {"ltr"}, path
    save_screenshot(page, "source-review-uyghur")
