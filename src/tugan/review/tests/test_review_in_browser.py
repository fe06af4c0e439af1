"""The review flow in a real headless Chromium, on a FICTIONAL report (see fictional.py)."""

import pytest

from tugan.review.tests.fictional import BROTHER, SISTER, import_fictional_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_reviews_a_report_and_finds_the_facts_on_the_person_page(
    sign_in_browser, users, tmp_path
):
    source = import_fictional_report(tmp_path, by=users["editor"])
    number = {
        (s.kind, s.payload.get("type") or s.payload.get("key") or s.payload.get("name")): s.number
        for s in source.suggestions.all()
    }
    page, url = sign_in_browser(users["editor"])
    page.click("nav a:has-text('Review')")
    page.click(f"a:has-text('{source.title}')")
    assert page.url == f"{url}/sources/{source.public_id}/review/"

    marks = page.locator(".review-text a.suggested.kind-person mark")
    assert marks.first.inner_text() == SISTER
    assert page.locator(".review-text a.suggested.kind-event mark").count() == 3

    def item(key):
        return page.locator(f"#suggestion-{number[key]}")

    item(("event", "detained")).locator("button.accept").click()
    assert "Accepted" in item(("event", "detained")).inner_text()

    item(("event", "sentenced")).locator("a.edit").click()
    page.fill("#id_years", "16")
    page.click("button:has-text('Save and accept')")
    assert "Accepted with edits" in item(("event", "sentenced")).inner_text()

    item(("place", "KZ/Almaty")).locator("button.reject").click()
    assert "Rejected" in item(("place", "KZ/Almaty")).inner_text()

    page.click("#kind-person button:has-text('Accept all pending')")
    assert "Accepted 2." in page.locator(".messages").inner_text()
    assert "Accepted" in item(("person", SISTER)).inner_text()

    item(("person", BROTHER)).locator("a:has-text('TG-')").click()
    assert page.locator("h1").inner_text().startswith(BROTHER)
    detained = page.locator(".timeline li:has-text('detained')")
    assert "2018-05" in detained.inner_text()
    assert "被捕" in detained.locator("blockquote").inner_text()
    sentenced = page.locator(".timeline li:has-text('sentenced')")
    assert "16 years" in sentenced.inner_text()
