"""Persons and authors named in a report.

Generic word segmenters cut transliterated Turkic names apart (jieba reads 叶尔波拉提 as 叶尔/nr
波拉/ns 提/v), so names are found from the characters the transliteration tables use, from
separators between name parts, from Latin forms in brackets, and from cue words around them
(哈萨克人努尔兰说, 律师王建华表示). Han names need a cue: a surname alone says little.
"""

import re
from dataclasses import dataclass, field

from tugan.core.extract.document import NAME_SEPARATORS, Document, normalize_name
from tugan.core.extract.lexicon import (
    AUTHOR_CUES,
    AUTHOR_NAME_MAX,
    CHILD_WORDS,
    ETHNICITY_WORDS,
    HAN_COMPOUND_SURNAMES,
    HAN_NAME_CUES_AFTER,
    HAN_NAME_CUES_BEFORE,
    HAN_SURNAMES,
    NAME_OPENING_FUNCTION_CHARACTERS,
    NAMING_CUES,
    NOT_GIVEN_NAME_CHARACTERS,
    NOT_NAMES,
    PUBLIC_FIGURES,
    TIME_AFTER_NAME,
    TRANSLITERATION_CHARACTERS,
)
from tugan.core.extract.name_shapes import (
    ADVERB_CLOSING_RUN,
    BOUNDARY_CHARACTERS,
    CUE_AFTER,
    CUE_BEFORE,
    HAN,
    LATIN_CAPITAL,
    LATIN_NAME,
    LATIN_SMALL,
    MAX_PART,
    NAME_STOP,
    SPEAKING_AFTER,
    common_words,
    cut_left_cues,
    cut_right_cues,
    frequent_words,
    given_name_characters,
    is_clipped_spelling,
    is_edge_character,
    is_function_syllable,
    is_han_name,
    is_name_character,
    is_variant_spelling,
    known_words,
    looks_cued_before,
    looks_like_turkic_name,
    occurrence_ends,
    syllable_units,
)
from tugan.core.extract.person_cues import (
    find_anonymised,
    find_latin_names,
    find_listed,
    find_named_after_cues,
    find_party_members,
    find_quoted,
    find_quoted_reporters,
    find_single_latin_names,
    find_speakers,
    han_name_before,
    is_plausible_han_name,
)
from tugan.core.extract.places import place_names
from tugan.core.regex_prefilter import compile_prefiltered
from tugan.core.scripts import is_han

