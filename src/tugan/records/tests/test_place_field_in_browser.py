"""Place fields suggest places as one types, on every form that has one, in headless Chromium.

Every person and report here is FICTIONAL (review/tests/fictional.py). Screenshots of each form
with its suggestions open, in English, Chinese and Uyghur (right to left), on a desktop, a
720 px window and a 390 px phone:
place-suggestions-*.png (TUGAN_SCREENSHOTS, default screenshots/ beside the checkout)."""

import pytest

from tugan.records.models import Person
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import make_person, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# Fictional: the extractor reads no event in these words of the fictional report.
MISSED = "她的两个姐姐下落不明"


def suggestions_of(page, name: str):
    """Return the suggestion list under the place field named name."""
    return page.locator(f".place-input:has(input[name='{name}']) .live-suggestions")


def type_place(page, name: str, typed: str):
    """Type into a place field and return its suggestion list once it shows."""
    page.fill(f"input[name='{name}']", typed)
    suggestions = suggestions_of(page, name)
    suggestions.locator(".live-suggestion").first.wait_for()
    return suggestions


def add_event_url(source) -> str:
    start = source.text.index(MISSED)
    return (
        f"/sources/{source.public_id}/suggestions/add/"
        f"?kind=event&start={start}&end={start + len(MISSED)}"
    )


def test_an_event_suggestion_keeps_the_place_chosen_by_keyboard(sign_in_browser, users, tmp_path):
    source = import_fictional_report(tmp_path, by=users["editor"])
    page, url = sign_in_browser(users["editor"])
    page.goto(url + add_event_url(source))
    page.select_option("#id_type", "disappeared")
    # "Ghulj" names two places: the city of Ghulja and Ghulja County. The second is chosen.
    suggestions = type_place(page, "place", "Ghulj")
    names = suggestions.locator(".live-suggestion-name").all_inner_texts()
    assert names == ["Ghulja", "Ghulja County"]
    field = page.locator("input[name='place']")
    assert field.get_attribute("aria-expanded") == "true"
    assert field.get_attribute("aria-controls") == suggestions.get_attribute("id")
    field.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert suggestions.is_hidden()
    assert field.input_value() == "Ghulja County"
    assert field.evaluate("input => input === document.activeElement")
    page.click("button:has-text('Add suggestion')")
    assert "Added suggestion" in page.locator(".messages").inner_text()
    added = source.suggestions.order_by("number").last()
    assert (added.kind, added.payload["place"]) == ("event", "CN-654021")


def test_a_person_keeps_places_chosen_by_mouse_and_keyboard(sign_in_browser, users):
    person = make_person(["虚构人物·阿依古丽"], confidentiality="restricted", is_published=False)
    page, url = sign_in_browser(users["editor"])
    page.goto(f"{url}/persons/{person.public_id}/edit/")
    suggestions = type_place(page, "hometown", "Kashg")
    suggestions.locator(".live-suggestion-name", has_text="Kashgar Prefecture").click()
    assert page.input_value("input[name='hometown']") == "Kashgar Prefecture"
    suggestions = type_place(page, "residence", "Алма")
    assert "Almaty" in suggestions.inner_text()
    page.press("input[name='residence']", "ArrowDown")
    page.keyboard.press("Enter")
    assert page.input_value("input[name='residence']") == "Almaty"
    page.click("main button[type=submit]")
    page.wait_for_url(f"{url}/persons/{person.public_id}/")
    person = Person.objects.get(pk=person.pk)
    assert (person.hometown.key, person.residence.key) == ("CN-653100", "KZ/Almaty")


