"""Clean text from an article body: paragraphs, headings and image captions.

Navigation, related-link lists, scripts, styles and image attributes are left out. The text of
each block is kept as written; only runs of spaces are collapsed.
"""

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

DROPPED_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "button",
    "iframe",
    "img",
    "svg",
    "video",
    "audio",
    "object",
    "embed",
    "input",
    "select",
    "textarea",
    "head",
}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "body",
    "html",
}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
EMPHASIS_TAGS = {"strong", "b"}
# A bold-only paragraph this short is a subheading (RFA writes them this way).
MAX_BOLD_HEADING_LENGTH = 60
# A list whose text is mostly link text is a "related stories" list, not body text.
LINK_LIST_SHARE = 0.8
SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


@dataclass(frozen=True)
class TextBlock:
    kind: str  # "heading", "paragraph" or "caption"
    text: str


@dataclass(frozen=True)
class ArticleText:
    blocks: tuple[TextBlock, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind == "caption")


def normalize_spaces(text: str) -> str:
    """Return text with runs of spaces collapsed and blank lines removed."""
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def is_link_list(element: etree._Element) -> bool:
    """Return whether a list element is mostly links (a related-stories list)."""
    total = len("".join(element.itertext()).strip())
    if total == 0:
        return True
    linked = sum(len("".join(link.itertext()).strip()) for link in element.iter("a"))
    return linked >= LINK_LIST_SHARE * total


def is_bold_only(element: etree._Element) -> bool:
    """Return whether every visible character of element sits inside <strong> or <b>."""
    text = "".join(element.itertext()).strip()
    if not text or len(text) > MAX_BOLD_HEADING_LENGTH:
        return False
    bold = "".join(
        "".join(tag.itertext())
        for tag in element.iter(*EMPHASIS_TAGS)
        if tag.getparent() is not None and tag.getparent().tag not in EMPHASIS_TAGS
    )
    return bold.strip() == text


class _BlockCollector:
    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self, kind: str) -> None:
        text = normalize_spaces("".join(self.parts))
        self.parts.clear()
        if text:
            self.blocks.append(TextBlock(kind, text))

    def walk(self, element: etree._Element, kind: str) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if (
            tag is None
            or tag in DROPPED_TAGS
            or (tag == "div" and element.get("id") == "zoomattribute")
        ):
            self.add(element.tail)
            return
        if tag == "br":
            self.add("\n")
            self.add(element.tail)
            return
        if tag in {"ul", "ol"} and is_link_list(element):
            self.add(element.tail)
            return
        if tag not in BLOCK_TAGS:
            self.add(element.text)
            for child in element:
                self.walk(child, kind)
            self.add(element.tail)
            return
        own_kind = kind
        if tag in HEADING_TAGS or (tag == "p" and is_bold_only(element)):
            own_kind = "heading"
        elif tag == "figcaption":
            own_kind = "caption"
        self.flush(kind)
        self.add(element.text)
        for child in element:
            self.walk(child, own_kind)
        self.flush(own_kind)
        self.add(element.tail)


def extract_article_text(html: str) -> ArticleText:
    """Return the body text blocks of an HTML fragment or page, in reading order."""
    if not html.strip():
        return ArticleText(blocks=())
    try:
        root = lxml.html.document_fromstring(html)
    except etree.ParserError:
        # Only a comment, a processing instruction or a form feed: no document, no text
        # (found by tests/test_hostile_input.py; callers refuse documents with no text).
        return ArticleText(blocks=())
    body = root.find("body")
    collector = _BlockCollector()
    collector.walk(body if body is not None else root, "paragraph")
    collector.flush("paragraph")
    return ArticleText(blocks=tuple(collector.blocks))
