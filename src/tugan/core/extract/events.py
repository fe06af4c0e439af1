"""Events: what happened to whom, when, where, as shared/corpus/GOLD.md defines them.

Each trigger word (被捕, 判刑, 下落不明 ...) is tied to a subject in its sentence: a named person, an
unnamed relative of a named person (他的两个哥哥), or a group (新疆的部分哈萨克人). Pronouns point to
the last-named person, "我" to the last speaker, 他们 to the last plural subject. Dates, terms and
places come from the same clause, else the same sentence.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from tugan.core.dates import DateMention, find_dates, parse_chinese_number
from tugan.core.extract.document import Document, Span
from tugan.core.extract.lexicon import ETHNICITY_WORDS, GROUP_NOUNS, RELATIONS
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention

NUMBER = r"[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+"
TRIGGERS: dict[str, str] = {
    "sentenced": r"判刑|判处|被判|获刑|判了|重判|改判|终身监禁|终生监禁|无期徒刑",
    "detained": r"被捕|被抓|抓走|抓捕|逮捕|拘留(?!所)|拘押|拘禁|关押|羁押|带走|押走|叫走|关进|关在"
                r"|送入|送进|送去(?:学习|培训)|送到.{0,8}?(?:营|中心|学校|学习班)|被关|入狱|被拘|绑架"
                r"|囚禁|抓人|抓够|收押|押送|监禁(?!.{0,3}[0-9零一二两三四五六七八九十])|坐牢",
    "disappeared": r"下落不明|失踪|音讯全无|杳无音讯|不知去向|被消失|没有.{0,8}任何消息|生死未卜|去向不明",
    "released": r"获释|(?<!要求)(?<!要求立即)(?<!无条件)释放(?!人员)|放出来|出狱|放回家|被放回",
    "died": r"死亡|去世|过世|死于|身亡|病逝|离世|遇难|死讯|被打死|死在|丧生",
    "passport_confiscated": r"没收.{0,8}?护照|护照.{0,6}?(?:没收|扣押|收缴|上交|注销|收走|被扣)"
                            r"|扣押.{0,6}?护照|禁止.{0,4}?(?:离开|出境|出国)|不准.{0,3}?(?:出国|出境)"
                            r"|限制出境|上交护照|交到.{0,6}?保管|被没收",
    "passport_returned": r"发放.{0,3}?护照|获发护照|归还.{0,4}?护照|返还.{0,4}?护照|拿到护照"
                         r"|获准出国|允许.{0,20}?离开|准许.{0,12}?(?:出国|离开)|发护照",
    "contact_lost": r"联系不上|失联|无法.{0,12}?联系|没法.{0,12}?联系|不能.{0,10}?联系|没有.{0,6}?联系"
                    r"|断了联系|失去联系|联络不上|不敢联系|无法.{0,8}?联络|联络不到|不通",
    "contact_restored": r"恢复.{0,4}?(?:联系|通讯|通话|联络)|重新联系|联系上了|可以.{0,8}?微信"
                        r"|收到.{0,14}?信(?![息任号])",
    "threatened": r"恐吓|威胁|警告|施压|骚扰|盘问|约谈|传唤|逼问",
    "protested": r"抗议|集会|示威|请愿|呼吁|拉起横幅|讨回公道|要求.{0,4}?释放|声讨|游行",
}
TRIGGER_PATTERN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TRIGGERS.items()))
# Before a trigger in its clause, these make it a promise, fear or rumour, not an event.
MODALITY = re.compile(r"如果|若是|可能|将会|或将|担心|害怕|恐怕|以免|否则|听说|如若|会被|应该|是否|不让|不准|不得")
NEGATION_BEFORE = re.compile(r"(?:未|没有|没|不|并未|尚未|从未|不再)$")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
CONNECTORS = re.compile(r"^(?:和|及|与|以及|跟|、|，|,|双双|都|也|还有)*$")
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


@dataclass
class EventFinding:
    type: str
    subject: dict[str, Any]
    date: str | None = None
    years: int | str | None = None
    place: str | None = None
    channel: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_gold_dict(self) -> dict[str, Any]:
        """Return the event as GOLD.md writes it."""
        return {"type": self.type, "subject": self.subject, "date": self.date,
                "years": self.years, "place": self.place, "channel": self.channel}


@dataclass
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
        self.mentions: list[Mention] = []
        # (anchor person, relation) -> the named person the relation was shown to be.
        self.named_relatives: dict[tuple[str, str], str] = {}
        self.last_plural: list[Mention] = []

    # Mentions -----------------------------------------------------------------------------

    def person_ending_near(self, position: int, reach: int = 2) -> tuple[int, int, str] | None:
        for start, end, name in reversed(self.person_spans):
            if position - reach <= end <= position:
                return start, end, name
            if end < position - reach:
                break
        return None

    def person_starting_near(self, position: int, reach: int = 2) -> tuple[int, int, str] | None:
        for start, end, name in self.person_spans:
            if position <= start <= position + reach:
                return start, end, name
            if start > position + reach:
                break
        return None

    def topic_before(self, position: int) -> str | None:
        """Return the person last named before position."""
        for start, _, name in reversed(self.person_spans):
            if start < position:
                return name
        return None

    def speaker_before(self, position: int) -> str | None:
        """Return the person who speaks in the first person at position."""
        speaker = None
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

    def collect_mentions(self) -> None:
        folded = self.folded
        possessors: set[tuple[int, int]] = set()
        for start, end, name in self.person_spans:
            self.mentions.append(Mention(start, end, "person", person=name))
        relation_pattern = re.compile("|".join(sorted(map(re.escape, RELATIONS), key=len,
                                                      reverse=True)))
        for match in relation_pattern.finditer(folded):
            if self.document.owner_at(match.start()) is not None:
                continue
            word = match.group()
            if len(word) == 1 and not re.search(r"[的我他她其]$", folded[max(0, match.start() - 1):
                                                                       match.start()]):
                continue
            relation = RELATIONS[word]
            start, end = match.start(), match.end()
            # Apposition: 她的姊姊古丽仙·阿巴斯 names the sister.
            named = self.person_starting_near(end, 2)
            before = folded[max(0, start - 6):start]
            count_match = COUNT_BEFORE.search(before)
            count = None
            if count_match and count_match.group("count"):
                try:
                    count = parse_chinese_number(count_match.group("count"))
                except ValueError:
                    count = None
                before = before[:count_match.start()]
            if word in {"一家", "全家"}:
                after = re.match(rf"(?P<count>{NUMBER})口", folded[end:end + 4])
                if after:
                    count = parse_chinese_number(after.group("count"))
            anchor_kind, anchor = self.anchor_for(start - len(folded[max(0, start - 6):start])
                                                  + len(before), before, possessors)
            if named:
                if anchor:
                    self.named_relatives[(anchor, relation)] = named[2]
                continue
            if anchor_kind == "first":
                anchor = self.speaker_before(start)
            elif anchor is None:
                anchor = self.topic_before(start)
            if anchor is None:
                continue
            named_relative = self.named_relatives.get((anchor, relation))
            if named_relative:
                self.mentions.append(Mention(start, end, "person", person=named_relative))
                continue
            self.mentions.append(Mention(start, end, "relative", person=anchor, relation=relation,
                                         count=count if count and count > 1 else None))
        self.mentions = [m for m in self.mentions
                         if not (m.kind == "person" and (m.start, m.end) in possessors)]
        self.collect_groups()
        for match in re.finditer(r"他们|她们|他|她|其", folded):
            if self.document.owner_at(match.start()) is not None:
                continue
            if re.match(r"的?(?:" + "|".join(RELATIONS) + ")", folded[match.end():match.end() + 5]):
                continue  # 他的哥哥: the relation is the mention
            kind = "plural" if match.group() in {"他们", "她们"} else "pronoun"
            self.mentions.append(Mention(match.start(), match.end(), kind))
        for match in re.finditer(r"我们|我", folded):
            if re.match(r"的?(?:" + "|".join(RELATIONS) + ")", folded[match.end():match.end() + 5]):
                continue
            if match.group() == "我":
                self.mentions.append(Mention(match.start(), match.end(), "first"))
        self.mentions.sort(key=lambda mention: mention.start)

    def anchor_for(self, position: int, before: str,
                   possessors: set[tuple[int, int]]) -> tuple[str | None, str | None]:
        """Return who a relation word at position belongs to: ("person", name), ("first", None)."""
        trimmed = before.rstrip()
        if re.search(r"(?:我|我们)的?(?:家乡|家里|国内|在[^，。]{0,6}的)?$", trimmed):
            return "first", None
        if re.search(r"(?:他|她|其)(?:们)?的?(?:家乡|家里|国内|在[^，。]{0,8}的)?$", trimmed):
            return "pronoun", None
        found = self.person_ending_near(position, 3)
        if found and re.fullmatch(r"的?", self.folded[found[1]:position]):
            possessors.add((found[0], found[1]))
            return "person", found[2]
        return None, None

    def collect_groups(self) -> None:
        folded = self.folded
        words = sorted(ETHNICITY_WORDS, key=len, reverse=True)
        pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?:" +
                             "|".join(map(re.escape, sorted(GROUP_NOUNS, key=len, reverse=True)))
                             + ")?(?:们)?")
        for match in pattern.finditer(folded):
            if not self.document.is_free(match.start(), match.end()):
                continue
            if self.person_starting_near(match.end(), 3):
                continue  # 哈萨克人木格尔: describes a named person
            text = match.group()
            ethnic_word = next(word for word in words if text.startswith(word))
            if text == ethnic_word and ethnic_word not in {"维吾尔族", "哈萨克族", "穆斯林",
                                                           "少数民族", "维族"}:
                continue  # a bare adjective: 维吾尔文化
            if folded[match.end():match.end() + 2] in {"自治", "语言", "文化"}:
                continue
            place = None
            before = folded[max(0, match.start() - 20):match.start()]
            if not GROUP_QUALIFIERS_ABROAD.search(before):
                for mention in reversed(self.places):
                    if match.start() - 20 <= mention.end <= match.start() and not CLAUSE_BREAK.search(
                            folded, mention.end, match.start()):
                        place = mention.key
                        break
            self.mentions.append(Mention(match.start(), match.end(), "group",
                                         ethnicity=ETHNICITY_WORDS[ethnic_word], place=place))

    # Events --------------------------------------------------------------------------------

    def sentence_of(self, position: int, sentences: list[Span]) -> Span:
        for sentence in sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return Span(0, len(self.folded))

    def clause_bounds(self, position: int, sentence: Span) -> tuple[int, int]:
        start = position
        while start > sentence.start and not CLAUSE_BREAK.match(self.folded[start - 1]):
            start -= 1
        end = position
        while end < sentence.end and not CLAUSE_BREAK.match(self.folded[end]):
            end += 1
        return start, end

    def subjects_for(self, event_type: str, start: int, end: int, sentence: Span) -> list[Mention]:
        folded = self.folded
        clause_start, clause_end = self.clause_bounds(start, sentence)
        before = [m for m in self.mentions if sentence.start <= m.start and m.end <= start]
        after = [m for m in self.mentions if end <= m.start and m.end <= clause_end]
        clause_before = folded[clause_start:start]
        passive = "被" in clause_before or "遭" in clause_before or re.search(r"[将把]", clause_before)
        if event_type in {"contact_lost", "contact_restored"}:
            relatives = [m for m in before if m.kind == "relative" and m.start >= clause_start]
            relatives += [m for m in after if m.kind == "relative"]
            if relatives:
                return relatives[:1]
        if after and not passive and event_type in {"detained", "released", "threatened",
                                                     "passport_confiscated", "passport_returned"}:
            chosen = self.chain(after[0], after, forward=True)
            if chosen:
                return chosen
        if not before:
            return []
        nearest = before[-1]
        if nearest.kind == "first" and event_type in {"protested"} and nearest.start < clause_start:
            return []
        return self.chain(nearest, before, forward=False)

    def chain(self, first: Mention, mentions: list[Mention], forward: bool) -> list[Mention]:
        """Return first and the mentions coordinated with it (马明及妻子、儿子)."""
        chosen = [first]
        ordered = mentions if forward else list(reversed(mentions))
        index = ordered.index(first)
        for mention in ordered[index + 1:]:
            previous = chosen[-1]
            gap = (self.folded[previous.end:mention.start] if forward
                   else self.folded[mention.end:previous.start])
            gap = re.sub("|".join(sorted(RELATIONS, key=len, reverse=True)), "", gap)
            if len(gap) <= 4 and CONNECTORS.match(gap) and mention.kind in {"person", "relative"} \
                    and previous.kind in {"person", "relative"}:
                chosen.append(mention)
            else:
                break
        return chosen

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
            topic = self.topic_before(mention.start)
            return [{"person": topic}] if topic else []
        if mention.kind == "first":
            speaker = self.speaker_before(mention.start)
            return [{"person": speaker}] if speaker else []
        if mention.kind == "plural" and self.last_plural:
            subjects = []
            for other in self.last_plural:
                subjects.extend(self.resolve(other))
            return subjects
        return []

    def date_for(self, start: int, end: int, sentence: Span) -> str | None:
        clause_start, clause_end = self.clause_bounds(start, sentence)
        usable = [d for d in self.dates if d.kind in {"absolute", "relative"}
                  and sentence.start <= d.start and d.end <= sentence.end]
        in_clause = [d for d in usable if clause_start <= d.start and d.end <= clause_end]
        for pool in (in_clause, [d for d in usable if d.end <= start]):
            if not pool:
                continue
            before = [d for d in pool if d.end <= start]
            chosen = before[-1] if before else pool[0]
            return chosen.value.iso()
        return None

    def years_for(self, start: int, end: int, sentence: Span) -> list[int | str | None]:
        clause_start, clause_end = self.clause_bounds(start, sentence)
        window = self.folded[start:min(sentence.end, end + 20)]
        if LIFE_TERM.search(self.folded, max(sentence.start, start - 6), min(sentence.end, end + 12)):
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
            try:
                value = parse_chinese_number(number)
            except ValueError:
                continue
            if 0 < value <= 30:
                values.append(value)
        return values or [None]

    def place_for(self, start: int, end: int, sentence: Span) -> str | None:
        clause_start, clause_end = self.clause_bounds(start, sentence)
        in_clause = [p for p in self.places if clause_start <= p.start and p.end <= clause_end]
        if in_clause:
            before = [p for p in in_clause if p.end <= start]
            return (before[-1] if before else in_clause[0]).key
        return None

    def channel_for(self, sentence: Span) -> str | None:
        text = self.folded[sentence.start:sentence.end]
        for word, channel in CHANNELS.items():
            if word in text:
                return channel
        return None

    def run(self) -> list[EventFinding]:
        self.collect_mentions()
        sentences = self.document.sentences()
        events: list[EventFinding] = []
        last_end: dict[str, int] = {}
        for match in TRIGGER_PATTERN.finditer(self.folded):
            event_type = match.lastgroup
            assert event_type is not None
            start, end = match.start(), match.end()
            if self.document.owner_at(start) in {"media", "author"}:
                continue
            if last_end.get(event_type, -10) >= start - 4:
                last_end[event_type] = end
                continue  # 被判处有期徒刑: one trigger
            last_end[event_type] = end
            sentence = self.sentence_of(start, sentences)
            clause_start, _ = self.clause_bounds(start, sentence)
            if MODALITY.search(self.folded, clause_start, start) or NEGATION_BEFORE.search(
                    self.folded[max(clause_start, start - 3):start]):
                continue
            mentions = self.subjects_for(event_type, start, end, sentence)
            subjects: list[dict[str, Any]] = []
            for mention in mentions:
                subjects.extend(self.resolve(mention))
            if len(mentions) > 1 or (mentions and mentions[0].kind == "group"):
                self.last_plural = mentions
            if not subjects:
                continue
            date = self.date_for(start, end, sentence)
            place = self.place_for(start, end, sentence)
            years_list = (self.years_for(start, end, sentence) if event_type == "sentenced"
                          else [None])
            channel = (self.channel_for(sentence)
                       if event_type in {"contact_lost", "contact_restored"} else None)
            for subject in subjects:
                for years in years_list:
                    events.append(EventFinding(event_type, subject, date, years, place, channel,
                                               [(start, end)]))
        return merge_events(events)


def merge_events(events: list[EventFinding]) -> list[EventFinding]:
    """Return one event per (type, subject), unless the terms differ (15 and 25 years)."""
    merged: list[EventFinding] = []
    for event in events:
        for kept in merged:
            if kept.type != event.type or subject_key(kept.subject) != subject_key(event.subject):
                continue
            if kept.years is not None and event.years is not None and kept.years != event.years:
                continue
            kept.spans.extend(event.spans)
            kept.years = kept.years if kept.years is not None else event.years
            kept.place = kept.place or event.place
            kept.channel = kept.channel or event.channel
            if event.date and (not kept.date or (event.date.startswith(kept.date)
                                                 and len(event.date) > len(kept.date))):
                kept.date = event.date
            break
        else:
            merged.append(event)
    return merged


def find_events(document: Document, persons: list[PersonFinding],
                places: list[PlaceMention]) -> list[EventFinding]:
    """Return the events the document reports, one per distinct fact, with trigger spans."""
    return _EventFinder(document, persons, places).run()
