"""Choosing the parser for an input file. Every file here is fictional."""

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tugan.core.formats import InputFormatError, ParsedDocument, parse_input_file

FIXTURES = Path(__file__).parent / "fixtures"
REPORT = (
    "<!--1614598509000-->\n"
    "[虚构标题：一家人失联](https://news.example.org/2021/03/fictional.html)\n"
    "------\n\n"
    "<p>虚构人物阿力木说，他已四年无法联系家人。</p><figure><figcaption>虚构图片说明。</figcaption></figure>"
)


def make_warc() -> bytes:
    output = io.BytesIO()
    writer = WARCWriter(output, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = b"<html><body><article><p>\xe8\x99\x9a\xe6\x9e\x84</p></article></body></html>"
    record = writer.create_warc_record(
        "https://example.org/w.html", "response", payload=io.BytesIO(page), http_headers=headers
    )
    writer.write_record(record)
    return output.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "kind", "count"),
    [
        ("report.md", REPORT.encode(), "archive", 1),
        ("no-extension", REPORT.encode(), "archive", 1),
        ("page.html", (FIXTURES / "article-gbk.html").read_bytes(), "html", 1),
        ("saved", (FIXTURES / "article-big5.html").read_bytes(), "html", 1),
        ("feed.xml", (FIXTURES / "feed-rss2.xml").read_bytes(), "feed", 2),
        ("download", (FIXTURES / "feed-atom-big5.xml").read_bytes(), "feed", 1),
        ("crawl.warc.gz", make_warc(), "warc", 1),
        ("notes.txt", "虚构的笔记\n第二行。\n".encode("gb18030"), "text", 1),
    ],
)
def test_it_picks_the_parser_by_content_then_by_name(name, data, kind, count):
    documents = parse_input_file(name, data)
    assert len(documents) == count
    assert all(isinstance(document, ParsedDocument) for document in documents)
    assert {document.kind for document in documents} == {kind}


def test_it_reads_an_archived_report_into_the_shared_shape():
    [document] = parse_input_file("report.md", REPORT.encode())
    assert document.title == "虚构标题：一家人失联"
    assert document.url == "https://news.example.org/2021/03/fictional.html"
    assert document.published.year == 2021
    assert document.text.captions == ("虚构图片说明。",)
    assert document.encoding == "utf-8"


def test_it_reads_an_archived_report_saved_in_big5():
    traditional = REPORT.replace("虚构标题：一家人失联", "虛構標題：一家人失聯")
    [document] = parse_input_file("report.md", traditional.encode("big5", errors="ignore"))
    assert document.encoding == "big5"
    assert document.title == "虛構標題：一家人失聯"


def test_it_reads_a_gzip_compressed_file():
    [document] = parse_input_file("report.md.gz", gzip.compress(REPORT.encode()))
    assert document.kind == "archive"


def test_it_reads_a_plain_text_file_with_its_first_line_as_title():
    [document] = parse_input_file("notes.txt", "虚构的笔记\n\n第二行。\n".encode("gbk"))
    assert document.title == "虚构的笔记"
    assert document.encoding == "gbk"
    assert [block.text for block in document.text.blocks] == ["虚构的笔记", "第二行。"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.md", b"  \n", "empty file"),
        ("persons.csv", b"name\n", "person records"),
        ("data.bin", b"\x00\x01binary", "not in a known format"),
        ("report.md", REPORT.encode()[:-5], "truncated"),
        ("report.md.gz", gzip.compress(REPORT.encode())[:-8], "truncated or broken gzip"),
        ("feed.xml", (FIXTURES / "feed-truncated.xml").read_bytes(), "truncated or broken XML"),
        ("crawl.warc.gz", make_warc()[:-40], "truncated"),
        ("report.md", REPORT.replace("1614598509000", "9" * 14).encode(), "not a valid time"),
    ],
)
def test_it_names_the_problem_with_a_broken_file(name, data, problem):
    with pytest.raises(InputFormatError, match=problem):
        parse_input_file(name, data)
