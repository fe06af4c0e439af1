"""Parsers for the input formats Tugan imports, one module per format.

`parse_input_file` picks the parser by content, then by file name, and returns every
document the file holds (a feed or a WARC file holds several) in one shape, ParsedDocument.
Person CSV files hold records, not documents: see `tugan.core.formats.person_csv`.
"""

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from tugan.core.html_text import ArticleText

if TYPE_CHECKING:
    from tugan.core.formats.limits import InputLimits


class InputFormatError(ValueError):
    """An input file is not in the format its parser expects; the message says why."""


# The kinds of document ParsedDocument.kind names.
ARCHIVE, HTML, FEED, WARC, TEXT = "archive", "html", "feed", "warc", "text"


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    url: str | None
    published: datetime | None  # timezone-aware, UTC
    text: ArticleText
    encoding: str  # how the bytes were read: "utf-8", "gbk", "gb18030", "big5"
    kind: str  # ARCHIVE, HTML, FEED, WARC or TEXT
    # Where in a many-document file this one sits: a feed entry id or a WARC record id.
    record_id: str | None = None


GZIP_MAGIC = b"\x1f\x8b"
ARCHIVE_FIRST_LINE = re.compile(r"\s*(?:<!--\s*-?\d*\s*-->|\[[^\]\n]+\]\()")
FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
# Leading XML declarations, comments, doctypes and processing instructions before the root.
XML_PROLOGUE = re.compile(
    r"(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*\s*", re.DOTALL | re.IGNORECASE
)
SNIFF_CHARACTERS = 2048
ARCHIVE_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TEXT_SUFFIXES = {".txt"}
CSV_SUFFIXES = {".csv", ".tsv"}
SUFFIX_KINDS = {
    ARCHIVE: ARCHIVE_SUFFIXES,
    HTML: HTML_SUFFIXES,
    FEED: FEED_SUFFIXES,
    TEXT: TEXT_SUFFIXES,
}


def is_warc(name: str, data: bytes) -> bool:
    """Return whether data is a WARC file, plain or with gzip-compressed records."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(data[:4096], 16)
        except zlib.error:
            return name.lower().endswith((".warc.gz", ".warc"))
        return head.startswith(b"WARC/")
    return False


def sniff_text_kind(name: str, text: str) -> str | None:
    """Return the document kind the start of a decoded text shows, else by name, else None."""
    head = text[:SNIFF_CHARACTERS].lstrip("\ufeff")
    if ARCHIVE_FIRST_LINE.match(head):
        return ARCHIVE
    prologue = XML_PROLOGUE.match(head)
    root = head[prologue.end() :] if prologue else head
    if FEED_ROOT.match(root):
        return FEED
    if HTML_ROOT.match(root) or HTML_ROOT.search(head):
        return HTML
    suffix = PurePath(name).suffix.lower()
    return next((kind for kind, suffixes in SUFFIX_KINDS.items() if suffix in suffixes), None)


def parse_archived_document(data: bytes) -> ParsedDocument:
    """Return an archived report (shared/corpus/GOLD.md format) in any supported encoding."""
    from tugan.core.encodings import decode_text
    from tugan.core.formats.archive import parse_archived_report
    from tugan.core.html_text import extract_article_text

    decoded = decode_text(data)
    report = parse_archived_report(decoded.text.encode("utf-8"))
    return ParsedDocument(
        title=report.title,
        url=report.url,
        published=report.published,
        text=extract_article_text(report.body_html),
        encoding=decoded.encoding,
        kind=ARCHIVE,
    )


def parse_plain_text(data: bytes) -> ParsedDocument:
    """Return a plain-text file as a document: the first line is its title, lines are paragraphs."""
    from tugan.core.encodings import decode_text
    from tugan.core.html_text import TextBlock, normalize_spaces

    decoded = decode_text(data)
    lines = normalize_spaces(decoded.text.replace("\r\n", "\n")).split("\n")
    if not lines or not lines[0]:
        raise InputFormatError("empty file: no text")
    blocks = tuple(TextBlock("paragraph", line) for line in lines)
    return ParsedDocument(
        title=lines[0],
        url=None,
        published=None,
        text=ArticleText(blocks=blocks),
        encoding=decoded.encoding,
        kind=TEXT,
    )


def parse_input_file(
    name: str, data: bytes, limits: "InputLimits | None" = None
) -> list[ParsedDocument]:
    """Return the documents in a file (archived report, HTML page, feed, WARC or plain text).

    The parser is chosen by content first and by the name's extension second. Raises
    InputFormatError naming the problem when the file is in no known format, is broken, is
    over the limits (tugan.core.formats.limits), or holds a document with no text.
    """
    try:
        documents = _parse_by_kind(name, data, limits)
    except InputFormatError as error:
        if str(error).startswith(f"{name}: "):
            raise
        raise InputFormatError(f"{name}: {error}") from None
    if not documents:
        raise InputFormatError(f"{name}: no document with text in it")
    for document in documents:
        if not document.text.text.strip():
            where = f" (record {document.record_id})" if document.record_id else ""
            raise InputFormatError(f"{name}{where}: no text after parsing")
    return documents


def _parse_by_kind(
    name: str, data: bytes, limits: "InputLimits | None" = None
) -> list[ParsedDocument]:
    # Parsers are imported where used: each loads its own library (trafilatura takes most of a
    # second), and the modules they live in import this package.
    from tugan.core.encodings import decode_text
    from tugan.core.formats.limits import DEFAULT_LIMITS, check_file_size, gunzip_within_limits

    limits = limits or DEFAULT_LIMITS
    check_file_size(name, len(data), limits)
    if not data.strip():
        raise InputFormatError(f"{name}: empty file")
    if is_warc(name, data):
        from tugan.core.formats.warc import parse_warc

        return parse_warc(data, name=name, limits=limits)
    if data.startswith(GZIP_MAGIC):
        data = gunzip_within_limits(name, data, limits)
        return _parse_by_kind(PurePath(name).stem, data, limits)
    if PurePath(name).suffix.lower() in CSV_SUFFIXES:
        raise InputFormatError(
            f"{name}: a CSV file holds person records, not documents; import it as person CSV"
        )
    decoded = decode_text(data)
    kind = sniff_text_kind(name, decoded.text)
    if kind == ARCHIVE:
        return [parse_archived_document(data)]
    if kind == FEED:
        from tugan.core.formats.feed import parse_feed

        return parse_feed(data)
    if kind == HTML:
        from tugan.core.formats.html_page import parse_html_page

        return [parse_html_page(data)]
    if kind == TEXT:
        return [parse_plain_text(data)]
    raise InputFormatError(
        f"{name}: not in a known format (archived report, HTML page, RSS/Atom feed, WARC or .txt)"
    )
