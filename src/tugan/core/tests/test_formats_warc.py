"""WARC files, written here with warcio. The pages in them are fictional."""

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tugan.core.formats import InputFormatError
from tugan.core.formats.warc import parse_warc

SIMPLIFIED_PAGE = (
    "<html><head><title>虚构新闻</title>"
    '<meta property="article:published_time" content="2021-03-01T10:30:00Z"></head>'
    "<body><nav><a href='/'>首页</a></nav><article><h1>虚构标题：一家人失联</h1>"
    "<p>虚构人物阿力木说，他已经四年无法联系在新疆的家人。</p></article></body></html>"
)
TRADITIONAL_PAGE = (
    "<html><head><title>虛構新聞</title></head><body><article><h1>虛構標題：一家人失聯</h1>"
    "<p>虛構人物阿力木說，他已經四年無法聯繫在新疆的家人。</p></article></body></html>"
)


def write_warc(records: list[tuple[str, str, bytes, str]], compress: bool = False) -> bytes:
    """Return a WARC file of response records (url, content type, body, status)."""
    output = io.BytesIO()
    writer = WARCWriter(output, gzip=compress)
    for url, content_type, body, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return output.getvalue()


GOOD_RECORDS = [
    (
        "https://news.example.org/a.html",
        "text/html; charset=utf-8",
        SIMPLIFIED_PAGE.encode("utf-8"),
        "200 OK",
    ),
    (
        "https://news.example.org/hant/a.html",
        "text/html; charset=big5",
        TRADITIONAL_PAGE.encode("big5"),
        "200 OK",
    ),
    ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
    (
        "https://news.example.org/gone.html",
        "text/html",
        b"<html><body>gone</body></html>",
        "404 Not Found",
    ),
]


@pytest.mark.parametrize("compress", [False, True])
def test_it_returns_the_html_pages_of_a_warc_file(compress):
    documents = parse_warc(write_warc(GOOD_RECORDS, compress))
    assert [document.url for document in documents] == [
        "https://news.example.org/a.html",
        "https://news.example.org/hant/a.html",
    ]
    first, second = documents
    assert first.kind == "warc"
    assert first.title == "虚构标题：一家人失联"  # the <h1>, not the <title>
    assert first.text.blocks[0].text == "虚构标题：一家人失联"
    assert "首页" not in first.text.text
    assert first.published is not None and first.published.year == 2021
    assert first.record_id.startswith("<urn:uuid:")
    assert second.encoding == "big5"
    assert "無法聯繫" in second.text.text


def test_it_allows_blank_lines_after_the_last_record():
    assert len(parse_warc(write_warc(GOOD_RECORDS[:1]) + b"\r\n\r\n")) == 1


def test_it_rejects_bytes_after_the_last_record():
    with pytest.raises(InputFormatError, match="record 2 at byte"):
        parse_warc(write_warc(GOOD_RECORDS[:1]) + b"garbage")


def test_it_returns_no_documents_for_a_warc_without_pages():
    assert parse_warc(write_warc(GOOD_RECORDS[2:])) == []


def test_it_skips_a_page_without_article_text():
    empty = (
        "https://news.example.org/empty.html",
        "text/html",
        b"<html><body></body></html>",
        "200 OK",
    )
    assert len(parse_warc(write_warc([empty, GOOD_RECORDS[0]]))) == 1


def test_it_keeps_a_page_with_an_unreadable_date_undated():
    page = SIMPLIFIED_PAGE.replace("2021-03-01T10:30:00Z", "last Tuesday").encode()
    record = ("https://news.example.org/a.html", "text/html", page, "200 OK")
    [document] = parse_warc(write_warc([record]))
    assert document.published is None


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_it_rejects_a_truncated_warc_file(cut):
    data = write_warc(GOOD_RECORDS)
    with pytest.raises(InputFormatError, match="truncated"):
        parse_warc(data[: int(len(data) * cut)])


def test_it_rejects_a_truncated_compressed_warc_file():
    data = write_warc(GOOD_RECORDS, compress=True)
    with pytest.raises(InputFormatError, match="truncated"):
        parse_warc(data[: len(data) // 2])


def test_it_rejects_a_file_that_is_not_warc():
    with pytest.raises(InputFormatError, match="not a WARC file"):
        parse_warc(b"<html><body>hello</body></html>")
