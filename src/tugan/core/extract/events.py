"""Events: what happened to whom, when, where, as shared/corpus/GOLD.md defines them.

Each trigger word (被捕, 判刑, 下落不明 ...) is tied to a subject in its sentence: a named
person, an unnamed relative of a named person (他的两个哥哥), or a group (新疆的部分哈萨克人).
Pronouns point to
the last-named person, "我" to the last speaker, 他们 to the last plural subject. Dates, terms and
places come from the same clause, else the same sentence.
"""

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from tugan.core.dates import DateMention, find_dates, number_or_none
from tugan.core.extract.document import Document, Span
from tugan.core.extract.lexicon import ETHNICITY_WORDS, GROUP_NOUNS, RELATIONS, words
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention

NUMBER = r"[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+"
TRIGGERS: dict[str, str] = {
    "sentenced": r"被判处|被判刑|判刑|判处|被判|获刑|判了|重判|改判|终身监禁|终生监禁|无期徒刑",
    "detained": r"被捕|被抓|抓走|抓捕|逮捕|围捕|抓获|拘留(?!所|问题|中心)|拘押|拘禁|关押|羁押|带走"
                r"|押走|叫走|被扣留|被扣押(?!.{0,4}护照)"
                r"|关进|关在|送入|送进|送去(?:学习|培训)"
                r"|(?:送|带|押|关|转移|转送|转)(?:到|往|至|进|入)"
                r".{0,12}?(?:营|中心|学校|学习班|监狱|看守所)|被关|入狱|被拘|绑架"
                r"|囚禁|抓人|抓够|收押|押送|监禁(?!.{0,3}[0-9零一二两三四五六七八九十])|坐牢",
    "disappeared": r"下落不明|失踪|音讯全无|音信全无|杳无音讯|杳无音信|不知去向|被消失"
                   r"|没有.{0,8}?任何.{0,4}?消息|生死未卜|去向不明",
    "released": r"获释|(?<!要求)(?<!要求立即)(?<!无条件)释放(?!人员)|放出来|出狱|放回家|被放回",
    "died": r"死亡|去世|过世|逝世|死于|身亡|病逝|离世|遇难|死讯|被打死|死在|丧生|被折磨致死",
    "passport_confiscated": r"(?:没收|扣押|收缴|收走|扣留).{0,8}?护照"
                            r"|护照.{0,6}?(?:没收|扣押|收缴|上交|注销|收走|被扣|扣留)"
                            r"|禁止.{0,4}?(?:离开|出境|出国)|不准.{0,3}?(?:出国|出境)"
                            r"|限制出境|上交护照|交到.{0,6}?保管|被没收",
    "passport_returned": r"发放.{0,3}?护照|获发护照|(?:归还|返还|拿回|取回|领回).{0,4}?护照"
                         r"|拿到护照|获准(?:出国|出境)|允许.{0,20}?离开|允许.{0,10}?(?:出国|出境)"
                         r"|准许.{0,12}?(?:出国|离开)|发护照",
    "contact_lost": r"联系不上|失联|(?:无法|没法|不能|未能).{0,12}?(?:联系|联络|交流|通话)"
                    r"|没有.{0,6}?联系|断了联系|失去联系|断绝联系|联系中断|联络不上|不敢联系"
                    r"|(?:没有|没|未)(?:和|与|跟).{0,8}?(?:说过话|通过话|通过电话)"
                    r"|联络不到|不通",
    "contact_restored": r"恢复.{0,4}?(?:联系|通讯|通话|联络)|(?:联系|通讯|通话|联络)已?经?恢复"
                        r"|重新联系|联系上了|终于联系上|取得联系|通上电话"
                        r"|(?:可以|能够?)(?:用|使用)?微信(?:与|和|跟)?[^，。]{0,8}?(?:联系|通话)"
                        r"|收到.{0,24}?信(?![息任号])",
    "threatened": r"恐吓|威胁|警告|施压|骚扰|约谈|传唤",
    "protested": r"抗议|集会|示威|请愿|呼吁|拉起横幅|讨回公道|要求.{0,4}?释放|声讨|游行|举牌"
                 r"|静坐|绝食",
}


def first_characters(pattern: str) -> str:
    """Return the characters any match of a regular expression can start with (for a prefilter)."""
    from re import _parser  # the standard parser; only its output is read

    found: set[str] = set()

    def walk(items: list) -> bool:
        """Add the possible first characters of a sequence; return whether it may be empty."""
        # Adds the possible first characters of a sequence; returns whether it may be empty.
        for op, value in items:
            name = str(op)
            if name == "LITERAL":
                found.add(chr(value))
                return False
            if name == "IN":
                for inner_op, inner_value in value:
                    if str(inner_op) == "LITERAL":
                        found.add(chr(inner_value))
                    elif str(inner_op) == "RANGE":
                        found.update(chr(c) for c in range(inner_value[0], inner_value[1] + 1))
                return False
            if name == "SUBPATTERN":
                if not walk(list(value[-1])):
                    return False
            elif name == "BRANCH":
                if not all(not walk(list(branch)) for branch in value[1]):
                    continue
                return False
            elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
                empty = walk(list(value[2]))
                if value[0] > 0 and not empty:
                    return False
            elif name in {"ASSERT", "ASSERT_NOT", "AT"}:
                continue
            else:
                raise ValueError(f"cannot prefilter {name}")
        return True

    if walk(list(_parser.parse(pattern))):
        raise ValueError("pattern may match the empty string")
    return "".join(sorted(found))


TRIGGER_ALTERNATIVES = "|".join(f"(?P<{name}>{pattern})" for name, pattern in TRIGGERS.items())
# A lookahead on the first character lets the engine skip most positions at once.
TRIGGER_PATTERN = re.compile(
    f"(?=[{re.escape(first_characters(TRIGGER_ALTERNATIVES))}])(?:{TRIGGER_ALTERNATIVES})")
# Before a trigger in its clause, these make it a promise, fear or rumour, not an event.
MODALITY = re.compile(r"如果|若是|若能|若要|可能|将会|或将|担心|害怕|恐怕|以免|否则|听说|如若|会被"
                      r"|应该"
                      r"|是否|不让|不准|不得|要求你们|禁止|应当|应立即|必须|敦促|促请|应$|请求"
                      r"|申请|希望|争取")
