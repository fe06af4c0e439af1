"""The seed review flow in headless Chromium, on a FICTIONAL seed-shaped report.

The report is imported through the real import path, so the real extractor makes the
suggestions (fictional_seed.py). Screenshots go to TUGAN_SCREENSHOTS (default: screenshots/
beside the checkout, git-ignored).
"""

import pytest

from tugan.records.models import Person, PersonName
from tugan.review.models import Suggestion
from tugan.review.tests.fictional_seed import (
    MAN_ABROAD,
    MISSED_EVENT,
    PERSONS,
    import_seed_shaped_report,
)
from tugan.testing import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SELECT_WORDS = """(words) => {
  const walker = document.createTreeWalker(
    document.querySelector(".review-text"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf(words);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + words.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return true;
    }
  }
  return false;
}"""


def screenshot(page, name: str) -> None:
    save_screenshot(page, f"review-flow-{name}")


def accept_all(page, kind: str) -> None:
    page.click(f"#kind-{kind} button:has-text('Accept all pending')")
    assert "Accepted" in page.locator(".messages").inner_text()


def accept_one_at_a_time(page, source) -> None:
    numbers = source.suggestions.filter(kind__in=["person", "event"]).order_by("number")
    for number in numbers.values_list("number", flat=True):
        page.click(f"#suggestion-{number} button.accept")
        assert "Accepted" in page.locator(f"#suggestion-{number} .decided").inner_text()


ORDERS = {
    "persons-then-events": lambda page, source: [accept_all(page, k) for k in ["person", "event"]],
    "events-then-persons": lambda page, source: [accept_all(page, k) for k in ["event", "person"]],
    "one-at-a-time": accept_one_at_a_time,
}


def record_of(name: str) -> Person:
    return PersonName.objects.get(text=name, kind="primary").person


def open_review(sign_in_browser, user, source):
    page, url = sign_in_browser(user)
    page.goto(f"{url}/sources/{source.public_id}/review/")
    return page, url


def assert_suggestions_stand_beside_the_text(page) -> None:
    """The list of decisions is a column to the right of the text, in the page's flow: a style
    of another page once laid it over the text."""
    page.evaluate("window.scrollTo(0, 0)")
    text = page.locator("article.review-text").bounding_box()
    suggestions = page.locator("section.suggestions").bounding_box()
    position = page.locator("section.suggestions").evaluate("e => getComputedStyle(e).position")
    assert position == "static"
    assert suggestions["x"] >= text["x"] + text["width"]
    assert suggestions["y"] == pytest.approx(text["y"], abs=2)


@pytest.mark.parametrize("order", ORDERS)
def test_each_order_of_review_gives_one_record_per_person(sign_in_browser, users, tmp_path, order):
    source = import_seed_shaped_report(tmp_path, by=users["editor"])
    page, url = open_review(sign_in_browser, users["editor"], source)
    ORDERS[order](page, source)
    assert not source.suggestions.filter(kind__in=["person", "event"], state="pending").exists()
    persons = Person.objects.filter(merged_into__isnull=True)
    assert sorted(person.primary_name for person in persons) == sorted(PERSONS)
    assert_suggestions_stand_beside_the_text(page)
    page.goto(f"{url}/persons/{record_of(MAN_ABROAD).public_id}/")
    timeline = page.locator(".timeline").inner_text()
    for fact in ["15 years", "25 years", "sister ×2", "disappeared", "contact lost"]:
        assert fact in timeline
    screenshot(page, f"{order}-person")


