"""Saved HTML article pages. The pages are fictional (see fixtures/README.md)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tugan.core.formats import InputFormatError
from tugan.core.formats.html_page import parse_html_page, parse_timestamp

FIXTURES = Path(__file__).parent / "fixtures"
PARAGRAPH = "<p>虚构人物阿力木说，他已经四年无法联系在新疆的家人，每次打电话都无人接听。</p>"


def page(head: str = "", body: str = PARAGRAPH * 3) -> bytes:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


def test_it_reads_a_gbk_page_with_its_metadata():
    document = parse_html_page((FIXTURES / "article-gbk.html").read_bytes())
    assert document.encoding == "gbk"
    assert document.kind == "html"
    assert document.title == "哈萨克斯坦男子：哥哥在察布查尔县被带走后下落不明"
    assert document.url == "https://news.example.org/2021/03/fictional-brother.html"
    assert document.published == datetime(2021, 3, 1, 10, 30, tzinfo=UTC)


def test_it_keeps_the_article_and_leaves_out_the_page_furniture():
    text = parse_html_page((FIXTURES / "article-gbk.html").read_bytes()).text
    assert "察布查尔县被当地警察带走" in text.text
    for noise in ("首页", "要闻", "相关新闻", "另一篇虚构报道", "版权所有", "tracker"):
        assert noise not in text.text


def test_it_returns_headings_paragraphs_and_captions():
    text = parse_html_page((FIXTURES / "article-gbk.html").read_bytes()).text
    kinds = [block.kind for block in text.blocks]
    assert kinds[0] == "heading"
    assert "paragraph" in kinds
    assert text.captions == ("虚构人物叶尔江·托合提在阿拉木图展示哥哥的照片。",)


def test_it_reads_a_big5_page_in_traditional_characters():
    document = parse_html_page((FIXTURES / "article-big5.html").read_bytes())
    assert document.encoding == "big5"
    assert document.title == "哈薩克斯坦男子：哥哥在察布查爾縣被帶走後下落不明"
    assert "察布查爾縣" in document.text.text


def test_it_falls_back_on_the_fetch_address_without_a_canonical_one():
    document = parse_html_page(page(), url="https://news.example.org/a.html")
    assert document.url == "https://news.example.org/a.html"


def test_it_makes_a_relative_canonical_address_absolute():
    head = '<link rel="canonical" href="/2021/b.html">'
    document = parse_html_page(page(head), url="https://news.example.org/x/a.html")
    assert document.url == "https://news.example.org/2021/b.html"


def test_it_uses_og_url_when_there_is_no_canonical_link():
    head = '<meta property="og:url" content="https://news.example.org/og.html">'
    assert parse_html_page(page(head)).url == "https://news.example.org/og.html"


def test_it_reads_the_publication_time_from_json_ld():
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2020-05-04T08:00:00Z"}</script>'
    )
    assert parse_html_page(page(head)).published == datetime(2020, 5, 4, 8, 0, tzinfo=UTC)


def test_it_reads_a_short_page_trafilatura_passes_over():
    document = parse_html_page(b"<html><body><p>\xe5\xbe\x88\xe7\x9f\xad</p></body></html>")
    assert document.text.text == "很短"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-01T18:30:00+08:00", datetime(2021, 3, 1, 10, 30, tzinfo=UTC)),
        ("2021-03-01T10:30:00Z", datetime(2021, 3, 1, 10, 30, tzinfo=UTC)),
        ("2021-03-01", datetime(2021, 3, 1, tzinfo=UTC)),
        ("2021年3月1日 10:05", datetime(2021, 3, 1, 10, 5, tzinfo=UTC)),
        ("2021/03/01", datetime(2021, 3, 1, tzinfo=UTC)),
        ("yesterday", None),
        ("1890-01-01", None),
    ],
)
def test_it_parses_publication_times(value, expected):
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (page('<meta property="article:published_time" content="last Tuesday">'), "bad timestamp"),
        (page()[:-20], "truncated"),
        (b"<html><head><title>t</title></head><body></body></html>", "no article text"),
        (b"<html><body><p>\x80\x80\x80</p></body></html>", "undecodable"),
    ],
)
def test_it_rejects_broken_pages(data, problem):
    with pytest.raises(InputFormatError, match=problem):
        parse_html_page(data)
