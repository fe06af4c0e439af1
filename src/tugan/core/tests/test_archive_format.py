"""Archived-report parsing. Every report here is fictional, written for these tests."""

from datetime import UTC, datetime

import pytest

from tugan.core.formats import InputFormatError
from tugan.core.formats.archive import parse_archived_report

GOOD_REPORT = (
    "<!--1614598509000-->\n"
    "[虚构标题：一家人失联](https://news.example.org/2021/03/fictional.html)\n"
    "------\n\n"
    "<p>虚构人物阿力木说，他已四年无法联系家人。</p>"
).encode()


def test_it_reads_title_url_time_and_body():
    report = parse_archived_report(GOOD_REPORT)
    assert report.title == "虚构标题：一家人失联"
    assert report.url == "https://news.example.org/2021/03/fictional.html"
    assert report.published == datetime(2021, 3, 1, 11, 35, 9, tzinfo=UTC)
    assert report.body_html.startswith("<p>虚构人物阿力木")


def test_it_allows_a_missing_timestamp_line():
    report = parse_archived_report(GOOD_REPORT.split(b"\n", 1)[1])
    assert report.published is None
    assert report.title == "虚构标题：一家人失联"


def test_it_keeps_brackets_inside_the_url():
    data = b"[T](https://example.org/a_(b)/c)\n------\n\n<p>x</p>"
    assert parse_archived_report(data).url == "https://example.org/a_(b)/c"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"just some text\n", "expected a headline"),
        (b"[T](not-a-url)\n------\n\n<p>x</p>", r"not an http\(s\) URL"),
        (b"[T](https://example.org/x)\n<p>no separator</p>", "expected the '------' separator"),
        (b"<!--abc-->\n[T](https://example.org/x)\n------\n\n<p>x</p>", "not a valid time"),
        (
            b"<!--99999999999999-->\n[T](https://example.org/x)\n------\n\n<p>x</p>",
            "not a valid time",
        ),
        (b"<!--1614598509000\n[T](https://example.org/x)\n------\n\n<p>x</p>", "not closed"),
        (b"<!--1614598509000-->\n", "truncated"),
        (b"<!--1614598509000-->\n[T](https://example.org/x)\n", "truncated"),
        (b"[T](https://example.org/x)\n------\n\n", "truncated"),
        (b"[T](https://example.org/x)\n------\n\n<p>cut off in the mid", "truncated"),
        (b"[T](https://example.org/x)\n------\n\n<p>text</p><p>", "truncated"),
        (GOOD_REPORT[:-3], "truncated"),
        ("[T](https://example.org/x)\n------\n\n<p>中</p>".encode()[:-5], "truncated"),
        ("[标题](https://example.org/x)\n------\n\n<p>虚构</p>".encode("gbk"), "not UTF-8"),
    ],
)
def test_it_names_the_problem_of_a_bad_file(data, problem):
    with pytest.raises(InputFormatError, match=problem):
        parse_archived_report(data)


def test_it_reports_where_a_non_utf8_byte_is():
    with pytest.raises(InputFormatError, match=r"byte 0xff at offset 1"):
        parse_archived_report(b"[\xff](https://example.org)\n------\n\n<p>x</p>")
