"""Persons found by the words around them, beyond titles and speech verbs (persons.py).

Kin terms and naming verbs (弟弟伊克帕阿山。), transcript speaker labels (维吾尔人阿碧兰金：「),
quotation marks after a cue (维吾尔人「阿依别克」), a surname and 某 (回民金某), and names
written only in Latin letters after a role or before a speech verb (记者Tom Lee说). Each function
adds to a PersonFinder what it finds.
"""

import re
from typing import TYPE_CHECKING

from tugan.core.extract.event_patterns import OWNER_OF_RELATIVE, RELATION_PATTERN
from tugan.core.extract.lexicon import (
    HAN_SURNAMES,
    NAMING_CUES,
    NOT_GIVEN_NAME_CHARACTERS,
    NOT_NAMES,
    PERSON_CUES_BEFORE,
    words,
)
from tugan.core.extract.name_shapes import (
    CUE_AFTER,
    LATIN_CAPITAL,
    LATIN_NAME,
    LATIN_SMALL,
    MAX_PART,
    NAME_STOP,
    SPEAKING_AFTER,
    common_words,
    cut_left_cues,
    frequent_words,
    is_han_name,
    is_name_character,
    looks_cued_before,
    looks_like_turkic_name,
    single_syllable_units,
    syllable_units,
)
from tugan.core.extract.places import place_names
from tugan.core.gazetteer import load_gazetteer
from tugan.core.regex_prefilter import compile_prefiltered

if TYPE_CHECKING:
    from tugan.core.extract.persons import PersonFinder

NAMING_CUE = re.compile("|".join(map(re.escape, NAMING_CUES)))
# 其 and one kin character, as written Chinese and Taiwan's press write a relative (其妻古丽娜,
# 其子艾山); not the start of a longer kin word (其子女, 其父亲, 其妻子, 其兄弟).
PRONOUN_KIN_CUE = re.compile(r"其[妻夫子女父母兄弟姐姊妹](?![子女儿母亲婿弟妹姐])")
# A speaker label in a transcript: the speaker's name, a colon, an opening quotation mark.
SPEAKER_LABEL = re.compile(r"[:：]\s*[「“\"『]")
# Words that make a capitalised run an organisation, outlet or document, not a person.
NOT_PERSON_LATIN_WORDS = frozenset(
    words(
        "Human Rights Watch Amnesty International Project Institute Center Centre Council Congress"
        " Association Society Committee Foundation Fund University College School Academy News"
        " Times Post Radio Free Asia Daily Press Network Media Television Service Agency Ministry"
        " Department Office Police Court Party Government Union League Movement Campaign Files"
        " Camp Prison Report Tribunal Group Company Museum Library Program Programme Initiative"
        " Uyghur Uighur Kazakh Kyrgyz Chinese China Xinjiang Turkestan Bitter Winter Atajurt"
        " Volunteers Voice America Deutsche Welle Nations United States Republic Kingdom"
        " Journal Magazine Review Herald Tribune Guardian Economist Reuters Associated Bloomberg"
        " Twitter Facebook Google Apple YouTube WeChat Telegram Instagram TikTok Olympics Games"
        " Act Law Bill Forum Summit Conference Parliament Senate House Embassy Consulate Mission"
        " Bureau Commission Authority Organization Organisation Alliance Coalition Street Road"
        " Avenue City Province Region District County Airport Station Square Market"
        " Hong Kong Macau Macao Taiwan Turkistan Abu Dhabi Arabia Korea Asia Europe Africa Tibet"
        " Mongolia Silk Road"
    )
)
# A run of three to seven characters in quotation marks (「阿依别克」, “阿依别克”).
QUOTED_RUN = re.compile(r"[「“『](?P<name>[\u3400-\u9fff]{3,7})[」”』]")
# A quoted run followed by one of these names an organisation, a programme or a place
# (“阿塔朱尔特”组织), not a person.
QUOTED_NOT_PERSON_AFTER = words(
    "组织 网站 志愿者 项目 运动 协会 中心 节目 报告 计划 行动 政策 工程 集团 公司 频道 平台 账号"
    " 团体 基金会 学校 清真寺 学习班 培训班 事件 案 系统 软件 杂志 报 网 村 乡 镇 街 市场 巴扎"
)
# 金某, 马某某: a surname and 某, but not 某些, 某种, 某地 (some, some kind, somewhere).
ANONYMISED = re.compile(
    rf"[{''.join(sorted(HAN_SURNAMES))}]某{{1,2}}(?![些种个地处天年月日时人位方国省市县区村乡镇])"
)
# What joins the names of a list (阿依古丽、努尔兰和古丽娜尔).
LIST_JOINERS = frozenset("、和与及")
# Verbs that name someone: the name they give may end at 的 (化名为卡丽玛的妇女).
NAMING_VERBS = frozenset(words("我叫 他叫 她叫 名叫 名叫做 叫做 名为 化名 化名为 自称 人称"))
# Words before a Latin name that say it is someone's: according to, interviewed, reached; and
# in a caption, the words that point at who is pictured (图为, 右为 Marat Omarov).
LATIN_CUES_BEFORE = words("据 采访 采访了 联系了 联系上 图为 图中为 左为 右为 中为 旁为 左起 右起")
COPULAS = frozenset("为是")
CLAUSE_OPENING = frozenset("。，,；;：:！？!?\n")
# The rest of a line that is a sentence: Han text up to a comma or a full stop.
LINE_GOES_ON_AS_SENTENCE = re.compile(r"[\u4e00-\u9fff][^\n]{4,}?[，。；,]")
LATIN_JOINED = re.compile(r"\s*(?:和|与|及|、|,|，)\s*$")
# What joins a Latin name to the next item of its list (Tom Lee、Anna Kowalski).
LIST_OPENING_BEFORE = re.compile(r"\s*[、和与及]\s*")
# One capitalised Latin word (Aina, Gülnur), not a part of a longer run: a person only with a
# cue on either side.
LATIN_WORD = compile_prefiltered(
    rf"(?<![A-Za-zÀ-ÿĀ-ſ(（\-\d])(?<![A-Za-zÀ-ÿĀ-ſ.] )[{LATIN_CAPITAL}][{LATIN_SMALL}’'\-]{{2,}}"
    rf"(?![A-Za-zÀ-ÿĀ-ſ\d])(?! [A-Za-zÀ-ÿĀ-ſ])"
)
# Kin words of several people that are no naming cue alone (兄弟 is also "buddy"): followed by
# a list of names (兄弟阿不力孜和阿不都外力先后被判刑) they name each relative.
GROUP_KIN_CUE = re.compile("兄弟|姐妹|姊妹|兄妹|姐弟|子女|儿女")
# Adverbs that follow a kin word of several people (两个姐姐都关在, 父母也被): a two-character
# run after the kin word that starts with one is the adverb and a verb, not a name.
ADVERBS_AFTER_KIN = frozenset("都也均皆亦还已曾又")
# Punctuation inside or between sentences of running text (not a line break).
SENTENCE_PUNCTUATION = frozenset("，。、；：？！,;:")


