"""The site header at phone width, in Chromium: a few short lines in every script, mirrored in
Uyghur, and the site's icon served. The users are fictional (conftest)."""

import pytest

from tugan.testing import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
# Before the compact layout the header took 260 px in English and 300 px in Uyghur at this
# width (the navigation wrapped into four lines, the account links into three).
MOST_HEADER_HEIGHT = 160


@pytest.mark.parametrize("language", ["en", "zh-hans", "ug", "ru"])
def test_the_header_is_compact_at_phone_width(sign_in_browser, users, language):
    page, url = sign_in_browser(users["editor"])
    page.context.add_cookies([{"name": "django_language", "value": language, "url": url}])
    page.set_viewport_size(PHONE)
    page.goto(f"{url}/persons/")
    header = page.locator("header.site-header")
    box = header.bounding_box()
    assert box is not None and box["height"] <= MOST_HEADER_HEIGHT, box
    # Every link and button of the header is on the screen, none pushed past its edges.
    for element in header.locator("a, button, select").all():
        place = element.bounding_box()
        assert place is not None and place["x"] >= 0 and place["x"] + place["width"] <= 390
    assert header.evaluate("h => h.scrollWidth <= h.clientWidth")
    direction = "rtl" if language == "ug" else "ltr"
    assert page.locator("html").get_attribute("dir") == direction
    # Right to left, the brand starts the header on the right.
    brand = page.locator(".site-header .brand").bounding_box()
    assert brand is not None and (brand["x"] > 195) == (direction == "rtl")
    save_screenshot(page, f"site-header-phone-{language}")


@pytest.mark.parametrize("width", [800, 1280])
def test_the_header_takes_at_most_two_lines_on_wider_screens(sign_in_browser, users, width):
    page, url = sign_in_browser(users["editor"])
    # Russian has the longest labels; its navigation once wrapped into a narrow column.
    page.context.add_cookies([{"name": "django_language", "value": "ru", "url": url}])
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{url}/persons/")
    box = page.locator("header.site-header").bounding_box()
    assert box is not None and box["height"] <= 100, box
    save_screenshot(page, f"site-header-{width}-ru")


def test_the_site_icon_is_served_and_linked(sign_in_browser, users):
    page, url = sign_in_browser(users["editor"])
    icons = page.locator("link[rel=icon]").evaluate_all("links => links.map(l => l.href)")
    assert icons == [f"{url}/favicon.ico", f"{url}/static/tugan/favicon.svg"]
    for icon in icons:
        response = page.request.get(icon)
        assert response.status == 200 and response.body()[:4] in (b"\0\0\1\0", b"<svg")
