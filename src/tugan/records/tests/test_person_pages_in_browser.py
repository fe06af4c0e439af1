"""The person pages in a real headless Chromium: sign in, follow a citation to its source."""

import pytest

from tugan.testing import CONFIDENTIAL_NAME, PUBLIC_NAME

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
