"""The API's docs page renders in Chromium under Tugan's Content-Security-Policy."""

import pytest

from tugan.testing import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_docs_page_lists_the_operations(browser_page):
    page, url = browser_page
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{url}/api/docs")
    page.wait_for_selector(".opblock-summary-path")
    save_screenshot(page, "api-docs")
    assert page.locator(".opblock").count() >= 15
    assert [e for e in errors if "Content Security Policy" in e] == []
