"""Cutting a text into paragraphs with marked spans, for highlighting quotes and suggestions."""

from dataclasses import dataclass

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Segment:
    text: str
    span: Span | None


def split_marked_paragraphs(text: str, spans: list[Span]) -> list[list[Segment]]:
    """Return text as paragraphs of segments, each segment inside at most one span.

    Overlapping spans: the one that starts first wins; spans crossing a paragraph break are
    marked in each paragraph they touch.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, -s.end)
    )
    chosen: list[Span] = []
    for span in ordered:
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    paragraphs: list[list[Segment]] = []
    offset = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        end_of_paragraph = offset + len(paragraph)
        segments: list[Segment] = []
        cursor = offset
        for span in chosen:
            start, end = max(span.start, offset), min(span.end, end_of_paragraph)
            if start >= end:
                continue
            if start > cursor:
                segments.append(Segment(text[cursor:start], None))
            segments.append(Segment(text[start:end], span))
            cursor = end
        if cursor < end_of_paragraph:
            segments.append(Segment(text[cursor:end_of_paragraph], None))
        if segments:
            paragraphs.append(segments)
        offset = end_of_paragraph + len(PARAGRAPH_BREAK)
    return paragraphs