# Between a date and a later trigger, these say the trigger happened at another time.
SEQUENCE_BREAK = re.compile(r"然后|后来|之后|直到|以后|后[，,]|[，,]\s*后|年后|月后|天后"
                            r"|[。；]|[对向][^，。]{1,4}说|表示|告诉|透露|至今|现为|目前|多年|(?:得知|获悉|听说|才知道).*已")
# Learning of it later: 上个月才得知哥哥被判刑 (the date is when it was learned).
LEARNING = re.compile(r"才(?:得知|获悉|听说|知道|获知)|(?:得知|获悉|听说|获知).{0,12}已")
CONDITION = re.compile(r"如果|若是|若能|若|要是|一旦|否则|很可能|可能会|将会")
NEGATION_BEFORE = re.compile(r"(?:未|没有|没|不|并未|尚未|从未|不再|免于|免遭|逃过|以防)$")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
CONNECTORS = re.compile(r"^(?:和|及|与|以及|跟|、|，|,|双双|都|也|还有)*$")
# A name followed by these is the speaker of what follows: 王律师表示，……
SPEAKER_AFTER = re.compile(r"\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:对[^，。]{0,6}|向[^，。]{0,6}"
                           r"|在[^，。]{0,12})?(?:提醒|强调|补充|回忆|解释)?(?:说|告诉|表示|称|透露"
                           r"|指出|讲述)")
# Heads of a relative clause that speak of people in general: 被关押的人, 恢复联系的家庭.
AGENT_AFTER_PLACE = re.compile(r"(?:当局|政府|警方|官方|公安|警察|法院|国安|外交部|媒体|官员)")
GENERIC_HEAD = re.compile(r"(?:人|人员|家庭|家属|群体|人们|民众)")
SPEECH = re.compile(r"说|告诉|表示|称|讲述|透露|对本台|对记者|向记者|回忆")
FIRST_PERSON_NAME = re.compile(r"我(?:的)?(?:名字)?叫|我是")
LIFE_TERM = re.compile(r"无期徒刑|终身监禁|终生监禁|无期|死缓|终身")
YEARS_AFTER = re.compile(
    rf"(?P<numbers>(?:{NUMBER})(?:\s*(?:年)?\s*(?:及|和|与|、|或)\s*(?:{NUMBER}))*)\s*年(?:的)?"
    r"(?!代|前|后|来|底|初|中|间|级|轻|龄)")
RANGE_TERM = re.compile(rf"(?:{NUMBER})\s*年?\s*(?:至|到|-|~)\s*(?:{NUMBER})\s*年")
COUNT_BEFORE = re.compile(rf"(?P<count>{NUMBER})\s*(?:多)?\s*(?:个|名|位|口|人)?$")
CHANNELS = {"微信": "wechat", "WeChat": "wechat", "电话": "phone", "手机": "phone"}
GROUP_QUALIFIERS_ABROAD = re.compile(r"(?:海外|境外|国外|流亡|在外|旅居)[^，。]{0,4}$")
# A space between Han characters separates the phrases of a headline.
HEADLINE_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
BRACKETED = re.compile(r"\s*[(（][^()（）]{0,40}[)）]\s*")
RELATION_PATTERN = re.compile("|".join(sorted(map(re.escape, RELATIONS), key=len, reverse=True)))
RELATION_AFTER = re.compile(r"的?(?:" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + ")")
# 她们在新疆的丈夫: the pronoun owns the relation after a place.
OWNED_RELATION_AFTER = re.compile(r"的?(?:在?[^，。的]{1,8}的)?(?:"
                                  + "|".join(sorted(RELATIONS, key=len, reverse=True)) + ")")
PRONOUN_PATTERN = re.compile(r"他们|她们|我们|他|她|其(?![他中次实余它])|自己|我")
RELATIVE_KINDS = {"relative", "plural_relative"}
# After these, an ethnic word is an adjective (维吾尔文化), not a group.
ADJECTIVE_USES = {"自治", "语言", "文化", "地区", "权利", "宗教", "身份", "传统", "政策", "问题",
                  "人权", "社会"}
RELATION_ALTERNATIVES = "|".join(sorted(RELATIONS, key=len, reverse=True))
OWNER_OF_RELATIVE = re.compile(rf"的(?:{NUMBER})?多?[个名位]?(?:{RELATION_ALTERNATIVES})")
# Pronouns that own a relation word, perhaps with a place between: 她们在新疆的丈夫.
PLACE_BETWEEN = r"(?:(?:在)?[^，。的]{0,8}的|家乡的?|家里的?|国内的?|)"
OWNER_PRONOUNS = (
    ("plural", re.compile(rf"(?:他们|她们)(?:的)?{PLACE_BETWEEN}$")),
    ("pronoun", re.compile(rf"(?:他|她|其|自己)(?:的)?{PLACE_BETWEEN}$")),
    ("first", re.compile(rf"(?:我们|我)(?:的)?{PLACE_BETWEEN}$")),
)
PRONOUN_SEX = {"她": "f", "他": "m"}
# The sex a relation word gives the relative it names (她的母亲X: X is a woman).
RELATION_SEX = {
    **dict.fromkeys(words("母亲 妈妈 姐姐 妹妹 姊姊 女儿 妻子 老婆 太太 夫人 岳母 婆婆 奶奶 外婆 "
                          "姑姑 阿姨 嫂子 儿媳 儿媳妇 侄女 孙女 前妻 胞姐 胞妹 母 姐 妹"), "f"),
    **dict.fromkeys(words("父亲 爸爸 哥哥 弟弟 儿子 丈夫 老公 岳父 公公 爷爷 外公 叔叔 舅舅 伯父 "
                          "女婿 姐夫 妹夫 侄子 外甥 孙子 前夫 胞兄 胞弟 兄长 父 哥 弟"), "m"),
}
# Relations that only a woman (f) or a man (m) can be to someone.
SEXED_RELATIONS = {"mother": "f", "sister": "f", "daughter": "f", "father": "m", "brother": "m",
                   "son": "m"}
