"""Written names: their script, their parts, and each part's phonetic key."""

import re
from dataclasses import dataclass
from functools import lru_cache

from tugan.core.names.spelling import fold_latin, romanize_arabic, romanize_cyrillic
from tugan.core.names.transliteration import CACHE_SIZE, read_han
from tugan.core.scripts import (
    ARAB,
    CYRL,
    HANS,
    HANT,
    LATN,
    detect_script,
    is_han,
    to_simplified,
)

# Separators between name parts: the middle dots used in Chinese (· U+00B7, • U+2022, ‧ U+2027,
# ・ U+30FB, ･ U+FF65, ⋅ U+22C5, ● and the full stop sometimes typed instead), hyphens and spaces.
SEPARATORS = "·•‧・･⋅∙●.．-‐‑–—_/,，、 \u3000\t"
_SPLIT = re.compile("[" + re.escape(SEPARATORS) + "]+")
# Apostrophes inside Latin names (Muhammad’ali, Ma'ruf) are part of the spelling.
_APOSTROPHES = "'’ʼʻ`´"


@dataclass(frozen=True)
class NamePart:
    """One part of a written name: as written, whether it is Han, and its phonetic key."""

    text: str
    is_han: bool
    key: str  # Latin key; for a Han part, its usual reading
    han: str = ""  # Simplified Han form, for a Han part


@dataclass(frozen=True)
class WrittenName:
    """A name as written, its script, its Simplified form and its parts."""

    text: str
    script: str
    simplified: str
    parts: tuple[NamePart, ...]


def split_name_parts(text: str) -> list[str]:
    """Return the parts of a written name (约买尔·艾木杜拉 -> ["约买尔", "艾木杜拉"]).

    A Han run next to a Latin run is split too (Omer艾木杜拉 -> ["Omer", "艾木杜拉"]).
    """
    parts = []
    for chunk in _SPLIT.split(text.strip()):
        chunk = chunk.strip(_APOSTROPHES + '"“”()[]（）')
        if not chunk:
            continue
        for run in re.findall(
            r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+", chunk
        ):
            if any(character.isalpha() for character in run):
                parts.append(run)
    return parts


def latin_of(part: str, script: str) -> str:
    """Return a Cyrillic or Arabic-script part in Latin letters; Latin parts unchanged."""
    if script == CYRL:
        return romanize_cyrillic(part)
    if script == ARAB:
        return romanize_arabic(part)
    return part


@lru_cache(maxsize=CACHE_SIZE)
def parse_name(text: str) -> WrittenName:
    """Return a written name with its script, Simplified form and keyed parts.

    Example: parse_name("約麥爾.艾木杜拉") has script "Hant", simplified "约麦尔·艾木杜拉"
    and part keys ["yomer", "emdula"].
    """
    script = LATN if text.isascii() else detect_script(text)
    parts = []
    for written in split_name_parts(text):
        if all(is_han(character) for character in written):
            han = to_simplified(written)
            parts.append(NamePart(written, True, read_han(han), han))
        else:
            part_script = LATN if written.isascii() else detect_script(written)
            key = fold_latin(latin_of(written, part_script))
            if key:
                parts.append(NamePart(written, False, key))
    if script in (HANS, HANT):
        simplified = "·".join(part.han or part.text for part in parts)
    else:
        simplified = " ".join(part.text for part in parts)
    return WrittenName(text, script, simplified, tuple(parts))
