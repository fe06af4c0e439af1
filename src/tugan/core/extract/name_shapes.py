"""What a person's name looks like in Chinese text: character sets, word lists, shape tests.

persons.py finds names with these: the characters of the transliteration tables and of the
Xinjiang syllable table, the words of jieba's dictionary that are no names, the cue words that
start or end a name run, and the tests that two written forms are one name.
"""

import re
from functools import cache
from importlib import resources

from tugan.core.extract.lexicon import (
    COMING_TO_PLACE,
    HAN_SURNAMES,
    LEFT_TRIM_WORDS,
    NAME_ENDINGS,
    NAME_OPENING_FUNCTION_CHARACTERS,
    NAME_PARTS,
    NOT_GIVEN_NAME_CHARACTERS,
    NOT_NAMES,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PUBLIC_FIGURES,
    RELATIONS,
    TRANSLITERATION_CHARACTERS,
)
from tugan.core.extract.places import place_names
from tugan.core.scripts import to_simplified

HAN = r"\u3400-\u9fff"
CUE_BEFORE = re.compile("|".join(map(re.escape, PERSON_CUES_BEFORE)))
CUE_AFTER = re.compile("|".join(map(re.escape, PERSON_CUES_AFTER)))
LEFT_TRIM = re.compile("|".join(map(re.escape, LEFT_TRIM_WORDS)))
# The longest name part read from a run of name characters.
MAX_PART = 7
# 才 "only then" after a name (阿依古丽·买买提才得知, 叶尔兰才回到家): transliteration tables
# keep it for Tibetan and Mongolian names (才让), but no Turkic name and no unit of the
# syllable table ends in it, so a name run that ends in it has swallowed the adverb.
ADVERB_CLOSING_RUN = frozenset("才")
# Words after a name that open with transliteration characters (艾山连日发文, 卡德尔同丈夫,
# 卡德尔年约四十, 卡德尔本是教师, 卡德尔母女): an adverb of time, 同 "with" before a kin word or
# a pronoun, an age, "was", a pair of kin. A name run ends before them.
WORDS_AFTER_NAME = re.compile(
    "连日|连月|连年|年约|年方|本是|本为|母女|母子|夫妻|同(?:其|他|她|"
    + "|".join(sorted((word for word in RELATIONS if len(word) > 1), key=len, reverse=True))
    + ")"
)
# Where a name after a naming cue must stop: punctuation (an ellipsis too), or a quotation closing.
NAME_STOP = frozenset("。，,、」』”：:；;！？!?)）…")
SPEAKING_AFTER = re.compile(r"说|表示|称|告诉|透露|指出|对本台|对记者|向记者|在接受")
# Latin capitals and small letters with the accents of Turkic, German and French spellings
# (Ömer, Gülbahar, Ayşe, İlham); Latin Extended-A mixes both cases, so both classes hold it.
LATIN_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
LATIN_SMALL = "a-zß-öø-ÿĀ-ſ"
# A person named in Latin letters only, two or three capitalised words (Aruzhan Serikova).
LATIN_NAME = re.compile(
    rf"(?<![A-Za-zÀ-ÿĀ-ſ(（\-])[{LATIN_CAPITAL}][{LATIN_SMALL}’'\-]+"
    rf"(?: [{LATIN_CAPITAL}][{LATIN_SMALL}’'\-]+){{1,2}}(?![A-Za-zÀ-ÿĀ-ſ])"
)
BOUNDARY_CHARACTERS = set("，。、；：？！“”‘’「」『』《》（）()[] \n,.;:!?\"'—-/|")


@cache
def syllable_units() -> frozenset[str]:
    """Return the Han units of the syllable table (data/name-syllables.tsv), simplified."""
    text = resources.files("tugan.core.data").joinpath("name-syllables.tsv").read_text("utf-8")
    units: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        for han in line.split("\t")[2].split():
            units.add(to_simplified(han))
    return frozenset(units)


def is_name_character(character: str) -> bool:
    """Return whether a character is used in transliterated Turkic names."""
    return character in TRANSLITERATION_CHARACTERS


@cache
def common_words() -> frozenset[str]:
    """Return common two- and three-character words that start like a Han name (司机, 方圆).

    Read from the dictionary jieba ships (MIT licence): words not tagged as person names (nr*)
    and seen at least three times. A surname and a given name that spell one of them are
    taken for the word.
    """
    text = jieba_dictionary()
    surnames = "".join(sorted(HAN_SURNAMES))
    pattern = re.compile(rf"^([{surnames}][{HAN}]{{1,2}}) (\d+) (?!nr)[a-z]+$", re.MULTILINE)
    return frozenset(word for word, frequency in pattern.findall(text) if int(frequency) >= 3)