SEPARATOR_CLASS = f"[{re.escape(NAME_SEPARATORS)}]"
# Two or more parts joined by separators; parts are trimmed afterwards.
SEPARATED_NAME = re.compile(rf"[{HAN}]+(?:\s?{SEPARATOR_CLASS}\s?[{HAN}]+)+")
SEPARATOR_WITHIN = re.compile(rf"\s?{SEPARATOR_CLASS}\s?")
# The longest outer part of a separated name (阿布德拉赫曼诺娃).
SEPARATED_PART_MAX = 8
SEPARATOR_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}])\s?{SEPARATOR_CLASS}\s?(?=[{HAN}])")
LATIN_LETTER = f"{LATIN_CAPITAL}{LATIN_SMALL}"
LATIN_AFTER = re.compile(
    rf"\s*(?:[(（]\s*(?P<bracketed>[{LATIN_CAPITAL}][{LATIN_LETTER}’'\-\.]*"
    rf"(?:[ .][{LATIN_LETTER}’'\-\.]+){{0,3}})\s*[)）]"
    rf"|(?P<bare>[{LATIN_CAPITAL}][{LATIN_SMALL}’'\-]+"
    rf"(?: [{LATIN_CAPITAL}][{LATIN_SMALL}’'\-]+){{1,2}}))"
)
# A Han name, or a transliterated one in parts (作者：努尔兰·别克).
AUTHOR_NAME = (
    rf"[{HAN}]{{1,{AUTHOR_NAME_MAX}}}(?:\s?{SEPARATOR_CLASS}\s?[{HAN}]{{1,{AUTHOR_NAME_MAX}}})+"
    rf"|[{HAN}]{{2,{AUTHOR_NAME_MAX}}}"
)
AUTHOR_NAMES = rf"(?P<names>(?:{AUTHOR_NAME})(?:[ 、,，](?:{AUTHOR_NAME}))*)"
# After a credit's colon, names may also be joined by slashes (编辑：王东/李静, as CNA credits).
CREDITED_NAMES = rf"(?P<names>(?:{AUTHOR_NAME})(?:[ 、,，/／](?:{AUTHOR_NAME}))*)"
AUTHOR_END = r"(?=$|[\s(（)）/／|｜。，,；;]|报道|摄|编辑)"
# Credits (fictional names): "记者：王东 责编：李静 刘海", "（图片/记者王东）", "某报记者 王东",
# "（王东摄）".
AUTHOR_PATTERNS = (
    compile_prefiltered(
        r"(?:(?<=^)|(?<=[\s/／(（|｜,，。]))(?:"
        + "|".join(sorted(AUTHOR_CUES, key=len, reverse=True))
        + rf")\s*[:：]\s*{CREDITED_NAMES}{AUTHOR_END}",
        re.MULTILINE,
    ),
    compile_prefiltered(
        rf"(?:(?<=^)|(?<=[\s/／(（|｜]))(?:特约记者|记者|通讯员|摄影)\s*{AUTHOR_NAMES}"
        rf"{AUTHOR_END}",
        re.MULTILINE,
    ),
    re.compile(rf"(?<=[{HAN}])记者\s+{AUTHOR_NAMES}\s*$", re.MULTILINE),
    # A bracketed dateline byline after the outlet's name: "（某报记者王东报道）", or a photo's
    # "（某社记者王东摄）".
    re.compile(
        rf"[(（][{HAN}]{{0,8}}?记者\s*{AUTHOR_NAMES}(?<!报道)(?<!报导)(?<!摄)"
        r"(?=(?:报道|报导|摄)?[)）])"
    ),
    # A name and its Latin form alone on the article's first line, as translated features open:
    # the writer's byline without a credit word ("露西·班克斯（Lucy Banks）", made up).
    re.compile(
        rf"\A\s*(?P<names>{AUTHOR_NAME})\s*"
        rf"[(（][{LATIN_CAPITAL}][{LATIN_LETTER} .’'\-]*[)）][ \t]*$",
        re.MULTILINE,
    ),
    # A line of its own that credits the writer: "作者 王东".
    re.compile(rf"^作者\s+{AUTHOR_NAMES}\s*$", re.MULTILINE),
    # A writer's credit with a slash opening a line: "文/王东（某组织研究员）", "撰文／李静".
    re.compile(rf"^(?:文|撰文|图文)\s*[/／]\s*{AUTHOR_NAMES}{AUTHOR_END}", re.MULTILINE),
    re.compile(rf"[(（/／]\s*(?P<names>{AUTHOR_NAME})\s*摄\s*[)）]"),
    # A byline in lenticular brackets, the place after a slash (〔记者王东／台北报导〕,
    # 【编译李静／综合报导】).
    re.compile(rf"(?<=[〔【\[])\s*(?:特约记者|记者|编译)\s*{AUTHOR_NAMES}(?=\s*[/／])"),
)
# A news agency's dateline naming its reporter, the city run on after the name
# (（中央社记者王东台北12日电）, （某社记者王东、李静伦敦3日专电）): the names end where a
# place name the gazetteer knows fills the rest. So do its photo credits (中央社记者王东伊斯坦堡
# 传真, （中央社记者王东摄）).
DATELINE_REPORTERS = re.compile(
    rf"(?:^|(?<=[\s(（)）]))[{HAN}]{{1,6}}社记者(?P<run>[{HAN}、]{{2,30}}?)"
    rf"(?:[0-9０-９]{{1,2}}日(?:专|综合外)?电|\s*传真|摄)",
    re.MULTILINE,
)
# A title before a Han name, also with a prefix (副教授, 副署长).
# A state's office before a name, and a visit after it (首相凯斯访问北京, 外长莱文会见):
# an official's short foreign name, known by what officials do.
STATE_OFFICE_BEFORE = re.compile(r"(?:国务卿|外长|外交部长|副总统|总统|总理|首相)$")
STATE_VISIT_AFTER = re.compile(r"访问|出访|访华|会见|会晤")
# Titles of clerics, which only ever stand before a name.
CLERIC_TITLE_BEFORE = re.compile(r"(?:阿訇|伊玛目)\Z")
HAN_CUE_BEFORE = re.compile("(?:" + "|".join(map(re.escape, HAN_NAME_CUES_BEFORE)) + r")\Z")
# Kin words of one relative, after which a Han name may follow (妻子王芳, 丈夫李军): not the
# kin words of several (兄弟, 子女), which are also words of friendship or of a household.
KIN_OF_ONE_BEFORE = re.compile(
    r"(?:妻子|丈夫|太太|儿子|女儿|哥哥|姐姐|弟弟|妹妹|父亲|母亲|妈妈|爸爸|儿媳|女婿|侄子|侄女"
    r"|外甥|孙子|孙女|未婚妻|未婚夫|姐夫|妹夫|嫂子|弟媳)\Z"
)
# What opens the clause of a relative named after a kin word (妻子王芳被带走, 丈夫李军也在,
# 女儿周燕去年): an adverb, the passive, a preposition of time or place, or a time word.
KIN_NAMED_CLAUSE_AFTER = re.compile(
    r"[都也均皆亦还已曾又先被遭于於在从自至仍]|[今去前]年|[一二三四五六七八九十两〇零\d]+年"
)
# A transliteration marked as such in brackets: 阿尔信（译音）.
MARKED_TRANSLITERATION = re.compile(r"[（(]译音[）)]")
HAN_CUE_AFTER = re.compile("|".join(map(re.escape, HAN_NAME_CUES_AFTER)))
HONORIFIC = re.compile(
    rf"(?P<surname>[{''.join(HAN_SURNAMES)}])(?P<title>女士|先生|老师|律师|教授|医生)"
)
# Runs ending like these are groups or offices, not persons (律师团队表示, 律师事务所称).
NOT_A_NAME_ENDING = re.compile(
    r"(?:所|团队|部门|机构|组织|协会|中心|办公室|方面|们|者|人|员|家|处"
    r"|局|部|方|府|会|院|厅|队|组|界|国)$"
)
# A name followed by one of these names an institution (努尔兰·别克国立大学), not a person;
# the name's last part may have swallowed the institution word's first characters.
INSTITUTION_AFTER = re.compile(
    r"(?:国立)?(?:大学|学院|学校|中学|小学|清真寺|基金会|研究所|研究中心|博物馆|医院|公司|剧院"
    r"|街|大街|路|广场|机场|体育场)"
)
# Words for a person of a country or a people right before a name (哈萨克公民, 维吾尔女士).
CITIZEN_CUE_BEFORE = re.compile(r"(?:公民|国民|女士|先生|妇女|男子|老人|母亲|父亲)\Z")
LATIN_IN_BRACKETS = re.compile(
    rf"[(（]\s*[{LATIN_CAPITAL}][{LATIN_LETTER}’'\-\.]+"
    rf"(?:[ .][{LATIN_LETTER}’'\-\.]+){{0,3}}\s*[)）]"
)
# A name right after one of these, with its Latin form, is the body's own name (人权组织阿塔
# 朱尔特(Atajurt)), not a person's.
ORGANISATION_BEFORE = re.compile(r"(?:组织|机构|团体|协会|联盟|基金会|网站|媒体|电台)$")
OPENING_QUOTES = frozenset("“「『‘\"'")
# A title followed by one of these is part of an institution's name or a plural (委员会, 记者会,
# 书记处, 议员们), not before a name.
TITLE_IN_INSTITUTION = frozenset("会处厅局馆团组室们级")
# Adverbs between a name and its speech verb (黎咏芝则表示, 王东也说).
SPEECH_ADVERBS = frozenset("则也亦还")
TIME_AFTER = re.compile("|".join(map(re.escape, TIME_AFTER_NAME)))
# "All", "also" after the last name of a list (努尔兰和古丽娜尔都被带走), both name characters.
LIST_PARTICLES = frozenset("都也")
# "Also" after a single separated name (阿里木·吐尔洪亦被判刑, 艾山·吐尔逊亦表示): the syllable
# table spells yi with it, but no multi-character unit ends in it.
ALSO_PARTICLES = frozenset("亦")
# A list before a name in its clause (努尔兰·别克和阿依古丽·吐尔逊都被拘留, 他和妻子…都): the
# particle after the last name is "all" or "also", said of the list.
LIST_JOINER_BEFORE = re.compile(r"(?:和|与|及|跟|同|、)[^，,。；;：:！？!?]{0,20}$")
# What follows "all" or "also" said of a list: its predicate (被捕, 已获释, 是, 在, 没有消息).
PREDICATE_AFTER_PARTICLE = frozenset("被已是在曾没不未获遭受有会要还很先相分均同失下于")
# Function characters that can follow a name in running text and that transliteration tables
# also use (努尔兰因此, 努尔兰都在, 努尔兰亦参与, 努尔兰通过): a name ending in one is checked
# against the text.
TRAILING_PARTICLES = frozenset("因都也亦在是被和与从向对给将把就才又还通并已曾再得")
# Function characters no name opens with, though the syllable table has them: 由 "by" before an
# agent (照片由古丽巴哈尔提供).
AGENT_PREPOSITIONS = frozenset("由")
# One-character adverbs before that "by" (石碑更由…送赠, 照片均由…提供, 信则由…转交): the pair
# opens no name either.
ADVERBS_BEFORE_AGENT = frozenset("更均皆则亦也都还乃是")
# Words before a separated name whose characters the syllable table also has, though no Turkic
# name opens with them: 连 "even" (连阿斯卡尔·卡德尔也), 让 "let" (让阿斯卡尔·卡德尔签字), 同年
# "the same year".
WORDS_BEFORE_NAME = re.compile("同年|连|让")
LEADING_PARTICLES = TRAILING_PARTICLES | AGENT_PREPOSITIONS
# "In" after a noun (照片里, 家中) before a name cued by a title after it: the syllable table
# spells li with 里, but the noun before it ends no name.
LOCATIVE_AFTER_NOUN = frozenset("里")
SEPARATOR_TO_DOT = str.maketrans({separator: "·" for separator in NAME_SEPARATORS})


# Transliterated given-name characters and a separator before a public figure's surname.
GIVEN_NAME_BEFORE = re.compile(f"[{''.join(sorted(TRANSLITERATION_CHARACTERS))}]{{1,4}}·$")


def ends_in_unit_with(last_part: str, particle: str) -> bool:
    """Return whether a name part ends in a syllable unit that ends in the particle (阿不都)."""
    return any(
        len(unit) > 1 and unit.endswith(particle) and last_part.endswith(unit)
        for unit in syllable_units()
    )


@dataclass
class PersonFinding:
    name: str
    aliases: list[str] = field(default_factory=list)
    latin: str | None = None
    ethnicity: str | None = None
    residence: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    strength: int = 0  # how sure: 3 separated or Latin, 2 cue before, 1 cue after

    @property
    def parts(self) -> list[str]:
        """Return the parts of the name between "·"."""
        return self.name.split("·")


@dataclass
class PersonResult:
    persons: list[PersonFinding]
    authors: list[str]
    author_spans: list[tuple[int, int]]


