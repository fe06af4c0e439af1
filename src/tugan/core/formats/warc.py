"""WARC web archives (ISO 28500): the HTML pages among their records, one document each.

warcio reads plain and gzip-per-record WARC files and undoes HTTP chunking and compression.
"""

import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tugan.core.formats import WARC, InputFormatError, ParsedDocument
from tugan.core.formats.html_page import parse_html_page

if TYPE_CHECKING:
    from tugan.core.formats.limits import InputLimits

HTML_TYPES = ("text/html", "application/xhtml+xml")
VERSION_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
CONTENT_LENGTH = re.compile(rb"^Content-Length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
HEADER_END = re.compile(rb"\r?\n\r?\n")
RECORD_END = re.compile(rb"(?:\r?\n){2}")
ONLY_BLANKS_LEFT = re.compile(rb"\s*\Z")


def decompress_warc(
    data: bytes, name: str = "WARC file", limits: "InputLimits | None" = None
) -> bytes:
    """Return the plain bytes of a WARC file whose records may each be gzip-compressed,
    expanded no further than the limits allow."""
    from tugan.core.formats.limits import DEFAULT_LIMITS, gunzip_within_limits

    if not data.startswith(b"\x1f\x8b"):
        return data
    return gunzip_within_limits(name, data, limits or DEFAULT_LIMITS)


def check_warc_structure(data: bytes) -> None:
    """Raise InputFormatError unless plain WARC bytes are whole records end to end.

    warcio reads a record cut short without complaint; an import must not store half a page.
    """
    position, number = 0, 0
    # Blank lines after the last record are harmless.
    while not ONLY_BLANKS_LEFT.match(data, position):
        number += 1
        if not VERSION_LINE.match(data, position):
            raise InputFormatError(
                f"not a WARC file: record {number} at byte {position} does not start 'WARC/1.0'"
            )
        header_end = HEADER_END.search(data, position)
        if header_end is None:
            raise InputFormatError(f"truncated: record {number} ends inside its WARC headers")
        length = CONTENT_LENGTH.search(data[position : header_end.start()])
        if length is None:
            raise InputFormatError(f"record {number} at byte {position} has no Content-Length")
        block_end = header_end.end() + int(length.group(1))
        if block_end > len(data):
            raise InputFormatError(
                f"truncated: record {number} declares {int(length.group(1))} bytes, "
                f"{len(data) - header_end.end()} remain"
            )
        record_end = RECORD_END.match(data, block_end)
        if record_end is None:
            raise InputFormatError(f"truncated: record {number} does not end with a blank line")
        position = record_end.end()


def split_content_type(value: str | None) -> tuple[str, str | None]:
    """Return the media type and charset of a Content-Type header value."""
    if not value:
        return "", None
    media_type, _, parameters = value.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, setting = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = setting.strip().strip("'\"") or None
    return media_type.strip().lower(), charset


def iter_html_records(
    data: bytes, max_body_bytes: int = 50 * 1024 * 1024
) -> Iterator[tuple[str, str | None, str | None, bytes]]:
    """Yield (record id, target URI, charset, body) for each HTML page a WARC file holds.

    A body longer than max_body_bytes once its HTTP compression is undone is refused.
    """
    try:
        for record in ArchiveIterator(io.BytesIO(data), check_digests=False):
            if record.rec_type == "response" and record.http_headers is not None:
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = record.http_headers.get_header("Content-Type")
            elif record.rec_type == "resource":
                content_type = record.rec_headers.get_header("Content-Type")
            else:
                continue
            media_type, charset = split_content_type(content_type)
            if media_type not in HTML_TYPES:
                continue
            # HTTP gzip or deflate inside a record can expand as far as a zip bomb.
            body = record.content_stream().read(max_body_bytes + 1)
            if len(body) > max_body_bytes:
                raise InputFormatError(
                    f"record {record.rec_headers.get_header('WARC-Record-ID')}: its page"
                    f" expands to more than {max_body_bytes:,} bytes (TUGAN_MAX_FILE_BYTES)"
                )
            yield (
                record.rec_headers.get_header("WARC-Record-ID"),
                record.rec_headers.get_header("WARC-Target-URI"),
                charset,
                body,
            )
    except ArchiveLoadFailed as error:
        raise InputFormatError(f"not a readable WARC file: {error.msg}") from None
    except (EOFError, OSError) as error:
        raise InputFormatError(f"truncated or broken WARC file: {error}") from None
    except (AttributeError, TypeError, ValueError, IndexError, KeyError) as error:
        # warcio trusts record headers (a response without WARC-Target-URI breaks it, found
        # by tests/test_hostile_input.py): any such slip is a broken file, reported as one.
        raise InputFormatError(
            f"a WARC record is malformed ({type(error).__name__}: {error})"
        ) from None


def parse_warc(
    data: bytes, name: str = "WARC file", limits: "InputLimits | None" = None
) -> list[ParsedDocument]:
    """Return a document for each HTML page with article text in a WARC file.

    Pages without article text (index pages, error pages) are skipped: a crawl is full of them.
    """
    from tugan.core.formats.limits import DEFAULT_LIMITS

    limits = limits or DEFAULT_LIMITS
    data = decompress_warc(data, name, limits)
    check_warc_structure(data)
    documents = []
    for record_id, target_uri, charset, body in iter_html_records(data, limits.max_file_bytes):
        try:
            # A crawl holds pages nobody can correct: keep one with a junk date, undated.
            page = parse_html_page(
                body, url=target_uri, declared_charset=charset, strict_dates=False
            )
        except InputFormatError as error:
            if str(error).startswith(("no article text", "truncated")):
                continue
            raise InputFormatError(f"record {record_id}: {error}") from None
        documents.append(
            ParsedDocument(
                title=page.title,
                url=page.url,
                published=page.published,
                text=page.text,
                encoding=page.encoding,
                kind=WARC,
                record_id=record_id,
            )
        )
    return documents