# A word jieba's dictionary counts this often, and never as a name, is not a name part.
COMMON_WORD_FREQUENCY = 500


@cache
def frequent_words() -> frozenset[str]:
    """Return jieba's frequent words that are never person names (穆斯林, 大多).

    Seen COMMON_WORD_FREQUENCY times or more and never tagged nr*: a separated run with such a
    part, or a name run starting with the end of one, is not a name.
    """
    found: set[str] = set()
    names: set[str] = set()
    for line in jieba_dictionary().splitlines():
        word, frequency, tag = line.split(" ")
        if tag.startswith("nr"):
            names.add(word)
        elif len(frequency) >= 3 and int(frequency) >= COMMON_WORD_FREQUENCY:
            found.add(word)
    return frozenset(found - names)


# A word jieba's dictionary counts this often is a word a bare name can stand before.
KNOWN_WORD_FREQUENCY = 50


@cache
def known_words() -> frozenset[str]:
    """Return jieba's two- and three-character words seen KNOWN_WORD_FREQUENCY times or more.

    A name found with no cue must stand before punctuation, a cue or one of these words
    (阿依努尔早前, 吐尔逊江骑车), not inside a longer noun (艾德莱斯绸, silk).
    """
    # For speed, the pattern skips frequencies with fewer digits than KNOWN_WORD_FREQUENCY.
    digits = len(str(KNOWN_WORD_FREQUENCY))
    pattern = re.compile(rf"^(\S{{2,3}}) (\d{{{digits},}}) ", re.MULTILINE)
    return frozenset(
        word
        for word, frequency in pattern.findall(jieba_dictionary())
        if int(frequency) >= KNOWN_WORD_FREQUENCY
    )


# A character written this often in the given names of jieba's Han person names is a
# given-name character (建, 晓, 梅), with a margin over the rarest ones.
GIVEN_NAME_FREQUENCY = 60


@cache
def given_name_characters() -> frozenset[str]:
    """Return characters frequent in the given names of jieba's Han person names (nr).

    Read from the dictionary's two- and three-character nr words that start with a Han
    surname: a bare run of a surname and two such characters is shaped like a Han name.
    """
    surnames = "".join(sorted(HAN_SURNAMES))
    pattern = re.compile(rf"^[{surnames}](\S{{1,2}}) \d+ nr$", re.MULTILINE)
    counts: dict[str, int] = {}
    for given_name in pattern.findall(jieba_dictionary()):
        for character in given_name:
            counts[character] = counts.get(character, 0) + 1
    return frozenset(
        character
        for character, count in counts.items()
        if count >= GIVEN_NAME_FREQUENCY and character not in NOT_GIVEN_NAME_CHARACTERS
    )


@cache
def jieba_dictionary() -> str:
    """Return the text of the dictionary jieba ships (MIT licence): "word frequency tag" lines."""
    return resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")


def cut_left_cues(folded: str, start: int, end: int) -> int:
    """Return where a name run [start, end) really starts, after any cue word or ethnonym.

    The cue may begin before start: in 学者努尔兰 the run starts at 者.
    """
    start = cut_left_cue_words(folded, start, end)
    # A place name before the name: 伊宁阿不都·热西提 is 阿不都·热西提 of Yining.
    names, _ = place_names()
    for length in range(min(6, end - start - 3), 1, -1):
        if folded[start : start + length] in names:
            return start + length
    return start


def cut_left_cue_words(folded: str, start: int, end: int) -> int:
    """Return where a name run [start, end) starts after any cue word or ethnonym only (a
    place name before it is left to the caller)."""
    for pattern in (CUE_BEFORE, LEFT_TRIM):
        for match in pattern.finditer(folded, max(0, start - 6), end):
            if start < match.end() <= end - 2 and match.start() <= match.end():
                start = match.end()
    return start