class PersonFinder:
    """Finds persons and authors in one document, claiming their spans as it goes."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.folded = document.folded
        # The text with every name separator written "·", so that str.find finds a name as
        # GOLD.md writes it, whatever separator the report used.
        self.normalized = document.folded.translate(SEPARATOR_TO_DOT)
        self.persons: list[PersonFinding] = []
        self.authors: list[str] = []
        self.author_spans: list[tuple[int, int]] = []

    def add(self, name: str, start: int, end: int, strength: int, latin: str | None = None) -> None:
        """Record a name at [start, end), or one more mention of a name already found."""
        # Latin names keep their spaces (Aruzhan Serikova); scoring ignores spaces either way.
        name = " ".join(name.split()) if LATIN_NAME.fullmatch(name) else normalize_name(name)
        if not self.document.is_free(start, end):
            return
        self.document.claim(start, end, "person")
        if latin:
            latin_match = LATIN_AFTER.match(self.folded, end)
            if latin_match and self.document.is_free(end, latin_match.end()):
                self.document.claim(end, latin_match.end(), "latin")
        for person in self.persons:
            if person.name == name:
                person.spans.append((start, end))
                person.strength = max(person.strength, strength)
                person.latin = person.latin or latin
                return
        self.persons.append(
            PersonFinding(name=name, latin=latin, spans=[(start, end)], strength=strength)
        )

    def latin_after(self, end: int) -> tuple[str | None, int]:
        """Return the Latin form right after end (bracketed or bare) and where it ends."""
        match = LATIN_AFTER.match(self.folded, end)
        if not match:
            return None, end
        return (match["bracketed"] or match["bare"]).strip(), match.end()

    def find_authors(self) -> tuple[list[str], list[tuple[int, int]]]:
        """Return the authors of bylines and credits, and their spans."""
        authors, spans = [], []
        matches = [match for pattern in AUTHOR_PATTERNS for match in pattern.finditer(self.folded)]
        for match in sorted(matches, key=lambda match: match.start("names")):
            if not self.document.is_free(match.start("names"), match.end("names")):
                continue
            for name_match in re.finditer(AUTHOR_NAME, re.sub("[/／]", " ", match["names"])):
                name = normalize_name(name_match.group())
                if name in NOT_NAMES or any(name.startswith(cue) for cue in AUTHOR_CUES):
                    continue
                if name[0] not in HAN_SURNAMES and name[:2] in frequent_words():
                    continue  # 记者访问过后，…: a sentence about reporters, not a byline
                start = match.start("names") + name_match.start()
                end = match.start("names") + name_match.end()
                if name not in authors:
                    authors.append(name)
                spans.append((start, end))
                self.document.claim(start, end, "author")
        for name, start, end in dateline_reporters(self.folded):
            if self.document.is_free(start, end):
                if name not in authors:
                    authors.append(name)
                spans.append((start, end))
                self.document.claim(start, end, "author")
        return authors, spans

    def find_separated(self) -> None:
        """Find names whose parts are joined by separators (the surest kind)."""
        for match in find_separated_runs(self.folded):
            for chain in name_chains(match):
                self.add_separated(chain)

    def add_separated(self, parts: list[tuple[int, int]]) -> None:
        """Add the name whose parts span parts, its outer parts trimmed to name characters."""
        folded = self.folded
        (first_start, first_end), (last_start, last_end) = parts[0], parts[-1]
        # Extend the first part back only over name characters, then drop cue words.
        keep = 0
        while (
            keep < first_end - first_start
            and keep < SEPARATED_PART_MAX
            and is_edge_character(folded[first_end - 1 - keep])
        ):
            keep += 1
        # A first part opening a clause may hold 于 or 再 as its first or second syllable
        # (再努拉·, 帕再娜·): no function word stands there; nor right after a kin word or
        # title (妻子帕再娜·), which is followed by the name it introduces.
        syllable = first_end - keep - 1
        if syllable >= first_start and is_function_syllable(folded, syllable):
            if opens_clause(folded, syllable):
                keep += 1
            elif is_edge_character(folded[syllable - 1]) and (
                opens_clause(folded, syllable - 1) or looks_cued_before(folded, syllable - 1)
            ):
                keep += 2
        start = cut_left_cues(folded, first_end - keep, first_end)
        if (
            start > 0
            and first_end - start > 2
            and folded[start - 1 : start + 1] in frequent_words()
        ):
            start += 1  # 后来阿布都·热合曼: the first character ends a word
        if (
            start > 0
            and first_end - start > 2
            and folded[start] in AGENT_PREPOSITIONS
            and is_han(folded[start - 1])
        ):
            start += 1  # 照片由阿依努尔·卡斯木提供: "by" after a noun opens no name
        elif (
            start > 0
            and first_end - start > 3
            and folded[start] in ADVERBS_BEFORE_AGENT
            and folded[start + 1] in AGENT_PREPOSITIONS
            and is_han(folded[start - 1])
        ):
            start += 2  # 照片均由阿依努尔·卡斯木提供: an adverb and "by" after a noun
        before = WORDS_BEFORE_NAME.match(folded, start, first_end)
        if before and first_end - before.end() >= 2:
            start = before.end()
        if opens_after_naming_cue(folded, start, first_end):
            start -= 1  # 母亲早然古丽·: a kin word is followed by the name it introduces
        keep = 0
        while (
            keep < last_end - last_start
            and keep < SEPARATED_PART_MAX
            and (
                is_edge_character(folded[last_start + keep])
                or (keep == 0 and is_function_syllable(folded, last_start))
                or (keep == 0 and opens_later_part(folded, last_start, last_end))
            )
        ):
            keep += 1
        end = cut_right_cues(folded, last_start, last_start + keep)
        if self.glossed_after_function_syllable(end, last_end, len(parts)):
            end += 1  # 艾山·托克对(Hasan Toqdui): no function word stands between name and gloss
        elif end < last_end <= last_start + 3 and self.has_gloss_of_parts(last_end, len(parts)):
            end = last_end  # 马丁·庄(Martin Chong), made up: a Han surname closes it
        if end - last_start > 1 and folded[end - 1] in ADVERB_CLOSING_RUN:
            end -= 1  # 吐尔逊江·艾力才被允许: a separated name is never Han
        if (
            end - last_start > 2
            and folded[end - 1] == "外"
            and folded[max(0, start - 2) : start].endswith(("除", "除了"))
        ):
            end -= 1  # 除阿斯卡尔·卡德尔外: "except", not a syllable
        if end - last_start > 2 and folded.startswith("大学毕业", end - 1):
            end -= 1  # 努尔兰·排克拉大学毕业后: graduated from a university, not its name
        if first_end - start < 2:
            start = self.cued_first_part_start(first_start, first_end) or start
        first_name, last_name = folded[start:first_end], folded[last_start:end]
        if len(first_name) < 1 or len(last_name) < 1 or len(first_name) + len(last_name) < 3:
            return
        if first_name in frequent_words() or last_name in frequent_words():
            return
        institution = INSTITUTION_AFTER.search(folded, last_start + 1, end + 4)
        if (
            institution
            and institution.start() <= end
            and not folded.startswith("毕业", institution.end())
        ):
            return
        latin, _ = self.latin_after(end)
        middle = [folded[part_start:part_end] for part_start, part_end in parts[1:-1]]
        self.add("·".join([first_name, *middle, last_name]), start, end, 3, latin)

    def glossed_after_function_syllable(self, end: int, part_end: int, part_count: int) -> bool:
        """Return whether the one function character left after a name's last part is its last
        syllable, shown by a Latin gloss right after it with a word for every part."""
        if part_end != end + 1 or self.folded[end] not in TRAILING_PARTICLES:
            return False
        return self.has_gloss_of_parts(end + 1, part_count)

    def has_gloss_of_parts(self, end: int, part_count: int) -> bool:
        """Return whether a Latin gloss with a word for every part of a name follows end."""
        latin, _ = self.latin_after(end)
        return latin is not None and len(latin.split()) == part_count

    def name_run_before(self, end: int) -> tuple[int, int] | None:
        """Return the span of the name-character run ending at end, trimmed of cue words."""
        start = end
        while (
            start > 0
            and end - start < MAX_PART + 2
            and is_name_character(self.folded[start - 1])
            and self.document.owner_at(start - 1) is None
        ):
            start -= 1
        if end - start < 2:
            return None
        start = cut_left_cues(self.folded, start, end)
        if start > 0 and self.folded[start - 1 : start + 1] in frequent_words():
            start += 1  # 证明努尔: the run's first character ends a word
        return (start, end) if end - start >= 2 else None

    def kin_named_run_before(self, end: int) -> tuple[int, int] | None:
        """Return the span of two or three Han characters ending at end right after a kin word
        or naming verb (他的女儿帕锦(Parida Kamil)): a name, though its characters are not the
        tables' (a Latin form in brackets follows)."""
        for length in (2, 3):
            start = end - length
            if (
                start > 0
                and all("\u4e00" <= character <= "\u9fff" for character in self.folded[start:end])
                and self.document.is_free(start, end)
                and self.folded[:start].endswith(NAMING_CUES)
                and self.folded[start:end] not in frequent_words()
            ):
                return start, end
        return None

    def name_run_after(self, start: int) -> tuple[int, int] | None:
        """Return the span of the name-character run starting at start, trimmed of cue words."""
        end = start
        while (
            end < len(self.folded)
            and end - start < MAX_PART
            and is_name_character(self.folded[end])
            and self.document.owner_at(end) is None
        ):
            end += 1
        if end - start < 2:
            return None
        end = cut_right_cues(self.folded, start, end)
        start = cut_left_cues(self.folded, start, end)  # 维吾尔青年伊力夏提: 青年 is a cue
        return (start, end) if end - start >= 2 else None

    def titled_run_after(self, start: int) -> tuple[int, int] | None:
        """Return a run of two to five Han characters after a title and before a speech verb,
        or after a state's office and before a visit (外长莱文会见家属).

        Foreign names (总统拜登表示) use characters outside the transliteration tables.
        """
        folded = self.folded
        after_office = STATE_OFFICE_BEFORE.search(folded, max(0, start - 6), start) is not None
        for length in range(2, 6):
            end = start + length
            if (
                end > len(folded)
                or not all(
                    "\u4e00" <= c <= "\u9fff" and c not in NOT_GIVEN_NAME_CHARACTERS
                    for c in folded[start:end]
                )
                or not self.document.is_free(start, end)
            ):
                return None
            if SPEAKING_AFTER.match(folded, end) or (
                after_office and STATE_VISIT_AFTER.match(folded, end)
            ):
                run = folded[start:end]
                if run in NOT_NAMES or CUE_BEFORE.fullmatch(run) or NOT_A_NAME_ENDING.search(run):
                    return None
                return start, self.han_name_end_in_run(start, cut_right_cues(folded, start, end))
        return None

    def han_name_end_in_run(self, start: int, end: int) -> int:
        """Return where a Han name opening a titled run ends, else the run's end.

        次长萧志远答询表示, 部长沈立勤昨天说: a surname and two given-name characters followed by
        a word of time, or by a character no given name uses, is the name; a foreign name
        (部长雷蒙多则表示, 议员麦克戈文表示) runs on in name characters.
        """
        folded = self.folded
        for index in range(start + 2, end):
            if TIME_AFTER.match(folded, index):
                return index
        surname = 2 if folded[start : start + 2] in HAN_COMPOUND_SURNAMES else 1
        name_end = start + surname + 2
        if (
            end > name_end
            and folded[start] in HAN_SURNAMES
            and all(c in given_name_characters() for c in folded[start + surname : name_end])
            and folded[name_end] not in given_name_characters()
        ):
            return name_end
        return end

    def han_name_after(self, start: int) -> tuple[int, int] | None:
        """Return the span of a Han name (surname + one or two characters) starting at start."""
        folded = self.folded
        surname = 2 if folded[start : start + 2] in HAN_COMPOUND_SURNAMES else 1
        if surname == 1 and folded[start : start + 1] not in HAN_SURNAMES:
            return None
        given = 0
        while given < 2 and start + surname + given < len(folded):
            character = folded[start + surname + given]
            if (
                character in NOT_GIVEN_NAME_CHARACTERS
                and not (given == 0 and opens_given_name_with_jia(folded, start + surname))
            ) or not "\u4e00" <= character <= "\u9fff":
                break
            if given == 1 and CUE_AFTER.match(folded, start + surname + given):
                break
            given += 1
        if given == 0:
            return None
        end = start + surname + given
        if given == 2 and folded[end - 1 : end + 1] in frequent_words():
            end -= 1  # 议员黄豪质疑: the last character starts the verb
        if not all(self.document.owner_at(index) is None for index in range(start, end)):
            return None
        if folded[start:end] in common_words() or (
            folded[start : start + 2] in frequent_words()
            and not opens_given_name_with_jia(folded, start + surname)  # 黄家 is "the Huangs"
        ):
            return None  # 学生高考后: 高考 is a word
        return start, end

    def add_han_name_after_kin(self, position: int) -> None:
        """Add a Han name right after a kin word of one relative (妻子王芳被带走, 丈夫李军说).

        A kin word says little of the run after it (妻子高兴地, 儿子于是): the name must be a
        surname and one or two given-name characters, no common word, and end where a name's
        clause goes on: punctuation, a cue verb, a list joiner, or the adverb, passive or time
        word that opens what happened to the relative (被, 都, 去年, 在).
        """
        folded = self.folded
        han = self.han_name_after(position)
        if (
            han is None
            or not is_plausible_han_name(folded[han[0] : han[1]])
            or CUE_BEFORE.match(folded, han[0])  # 妻子孙女都: a second kin word, no name
        ):
            return
        end = han[1]
        if (
            end >= len(folded)
            or folded[end] in NAME_STOP
            or folded[end] in "和与及"
            or CUE_AFTER.match(folded, end)
            or KIN_NAMED_CLAUSE_AFTER.match(folded, end)
        ):
            self.add(folded[han[0] : end], han[0], end, 2)

    def ends_han_name(self, end: int) -> bool:
        """Return whether a Han name after a title can end at end.

        It ends at punctuation, a cue word, a function character (局长王东对记者说, 主席李明都),
        a word of time (议员莫德华早前, 发言人张惠婷今（5）日) or a frequent word (书记王建华视察,
        议员黄豪质疑).
        """
        folded = self.folded
        return (
            end >= len(folded)
            or folded[end] in BOUNDARY_CHARACTERS
            or folded[end] in NOT_GIVEN_NAME_CHARACTERS
            or bool(CUE_AFTER.match(folded, end))
            or bool(TIME_AFTER.match(folded, end))
            or folded[end : end + 2] in frequent_words()
        )

    def find_latin_bracketed(self) -> None:
        """Find names given with a Latin form in brackets after them."""
        for match in LATIN_IN_BRACKETS.finditer(self.folded):
            span = (
                self.name_run_before(match.start())
                or self.kin_named_run_before(match.start())
                or self.cued_run_before_full_latin(match)
            )
            if span is None:
                continue
            if (
                span[1] - span[0] == 2
                and span[0] > 0
                and self.folded[span[0] - 1] in HAN_SURNAMES
                and self.document.is_free(span[0] - 1, span[0])
            ):
                span = (span[0] - 1, span[1])  # a Han surname the tables do not use (黄英贤)
            elif (
                span[0] > 1
                and is_han(self.folded[span[0] - 1])
                and self.document.is_free(span[0] - 1, span[0])
                and HAN_CUE_BEFORE.search(self.folded, max(0, span[0] - 9), span[0] - 1)
            ):
                # 国务卿蓬佩奥(Mike Pompeo): one character the run left out between a title and
                # the name belongs to the name.
                span = (span[0] - 1, span[1])
            span = (self.given_name_start(span[0]), span[1])
            name = self.normalized[span[0] : span[1]]
            if name in NOT_NAMES or ORGANISATION_BEFORE.search(
                self.folded, max(0, span[0] - 3), span[0]
            ):
                continue
            latin, _ = self.latin_after(span[1])
            self.add(name, span[0], span[1], 3, latin)

    def cued_first_part_start(self, first_start: int, first_end: int) -> int | None:
        """Return where a first part of two or three Han characters starts right after a cue
        (哈萨克公民莎蓓娜·别克), though its characters are not those the tables use."""
        for length in (3, 2):
            start = first_end - length
            if start >= max(first_start, 1) and self.is_cued_unlisted_run(start, first_end):
                return start
        return None

    def is_cued_unlisted_run(self, start: int, end: int) -> bool:
        """Return whether [start, end) follows a cue for a person of a country or people
        (哈萨克公民, 维吾尔女士) and holds no character a given name never has."""
        return all(c not in NOT_GIVEN_NAME_CHARACTERS for c in self.folded[start:end]) and bool(
            CITIZEN_CUE_BEFORE.search(self.folded, max(0, start - 9), start)
        )

    def cued_run_before_full_latin(self, match: re.Match[str]) -> tuple[int, int] | None:
        """Return two or three Han characters between a cue and a Latin name of two or more
        words in brackets (哈萨克公民莎依蕾(Shaire Bek)): a name, though its characters are not
        those the transliteration tables use."""
        if len(match.group().strip("()（） ").split()) < 2:
            return None
        for length in (3, 2):
            start = match.start() - length
            run = self.folded[start : match.start()]
            if (
                start > 0
                and all(is_han(c) for c in run)
                and self.document.is_free(start, match.start())
                and self.is_cued_unlisted_run(start, match.start())
            ):
                return start, match.start()
        return None

    def given_name_start(self, start: int) -> int:
        """Return where a name starting at start begins with a short given name and a separator
        before it (乔·奥巴马 for 奥巴马), else start."""
        given = GIVEN_NAME_BEFORE.search(self.normalized, max(0, start - 5), start)
        if given and self.document.is_free(given.start(), start):
            return given.start()
        return start

    def find_marked_transliterations(self) -> None:
        """Find names marked as transliterated after a kin word or naming verb (她的儿子阿尔信
        （译音）): the report says they render a name, in whatever characters."""
        for match in MARKED_TRANSLITERATION.finditer(self.folded):
            span = self.kin_named_run_before(match.start())
            if span:
                self.add(self.folded[span[0] : span[1]], span[0], span[1], 1)

    def find_cued(self) -> None:
        """Find names by the words around them: titles before, speech verbs after."""
        folded = self.folded
        for match in CUE_BEFORE.finditer(folded):
            position = match.end()
            if (
                position >= len(folded)
                or self.document.owner_at(position) is not None
                or folded[position] in TITLE_IN_INSTITUTION
            ):
                continue
            run = self.name_run_after(position)
            titled_run = None
            if (
                run is None or SPEAKING_AFTER.match(folded, run[1]) is None
            ) and HAN_CUE_BEFORE.search(match.group()):
                titled_run = self.titled_run_after(position)
                run = titled_run or run
            # A title before and a verb after (主席多里坤表示) need no name shape.
            both_cues = (
                run is not None
                and (run == titled_run or bool(SPEAKING_AFTER.match(folded, run[1])))
                and folded[run[0] : run[1]] not in NOT_NAMES
                and folded[run[0] : run[1]] not in frequent_words()  # 汉族居民说
                and run[1] - run[0] <= 6
            )
            # A title that always precedes a name (国务卿, 发言人) and a run that stops at
            # punctuation: a foreign name written in transliteration characters (布林肯，).
            titled = (
                run is not None
                and HAN_CUE_BEFORE.search(match.group()) is not None
                and run[1] - run[0] >= 3
                and run[1] < len(folded)
                and (folded[run[1]] in NAME_STOP or CUE_AFTER.match(folded, run[1]) is not None)
                and folded[run[0] : run[1]] not in NOT_NAMES
                and folded[run[0] : run[1]] not in frequent_words()
                and folded[run[0] : run[1]] not in place_names()[0]
            )
            # A cleric's title (阿訇, 伊玛目) is only ever followed by a name: a two-character
            # run after it that stops at punctuation or a cue (伊玛目托坎，被捕) is one too.
            short_titled = (
                run is not None
                and CLERIC_TITLE_BEFORE.search(match.group()) is not None
                and run[1] - run[0] == 2
                and run[1] < len(folded)
                and (folded[run[1]] in NAME_STOP or CUE_AFTER.match(folded, run[1]) is not None)
                and folded[run[0] : run[1]] not in NOT_NAMES
                and folded[run[0] : run[1]] not in known_words()
                and folded[run[0] : run[1]] not in place_names()[0]
            )
            both_cues = both_cues or titled or short_titled
            if (
                run
                and (looks_like_turkic_name(folded[run[0] : run[1]]) or both_cues)
                and (
                    run[1] >= len(folded)
                    or not is_name_character(folded[run[1]])
                    or folded[run[1]] in ADVERB_CLOSING_RUN
                    or CUE_AFTER.match(folded, run[1])
                )
            ):
                latin, _ = self.latin_after(run[1])
                self.add(folded[run[0] : run[1]], run[0], run[1], 2, latin)
                continue
            han = self.han_name_after(position) if HAN_CUE_BEFORE.search(match.group()) else None
            if han and self.ends_han_name(han[1]):
                self.add(folded[han[0] : han[1]], han[0], han[1], 2)
            elif KIN_OF_ONE_BEFORE.search(match.group()):
                self.add_han_name_after_kin(position)
        for match in CUE_AFTER.finditer(folded):
            span = self.name_run_before(match.start())
            if span is None:
                continue
            if (
                folded[span[1] - 1] in LIST_PARTICLES
                and span[1] - span[0] >= 4
                and looks_like_turkic_name(folded[span[0] : span[1] - 1])
            ):
                span = (span[0], span[1] - 1)  # 古丽娜尔都被带走: 都 is "all", not the name
            after_locative = (
                span[0] > 0
                and folded[span[0]] in LOCATIVE_AFTER_NOUN
                and is_han(folded[span[0] - 1])
                and not is_name_character(folded[span[0] - 1])
                and looks_like_turkic_name(folded[span[0] + 1 : span[1]])
            )
            if after_locative:
                span = (span[0] + 1, span[1])  # 合影里古丽女士: 里 is "in" after a noun
            before = folded[span[0] - 1] if span[0] > 0 else "。"
            name = folded[span[0] : span[1]]
            # A pseudonym, or a name marked as transliterated, is a person whatever its shape.
            pseudonym = "化名" in match.group() or "译音" in match.group()
            if (
                after_locative
                or before in BOUNDARY_CHARACTERS
                or not is_name_character(before)
                or folded[span[0] - 2 : span[0]] in frequent_words()
            ) and (looks_like_turkic_name(name) or pseudonym):
                self.add(name, span[0], span[1], 1)
        for match in HAN_CUE_AFTER.finditer(folded):
            name_end = match.start()
            if name_end > 2 and folded[name_end - 1] in SPEECH_ADVERBS:
                name_end -= 1  # 。黎咏芝则表示: the adverb stands between name and verb
            for length in (3, 2):
                start = name_end - length
                if start < 0 or folded[start] not in HAN_SURNAMES:
                    continue
                before = folded[start - 1] if start > 0 else "。"
                name = folded[start:name_end]
                # A pseudonym after a role (阿訇马永福（化名）) needs no punctuation before it;
                # a quotation opening before a word and 的妻子 is a phrase quoted (“戴面纱的妻子”).
                # Two Han names joined at a clause's start (王东和李静被带走): the first opens it.
                first = self.han_name_listed_before(start) if before in "和与及、" else None
                if (
                    (
                        (before in BOUNDARY_CHARACTERS and before not in OPENING_QUOTES)
                        or ("化名" in match.group() and looks_cued_before(folded, start))
                        or first is not None
                    )
                    and is_plausible_han_name(name)
                    and name[-1] != name[0]  # 边哭边说, 越想越: a correlative, not a surname
                    and name[:2] not in common_words()  # 焦急地告诉: 焦急 is a word
                ):
                    if first is not None:
                        self.add(folded[first[0] : first[1]], first[0], first[1], 1)
                    self.add(name, start, name_end, 1)
                    break

    def han_name_listed_before(self, start: int) -> tuple[int, int] | None:
        """Return the span of a Han name opening a clause and joined to a name at start by the
        joiner before start (王东和李静被带走), else None."""
        folded = self.folded
        first = han_name_before(self, start - 1)
        if (
            first is None
            or (first[0] > 0 and folded[first[0] - 1] not in BOUNDARY_CHARACTERS)
            or folded[first[0] - 1 : first[0]] in OPENING_QUOTES
        ):
            return None
        name = folded[first[0] : first[1]]
        if not is_plausible_han_name(name) or name[:2] in common_words() or name[-1] == name[0]:
            return None
        return first

    def find_public_figures(self) -> None:
        """Find public figures named without a cue (习近平, 蓬佩奥), where no name holds them."""
        normalized = self.normalized
        for name in sorted(PUBLIC_FIGURES, key=len, reverse=True):
            start = normalized.find(name)
            while start >= 0:
                end = start + len(name)
                before = self.folded[start - 1] if start else "。"
                after = self.folded[end] if end < len(self.folded) else "。"
                if not (
                    is_name_character(before)
                    and self.document.owner_at(start - 1) is None
                    and before not in BOUNDARY_CHARACTERS
                ) and not (len(name) < 3 and after in TRANSLITERATION_CHARACTERS):
                    given = self.given_name_start(start)
                    self.add(normalized[given:end], given, end, 2)
                start = normalized.find(name, end)

    def find_repeats(self) -> None:
        """Claim every other occurrence of a name already found (for highlighting and events)."""
        normalized = self.normalized
        forms = []
        for person in self.persons:
            forms.append((person.name.replace("·", ""), person))
            forms.append((person.name, person))
        for form, person in sorted(forms, key=lambda item: -len(item[0])):
            if len(form) < 2:
                continue
            start = normalized.find(form)
            while start >= 0:
                end = start + len(form)
                if self.document.is_free(start, end):
                    self.document.claim(start, end, "person")
                    person.spans.append((start, end))
                start = normalized.find(form, end)

    def find_part_repeats(self) -> None:
        """Claim short forms of full names (努尔兰 for 努尔兰·别克) and record them as aliases.

        A part shared by several persons goes to the one whose given name (first part) it is,
        else to the nearest full name before it.
        """
        owners: dict[str, list[PersonFinding]] = {}
        # A later part of two characters (肉孜 of 吐尔逊·肉孜) counts only where it opens a clause
        # or follows a title, role or ethnonym (诗人肉孜).
        clause_only: set[str] = set()
        for person in self.persons:
            for position, part in enumerate(person.parts if "·" in person.name else []):
                if len(part) >= 2 and part not in NOT_NAMES:
                    owners.setdefault(part, []).append(person)
                    if position > 0 and len(part) < 3:
                        clause_only.add(part)
                    elif position == 0:
                        clause_only.discard(part)
        for part in sorted(owners, key=len, reverse=True):
            start = self.folded.find(part)
            while start >= 0:
                end = start + len(part)
                next_start = self.folded.find(part, end)
                if not self.is_free_short_form(start, end) or (
                    part in clause_only and not looks_cued_before(self.folded, start)
                ):
                    start = next_start
                    continue
                candidates = owners[part]
                candidates = sorted(
                    candidates,
                    key=lambda other: (
                        other.parts[0] != part,
                        min((start - s for s, _ in other.spans if s <= start), default=10**9),
                    ),
                )
                self.claim_short_form(candidates[0], start, end)
                start = next_start

    def find_latin_given_names(self) -> None:
        """Claim a Latin name's first word written alone (Aina of Aina Serikova) as its alias.

        Reports name a person in full once, then by the given name (Aina在新疆的亲戚); the
        word must stand alone, not open another capitalised name.
        """
        for person in self.persons:
            words = person.name.split(" ")
            if not LATIN_NAME.fullmatch(person.name) or len(words[0]) < 3:
                continue
            given = words[0]
            for match in re.finditer(
                rf"(?<![A-Za-zÀ-ÿĀ-ſ]){re.escape(given)}(?![A-Za-zÀ-ÿĀ-ſ])", self.folded
            ):
                start, end = match.span()
                if re.match(r" [A-ZÀ-ÖØ-Þ]", self.folded[end : end + 2]):
                    continue  # Aina Serikova itself, or another Aina
                if self.document.is_free(start, end):
                    self.claim_short_form(person, start, end)
            # Translated statements take a person up by the last word and a title (Mira
            # Dawson … Dawson女士): that word before the title is the person too.
            surname = words[-1]
            if len(words) < 2 or len(surname) < 3:
                continue
            for match in re.finditer(
                rf"(?<![A-Za-zÀ-ÿĀ-ſ]){re.escape(surname)}(?=女士|小姐|先生)", self.folded
            ):
                if self.document.is_free(*match.span()):
                    self.claim_short_form(person, *match.span())

    def claim_short_form(self, person: PersonFinding, start: int, end: int) -> None:
        """Claim [start, end) as a short form of person: one more span, and an alias."""
        self.document.claim(start, end, "person")
        person.spans.append((start, end))
        form = self.folded[start:end]
        if form not in person.aliases:
            person.aliases.append(form)

    def is_free_short_form(self, start: int, end: int) -> bool:
        """Return whether a short form at [start, end) stands alone (not inside a longer name)."""
        if not self.document.is_free(start, end):
            return False
        if (
            start > 0
            and is_name_character(self.folded[start - 1])
            and self.document.owner_at(start - 1) is None
            and cut_left_cues(self.folded, max(0, start - 6), end) != start
        ):
            return False  # 努尔别克 is not 别克
        return not (
            end < len(self.folded)
            and is_name_character(self.folded[end])
            and not CUE_AFTER.match(self.folded, end)
        )

    def find_honorifics(self) -> None:
        """Attach 王女士 to the Han person 王秀兰 named in the same report."""
        for match in HONORIFIC.finditer(self.folded):
            for person in self.persons:
                if (
                    "·" not in person.name
                    and person.name.startswith(match["surname"])
                    and person.name[0] in HAN_SURNAMES
                    and len(person.name) <= 3
                ):
                    form = match.group()
                    if form not in person.aliases:
                        person.aliases.append(form)
                    if self.document.is_free(match.start(), match.end()):
                        person.spans.append((match.start(), match.end()))
                        self.document.claim(match.start(), match.end(), "person")
                    break

    def merge_short_forms(self) -> None:
        """Fold short forms into the full name they belong to (努尔兰 -> 努尔兰·别克)."""
        # Names in parts, and long names written without a separator (伊克帕阿山).
        full = [person for person in self.persons if "·" in person.name or len(person.name) >= 5]
        merged: list[PersonFinding] = []
        for person in self.persons:
            if "·" in person.name:
                # The leading parts of one longer name (沙吾提·吐尔逊 of 沙吾提·吐尔逊·阿山) are it.
                longer = [
                    other
                    for other in full
                    if len(other.parts) > len(person.parts)
                    and other.parts[: len(person.parts)] == person.parts
                ]
                if len(longer) == 1:
                    owner = longer[0]
                    if person.name not in owner.aliases:
                        owner.aliases.append(person.name)
                    owner.spans.extend(person.spans)
                    owner.latin = owner.latin or person.latin
                else:
                    merged.append(person)
                continue
            owners = [
                other
                for other in full
                if other is not person
                and is_short_form(person.name, other)
                and not names_the_father(self.folded, person, other)
            ]
            if not owners:
                merged.append(person)
                continue
            # A short form is most often the given name (the first part); else the nearest
            # full name mentioned before it.
            first = person.spans[0][0]
            owners.sort(
                key=lambda other: (
                    other.parts[0] != person.name,
                    min(
                        (first - start for start, _ in other.spans if start <= first), default=10**9
                    ),
                )
            )
            owner = owners[0]
            if person.name not in owner.aliases:
                owner.aliases.append(person.name)
            owner.spans.extend(person.spans)
            owner.latin = owner.latin or person.latin
        self.persons = merged

    def merge_variant_spellings(self) -> None:
        """Fold full names that differ in one character of one part (阿不都 and 阿布都), or that
        the report gives the same full Latin form (居麦 and 居玛, one Latin name)."""
        kept: list[PersonFinding] = []
        for person in self.persons:
            for other in kept:
                if (
                    is_variant_spelling(person.name, other.name)
                    or is_clipped_spelling(person.name, other.name)
                    or has_same_full_latin(person, other)
                    or one_child_by_either_part(person, other, self.persons)
                ):
                    other.aliases.append(person.name)
                    other.spans.extend(person.spans)
                    other.latin = other.latin or person.latin
                    break
            else:
                kept.append(person)
        self.persons = kept

    def attach_function_syllable_forms(self) -> None:
        """Fold a bare name cut after 于 or 再 into the full name it shortens (于素甫江).

        A free run never opens with those function characters, so the short form of
        阿迪拉·买买提·于苏甫江 is first read as 素甫江: where the character before it and the run
        spell a part of a full name, or that part with one other character (a variant spelling),
        the run is that part.
        """
        full = [person for person in self.persons if "·" in person.name]
        kept: list[PersonFinding] = []
        for person in self.persons:
            owner, spans = None, []
            for start, end in person.spans:
                if start and self.folded[start - 1] in NAME_OPENING_FUNCTION_CHARACTERS:
                    form = self.folded[start - 1 : end]
                    owner = next((o for o in full if spells_a_part(form, o.parts)), owner)
                    spans.append((start - 1, end))
            if "·" in person.name or owner is None or len(spans) != len(person.spans):
                kept.append(person)
                continue
            for start, end in spans:
                self.document.claim(start, end, "person")
                owner.spans.append((start, end))
                form = self.folded[start:end]
                if form not in owner.parts and form not in owner.aliases:
                    owner.aliases.append(form)
            owner.latin = owner.latin or person.latin
        self.persons = kept

    def trim_trailing_particles(self) -> None:
        """Drop a function character the name swallowed (努尔兰因 when 努尔兰 stands alone too).

        A name ending in a TRAILING_PARTICLES character loses it when the name without it is
        written elsewhere in the document followed by something else: the report itself shows
        where the name ends.
        """
        normalized = self.normalized
        found_names = {person.name for person in self.persons}
        for person in self.persons:
            particle, short = person.name[-1], person.name[:-1]
            if particle not in TRAILING_PARTICLES or len(short.split("·")[-1]) < 2:
                continue
            if self.ends_list_of_persons(person) or self.ends_in_also(person):
                self.cut_last_character(person)
                continue
            forms = {short, short.replace("·", "")}
            # A short form found as a name of its own (吐尔洪 beside 阿里木·吐尔洪亦) also shows
            # where the name ends.
            if short.split("·")[-1] in found_names:
                forms.add(short.split("·")[-1])
            if len(short.replace("·", "")) < 2 or not any(
                normalized[end : end + 1] != particle
                for form in forms
                for end in occurrence_ends(normalized, form)
            ):
                continue
            self.cut_last_character(person)
        kept: dict[str, PersonFinding] = {}
        for person in self.persons:
            if person.name in kept:
                same = kept[person.name]
                same.spans.extend(person.spans)
                same.strength = max(same.strength, person.strength)
                same.latin = same.latin or person.latin
            else:
                kept[person.name] = person
        self.persons = list(kept.values())

    def ends_list_of_persons(self, person: PersonFinding) -> bool:
        """Return whether a name's final 都 or 也 is "all" said of a list it ends.

        Every mention stands after a list joiner in its clause and before a predicate
        (努尔兰·别克和阿依古丽·吐尔逊都被拘留, 哥哥叶尔兰和弟弟叶尔肯都被关押); a name part that
        ends in the particle is kept (吐尔逊·阿不都被捕, 和阿不都), and a name of two characters
        with it is left alone unless a kin word gives it.
        """
        particle, last_part = person.name[-1], person.name.split("·")[-1]
        if particle not in LIST_PARTICLES:
            return False
        if len(person.name.replace("·", "")) < 3 and not all(
            # 妻子努尔尼沙及女儿萨娜都被抓走: a name a kin word gives ends where a longer name
            # would.
            self.folded[:start].endswith(NAMING_CUES)
            for start, _ in person.spans
        ):
            return False
        if ends_in_unit_with(last_part, particle):
            return False
        folded = self.folded
        return all(
            folded[end - 1] == particle
            and folded[end : end + 1] in PREDICATE_AFTER_PARTICLE
            and LIST_JOINER_BEFORE.search(folded, max(0, start - 21), start) is not None
            for start, end in person.spans
        )

    def ends_in_also(self, person: PersonFinding) -> bool:
        """Return whether a separated name's final 亦 is "also" said of the person.

        Every mention stands before a predicate or a speech verb (艾山·吐尔逊亦被判刑,
        艾山·吐尔逊亦表示); a last part that ends in a longer unit with it is kept.
        """
        particle, last_part = person.name[-1], person.name.split("·")[-1]
        if particle not in ALSO_PARTICLES or "·" not in person.name or len(last_part) < 3:
            return False
        if ends_in_unit_with(last_part, particle):
            return False
        folded = self.folded
        return all(
            folded[end - 1] == particle
            and (
                folded[end : end + 1] in PREDICATE_AFTER_PARTICLE
                or SPEAKING_AFTER.match(folded, end) is not None
            )
            for _, end in person.spans
        )

    def cut_last_character(self, person: PersonFinding) -> None:
        """Drop the name's last character, from its name and from every span that ends in it."""
        particle = person.name[-1]
        person.name = person.name[:-1]
        for index, (start, end) in enumerate(person.spans):
            if self.folded[end - 1] == particle:
                person.spans[index] = (start, end - 1)
                self.document.release(end - 1, end)

    def describe(self) -> None:
        """Fill ethnicity and residence from the words just before a person's mentions."""
        for person in self.persons:
            for start, _ in sorted(person.spans):
                window = self.folded[max(0, start - 12) : start]
                for word, ethnicity in sorted(ETHNICITY_WORDS.items(), key=lambda i: -len(i[0])):
                    if word in window and person.ethnicity is None:
                        person.ethnicity = ethnicity
                if person.ethnicity:
                    break

    def apply_tagged_spans(self, spans: list[tuple[int, int]]) -> None:
        """Let the name tagger's edges correct the rules' names.

        Where a tagged span overlaps exactly one name the rules found, with other edges, the
        tagger's edges win: a first syllable the rules lost (亚·哈力吾拉 for 毛李亚·哈力吾拉),
        a particle they kept. Cross-validated, the tagger's own new names and its vetoes of rule
        names cost more precision than they gain recall, so it is trusted on edges only.
        """
        folded = self.folded
        for start, tagged_end in spans:
            # The tagger's end obeys the rules' right-edge checks (卢比欧提出 ends at 欧).
            end = tagged_end
            if end - start > 2:
                end = cut_right_cues(folded, start, end)
                start = after_kin_word(folded, start, end)
            if not self.is_taggable(start, end):
                continue
            overlapping = [
                (person, span)
                for person in self.persons
                for span in person.spans
                if span[0] < end and start < span[1]
            ]
            if len(overlapping) != 1:
                continue
            person, span = overlapping[0]
            if is_han_name(person.name) or not covers_separators(folded, span, (start, end)):
                continue
            if span == (start, end) or not all(
                self.document.owner_at(index) in {None, "person"} for index in range(start, end)
            ):
                continue
            old_name = normalize_name(folded[span[0] : span[1]])
            new_name = normalize_name(folded[start:end].strip())
            if cuts_outer_part_to_one(old_name, new_name):
                continue
            self.document.release(*span)
            self.document.claim(start, end, "person")
            person.spans[person.spans.index(span)] = (start, end)
            if person.name != old_name:
                continue
            same = [
                other for other in self.persons if other is not person and other.name == new_name
            ]
            if same:
                same[0].spans.extend(person.spans)
                self.persons.remove(person)
            else:
                person.name = new_name

    def is_taggable(self, start: int, end: int) -> bool:
        """Return whether a tagged span can be a name: two letters at least, not a known word."""
        name = normalize_name(self.folded[start:end].strip())
        if len(name.replace("·", "")) < 2 or name in NOT_NAMES:
            return False
        return not any(
            self.document.owner_at(index) in {"author", "media", "place"}
            for index in range(start, end)
        )

    def run(self) -> None:
        """Find the surest names, before places are read."""
        self.find_separated()


