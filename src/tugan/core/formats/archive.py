"""The archived-article format of shared/corpus/GOLD.md.

```
<!--1614598509000-->          publication time, Unix milliseconds (line may be missing)
[Title](https://source/url)   headline and original address
------                        separator
                              blank line, then the body as HTML
```
"""

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from tugan.core.formats import InputFormatError

TIMESTAMP_LINE = re.compile(r"<!--\s*(.*?)\s*-->")
HEADLINE_LINE = re.compile(r"\[(?P<title>.+)\]\((?P<url>[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)")
SEPARATOR_LINE = re.compile(r"-{3,}")
# A body that stops inside a tag, or right after an opening tag, was cut off.
UNFINISHED_BODY = re.compile(r"<[^>]*$|<(?!/)(?!br\b)(?!img\b)(?!hr\b)[a-zA-Z][^>]*>\s*$")
EARLIEST_PLAUSIBLE_YEAR = 1990
LATEST_PLAUSIBLE_YEAR = 2100


@dataclass(frozen=True)
class ArchivedReport:
    title: str
    url: str
    published: datetime | None
    body_html: str


def decode_utf8(data: bytes) -> str:
    """Return data decoded as UTF-8, or raise InputFormatError saying where it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise InputFormatError(
                f"truncated: the file ends inside a UTF-8 character at byte {error.start}"
            ) from None
        raise InputFormatError(
            f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} is invalid"
        ) from None


def parse_publication_time(value: str) -> datetime:
    """Return the UTC time for a Unix-milliseconds timestamp, e.g. "1614598509000"."""
    if not re.fullmatch(r"-?\d{1,16}", value):
        raise InputFormatError(f"timestamp {value!r} is not a valid time (want Unix milliseconds)")
    try:
        published = datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise InputFormatError(f"timestamp {value!r} is not a valid time") from None
    if not EARLIEST_PLAUSIBLE_YEAR <= published.year <= LATEST_PLAUSIBLE_YEAR:
        raise InputFormatError(
            f"timestamp {value!r} is not a valid time: it falls in the year {published.year}"
        )
    return published


def parse_archived_report(data: bytes) -> ArchivedReport:
    """Return the parts of an archived report, or raise InputFormatError naming the problem."""
    text = decode_utf8(data)
    lines = text.splitlines()
    position = 0

    def next_non_blank() -> tuple[int, str] | None:
        index = position
        while index < len(lines) and not lines[index].strip():
            index += 1
        return (index, lines[index].strip()) if index < len(lines) else None

    found = next_non_blank()
    if found is None:
        raise InputFormatError("empty file: no headline line '[Title](url)'")
    published = None
    index, line = found
    if line.startswith("<!--"):
        timestamp = TIMESTAMP_LINE.fullmatch(line)
        if timestamp is None:
            raise InputFormatError("line 1: the timestamp comment is not closed with '-->'")
        published = parse_publication_time(timestamp.group(1))
        position = index + 1
        found = next_non_blank()
        if found is None:
            raise InputFormatError("truncated: nothing follows the timestamp line")
        index, line = found

    headline = HEADLINE_LINE.fullmatch(line)
    if headline is None:
        raise InputFormatError(
            f"line {index + 1}: expected a headline '[Title](url)', got {line[:60]!r}"
        )
    url = headline.group("url")
    if not re.match(r"https?://[^/\s]+", url):
        raise InputFormatError(
            f"line {index + 1}: the headline address {url!r} is not an http(s) URL"
        )
    position = index + 1

    found = next_non_blank()
    if found is None:
        raise InputFormatError(
            "truncated: the file ends after the headline, before the '------' line"
        )
    index, line = found
    if not SEPARATOR_LINE.fullmatch(line):
        raise InputFormatError(
            f"line {index + 1}: expected the '------' separator, got {line[:60]!r}"
        )

    body_html = "\n".join(lines[index + 1 :]).strip()
    if not body_html:
        raise InputFormatError("truncated: the body after the '------' line is empty")
    if UNFINISHED_BODY.search(body_html):
        raise InputFormatError("truncated: the body ends inside an HTML tag")
    if not body_html.endswith(">"):
        raise InputFormatError(
            "truncated: the body ends in the middle of text, before a closing tag"
        )
    return ArchivedReport(
        title=headline.group("title").strip(), url=url, published=published, body_html=body_html
    )


def salvage_archived_report(data: bytes) -> ArchivedReport:
    """Return what can be read of a report not quite in the format: the publication time if
    the first line gives a valid one, the headline if there is one, and the body after the
    '------' line (else after the headline), even where it was cut off.

    For reading a damaged file once (tugan extract), never for storing it: import refuses it.
    Raises InputFormatError when no text is left to read.
    """
    lines = decode_utf8(data).splitlines()
    published = None
    title, url = "", ""
    body_start = 0
    for index, raw in enumerate(lines[:3]):
        line = raw.strip()
        timestamp = TIMESTAMP_LINE.fullmatch(line)
        headline = HEADLINE_LINE.fullmatch(line)
        if timestamp and published is None:
            with contextlib.suppress(InputFormatError):
                published = parse_publication_time(timestamp.group(1))
            body_start = index + 1
        elif headline:
            title, url = headline.group("title").strip(), headline.group("url")
            body_start = index + 1
    separator = next(
        (i for i, line in enumerate(lines) if SEPARATOR_LINE.fullmatch(line.strip())), None
    )
    if separator is not None and separator < 10:
        body_start = separator + 1
    elif body_start == 0:
        raise InputFormatError("no timestamp, headline or '------' line: not an archived report")
    body_html = "\n".join(lines[body_start:]).strip()
    if not body_html:
        raise InputFormatError("no text to read after the headline")
    return ArchivedReport(title=title, url=url, published=published, body_html=body_html)