# Endings of women's given names in Uyghur and Kazakh transliteration (-gül, -na, -nisa).
FEMALE_NAME_ENDINGS = ("古丽", "古力", "姑丽", "娜", "尼莎", "丽")
SYMMETRIC_RELATIONS = {"spouse", "sibling", "cousin"}
# The relation seen from the relative's side (her brother -> his sister or brother).
INVERSE_RELATIONS = {
    "brother": ("brother", "sister", "sibling"), "sister": ("brother", "sister", "sibling"),
    "sibling": ("brother", "sister", "sibling"), "spouse": ("spouse",), "cousin": ("cousin",),
    "father": ("son", "daughter", "child"), "mother": ("son", "daughter", "child"),
    "parent": ("son", "daughter", "child"), "son": ("father", "mother", "parent"),
    "daughter": ("father", "mother", "parent"), "child": ("father", "mother", "parent"),
}
# 在中国境内的家人, 新疆的亲友, 国内的家人: a place, not an owner, before 的.
LOCATIVE_BEFORE = re.compile(
    r"(?:在[^，。的]{0,10}|国内|境内|家乡|老家|新疆|国外|海外|境外|当地|[)）])的$")
# Words after which a mention is an agent or object, not the one the event befell.
NOT_SUBJECT_BEFORE = re.compile(r"(?:被|遭|由|对|向|给|替|为|帮|跟|叫|让)$")
# Verbs whose patient follows them when no 被 precedes (当局逮捕了他的亲属).
ACTIVE_TYPES = {"detained", "released", "threatened", "passport_confiscated", "passport_returned",
                "sentenced"}
# Ethnic words alone (without 人, 妇女 ...) that still name a group.
BARE_GROUP_WORDS = {"维吾尔族", "哈萨克族", "少数民族", "柯尔克孜族"}
# Nouns for one person: 一名维吾尔妇女 is somebody, maybe the person the report names.
INDIVIDUAL_NOUNS = {"妇女", "男子", "女子", "男", "女", "老人", "老太太", "青年", "少年", "女孩",
                    "男孩", "学者", "教授", "干部", "商人", "夫妇", "夫妻", "牧民", "学生"}
CITIZEN_COUNTRIES = {
    "哈萨克斯坦": ("kazakh", "KZ"), "哈萨克": ("kazakh", "KZ"), "哈国": ("kazakh", "KZ"),
    "哈": ("kazakh", "KZ"), "吉尔吉斯斯坦": ("kyrgyz", "KG"), "吉尔吉斯": ("kyrgyz", "KG"),
    "乌兹别克斯坦": ("uzbek", "UZ"), "乌兹别克": ("uzbek", "UZ"),
}
CITIZEN_GROUP = re.compile(
    "(?P<country>" + "|".join(sorted(CITIZEN_COUNTRIES, key=len, reverse=True))
    + r")(?:籍|国籍)(?:的)?(?:公民|人士|人|民众)")
GROUP_PATTERN = re.compile(
    "(?P<ethnic>" + "|".join(sorted(map(re.escape, ETHNICITY_WORDS), key=len, reverse=True))
    + ")(?P<noun>" + "|".join(sorted(map(re.escape, [*GROUP_NOUNS, *INDIVIDUAL_NOUNS]), key=len,
                                     reverse=True)) + ")?(?P<plural>们)?")


@dataclass
class EventFinding:
    type: str
    subject: dict[str, Any]
    date: str | None = None
    years: int | str | None = None
    place: str | None = None
    channel: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    date_is_approximate: bool = False  # from 四年前: a stated date replaces it

    def to_gold_dict(self) -> dict[str, Any]:
        """Return the event as GOLD.md writes it."""
        return {"type": self.type, "subject": self.subject, "date": self.date,
                "years": self.years, "place": self.place, "channel": self.channel}


@dataclass(eq=False)  # compared by identity: two mentions are never the same one
class Mention:
    """Something an event can happen to, at a place in the text."""

    start: int
    end: int
    kind: str  # "person", "relative", "group", "pronoun", "plural", "first"
    person: str | None = None  # the person, or the anchor of a relative
    relation: str | None = None
    count: int | None = None
    ethnicity: str | None = None
    place: str | None = None
    relation_word: str | None = None  # the relation it was read from (我父亲 -> a person)


def subject_key(subject: dict[str, Any]) -> str:
    """Return a hashable form of a subject."""
    return repr(sorted((key, repr(value)) for key, value in subject.items()))