def after_kin_word(folded: str, start: int, end: int) -> int:
    """Return where a tagged name [start, end) starts once the tail of a kin word it opens with
    is cut off: a kin word's last character is no first syllable (妹夫木合塔尔 starts at 木)."""
    if start == 0:
        return start
    # A kin word the name's start cuts holds the characters on both sides of it.
    straddled = folded[start - 1 : start + 1]
    for kin in NAMING_CUES:
        if straddled not in kin:
            continue
        for inside in range(1, len(kin)):
            opening = start - len(kin) + inside
            if opening >= 0 and folded.startswith(kin, opening) and end - (opening + len(kin)) >= 2:
                return opening + len(kin)
    return start


def opens_after_naming_cue(folded: str, start: int, first_end: int) -> bool:
    """Return whether the one character before a separated name's first part is its first
    syllable: a kin word or naming cue stands right before it (母亲早然古丽·沙吾提, made up),
    the character is no function word, and the part stays short."""
    opening = start - 1
    return (
        opening > 0
        and first_end - opening <= SEPARATED_PART_MAX
        and is_han(folded[opening])
        and folded[opening] not in NOT_GIVEN_NAME_CHARACTERS
        and folded[:opening].endswith(NAMING_CUES)
    )


def opens_later_part(folded: str, start: int, end: int) -> bool:
    """Return whether the character right after a name separator opens the later part though
    it is no transliteration character: two name characters follow it (努尔兰·排克拉, made up)
    and it is no function word."""
    return (
        end - start >= 3
        and is_han(folded[start])
        and folded[start] not in NOT_GIVEN_NAME_CHARACTERS
        and is_edge_character(folded[start + 1])
        and is_edge_character(folded[start + 2])
    )


