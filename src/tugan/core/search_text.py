"""Text as the search index sees it: folded to Simplified, each Han character its own word.

Chinese has no spaces between words, and a one-character query (县) must match. Both the
indexed text and the query are folded the same way: Traditional to Simplified (哈薩克 and
哈萨克 become one), lower case, and a space on each side of every Han character. A query is
then a phrase of single-character words ("哈 萨 克"), which a full-text index answers with its
position lists, whatever the length of the query. Latin, Cyrillic and Arabic words stay whole.
"""

import re
from dataclasses import dataclass

from tugan.core.scripts import is_han, to_simplified

WORD = re.compile(r"\w+")
SPACES = re.compile(r"\s+")
# Characters around a match shown in a snippet, on each side.
SNIPPET_CONTEXT = 40


def fold_text(text: str) -> str:
    """Return text folded for matching: Simplified characters, lower case (哈薩克 -> 哈萨克)."""
    return to_simplified(text).casefold()


class _HanSpacing(dict[int, str]):
    """A str.translate table that puts spaces around Han characters, filled as it is used."""

    def __missing__(self, code: int) -> str:
        value = f" {chr(code)} " if is_han(chr(code)) else chr(code)
        self[code] = value
        return value


_HAN_SPACING = _HanSpacing()


def space_han(folded: str) -> str:
    """Return folded text with each Han character a word of its own ("哈萨克" -> " 哈  萨  克 ")."""
    # For speed: translate looks each character up in a table; a regular expression
    # substitution per character takes ten times as long on a 2,000-character report.
    return folded.translate(_HAN_SPACING)


def index_text(text: str) -> str:
    """Return the form of a text that goes into the search index."""
    return space_han(fold_text(text))


def query_words(query: str) -> list[list[str]]:
    """Return the phrases of a query, each a list of words, one word per Han character.

    Example: query_words("哈薩克 Nurlan") is [["哈", "萨", "克"], ["nurlan"]]; words separated
    by spaces are separate phrases (all must match), a run of Han characters is one phrase.
    """
    phrases = []
    for part in fold_text(query).split():
        words = WORD.findall(space_han(part))
        if words:
            phrases.append(words)
    return phrases


def searchable_pattern(phrases: list[list[str]]) -> re.Pattern[str] | None:
    """Return a regular expression finding any phrase in folded text (punctuation between
    words allowed, as the index ignores it), or None for no phrase."""
    if not phrases:
        return None
    alternatives = []
    for words in sorted(phrases, key=lambda phrase: -sum(map(len, phrase))):
        alternatives.append(r"\W{0,3}".join(re.escape(word) for word in words))
    return re.compile("|".join(alternatives))


@dataclass(frozen=True)
class SnippetPart:
    text: str
    is_match: bool


def make_snippet(
    text: str, phrases: list[list[str]], context: int = SNIPPET_CONTEXT
) -> list[SnippetPart]:
    """Return the parts of text around the first match of the phrases, every match marked.

    The text is shown as written (Traditional stays Traditional); matching runs on its folded
    form, which has the same length for Chinese text. Without a match, the start of the text.
    """
    folded = fold_text(text)
    if len(folded) != len(text):
        # Case folding changed the length (ß -> ss): match on the text folded to Simplified only.
        folded = to_simplified(text)
    pattern = searchable_pattern(phrases)
    first = pattern.search(folded) if pattern else None
    if pattern is None or first is None:
        return [SnippetPart(shorten(text[: 3 * context]), False)] + (
            [SnippetPart("…", False)] if len(text) > 3 * context else []
        )
    start = max(0, first.start() - context)
    end = min(len(text), first.end() + 2 * context)
    parts = [SnippetPart("…", False)] if start > 0 else []
    position = start
    for match in pattern.finditer(folded, start, end):
        if match.start() > position:
            parts.append(SnippetPart(shorten(text[position : match.start()]), False))
        parts.append(SnippetPart(text[match.start() : match.end()], True))
        position = match.end()
    if end > position:
        parts.append(SnippetPart(shorten(text[position:end]), False))
    if end < len(text):
        parts.append(SnippetPart("…", False))
    return parts


def shorten(text: str) -> str:
    """Return text with line breaks and runs of spaces made single spaces."""
    return SPACES.sub(" ", text)


def snippet_text(parts: list[SnippetPart], mark: tuple[str, str] = ("[", "]")) -> str:
    """Return a snippet as plain text with matches between the mark strings."""
    opening, closing = mark
    return "".join(
        f"{opening}{part.text}{closing}" if part.is_match else part.text for part in parts
    )
