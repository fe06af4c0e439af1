"""Adding a suggestion from a span of the text the reviewer selected, on a FICTIONAL report."""

import re
from html import unescape

import pytest

from tugan.audit.models import AuditEntry
from tugan.records.models import Event
from tugan.review import decisions, suggesting
from tugan.review.models import Suggestion
from tugan.review.tests.fictional import BROTHER, SISTER, import_fictional_report
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES

pytestmark = pytest.mark.django_db
# The extractor reads no event in this sentence of the fictional report: the reviewer adds it.
MISSED = "她的两个姐姐下落不明"


@pytest.fixture
def source(tmp_path):
    return import_fictional_report(tmp_path)


def span_of(source, words: str) -> tuple[int, int]:
    start = source.text.index(words)
    return start, start + len(words)


def test_an_event_drafted_from_a_span_reads_the_sentence_around_it(source):
    start, end = span_of(source, "2019年被判处十五年有期徒刑")
    draft = suggesting.draft_from_span(source, "event", start, end)
    assert draft["type"] == "sentenced"
    assert draft["years"] == 15 and draft["date"] == "2019"
    assert draft["subject"] == {"person": BROTHER}


def test_a_person_and_a_place_are_drafted_from_their_words(source):
    assert suggesting.draft_from_span(source, "person", *span_of(source, SISTER))["name"] == SISTER
    assert suggesting.draft_from_span(source, "place", *span_of(source, "伊宁"))["key"]


@pytest.mark.parametrize(
    "kind, start, end, problem",
    [
        ("identifier", 0, 3, "person, an event or a place"),
        ("event", 5, 5, "not inside the text"),
        ("event", 0, 10_000, "not inside the text"),
    ],
)
def test_a_bad_span_is_refused(source, kind, start, end, problem):
    with pytest.raises(suggesting.SpanError, match=problem):
        suggesting.add_suggestion(source, kind, start, end, {"type": "disappeared"})
    assert not Suggestion.objects.filter(source=source, kind=kind, start=start).exists()


def test_an_added_event_quotes_its_span_and_is_accepted_like_any_other(source, users):
    start, end = span_of(source, MISSED)
    payload = {"type": "disappeared", "subject": {"relative_of": SISTER, "relation": "sister"}}
    payload["subject"]["count"] = 2
    added = suggesting.add_suggestion(source, "event", start, end, payload, users["editor"])
    assert (added.start, added.end, added.state) == (start, end, "pending")
    assert added.number == source.suggestions.count()
    entry = AuditEntry.objects.filter(action="add_suggestion").get()
    expected = {"number": added.number, "kind": "event", "span": [start, end]}
    assert entry.record_change.changes == expected
    decisions.accept_suggestion(added, by=users["editor"])
    event = Event.objects.get(pk=Suggestion.objects.get(pk=added.pk).event_id)
    assert (event.type, event.relation, event.subject_count) == ("disappeared", "sister", 2)
    assert [citation.quote for citation in event.citations.all()] == [MISSED]


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_add_a_suggestion(client_as, source, role):
    start, end = span_of(source, MISSED)
    url = f"/sources/{source.public_id}/suggestions/add/"
    response = client_as(role).get(url, {"kind": "event", "start": start, "end": end})
    assert response.status_code == REVIEWER_PAGE_STATUS[role]
    count = source.suggestions.count()
    response = client_as(role).post(
        url, {"kind": "person", "start": start, "end": end, "name": "虚构人物名"}
    )
    is_staff = REVIEWER_PAGE_STATUS[role] == 200
    assert response.status_code == (302 if is_staff else REVIEWER_PAGE_STATUS[role])
    assert source.suggestions.count() == count + is_staff


def test_the_add_page_is_prefilled_from_the_span(client_as, source):
    start, end = span_of(source, "2019年被判处十五年有期徒刑")
    url = f"/sources/{source.public_id}/suggestions/add/"
    html = client_as("editor").get(url, {"kind": "event", "start": start, "end": end})
    html = html.content.decode()
    assert "<h1>Add an event from the selected words</h1>" in html
    assert '<input type="hidden" name="kind" value="event"' in html
    assert '<option value="sentenced" selected>' in html
    assert f'value="{BROTHER}"' in html and 'name="years" value="15"' in html


def test_the_page_posts_a_span_back_as_a_pending_suggestion(client_as, source):
    start, end = span_of(source, MISSED)
    response = client_as("editor").post(
        f"/sources/{source.public_id}/suggestions/add/",
        {
            "kind": "event",
            "start": start,
            "end": end,
            "type": "disappeared",
            "subject_kind": "relative_of",
            "subject_name": SISTER,
            "relation": "sister",
            "count": 2,
        },
    )
    added = source.suggestions.order_by("number").last()
    assert response["Location"].endswith(f"#suggestion-{added.number}")
    assert added.payload["quote"] == [start, end]
    assert added.payload["subject"] == {"relative_of": SISTER, "relation": "sister", "count": 2}


def test_a_selection_outside_the_text_is_a_bad_request(client_as, source):
    url = f"/sources/{source.public_id}/suggestions/add/"
    response = client_as("editor").get(url, {"kind": "event", "start": 3, "end": 10_000})
    assert response.status_code == 400
    assert "not inside the text" in response.content.decode()


def test_each_segment_of_the_review_page_says_where_it_starts_in_the_text(client_as, source):
    html = client_as("editor").get(f"/sources/{source.public_id}/review/").content.decode()
    segments = re.findall(r'<span data-start="(\d+)">(.*?)</span>', html, re.S)
    segments += re.findall(r'<a data-start="(\d+)"[^>]*><mark>(.*?)</mark>', html, re.S)
    assert len(segments) > 5
    for start, words in segments:
        words = unescape(words)
        assert source.text[int(start) : int(start) + len(words)] == words