def find_named_after_cues(finder: "PersonFinder") -> None:
    """Find names after kin terms and naming verbs, up to punctuation (弟弟阿依别克。)."""
    folded = finder.folded
    group_kin = list(GROUP_KIN_CUE.finditer(folded))
    for match in [*NAMING_CUE.finditer(folded), *PRONOUN_KIN_CUE.finditer(folded), *group_kin]:
        only_listed = match in group_kin
        kin = RELATION_PATTERN.match(folded, match.start())
        if kin and kin.end() > match.end():
            continue  # 岳父母都在: the parents-in-law, not a person 母都
        found = [span for person in finder.persons for span in person.spans]
        if kin and (known := next((s for s in found if s[0] == match.end()), None)):
            # A name found before (by its shape) still opens the list of the kin word.
            for start, end in names_listed_after_kin(finder, known[1]):
                finder.add(folded[start:end], start, end, 2)
            continue
        run = finder.name_run_after(match.end())
        if run is None or run[1] >= len(folded):
            continue
        name = folded[run[0] : run[1]]
        if name in NOT_NAMES or name in place_names()[0]:
            continue
        kin_run = RELATION_PATTERN.match(name)
        if kin_run and set(name[kin_run.end() :]) <= ADVERBS_AFTER_KIN:
            continue  # 爸爸妈妈都被抓了: two kin words in a row, the second no one's name
        if kin and len(name) == 2 and name[0] in ADVERBS_AFTER_KIN:
            continue
        listed = names_listed_after_kin(finder, run[1]) if kin else []
        if only_listed and not listed:
            continue  # 兄弟艾山: maybe a brother, maybe a friend's word; a list shows kin
        if (
            folded[run[1]] in NAME_STOP
            or listed
            or CUE_AFTER.match(folded, run[1])
            or (folded[run[1]] == "的" and match.group() in NAMING_VERBS)  # 名叫卡丽玛的妇女
            # 引述其妻古丽娜的话说: the words of the one named, as a speech verb would mark.
            or folded.startswith("的话", run[1])
        ):
            latin, _ = finder.latin_after(run[1])
            finder.add(name, run[0], run[1], 2, latin)
            for start, end in listed:
                finder.add(folded[start:end], start, end, 2)


