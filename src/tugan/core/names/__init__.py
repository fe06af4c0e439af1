"""Names across scripts: parts, phonetic keys, and similarity that explains itself.

Public API: `name_keys(text)` gives the blocking and match keys of a written name, and
`compare_names(a, b)` a 0..1 score with the part matches behind it.
"""

from tugan.core.names.comparison import NameComparison, PartMatch, compare_names, rank_names
from tugan.core.names.keys import NameKeys, name_keys
from tugan.core.names.parts import parse_name, split_name_parts
from tugan.core.names.spelling import fold_latin, romanize_arabic, romanize_cyrillic
from tugan.core.names.transliteration import align_han, read_han

__all__ = [
    "NameComparison",
    "NameKeys",
    "PartMatch",
    "align_han",
    "compare_names",
    "fold_latin",
    "name_keys",
    "parse_name",
    "rank_names",
    "read_han",
    "romanize_arabic",
    "romanize_cyrillic",
    "split_name_parts",
]
