"""The person page, and pages in Uyghur (right to left), Kazakh and Chinese, in headless
Chromium, with screenshots. Every person here is FICTIONAL."""

import datetime

import pytest

from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import make_person, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def family(db):
    inside, abroad = get_or_create_place("CN-654022"), get_or_create_place("KZ/Almaty")
    father = make_person(
        ["虚构人物·吐尔逊·卡德尔", "Tursun Qadir Fictional", "تۇرسۇن قادىر"],
        residence=inside,
        hometown=inside,
        ethnicity="uyghur",
        gender="male",
    )
    daughter = make_person(["虚构人物·古丽", "Гүл Тұрсын"], residence=abroad, gender="female")
    son = make_person(["虚构人物·艾力"], residence=inside, gender="male")
    for child in (daughter, son):
        operations.add_relationship(
            father, "parent", child, confidentiality="public", is_published=True
        )
    operations.add_relationship(
        daughter, "reports_on", father, confidentiality="public", is_published=True
    )
    public = {"confidentiality": "public", "is_published": True}
    operations.add_event(
        type="detained",
        person=father,
        date=datetime.date(2017, 5, 1),
        date_precision="month",
        place=inside,
        **public,
    )
    operations.add_event(
        type="sentenced",
        person=father,
        date=datetime.date(2018, 1, 1),
        date_precision="year",
        term_years=15,
        **public,
    )
    operations.add_event(
        type="detained",
        person=son,
        date=datetime.date(2018, 3, 1),
        date_precision="month",
        **public,
    )
    operations.add_event(type="detained", relative_of=father, relation="brother", **public)
    operations.add_contact_report(
        daughter,
        "blocked",
        relative=father,
        date=datetime.date(2017, 6, 1),
        date_precision="month",
        channel="wechat",
        **public,
    )
    return father


def test_the_person_page_tells_the_story(browser_page, family):
    page, url = browser_page
    page.goto(f"{url}/persons/{family.public_id}/")
    status = page.locator(".status-now").inner_text()
    assert "sentenced, 15 years (2018); family cut off since 2017" in status.replace(
        "\u2066", ""
    ).replace("\u2069", "")
    assert page.locator(".family-graph svg .node").count() == 4
    assert page.locator(".family-graph .node.held").count() == 2
    assert "Contact history" in page.content()
    save_screenshot(page, "person-page")


def test_an_uyghur_page_is_right_to_left(browser_page, family):
    page, url = browser_page
    page.set_extra_http_headers({"Accept-Language": "ug"})
    page.goto(f"{url}/persons/{family.public_id}/")
    assert page.get_attribute("html", "dir") == "rtl"
    # Mirrored: the heading starts at the right edge, the timeline's line is on the right.
    heading = page.locator("h1").bounding_box()
    main = page.locator("main").bounding_box()
    assert heading["x"] + heading["width"] > main["x"] + main["width"] - 40
    assert "ئائىلە" in page.inner_text("main")  # "Family"
    save_screenshot(page, "person-page-ug")


@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [("kk", "/persons/", "Адамдар"), ("zh-hans", "/persons/", "人员")],
)
def test_kazakh_and_chinese_pages(browser_page, family, language, path, expected):
    page, url = browser_page
    page.set_extra_http_headers({"Accept-Language": language})
    page.goto(f"{url}{path}")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.get_attribute("html", "lang") == language
    assert expected in page.inner_text("h1")
    page.goto(f"{url}/persons/{family.public_id}/")
    save_screenshot(page, f"person-page-{language}")


def test_names_are_drawn_with_the_shipped_fonts(browser_page, family):
    page, url = browser_page
    page.goto(f"{url}/persons/{family.public_id}/")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(
        "Array.from(document.fonts).filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert "Tugan Sans" in {family.strip('"') for family in loaded}


def test_on_a_phone_the_family_graph_keeps_readable_names(browser_page, family):
    for relation in ("sister", "mother", "spouse"):  # a row as wide as the seed report's
        operations.add_event(
            type="disappeared",
            relative_of=family,
            relation=relation,
            confidentiality="public",
            is_published=True,
        )
    page, url = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/persons/{family.public_id}/")
    name = page.locator(".family-graph .node-name").first
    drawn = name.bounding_box()["height"]
    assert drawn >= 12, f"names drawn {drawn:.1f} px high"
    figure = page.locator(".family-graph .graph-scroll")
    assert figure.evaluate("f => f.scrollWidth > f.clientWidth")  # it scrolls, the page does not
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # It opens with this person in view.
    center = page.locator(".family-graph .node.center rect").bounding_box()
    assert center["x"] >= 0 and center["x"] + center["width"] <= 390
    legend = page.locator(".family-graph .legend").bounding_box()
    assert legend["x"] >= 0 and legend["x"] + legend["width"] <= 390  # the legend stays put
    save_screenshot(page, "person-page-phone")
