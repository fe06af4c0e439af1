"""Mention finding: everything an event can befall, and who pronouns and relations stand for.

Mentions are named persons, unnamed relatives of a named person (他的两个哥哥), groups
(新疆的部分哈萨克人), pronouns (他, 她, 我, 他们). `find_mentions` returns a MentionTable: the
mentions in text order, and what the text showed on the way (relatives named in apposition,
persons' sex), which pronoun resolution reads later.
"""

import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from tugan.core.dates import number_or_none
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_patterns import (
    ABROAD_WORDS,
    ADDRESSED_AFTER_SUBJECT,
    ADDRESSED_AFTER_SUBJECT_LONGEST,
    ADJECTIVE_USES,
    AGENT_AFTER_PLACE,
    AGENT_NOUN_OWNER,
    AGENT_STAFF,
    ANOTHER_BEFORE,
    APPROXIMATE_COUNT,
    BARE_GROUP_WORDS,
    BRACKETED,
    CHARGE,
    CITIZEN_COUNTRIES,
    CITIZEN_GROUP,
    CLAUSE_BEFORE_PEOPLE,
    CLAUSE_BREAK,
    COUNT_BEFORE,
    COUNTED_AMONG_KIN_AFTER,
    COUNTED_PERSONS,
    DEMONSTRATIVE_BEFORE,
    DESCRIBED_AGAIN,
    DESCRIBED_ONE_BEFORE,
    DESCRIBING_BEFORE,
    DESCRIPTION_BEFORE_NAME,
    DOER_AFTER,
    FEMALE_NAME_ENDINGS,
    FIRST_PERSON_IN_CLAUSE,
    FIRST_PERSON_IN_SENTENCE,
    FIRST_PERSON_NAME,
    FORMER_OR_LATTER,
    GROUP_ETHNICITIES,
    GROUP_PATTERN,
    GROUP_QUALIFIERS_ABROAD,
    HELD_COUNT,
    HOUSEHOLD_COUNT_AFTER,
    HOUSEHOLD_THING_AFTER,
    INDIVIDUAL_NOUNS,
    INVERSE_RELATIONS,
    KIN_GENERATIONS,
    KIN_LIST_COUNT,
    KIN_LIST_GAP,
    KIN_OF_NAMED_AFTER,
    LISTED_AFTER_ANOTHER,
    LISTED_KIN,
    LISTED_WITH_ANOTHER,
    LIVING_IN_BEFORE,
    LOCAL_RESIDENTS,
    LOCATIVE_FRAME,
    MANY_BEFORE,
    MANY_OF_THEM_AFTER,
    MASS_GROUP,
    NAMED_DESCRIPTION,
    NAMING_AFTER_RELATION,
    NOT_A_BREAK,
    NUMBER,
    ONE_DESCRIBED,
    ORDERED_RESIDENTS,
    OTHER_FAMILIES_WITH,
    OTHER_PARENT,
    OTHER_RELATIVES_BEFORE,
    OWNED_ASSOCIATES,
    OWNED_PEOPLE,
    OWNED_RELATION_AFTER,
    OWNER_PRONOUNS,
    PARENT_OF_CHILDREN,
    PART_AFTER_GROUP,
    PARTITIVE_QUANTITIES,
    PARTITIVE_SUBJECT,
    PEOPLE_STATED_AFTER,
    PLACE_HOLDS,
    PLACE_RESIDENTS,
    PLURAL_AFTER,
    PLURAL_BEFORE_CLAUSE,
    PREDICATE_BEFORE,
    PRONOUN_IS_KIN_OF,
    PRONOUN_PATTERN,
    PRONOUN_SEX,
    PRONOUN_SPEAKS,
    PROTESTERS,
    QUOTE_CLOSINGS,
    QUOTE_OPENINGS,
    RELATION_BEFORE,
    RELATION_PATTERN,
    RELATION_SEX,
    RELATIVE_DESCRIBED,
    RELEASED_COUNTED_PERSONS,
    RESIDENT_NOUNS,
    SEEN_THROUGH,
    SEXED_RELATIONS,
    SINGLE_BEFORE,
    SPEAKER_AFTER,
    SPEECH,
    SPOUSE_OWNER_SEX,
    SUPPORTER_NOUNS,
    SYMMETRIC_RELATIONS,
    TOGETHER_WITH_AFTER,
    TRIGGER_PATTERN,
    UNITS_PARTS_AFTER,
    UNNAMED_GROUP,
    UNNAMED_ONE,
    VILLAGE_PEOPLE_STATED,
    VILLAGERS,
    WEEKDAY,
)
from tugan.core.extract.lexicon import ETHNICITY_WORDS, IN_LAWS, ORDERED_KIN, RELATIONS
from tugan.core.extract.name_shapes import known_words, looks_like_turkic_name
from tugan.core.extract.person_cues import LIST_JOINERS

# What a speaker goes on to do after her words: speak or appeal again (她呼吁, 她还表示, 她希望).
SPEAKER_GOES_ON = re.compile(
    r"(?:又|还|也|则|再次|并)?(?:说|表示|称|呼吁|希望|指出|强调|认为|感谢|告诉|请求|恳求|要求)"
)
# The number that opens a count (二十二 of 等二十二个人).
COUNT_NUMBER = re.compile(NUMBER)


def kin_key(word: str) -> str:
    """Return what a relation word names a relative by: its relation, or the word itself for a
    child or sibling told apart by birth order (二姐) and for the kin that GOLD.md counts only as
    "relative": a grandmother named (她的奶奶X) is not every relative (她的亲戚都被关押)."""
    return word if word in ORDERED_KIN or RELATIONS[word] == "relative" else RELATIONS[word]


class MentionKind(StrEnum):
    """What a mention is."""

    PERSON = "person"  # a named person
    RELATIVE = "relative"  # an unnamed relative of a named person
    GROUP = "group"  # people described by ethnicity (and place)
    PRONOUN = "pronoun"  # 他, 她: the last-named person of that sex
    FIRST = "first"  # 我: the speaker
    PLURAL = "plural"  # 他们: the last group or coordinated subjects
    PLURAL_RELATIVE = "plural_relative"  # 他们的丈夫: relatives of a plural
    OTHERS = "others"  # 他的两名助手: people of a person who are no kin, subjects of no event


RELATIVE_KINDS = frozenset({MentionKind.RELATIVE, MentionKind.PLURAL_RELATIVE})


class OwnerKind(StrEnum):
    """Who owns a relation word (她的哥哥, 努尔兰的哥哥, 我哥哥, 哥哥, 同学的哥哥)."""

    PERSON = "person"
    PRONOUN = "pronoun"
    PLURAL = "plural"
    FIRST = "first"
    RELATIVE = "relative"  # another relation word (丈夫的弟弟, 哥哥的妻子)
    BARE = "bare"  # no owner written
    OTHER = "other"  # an owner that is not a person of the story


@dataclass(eq=False)  # compared by identity: two mentions are never the same one
class Mention:
    """Something an event can happen to, at a place in the text."""

    start: int
    end: int
    kind: MentionKind
    person: str | None = None  # the person, or the anchor of a relative
    relation: str | None = None
    count: int | None = None
    ethnicity: str | None = None
    place: str | None = None
    relation_word: str | None = None  # the relation it was read from (我父亲 -> a person)


