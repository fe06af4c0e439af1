"""Merge, unmerge and not-the-same in a real headless Chromium. Every person here is FICTIONAL."""

import pytest

from tugan.linkage.models import MatchCandidate, MatchState
from tugan.testing import make_person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reviewer_merges_unmerges_and_marks_not_the_same(sign_in_browser, users):
    han = make_person(["约买尔·艾木杜拉"])
    latin = make_person(["Omer Hemdulla"])
    page, url = sign_in_browser(users["reviewer"])
    page.click("nav a:has-text('Matches')")
    pair = page.locator(f"#match-{han.public_id}-{latin.public_id}")
    assert "Han reading" in pair.inner_text()

    pair.locator("button[name=merge]").click()
    page.wait_for_url(f"{url}/matches/")
    assert f"{latin.public_id} merged into {han.public_id}" in page.content()
    page.goto(f"{url}/persons/{han.public_id}/")
    assert "Omer Hemdulla" in page.locator(".names").inner_text()

    page.goto(f"{url}/matches/")
    page.locator(f"#merge-{latin.public_id} button[name=unmerge]").click()
    page.wait_for_url(f"{url}/matches/")
    assert f"{latin.public_id} unmerged" in page.content()
    page.goto(f"{url}/persons/{han.public_id}/")
    assert "Omer Hemdulla" not in page.locator(".names").inner_text()

    page.goto(f"{url}/matches/")
    page.locator(f"#match-{han.public_id}-{latin.public_id} button[name=distinct]").click()
    page.wait_for_url(f"{url}/matches/")
    assert "No possible matches waiting for review." in page.content()
    assert MatchCandidate.objects.get().state == MatchState.DISTINCT
