"""Text encodings of imported files: UTF-8, GBK, GB18030 and Big5, detected and decoded.

The caller keeps the original bytes; this module only says how to read them.
"""

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from tugan.core.formats import InputFormatError

UTF8, GBK, GB18030, BIG5 = "utf-8", "gbk", "gb18030", "big5"
# Only the encodings Chinese-language sources use are candidates; a wider search lets
# charset-normalizer pick a Cyrillic or Latin code page for Chinese bytes.
DETECTION_CANDIDATES = ["utf_8", "gb18030", "big5"]
# Declared names, as codecs normalises them, mapped to the family we decode with.
DECLARED_FAMILIES = {
    "utf-8": UTF8,
    "utf-8-sig": UTF8,
    "ascii": UTF8,
    "gb2312": GBK,
    "gbk": GBK,
    "cp936": GBK,
    "hz": GBK,
    "gb18030": GB18030,
    "big5": BIG5,
    "cp950": BIG5,
    "big5hkscs": BIG5,
}
# Big5 as written by Windows (cp950) and Hong Kong (HKSCS) adds characters to plain Big5.
BIG5_CODECS = ("big5", "cp950", "big5hkscs")
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Declarations sit in the head of a document; do not scan whole files for them.
DECLARATION_SCAN_BYTES = 4096


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "gbk", "gb18030" or "big5"


def find_declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML <meta> or XML declaration names, e.g. "gb2312", or None."""
    match = DECLARED_CHARSET.search(data[:DECLARATION_SCAN_BYTES])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii").lower()


def name_encoding_family(charset: str | None) -> str | None:
    """Return the family ("utf-8", "gbk", "gb18030", "big5") of a charset label, or None."""
    if not charset:
        return None
    label = charset.strip().strip("'\"").lower()
    # Browsers accept "x-" names such as x-gbk (WHATWG Encoding Standard); Python does not.
    for candidate in (label, label.removeprefix("x-")):
        try:
            return DECLARED_FAMILIES.get(codecs.lookup(candidate).name)
        except (LookupError, ValueError):  # ValueError: a label with a NUL in it
            continue
    return None


def decode_as(data: bytes, family: str) -> DecodedText | None:
    """Return data strictly decoded in an encoding family, or None if it does not fit."""
    if family == UTF8:
        try:
            return DecodedText(data.decode("utf-8-sig"), UTF8)
        except UnicodeDecodeError:
            return None
    if family in (GBK, GB18030):
        # GBK is a subset of GB18030: name the smaller one when it suffices.
        for codec in (GBK, GB18030):
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
        return None
    for codec in BIG5_CODECS:
        try:
            return DecodedText(data.decode(codec), BIG5)
        except UnicodeDecodeError:
            continue
    return None


def is_truncated_utf8(data: bytes) -> bool:
    """Return whether data is valid UTF-8 with non-ASCII text but cut inside its last character."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A cut-off multi-byte sequence can only be in the last 3 bytes.
        if error.reason != "unexpected end of data" or error.start < len(data) - 3:
            return False
        try:
            data[: error.start].decode("utf-8")
        except UnicodeDecodeError:
            return False
        return not data[: error.start].isascii()
    return False


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Return the text of data in UTF-8, GBK, GB18030 or Big5, or raise InputFormatError.

    A byte-order mark wins, then valid UTF-8, then the declared charset (an HTTP header or
    the document's own <meta>/XML declaration) if the bytes fit it, then detection.
    """
    if data.startswith(codecs.BOM_UTF8):
        decoded = decode_as(data, UTF8)
        if decoded is None:
            raise InputFormatError("undecodable: the file has a UTF-8 mark but is not UTF-8")
        return decoded
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise InputFormatError("undecodable: UTF-16 mark, but not UTF-16") from None
    decoded = decode_as(data, UTF8)
    if decoded is not None:
        return decoded
    if is_truncated_utf8(data):
        raise InputFormatError("truncated: the file ends inside a UTF-8 character")
    for charset in (declared, find_declared_charset(data)):
        family = name_encoding_family(charset)
        if family is not None and (decoded := decode_as(data, family)) is not None:
            return decoded
    best = from_bytes(data, cp_isolation=DETECTION_CANDIDATES).best()
    if best is not None:
        family = name_encoding_family(best.encoding)
        if family is not None and (decoded := decode_as(data, family)) is not None:
            return decoded
    raise InputFormatError(
        "undecodable: the text is not UTF-8, GBK, GB18030 or Big5"
        + (f" (it declares {declared!r})" if declared else "")
    )
