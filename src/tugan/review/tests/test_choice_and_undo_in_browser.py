"""Choosing who a person is, and undoing decisions, in headless Chromium (FICTIONAL report)."""

import pytest

from tugan.records.models import Person
from tugan.review.tests.fictional import FAMILY_MAN_LATIN, import_family_report
from tugan.testing import make_person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_accepts_the_preselected_person_then_undoes_it(sign_in_browser, users, tmp_path):
    known = make_person([FAMILY_MAN_LATIN], confidentiality="restricted", is_published=False)
    source = import_family_report(tmp_path, by=users["editor"])
    person = source.suggestions.get(kind="person")
    event = source.suggestions.filter(kind="event").order_by("number").first()
    page, url = sign_in_browser(users["editor"])
    page.goto(f"{url}/sources/{source.public_id}/review/")
    item = page.locator(f"#suggestion-{person.number}")
    assert item.locator(f"input[value='{known.public_id}']").is_checked()
    assert "strong match" in item.locator(".person-choice").inner_text()
    page.locator(f"#suggestion-{event.number} button.accept").click()
    item.locator("button.accept").click()
    assert known.public_id in item.inner_text()
    assert Person.objects.filter(merged_into__isnull=True).count() == 1

    # The event made a record before the choice merged it into the known person: the event's
    # decision is undone after the person's, and the page says so.
    page.locator(f"#suggestion-{event.number} button.undo").click()
    assert (
        "Undo the decisions that build on this one first" in page.locator(".messages").inner_text()
    )
    page.locator(f"#suggestion-{person.number} button.undo").click()
    assert "pending again" in page.locator(".messages").inner_text()
    page.locator(f"#suggestion-{event.number} button.undo").click()
    assert page.locator(f"#suggestion-{event.number} button.accept").is_visible()
    assert list(Person.objects.all()) == [known]
    page.screenshot(path=str(tmp_path / "undone.png"), full_page=True)