def opens_clause(folded: str, index: int) -> bool:
    """Return whether no Han character stands right before index."""
    return index == 0 or not "\u3400" <= folded[index - 1] <= "\u9fff"


def find_separated_runs(folded: str) -> list[re.Match[str]]:
    """Return the runs of Han parts joined by name separators (努尔兰.别克).

    Separators are rare, so the full pattern is only tried around them (for speed).
    """
    runs: list[re.Match[str]] = []
    covered = -1
    for separator in SEPARATOR_BETWEEN_HAN.finditer(folded):
        if separator.start() < covered:
            continue
        start = separator.start()
        while start > max(0, separator.start() - 12) and "\u3400" <= folded[start - 1] <= "\u9fff":
            start -= 1
        match = SEPARATED_NAME.match(folded, start)
        if match:
            runs.append(match)
            covered = match.end()
    return runs


def name_chains(match: re.Match[str]) -> list[list[tuple[int, int]]]:
    """Return the spans of the parts of each name in a separated run.

    A middle part that is not all name characters holds the end of one name and the start of
    the next (伊敏江·赛都拉的女儿迪丽娜尔·伊敏江): the run is split there, and that part is the
    last part of the first name and the first part of the second.
    """
    parts, position = [], match.start()
    for separator in SEPARATOR_WITHIN.finditer(match.group()):
        parts.append((position, match.start() + separator.start()))
        position = match.start() + separator.end()
    parts.append((position, match.end()))
    chains, chain = [], [parts[0]]
    for index, part in enumerate(parts[1:], start=1):
        chain.append(part)
        text = match.string[part[0] : part[1]]
        if index < len(parts) - 1 and not all(is_name_character(c) for c in text):
            chains.append(chain)
            chain = [part]
    chains.append(chain)
    return chains


