"""Writing systems: which script a text is in, and Traditional-to-Simplified folding."""

import unicodedata
from functools import cache

import opencc

# ISO 15924 codes, as PersonName.script stores them.
HANS, HANT, LATN, CYRL, ARAB = "Hans", "Hant", "Latn", "Cyrl", "Arab"
UNKNOWN_SCRIPT = "Zyyy"


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Return text with Traditional Chinese characters folded to Simplified (哈薩克 -> 哈萨克)."""
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    """Return text with Simplified Chinese characters written in Traditional (哈萨克 -> 哈薩克)."""
    return str(_converter("s2t").convert(text))


def is_han(character: str) -> bool:
    """Return whether a character is a CJK ideograph (the main, A and compatibility blocks,
    and the supplementary ideographic planes)."""
    code = ord(character)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


def detect_script(text: str) -> str:
    """Return the ISO 15924 code of the script most letters of text are in.

    Han text is "Hant" when folding it to Simplified changes it, else "Hans".
    """
    counts = {HANS: 0, LATN: 0, CYRL: 0, ARAB: 0}
    for character in text:
        if not character.isalpha():
            continue
        if is_han(character):
            counts[HANS] += 1
            continue
        name = unicodedata.name(character, "")
        if name.startswith("LATIN"):
            counts[LATN] += 1
        elif name.startswith("CYRILLIC"):
            counts[CYRL] += 1
        elif name.startswith("ARABIC"):
            counts[ARAB] += 1
    script, count = max(counts.items(), key=lambda item: item[1])
    if count == 0:
        return UNKNOWN_SCRIPT
    if script == HANS and to_simplified(text) != text:
        return HANT
    return script
