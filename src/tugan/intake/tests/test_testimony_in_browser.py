"""A whole field testimony in headless Chromium: five persons, one of them attached to an
existing record from a suggestion. Every person here is FICTIONAL."""

import time

import pytest

from tugan.records.models import ContactReport, Event, Person
from tugan.sources.models import Source
from tugan.testing import make_person, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (names, relation, birth year, hometown typed, hometown chosen, ethnicity)
NEW_PERSONS = [
    (
        "虚构人物·阿不都热合曼\nAbdurehman Fictional",
        "brother",
        "1975",
        "Chapchal",
        "Qapqal",
        "uyghur",
    ),
    ("Гүлнұр Ойдан", "sister", "1980", "Алматы", "Almaty", "kazakh"),
    ("虚构人物·麦麦提", "son", "2001", "察布查尔", "Qapqal", "uyghur"),
    ("ئويدىن ئەركىن", "cousin", "", "", "", ""),
]


def choose_place(row, field: str, typed: str) -> None:
    row.locator(f"input[name$='-{field}'], input[name='{field}']").first.fill(typed)
    suggestions = row.locator("[data-place-suggestions]").first
    suggestions.locator(".live-suggestion").first.wait_for()
    row.locator(f"input[name$='-{field}'], input[name='{field}']").first.press("ArrowDown")
    row.page.keyboard.press("Enter")


def test_a_documenter_enters_a_five_person_testimony(sign_in_browser, users):
    existing = make_person(["约买尔·艾木杜拉"], confidentiality="restricted", is_published=False)
    page, url = sign_in_browser(users["editor"])
    started = time.monotonic()
    page.click("nav a[href='/testimonies/new/']")
    page.fill("textarea[name=testifier_names]", "虚构证人·古丽\nGul Fictional")
    page.select_option("select[name=testifier_gender]", "female")
    choose_place(page.locator("fieldset").first, "testifier_residence", "Алматы")
    page.fill("input[name=testifier_phone]", "+7 000 000 0000")

    first = page.locator("[data-person]").nth(0)
    first.locator("textarea[data-names]").fill("Omer Hemdulla")
    suggestion = first.locator("[data-suggestions] .live-suggestion").first
    suggestion.wait_for()
    assert existing.public_id in suggestion.inner_text()
    save_screenshot(page, "testimony-suggestion")
    first.locator("textarea[data-names]").press("ArrowDown")
    # The focus stays in the names (the ARIA combobox pattern), so one can type on.
    assert first.locator("textarea[data-names]").evaluate("e => e === document.activeElement")
    page.keyboard.press("Enter")
    assert existing.public_id in first.locator("[data-existing-choice]").inner_text()
    first.locator("select[name$='-relation']").select_option("father")
    first.locator("input[name$='-contact_date']").fill("2017-05")
    first.locator("select[name$='-contact_channel']").select_option("wechat")
    first.locator("select[name$='-contact_outcome']").select_option("blocked")

    for number, (names, relation, year, typed, _chosen, ethnicity) in enumerate(NEW_PERSONS, 2):
        page.click("button[data-add=person]")
        row = page.locator("[data-person]").nth(number - 1)
        assert row.locator(".person-number").inner_text() == str(number)
        row.locator("textarea[data-names]").fill(names)
        row.locator("select[name$='-relation']").select_option(relation)
        if year:
            row.locator("input[name$='-birth_year']").fill(year)
        if typed:
            choose_place(row, "hometown", typed)
        if ethnicity:
            row.locator("select[name$='-ethnicity']").select_option(ethnicity)

    events = [("1", "sentenced", "2017", "15", ""), ("2", "detained", "2018-03", "", "虚构看守所")]
    for index, (who, kind, date, term, facility) in enumerate(events):
        if index:
            page.click("button[data-add=event]")
        row = page.locator("[data-event]").nth(index)
        row.locator("input[name$='-person_number']").fill(who)
        row.locator("select[name$='-type']").select_option(kind)
        row.locator("input[name$='-date']").fill(date)
        if term:
            row.locator("input[name$='-term_years']").fill(term)
        if facility:
            row.locator("input[name$='-facility']").fill(facility)
    page.select_option("select[name=may_publish]", "granted")
    page.fill("textarea[name=narrative]", "A fictional account, written for this test.")
    save_screenshot(page, "testimony-form-filled")
    page.click("button[type=submit].primary")
    page.wait_for_url(f"{url}/testimonies/SRC-*/")
    elapsed = time.monotonic() - started
    save_screenshot(page, "testimony-saved")

    source = Source.objects.get(kind="testimony")
    assert f"/testimonies/{source.public_id}/" in page.url
    reported = Person.objects.filter(relationships_to__kind="reports_on").distinct()
    assert reported.count() == 5
    assert existing in reported
    assert Person.objects.count() == 6  # the existing person, four new ones and the testifier
    assert Event.objects.get(person=existing, type="sentenced").term_years == 15
    assert Person.objects.get(names__text="Гүлнұр Ойдан").hometown.key == "KZ/Almaty"
    assert Person.objects.get(names__text="Abdurehman Fictional").hometown.key == "CN-654022"
    assert ContactReport.objects.get().relative == existing
    # The draft is cleared once the testimony is saved.
    assert page.evaluate("Object.keys(window.localStorage).length") == 0
    assert elapsed < 300
    print(f"five-person testimony entered and saved in {elapsed:.1f} s")


def test_a_draft_survives_leaving_the_page(sign_in_browser, users):
    page, url = sign_in_browser(users["editor"])
    page.goto(f"{url}/testimonies/new/")
    page.fill("textarea[name=testifier_names]", "虚构证人·阿依")
    page.fill("input[name=testifier_phone]", "+7 000 000 0001")
    page.fill("textarea[name=testifier_address]", "Fictional lane 9")
    page.click("button[data-add=person]")
    page.locator("[data-person]").nth(1).locator("textarea[data-names]").fill("Draft Fictional")
    # Leaving the field fires "change", which writes the draft at once.
    page.keyboard.press("Tab")
    assert "Draft Fictional" in page.evaluate("JSON.stringify(window.localStorage)")
    # Leave the page without saving, as a closed tab or a lost connection would; the browser's
    # storage outlives the page.
    page.goto(f"{url}/persons/")
    page.goto(f"{url}/testimonies/new/")
    assert page.input_value("textarea[name=testifier_names]") == "虚构证人·阿依"
    assert page.locator("[data-person]").count() == 2
    assert (
        page.locator("[data-person]").nth(1).locator("textarea").input_value() == "Draft Fictional"
    )
    # Contact details and the address are never kept in the browser.
    assert page.input_value("input[name=testifier_phone]") == ""
    assert page.input_value("textarea[name=testifier_address]") == ""
    assert "Fictional lane 9" not in page.evaluate("JSON.stringify(window.localStorage)")