def test_a_reviewer_adds_a_missed_event_undoes_it_and_publishes_a_person(
    sign_in_browser, users, tmp_path, client
):
    source = import_seed_shaped_report(tmp_path, by=users["editor"])
    page, url = open_review(sign_in_browser, users["editor"], source)
    accept_all(page, "person")
    accept_all(page, "event")

    # Several places at once: tick them, reject them.
    places = page.locator("#kind-place li.state-pending input.select")
    ticked = places.count()
    assert ticked >= 2
    for index in range(ticked):
        places.nth(index).check()
    page.click("button:has-text('Reject the ticked suggestions')")
    assert f"Rejected {ticked}." in page.locator(".messages").inner_text()

    # Extraction missed a fact: select its words and add it as an event.
    assert page.evaluate(SELECT_WORDS, MISSED_EVENT)
    bar = page.locator("#add-from-span")
    bar.wait_for(state="visible")
    assert bar.locator(".selected-words").inner_text() == MISSED_EVENT
    screenshot(page, "span-selected")
    bar.locator("button:has-text('an event')").click()
    assert "艾尔肯" in page.input_value("#id_subject_name")
    page.select_option("#id_type", "passport_confiscated")
    page.select_option("#id_subject_kind", "relative_of")
    page.select_option("#id_relation", "spouse")
    page.fill("#id_date", "2018")
    screenshot(page, "span-form")
    page.click("button:has-text('Add suggestion')")
    added = source.suggestions.order_by("number").last()
    assert f"Added suggestion {added.number}." in page.locator(".messages").inner_text()
    start = source.text.index(MISSED_EVENT)
    assert added.payload["quote"] == [start, start + len(MISSED_EVENT)]
    page.click(f"#suggestion-{added.number} button.accept")

    man = record_of(MAN_ABROAD)
    page.goto(f"{url}/persons/{man.public_id}/")
    confiscated = page.locator(".timeline li:has-text('passport confiscated')")
    assert MISSED_EVENT in confiscated.locator("blockquote").inner_text()

    # Undo the decision: the event and its citation are gone, the suggestion pending again.
    page.goto(f"{url}/sources/{source.public_id}/review/")
    page.click(f"#suggestion-{added.number} button.undo")
    assert Suggestion.objects.get(pk=added.pk).state == "pending"
    page.goto(f"{url}/persons/{man.public_id}/")
    assert page.locator(".timeline li:has-text('passport confiscated')").count() == 0

    # Publish him: first the preview of what everyone will see, then publish.
    page.click("a.publish-person")
    preview = page.locator(f".public-preview[data-person='{man.public_id}']")
    assert "25 years" in preview.inner_text()
    assert "2 sisters: disappeared" in preview.locator("li.unnamed").all_inner_texts()
    assert page.locator(".public-preview[data-person]").count() == 1
    screenshot(page, "publish-preview")
    page.click("button.publish")
    assert f"Published {man.public_id}." in page.locator(".messages").inner_text()

    # What an anonymous visitor sees: him, his reviewed facts and their source; no one else.
    page.click("button:has-text('Sign out')")
    page.goto(f"{url}/persons/")
    listed = page.locator("main").inner_text()
    assert MAN_ABROAD in listed
    assert not any(name in listed for name in PERSONS if name != MAN_ABROAD)
    page.goto(f"{url}/persons/{man.public_id}/")
    timeline = page.locator(".timeline").inner_text()
    assert "25 years" in timeline and "sister ×2" in timeline
    assert "passport confiscated" not in timeline
    assert "restricted" not in page.locator("main").inner_text()
    screenshot(page, "anonymous-person")
    other = record_of(PERSONS[0])
    assert page.goto(f"{url}/persons/{other.public_id}/").status == 404
    assert page.goto(f"{url}/sources/{source.public_id}/").status == 200
    screenshot(page, "anonymous-source")


SELECT_ACROSS_A_MARK = """([markNumber, plainWords]) => {
  const mark = document.querySelector(`#mark-${markNumber} mark`).firstChild;
  const walker = document.createTreeWalker(
    document.querySelector(".review-text"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf(plainWords);
    if (at >= 0 && walker.currentNode !== mark) {
      const range = document.createRange();
      range.setStart(mark, 1);
      range.setEnd(walker.currentNode, at + plainWords.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return true;
    }
  }
  return false;
}"""


def test_a_selection_across_a_marked_name_maps_to_the_source_offsets(
    sign_in_browser, users, tmp_path
):
    source = import_seed_shaped_report(tmp_path, by=users["editor"])
    page, url = open_review(sign_in_browser, users["editor"], source)
    # From the second character of a marked name to the end of the plain words after it.
    words_after = "他的妻子2018年"
    end = source.text.index(words_after) + len(words_after)
    marked = source.suggestions.filter(kind="person", start__lt=end).order_by("-start").first()
    assert page.evaluate(SELECT_ACROSS_A_MARK, [marked.number, words_after])
    bar = page.locator("#add-from-span")
    bar.wait_for(state="visible")
    assert bar.locator("input[name=start]").input_value() == str(marked.start + 1)
    assert bar.locator("input[name=end]").input_value() == str(end)
    bar.locator("button:has-text('a person')").click()
    # The name's first mention is in an earlier paragraph: the selection crosses a break.
    selected = source.text[marked.start + 1 : end]
    assert "\n\n" in selected
    shown = page.locator(".selected-words").inner_text()
    assert shown.split() == f"“{selected}”".split()
