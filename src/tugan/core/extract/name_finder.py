"""Names the rules missed: the name tagger's finder CRF in candidate windows, and bare Han names.

The rules need a separator or a cue word (persons.py); a name written bare (吐尔逊江骑车去了,
，王建新宣读了) is missed. The finder CRF (NameTagger.finder, fitted beside the tagger) reads
text without the rules' names, so it has learned the shape and context of names themselves.
Reading the whole text with it would be slow, so it reads windows around candidates: runs of
free characters of the transliteration tables and the syllable table, a Han surname opening a
clause or after a joiner, and capitalised Latin runs. A name it finds is kept when its
confidence passes FINDER_CONFIDENCE and its shape agrees (has_name_shape): no frequent word,
place, organisation or term in quotation marks, and a word or punctuation after it. Han names
are too few in the corpus to learn; bare ones are read by their shape in jieba's dictionary
(bare_han_name_at).
"""

import re
from functools import cache

from tugan.core.extract.document import NAME_SEPARATORS, Document, normalize_name
from tugan.core.extract.lexicon import (
    HAN_COMPOUND_SURNAMES,
    HAN_SURNAMES,
    NOT_GIVEN_NAME_CHARACTERS,
    NOT_NAMES,
)
from tugan.core.extract.name_shapes import (
    BOUNDARY_CHARACTERS,
    LATIN_NAME,
    common_words,
    cut_right_cues,
    edge_characters,
    frequent_words,
    given_name_characters,
    is_han_name,
    is_name_character,
    known_words,
)
from tugan.core.extract.name_tagger import NameTagger
from tugan.core.extract.person_cues import (
    NOT_PERSON_LATIN_WORDS,
    QUOTED_NOT_PERSON_AFTER,
    find_listed,
)
from tugan.core.extract.persons import (
    INSTITUTION_AFTER,
    LEADING_PARTICLES,
    LOCATIVE_AFTER_NOUN,
    ORGANISATION_BEFORE,
    TRAILING_PARTICLES,
    PersonFinder,
)
from tugan.core.extract.places import place_names
from tugan.core.gazetteer import load_gazetteer
from tugan.core.scripts import is_han

# The least confidence (probability of the labels given, over the name's characters) kept.
FINDER_CONFIDENCE = 0.5
# Characters read on each side of a candidate.
FINDER_REACH = 3
# The shortest run of name characters worth reading.
CANDIDATE_RUN = 3
# Characters before a Han name inside a clause: joiners and prepositions (与陈志明, 由王东).
HAN_NAME_OPENERS = frozenset("与和及同跟由对向让请给被把将")
# Verbs of place and motion: a bare name after them is a place (位于阿罕布拉, 前往阿克陶).
PLACE_VERBS = ("位于", "来自", "前往", "抵达", "到达", "住在", "搬到", "逃到", "移居")
# Words of geography: a bare name before them is a place (巴音布鲁克草原, 赛里木湖).
PLACE_WORDS_AFTER = (
    "草原",
    "沙漠",
    "盆地",
    "山脉",
    "峡谷",
    "河谷",
    "冰川",
    "湖",
    "水库",
    "景区",
    "口岸",
    "机场",
    "车站",
    "广场",
    "公园",
    "油田",
    "牧场",
    "绿洲",
    "大桥",
    "隧道",
    "古城",
    "一带",
    "附近",
)
# A county after a bare name makes it a place (阿克加尔县, made up: a county abroad the gazetteer
# may not know); not the county's head or party committee after a person's name (艾山县长).
COUNTY_AFTER = re.compile(r"县(?![长委])")
# A Han surname and a Han character, after a clause break or a joiner or opening the text.
HAN_NAME_OPENING = re.compile(
    f"(?<![^{re.escape(''.join(sorted(BOUNDARY_CHARACTERS | HAN_NAME_OPENERS)))}])"
    f"(?:{'|'.join(sorted(HAN_COMPOUND_SURNAMES))}|[{''.join(sorted(HAN_SURNAMES))}])"
    "(?=[\u4e00-\u9fff])"
)
OPENING_QUOTES = frozenset("“「『‘\"'")
CLOSING_QUOTES = frozenset("”」』’\"'")


def han_name_openings(document: Document) -> list[int]:
    """Return where a free Han surname opens a clause or follows a joiner (，王东, 与王东)."""
    folded, taken = document.folded, document.taken
    return [
        match.start()
        for match in HAN_NAME_OPENING.finditer(folded)
        if match.start() < len(folded) - 2
        and taken[match.start()] is None
        and taken[match.start() + 1] is None
    ]