def cut_right_cues(folded: str, start: int, end: int) -> int:
    """Return where a name run [start, end) really ends, before any cue word (努尔兰曾是) or a
    coming to a place (吐尔洪来台).

    A last character that starts a frequent word with the next one (艾买提来自, 卢比欧提出)
    is left to the word, unless the next two characters are a word themselves (买买提出生)
    or the next is a conjunction (沙勒塔娜提及).
    """
    for index in range(start + 2, end):
        if (
            CUE_AFTER.match(folded, index)
            or WORDS_AFTER_NAME.match(folded, index)
            or folded[index : index + 2] in COMING_TO_PLACE
        ):
            return index
    # A run of four or more: three are as often a Han name (陈文才) as a Turkic name and 才.
    if end - start > 3 and folded[end - 1] in ADVERB_CLOSING_RUN:
        return end - 1
    if (
        end - start > 2
        and end < len(folded)
        and folded[end] not in "及和与并或"  # 沙勒塔娜提及: a conjunction after the name
        and folded[end - 1 : end + 1] in frequent_words()
        and folded[end : end + 2] not in frequent_words()
    ):
        return end - 1
    return end


def looks_like_turkic_name(name: str) -> bool:
    """Return whether a run of transliteration characters has the shape of a Turkic name."""
    if name in NOT_NAMES or len(name) < 2 or name[:2] in frequent_words():
        return False  # 常常提: a run that starts with a frequent word is no name
    if any(name.startswith(part) for part in NAME_PARTS):
        return True
    return len(name) >= 3 and name.endswith(NAME_ENDINGS)


def is_han_name(name: str) -> bool:
    """Return whether a name is a Han name or a listed public figure, whose edges are known.

    A Han surname followed by a character no transliteration uses (王东, 江泽民): the rules
    read these from a surname and a cue, and the tagger, trained mostly on transliterated
    names, is not asked to move their edges.
    """
    return name in PUBLIC_FIGURES or (
        "·" not in name and name[0] in HAN_SURNAMES and not all(is_name_character(c) for c in name)
    )


def is_variant_spelling(name: str, other: str) -> bool:
    """Return whether two separated names differ by one character in one part."""
    parts, other_parts = name.split("·"), other.split("·")
    if len(parts) < 2 or len(parts) != len(other_parts) or parts == other_parts:
        return False
    if parts[0] != other_parts[0]:
        return False
    differences = 0
    for part, other_part in zip(parts[1:], other_parts[1:], strict=True):
        if len(part) != len(other_part):
            return False
        if part != other_part and len(part) < 3:
            return False
        differences += sum(a != b for a, b in zip(part, other_part, strict=True))
    return differences == 1


def is_clipped_spelling(name: str, other: str) -> bool:
    """Return whether two separated names are one, the given name of one written without its
    first character (木拉提别克·吾麻尔 and 拉提别克·吾麻尔), every later part the same."""
    parts, other_parts = name.split("·"), other.split("·")
    if len(parts) < 2 or len(parts) != len(other_parts) or parts[1:] != other_parts[1:]:
        return False
    short, long = sorted((parts[0], other_parts[0]), key=len)
    return len(short) >= 3 and len(long) == len(short) + 1 and long[1:] == short


@cache
def edge_characters() -> frozenset[str]:
    """Return the characters a separated name's outer parts may hold (图尔干江, 毛李亚).

    The transliteration characters, and the syllable table's one-character units that are no
    common function words.
    """
    return TRANSLITERATION_CHARACTERS | (single_syllable_units() - NOT_GIVEN_NAME_CHARACTERS)


def is_edge_character(character: str) -> bool:
    """Return whether a separated name's first or last part may take the character."""
    return character in edge_characters()


def is_function_syllable(folded: str, index: int) -> bool:
    """Return whether the function character at index is a name's syllable (于苏甫, 帕再娜).

    Only where no function word can stand, which the caller checks: right after a name
    separator, or second in a part that opens a clause; a name character must follow.
    """
    return (
        folded[index] in NAME_OPENING_FUNCTION_CHARACTERS
        and index + 1 < len(folded)
        and is_edge_character(folded[index + 1])
    )


@cache
def single_syllable_units() -> frozenset[str]:
    """Return the one-character units of the Xinjiang syllable table (name-syllables.tsv)."""
    return frozenset(unit for unit in syllable_units() if len(unit) == 1)


def looks_cued_before(folded: str, start: int) -> bool:
    """Return whether a title, role or ethnonym ends right before start (会长, 维吾尔人)."""
    before = folded[max(0, start - 6) : start]
    return (
        not before
        or before[-1] in BOUNDARY_CHARACTERS
        or any(before.endswith(cue) for cue in PERSON_CUES_BEFORE)
        or before[-1] in "长人员者师家"
    )


def occurrence_ends(text: str, form: str) -> list[int]:
    """Return where each occurrence of form in text ends."""
    ends, start = [], text.find(form)
    while start >= 0:
        ends.append(start + len(form))
        start = text.find(form, start + 1)
    return ends