def covers_separators(folded: str, span: tuple[int, int], tagged: tuple[int, int]) -> bool:
    """Return whether a tagged span keeps every separator of a rule name (努尔兰 · 别克).

    A separator is the surest sign that the parts on both sides are one name.
    """
    return all(
        tagged[0] < index < tagged[1] - 1
        for index in range(*span)
        if folded[index] in NAME_SEPARATORS
    )


def opens_given_name_with_jia(folded: str, index: int) -> bool:
    """Return whether 家 at index opens a given name (邓家乐, 黄家豪), not a word (王家中).

    家 is left out of given names in general (家人, 国家), but many Hong Kong and Taiwanese
    given names open with it; after a surname it does when it and the next character are no
    word of jieba's dictionary.
    """
    return (
        folded[index : index + 1] == "家"
        and index + 1 < len(folded)
        and "\u4e00" <= folded[index + 1] <= "\u9fff"
        and folded[index + 1] not in NOT_GIVEN_NAME_CHARACTERS
        and folded[index : index + 2] not in known_words()
    )


def cuts_outer_part_to_one(old_name: str, new_name: str) -> bool:
    """Return whether new_name leaves one character of an outer part old_name wrote longer.

    阿依夏木古丽·艾则孜 is not 阿依夏木古丽·艾: the tagger may move a separated name's edges,
    but a part of one character is too short to trust against the rules' longer one.
    """
    old_parts, new_parts = old_name.split("·"), new_name.split("·")
    if len(old_parts) < 2 or len(new_parts) != len(old_parts):
        return False
    return any(
        len(new_parts[index]) == 1 < len(old_parts[index]) for index in (0, len(new_parts) - 1)
    )