@cache
def edge_run_pattern() -> re.Pattern[str]:
    """Return a pattern of runs of CANDIDATE_RUN or more name characters (edge_characters)."""
    characters = re.escape("".join(sorted(edge_characters())))
    return re.compile(f"[{characters}]{{{CANDIDATE_RUN},}}")


def candidate_windows(document: Document) -> list[tuple[int, int]]:
    """Return the windows the finder reads: free name-character runs, Han names, Latin runs."""
    folded, taken = document.folded, document.taken
    length = len(folded)
    candidates: list[tuple[int, int]] = []
    for run in edge_run_pattern().finditer(folded):
        index = run.start()
        while index < run.end():  # the run's free stretches (claimed characters cut it)
            if taken[index] is not None:
                index += 1
                continue
            end = index
            while end < run.end() and taken[end] is None:
                end += 1
            if end - index >= CANDIDATE_RUN:
                candidates.append((index, end))
            index = end
    candidates += [(index, index + 3) for index in han_name_openings(document)]
    for match in LATIN_NAME.finditer(folded):
        if document.is_free(*match.span()):
            candidates.append(match.span())
    windows: list[list[int]] = []
    for start, end in sorted(candidates):
        low, high = max(0, start - FINDER_REACH), min(length, end + FINDER_REACH)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    return [(low, high) for low, high in windows]


def has_name_shape(folded: str, start: int, end: int) -> bool:
    """Return whether a found span is shaped like a name: Latin, Han, or transliterated."""
    text = folded[start:end]
    after = end + 1 if end < len(folded) and folded[end] in CLOSING_QUOTES else end
    if (start > 0 and folded[start - 1] in OPENING_QUOTES) or any(
        folded.startswith(word, after) for word in (*QUOTED_NOT_PERSON_AFTER, *PLACE_WORDS_AFTER)
    ):
        return False  # a term in quotation marks, a village, a group, a place (阿克苏村, 「…」组织)
    if (
        INSTITUTION_AFTER.match(folded, end)
        or COUNTY_AFTER.match(folded, end)
        or folded[max(0, start - 2) : start] in PLACE_VERBS
    ):
        return False  # 努尔兰·别克国立大学, 位于阿罕布拉, 阿克加尔县: an institution, a place
    if ORGANISATION_BEFORE.search(folded, max(0, start - 3), start):
        return False  # 人权组织阿塔朱尔特: the body's own name
    if LATIN_NAME.fullmatch(text):
        return not any(word in NOT_PERSON_LATIN_WORDS for word in text.split()) and not (
            load_gazetteer().find(text)
        )
    name = normalize_name(text)
    joined = name.replace("·", "")
    if (
        not joined
        or not all("\u3400" <= character <= "\u9fff" for character in joined)
        or name in NOT_NAMES
        or joined in frequent_words()
        or joined[:2] in frequent_words()
        or joined in place_names()[0]
    ):
        return False
    if is_han_name(name):
        surname = 2 if joined[:2] in HAN_COMPOUND_SURNAMES else 1
        return (
            joined[0] in HAN_SURNAMES
            and not any(character in NOT_GIVEN_NAME_CHARACTERS for character in joined[1:])
            and 1 <= len(joined) - surname <= 2
            and joined not in common_words()
            and joined[:2] not in common_words()
        )
    return (
        len(joined) >= CANDIDATE_RUN
        and all(character in edge_characters() for character in joined)
        and joined[0] not in LEADING_PARTICLES
        and joined[-1] not in TRAILING_PARTICLES
    )


def bare_han_name_at(folded: str, start: int) -> tuple[int, int] | None:
    """Return the span of a bare Han name of three characters at start, or None.

    The finder has too few Han names to learn from, so their shape is read from jieba's
    dictionary: a surname and two frequent given-name characters (王建新), no word among them
    (马上要, 高速), no dictionary word as a whole (马拉松), and a frequent word or a function
    character right after (王建新宣读了, 李秀英的). A two-character surname takes two given-name
    characters too (司徒嘉敏与, 欧阳俊杰昨日).
    """
    surname = 2 if folded[start : start + 2] in HAN_COMPOUND_SURNAMES else 1
    end = start + surname + 2
    name = folded[start:end]
    opening = name[surname - 1 : surname + 1]  # the surname's last character and the next
    if (
        end >= len(folded)
        # A line opening with a name and a bracket or nothing after is a credit (王东(研究员)).
        or ((start == 0 or folded[start - 1] == "\n") and folded[end] in "(（\n")
        or (surname == 1 and name[0] not in HAN_SURNAMES)
        or not all(character in given_name_characters() for character in name[surname:])
        or name in common_words()
        or name in known_words()  # 马拉松, 白云山: jieba's dictionary tags these nr too
        or (surname == 1 and opening in common_words())
        or opening in frequent_words()
        or name[surname:] in frequent_words()
        or name in place_names()[0]
        or folded.startswith(PLACE_WORDS_AFTER, end)  # 唐布拉一带: a place
        or not (
            folded[end] in NOT_GIVEN_NAME_CHARACTERS
            or any(folded[end : end + length] in frequent_words() for length in (2, 3, 4))
        )
    ):
        return None
    return start, end