class _EventFinder:
    def __init__(self, document: Document, persons: list[PersonFinding],
                 places: list[PlaceMention]) -> None:
        self.document = document
        self.folded = document.folded
        self.persons = persons
        self.places = places
        self.dates: list[DateMention] = find_dates(self.folded, document.published)
        self.person_spans = sorted(
            (start, end, person.name) for person in persons for start, end in person.spans)
        self.ethnicity_of = {person.name: person.ethnicity for person in persons}
        self.mention_count = {person.name: len(person.spans) for person in persons}
        self.sentences = document.sentences()
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.mentions: list[Mention] = []
        # (anchor person, relation) -> the named person the relation was shown to be.
        self.named_relatives: dict[tuple[str, str], str] = {}
        # The same seen from the relative's side: 他的妹妹阿依娜 makes him 阿依娜's brother.
        self.inverse_relatives: dict[tuple[str, str], str] = {}
        self.last_plural: tuple[int, list[Mention]] = (-1, [])
        self.trigger_ends: set[int] = set()
        self.anchors: dict[int, tuple[str, str | None, int]] = {}
        self.appositions: set[int] = set()  # where names given after a relation word start
        self.gender: dict[str, str] = {}  # person -> "f" or "m", as the text shows it
        self.breaks: list[int] = []
        self.usable: list[Mention] = []
        self.date_is_approximate = False

    # Who is where ------------------------------------------------------------------------

    def sentence_index(self, position: int) -> int | None:
        """Return the index of the sentence that holds position, or None between sentences."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return index
        return None

    def sentence_of(self, position: int) -> Span:
        """Return the sentence that holds position (the whole text between sentences)."""
        index = self.sentence_index(position)
        return self.sentences[index] if index is not None else Span(0, len(self.folded))

    def clause_breaks(self) -> list[int]:
        """Return the positions of clause breaks: punctuation, and spaces inside headlines."""
        folded = self.folded
        breaks = [match.start() for match in CLAUSE_BREAK.finditer(folded)]
        for match in HEADLINE_SPACE.finditer(folded):
            if self.is_headline(match.start()):
                breaks.append(match.start())
        return sorted(breaks)

    def clause_bounds(self, position: int, sentence: Span) -> tuple[int, int]:
        """Return the start and end of the clause that holds position."""
        index = bisect.bisect_left(self.breaks, position)
        start = self.breaks[index - 1] + 1 if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.folded)
        return max(start, sentence.start), min(end, sentence.end)

    def is_headline(self, position: int) -> bool:
        """Return whether the line at position has no sentence punctuation (a headline)."""
        line_start = self.folded.rfind("\n", 0, position) + 1
        line_end = self.folded.find("\n", position)
        line = self.folded[line_start:line_end if line_end >= 0 else len(self.folded)]
        return not re.search(r"[，。,；！？]", line)

    def person_ending_before(self, position: int) -> tuple[int, int, str] | None:
        """Return the person whose name ends right before position, brackets allowed between."""
        for start, end, name in reversed(self.person_spans):
            if end > position:
                continue
            gap = BRACKETED.sub("", self.folded[end:position])
            return (start, end, name) if len(gap.strip()) <= 1 else None
        return None

    def person_starting_near(self, position: int, reach: int = 2) -> tuple[int, int, str] | None:
        """Return the person named right after position, commas or an age between."""
        for start, end, name in self.person_spans:
            if position <= start <= position + reach + 6 and re.fullmatch(
                    r"[\s，,：:（(]*(?:[0-9]{1,3}岁的)?", self.folded[position:start]) and \
                    start - position <= reach + (len(self.folded[position:start]) if "岁" in
                                                  self.folded[position:start] else 0):
                return start, end, name
            if start > position + reach:
                break
        return None

    def topic_before(self, position: int, pronoun: str = "") -> str | None:
        """Return the person last named (or shown by a named relation) before position.

        她 skips men and 他 women, where the text shows a person's sex. A name given after a
        relation word (她的姐姐古丽娜尔) introduces a relative, not the one the next 她 stands for,
        so it counts only when no one else fits.
        """
        wanted = {"她": "f", "他": "m"}.get(pronoun[:1])
        candidates: list[tuple[int, str, bool]] = [
            (start, name, start in self.appositions)
            for start, _, name in self.person_spans if start < position]
        candidates += [
            (mention.start, mention.person, mention.start in self.appositions)
            for mention in self.mentions
            if mention.kind == "person" and mention.start < position and mention.person
            and mention.relation_word is None]
        candidates.sort()
        fitting = [c for c in candidates
                   if wanted is None or self.gender.get(c[1], wanted) == wanted]
        for pool in ([c for c in fitting if not c[2]], fitting, candidates):
            if pool:
                return pool[-1][1]
        # A lead often speaks of 她 before naming her.
        following = [name for start, _, name in self.person_spans if start >= position]
        return following[0] if following else None

    def learn_gender(self, name: str | None, sex: str | None) -> None:
        """Record a person's sex as the text shows it (她的…, 他的女儿…), first evidence wins."""
        if name and sex:
            self.gender.setdefault(name, sex)

    def guess_genders(self) -> None:
        """Record the sex that names, titles and descriptions show (古丽, 女士, 男子)."""
        folded = self.folded
        for start, end, name in self.person_spans:
            before = folded[max(0, start - 4):start]
            after = folded[end:end + 2]
            if after in {"女士", "小姐"} or re.search(r"(?:女子|妇女|女士|女孩|老太太)$", before):
                self.learn_gender(name, "f")
            elif after == "先生" or re.search(r"(?:男子|男孩|先生)$", before):
                self.learn_gender(name, "m")
            elif name.split("·")[0].endswith(FEMALE_NAME_ENDINGS):
                self.learn_gender(name, "f")

    def person_in_sentence(self, position: int, exclude: str | None = None) -> str | None:
        """Return the named person nearest to position within its sentence."""
        sentence = self.sentence_of(position)
        found = [(abs(start - position), name) for start, _, name in self.person_spans
                 if sentence.start <= start < sentence.end and name != exclude]
        return min(found)[1] if found else None

    def speaker_before(self, position: int) -> str | None:
        """Return the person who speaks in the first person at position."""
        speaker: tuple[int, str] | None = None
        for match in FIRST_PERSON_NAME.finditer(self.folded, 0, position):
            found = self.person_starting_near(match.end(), 1)
            if found:
                speaker = (match.start(), found[2])
        for start, end, name in self.person_spans:
            if start >= position:
                break
            if SPEECH.search(self.folded, end, min(end + 30, position)) and (
                    speaker is None or start > speaker[0]):
                speaker = (start, name)
        return speaker[1] if speaker else self.topic_before(position)

    def main_person(self, ethnicity: str | None) -> str | None:
        """Return the most-mentioned person of an ethnicity (the subject of the story)."""
        candidates = [name for name, value in self.ethnicity_of.items() if value == ethnicity]
        return max(candidates, key=lambda name: self.mention_count[name]) if candidates else None

    # Mentions -----------------------------------------------------------------------------

    def relation_anchor(self, start: int) -> tuple[str, str | None, int]:
        """Return how a relation word at start is owned: (kind, person, where the owner starts).

        kind is "person", "pronoun", "plural", "first", "bare" or "other" (同学的父母).
        """
        if start in self.anchors:
            return self.anchors[start]
        self.anchors[start] = found = self.find_relation_anchor(start)
        return found

    def find_relation_anchor(self, start: int) -> tuple[str, str | None, int]:
        """Return how a relation word at start is owned (see relation_anchor)."""
        folded = self.folded
        window = folded[max(0, start - 40):start]
        before = window
        count = COUNT_BEFORE.search(before)
        if count:
            before = before[:count.start()]
        owner_end = start - (len(window) - len(before))
        found = self.person_ending_before(owner_end - (1 if before.endswith("的") else 0))
        if found and BRACKETED.sub("", folded[found[1]:owner_end]).strip() in {"", "的"}:
            return "person", found[2], found[0]
        for kind, pattern in OWNER_PRONOUNS:
            owner = pattern.search(before)
            if owner:
                return kind, None, owner_end - len(owner.group())
        if before.endswith("的") and not LOCATIVE_BEFORE.search(before) and not \
                TRIGGER_PATTERN.search(before[-6:-1]):
            return "other", None, owner_end
        return "bare", None, owner_end

    def collect_mentions(self) -> None:
        """Collect everything an event can befall: persons, relatives, groups, pronouns."""
        folded = self.folded
        for start, end, name in self.person_spans:
            self.mentions.append(Mention(start, end, "person", person=name))
        relation_matches = [m for m in RELATION_PATTERN.finditer(folded)
                            if self.document.owner_at(m.start()) is None
                            and self.is_relation_use(m)]
        later: list[tuple[re.Match[str], str, str | None, int]] = []
        possessors: set[str] = set()
        for match in relation_matches:
            kind, anchor, owner_start = self.relation_anchor(match.start())
            if kind == "person" and anchor:
                possessors.add(anchor)
            named = self.person_starting_near(match.end(), 2)
            if named:
                self.appositions.add(named[0])
                # Apposition: 她的姐姐古丽娜尔·艾力 names the sister.
                if kind == "pronoun":
                    anchor = self.topic_before(match.start(), self.folded[owner_start:])
                elif kind == "first":
                    anchor = self.speaker_before(match.start())
                elif kind == "bare":
                    anchor = self.topic_before(match.start()) or self.person_in_sentence(
                        match.start(), exclude=named[2])
                if anchor and anchor != named[2]:
                    if kind == "pronoun":
                        self.learn_gender(anchor, PRONOUN_SEX.get(self.folded[owner_start]))
                    self.add_named_relative(anchor, RELATIONS[match.group()], named[2])
                self.learn_gender(named[2], RELATION_SEX.get(match.group()))
                continue
            later.append((match, kind, anchor, owner_start))
        for match, kind, anchor, owner_start in later:
            start, end = match.start(), match.end()
            relation = RELATIONS[match.group()]
            count = self.relation_count(start, end, match.group())
            if kind == "other":
                continue
            if kind == "pronoun":
                anchor = self.topic_before(start, self.folded[owner_start:])
            elif kind == "first":
                anchor = self.speaker_before(start)
            elif kind == "bare":
                anchor = self.person_in_sentence(start)
                earlier = self.same_relation_before(start, relation)
                if anchor is None and earlier is None:
                    anchor = self.recent_topic(start)
                if anchor is None and earlier is not None:
                    self.mentions.append(Mention(start, end, earlier.kind, person=earlier.person,
                                                 relation=earlier.relation, count=earlier.count))
                    continue
            elif kind == "plural":
                self.mentions.append(Mention(start, end, "plural_relative", relation=relation))
                continue
            if anchor is None:
                continue
            named_relative = self.named_relatives.get((anchor, relation))
            shown = {named for (_, r), named in self.named_relatives.items() if r == relation}
            if named_relative is None and kind == "pronoun" and \
                    relation in SYMMETRIC_RELATIONS and anchor in shown:
                # 她的丈夫 where 她 was read as the husband himself: the pronoun points to his
                # wife, and the relation back to him.
                named_relative = anchor
            if named_relative is None:
                named_relative = self.inverse_relatives.get((anchor, relation))
            if named_relative:
                self.mentions.append(Mention(start, end, "person", person=named_relative,
                                             relation_word=relation))
                continue
            self.mentions.append(Mention(start, end, "relative", person=anchor, relation=relation,
                                         count=count if count and count > 1 else None,
                                         relation_word=relation))
        self.collect_groups()
        for match in PRONOUN_PATTERN.finditer(folded):
            if self.document.owner_at(match.start()) is not None:
                continue
            if OWNED_RELATION_AFTER.match(folded, match.end()):
                continue  # 他的哥哥: the relation is the mention
            word = match.group()
            kind = {"他们": "plural", "她们": "plural", "我": "first", "我们": "plural"}.get(
                word, "pronoun")
            self.mentions.append(Mention(match.start(), match.end(), kind))
        self.mentions.sort(key=lambda mention: mention.start)

    def add_named_relative(self, anchor: str, relation: str, named: str) -> None:
        """Record that anchor's relative is named, and the relation seen from the other side."""
        self.named_relatives.setdefault((anchor, relation), named)
        sex = self.gender.get(anchor)
        for inverse in INVERSE_RELATIONS.get(relation, ()):
            if sex is None or SEXED_RELATIONS.get(inverse, sex) == sex:
                self.inverse_relatives.setdefault((named, inverse), anchor)

    def recent_topic(self, position: int) -> str | None:
        """Return the person last named, if named in this sentence or the two before it."""
        index = self.sentence_index(position) or 0
        window_start = self.sentences[max(0, index - 2)].start if self.sentences else 0
        recent = [name for start, _, name in self.person_spans if window_start <= start < position]
        return recent[-1] if recent else None

    def same_relation_before(self, position: int, relation: str) -> Mention | None:
        """Return the mention that the same relation word resolved to earlier in the sentence."""
        sentence = self.sentence_of(position)
        for mention in reversed(self.mentions):
            if sentence.start <= mention.start < position and mention.relation_word == relation:
                return mention
        return None

    def is_relation_use(self, match: re.Match[str]) -> bool:
        """Return whether a relation word is used as one (not 父 in 父权, 一家 in 一家公司)."""
        word = match.group()
        folded = self.folded
        if len(word) == 1:
            return folded[max(0, match.start() - 1):match.start()] in set("的我他她其")
        if word in {"一家", "全家"}:
            return bool(re.match(rf"(?:{NUMBER})口|人", folded[match.end():match.end() + 3]))
        if word in {"家庭", "家属", "亲属", "亲人"}:
            # Without an owner (27个家庭, 被关押人员的家属) these mean families in general.
            kind, _, _ = self.relation_anchor(match.start())
            return kind != "bare" or word != "家庭"
        return True

    def relation_count(self, start: int, end: int, word: str) -> int | None:
        """Return the count a relation word is given (两个哥哥 -> 2, 一家五口 -> 5)."""
        if word in {"一家", "全家"}:
            after = re.match(rf"(?P<count>{NUMBER})口", self.folded[end:end + 4])
            return number_or_none(after["count"]) if after else None
        found = COUNT_BEFORE.search(self.folded[max(0, start - 6):start])
        return number_or_none(found["count"]) if found else None

    def collect_groups(self) -> None:
        """Collect groups: an ethnonym with a word for people, or citizens of a republic."""
        folded = self.folded
        for match in CITIZEN_GROUP.finditer(folded):
            # 哈萨克籍公民: citizens of a Central Asian republic, counted as its people.
            if any(match.start() <= start < match.end() + 4 for start, _, _ in self.person_spans):
                continue
            ethnicity, place = CITIZEN_COUNTRIES[match["country"]]
            self.mentions.append(Mention(match.start(), match.end(), "group",
                                         ethnicity=ethnicity, place=place))
        for match in GROUP_PATTERN.finditer(folded):
            if not self.document.is_free(match.start(), match.end()):
                continue
            if any(match.end() <= start <= match.end() + 4 and not CLAUSE_BREAK.search(
                    folded, match.end(), start) for start, _, _ in self.person_spans):
                continue  # 哈萨克人努尔兰, 哈萨克人公民努尔兰: describes a named person
            ethnic_word = match["ethnic"]
            noun = match["noun"] or ""
            if not noun and ethnic_word not in BARE_GROUP_WORDS:
                continue  # an adjective: 维吾尔文化
            if folded[match.end():match.end() + 2] in ADJECTIVE_USES:
                continue
            ethnicity = ETHNICITY_WORDS[ethnic_word]
            before = folded[max(0, match.start() - 4):match.start()]
            counted = re.search(rf"(?P<count>{NUMBER})多?[名个位]$", before)
            plural = bool(match["plural"]) or bool(
                re.search(r"部分$|些$|多$|很多$|许多$|大批$|一批$|大量$", before)) or bool(
                counted and (number_or_none(counted["count"]) or 0) > 1)
            if noun in INDIVIDUAL_NOUNS and not plural:
                # 阿米娜是一位维族妇女: the person named in the sentence; else the story's
                # main person of that people.
                person = self.person_in_sentence(match.start()) or self.main_person(ethnicity)
                if person:
                    self.mentions.append(Mention(match.start(), match.end(), "person",
                                                 person=person))
                    continue
            place = None
            window = folded[max(0, match.start() - 20):match.start()]
            if not GROUP_QUALIFIERS_ABROAD.search(window):
                for mention in reversed(self.places):
                    if match.start() - 20 <= mention.end <= match.start() and not \
                            CLAUSE_BREAK.search(folded, mention.end, match.start()):
                        # 中国当局围捕维吾尔人: the place is the agent's, not the group's.
                        if not AGENT_AFTER_PLACE.match(folded, mention.end):
                            place = mention.key
                        break
            self.mentions.append(Mention(match.start(), match.end(), "group",
                                         ethnicity=ethnicity, place=place))

    # Subjects ------------------------------------------------------------------------------

    def subjects_for(self, event_type: str, start: int, end: int, sentence: Span) -> list[Mention]:
        """Return the mentions an event at [start, end) befell."""
        folded = self.folded
        clause_start, clause_end = self.clause_bounds(start, sentence)
        after_match = re.match(r"(?:了|过)?的", folded[end:end + 3])
        if after_match and event_type != "protested":
            # A relative clause: 被消失的父亲, 被拘留的学者.
            following = [m for m in self.mentions
                         if end + after_match.end() <= m.start <= end + after_match.end() + 2]
            if following:
                return self.chain(following[0], [m for m in self.mentions if m.start >= end],
                                  forward=True)
            if GENERIC_HEAD.match(folded, end + after_match.end()):
                return []  # 恢复联系的人往往……: people in general
        usable = self.usable
        before = [m for m in usable if sentence.start <= m.start and m.end <= start]
        # Objects of the trigger itself are fine after it (逮捕努尔兰); owners are not.
        after = [m for m in self.mentions if end <= m.start and m.end <= clause_end
                 and (m in usable or m.start in (end, end + 1))]
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        clause_before = folded[clause_start:start]
        in_clause = [m for m in before if m.start >= clause_start]
        if clause_start > 0 and folded[clause_start - 1] == " ":
            before = in_clause  # headline phrases do not share subjects
        if event_type in {"passport_confiscated", "passport_returned"}:
            if inside:
                return inside[:1]  # 扣押了她的护照
            recipients = [m for m in self.mentions if clause_start <= m.start and m.end <= start
                          and folded[m.start - 1:m.start] == "给"]
            if recipients:
                return recipients[-1:]  # 给他们发放护照
        if event_type in {"contact_lost", "contact_restored"}:
            relatives = [m for m in in_clause + inside + after if m.kind in RELATIVE_KINDS]
            if not relatives and any(m.kind == "plural" for m in inside + after):
                # 无法和她们通话: 她们 are the relatives named before in the sentence.
                relatives = [m for m in before if m.kind in RELATIVE_KINDS][-1:]
            nearest = before[-1] if before else None
            if nearest and nearest.kind == "group":
                return [nearest]
            if relatives:
                return self.drop_family(relatives[:1])
            if inside or (after and not before):
                return (inside + after)[:1]
        passive_at = max(clause_before.rfind("被"), clause_before.rfind("遭"),
                         clause_before.rfind("将"), clause_before.rfind("把"))
        passive = folded[start] == "被" or passive_at >= 0
        if after and not passive and event_type in ACTIVE_TYPES:
            return self.drop_family(self.chain(after[0], after, forward=True))
        if event_type == "protested":
            in_clause = [m for m in in_clause if m.kind not in RELATIVE_KINDS]
            if in_clause:
                return [in_clause[0]]
            before = [m for m in before if m.kind not in RELATIVE_KINDS
                      and not SPEECH.search(folded, m.end, start)]
            return before[:1]  # the subject of the sentence, not a later object
        if passive_at >= 0 and folded[start] != "被":
            marker = clause_start + passive_at
            if folded[marker] in "将把":
                # 把他们送入: the one it befell stands between 把 and the verb.
                between = [m for m in before if m.start > marker]
                before = between or before
            else:
                before = [m for m in before if m.end <= marker] or before
        if not before:
            return []
        nearest = before[-1]
        # A speaker is not the subject of what he reports: 王律师表示……被判.
        speaker = SPEAKER_AFTER.match(folded, nearest.end)
        if nearest.kind in {"person", "pronoun"} and speaker and speaker.end() <= start:
            return []
        return self.drop_family(self.chain(nearest, before, forward=False))

    def is_object_or_owner(self, mention: Mention) -> bool:
        """Return whether a mention is an agent, object or owner (X的肖像), not a subject."""
        folded = self.folded
        if NOT_SUBJECT_BEFORE.search(folded[max(0, mention.start - 1):mention.start]):
            return True
        if mention.start in self.trigger_ends or mention.start - 1 in self.trigger_ends:
            return True  # 逮捕努尔兰: the object of another verb
        if mention.kind != "person":
            return False
        following = BRACKETED.sub("", folded[mention.end:mention.end + 50], count=1)
        if OWNER_OF_RELATIVE.match(following):
            return True  # 努尔兰·别克(Nurlan Bek)的24名亲属: the relatives are the subject
        return following.startswith("的") and not RELATION_AFTER.match(following) and \
            not re.match(r"的(?:死讯|下落|遭遇|消息|护照|证件|身份证|绿卡)", following)

    @staticmethod
    def drop_family(mentions: list[Mention]) -> list[Mention]:
        """Return mentions without a generic "family" beside a named relation (父母亲及家人)."""
        specific = {m.person for m in mentions if m.kind == "relative" and m.relation != "family"}
        return [m for m in mentions
                if not (m.kind == "relative" and m.relation == "family" and m.person in specific)]

    def chain(self, first: Mention, mentions: list[Mention], forward: bool) -> list[Mention]:
        """Return first and the mentions coordinated with it (王建华及妻子、儿子)."""
        chosen = [first]
        ordered = mentions if forward else list(reversed(mentions))
        index = ordered.index(first)
        for mention in ordered[index + 1:]:
            previous = chosen[-1]
            gap = (self.folded[previous.end:mention.start] if forward
                   else self.folded[mention.end:previous.start])
            gap = re.sub(r"[他她]们?的|其", "", RELATION_PATTERN.sub("", BRACKETED.sub("", gap)))
            if len(gap) <= 4 and CONNECTORS.match(gap) and mention.kind in {"person", "relative"} \
                    and previous.kind in {"person", "relative"}:
                chosen.append(mention)
            else:
                break
        return chosen

    def plural_antecedent(self, position: int) -> list[Mention]:
        """Return what 他们 at position stands for: the last group or coordinated subjects."""
        groups = [m for m in self.mentions if m.kind == "group" and m.start < position]
        at, subjects = self.last_plural
        if groups and groups[-1].start > at:
            return [groups[-1]]
        return subjects

    def resolve(self, mention: Mention) -> list[dict[str, Any]]:
        """Return the GOLD.md subjects a mention stands for."""
        if mention.kind == "person":
            return [{"person": mention.person}]
        if mention.kind == "relative":
            subject: dict[str, Any] = {"relative_of": mention.person, "relation": mention.relation}
            if mention.count:
                subject["count"] = mention.count
            return [subject]
        if mention.kind == "group":
            return [{"group": {"ethnicity": mention.ethnicity, "place": mention.place}}]
        if mention.kind == "pronoun":
            topic = self.topic_before(mention.start, self.folded[mention.start:mention.end])
            return [{"person": topic}] if topic else []
        if mention.kind == "first":
            speaker = self.speaker_before(mention.start)
            return [{"person": speaker}] if speaker else []
        if mention.kind in {"plural", "plural_relative"}:
            subjects = []
            for other in self.plural_antecedent(mention.start):
                if other.kind == "group" and mention.kind == "plural_relative":
                    # 她们在新疆的丈夫: relatives of a group are described as that group.
                    place = next((p.key for p in reversed(self.places)
                                  if mention.start - 12 <= p.start < mention.start
                                  and "们" in self.folded[p.start - 3:p.start]), other.place)
                    subjects.append({"group": {"ethnicity": other.ethnicity, "place": place}})
                elif other.kind in {"person", "relative", "group"}:
                    subjects.extend(self.resolve(other))
            return subjects
        return []

    # Details -------------------------------------------------------------------------------

    def date_for(self, start: int, end: int, sentence: Span, event_type: str) -> str | None:
        """Return the date of an event from its clause, or an earlier clause of its sentence."""
        clause_start, clause_end = self.clause_bounds(start, sentence)
        usable = [d for d in self.dates if d.kind in {"absolute", "relative", "ago"}
                  and sentence.start <= d.start and d.end <= sentence.end]
        in_clause = [d for d in usable if clause_start <= d.start and d.end <= clause_end]
        if event_type not in {"disappeared", "contact_lost"}:
            # 上个月才得知哥哥被判刑: the date is when it was learned.
            in_clause = [d for d in in_clause if not (d.end <= start and LEARNING.search(
                self.folded, d.end, start))]
        # An earlier clause's date carries over, unless the text moves on in time or it was
        # only approximate (四年前).
        earlier = [d for d in usable if d.end <= start and d.kind != "ago" and not
                   SEQUENCE_BREAK.search(self.folded, d.end, start) and start - d.end <= 120
                   and (event_type in {"disappeared", "contact_lost"}
                        or not LEARNING.search(self.folded, d.end, start))]
        for pool in (in_clause, earlier):
            if not pool:
                continue
            before = [d for d in pool if d.end <= start]
            chosen = before[-1] if before else pool[0]
            if len(before) > 1 and re.fullmatch(r"\s*(?:至|到|-|—|~|－)\s*",
                                                self.folded[before[-2].end:before[-1].start]):
                chosen = before[-2]  # 2018年至2019年: the event began at the first
            self.date_is_approximate = chosen.kind == "ago"
            return chosen.value.iso()
        return None

    def years_for(self, start: int, end: int, sentence: Span) -> list[int | str | None]:
        """Return the terms of a sentence: numbers of years, "life", or [None]."""
        clause_start, _ = self.clause_bounds(start, sentence)
        window = self.folded[start:min(sentence.end, end + 20)]
        if LIFE_TERM.search(self.folded, max(sentence.start, start - 6),
                            min(sentence.end, end + 12)):
            return ["life"]
        if RANGE_TERM.search(window[:24]):
            return [None]
        match = YEARS_AFTER.search(window[:24])
        if match is None:
            window = self.folded[clause_start:start]
            match = YEARS_AFTER.search(window[-12:]) if window else None
        if match is None:
            return [None]
        values: list[int | str | None] = []
        for number in re.findall(NUMBER, match.group("numbers")):
            value = number_or_none(number)
            if value is not None and 0 < value <= 30:
                values.append(value)
        return values or [None]

    def place_for(self, start: int, end: int, sentence: Span) -> str | None:
        """Return the key of the place named in an event's clause, nearest before it."""
        clause_start, clause_end = self.clause_bounds(start, sentence)
        in_clause = [p for p in self.places if clause_start <= p.start and p.end <= clause_end]
        if in_clause:
            before = [p for p in in_clause if p.end <= start]
            return (before[-1] if before else in_clause[0]).key
        return None

    def channel_for(self, sentence: Span) -> str | None:
        """Return "wechat" or "phone" when the sentence names the channel."""
        text = self.folded[sentence.start:sentence.end]
        for word, channel in CHANNELS.items():
            if word in text:
                return channel
        return None

    def is_hedged(self, start: int, clause_start: int, sentence: Span) -> bool:
        """Return whether a trigger is a promise, fear, rumour or denial, not a fact."""
        before = self.folded[clause_start:start]
        if MODALITY.search(before) or NEGATION_BEFORE.search(before[-3:]) or re.search(
                r"(?:会|将|要|得)$", before):
            return True
        # A condition or a possibility in one of the two clauses before: 如果再被发现，将把他……
        earlier = self.folded[max(sentence.start, clause_start - 30):clause_start]
        clauses = [c for c in CLAUSE_BREAK.split(earlier) if c.strip()][-2:]
        return any(CONDITION.search(clause) for clause in clauses)

    def run(self) -> list[EventFinding]:
        """Return the events of the document, merged to one per fact."""
        self.breaks = self.clause_breaks()
        self.guess_genders()
        self.collect_mentions()
        triggers = list(TRIGGER_PATTERN.finditer(self.folded))
        self.trigger_ends = {match.end() for match in triggers}
        self.usable = [m for m in self.mentions if not self.is_object_or_owner(m)]
        events: list[EventFinding] = []
        last_end: dict[str, int] = {}
        for match in triggers:
            event_type = match.lastgroup
            assert event_type is not None
            start, end = match.start(), match.end()
            if self.document.owner_at(start) in {"media", "author", "person", "place"}:
                continue
            if last_end.get(event_type, -10) >= start - 4 and "释放" not in match.group():
                last_end[event_type] = end
                continue  # 被判处有期徒刑: one trigger
            last_end[event_type] = end
            sentence = self.sentence_of(start)
            clause_start, _ = self.clause_bounds(start, sentence)
            if self.is_hedged(start, clause_start, sentence):
                continue
            found = [(event_type, self.subjects_for(event_type, start, end, sentence))]
            if event_type == "protested" and "释放" in match.group():
                # A demand for release implies the detention (GOLD.md).
                clause_end = self.clause_bounds(start, sentence)[1]
                after = [m for m in self.mentions if end <= m.start and m.end <= clause_end]
                if after:
                    found.append(("detained", self.chain(after[0], after, forward=True)))
            for found_type, mentions in found:
                subjects: list[dict[str, Any]] = []
                for mention in mentions:
                    subjects.extend(self.resolve(mention))
                if len(mentions) > 1 or (mentions and mentions[0].kind == "group"):
                    self.last_plural = (start, mentions)
                events.extend(self.make_events(found_type, subjects, start, end, sentence))
        return merge_events(events)

    def make_events(self, event_type: str, subjects: list[dict[str, Any]], start: int, end: int,
                    sentence: Span) -> list[EventFinding]:
        """Return one event per subject and term, with date, place and channel."""
        self.date_is_approximate = False
        date = self.date_for(start, end, sentence, event_type)
        place = self.place_for(start, end, sentence)
        years_list = self.years_for(start, end, sentence) if event_type == "sentenced" else [None]
        channel = (self.channel_for(sentence)
                   if event_type in {"contact_lost", "contact_restored"} else None)
        events = []
        for subject in subjects:
            for years in years_list:
                if len(years_list) > 1:
                    # "two brothers were sentenced to 15 and 25 years": one event per term.
                    subject = {key: value for key, value in subject.items() if key != "count"}
                events.append(EventFinding(event_type, subject, date, years, place, channel,
                                           [(start, end)], self.date_is_approximate))
        return events


