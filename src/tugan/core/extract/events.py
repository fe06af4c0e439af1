"""Events: what happened to whom, when, where, as shared/corpus/GOLD.md defines them.

Each trigger word (被捕, 判刑, 下落不明 ...) is tied to a subject in its sentence: a named
person, an unnamed relative of a named person (他的两个哥哥), or a group (新疆的部分哈萨克人).
Pronouns point to the last-named person, "我" to the last speaker, 他们 to the last plural
subject. Dates, terms and places come from the same clause, else the same sentence. The words
and patterns are in event_patterns.py; merging into one event per fact is in event_merging.py.
"""

import bisect
import re
from dataclasses import dataclass
from typing import Any

from tugan.core.dates import DateMention, find_dates, number_or_none
from tugan.core.extract.document import Document, Span
from tugan.core.extract.event_merging import EventFinding, merge_events
from tugan.core.extract.event_patterns import (
    ACTIVE_TYPES,
    ADJECTIVE_USES,
    AGENT_AFTER_PLACE,
    BARE_GROUP_WORDS,
    BRACKETED,
    CHANNELS,
    CITIZEN_COUNTRIES,
    CITIZEN_GROUP,
    CLAUSE_BREAK,
    CONDITION,
    CONNECTORS,
    COUNT_BEFORE,
    DEATH_SENTENCE,
    FEMALE_NAME_ENDINGS,
    FIRST_PERSON_NAME,
    GENERIC_HEAD,
    GROUP_PATTERN,
    GROUP_QUALIFIERS_ABROAD,
    HEADLINE_SPACE,
    INDIVIDUAL_NOUNS,
    INVERSE_RELATIONS,
    LEARNING,
    LIFE_TERM,
    LOCATIVE_BEFORE,
    MODALITY,
    NEGATION_BEFORE,
    NOT_SUBJECT_BEFORE,
    NUMBER,
    OWNED_RELATION_AFTER,
    OWNER_OF_RELATIVE,
    OWNER_PRONOUNS,
    PRONOUN_PATTERN,
    PRONOUN_SEX,
    RANGE_TERM,
    RELATION_AFTER,
    RELATION_PATTERN,
    RELATION_SEX,
    RELATIVE_KINDS,
    SEQUENCE_BREAK,
    SEXED_RELATIONS,
    SPEAKER_AFTER,
    SPEECH,
    SYMMETRIC_RELATIONS,
    TRIGGER_PATTERN,
    YEARS_AFTER,
)
from tugan.core.extract.lexicon import ETHNICITY_WORDS, RELATIONS
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention


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


class _EventFinder:
    """Finds the events of one document from its trigger words, mentions and dates."""

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
        if RANGE_TERM.search(window[:24]) or DEATH_SENTENCE.search(window[:12]):
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


def find_events(document: Document, persons: list[PersonFinding],
                places: list[PlaceMention]) -> list[EventFinding]:
    """Return the events the document reports, one per distinct fact, with trigger spans."""
    return _EventFinder(document, persons, places).run()
