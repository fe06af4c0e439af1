"""Property-based tests (Hypothesis) of every importer and parser in tugan.core.

Whatever the bytes or text, a parser either returns its result or raises its documented
error: InputFormatError for files (tugan.core.formats), ValueError for a resident ID number
or a written date. It never crashes with anything else, and never runs away. Inputs are
random, or random changes to small valid fictional files, so they reach past the first check.
"""

import contextlib
import gzip
import re
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tugan.core.dates import PartialDate, find_dates, resolve_date
from tugan.core.formats import InputFormatError, parse_input_file
from tugan.core.formats.archive import parse_archived_report
from tugan.core.formats.feed import parse_feed
from tugan.core.formats.html_page import parse_html_page
from tugan.core.formats.person_csv import parse_person_csv
from tugan.core.formats.warc import parse_warc
from tugan.core.html_text import extract_article_text
from tugan.core.names import compare_names, name_keys, split_name_parts
from tugan.core.resident_id import find_resident_ids, parse_resident_id
from tugan.core.tests.test_formats_person_csv import VOCABULARIES

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Small valid fictional files, to be changed at random.
ARCHIVED = (
    "<!--1614598509000-->\n[虚构报道](https://news.example.org/fictional.html)\n------\n\n"
    "<p>虚构人物阿力木说，他的家人失联。</p>"
).encode()
HTML = (
    "<!doctype html><html><head><title>虚构报道</title>"
    "<meta property='article:published_time' content='2021-03-01T08:00:00Z'></head>"
    "<body><article><p>虚构人物阿力木说，他的家人失联。他说，家人于2018年被带走。</p>"
    "</article></body></html>"
).encode()
FEED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>虚构</title><item>"
    "<title>虚构报道</title><link>https://news.example.org/1</link>"
    "<pubDate>Mon, 01 Mar 2021 08:00:00 GMT</pubDate>"
    "<description>&lt;p&gt;虚构人物说，他的家人失联。&lt;/p&gt;</description></item>"
    "</channel></rss>"
).encode()
PAGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML
WARC = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:fictional>\r\n"
    b"WARC-Target-URI: https://news.example.org/1\r\n"
    b"Content-Type: application/http; msgtype=response\r\n"
    + f"Content-Length: {len(PAGE)}\r\n\r\n".encode()
    + PAGE
    + b"\r\n\r\n"
)
PERSON_CSV = (
    "id,name,gender,birth_date,events,relatives\n"
    "1,阿力木·吐尔逊,male,1980-05,detained 2018-03 CN-654022,\n"
    "2,Гүлнар Қадыр,female,1975,,sister:1\n"
).encode()


@st.composite
def changed(draw, original: bytes) -> bytes:
    """Return original with a few random bytes replaced, inserted, deleted or cut off."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["replace", "insert", "delete", "cut"]))
        if action == "replace" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete" and data:
            del data[position]
        elif action == "cut":
            del data[position:]
    return bytes(data)


def file_bytes(original: bytes):
    return st.one_of(st.binary(max_size=400), changed(original))


@FUZZ
@given(file_bytes(ARCHIVED))
@example(ARCHIVED)
def test_archived_reports(data):
    with contextlib.suppress(InputFormatError):
        parse_archived_report(data)


@FUZZ
@given(file_bytes(HTML))
@example(HTML)
def test_html_pages(data):
    with contextlib.suppress(InputFormatError):
        parse_html_page(data)


@FUZZ
@given(st.text(max_size=400))
@example("<!-- x -->")
@example(" \x0c")
def test_html_to_text(html):
    extract_article_text(html)


@FUZZ
@given(file_bytes(FEED))
@example(FEED)
@example(
    re.sub(rb"<description>.*</description>", b"<description>&lt;!-- x --&gt;</description>", FEED)
)
def test_feeds(data):
    with contextlib.suppress(InputFormatError):
        parse_feed(data)


@FUZZ
@given(st.one_of(file_bytes(WARC), changed(gzip.compress(WARC))))
@example(WARC)
def test_warc_files(data):
    with contextlib.suppress(InputFormatError):
        parse_warc(data)


@FUZZ
@given(
    st.sampled_from(["report.md", "page.html", "feed.rss", "crawl.warc.gz", "notes.txt", "x"]),
    st.one_of(*(file_bytes(original) for original in [ARCHIVED, HTML, FEED, WARC])),
)
def test_any_input_file(name, data):
    try:
        documents = parse_input_file(name, data)
    except InputFormatError as error:
        assert str(error).startswith(name), error
    else:
        assert all(document.text.text.strip() for document in documents)


@FUZZ
@given(st.one_of(file_bytes(PERSON_CSV), st.text(max_size=300).map(str.encode)))
@example(PERSON_CSV)
def test_person_csv_files(data):
    try:
        result = parse_person_csv(data, VOCABULARIES, today=date(2026, 1, 1))
    except InputFormatError:
        return
    for problem in result.problems:
        assert problem.problem


@FUZZ
@given(st.one_of(st.text(max_size=25), st.from_regex(r"\A[0-9]{17}[0-9Xx]\Z")))
@example("65402219780412123X")
def test_resident_id_numbers(text):
    try:
        parse_resident_id(text, today=date(2026, 1, 1))
    except ValueError as error:
        assert str(error)
    find_resident_ids(text, today=date(2026, 1, 1))


@FUZZ
@given(
    st.one_of(
        st.text(max_size=60),
        st.from_regex(r"\A(去年|前年|今年)?[0-9零一二三四五六七八九十〇]{0,5}[年月日号號]{0,3}\Z"),
    ),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
)
def test_dates(text, published):
    find_dates(text, published)
    resolve_date(text, published)
    try:
        PartialDate.parse(text)
    except ValueError as error:
        assert str(error)


@FUZZ
@given(st.text(max_size=40), st.text(max_size=40))
@example("约买尔·艾木杜拉", "Omer Hemdulla")
@example("·", "-")
def test_names(a, b):
    name_keys(a)
    split_name_parts(a)
    comparison = compare_names(a, b)
    assert comparison is not None


def test_the_fictional_originals_parse():
    # The changed files start from valid ones, so that changes reach past the first check.
    assert parse_archived_report(ARCHIVED).title == "虚构报道"
    assert "家人失联" in parse_html_page(HTML).text.text
    assert len(parse_feed(FEED)) == 1
    assert len(parse_warc(WARC)) == 1
    assert len(parse_warc(gzip.compress(WARC))) == 1
    assert len(parse_person_csv(PERSON_CSV, VOCABULARIES, today=date(2026, 1, 1)).records) == 2