def test_escape_and_leaving_the_field_close_the_suggestions(sign_in_browser, users):
    person = make_person(["虚构人物·阿依古丽"], confidentiality="restricted", is_published=False)
    page, url = sign_in_browser(users["editor"])
    page.goto(f"{url}/persons/{person.public_id}/edit/")
    suggestions = type_place(page, "hometown", "Kashg")
    page.keyboard.press("Escape")
    assert suggestions.is_hidden()
    page.fill("input[name='hometown']", "Ghulj")
    suggestions.locator(".live-suggestion").first.wait_for()
    page.keyboard.press("Tab")
    assert suggestions.is_hidden()
    assert page.locator("input[name='hometown']").get_attribute("aria-expanded") == "false"
    assert page.locator("input[name='residence']").evaluate("e => e === document.activeElement")


def has_focus(locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def test_the_arrow_keys_move_through_the_places_while_the_focus_stays_in_the_field(
    sign_in_browser, users
):
    # The ARIA combobox pattern: the field keeps the focus and names the place the arrow keys
    # reach (aria-activedescendant), so one can type on at any moment.
    person = make_person(["虚构人物·阿依古丽"], confidentiality="restricted", is_published=False)
    page, url = sign_in_browser(users["editor"])
    page.goto(f"{url}/persons/{person.public_id}/edit/")
    suggestions = type_place(page, "hometown", "Ghul")
    field = page.locator("input[name='hometown']")
    assert suggestions.get_attribute("role") == "listbox"
    options = suggestions.locator("[role=option]")
    ids = options.evaluate_all("options => options.map(option => option.id)")
    assert len(ids) >= 2 and all(ids) and len(set(ids)) == len(ids)
    assert field.get_attribute("aria-activedescendant") is None
    for key, active in [("ArrowDown", 0), ("ArrowDown", 1), ("ArrowUp", 0)]:
        page.keyboard.press(key)
        assert has_focus(field), key
        assert field.get_attribute("aria-activedescendant") == ids[active], key
        selected = options.evaluate_all("os => os.map(o => o.getAttribute('aria-selected'))")
        assert selected == ["true" if n == active else "false" for n in range(len(ids))], key
    # Typing goes on in the field, and no place is active until the arrow keys reach one again;
    # "Ghulj" asks for the places again.
    shown_before = options.first.element_handle()
    page.keyboard.type("j")
    assert field.input_value() == "Ghulj" and has_focus(field)
    assert field.get_attribute("aria-activedescendant") is None
    page.wait_for_function("option => !option.isConnected", arg=shown_before)
    suggestions.locator(".live-suggestion").first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # chooses the place; the form is not sent
    assert field.input_value() == "Ghulja County" and has_focus(field)
    assert suggestions.is_hidden() and field.get_attribute("aria-expanded") == "false"
    assert field.get_attribute("aria-activedescendant") is None
    assert page.url == f"{url}/persons/{person.public_id}/edit/"
    type_place(page, "residence", "Алма")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    residence = page.locator("input[name='residence']")
    assert suggestions_of(page, "residence").is_hidden() and has_focus(residence)
    assert residence.get_attribute("aria-activedescendant") is None
    assert residence.input_value() == "Алма"


def test_a_place_is_chosen_by_touch_on_a_phone(browser_page, users):
    person = make_person(["虚构人物·阿依古丽"], confidentiality="restricted", is_published=False)
    page, url = browser_page
    context = page.context.browser.new_context(
        has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", users["editor"].username)
    page.fill("#id_password", "fictional-test-password")
    page.tap("main button[type=submit]")
    page.wait_for_url(f"{url}/persons/")
    page.goto(f"{url}/persons/{person.public_id}/edit/")
    suggestions = type_place(page, "hometown", "Ghulj")
    suggestions.locator(".live-suggestion", has_text="Ghulja County").tap()
    assert page.input_value("input[name='hometown']") == "Ghulja County"
    assert suggestions.is_hidden()
    page.tap("main button[type=submit]")
    page.wait_for_url(f"{url}/persons/{person.public_id}/")
    context.close()
    assert Person.objects.get(pk=person.pk).hometown.key == "CN-654021"


PLACES_OF_FIELD_AND_LIST = """(name) => {
  const field = document.querySelector(`input[name='${name}']`);
  const list = field.closest(".place-input").querySelector(".live-suggestions");
  return [field, list, field.form].map(element => element.getBoundingClientRect().toJSON());
}"""
# How many lines each place's details take in the list under the field named name: the line
# boxes of its text, told apart by their tops (scripts mixed on one line may differ a little).
LINES_OF_DETAILS = """(name) => {
  const field = document.querySelector(`input[name='${name}']`);
  const list = field.closest(".place-input").querySelector(".live-suggestions");
  return [...list.querySelectorAll(".live-suggestion-details")].map(details => {
    const range = document.createRange();
    range.selectNodeContents(details);
    const half = parseFloat(getComputedStyle(details).fontSize) / 2;
    const tops = [];
    for (const rect of range.getClientRects()) {
      if (rect.width && !tops.some(top => Math.abs(top - rect.top) < half)) tops.push(rect.top);
    }
    return tops.length;
  });
}"""
# Each form with a place field, the field, and what is typed into it.
FORMS = {
    "suggestion": ("", "place", "伊宁"),
    "person": ("/persons/{person}/edit/", "residence", "Алма"),
    "testimony": ("/testimonies/new/", "testifier_residence", "Chapch"),
    "monitor": ("/monitor/", "place", "Kashg"),
}


@pytest.mark.parametrize("width", [1280, 720, 390])
@pytest.mark.parametrize("language", ["en", "zh-hans", "ug"])
def test_the_suggestions_open_under_the_field_and_fit_the_screen(
    sign_in_browser, users, tmp_path, language, width
):
    source = import_fictional_report(tmp_path, by=users["editor"])
    person = make_person(["虚构人物·古丽"], confidentiality="restricted", is_published=False)
    users["editor"].language = language
    users["editor"].save()
    page, url = sign_in_browser(users["editor"])
    page.set_viewport_size({"width": width, "height": 900})
    for form, (path, name, typed) in FORMS.items():
        page.goto(url + (path.format(person=person.public_id) or add_event_url(source)))
        type_place(page, name, typed)
        # Both measured at one moment: the testimony's "Draft kept." may move the page between.
        field, shown, whole_form = page.evaluate(PLACES_OF_FIELD_AND_LIST, name)
        assert shown["top"] == pytest.approx(field["bottom"], abs=2), form
        # Inside the form (a field at the far edge of a row opens its list the other way).
        assert shown["left"] >= max(whole_form["left"], 0) - 1, form
        assert shown["right"] <= min(whole_form["right"], width) + 1, form
        if width > 640:  # at least 24rem beside a narrow field
            assert shown["right"] - shown["left"] >= 380, form
        else:  # as wide as the form on a phone, not only as the field
            assert shown["right"] - shown["left"] >= width - 60, form
        # Each place's details on one line, cut short with an ellipsis when longer.
        assert set(page.evaluate(LINES_OF_DETAILS, name)) == {1}, form
        suggestions = suggestions_of(page, name)
        suggestions.scroll_into_view_if_needed()
        save_screenshot(page, f"place-suggestions-{form}-{language}-{width}")


def test_without_javascript_a_place_is_typed_by_its_name(browser_page, users):
    person = make_person(["虚构人物·阿依古丽"], confidentiality="restricted", is_published=False)
    page, url = browser_page
    context = page.context.browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", users["editor"].username)
    page.fill("#id_password", "fictional-test-password")
    page.click("main button[type=submit]")
    page.goto(f"{url}/persons/{person.public_id}/edit/")
    field = page.locator("input[name='hometown']")
    assert field.get_attribute("role") is None
    field.fill("喀什地区")
    assert suggestions_of(page, "hometown").is_hidden()
    page.click("main button[type=submit]")
    page.wait_for_url(f"{url}/persons/{person.public_id}/")
    context.close()
    assert Person.objects.get(pk=person.pk).hometown.key == "CN-653100"
