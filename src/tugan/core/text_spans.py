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
    # Where the segment starts in the whole text, so a page can map a selection back to it.
    start: int = 0


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
                segments.append(Segment(text[cursor:start], None, cursor))
            segments.append(Segment(text[start:end], span, start))
            cursor = end
        if cursor < end_of_paragraph:
            segments.append(Segment(text[cursor:end_of_paragraph], None, cursor))
        if segments:
            paragraphs.append(segments)
        offset = end_of_paragraph + len(PARAGRAPH_BREAK)
    return paragraphs


SENTENCE_END_CHARACTERS = "。！？!?\n"
# A quote longer than this is cut back to the clause around the span.
LONGEST_QUOTE = 160
CLAUSE_END_CHARACTERS = "，,；;：:、"


def find_sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the (start, end) of the sentence holding text[start:end], without its full stop.

    A sentence longer than LONGEST_QUOTE is cut back to the clauses around the span.
    In "甲说。乙于2018年被捕，后来失踪。" the span of 被捕 gives that of "乙于2018年被捕，后来失踪".
    """
    first = max((text.rfind(c, 0, start) for c in SENTENCE_END_CHARACTERS), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in SENTENCE_END_CHARACTERS) if i >= 0]
    last = min(ends, default=len(text))
    if last - first > LONGEST_QUOTE:
        clause_starts = [text.rfind(c, first, start) for c in CLAUSE_END_CHARACTERS]
        first = max([first - 1, *clause_starts]) + 1
        clause_ends = (text.find(c, end, last) for c in CLAUSE_END_CHARACTERS)
        last = min((i for i in clause_ends if i >= 0), default=last)
    while first < start and text[first].isspace():
        first += 1
    while last > end and text[last - 1].isspace():
        last -= 1
    return first, last