def same_subject(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Return whether two subjects are one: equal, or groups that differ only by a missing place."""
    if subject_key(first) == subject_key(second):
        return True
    if "group" in first and "group" in second:
        a, b = first["group"], second["group"]
        return a["ethnicity"] == b["ethnicity"] and (a["place"] is None or b["place"] is None
                                                     or a["place"] == b["place"])
    return False


def merge_into(kept: EventFinding, event: EventFinding) -> None:
    """Fold event's details into kept (the more specific date, a known place)."""
    kept.spans.extend(event.spans)
    kept.years = kept.years if kept.years is not None else event.years
    kept.place = kept.place or event.place
    kept.channel = kept.channel or event.channel
    if "group" in kept.subject and kept.subject["group"]["place"] is None:
        kept.subject = event.subject
    if event.date and (not kept.date or (kept.date_is_approximate and not
                                         event.date_is_approximate) or (
            event.date.startswith(kept.date) and len(event.date) > len(kept.date))):
        kept.date = event.date
        kept.date_is_approximate = event.date_is_approximate


def merge_events(events: list[EventFinding]) -> list[EventFinding]:
    """Return one event per (type, subject), unless the terms differ (15 and 25 years).

    Contact with several relatives of one person (亲人, 父母) is one fact; so is a person's lost
    contact beside the same loss told of the family.
    """
    merged: list[EventFinding] = []
    for event in events:
        for kept in merged:
            if kept.type != event.type:
                continue
            if not same_subject(kept.subject, event.subject) and not (
                    event.type in {"contact_lost", "contact_restored"}
                    and contact_anchor(kept.subject) is not None
                    and contact_anchor(kept.subject) == contact_anchor(event.subject)):
                continue
            if kept.years is not None and event.years is not None and kept.years != event.years:
                continue
            if "person" in kept.subject and "relative_of" in event.subject:
                kept.subject = event.subject
            merge_into(kept, event)
            break
        else:
            merged.append(event)
    return merged


def contact_anchor(subject: dict[str, Any]) -> str | None:
    """Return whose contact a subject is about: the person, or the anchor of a relative."""
    return subject.get("relative_of") or subject.get("person")


def find_events(document: Document, persons: list[PersonFinding],
                places: list[PlaceMention]) -> list[EventFinding]:
    """Return the events the document reports, one per distinct fact, with trigger spans."""
    return _EventFinder(document, persons, places).run()
