"""Limits on what one input file may expand to: gzip bombs and oversized files are refused."""

import gzip

import pytest

from tugan.core.formats import InputFormatError, parse_input_file
from tugan.core.formats.limits import MB, InputLimits, gunzip_within_limits

REPORT = (
    "<!--1614598509000-->\n[虚构报道](https://news.example.org/fictional/1.html)\n------\n\n"
    "<p>虚构人物说，他的家人失联。</p>"
)


def test_a_gzip_bomb_is_refused_before_it_is_expanded():
    bomb = gzip.compress(b"\0" * (300 * MB), compresslevel=9)  # about 300 KB
    with pytest.raises(InputFormatError, match=r"bomb.gz: expands more than 100 times"):
        gunzip_within_limits("bomb.gz", bomb, InputLimits())


def test_a_gzip_stream_past_the_expanded_limit_is_refused():
    data = gzip.compress(REPORT.encode() * 1000)
    limits = InputLimits(max_expanded_bytes=10_000, max_ratio=10**6)
    with pytest.raises(InputFormatError, match="expands to more than 10,000 bytes"):
        gunzip_within_limits("big.gz", data, limits)


def test_several_gzip_members_are_expanded_in_order():
    data = gzip.compress(b"first ") + gzip.compress(b"second")
    assert gunzip_within_limits("two.gz", data) == b"first second"


def test_a_file_larger_than_the_limit_is_refused_naming_it():
    with pytest.raises(InputFormatError, match=r"report.md: too large \(.*TUGAN_MAX_FILE_BYTES"):
        parse_input_file("report.md", REPORT.encode(), InputLimits(max_file_bytes=100))


def test_a_gzipped_report_within_the_limits_is_read():
    [document] = parse_input_file("report.md.gz", gzip.compress(REPORT.encode()))
    assert "家人失联" in document.text.text


def test_a_page_with_no_text_after_parsing_is_refused_naming_the_file():
    with pytest.raises(InputFormatError, match=r"^empty.txt: empty file"):
        parse_input_file("empty.txt", b"   \n\t\n")
    page = b"<html><head><title>t</title></head><body><p> </p></body></html>"
    with pytest.raises(InputFormatError, match=r"^blank.html: no article text"):
        parse_input_file("blank.html", page)
