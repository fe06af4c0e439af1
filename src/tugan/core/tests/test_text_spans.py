from tugan.core.text_spans import Span, find_sentence_around, split_marked_paragraphs


def test_it_marks_spans_inside_paragraphs():
    text = "甲乙丙\n\n丁戊己"
    paragraphs = split_marked_paragraphs(text, [Span(1, 2, "a"), Span(6, 8, "b")])
    assert [[(s.text, s.span.label if s.span else None) for s in p] for p in paragraphs] == [
        [("甲", None), ("乙", "a"), ("丙", None)],
        [("丁", None), ("戊己", "b")],
    ]


def test_it_keeps_the_first_of_overlapping_spans_and_drops_bad_ones():
    paragraphs = split_marked_paragraphs(
        "abcdef", [Span(0, 3, "a"), Span(2, 5, "b"), Span(4, 99, "c")]
    )
    assert [(s.text, s.span.label if s.span else None) for s in paragraphs[0]] == [
        ("abc", "a"),
        ("def", None),
    ]


def test_it_finds_the_sentence_around_a_span():
    text = "虚构的甲说。乙于2018年被捕，后来失踪。"
    start = text.index("被捕")
    first, last = find_sentence_around(text, start, start + 2)
    assert text[first:last] == "乙于2018年被捕，后来失踪"


def test_it_cuts_a_long_sentence_back_to_the_clauses_around_the_span():
    text = "虚构" * 50 + "，乙被捕，" + "虚构" * 50 + "。"
    start = text.index("被捕")
    first, last = find_sentence_around(text, start, start + 2)
    assert text[first:last] == "乙被捕"


def test_each_segment_says_where_it_starts_in_the_text():
    text = "甲说。\n乙被捕。\n\n丙失踪。"
    paragraphs = split_marked_paragraphs(text, [Span(4, 5, "a"), Span(11, 13, "b")])
    for segment in [segment for paragraph in paragraphs for segment in paragraph]:
        assert text[segment.start : segment.start + len(segment.text)] == segment.text
    assert [segment.start for segment in paragraphs[1]] == [10, 11, 13]