# What may follow the last name of a list after a kin word, before the event told of them
# (两个儿子艾山和努尔兰都被判刑, 哥哥阿迪力和艾山去年被捕, 兄弟X和Y先后被捕): an adverb,
# the passive, a preposition of time or place, or a time word.
LIST_TAIL_AFTER_KIN = re.compile(
    r"[都也均皆亦还已曾又先被遭于於在去今同分从自]|[一二三四五六七八九十两〇零\d]+年"
)


def names_listed_after_kin(finder: "PersonFinder", end: int) -> list[tuple[int, int]]:
    """Return the spans of the names listed after the name a kin word gives, ending at end.

    The named relatives of a kin word of several people are written as one list (他的三个女儿
    阿依达娜、阿丽娅和萨娜被判刑): each name joined by 、, 和, 与 or 及 is a person when the
    list ends in punctuation or in the words that open the clause's predicate (被, 都, 去年).
    Short names that do not look Turkic are kept here, as the kin word marks them.
    """
    folded = finder.folded
    spans: list[tuple[int, int]] = []
    while end + 1 < len(folded) and folded[end] in LIST_JOINERS:
        run = finder.name_run_after(end + 1)
        if run is None:
            return []
        for stop in range(run[1], run[0] + 1, -1):
            name = folded[run[0] : stop]
            if name in frequent_words() or name in NOT_NAMES or name in place_names()[0]:
                continue
            if (
                stop >= len(folded)
                or folded[stop] in NAME_STOP
                or folded[stop] in LIST_JOINERS
                or LIST_TAIL_AFTER_KIN.match(folded, stop)
            ):
                break
        else:
            return []
        if stop - run[0] > 2 and ends_in_list_particle(folded[run[0] : stop]):
            stop -= 1  # 阿丽娅和萨娜都在国外: "all" said of the list (not 阿不都被捕)
        spans.append((run[0], stop))
        end = stop
    if not spans or (end < len(folded) and folded[end] in LIST_JOINERS):
        return []
    return spans


def ends_in_list_particle(name: str) -> bool:
    """Return whether a name ends in 都 or 也 that no name unit of it ends in (萨娜都, 阿不都)."""
    return name[-1] in "都也" and not any(
        len(unit) > 1 and unit.endswith(name[-1]) and name.endswith(unit)
        for unit in syllable_units()
    )


# Taiwan writes a legislator's party before the name and the office after it (国民党张志明立委,
# 民众党李雅婷议员): the party and the office mark the name between them.
PARTIES = "民进党|国民党|时代力量|台湾民众党|民众党|亲民党|台联党|台联|台湾基进|基进党|绿党|社民党"
OFFICES_AFTER = "立委|委员|市议员|县议员|议员|议长|副议长|党团总召|总召"
PARTY_NAME_OFFICE = re.compile(
    rf"(?:{PARTIES})(?P<name>[{''.join(sorted(HAN_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    rf"(?:{OFFICES_AFTER})"
)


def is_plausible_han_name(name: str) -> bool:
    """Return whether a surname and the characters after it may be a Han name: no character that
    never ends or follows one, and not a known word or non-name."""
    return (
        not any(c in NOT_GIVEN_NAME_CHARACTERS for c in name[1:])
        and name not in NOT_NAMES
        and name not in common_words()
    )


# A reporter quoted in the body (BBC记者高文报道说), not a byline: the outlet or country written
# before 记者, and a speech verb after the name and its Latin form.
QUOTED_REPORTER = re.compile(
    rf"(?<=[A-Za-z\u4e00-\u9fff])记者(?P<name>[{''.join(sorted(HAN_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?:\s*[（(][A-Za-z .\-]+[)）])?\s*(?:报道说|报道称|报导说|说|表示|指出|写道)"
)


def find_quoted_reporters(finder: "PersonFinder") -> None:
    """Find reporters whose words the body quotes (英国记者高文说), who are persons, not authors."""
    for match in QUOTED_REPORTER.finditer(finder.folded):
        name = match["name"]
        start, end = match.span("name")
        if is_plausible_han_name(name):
            latin, _ = finder.latin_after(end)
            finder.add(name, start, end, 2, latin)