def spells_a_part(form: str, parts: list[str]) -> bool:
    """Return whether form is one of parts, or one of three or more characters but one."""
    return any(
        form == part
        or (
            len(part) >= 3
            and len(form) == len(part)
            and sum(a != b for a, b in zip(form, part, strict=True)) == 1
        )
        for part in parts
    )


def is_short_form(short: str, person: PersonFinding) -> bool:
    """Return whether short is a part, or a prefix, of a person's full name."""
    if short in person.parts:
        return True
    if len(short) >= 5 and "·" in person.name and spells_a_part(short, person.parts):
        # A long part written with one other character (赛… for 萨…): a transliteration's
        # variant, too long to be another person's name by chance.
        return True
    joined = person.name.replace("·", "")
    return len(short) >= 3 and (joined.startswith(short) or joined.endswith(short))


def has_same_full_latin(person: PersonFinding, other: PersonFinding) -> bool:
    """Return whether two separated names with the same first part are given the same Latin
    form of two or more words: one person spelt two ways (a short part may differ by one
    character, which alone would not show it).
    """
    if not person.latin or not other.latin or len(person.latin.split()) < 2:
        return False
    parts, other_parts = person.name.split("·"), other.name.split("·")
    return (
        len(parts) == len(other_parts) >= 2
        and parts[0] == other_parts[0]
        and person.latin.casefold() == other.latin.casefold()
    )