def is_one_letter_variant(name: str, other: str) -> bool:
    """Return whether two transliterated names of four or more characters differ in one."""
    return (
        len(name) == len(other) >= 4
        and "·" not in name + other
        and name[0] == other[0]
        and sum(a != b for a, b in zip(name, other, strict=True)) == 1
    )


def find_tagged_names(finder: PersonFinder, tagger: NameTagger) -> None:
    """Add the names the tagger's finder reads in candidate windows, where the rules saw none."""
    if tagger.finder is None:
        return
    document, folded = finder.document, finder.folded
    windows = candidate_windows(document)
    edges = {edge for window in windows for edge in window} - {0, len(folded)}
    known = {
        form
        for person in finder.persons
        for name in [person.name, *person.aliases]
        for form in [name, *name.split("·")]
    }
    for start, end, confidence in tagger.finder.found_names(document, windows):
        if confidence < FINDER_CONFIDENCE:
            continue
        while start < end and folded[start].isspace():
            start += 1
        # A preposition or joiner taken in before a transliterated name (照片由夏米拉古丽提供).
        while (
            end - start > 3
            and folded[start] in HAN_NAME_OPENERS
            and not is_name_character(folded[start])
            and is_name_character(folded[start + 1])
        ):
            start += 1
        # A run whose first character ends a word with the one before (没有公布艾山的死因: 公布 is
        # a verb) starts after it, as the rules' runs do.
        if start > 0 and end - start > 2 and folded[start - 1 : start + 1] in frequent_words():
            start += 1
        if (
            start > 0
            and end - start > 3
            and folded[start] in LOCATIVE_AFTER_NOUN
            and is_han(folded[start - 1])
            and not is_name_character(folded[start - 1])
        ):
            start += 1  # 合影里古丽女士: 里 is "in" after the noun before it
        while end > start and (folded[end - 1].isspace() or folded[end - 1] in NAME_SEPARATORS):
            end -= 1
        if end - start > 2 and not LATIN_NAME.fullmatch(folded[start:end]):
            end = cut_right_cues(folded, start, end)
            for cut in (1, 2):
                if end - start - cut >= 3 and normalize_name(folded[start : end - cut]) in known:
                    end -= cut  # 阿力努尔外, 玉素甫开车 where 阿力努尔, 玉素甫 are named
                    break
        if (
            start in edges
            or end in edges  # cut by the window: the name may go on
            or not document.is_free(start, end)
            or not has_name_shape(folded, start, end)
            # Before punctuation, a cue, a function character or a word (艾德莱斯绸 is silk).
            or not (
                finder.ends_han_name(end)
                or folded[end : end + 2] in known_words()
                or folded[end : end + 3] in known_words()
                or LATIN_NAME.fullmatch(folded[start:end])
            )
        ):
            continue
        text = folded[start:end]
        name = normalize_name(text)
        if name in finder.authors:
            continue  # an author named again (a credit at the end)
        variant_of = next(
            (
                person
                for person in finder.persons
                for form in [person.name, *person.aliases, *person.parts]
                if is_one_letter_variant(name, form)
            ),
            None,
        )
        if variant_of is not None:  # 加纳古丽 beside 加娜古丽·朱马太: a variant spelling
            if name not in variant_of.aliases:
                variant_of.aliases.append(name)
            variant_of.spans.append((start, end))
            document.claim(start, end, "person")
            continue
        finder.add(text, start, end, 1, text if LATIN_NAME.fullmatch(text) else None)
    for start in han_name_openings(document):
        span = bare_han_name_at(folded, start)
        if (
            span is not None
            and document.is_free(*span)
            and folded[span[0] : span[1]] not in finder.authors  # a credit repeated
        ):
            finder.add(folded[span[0] : span[1]], span[0], span[1], 1)
    find_listed(finder)  # names listed beside the new ones (陈海燕、赵立平)
