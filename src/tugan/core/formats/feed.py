"""RSS 2.0, RSS 1.0 and Atom feed files: one document per entry.

feedparser reads every feed dialect, finds the encoding from the XML declaration and
sanitises entry HTML (scripts and event handlers removed). It is given bytes, never a URL,
so it never touches the network.
"""

import calendar
import xml.sax
from datetime import UTC, datetime

import feedparser

from tugan.core.encodings import name_encoding_family
from tugan.core.formats import FEED, InputFormatError, ParsedDocument
from tugan.core.html_text import ArticleText, extract_article_text, normalize_spaces


def entry_html(entry: feedparser.FeedParserDict) -> str:
    """Return the fullest HTML an entry carries: its content, else its summary."""
    contents = entry.get("content") or []
    if contents and contents[0].get("value", "").strip():
        return str(contents[0]["value"])
    return str(entry.get("summary", "") or "")


def entry_published(entry: feedparser.FeedParserDict, number: int) -> datetime | None:
    """Return an entry's publication (else update) time in UTC; raise if it is unreadable."""
    for key in ("published", "updated", "created"):
        if not entry.get(key):
            continue
        parsed = entry.get(f"{key}_parsed")
        if parsed is None:
            raise InputFormatError(
                f"entry {number}: bad timestamp: {key} {entry[key]!r} is not a date"
            )
        # feedparser returns UTC struct_time values.
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def parse_feed(data: bytes) -> list[ParsedDocument]:
    """Return one document per feed entry, or raise InputFormatError naming the problem."""
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    error = parsed.get("bozo_exception")
    # feedparser reads broken XML with a lenient parser; a cut or broken file must not import.
    if isinstance(error, xml.sax.SAXException):
        line = getattr(error, "getLineNumber", lambda: None)()
        where = f" at line {line}" if line else ""
        raise InputFormatError(
            f"not a well-formed feed{where} (truncated or broken XML): {error.getMessage()}"
        )
    if not parsed.get("version"):
        raise InputFormatError("not an RSS or Atom feed: no <rss>, <rdf:RDF> or <feed> root")
    if isinstance(error, UnicodeError | feedparser.CharacterEncodingUnknown):
        raise InputFormatError(f"undecodable: {error}")
    declared = (parsed.get("encoding") or "utf-8").lower()
    encoding = name_encoding_family(declared) or declared
    documents = []
    for number, entry in enumerate(parsed.entries, start=1):
        html = entry_html(entry)
        text = extract_article_text(html) if html.strip() else ArticleText(blocks=())
        title = normalize_spaces(entry.get("title", ""))
        if not title and not text.blocks:
            raise InputFormatError(f"entry {number}: has neither a title nor any text")
        documents.append(
            ParsedDocument(
                title=title,
                url=entry.get("link") or None,
                published=entry_published(entry, number),
                text=text,
                encoding=encoding,
                kind=FEED,
                record_id=entry.get("id") or entry.get("link") or None,
            )
        )
    return documents