@dataclass
class MentionTable:
    """The mentions of a document and what finding them showed; read-only once found."""

    context: EventContext
    mentions: list[Mention] = field(default_factory=list)
    # (anchor person, kin_key of the relation word) -> the named person it was shown to be.
    named_relatives: dict[tuple[str, str], str] = field(default_factory=dict)
    # The same seen from the relative's side: 他的妹妹阿依娜 makes him 阿依娜's brother.
    inverse_relatives: dict[tuple[str, str], str] = field(default_factory=dict)
    # Where names after a relation start, and whose relative they were named as.
    appositions: dict[int, str | None] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # person -> "f" or "m"

    def starting_in(self, start: int, end: int, kinds: Collection[MentionKind]) -> list[Mention]:
        """Return the mentions of these kinds that start from start and before end, in order."""
        return [m for m in self.mentions if m.kind in kinds and start <= m.start < end]

    def topic_before(self, position: int, pronoun: str = "", described: bool = False) -> str | None:
        """Return the person last named (or shown by a named relation) before position.

        她 skips men and 他 women, where the text shows a person's sex. A name given after a
        relation word (她的姐姐古丽娜尔) introduces a relative, not the one the next 她 stands for,
        so it counts only when no one else fits; a description (老人, 该女子: described) is of
        the last-named person whoever introduced them.
        """
        wanted = {"她": "f", "他": "m"}.get(pronoun[:1])
        candidates: list[tuple[int, str, bool]] = [
            (start, name, self.introduced_as_relative(start, wanted))
            for start, _, name in self.context.person_spans
            if start < position
        ]
        candidates += [
            (mention.start, mention.person, self.introduced_as_relative(mention.start, wanted))
            for mention in self.mentions
            if mention.kind == MentionKind.PERSON
            and mention.start < position
            and mention.person
            and mention.relation_word is None
        ]
        candidates.sort()
        fitting = [
            c for c in candidates if wanted is None or self.gender.get(c[1], wanted) == wanted
        ]
        sentence_start = self.context.sentence_of(position).start
        last_named = max((c[0] for c in fitting), default=-1)
        if wanted and any(
            unnamed.start() > last_named
            for unnamed in UNNAMED_ONE.finditer(self.context.folded, sentence_start, position)
        ):
            return None
        if wanted and FIRST_PERSON_IN_SENTENCE.search(
            self.context.folded, sentence_start, position
        ):
            # 我的妹妹古丽被抓，她的丈夫也被带走: in a sentence told as 我, 她 is not the speaker;
            # nor is the speaker one this sentence names as a relative (我哥哥艾山和他的妻子).
            speaker = self.speaker_before(position)
            named_as_kin_here = {c[1] for c in fitting if c[2] and c[0] >= sentence_start}
            if speaker not in named_as_kin_here:
                fitting = [c for c in fitting if c[1] != speaker] or fitting
        if fitting and described:
            return fitting[-1][1]
        if (
            fitting
            and fitting[-1][2]
            and not CLAUSE_BREAK.search(self.context.folded, fitting[-1][0], position)
        ):
            # 她的哥哥艾力得知其父亲…: within its clause, the pronoun is the named relative.
            return fitting[-1][1]
        if wanted and fitting and fitting[-1][1] not in self.gender:
            # 她说，艾山和努尔兰曾…。她呼吁…: those named in what she said are not her.
            speaking = self.same_pronoun_speaking_before(position, pronoun[:1], fitting[-1][0])
            if speaking is not None and speaking != position:
                spoken = self.topic_before(speaking, pronoun)
                if (
                    spoken not in {None, fitting[-1][1]}
                    and self.gender.get(spoken, wanted) == wanted
                ):
                    return spoken
        if wanted and fitting and fitting[-1][1] not in self.gender:
            # 古丽与官员艾山会面，讨论她姐姐: one of the sex shown in the sentence beats one of
            # unknown sex named after her.
            sentence = self.context.sentence_of(position)
            shown = [
                c
                for c in fitting
                if c[0] >= sentence.start and self.gender.get(c[1]) == wanted and not c[2]
            ]
            if shown:
                return shown[-1][1]
        addressed = self.addressed_after_subject([c[0] for c in fitting])
        for pool in (
            [c for c in fitting if not c[2] and c[0] not in addressed],
            [c for c in fitting if not c[2]],
            fitting,
            candidates,
        ):
            if pool:
                return pool[-1][1]
        # A lead often speaks of 她 before naming her; not of a person named later as someone's
        # relative (一名学生说，他……。他的表姐古丽…: 他 is the student), nor of one first named
        # two paragraphs on, who is someone else (the official a later paragraph quotes).
        following = [
            (start, name)
            for start, _, name in self.context.person_spans
            if start >= position and start not in self.appositions
        ]
        if not following:
            return None
        start, name = following[0]
        paragraph_breaks = re.findall(r"\n+", self.context.folded[position:start])
        return name if len(paragraph_breaks) <= 1 else None

    def same_pronoun_speaking_before(self, position: int, pronoun: str, after: int) -> int | None:
        """Return where the same pronoun opens the sentence before position's in its paragraph,
        or position's own, as its speaker (她说，…), when the person named last before position
        is named in what it said and the pronoun at position speaks or appeals again (她呼吁,
        她还表示): that 她 is the speaker again."""
        if not SPEAKER_GOES_ON.match(self.context.folded, position + len(pronoun)):
            return None  # 她说，古丽被捕。她被关在…: the one just named may be the 她 done to
        sentence = self.context.sentence_of(position)
        for start in sorted({self.context.paragraph_window(position, 1), sentence.start}):
            said = PRONOUN_SPEAKS.match(self.context.folded, start)
            if said and said["pronoun"] == pronoun and said.start("pronoun") < after < position:
                return said.start("pronoun")
        return None

    def addressed_after_subject(self, starts: list[int]) -> set[int]:
        """Return the starts of persons named as the one a person before them in their clause
        turns to (古丽向协会负责人艾山求助, 古丽找到律师艾山): the pronoun after speaks of the
        one who turned to them, not of them."""
        folded = self.context.folded
        ends = {start: end for start, end, _ in self.context.person_spans}
        ordered = sorted(set(starts))
        addressed: set[int] = set()
        for earlier in ordered:
            if earlier not in ends:
                continue
            end = ends[earlier]
            # Only names within the pattern's longest match can be the one turned to.
            after = ordered[
                bisect_right(ordered, earlier) : bisect_right(
                    ordered, end + ADDRESSED_AFTER_SUBJECT_LONGEST
                )
            ]
            addressed.update(
                later for later in after if ADDRESSED_AFTER_SUBJECT.fullmatch(folded, end, later)
            )
        return addressed

    def introduced_as_relative(self, start: int, wanted: str | None) -> bool:
        """Return whether the name at start was given as the relative of someone a pronoun of
        sex wanted can stand for (她的姐姐古丽: the next 她 is still the owner, not 古丽)."""
        if start not in self.appositions:
            return self.is_owner_of_pronouns_kin(start)
        end = next((e for s, e, _ in self.context.person_spans if s == start), start)
        day = WEEKDAY.match(self.context.folded, end)
        if SPEAKER_AFTER.match(self.context.folded, day.end() if day else end):
            # 努尔兰的儿子艾力星期三告诉记者，其父……: the relative speaks, and is who 其 is.
            return False
        owner = self.appositions[start]
        return owner is None or wanted is None or self.gender.get(owner, wanted) == wanted

    def is_owner_of_pronouns_kin(self, start: int) -> bool:
        """Return whether the name at start owns the kin word a pronoun is said to be (她是学者
        艾山的女儿): 艾山 is named as her father, not as the one the next 她 stands for."""
        end = next((e for s, e, _ in self.context.person_spans if s == start), None)
        if end is None:
            return False
        folded = self.context.folded
        return bool(
            KIN_OF_NAMED_AFTER.match(folded, end)
            and PRONOUN_IS_KIN_OF.search(folded, max(0, start - 20), start)
        )

    def speaker_before(self, position: int) -> str | None:
        """Return the person who speaks in the first person at position."""
        attributed = self.speaker_after_quote(position)
        if attributed:
            return attributed
        said = self.pronoun_speaking_quote(position)
        if said is not None:
            # 她说：「我的母亲…」: the one 她 stands for, not a person named just before.
            return self.topic_before(said.start("pronoun"), said["pronoun"])
        speaker: tuple[int, str] | None = None
        for match in FIRST_PERSON_NAME.finditer(self.context.folded, 0, position):
            found = self.context.person_starting_near(match.end(), 1)
            if found:
                speaker = (match.start(), found[2])
        for start, end, name in self.context.person_spans:
            if start >= position:
                break
            if SPEECH.search(self.context.folded, end, min(end + 30, position)) and (
                speaker is None or start > speaker[0]
            ):
                speaker = (start, name)
        return speaker[1] if speaker else self.topic_before(position)

    def pronoun_speaking_quote(self, position: int) -> re.Match[str] | None:
        """Return the 他说： or 她说： that opens the sentence of the quotation holding position,
        or the last clause before it (她很担心，她说“…”)."""
        folded = self.context.folded
        opening = max(folded.rfind(mark, 0, position) for mark in QUOTE_OPENINGS)
        if opening < 0 or max(folded.rfind(m, opening, position) for m in QUOTE_CLOSINGS) >= 0:
            return None
        sentence = self.context.sentence_of(opening)
        clause_start = max(folded.rfind(mark, sentence.start, opening - 1) for mark in "，,；;") + 1
        return PRONOUN_SPEAKS.fullmatch(
            folded, sentence.start, opening
        ) or PRONOUN_SPEAKS.fullmatch(folded, max(clause_start, sentence.start), opening)

    def speaker_after_quote(self, position: int) -> str | None:
        """Return who a quotation holding position is attributed to after it closes
        (「我哥哥被抓走了。」古丽说), unless a speech verb before it gave its speaker
        (古丽说：“…”)."""
        folded = self.context.folded
        opening = max(folded.rfind(mark, 0, position) for mark in QUOTE_OPENINGS)
        if opening < 0 or max(folded.rfind(m, opening, position) for m in QUOTE_CLOSINGS) >= 0:
            return None
        if folded[max(0, opening - 1) : opening] in {"：", ":"} or SPEECH.search(
            folded, max(0, opening - 6), opening
        ):
            return None  # 古丽说：“…”, 古丽还说，「…」: attributed before it
        closings = [i for i in (folded.find(m, position) for m in QUOTE_CLOSINGS) if i >= 0]
        if not closings:
            return None
        found = self.context.person_starting_near(min(closings) + 1, 2)
        if found and SPEAKER_AFTER.match(folded, found[1]):
            return found[2]
        return None

    def learn_gender(self, name: str | None, sex: str | None) -> None:
        """Record a person's sex as the text shows it (她的…, 他的女儿…), first evidence wins."""
        if name and sex:
            self.gender.setdefault(name, sex)