def find_party_members(finder: "PersonFinder") -> None:
    """Find Han names between a party and an office (国民党张志明立委)."""
    for match in PARTY_NAME_OFFICE.finditer(finder.folded):
        name = match["name"]
        start, end = match.span("name")
        if is_plausible_han_name(name):
            finder.add(name, start, end, 2)


def find_speakers(finder: "PersonFinder") -> None:
    """Find the speakers of transcript lines (维吾尔人阿依别克：「…」, 会长王东：「…」)."""
    folded = finder.folded
    units = single_syllable_units()
    for match in SPEAKER_LABEL.finditer(folded):
        end = match.start()
        start = end
        while (
            start > 0
            and end - start < MAX_PART
            and (folded[start - 1] in units or is_name_character(folded[start - 1]))
            and finder.document.owner_at(start - 1) is None
        ):
            start -= 1
        start = cut_left_cues(folded, start, end)
        name = folded[start:end]
        if end - start >= 3 and name not in NOT_NAMES and looks_cued_before(folded, start):
            finder.add(name, start, end, 2)
            continue
        for length in (3, 2):
            start = end - length
            name = folded[start:end]
            if (
                start > 0
                and name[0] in HAN_SURNAMES
                and finder.document.is_free(start, end)
                and is_plausible_han_name(name)
                and looks_cued_before(folded, start)
            ):
                finder.add(name, start, end, 2)
                break


def find_quoted(finder: "PersonFinder") -> None:
    """Find transliterated names in quotation marks after a cue (维吾尔人「阿依别克」)."""
    folded = finder.folded
    for match in QUOTED_RUN.finditer(folded):
        start, end = match.span("name")
        name = match["name"]
        if (
            all(is_name_character(c) for c in name)
            and name not in frequent_words()
            and name not in NOT_NAMES
            and name not in place_names()[0]
            and finder.document.is_free(start, end)
            and looks_cued_before(folded, match.start())
            and not folded.startswith(QUOTED_NOT_PERSON_AFTER, match.end())
        ):
            finder.add(name, start, end, 2)


def find_anonymised(finder: "PersonFinder") -> None:
    """Find persons the report names by surname and 某 (回民金某, 阿訇马某), after a cue."""
    folded = finder.folded
    for match in ANONYMISED.finditer(folded):
        start, end = match.span()
        if finder.document.is_free(start, end) and looks_cued_before(folded, start):
            finder.add(match.group(), start, end, 2)


def find_latin_names(finder: "PersonFinder") -> None:
    """Find persons named in Latin letters only, after a role or before a speech verb.

    法国记者Aruzhan Serikova和Tom Lee说: a role before, or a speech verb after, or joined by
    和 to a name so found, or written inside a Chinese sentence (翻译Aigerim Tulegenova逐句).
    Latin forms in brackets after a Han name were taken before.
    """
    folded = finder.folded
    previous_end = -1
    left: list[re.Match[str]] = []  # runs not taken, each before the next run
    for match in LATIN_NAME.finditer(folded):
        start, end = match.span()
        if (
            not finder.document.is_free(start, end)
            or any(word in NOT_PERSON_LATIN_WORDS for word in match.group().split())
            or load_gazetteer().find(match.group())  # a place in Latin letters (New York)
        ):
            continue
        before = folded[max(0, start - 8) : start].rstrip()
        after = folded[end:].lstrip()
        cued = (
            has_latin_cue_before(before)
            # a role or kin word a translator put in square brackets ([我的丈夫] Nurlan Bekov)
            or (before.endswith(("]", "］")) and has_latin_cue_before(before[:-1]))
            or bool(SPEAKING_AFTER.match(after))
            # Opening a clause, before a verb or particle that follows persons (Aziz Ismail在).
            or ((not before or before[-1] in CLAUSE_OPENING) and bool(CUE_AFTER.match(after)))
            or (
                previous_end >= 0
                and bool(LATIN_JOINED.search(folded[previous_end:start]))
                and start - previous_end <= 3
            )
            or is_latin_name_in_sentence(folded, start, end)
        )
        if cued:
            finder.add(match.group(), start, end, 2, match.group())
            previous_end = end
            # The runs listed right before this one (包括Tom Lee、Anna Kowalski说): the list
            # opens with names too, though no cue stands before its first item.
            while left and LIST_OPENING_BEFORE.fullmatch(folded, left[-1].end(), start):
                opening = left.pop()
                finder.add(opening.group(), *opening.span(), 2, opening.group())
                start = opening.start()
            left = []
        else:
            left.append(match)


