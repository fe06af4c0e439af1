"""Encoding detection. Every text here is fictional, written for these tests."""

import pytest

from tugan.core.encodings import decode_text, find_declared_charset, name_encoding_family
from tugan.core.formats import InputFormatError

SIMPLIFIED = (
    "虚构的消息来源说，新疆伊犁地区一位哈萨克族牧民在2018年被带走，至今下落不明。"
    "他的妹妹住在阿拉木图。"
)
TRADITIONAL = (
    "虛構的消息來源說，新疆伊犁地區一位哈薩克族牧民在2018年被帶走，至今下落不明。"
    "他的妹妹住在阿拉木圖。"
)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "gbk", "gbk"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
    ],
)
def test_it_detects_the_encoding_without_a_declaration(text, codec, expected):
    decoded = decode_text(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected


def test_it_names_gb18030_when_gbk_cannot_hold_the_text():
    # U+9FA6 onwards and the Uyghur letters exist in GB18030's four-byte range, not in GBK.
    text = SIMPLIFIED + "ئۇيغۇر"
    decoded = decode_text(text.encode("gb18030"))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


def test_it_follows_a_declaration_the_bytes_fit():
    data = '<meta charset="gb2312"><p>虚构</p>'.encode("gbk")
    assert decode_text(data).encoding == "gbk"


def test_it_prefers_an_http_charset_to_detection():
    assert decode_text(TRADITIONAL.encode("big5"), declared="big5").encoding == "big5"


def test_it_ignores_a_declaration_the_bytes_do_not_fit():
    data = ('<meta charset="big5"><p>' + SIMPLIFIED + "</p>").encode("utf-8")
    assert decode_text(data).encoding == "utf-8"


def test_it_reads_a_utf8_byte_order_mark():
    decoded = decode_text(b"\xef\xbb\xbf" + SIMPLIFIED.encode())
    assert decoded.text == SIMPLIFIED


def test_it_reports_utf8_cut_inside_a_character_as_truncated():
    data = SIMPLIFIED.encode()[:-1]
    with pytest.raises(InputFormatError, match="truncated"):
        decode_text(data)


def test_it_rejects_bytes_in_no_chinese_encoding():
    data = bytes(range(128, 256)) * 4
    with pytest.raises(InputFormatError, match="undecodable"):
        decode_text(data)


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        (b'<meta charset="GBK">', "gbk"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=big5">', "big5"),
        (b'<?xml version="1.0" encoding="gb18030"?><rss/>', "gb18030"),
        (b"<html><p>none</p>", None),
    ],
)
def test_it_finds_the_declared_charset(data, charset):
    assert find_declared_charset(data) == charset


@pytest.mark.parametrize(
    ("label", "family"),
    [
        ("GB2312", "gbk"),
        ("cp936", "gbk"),
        ("x-gbk", "gbk"),
        ("Big5-HKSCS", "big5"),
        ("utf8", "utf-8"),
        ("latin-1", None),
        ("no-such-charset", None),
        ("gb\x00k", None),  # a NUL in a hostile page's label
    ],
)
def test_it_names_the_family_of_a_charset_label(label, family):
    assert name_encoding_family(label) == family