class MentionFinder:
    """Fills a MentionTable for one document."""

    def __init__(self, context: EventContext) -> None:
        self.context = context
        self.table = MentionTable(context)
        self.anchors: dict[int, tuple[OwnerKind, str | None, int]] = {}

    def find(self) -> MentionTable:
        """Return the table of the document's mentions, in text order."""
        self.guess_genders()
        self.collect_mentions()
        self.drop_relatives_of_themselves()
        return self.table

    def drop_relatives_of_themselves(self) -> None:
        """Drop a relation word owned by the very person named right after it (老父亲艾山在视频
        中控诉: the father is 艾山, not 艾山's father); the name is the mention."""
        persons = {m.start: m for m in self.table.mentions if m.kind == MentionKind.PERSON}
        self.table.mentions = [
            m
            for m in self.table.mentions
            if not (
                m.kind == MentionKind.RELATIVE
                and m.person is not None
                and any(
                    (named := persons.get(m.end + gap)) is not None
                    and named.person == m.person
                    # only the rest of the kin word between (老父|亲), no break
                    and re.fullmatch(r"亲?", self.context.folded[m.end : m.end + gap]) is not None
                    for gap in range(2)
                )
            )
        ]

    def guess_genders(self) -> None:
        """Record the sex that names, titles and descriptions show (古丽, 女士, 男子)."""
        folded = self.context.folded
        for start, end, name in self.context.person_spans:
            before = folded[max(0, start - 4) : start]
            # Past a Latin form in brackets: 古丽(Gul)女士.
            bracketed = BRACKETED.match(folded, end)
            after_start = bracketed.end() if bracketed else end
            after = folded[after_start : after_start + 2]
            if after in {"女士", "小姐"} or re.search(r"(?:女子|妇女|女士|女孩|老太太)$", before):
                self.table.learn_gender(name, "f")
            elif after == "先生" or re.search(r"(?:男子|男孩|先生)$", before):
                self.table.learn_gender(name, "m")
            elif name.split("·")[0].endswith(FEMALE_NAME_ENDINGS):
                self.table.learn_gender(name, "f")

    def relation_anchor(self, start: int) -> tuple[OwnerKind, str | None, int]:
        """Return how a relation word at start is owned: (kind, person, where the owner starts).

        An owner of kind OTHER is not a person of the story (同学的父母).
        """
        if start in self.anchors:
            return self.anchors[start]
        self.anchors[start] = found = self.find_relation_anchor(start)
        return found

    def find_relation_anchor(self, start: int) -> tuple[OwnerKind, str | None, int]:
        """Return how a relation word at start is owned (see relation_anchor)."""
        folded = self.context.folded
        title_start = folded.rfind("《", max(0, start - 40), start)
        if (
            title_start >= 0
            and "》" not in folded[title_start:start]
            and "》" in folded[start : start + 40]
            and not any(title_start < s < start for s, _, _ in self.context.person_spans)
        ):
            # 《……诉说家人下落不明》 古丽讲述: the kin of a work's title (a report, a book)
            # are no one's the story names outside it.
            return OwnerKind.OTHER, None, start
        window = folded[max(0, start - 40) : start]
        other = OTHER_RELATIVES_BEFORE.search(window)
        if other:
            listed_after = RELATION_BEFORE.search(
                folded, max(0, start - 20), start - len(other.group())
            )
            if listed_after:
                return self.relation_anchor(listed_after.start())
            window = window[: other.start()]  # 其他 is not the pronoun 他
        before = window
        count = COUNT_BEFORE.search(before)
        if count:
            before = before[: count.start()]
        owner_end = start - (len(window) - len(before))
        found = self.context.person_ending_before(owner_end - (1 if before.endswith("的") else 0))
        if found and BRACKETED.sub("", folded[found[1] : owner_end]).strip() in {"和", "及", "与"}:
            # 她的哥哥艾山和两个妹妹: kin joined to a person named by a kin word share that
            # word's owner (her sisters), not the person's.
            named_kin = RELATION_BEFORE.search(folded, max(0, found[0] - 6), found[0])
            if named_kin:
                return self.relation_anchor(named_kin.start())
        if found and BRACKETED.sub("", folded[found[1] : owner_end]).strip() in {"", "的"}:
            return OwnerKind.PERSON, found[2], found[0]
        owner_relation = RELATION_BEFORE.search(before[:-1]) if before.endswith("的") else None
        if owner_relation:
            return OwnerKind.RELATIVE, None, owner_end - 1 - len(owner_relation.group())
        if AGENT_NOUN_OWNER.search(before):
            # 被拘留者家属, 受害者的亲属: the kin of those people, of no one the story names.
            return OwnerKind.OTHER, None, owner_end
        for kind, pattern in OWNER_PRONOUNS:
            owner = pattern.search(before)
            if owner:
                return OwnerKind(kind), None, owner_end - len(owner.group())
        described = RELATIVE_DESCRIBED.search(before)
        if described and not SPEECH.search(described.group()):
            described_start = owner_end - len(described.group())
            for person_start, person_end, name in reversed(self.context.person_spans):
                description = folded[person_end : owner_end - 1]
                if (
                    described_start <= person_end < owner_end - 2
                    and description[0] not in "·-"
                    and not looks_like_turkic_name(description)
                ):
                    # 艾山生病的姐姐 (not the rest of a name cut short: 艾山·努尔兰的姐姐, 努尔兰
                    # read as 努尔的姐姐: one character is no description)
                    return OwnerKind.PERSON, name, person_start
            listed_after = RELATION_BEFORE.search(
                folded, max(0, described_start - 8), described_start - 1
            )
            if listed_after and folded[described_start - 1] in LIST_JOINERS:
                return self.relation_anchor(listed_after.start())  # 姐姐和64岁的阿姨
        if (
            before.endswith("的")
            and not DESCRIBING_BEFORE.search(before)
            and not TRIGGER_PATTERN.search(before[-6:-1])
        ):
            return OwnerKind.OTHER, None, owner_end
        first = FIRST_PERSON_IN_CLAUSE.search(before)
        if first:
            # 我从去年起就联系不上母亲: a bare relation in a clause told by 我 is the speaker's.
            return OwnerKind.FIRST, None, owner_end - len(before) + first.start()
        return OwnerKind.BARE, None, owner_end

    def collect_mentions(self) -> None:
        """Collect everything an event can befall: persons, relatives, groups, pronouns."""
        folded = self.context.folded
        for start, end, name in self.context.person_spans:
            self.table.mentions.append(Mention(start, end, MentionKind.PERSON, person=name))
        relation_matches = [
            m
            for m in RELATION_PATTERN.finditer(folded)
            if self.context.document.owner_at(m.start()) is None and self.is_relation_use(m)
        ]
        later: list[tuple[re.Match[str], OwnerKind, str | None, int]] = []
        possessors: set[str] = set()
        listed: tuple[int, str] | None = None  # (end, anchor) of the last apposed relative
        for match in relation_matches:
            kind, anchor, owner_start = self.relation_anchor(match.start())
            if kind == OwnerKind.PERSON and anchor:
                possessors.add(anchor)
            naming = NAMING_AFTER_RELATION.match(folded, match.end())
            named = self.context.person_starting_near(naming.end() if naming else match.end(), 2)
            if named:
                self.table.appositions[named[0]] = None
                # Apposition: 她的姐姐古丽娜尔·艾力 names the sister.
                if kind == OwnerKind.PRONOUN:
                    anchor = self.table.topic_before(
                        match.start(), self.context.folded[owner_start:]
                    )
                elif kind == OwnerKind.FIRST:
                    anchor = self.table.speaker_before(match.start())
                elif kind == OwnerKind.BARE and listed and is_joined(folded, listed[0], match):
                    # 姐姐阿依古丽和哥哥艾山: relatives listed of one person, not of each other.
                    anchor = listed[1]
                elif kind == OwnerKind.BARE:
                    anchor = (
                        self.coordinated_anchor(match.start(), RELATIONS[match.group()])
                        or self.table.topic_before(match.start())
                        or self.context.person_in_sentence(match.start(), exclude=named[2])
                    )
                partner = self.partner_named_after(named[1]) if match.group() == "父母" else None
                if anchor and anchor != named[2]:
                    # Only an owner left unsaid carries on (他的父亲X和儿子Y may be X's son).
                    listed = (named[1], anchor) if kind == OwnerKind.BARE else None
                    self.table.appositions[named[0]] = anchor
                    if kind == OwnerKind.PRONOUN:
                        self.table.learn_gender(
                            anchor, PRONOUN_SEX.get(self.context.folded[owner_start])
                        )
                    if partner and partner[2] != anchor:
                        # 她的父母艾山和古丽: father and mother, in that order.
                        self.table.appositions[partner[0]] = anchor
                        self.add_named_relative(anchor, "父亲", named[2])
                        self.add_named_relative(anchor, "母亲", partner[2])
                        self.table.learn_gender(named[2], "m")
                        self.table.learn_gender(partner[2], "f")
                        continue
                    self.add_named_relative(anchor, match.group(), named[2])
                self.table.learn_gender(named[2], RELATION_SEX.get(match.group()))
                continue
            later.append((match, kind, anchor, owner_start))
        for match, kind, anchor, owner_start in later:
            start, end = match.start(), match.end()
            relation = RELATIONS[match.group()]
            joined = OTHER_FAMILIES_WITH.search(folded, max(0, start - 6), start)
            if (
                relation == "family"
                and joined
                and TOGETHER_WITH_AFTER.match(folded, end)
                and not RELATION_BEFORE.search(folded, max(0, joined.start() - 4), joined.start())
            ):
                # 艾山与其他家属一起: other people's families, no kin of his (not 父母和其他家人
                # 一起, kin beyond the parents).
                continue
            if relation == "family" and OTHER_RELATIVES_BEFORE.search(
                folded, max(0, start - 6), start
            ):
                relation = "relative"  # 其他家人: relatives beyond those already named
            if relation == "family" and DEMONSTRATIVE_BEFORE.search(
                folded, max(0, start - 2), start
            ):
                # 这家人, 這一家人: the family the text just named, person by person.
                self.table.mentions.append(Mention(start, end, MentionKind.PLURAL))
                continue
            count = self.relation_count(start, end, match.group())
            among = COUNTED_AMONG_KIN_AFTER.match(folded, end)
            if among and relation in {"family", "relative"}:
                # 他的家族中已有二十多人失踪: that many relatives, not the family as a whole.
                relation, count = "relative", number_or_none(among["count"])
            ordered = {
                named
                for (_, key), named in self.table.named_relatives.items()
                if key == match.group()
            }
            if kind in {OwnerKind.BARE, OwnerKind.OTHER} and len(ordered) == 1:
                # 二姐 alone, once the text named 二姐古丽: that person.
                self.table.mentions.append(
                    Mention(
                        start, end, MentionKind.PERSON, person=ordered.pop(), relation_word=relation
                    )
                )
                continue
            if kind == OwnerKind.OTHER:
                if folded[start - 1] == "的" and self.group_owns_kin_at(start):
                    # 在哈萨克斯坦的数百名哈萨克人的亲属: the relatives of that group, held at
                    # home, not the group abroad itself.
                    self.table.mentions.append(
                        Mention(start, end, MentionKind.PLURAL_RELATIVE, relation=relation)
                    )
                continue
            if kind == OwnerKind.RELATIVE:
                owner = self.mention_starting(owner_start)
                if owner is None or owner.kind not in {MentionKind.PERSON, MentionKind.RELATIVE}:
                    continue
                if owner.kind == MentionKind.RELATIVE:
                    # 丈夫的弟弟, 哥哥的妻子 with the brother unnamed: an in-law or further
                    # relative of the one who owns the first word.
                    self.add_further_relative(start, end, owner.person, count)
                    continue
                anchor = owner.person  # 哥哥的妻子 where the brother was named: his wife
            binder = self.reflexive_relative(owner_start) if kind == OwnerKind.PRONOUN else None
            if binder is None and kind == OwnerKind.PRONOUN:
                binder = self.relative_owning_qi(owner_start)
            if binder is not None:
                # 古丽的父亲得知自己的哥哥被判: 自己 is the father, whose brother is a further
                # relative of 古丽 (as 父亲的哥哥 would be).
                self.add_further_relative(start, end, binder.person, count)
                continue
            if (
                kind == OwnerKind.PRONOUN
                and (folded[owner_start] == "其" or folded.startswith("自己", owner_start))
                and self.many_people_before(start)
            ):
                # 许多维吾尔人说其亲人被关押: 其 stands for that group, whose relatives these are;
                # so does 自己 (一些海外人士宣称自己的亲人下落不明).
                self.table.mentions.append(
                    Mention(start, end, MentionKind.PLURAL_RELATIVE, relation=relation)
                )
                continue
            listed_before = (
                self.context.person_ending_before(owner_start)
                if folded[owner_start - 1 : owner_start] == "、"
                else None
            )
            if kind == OwnerKind.PRONOUN and listed_before:
                anchor = listed_before[2]  # 我哥哥艾山、他的妻子: the one listed just before
            elif kind == OwnerKind.PRONOUN:
                anchor = self.table.topic_before(start, self.context.folded[owner_start:])
            elif kind == OwnerKind.FIRST:
                anchor = self.table.speaker_before(start)
            elif kind == OwnerKind.BARE:
                joined_to = [
                    m
                    for m in self.table.mentions
                    if m.end == start
                    and m.kind in {MentionKind.RELATIVE, MentionKind.PLURAL_RELATIVE}
                ]
                if joined_to:
                    # 他们的亲戚家人: two kin words written as one phrase have one owner.
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            joined_to[0].kind,
                            person=joined_to[0].person,
                            relation=joined_to[0].relation,
                            count=joined_to[0].count,
                        )
                    )
                    continue
                further = self.further_relative_listed_before(start)
                if further is not None:
                    # 丈夫的哥哥和弟弟, 自己的哥哥弟弟: the second is as far a relative as the
                    # first.
                    self.add_further_relative(start, end, further.person, count)
                    continue
                if self.group_owns_kin_at(start):
                    # 许多海外维吾尔人无法与家人联系: the relatives of that group, not of a
                    # person named nearby.
                    self.table.mentions.append(
                        Mention(start, end, MentionKind.PLURAL_RELATIVE, relation=relation)
                    )
                    continue
                anchor = self.context.person_in_sentence(start)
                if anchor in self.named_as(relation):
                    # 她和丈夫艾山的合照……获释的丈夫: the husband himself, named in the sentence.
                    self.add_kin_naming(start, end, anchor, relation)
                    continue
                earlier = self.same_relation_before(start, relation)
                if anchor is None and earlier is None:
                    anchor = self.recent_topic(start)
                    if anchor in self.named_as(relation):
                        # 艾山的哥哥是努尔兰。哥哥2019年被捕: the brother just named.
                        self.add_kin_naming(start, end, anchor, relation)
                        continue
                if anchor is None and earlier is None:
                    # 她的哥哥被拘留，嫂子随后也被带走: the owner of the relatives just named.
                    anchor = self.owner_of_relative_before(start)
                if anchor is None and earlier is None and self.is_lead_of_pronoun(start):
                    # A lead before any name: 她得知弟弟已被判刑 is the sister the story names.
                    anchor = self.table.topic_before(start)
                    if anchor and self.seen_by_pronouns_kin(start, relation):
                        # 他的女儿与记者分享父亲被判刑的经过: her father is he himself.
                        self.add_kin_naming(start, end, anchor, relation)
                        continue
                if (
                    anchor is None
                    and earlier is not None
                    and not SPEAKER_AFTER.match(folded, earlier.end)
                ):
                    # (其兄长说，弟弟被捕前: the brother who speaks sees 弟弟 from his side.)
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            earlier.kind,
                            person=earlier.person,
                            relation=earlier.relation,
                            count=earlier.count,
                        )
                    )
                    continue
            elif kind == OwnerKind.PLURAL:
                self.table.mentions.append(
                    Mention(start, end, MentionKind.PLURAL_RELATIVE, relation=relation)
                )
                continue
            if kind in {OwnerKind.PRONOUN, OwnerKind.BARE}:
                seen = self.relative_seeing(start, owner_start, match.group(), kind)
                if seen and seen[1]:
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            MentionKind.RELATIVE,
                            person=seen[0],
                            relation=seen[1],
                            relation_word=relation,
                        )
                    )
                    continue
                if seen:
                    self.add_kin_naming(start, end, seen[0], relation)
                    continue
            if anchor is None and kind == OwnerKind.BARE and len(self.named_as(relation)) == 1:
                # 妹妹古丽 named paragraphs before, and no one named since: 妹妹 alone is she.
                self.table.mentions.append(
                    Mention(
                        start,
                        end,
                        MentionKind.PERSON,
                        person=self.named_as(relation).pop(),
                        relation_word=relation,
                    )
                )
                continue
            if anchor is None:
                continue
            # 我的丈夫, 她的妻子: the owner's sex, for the pronouns that follow.
            self.table.learn_gender(anchor, SPOUSE_OWNER_SEX.get(match.group()))
            named_relative = (
                None  # 其他亲属: relatives beyond the one named
                if OTHER_RELATIVES_BEFORE.search(folded, max(0, start - 6), start)
                else self.table.named_relatives.get((anchor, kin_key(match.group())))
            )
            shown = self.named_as(relation)
            if (
                named_relative is None
                and kind == OwnerKind.PRONOUN
                and relation in SYMMETRIC_RELATIONS
                and anchor in shown
            ):
                # 她的丈夫 where 她 was read as the husband himself: the pronoun points to his
                # wife, and the relation back to him.
                named_relative = anchor
            if named_relative is None and relation != "parent":
                # 父母 are two: the one parent named (吐尔逊的儿子) is not them both.
                named_relative = self.table.inverse_relatives.get((anchor, relation))
                sex = SEXED_RELATIONS.get(relation)
                if named_relative and sex and self.table.gender.get(named_relative, sex) != sex:
                    named_relative = None  # 她的母亲 cannot be the man shown to be her father
                elif named_relative:
                    self.table.learn_gender(named_relative, sex)
            if named_relative is None and relation in OTHER_PARENT:
                # 阿丽娅的父亲 is 哈力木: her mother is the wife the text gave him (哈力木及其
                # 妻子), one person under one subject.
                parent = self.table.inverse_relatives.get((anchor, OTHER_PARENT[relation]))
                if parent and any(
                    m.kind == MentionKind.RELATIVE and m.person == parent and m.relation == "spouse"
                    for m in self.table.mentions
                ):
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            MentionKind.RELATIVE,
                            person=parent,
                            relation="spouse",
                            relation_word=relation,
                        )
                    )
                    continue
            in_law = self.in_law(anchor, match.group())
            if named_relative is None and in_law:
                # 他的弟媳 where his brother is named: the brother's spouse.
                named_relative = self.table.named_relatives.get((in_law, "spouse"))
                if named_relative is None:
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            MentionKind.RELATIVE,
                            person=in_law,
                            relation="spouse",
                            relation_word=relation,
                        )
                    )
                    continue
            if named_relative and not (count and count > 1):
                # (两个妹妹 are two: never the one person the relation was shown to be.)
                self.add_kin_naming(start, end, named_relative, relation)
                continue
            co_owner = self.co_owner(owner_start) if kind == OwnerKind.PERSON else None
            # 艾山和古丽的父母: the parents of both.
            for owner_name in [anchor] if co_owner is None else [anchor, co_owner]:
                self.table.mentions.append(
                    Mention(
                        start,
                        end,
                        MentionKind.RELATIVE,
                        person=owner_name,
                        relation=relation,
                        count=count if count and count > 1 else None,
                        relation_word=relation,
                    )
                )
        self.collect_groups()
        for match in PRONOUN_PATTERN.finditer(folded):
            if self.context.document.owner_at(match.start()) is not None:
                continue
            if OWNED_RELATION_AFTER.match(folded, match.end()):
                continue  # 他的哥哥: the relation is the mention
            if folded[match.start() - 1 : match.start()] == "其":
                continue  # 其他, 其它: "other", not a pronoun
            word = match.group()
            pronoun_kind = {
                "他们": MentionKind.PLURAL,
                "她们": MentionKind.PLURAL,
                "我": MentionKind.FIRST,
                "我们": MentionKind.PLURAL,
            }.get(word, MentionKind.PRONOUN)
            if word == "自己" and re.search(
                r"(?:他们|她们)[^，。；;！？!?他她]*$",
                folded[max(0, match.start() - 20) : match.start()],
            ):
                pronoun_kind = MentionKind.PLURAL  # 他们描述了自己被威吓: 自己 is 他们
            elif word == "自己" and self.group_is_clause_subject(match.start()):
                pronoun_kind = MentionKind.PLURAL  # 逃出的人说起自己被拘的事: the group
            self.table.mentions.append(Mention(match.start(), match.end(), pronoun_kind))
        counted = sorted(
            [*COUNTED_PERSONS.finditer(folded), *RELEASED_COUNTED_PERSONS.finditer(folded)],
            key=lambda match: match.start(),
        )
        for match in counted:
            count = number_or_none(match["count"])
            self.table.mentions.append(
                Mention(match.start(), match.end(), MentionKind.PLURAL, count=count)
            )
        self.collect_descriptions()
        self.collect_former_and_latter()
        self.collect_described_then_named()
        self.collect_described_then_named_after()
        self.collect_owned_people()
        self.collect_counted_households()
        self.table.mentions.sort(key=lambda mention: mention.start)

    def collect_former_and_latter(self) -> None:
        """Collect 前者 and 后者 as the first and the second of two persons joined just before
        (艾山和阿里木都被判刑，前者被判15年，后者被判8年), in their sentence or the one before."""
        folded = self.context.folded
        for match in FORMER_OR_LATTER.finditer(folded):
            window_start = self.context.paragraph_window(match.start(), sentences_back=1)
            before = [
                span
                for span in self.context.person_spans
                if window_start <= span[0] < match.start()
            ]
            pairs = [
                (first, second)
                for first, second in zip(before, before[1:], strict=False)
                if RELATION_PATTERN.sub("", folded[first[1] : second[0]]).strip()
                in {"和", "与", "及", "以及", "、"}
                and first[2] != second[2]
            ]
            if not pairs:
                continue
            first, second = pairs[-1]
            name = first[2] if match.group() == "前者" else second[2]
            self.table.mentions.append(
                Mention(match.start(), match.end(), MentionKind.PERSON, person=name)
            )

    def collect_described_then_named(self) -> None:
        """Collect a person first told of by a description and named later by the same words
        (一名维吾尔教师被判处十二年徒刑……这位名叫艾山的维吾尔教师): the description is that
        person, where no other mention covers it."""
        folded = self.context.folded
        taken = [(m.start, m.end) for m in self.table.mentions]
        names = {start: name for start, _, name in self.context.person_spans}
        for match in NAMED_DESCRIPTION.finditer(folded):
            name = names.get(match.start("name"))
            if name is None or len(name) < match.end("name") - match.start("name"):
                continue  # 名叫 must be followed by the whole of a found name
            # The description's end is not marked: the longest opening of it told before that
            # ends with a word (教师, not the 维吾尔 of 维吾尔族学生 and 维吾尔教师).
            words = match["description"]
            earlier: list[re.Match[str]] = []
            for length in range(len(words), 1, -1):
                if not any(
                    words[length - size : length] in known_words()
                    and words[length - size : length] not in ETHNICITY_WORDS
                    for size in (2, 3)
                ):
                    continue
                told = ONE_DESCRIBED + re.escape(words[:length])
                earlier = list(re.finditer(told, folded[: match.start()]))
                if earlier:
                    break
            for found in earlier:
                start, end = found.start() + 2, found.end()
                if not any(s < end and start < e for s, e in taken):
                    self.table.mentions.append(Mention(start, end, MentionKind.PERSON, person=name))

    def collect_described_then_named_after(self) -> None:
        """Collect a person first told of as one of a description (一名从新疆逃出的哈萨克族青年被
        拘留) and named later right after its head noun (该青年叫艾山, 哈萨克族青年艾山): the
        nearest such description before is that person, in place of the group it names."""
        folded = self.context.folded
        for start, _, name in self.context.person_spans:
            naming = DESCRIPTION_BEFORE_NAME.search(folded, max(0, start - 12), start)
            if naming is None or ANOTHER_BEFORE.search(folded, 0, naming.start()):
                continue
            head = naming["head"] or naming["ethnic_head"]
            told = list(
                re.finditer(DESCRIBED_ONE_BEFORE + re.escape(head), folded[: naming.start()])
            )
            if not told:
                continue
            described = told[-1]
            inside = [
                m for m in self.table.mentions if described.start() <= m.start < described.end()
            ]
            if any(m.kind != MentionKind.GROUP for m in inside):
                continue  # told of otherwise already (一名律师的妻子: the wife)
            for mention in inside:
                self.table.mentions.remove(mention)
            self.table.mentions.append(
                Mention(
                    described.end() - len(head), described.end(), MentionKind.PERSON, person=name
                )
            )

    def collect_owned_people(self) -> None:
        """Collect counted people a person has who are no kin (他的两名助手分别被判), so that
        their events are not given to the person before them."""
        taken = [(m.start, m.end) for m in self.table.mentions]
        # Uncounted ones too, after a pronoun (他的邻居被抓走了: not he).
        owned = [*OWNED_PEOPLE.finditer(self.context.folded)]
        owned += OWNED_ASSOCIATES.finditer(self.context.folded)
        for match in owned:
            start, end = match.start("noun"), match.end("noun")
            if match["noun"] in RELATIONS or any(s < end and start < e for s, e in taken):
                continue
            self.table.mentions.append(Mention(start, end, MentionKind.OTHERS))

    def collect_counted_households(self) -> None:
        """Collect the people counted in a named person's household (艾山家中有五人被捕) as that
        many of the person's relatives, so that the event is theirs, not the person's. The
        mention opens at the count, apart from the name, and so is never joined to it."""
        folded = self.context.folded
        for _, end, name in self.context.person_spans:
            counted = HOUSEHOLD_COUNT_AFTER.match(folded, end)
            if counted is None:
                continue
            self.table.mentions.append(
                Mention(
                    counted.start("counted"),
                    counted.end("counted"),
                    MentionKind.RELATIVE,
                    person=name,
                    relation="relative",
                    count=number_or_none(counted["count"]),
                )
            )

    def collect_descriptions(self) -> None:
        """Collect persons referred to again by a description (该男子, 身体不佳的老人), as
        pronouns, where no other mention covers them."""
        taken = [(m.start, m.end) for m in self.table.mentions]
        for match in DESCRIBED_AGAIN.finditer(self.context.folded):
            noun = match.start(
                next(group for group in ("noun", "bare", "cleric", "held") if match[group])
            )
            if any(start < match.end() and noun < end for start, end in taken):
                continue
            if self.context.document.owner_at(noun) is not None:
                continue
            self.table.mentions.append(Mention(noun, match.end(), MentionKind.PRONOUN))
        for match in PARENT_OF_CHILDREN.finditer(self.context.folded):
            if match["this"]:
                self.table.mentions.append(
                    Mention(match.start("noun"), match.end(), MentionKind.PRONOUN)
                )

    def relative_seeing(
        self, start: int, owner_start: int, word: str, kind: OwnerKind
    ) -> tuple[str, str | None] | None:
        """Return (X, None) where a relation word is said from the side of X's unnamed relative,
        and names X: 艾山的儿子透露，父亲去年获释 (the son speaks of his father); 古丽的女儿……呼吁
        释放她的母亲 (她 is the daughter, the last one named in the sentence). Return (X, R)
        where it names X's relative R (his daughter's 叔叔 is his brother: SEEN_THROUGH)."""
        folded = self.context.folded
        relation = RELATIONS[word]
        sentence = self.context.sentence_of(start)
        earlier = [
            m
            for m in self.table.mentions
            if m.kind in {MentionKind.PERSON, MentionKind.RELATIVE}
            and sentence.start <= m.start
            and m.end <= owner_start
            # not one the seer already spoke of (艾山的妻子说，丈夫被捕后，公婆…)
            and not (m.kind == MentionKind.PERSON and m.relation_word)
        ]
        seer = earlier[-1] if earlier else None
        if seer is None or seer.kind != MentionKind.RELATIVE or seer.person is None:
            return None
        seen = seer.person
        through = SEEN_THROUGH.get((seer.relation or "", word))
        if through:
            through_relation, seen_sex = through
            if self.table.gender.get(seen, seen_sex) != seen_sex:
                return None  # a daughter's 叔叔 is her father's brother, not her mother's
        elif relation not in INVERSE_RELATIONS.get(seer.relation or "", ()):
            return None
        owned_by_name = self.relation_anchor(seer.start)[0] == OwnerKind.PERSON
        if kind == OwnerKind.PRONOUN:
            seer_sex = RELATION_SEX.get(folded[seer.start : seer.end])
            pronoun_sex = PRONOUN_SEX.get(folded[owner_start])
            if seer_sex is None or pronoun_sex != seer_sex:
                return None  # 艾山的儿子说，她的母亲: 她 is not the son
            if not owned_by_name and self.table.gender.get(seen) in {None, pronoun_sex}:
                # 约买尔，他的两个哥哥……，他的两个姐姐: 他 is still the owner; but in 其妻……。
                # 他的女儿……释放她的父亲, 她 cannot be the man.
                return None
        else:
            # A relative who speaks, owned by a name or a pronoun (他的妹妹说，哥哥下落不明).
            speech = SPEAKER_AFTER.match(folded, seer.end)
            if not speech or speech.end() > start:
                return None  # only a relative who speaks sees the bare word from his side
        if through:
            return seen, through_relation
        sex = SEXED_RELATIONS.get(relation)
        if sex and self.table.gender.get(seen, sex) != sex:
            return None  # 父亲 cannot be a woman
        return seen, None

    def owner_of_relative_before(self, position: int) -> str | None:
        """Return whose relative was last named in the sentence before position."""
        sentence = self.context.sentence_of(position)
        return next(
            (
                m.person
                for m in reversed(self.table.mentions)
                if m.kind == MentionKind.RELATIVE and sentence.start <= m.start < position
            ),
            None,
        )

    def mention_starting(self, start: int) -> Mention | None:
        """Return the mention found so far that starts at start, if any."""
        return next((m for m in reversed(self.table.mentions) if m.start == start), None)

    def further_relative_listed_before(self, start: int) -> Mention | None:
        """Return the relative of a relative (丈夫的哥哥, 自己的哥哥 said of a father) that a bare
        kin word at start is listed right after, else None."""
        gap_start = start - 1 if self.context.folded[start - 1 : start] in LIST_JOINERS else start
        for mention in self.table.mentions:
            if (
                mention.end == gap_start
                and mention.kind == MentionKind.RELATIVE
                and mention.relation == "relative"
                and mention.relation_word is None
            ):
                return mention
        return None

    def last_person_mention_before(self, position: int) -> Mention | None:
        """Return the last mention, not a group, of the sentence of position that ends before it."""
        sentence_start = self.context.sentence_of(position).start
        earlier = [
            m
            for m in self.table.mentions
            if sentence_start <= m.start and m.end <= position and m.kind != MentionKind.GROUP
        ]
        return max(earlier, key=lambda m: m.start, default=None)

    def reflexive_relative(self, owner_start: int) -> Mention | None:
        """Return the unnamed relative a 自己 owning a kin word stands for: the last mention of
        its sentence before it, where that is a relative (古丽的父亲说自己的哥哥), else None."""
        if not self.context.folded.startswith("自己", owner_start):
            return None
        last = self.last_person_mention_before(owner_start)
        return last if last is not None and last.kind == MentionKind.RELATIVE else None

    def relative_owning_qi(self, owner_start: int) -> Mention | None:
        """Return the unnamed relative a 其 joined by 和, 与, 及, 同 or 跟 and owning a kin word
        stands for: the last mention of its sentence before it, where that is a relative (她的儿媳
        获释，但与其子女被软禁, 古丽的哥哥及其妻子: the daughters-in-law's children, the
        brother's wife), else None. Not 另有其表妹: that 其 is the sentence's topic."""
        folded = self.context.folded
        if (
            folded[owner_start : owner_start + 1] != "其"
            or folded[owner_start - 1] not in "和与及同跟"
        ):
            return None
        last = self.last_person_mention_before(owner_start)
        if last is None or last.kind != MentionKind.RELATIVE or last.relation == "family":
            return None
        return last

    def coordinated_anchor(self, start: int, relation: str) -> str | None:
        """Return the owner of a relative of the same generation, named just before and joined
        to this kin word by 和 or 、 (姐姐古丽娜和哥哥艾山: both are the same person's), or None.
        Across generations (父亲X和儿子Y) the second may be the first one's."""
        if start < 1 or self.context.folded[start - 1] not in "和与及、":
            return None
        generation = KIN_GENERATIONS.get(relation)
        for person_start, person_end, named in self.context.person_spans:
            if person_end != start - 1:
                continue
            anchor = self.table.appositions.get(person_start)
            named_relations = {
                RELATIONS.get(key, key)
                for (owner, key), person in self.table.named_relatives.items()
                if owner == anchor and person == named
            }
            if generation and {KIN_GENERATIONS.get(r) for r in named_relations} == {generation}:
                return anchor
        return None

    def named_as(self, relation: str) -> set[str]:
        """Return the persons the text named as someone's relative of this relation."""
        return {
            named
            for (_, key), named in self.table.named_relatives.items()
            if RELATIONS.get(key, key) == relation
        }

    def in_law(self, anchor: str, word: str) -> str | None:
        """Return the named relative whose spouse an in-law word names (弟媳: the brother)."""
        via = IN_LAWS.get(word)
        if via is None:
            return None
        named = {
            person
            for (owner, key), person in self.table.named_relatives.items()
            if owner == anchor and RELATIONS.get(key, key) == via
        }
        return named.pop() if len(named) == 1 else None

    def add_named_relative(self, anchor: str, word: str, named: str) -> None:
        """Record that anchor's relative is named, and the relation seen from the other side."""
        relation = RELATIONS[word]
        self.table.named_relatives.setdefault((anchor, kin_key(word)), named)
        sex = self.table.gender.get(anchor)
        for inverse in INVERSE_RELATIONS.get(relation, ()):
            if sex is None or SEXED_RELATIONS.get(inverse, sex) == sex:
                self.table.inverse_relatives.setdefault((named, inverse), anchor)

    def is_lead_of_pronoun(self, position: int) -> bool:
        """Return whether no person is named before position and a 他 or 她 stands earlier in
        its sentence: a lead that speaks of someone the story names only later."""
        if any(start < position for start, _, _ in self.context.person_spans):
            return False
        sentence = self.context.sentence_of(position)
        return (
            re.search(r"[他她](?!们)", self.context.folded[sentence.start : position]) is not None
        )

    def seen_by_pronouns_kin(self, start: int, relation: str) -> bool:
        """Return whether a bare kin word at start follows, in its sentence, a kin word owned by
        他 or 她 whose one speaks (他的女儿与记者分享, 她的儿子说) and sees this kin from its side:
        the daughter's father is the one the pronoun stands for."""
        folded = self.context.folded
        sentence = self.context.sentence_of(start)
        for seer in RELATION_PATTERN.finditer(folded, sentence.start, start):
            speech = SPEAKER_AFTER.match(folded, seer.end())
            if (
                re.search(r"[他她]的?$", folded[max(0, seer.start() - 2) : seer.start()])
                and speech is not None
                and speech.end() <= start
                and relation in INVERSE_RELATIONS.get(RELATIONS[seer.group()], ())
            ):
                return True
        return False

    def partner_named_after(self, end: int) -> tuple[int, int, str] | None:
        """Return the person joined by 和, 与 or 、 right after a name that ends at end."""
        joined = re.match(r"[和与及、]", self.context.folded[end : end + 1])
        return self.context.person_starting_near(end + 1, 0) if joined else None

    def add_further_relative(
        self, start: int, end: int, anchor: str | None, count: int | None
    ) -> None:
        """Add a relative of a relative (丈夫的弟弟, 自己的哥哥 after 父亲): keyed "relative" of
        the one who owns the nearer kin word, as GOLD.md keys in-laws and uncles."""
        self.table.mentions.append(
            Mention(
                start,
                end,
                MentionKind.RELATIVE,
                person=anchor,
                relation="relative",
                count=count if count and count > 1 else None,
            )
        )

    def many_people_before(self, position: int) -> bool:
        """Return whether the clause before position opens with many people of an ethnic group
        (不少在外的哈萨克人与家人失联) and names no person after them."""
        group = self.last_group_before(position)
        return group is not None and self.is_many_named_alone(group, position)

    def group_owns_kin_at(self, position: int) -> bool:
        """Return whether kin at position are those of people of a group before them in their
        sentence: many of them with no person named after (many_people_before), or people, not
        one person of a people, in a sentence that names no person at all (号召海外的维吾尔人
        展示失踪的亲人照片: their relatives, not those of a person of an earlier sentence)."""
        group = self.last_group_before(position)
        if group is None:
            return False
        folded = self.context.folded
        return self.is_many_named_alone(group, position) or (
            bool(group["noun"])
            and group["noun"] not in INDIVIDUAL_NOUNS  # 一名维吾尔妇女
            and not SINGLE_BEFORE.search(folded, max(0, group.start() - 14), group.start())
            and self.context.person_in_sentence(position) is None
        )

    def last_group_before(self, position: int) -> re.Match[str] | None:
        """Return the last people of a group named before position in its sentence, or None."""
        sentence = self.context.sentence_of(position)
        groups = list(GROUP_PATTERN.finditer(self.context.folded, sentence.start, position))
        return groups[-1] if groups else None

    def is_many_named_alone(self, group: re.Match[str], position: int) -> bool:
        """Return whether a group before position is said to be many (不少, 许多) and no
        person is named between it and position."""
        sentence = self.context.sentence_of(position)
        many = MANY_BEFORE.search(
            self.context.folded, max(sentence.start, group.start() - 12), group.start()
        )
        return bool(many) and not any(
            group.end() <= start < position for start, _, _ in self.context.person_spans
        )

    def speaker_earlier_in_sentence(self, position: int) -> str | None:
        """Return a person named before position in its sentence as the one speaking (艾山说，
        据艾山介绍，), or None."""
        sentence = self.context.sentence_of(position)
        for start, end, name in reversed(self.context.person_spans):
            if (
                sentence.start <= start
                and end <= position
                and SPEAKER_AFTER.match(self.context.folded, end)
            ):
                return name
        return None

    def person_described(self, start: int) -> str | None:
        """Return the person a people after 是 describes: the one named last before it in its
        clause (古丽是持土耳其护照的维吾尔族人), or None."""
        folded = self.context.folded
        if not PREDICATE_BEFORE.search(folded, max(0, start - 12), start):
            return None
        sentence = self.context.sentence_of(start)
        clause_start, _ = self.context.clause_bounds(start, sentence)
        named = [
            (person_start, name)
            for person_start, _, name in self.context.person_spans
            if clause_start <= person_start < start
        ]
        return max(named)[1] if named else None

    def group_is_clause_subject(self, position: int) -> bool:
        """Return whether a group is the last one named before position in its sentence, with
        no person named after it: the reflexive 自己 then binds to that group, not to a person
        of an earlier sentence (不少逃出的人都说起自己被拘的经过)."""
        sentence = self.context.sentence_of(position)
        groups = [
            mention
            for mention in self.table.mentions
            if mention.kind == MentionKind.GROUP and sentence.start <= mention.start < position
        ]
        if not groups:
            return False
        last = max(groups, key=lambda mention: mention.start)
        return not any(last.end <= start < position for start, _, _ in self.context.person_spans)

    def recent_topic(self, position: int) -> str | None:
        """Return the person last named, if named in this sentence or the two before it (not
        counting subheadings).

        A person named inside what a speaker tells (古丽说，除了女儿阿依以外……) is not the topic:
        the speaker is, as a bare kin word after it is the speaker's (二儿子 is 古丽's son).
        """
        index = self.context.sentence_index(position) or 0
        sentences = self.context.sentences
        back = index
        for _ in range(2):
            back -= 1
            # Subheadings between (Hong Kong features put one before each part) do not count.
            while back > 0 and self.context.is_headline(sentences[back].start):
                back -= 1
        window_start = sentences[max(0, back)].start if sentences else 0
        recent = [
            (start, end, name)
            for start, end, name in self.context.person_spans
            if window_start <= start < position
        ]
        if not recent:
            return None
        folded = self.context.folded
        for start, end, name in reversed(recent):
            if not SPEAKER_AFTER.match(folded, end):
                continue
            told = self.context.sentence_of(start)
            if all(told.start <= s and e <= told.end for s, e, _ in recent if s > start) and (
                told.end < position
            ):
                return name  # the speaker of the sentence that named the others
            break
        addressed = self.table.addressed_after_subject([start for start, _, _ in recent])
        # 古丽向负责人艾山求助。她说，父母…: the one who turned to him, not he.
        return next(
            (name for start, _, name in reversed(recent) if start not in addressed), recent[-1][2]
        )

    def add_kin_naming(self, start: int, end: int, person: str, relation: str) -> None:
        """Add a kin word that stands for a person the story names (哥哥 once 她的哥哥艾山)."""
        self.table.mentions.append(
            Mention(start, end, MentionKind.PERSON, person=person, relation_word=relation)
        )

    def same_relation_before(self, position: int, relation: str) -> Mention | None:
        """Return the mention that the same relation word resolved to earlier in the sentence."""
        sentence = self.context.sentence_of(position)
        for mention in reversed(self.table.mentions):
            if sentence.start <= mention.start < position and mention.relation_word == relation:
                return mention
        return None

    def co_owner(self, owner_start: int) -> str | None:
        """Return the person listed right before the owner of a relation word (艾山和古丽的父母:
        艾山), who owns the relatives too, or None."""
        if owner_start < 2 or self.context.folded[owner_start - 1] not in LIST_JOINERS:
            return None
        return next(
            (name for _, end, name in self.context.person_spans if end == owner_start - 1), None
        )

    def is_relation_use(self, match: re.Match[str]) -> bool:
        """Return whether a relation word is used as one (not 父 in 父权, 一家 in 一家公司)."""
        word = match.group()
        folded = self.context.folded
        if len(word) == 1:
            # 他父亲的父 or a list of single kin characters (父、母和弟弟), not 父权 or 母语.
            return folded[max(0, match.start() - 1) : match.start()] in set("的我他她其") or bool(
                LISTED_KIN.match(folded, match.start())
                or LISTED_KIN.match(folded, max(0, match.start() - 2))
            )
        if any(
            epithet.start() <= match.start() < epithet.end()
            for epithet in PARENT_OF_CHILDREN.finditer(
                folded, max(0, match.start() - 12), match.end() + 4
            )
        ):
            return False  # 两个孩子的母亲 describes a parent (collect_descriptions)
        if word in {"一家", "全家"}:
            return bool(re.match(rf"(?:{NUMBER})口|人", folded[match.end() : match.end() + 3]))
        name_ends = {end for _, end, _ in self.context.person_spans}
        if word in COUPLE_WORDS and match.start() not in name_ends:
            return False  # 这对夫妇, 年轻夫妻: a couple, not the spouse of someone named
        if word in MEMBERS_WORDS and self.ends_list_of_names(match.start()):
            return False  # X、Y兄妹二人: the names listed are the siblings, no one else
        if word == "家庭" and HOUSEHOLD_THING_AFTER.match(folded, match.end()):
            return False  # 家庭住址, 家庭安全: the home's address or security, not the family
        if DOER_AFTER.match(folded, match.end()):
            return False  # 与境外亲戚通话者: those who call relatives, not the relatives
        if word in {"家庭", "家属", "亲属", "亲人"}:
            # Without an owner (27个家庭, 被关押人员的家属) these mean families in general.
            kind, _, _ = self.relation_anchor(match.start())
            return kind != OwnerKind.BARE or word != "家庭"
        return True

    def ends_list_of_names(self, position: int) -> bool:
        """Return whether two or more names joined by 、, 和, 与 or 及 end at position.

        A name may carry its Latin form after it and an age before it (43岁的艾山(Hasan)和
        37岁的吐尔逊(Tursun)兄弟俩).
        """
        folded = self.context.folded
        ends = {end: start for start, end, _ in self.context.person_spans}
        start = ends.get(gloss_start(folded, position))
        if start is None:
            return False
        age = AGE_BEFORE_NAME.search(folded, max(0, start - 8), start)
        start = age.start() if age else start
        if start < 2 or folded[start - 1] not in "、和与及":
            return False
        return gloss_start(folded, start - 1) in ends

    def relation_count(self, start: int, end: int, word: str) -> int | None:
        """Return the count a relation word is given (两个哥哥 -> 2, 一家五口 -> 5)."""
        if word in {"一家", "全家"}:
            after = re.match(rf"(?P<count>{NUMBER})口", self.context.folded[end : end + 4])
            return number_or_none(after["count"]) if after else None
        found = COUNT_BEFORE.search(self.context.folded[max(0, start - 6) : start])
        return number_or_none(found["count"]) if found else None

    def collect_groups(self) -> None:
        """Collect groups: an ethnonym with a word for people, or citizens of a republic."""
        folded = self.context.folded
        for match in CITIZEN_GROUP.finditer(folded):
            # 哈萨克籍公民: citizens of a Central Asian republic, counted as its people.
            if any(
                match.start() <= start < match.end() + 4
                for start, _, _ in self.context.person_spans
            ):
                continue
            people, country = CITIZEN_COUNTRIES[match["country"]]
            self.table.mentions.append(
                Mention(
                    match.start(), match.end(), MentionKind.GROUP, ethnicity=people, place=country
                )
            )
        for match in GROUP_PATTERN.finditer(folded):
            if not self.context.document.is_free(match.start(), match.end()) and not (
                self.context.document.owner_at(match.start()) == "place"
                and (
                    LISTED_AFTER_ANOTHER.search(folded[max(0, match.start() - 8) : match.start()])
                    # 哈萨克斯坦族人: the country read as a place, and 族 after it the people.
                    or match["ethnic"].endswith("斯坦族")
                )
            ):
                continue
            if any(
                match.end() <= start <= match.end() + 4
                and not CLAUSE_BREAK.search(folded, match.end(), start)
                for start, _, _ in self.context.person_spans
            ):
                continue  # 哈萨克人努尔兰, 哈萨克人公民努尔兰: describes a named person
            ethnic_word = match["ethnic"]
            noun = match["noun"] or ""
            if (
                not noun
                and ethnic_word not in BARE_GROUP_WORDS
                and not LISTED_WITH_ANOTHER.match(folded, match.end())
            ):
                continue  # an adjective: 维吾尔文化
            after = match.end() + (1 if folded.startswith("的", match.end()) else 0)
            if folded[after : after + 2] in ADJECTIVE_USES or (
                noun == "人" and folded.startswith("权", match.end())
            ):
                continue  # 维吾尔文化, 哈萨克族的身份, 维吾尔人权项目 (人 of 人权)
            ethnicity = GROUP_ETHNICITIES[ethnic_word]
            if ethnicity is None:
                # 被关押的穆斯林中有不少是维吾尔族: the people most or many of them are said to be.
                ethnicity = self.people_stated_after(match.end())
                if ethnicity is None and (many := MANY_OF_THEM_AFTER.match(folded, match.end())):
                    said = GROUP_PATTERN.match(folded, many.end())
                    ethnicity = GROUP_ETHNICITIES[said["ethnic"]] if said else None
            before = folded[max(0, match.start() - 4) : match.start()]
            # A short modifier may stand between the count and the people: 30名外籍哈萨克族商人.
            counted = re.search(
                rf"(?P<count>{NUMBER})多?[名个位](?:[^，。、的\d]{{1,4}}的?)?$",
                folded[max(0, match.start() - 10) : match.start()],
            )
            plural = (
                bool(match["plural"])
                or bool(
                    re.search(
                        r"部分$|些$|多$|很多$|许多$|大批$|一批$|大量$|[多数几][名位个]$", before
                    )
                )
                or bool(counted and (number_or_none(counted["count"]) or 0) > 1)
                or bool(
                    PLURAL_AFTER.match(folded, match.end())
                    and not SINGLE_BEFORE.search(folded, max(0, match.start() - 14), match.start())
                )
                # 这些被捕的维族学生: a relative clause between the plural word and the people.
                or bool(
                    PLURAL_BEFORE_CLAUSE.search(folded, max(0, match.start() - 14), match.start())
                )
            )
            if not plural and (describer := self.person_described(match.start())):
                self.table.mentions.append(
                    Mention(match.start(), match.end(), MentionKind.PERSON, person=describer)
                )
                continue
            single = bool(SINGLE_BEFORE.search(folded, max(0, match.start() - 14), match.start()))
            if noun in INDIVIDUAL_NOUNS and not plural:
                # 阿米娜是一位维族妇女: the person named in the sentence; else the story's main
                # person of that people (维吾尔妇女被判刑, 一位维族妇女), but not for a kind of
                # people a clause describes and no count makes one (逮捕来自中国的维族学生).
                kind_described = folded[match.start() - 1 : match.start()] == "的" and not single
                # Not the one whose words tell of them (艾山说，村里的哈萨克族牧民被关进了教育营;
                # 据艾山说，在喀什，维吾尔商人被抓): people of a kind, of a place, are a group.
                speaker = (
                    None  # 她是当地的维吾尔族妇女: they describe someone
                    if PREDICATE_BEFORE.search(folded, max(0, match.start() - 12), match.start())
                    else self.speaker_earlier_in_sentence(match.start())
                )
                named = self.context.person_in_sentence(match.start())
                person = (
                    None
                    if speaker and (kind_described or named == speaker)
                    else named or (None if kind_described else self.context.main_person(ethnicity))
                )
                if person:
                    self.table.mentions.append(
                        Mention(match.start(), match.end(), MentionKind.PERSON, person=person)
                    )
                    continue
            place = self.group_place(match.start())
            if (
                place is None
                and ethnicity
                and not GROUP_QUALIFIERS_ABROAD.search(
                    folded, max(0, match.start() - 20), match.start()
                )
            ):
                place = self.place_of_named_group(ethnicity, match.start())
            if ethnicity is None and re.search(r"(?:这个|这一|该|这些)$", before):
                # 这个少数民族: the people named just before.
                earlier = self.earlier_group(match.start())
                if earlier and earlier.ethnicity:
                    ethnicity, place = earlier.ethnicity, earlier.place
            elif not plural and single:
                continue  # 一位年过七旬的哈萨克族退休公务员: one person, not a group
            self.table.mentions.append(
                Mention(
                    match.start(), match.end(), MentionKind.GROUP, ethnicity=ethnicity, place=place
                )
            )
        for match in MASS_GROUP.finditer(folded):
            if self.context.document.is_free(match.start(), match.end()):
                # 数十万穆斯林，其中多数为哈萨克族: the people the words after the count state.
                stated_people = self.people_stated_after(match.end())
                self.table.mentions.append(
                    Mention(match.start(), match.end(), MentionKind.GROUP, ethnicity=stated_people)
                )
        self.collect_unnamed_groups()
        self.collect_partitives()
        for match in HELD_COUNT.finditer(folded):
            # 南疆各营人数已过十万: those held, of no stated people, where the camps are.
            self.add_placed_group(match.start(), match.end())
        for match in VILLAGERS.finditer(folded):
            # 全村村民都被带走: the villagers, a group of no stated people, unless they are the
            # ones telling it (村里的人说).
            if self.context.document.is_free(match.start(), match.end()) and not SPEECH.match(
                folded, match.end()
            ):
                self.add_placed_group(match.start(), match.end(), self.village_people())
        for match in PROTESTERS.finditer(folded):
            self.add_placed_group(match.start(), match.end())
        for unit in self.context.places:
            residents = PLACE_RESIDENTS.match(folded, unit.end)
            # 喀什的居民被带走: residents of that place, unless they are the ones telling it or
            # the words describe one person (新源县的牧民艾山, 他是喀什的居民, 一位喀什居民).
            if (
                residents is not None
                and unit.key.startswith("CN-")
                and self.context.person_starting_near(residents.end()) is None
                and not PREDICATE_BEFORE.search(folded, max(0, unit.start - 12), unit.start)
                and not SINGLE_BEFORE.search(folded, max(0, unit.start - 14), unit.start)
                and self.context.document.is_free(residents.start("noun"), residents.end())
                and not SPEECH.match(folded, residents.end())
                and not self.table.starting_in(
                    residents.start("noun"), residents.end(), {MentionKind.GROUP}
                )
            ):
                self.add_placed_group(residents.start("noun"), residents.end())
        for match in LOCAL_RESIDENTS.finditer(folded):
            if (
                self.context.document.is_free(match.start(), match.end())
                and self.context.person_starting_near(match.end()) is None
                and not PREDICATE_BEFORE.search(folded, max(0, match.start() - 12), match.start())
                and not SINGLE_BEFORE.search(folded, max(0, match.start() - 14), match.start())
                and not SPEECH.match(folded, match.end())
                and not self.table.starting_in(match.start(), match.end(), {MentionKind.GROUP})
            ):
                self.add_placed_group(match.start(), match.end())

        for match in ORDERED_RESIDENTS.finditer(folded):
            # 塔城警方要求居民上缴护照: the residents of the unit whose office orders them.
            start = match.start("noun")
            place = self.ordering_unit(start)
            if (
                place is not None
                and self.context.document.is_free(start, match.end())
                and not self.table.starting_in(start, match.end(), {MentionKind.GROUP})
            ):
                self.table.mentions.append(
                    Mention(start, match.end(), MentionKind.GROUP, place=place)
                )

    def ordering_unit(self, start: int) -> str | None:
        """Return the unit of China whose office (石河子公安局, 伊犁警方) or offices of its parts
        (新疆多地) are named last before start in its sentence, if any."""
        folded = self.context.folded
        sentence = self.context.sentence_of(start)
        for mention in reversed(self.context.places):
            if (
                sentence.start <= mention.start
                and mention.end <= start
                and mention.key.startswith("CN-")
                and (
                    AGENT_AFTER_PLACE.match(folded, mention.end)
                    or UNITS_PARTS_AFTER.match(folded, mention.end)
                )
            ):
                return mention.key
        return None

    def add_placed_group(self, start: int, end: int, ethnicity: str | None = None) -> None:
        """Add a group of no stated people (or of ethnicity), placed by the unit of China before
        it."""
        self.table.mentions.append(
            Mention(
                start, end, MentionKind.GROUP, ethnicity=ethnicity, place=self.group_place(start)
            )
        )

    def village_people(self) -> str | None:
        """Return the people the story says a village is of (那个村子…住的都是哈萨克族),
        if it says so once and of one people."""
        folded = self.context.folded
        peoples = {
            GROUP_ETHNICITIES[people["ethnic"]]
            for stated in VILLAGE_PEOPLE_STATED.finditer(folded)
            if (people := GROUP_PATTERN.match(folded, stated.end())) and people["noun"]
        }
        return peoples.pop() if len(peoples) == 1 else None

    def group_place(self, start: int) -> str | None:
        """Return the home of a group starting at start, from a unit of China before it."""
        folded = self.context.folded
        abroad = self.country_before(start) or self.country_lived_in_before(start)
        if abroad:
            return abroad
        window = folded[max(0, start - 20) : start]
        if GROUP_QUALIFIERS_ABROAD.search(window):
            return None
        for mention in reversed(self.context.places):
            if start - 20 <= mention.end <= start and not CLAUSE_BREAK.search(
                folded, mention.end, start
            ):
                if folded.startswith("籍", mention.end):
                    # 新疆籍留学生 (held in Egypt): where they are registered, not where they live.
                    return None
                # 中国当局围捕维吾尔人: the place is the agent's, not the group's. Only a unit
                # of China (新疆的哈萨克人) reliably is the group's home; a country before a
                # group more often is a speaker's or agent's (美国称维吾尔人…), and 中国 is
                # vaguer than annotators write (cross-validated).
                if not AGENT_AFTER_PLACE.match(folded, mention.end) and mention.key.startswith(
                    "CN-"
                ):
                    return mention.key
                break
        return self.framing_place(start)

    def framing_place(self, start: int) -> str | None:
        """Return a unit of China that opens the group's sentence as its frame, before a comma
        (在伊犁地区，许多哈萨克族家庭…), after a date that opens it (去年在塔城，…)."""
        folded = self.context.folded
        sentence = self.context.sentence_of(start)
        opening = (
            sentence.start
            + len(folded[sentence.start : sentence.end])
            - len(folded[sentence.start : sentence.end].lstrip())
        )
        for date in self.context.dates:
            if date.start == opening:
                opening = date.end  # 去年在新疆塔城，…
        if not LOCATIVE_FRAME.match(folded, opening):
            return None
        for mention in self.context.places:
            if sentence.start <= mention.start and mention.end < start:
                if CLAUSE_BREAK.match(folded, mention.end):
                    return mention.key if mention.key.startswith("CN-") else None
                if CLAUSE_BREAK.search(folded, sentence.start, mention.start):
                    return None
        return None

    def place_of_named_group(self, ethnicity: str, start: int) -> str | None:
        """Return the home in China of the last group of this people named in the paragraph,
        up to two sentences back: 有哈萨克人说… after 伊犁的哈萨克人 are of Ili too."""
        window_start = self.context.paragraph_window(start, sentences_back=2)
        for mention in reversed(self.table.mentions):
            if (
                mention.kind == MentionKind.GROUP
                and window_start <= mention.start < start
                and mention.ethnicity == ethnicity
                and mention.place
            ):
                return mention.place if mention.place.startswith("CN-") else None
        return None

    def earlier_group(self, position: int, sentences_back: int = 2) -> Mention | None:
        """Return the last group named in this sentence or the ones before it."""
        index = self.context.sentence_index(position) or 0
        window_start = (
            self.context.sentences[max(0, index - sentences_back)].start
            if self.context.sentences
            else 0
        )
        groups = self.table.starting_in(window_start, position, {MentionKind.GROUP})
        if not groups:
            return None
        last = max(groups, key=lambda m: m.start)
        # 维吾尔族和其他突厥裔穆斯林……这些人: the people named, as keep_specific_groups keeps them.
        listed = [
            m for m in groups if m.ethnicity and last.ethnicity is None and last.start - 8 <= m.end
        ]
        return max(listed, key=lambda m: m.start) if listed else last

    def country_lived_in_before(self, start: int) -> str | None:
        """Return the foreign country a group is said to live in, in the words just before it
        (定居哈萨克斯坦的几位新疆哈萨克人: KZ, not 新疆)."""
        folded = self.context.folded
        for mention in reversed(self.context.places):
            if mention.end > start:
                continue
            if start - mention.end > 10:
                return None
            if (
                "/" not in mention.key
                and not mention.key.startswith("CN")
                and re.fullmatch(r"的[^，,。；;]*", folded[mention.end : start])
                and LIVING_IN_BEFORE.search(folded, max(0, mention.start - 4), mention.start)
            ):
                return mention.key
        return None

    def country_before(self, start: int) -> str | None:
        """Return the foreign country a group lives in, written just before it with 的
        (在哈萨克斯坦的哈萨克人, 澳洲的维吾尔人); not 中国, vaguer than annotators write."""
        for mention in reversed(self.context.places):
            if mention.end > start:
                continue
            between = self.context.folded[mention.end : start]
            if between in {"的", "境内的"} and "/" not in mention.key and mention.key != "CN":
                return None if mention.key.startswith("CN-") else mention.key
            return None
        return None

    def people_stated_after(self, end: int, next_clause_only: bool = False) -> str | None:
        """Return the people that words after counted or uncounted people ending at end say
        they are, most or all of them: right after them (20名学生全部是哈萨克族), or opening the
        next clause of the sentence (有4人被带走，大多是维族青年; 其中多数为哈萨克族牧民), a
        clause ending in 的 allowed before the people (其中许多人都是在集市上摆摊的维吾尔人).
        With next_clause_only, only the next clause counts: 两人是哈萨克公民 after two named
        persons describes them."""
        folded = self.context.folded
        stated = None if next_clause_only else PEOPLE_STATED_AFTER.match(folded, end)
        if stated is None:
            clause_end = NOT_A_BREAK.match(folded, end)
            later = PEOPLE_STATED_AFTER.match(folded, clause_end.end()) if clause_end else None
            # A bare 是 or 为 opening the clause says something else (，是为了…).
            if later is None or not later.group().startswith(("，", ",")) or len(later.group()) < 3:
                return None
            stated = later
        people = GROUP_PATTERN.match(folded, stated.end())
        if people is None and (clause := CLAUSE_BEFORE_PEOPLE.match(folded, stated.end())):
            people = GROUP_PATTERN.match(folded, clause.end())
            if people is not None and not people["noun"]:
                people = None  # 是…的维吾尔文化: no people
        return GROUP_ETHNICITIES[people["ethnic"]] if people else None

    def collect_unnamed_groups(self) -> None:
        """Collect counted people of no stated people (8名农民, 17澳洲居民): groups of no
        ethnicity, unless a group or person found already covers them."""
        folded = self.context.folded
        taken = [
            (m.start, m.end)
            for m in self.table.mentions
            if m.kind in {MentionKind.GROUP, MentionKind.PERSON}
        ]
        for match in UNNAMED_GROUP.finditer(folded):
            start, end = match.start(), match.end()
            # 一批艾山的支持者: supporters are people of the story who act for the one named
            # inside their description, not that person.
            supporters = match["noun"] in SUPPORTER_NOUNS
            if any(
                s < end and start < e and not (supporters and match.start("noun") > e)
                for s, e in taken
            ):
                continue
            # The group's count leaves out a leading 一 or 二 (等二十二个人 is read from 十二): the
            # count after 等 opens before them.
            count_start = start
            while folded[count_start - 1 : count_start] in {"一", "二", "零", "〇"}:
                count_start -= 1
            if folded[count_start - 1 : count_start] == "等" and self.count_listed_kin(
                match, count_start
            ):
                continue
            if any(
                self.context.document.owner_at(index) in {"person", "media", "author"}
                for index in range(match.start("noun"), end)
            ):
                continue
            if any(
                end <= person_start <= end + 4
                and not CLAUSE_BREAK.search(folded, end, person_start)
                for person_start, _, _ in self.context.person_spans
            ):
                continue  # 三名学生努尔兰、……: describes named persons
            if match["noun"] == "人员" and AGENT_STAFF.search(match["modifier"]):
                continue  # 3名安全人员: the authorities' people
            number = number_or_none(match["number"]) if match["number"] else None
            if number is not None and number < 2:
                continue
            large = (number or 0) >= 10 or re.search(
                r"多|余|数|上|成千|许多|很多|大量|大批|不少|众多|这些|那些|上述", match["quantity"]
            )
            stated_people = self.people_stated_after(end)
            if (
                match["noun"] == "人"
                and not (match["modifier"].endswith("的") or large)
                and self.people_stated_after(end, next_clause_only=True) is None
            ):
                # 三人, 两人: usually persons the report named, unless said to be of a people.
                continue
            clause_start, _ = self.context.clause_bounds(start, self.context.sentence_of(start))
            clause_before = folded[clause_start:start]
            if (
                not supporters
                and clause_before.endswith("的")
                and (
                    self.context.person_ending_before(start - 1)
                    or re.search(r"[他她我]们?的$", clause_before)
                )
            ):
                continue  # 伊力哈木的7名学生: a person's own people, not a group of the story
            named = self.context.person_in_sentence(start)
            if folded.startswith("之一", end) and named and re.search(r"是", clause_before):
                # 努尔兰是被逮捕的多名教师之一: the group describes the person.
                self.table.mentions.append(Mention(start, end, MentionKind.PERSON, person=named))
                continue
            if (
                any(
                    clause_start <= person_start < start
                    for person_start, _, _ in self.context.person_spans
                )
                or re.search(r"[他她我](?!们)", CHARGE.sub("", clause_before))
            ) and not (re.search(r"[和及、]$", clause_before) or PLACE_HOLDS.search(clause_before)):
                continue  # 他带领一群学生: the object of what a person did
            if match["quantity"] in {"这些", "那些", "上述"}:
                # 这些妇女: the group named before, if any; else persons named before.
                earlier = self.earlier_group(start)
                if earlier:
                    place = earlier.place
                    if folded[start:end].endswith(("家人", "亲人")) and not (
                        place and place.startswith("CN")
                    ):
                        # 在德国的哈萨克人……这些被捕亲人: that group's relatives, who are not
                        # abroad with it (as relatives of a group are in SubjectFinder).
                        place = None
                    self.table.mentions.append(
                        Mention(
                            start,
                            end,
                            MentionKind.GROUP,
                            ethnicity=earlier.ethnicity,
                            place=place,
                        )
                    )
                continue
            ethnicity: str | None = None
            if match["quantity"] in PARTITIVE_QUANTITIES:
                # 对回族群众的迫害……不少…的人: part of the people the sentence is about.
                earlier = self.earlier_group(start, sentences_back=0)
                ethnicity = earlier.ethnicity if earlier else None
            elif match["noun"] != "人" and not match["modifier"]:
                # 逮捕维族学生……逮捕了约120名学生: the same people, counted; or a lead's count
                # that the body repeats with the people (12名学生被捕……12名维族学生遭抓捕).
                ethnicity = self.people_of_noun_before(start, match["noun"]) or (
                    self.people_of_count_after(end, match["noun"], number)
                )
            elif not match["modifier"] and not clause_before.strip() and clause_start > 0:
                # 500名哈萨克人被拘留，数百人下落不明: a bare count opening the next clause of the
                # sentence counts the same people.
                earlier = self.earlier_group(start, sentences_back=0)
                if earlier and folded[clause_start - 1] in "，,":
                    ethnicity = earlier.ethnicity
            if ethnicity is None:
                ethnicity = stated_people
            if (
                ethnicity is None
                and match["noun"] == "人"
                and not match["modifier"]
                and APPROXIMATE_COUNT.search(match["quantity"])
            ):
                # 皮山县近五十人被带走……48名维吾尔族农民被捕: a lead's round count of people
                # that the body gives with their people.
                ethnicity = self.people_of_count_after(end, "人", number, near=True)
            place = self.group_place(start)
            abroad = ABROAD_WORDS.search(match["modifier"])
            for mention in self.context.places:
                if start <= mention.start and mention.end <= match.start("noun"):
                    if mention.key.startswith("CN-") and not abroad:
                        place = mention.key
                    elif (
                        match["noun"] in RESIDENT_NOUNS
                        and "/" not in mention.key
                        and mention.end == match.start("noun")
                    ):
                        place = mention.key  # 17澳洲居民: residents of that country
            if supporters:
                # The one they support describes them: no subject of their acts.
                self.table.mentions[:] = [
                    m
                    for m in self.table.mentions
                    if not (m.kind == MentionKind.PERSON and start <= m.start < end)
                ]
            self.table.mentions.append(
                Mention(start, end, MentionKind.GROUP, ethnicity=ethnicity, place=place)
            )

    def count_listed_kin(self, match: re.Match[str], start: int) -> bool:
        """Return whether a count after 等 counts the relatives listed before it (她的两个舅舅和
        一个姑妈，还有表兄妹等15个人): they are no group of the story. Two or more relatives of
        one owner become one relative of that count: of their relation, or "relative" where
        their relations differ (GOLD.md: the most specific the text gives)."""
        folded = self.context.folded
        # The whole of it a count of people (not 15个维吾尔人), whatever the group's reading took
        # for a modifier (二个 of 二十二个人).
        if not KIN_LIST_COUNT.fullmatch(folded, start, match.end()):
            return False
        position = start - 1  # at 等
        listed: list[Mention] = []
        relatives = sorted(
            (m for m in self.table.mentions if m.kind == MentionKind.RELATIVE),
            key=lambda m: m.start,
            reverse=True,
        )
        for mention in relatives:
            if mention.end > position:
                continue
            gap = COUNT_BEFORE.sub("", folded[mention.end : position])
            if listed and (mention.person != listed[0].person or not KIN_LIST_GAP.fullmatch(gap)):
                break
            if not listed and gap:
                return False
            listed.append(mention)
            position = mention.start
        if len(listed) < 2 or listed[0].person is None:
            return bool(listed)
        relations = {m.relation for m in listed}
        relation = relations.pop() if len(relations) == 1 else "relative"
        for mention in listed:
            self.table.mentions.remove(mention)
        self.table.mentions.append(
            Mention(
                listed[-1].start,
                match.end(),
                MentionKind.RELATIVE,
                person=listed[0].person,
                relation=relation,
                count=number_or_none(counted.group())
                if (counted := COUNT_NUMBER.match(folded, start))
                else None,
            )
        )
        return True

    def people_of_noun_before(self, start: int, noun: str) -> str | None:
        """Return the people of the last group named before start by the same noun (维族学生
        before 120名学生), if any."""
        folded = self.context.folded
        for mention in sorted(self.table.mentions, key=lambda m: m.start, reverse=True):
            if (
                mention.kind == MentionKind.GROUP
                and mention.end <= start
                and mention.ethnicity
                and folded[mention.start : mention.end].endswith(noun)
            ):
                return mention.ethnicity
        return None

    def opens_some_of_unnamed(self, match: re.Match[str]) -> bool:
        """Return whether a partitive is 有的 (or 有些人) after a clause that names no one: some of
        people named by no group word, rather than of a person or relatives named just before
        (他的兄弟们，有的被判刑)."""
        if not re.search(r"有的|有些人", match.group()):
            return False
        folded = self.context.folded
        clause_start = max(
            (folded.rfind(mark, 0, match.start() - 1) for mark in "，,；;：:。"), default=-1
        )
        named = self.table.starting_in(
            clause_start + 1, match.start(), {MentionKind.PERSON, MentionKind.RELATIVE}
        )
        return not named

    def people_of_count_after(
        self, end: int, noun: str, number: int | None, near: bool = False
    ) -> str | None:
        """Return the people of a group named after end by the same noun and the same count
        (12名学生 in a lead, 12名维吾尔族学生 in the body), if any; with near, a count within a
        tenth of it (a lead's 近七十人 is the body's 67名维吾尔人)."""
        if number is None:
            return None
        folded = self.context.folded
        later_groups = self.table.starting_in(end, len(folded), {MentionKind.GROUP})
        for mention in sorted(later_groups, key=lambda m: m.start):
            # A bare 人 counts people of any noun (近七十人……67名维吾尔族农民).
            if mention.ethnicity and (
                (near and noun == "人") or folded[mention.start : mention.end].endswith(noun)
            ):
                before = folded[max(0, mention.start - 8) : mention.start]
                counted = re.search(rf"(?:{NUMBER})(?=多?[名个位]$)", before)
                later = number_or_none(counted.group()) if counted else None
                if later is not None and (
                    later == number or (near and abs(later - number) <= max(2, number // 10))
                ):
                    return mention.ethnicity
        return None

    def collect_partitives(self) -> None:
        """Collect 大多, 有的 opening a clause: part of the group named just before; and a count
        right after a group's words and 中 (那些维吾尔人中已有四十多人): part of that group."""
        folded = self.context.folded
        parts = [
            (match, self.earlier_group(match.start(), sentences_back=1))
            for match in PARTITIVE_SUBJECT.finditer(folded)
        ]
        for group in self.table.starting_in(0, len(folded), {MentionKind.GROUP}):
            if group.ethnicity and (match := PART_AFTER_GROUP.match(folded, group.end)):
                parts.append((match, group))
        for match, earlier in parts:
            if earlier is None and self.opens_some_of_unnamed(match):
                # 被羁押者仍未获释，有的被判刑: some of people the story names by no group
                # word; not the speaker of the sentence (X披露，…，有的被判刑).
                self.table.mentions.append(Mention(match.start(), match.end(), MentionKind.GROUP))
            if earlier:
                # 其中许多人: the part of the group, not people in general.
                self.table.mentions[:] = [
                    m
                    for m in self.table.mentions
                    if not (
                        m.kind == MentionKind.GROUP
                        and m.ethnicity is None
                        and m.start < match.end()
                        and match.start() < m.end
                    )
                ]
                self.table.mentions.append(
                    Mention(
                        match.start(),
                        match.end(),
                        MentionKind.GROUP,
                        ethnicity=earlier.ethnicity,
                        place=earlier.place,
                    )
                )


# Kin words that name the people of a pair or set together (兄妹, 夫妻, 母女): after a list
# of names (X、Y兄妹二人) they say how the named are related, not that kin of theirs were there.
MEMBERS_WORDS = frozenset(
    {"兄弟", "姐妹", "姊妹", "兄妹", "姐弟", "夫妻", "夫妇", "父子", "母女", "母子", "父女"}
)

# A couple after one name (艾山夫妇) is that person and the spouse; without a name before it
# (这对夫妇, 一对哈萨克族夫妇) no one's spouse.
COUPLE_WORDS = frozenset({"夫妇", "夫妻"})


# An age before a name (37岁的), and a gloss after one (its Latin form in brackets).
AGE_BEFORE_NAME = re.compile(rf"(?:{NUMBER})\s*多?\s*岁的\Z")
GLOSS_BEFORE = re.compile(r"\s*[（(][^（()）]{1,40}[）)]\s*\Z")


def gloss_start(folded: str, position: int) -> int:
    """Return where a bracketed gloss ending at position starts, or position if none does."""
    gloss = GLOSS_BEFORE.search(folded, max(0, position - 44), position)
    return gloss.start() if gloss else position


def is_joined(folded: str, end: int, match: re.Match[str]) -> bool:
    """Return whether only a list joiner stands between end and the relation word match."""
    return folded[end : match.start()] in LIST_JOINERS


def find_mentions(context: EventContext) -> MentionTable:
    """Return the mentions of a document: persons, relatives, groups and pronouns."""
    return MentionFinder(context).find()