def one_child_by_either_part(
    first: PersonFinding, second: PersonFinding, persons: list[PersonFinding]
) -> bool:
    """Return whether two names of two parts are one child written after either part of a
    parent's name: 古丽·艾山 and 古丽·托合提 beside 艾山·托合提 (a Turkic child's later part is
    the father's given name; some outlets write his family name instead)."""
    a, b = first.parts, second.parts
    if len(a) != 2 or len(b) != 2 or a[0] != b[0] or a[1] == b[1]:
        return False
    return any(
        sorted(parent.parts) == sorted([a[1], b[1]])
        for parent in persons
        if parent is not first and parent is not second
    )


def names_the_father(folded: str, short: PersonFinding, person: PersonFinding) -> bool:
    """Return whether short, a later part of person's name, names the person's father.

    A Turkic name's later part is the father's given name: written alone before the full name
    appears as someone's child (丈夫努尔兰别克……他的长女阿依达娜·努尔兰别克), or before the
    child's given name (老人吐尔逊……吐尔逊的儿子努尔兰说……努尔兰·吐尔逊), it is the father,
    not a short form (a short form follows the full name it shortens).
    """
    child_of_short = re.compile(
        re.escape(short.name) + "的?(?:" + "|".join(CHILD_WORDS) + ")" + re.escape(person.parts[0])
    )
    return (
        "·" in person.name
        and short.name in person.parts[1:]
        and short.name != person.parts[0]
        and min(start for start, _ in short.spans) < min(start for start, _ in person.spans)
        and (
            any(folded[:start].endswith(CHILD_WORDS) for start, _ in person.spans)
            or child_of_short.search(folded) is not None
        )
    )


def find_persons_first_pass(document: Document) -> PersonFinder:
    """Return a finder that has claimed authors and the surest names (before places are read)."""
    finder = PersonFinder(document)
    finder.authors, finder.author_spans = finder.find_authors()
    finder.run()
    return finder


def find_cued_persons(finder: PersonFinder) -> None:
    """Add the names found by Latin forms and cue words, once places are claimed."""
    finder.find_latin_bracketed()
    finder.find_public_figures()  # before cue runs cut them (总统艾尔段: 段 is no name character)
    finder.find_marked_transliterations()  # before cue runs cut them at a character (巴合信)
    finder.find_cued()
    find_named_after_cues(finder)
    find_party_members(finder)
    find_quoted_reporters(finder)
    find_speakers(finder)
    find_latin_names(finder)
    find_single_latin_names(finder)
    find_anonymised(finder)
    find_quoted(finder)
    find_listed(finder)


def find_persons_second_pass(finder: PersonFinder) -> PersonResult:
    """Return the persons, with every repeat, short form and variant spelling gathered."""
    finder.trim_trailing_particles()
    finder.attach_function_syllable_forms()
    finder.find_repeats()
    finder.find_honorifics()
    finder.merge_variant_spellings()
    finder.merge_short_forms()
    finder.find_repeats()
    finder.find_part_repeats()
    finder.find_latin_given_names()
    finder.describe()
    for person in finder.persons:
        person.spans.sort()
    finder.persons.sort(key=lambda person: person.spans[0][0])
    return PersonResult(
        persons=finder.persons, authors=finder.authors, author_spans=finder.author_spans
    )


def dateline_reporters(folded: str) -> list[tuple[str, int, int]]:
    """Return the reporters a news agency's dateline or photo credit names, with their spans:
    the names before the last 、 as they are, the last one cut where a known place name fills
    the rest, or whole when it is short enough to be a name alone."""
    found = []
    for match in DATELINE_REPORTERS.finditer(folded):
        run, offset = match["run"], match.start("run")
        *names, last = run.split("、")
        # A name alone, with no city after it (（中央社记者王东摄）).
        cuts = [size for size in (3, 2, 4) if run_is_place(last[size:])] or (
            [len(last)] if 2 <= len(last) <= 4 else []
        )
        if not cuts:
            continue
        names.append(last[: cuts[0]])
        for name in names:
            if 2 <= len(name) <= AUTHOR_NAME_MAX:
                found.append((normalize_name(name), offset, offset + len(name)))
            offset += len(name) + 1
    return found


def run_is_place(text: str) -> bool:
    """Return whether a run of text is one place name of the gazetteer."""
    return len(text) >= 2 and text in place_names()[0]
