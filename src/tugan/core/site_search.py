"""The published site's offline search index: Han unigrams and bigrams, and words.

A Chinese name has no spaces, and a query may be one or two characters (阿, 阿力), in
Traditional or Simplified. The index keys each entry by every Han character and every pair of
adjacent Han characters after folding Traditional to Simplified, and by every other word
lowercased without diacritics. search.js folds a query the same way (with fold_table(), shipped
beside the index) and intersects the entries of its keys: one character looks up its unigram,
longer runs all their bigrams, words match as prefixes.
"""

import re
import unicodedata
from functools import cache

from tugan.core.scripts import is_han, to_simplified

WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold_word(word: str) -> str:
    """Return a word lowercased, diacritics and other combining marks removed.

    >>> fold_word("Gülnar")
    'gulnar'
    """
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def index_keys(text: str) -> tuple[set[str], set[str]]:
    """Return the Han grams (unigrams and bigrams, Simplified) and the folded words of a text.

    >>> sorted(index_keys("阿力木·吐爾遜")[0])[:3]
    ['力', '力木', '吐']
    """
    grams: set[str] = set()
    words: set[str] = set()
    for run in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", to_simplified(text)):
        grams.update(run)
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    for word in WORD.findall(text):
        letters = "".join(c for c in word if not is_han(c))
        if letters:
            words.add(fold_word(letters))
    return grams, words


def build_search_index(entries: list[dict[str, str]]) -> dict[str, object]:
    """Return the index of entries: each {"id", "title", "status", "href", "text"}.

    "text" is everything an entry is found by (its names in every script, its places).
    """
    grams: dict[str, list[int]] = {}
    words: dict[str, list[int]] = {}
    rows = []
    for number, entry in enumerate(entries):
        rows.append([entry["id"], entry["title"], entry["status"], entry["href"]])
        entry_grams, entry_words = index_keys(entry["text"])
        entry_words.add(entry["id"].lower())
        for gram in sorted(entry_grams):
            grams.setdefault(gram, []).append(number)
        for word in sorted(entry_words):
            words.setdefault(word, []).append(number)
    return {"entries": rows, "grams": grams, "words": words}


@cache
def fold_table() -> dict[str, str]:
    """Return each Han character whose Simplified form differs, mapped to it (e.g. 遜 → 逊)."""
    table = {}
    for code in range(0x4E00, 0xA000):
        character = chr(code)
        simplified = to_simplified(character)
        if simplified != character and len(simplified) == 1:
            table[character] = simplified
    return table
