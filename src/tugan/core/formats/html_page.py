"""Saved HTML article pages: headline, address, publication time and main text.

The main text is found by trafilatura, which scores page regions and leaves out navigation,
headers, footers and comment threads. It runs offline: it gets a string, never a URL.
"""

import json
import logging
import re
from datetime import UTC, datetime
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml import etree

from tugan.core.encodings import decode_text
from tugan.core.formats import HTML, InputFormatError, ParsedDocument
from tugan.core.html_text import ArticleText, TextBlock, extract_article_text, normalize_spaces

# trafilatura logs pages it finds no text in as errors; we report those ourselves, so keep its
# messages from Python's last-resort stderr handler while an application's handlers still get them.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# Meta tags (property, name or itemprop) that carry the publication time, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
# Below this many characters trafilatura gives up on finding the main text (its
# MIN_EXTRACTED_SIZE setting) and falls back on the page's whole text.
TRAFILATURA_MIN_TEXT = 250
# trafilatura's output elements that hold running text.
PARAGRAPH_ELEMENTS = {"p", "item", "quote", "cell"}
CHINESE_DATE = re.compile(r"(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?\s*(.*)")
CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
PAGE_END = re.compile(r"</html\s*>", re.IGNORECASE)
PAGE_START = re.compile(r"<html[\s>]", re.IGNORECASE)
EARLIEST_PLAUSIBLE_YEAR = 1990
LATEST_PLAUSIBLE_YEAR = 2100


def parse_timestamp(value: str) -> datetime | None:
    """Return a UTC time for an ISO 8601 or Chinese-style date ("2021年3月1日 10:05"), else None.

    A time without an offset is taken as UTC: pages rarely say, and the date matters more.
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = CHINESE_DATE.fullmatch(value)
        if match is None:
            return None
        year, month, day, rest = match.groups()
        clock = CLOCK_TIME.search(rest)
        hour, minute, second = clock.groups(default="0") if clock else ("0", "0", "0")
        try:
            parsed = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        except ValueError:
            return None
    if not EARLIEST_PLAUSIBLE_YEAR <= parsed.year <= LATEST_PLAUSIBLE_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def find_meta(root: etree._Element, *keys: str) -> str | None:
    """Return the content of the first <meta> whose property, name or itemprop is one of keys."""
    wanted = {key.lower() for key in keys}
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key in wanted and key not in found:
                found[key] = content.strip()
    for key in keys:
        if found.get(key.lower()):
            return found[key.lower()]
    return None


def find_json_ld_published(root: etree._Element) -> str | None:
    """Return datePublished from the page's JSON-LD (schema.org NewsArticle), if any."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        if isinstance(data, dict):
            data = [data, *data.get("@graph", [])]
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return str(item["datePublished"])
    return None


def find_published(root: etree._Element, strict: bool = True) -> datetime | None:
    """Return the page's publication time from meta tags, JSON-LD or <time>.

    When the page gives a time but none can be read, raise InputFormatError if strict, else
    return None.
    """
    candidates = [find_meta(root, key) for key in PUBLISHED_META]
    candidates.append(find_json_ld_published(root))
    candidates.extend(time.get("datetime") for time in root.iter("time"))
    present = [value for value in candidates if value]
    for value in present:
        published = parse_timestamp(value)
        if published is not None:
            return published
    if present and strict:
        raise InputFormatError(
            f"bad timestamp: the page's publication time {present[0]!r} is not a date"
        )
    return None


def find_url(root: etree._Element, base_url: str | None) -> str | None:
    """Return the page's canonical address (rel=canonical, then og:url), else base_url."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").strip():
            return str(urljoin(base_url or "", str(link.get("href") or "").strip()))
    og_url = find_meta(root, "og:url")
    if og_url:
        return urljoin(base_url or "", og_url)
    return base_url


def find_title(root: etree._Element) -> str:
    """Return the headline: og:title, else the first <h1>, else <title>."""
    og_title = find_meta(root, "og:title")
    if og_title:
        return normalize_spaces(og_title)
    for tag in ("h1", "title"):
        for element in root.iter(tag):
            text = normalize_spaces(element.text_content())
            if text:
                return text
    return ""


def find_captions(root: etree._Element) -> dict[str, str]:
    """Return figure captions keyed by the src of the image each figure shows."""
    captions = {}
    for figure in root.iter("figure"):
        caption = figure.find(".//figcaption")
        image = figure.find(".//img")
        if caption is not None and image is not None and image.get("src"):
            text = normalize_spaces(caption.text_content())
            if text:
                captions[image.get("src")] = text
    return captions


def extract_main_text(html: str, captions: dict[str, str]) -> ArticleText:
    """Return the main text blocks trafilatura finds in a page, with figure captions kept."""
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_links=False,
        with_metadata=False,
        fast=True,
    )
    if not xml:
        return ArticleText(blocks=())
    tree = etree.fromstring(xml.encode("utf-8"))
    main = tree.find("main")
    blocks: list[TextBlock] = []
    for element in (main if main is not None else tree).iter():
        if element.tag == "head":
            kind = "heading"
        elif element.tag in PARAGRAPH_ELEMENTS:
            kind = "paragraph"
        elif element.tag == "graphic":
            # trafilatura keeps the image but not its figcaption; the source page has it.
            caption = captions.get(element.get("src", ""))
            if caption:
                blocks.append(TextBlock("caption", caption))
            continue
        else:
            continue
        # Nested text elements (a quote inside a list item) are visited on their own.
        if any(
            ancestor.tag in PARAGRAPH_ELEMENTS or ancestor.tag == "head"
            for ancestor in element.iterancestors()
        ):
            continue
        text = normalize_spaces("".join(element.itertext()))
        if text:
            blocks.append(TextBlock(kind, text))
    return ArticleText(blocks=tuple(blocks))


def parse_html_page(
    data: bytes,
    url: str | None = None,
    declared_charset: str | None = None,
    strict_dates: bool = True,
) -> ParsedDocument:
    """Return a saved article page as a document, or raise InputFormatError naming the problem.

    url is where the page was fetched (a WARC target URI); the page's canonical address
    wins over it. declared_charset is the charset an HTTP header gave, if any. With
    strict_dates off, an unreadable publication time is left empty instead of refused.
    """
    decoded = decode_text(data, declared=declared_charset)
    html = decoded.text
    if PAGE_START.search(html) and not PAGE_END.search(html):
        raise InputFormatError("truncated: the page ends before its closing </html> tag")
    try:
        # lxml refuses str input that declares an encoding in an XML declaration.
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    except (etree.ParserError, ValueError) as error:
        raise InputFormatError(f"not an HTML page: {error}") from None
    text = extract_main_text(html, find_captions(root))
    if len(text.text) < TRAFILATURA_MIN_TEXT:
        # Short pages score too low for trafilatura, which then returns the whole body as one
        # paragraph, navigation included; our own walk keeps blocks and drops <nav>.
        article = next(iter(root.iter("article", "main")), None)
        container = article if article is not None else root
        text = extract_article_text(lxml.html.tostring(container, encoding="unicode"))
    if not text.blocks:
        raise InputFormatError("no article text: the page has no paragraphs")
    return ParsedDocument(
        title=find_title(root) or text.blocks[0].text[:100],
        url=find_url(root, url),
        published=find_published(root, strict=strict_dates),
        text=text,
        encoding=decoded.encoding,
        kind=HTML,
    )
