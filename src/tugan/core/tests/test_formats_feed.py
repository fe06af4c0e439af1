"""RSS and Atom feeds. The feeds are fictional (see fixtures/README.md)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tugan.core.formats import InputFormatError
from tugan.core.formats.feed import parse_feed

FIXTURES = Path(__file__).parent / "fixtures"


def rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>虚构</title>'
        f"<link>https://news.example.org/</link>{items}</channel></rss>"
    ).encode()


def test_it_returns_one_document_per_rss_entry():
    documents = parse_feed((FIXTURES / "feed-rss2.xml").read_bytes())
    assert [document.title for document in documents] == [
        "哈萨克斯坦男子：哥哥在察布查尔县被带走后下落不明",
        "阿拉木图家属集会 呼吁说明亲人下落",
    ]
    first = documents[0]
    assert first.kind == "feed"
    assert first.url == "https://news.example.org/2021/03/fictional-brother.html"
    assert first.record_id == "fictional-brother-2021"
    assert first.published == datetime(2021, 3, 1, 10, 30, tzinfo=UTC)


def test_it_prefers_full_content_to_the_summary_and_drops_scripts():
    first = parse_feed((FIXTURES / "feed-rss2.xml").read_bytes())[0]
    assert len(first.text.blocks) == 4
    assert "察布查尔县被当地警察带走" in first.text.text
    assert "alert" not in first.text.text


def test_it_reads_an_atom_feed_in_big5():
    [document] = parse_feed((FIXTURES / "feed-atom-big5.xml").read_bytes())
    assert document.encoding == "big5"
    assert document.title == "哈薩克斯坦男子：哥哥在察布查爾縣被帶走後下落不明"
    assert document.url == "https://news.example.org/hant/2021/03/fictional-brother.html"
    assert document.record_id == "urn:example:fictional-brother"
    # published wins over updated
    assert document.published == datetime(2021, 3, 1, 10, 30, tzinfo=UTC)


def test_it_returns_no_documents_for_a_feed_without_entries():
    assert parse_feed(rss("")) == []


def test_it_leaves_published_empty_when_an_entry_has_no_date():
    [document] = parse_feed(rss("<item><title>虚构</title><description>正文</description></item>"))
    assert document.published is None
    assert document.url is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ((FIXTURES / "feed-truncated.xml").read_bytes(), "truncated or broken XML"),
        (rss("<item><title>虚构</title><pubDate>soon</pubDate></item>"), "entry 1: bad timestamp"),
        (rss("<item><link>https://example.org/x</link></item>"), "neither a title nor any text"),
        (b"<html><body><p>not a feed</p></body></html>", "not an RSS or Atom feed"),
        (b"<rss version='2.0'><channel><title>x</title></chan", "truncated or broken XML"),
    ],
)
def test_it_rejects_broken_feeds(data, problem):
    with pytest.raises(InputFormatError, match=problem):
        parse_feed(data)