def find_single_latin_names(finder: "PersonFinder") -> None:
    """Find persons named by one Latin word (受访者Aina说, Gulnur的妹妹), which only a role or
    nationality before it, or a speech verb or an owned relative after it, makes a name: alone a
    capitalised word may be a brand, an outlet or a word of an English title."""
    folded = finder.folded
    for match in LATIN_WORD.finditer(folded):
        start, end = match.span()
        word = match.group()
        if (
            not finder.document.is_free(start, end)
            or word in NOT_PERSON_LATIN_WORDS
            or load_gazetteer().find(word)
        ):
            continue
        before = folded[max(0, start - 8) : start].rstrip()
        after = folded[end:].lstrip()
        if (
            has_latin_cue_before(before)
            or SPEAKING_AFTER.match(after)
            or OWNER_OF_RELATIVE.match(after)
        ):
            finder.add(word, start, end, 2, word)


def has_latin_cue_before(before: str) -> bool:
    """Return whether the text before a Latin run ends with a role or a pointer to a person.

    A role, 据 or a caption's pointer (记者Tom Lee, 右为 Marat Omarov), also before the copula
    为 or 是 (画面中的男子为 Rustam Yusupov, 受访者是Aina).
    """
    cues = (*PERSON_CUES_BEFORE, *LATIN_CUES_BEFORE)
    return any(before.endswith(cue) for cue in cues) or (
        before[-1:] in COPULAS and any(before[:-1].endswith(cue) for cue in cues)
    )


def is_latin_name_in_sentence(folded: str, start: int, end: int) -> bool:
    """Return whether a capitalised Latin run stands inside a Chinese sentence.

    Written between Han text on both sides (翻译Aigerim Tulegenova逐句, 。Rachel Whitmore早前),
    or opening a line that goes on as a sentence (Daniyar Seitkali上月在阿拉木图举办了讲座，……),
    two or three capitalised words are a person's name; alone on a line they are a credit, a
    caption or a page's furniture (William Yang, Responsive Image).
    """
    before = folded[start - 1] if start > 0 else "\n"
    after = folded[end] if end < len(folded) else "\n"
    if not "\u4e00" <= after <= "\u9fff":
        return False
    if "\u4e00" <= before <= "\u9fff" or before in SENTENCE_PUNCTUATION:
        return True
    line_end = folded.find("\n", end)
    rest = folded[end : len(folded) if line_end < 0 else line_end]
    return before == "\n" and bool(LINE_GOES_ON_AS_SENTENCE.match(rest))


def find_listed(finder: "PersonFinder") -> None:
    """Find names listed beside a name found (阿依古丽、努尔兰和古丽娜尔; 王东、李明等).

    A run of name characters of a name's shape, joined to a found name by 、, 和, 与 or 及 and
    ending at punctuation, a joiner or a cue word, is one more person of the list; beside a Han
    name, so is a surname with one or two given-name characters.
    """
    folded = finder.folded
    pending = [
        (span, is_han_name(person.name)) for person in finder.persons for span in person.spans
    ]
    while pending:
        (start, end), han = pending.pop()
        candidates = []
        if end + 1 < len(folded) and folded[end] in LIST_JOINERS:
            candidates.append(
                finder.han_name_after(end + 1) if han else finder.name_run_after(end + 1)
            )
        if start > 1 and folded[start - 1] in LIST_JOINERS:
            candidates.append(
                han_name_before(finder, start - 1) if han else finder.name_run_before(start - 1)
            )
        for run in candidates:
            if run is None or not finder.document.is_free(*run):
                continue
            name = folded[run[0] : run[1]]
            before = folded[run[0] - 1] if run[0] > 0 else "。"
            after = folded[run[1]] if run[1] < len(folded) else "。"
            if (
                (han or looks_like_turkic_name(name))
                and name not in frequent_words()
                and name not in NOT_NAMES
                and name not in place_names()[0]
                and (before in LIST_JOINERS or before in NAME_STOP or before in "。\n")
                and (
                    after in LIST_JOINERS
                    or after in NAME_STOP
                    or after in "等都也"
                    or CUE_AFTER.match(folded, run[1])
                )
            ):
                finder.add(name, run[0], run[1], 1)
                pending.append((run, han))


def han_name_before(finder: "PersonFinder", end: int) -> tuple[int, int] | None:
    """Return the span of a Han name (surname and one or two characters) ending at end."""
    for length in (3, 2):
        start = end - length
        if start >= 0 and finder.han_name_after(start) == (start, end):
            return start, end
    return None
