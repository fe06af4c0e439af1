"""Subject attachment: which mentions an event befell.

For a trigger word, the subject is the mention in a relative clause after it (被拘留的学者),
the owner of a passport, the relative one lost contact with, the object of an active verb, or
else the nearest mention before it in its sentence, with those coordinated with it
(王建华及妻子、儿子). Agents, objects and owners of other words are not subjects. A plural
pronoun stands for the last group or set of coordinated subjects, which the caller passes in.
Where the text leaves the subject unsaid (pro-drop: 艾山2018年被捕。后被判刑10年。), the trigger
takes the subjects of the clause or sentence before (zero_subject).
"""

import re
from typing import Any

from tugan.core.extract.document import Span
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_mentions import (
    RELATIVE_KINDS,
    Mention,
    MentionKind,
    MentionTable,
)
from tugan.core.extract.event_patterns import (
    ACCUSER_AFTER,
    ACTIVE_TYPES,
    ADDRESSED_OFFICIAL_BEFORE,
    AGE_MODIFIER,
    BECAUSE_BEFORE,
    BRACKETED,
    CLAUSE_BREAK,
    CONNECTORS,
    CONTACT_PARTNER_AFTER,
    COUNT_BEFORE,
    DESCRIBED_AGENT,
    DESCRIBED_AS_PRONOUN,
    DESCRIBED_WORDS,
    FRONTED_TIME_CLAUSE,
    GENERIC_HEAD,
    GROUP_ETHNICITIES,
    HOME_AFTER,
    INDEFINITE_SUBJECT,
    KIN_COMPOUND_TYPES,
    KIN_GENERATIONS,
    LEARNER_AFTER,
    LEVER_AFTER,
    LEVER_BEFORE,
    MEMBERS_AFTER,
    NOT_SUBJECT_BEFORE,
    NUMBER,
    ORDER_GIVEN_BEFORE,
    OTHERWISE,
    OWN_FATE_AFTER,
    OWNER_OF_DESCRIBED_RELATIVE,
    OWNER_OF_RELATIVE,
    OWNER_OF_RELATIVE_AT_PLACE,
    OWNER_OF_RELATIVE_WITHOUT_DE,
    PEOPLE_HEAD,
    PRONOUN_SEX,
    PRONOUN_SPEAKS,
    QUOTE_CLOSINGS,
    QUOTE_OPENINGS,
    QUOTE_SPEAKER,
    QUOTED,
    RELATION_AFTER,
    RELATION_PATTERN,
    RELATION_SEX,
    ROLE_BEFORE_NAME,
    SEXED_RELATIONS,
    SOMEONE_SUBJECT,
    SPEAKER_AFTER,
    SPEECH,
    SUBJECTLESS_OPENING,
    TRIGGER_AS_NOUN,
    TRIGGER_PATTERN,
    VISITED_BEFORE,
)
from tugan.core.extract.lexicon import RELATIONS

# The subjects of the last event about several people or a group, and where its trigger was.
PluralAntecedent = tuple[int, list[Mention]]
NO_PLURAL: PluralAntecedent = (-1, [])


# Owners, counts and "other" between coordinated persons and relatives, not connectors:
# 他的妻子和两个儿子, 父母及其他亲人, 她的哥哥和她的妹妹, 丈夫和部分家人, 我们的父母和兄弟, and in
# a quotation 我的妹妹和我的哥哥.
RELATION_GAP_FILLER = re.compile(r"[他她我]们?的|其[他它余]的?|其|部[分份]的?|一些")

# A short place and a head for people in general after a trigger: 关在里面的人.
GENERIC_AFTER_PLACE = re.compile(r"(?:了|过)?在?[^，。的]{1,4}?的(?:人员|人们|民众|人)(?![权士物])")
# A causative verb between a mention and the trigger: what follows befell someone else.
# Between a group after 对 and a trigger used as a noun: 的 and a few words of manner
# (对维吾尔人的大规模任意拘押).
# A noun the group's words left out may stand before 的 (对柯尔克孜族牧民的关押).
PATIENT_OF_NOUN_GAP = re.compile(r"[^，,。；;、的“”「」]{0,3}的[^，,。；;、的“”「」]{0,7}")
CAUSATIVE = re.compile(r"致使|导致|造成|使得|(?<![大即天假纵行])使(?![用馆领节团者命])")
# The passive right after a mention, or after a place it happened at or from (从泰国被遣返).
PASSIVE_AFTER = re.compile(r"(?:(?:从|在|于)[^，。；;,被遭的]{1,8})?[被遭]")
PLURAL_DEMONSTRATIVE_BEFORE = re.compile(r"[这那]些$")
# Reporters opening a clause (当CNN记者试图靠近…, 。记者离开后): a 他们 after them, before any
# group is named again, is those reporters, followed and held on a visit, no one of the story.
REPORTERS_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；;,！？!?]|当))(?:[A-Z]{2,5}|外国|外媒)?(?:记者|采访团队|采访组|摄制组)们?"
    r"(?![说称表])"
)
# A release's way home right after it (获释回到艾山父母的家): whose home it is, not who was let go.
RETURNED_TO_AFTER = re.compile(r"了?(?:回到|回|返回|返|到)")
# Not negated: 没有发现其他罪行 finds nothing, and gives no subject of its own.
LEARNING_VERB = re.compile(r"(?<!没有)(?<!没)(?<!未)(?:得知|获悉|获知|听说|被告知|发现)")

# The end of a relative clause after a trigger, with the rest of its verb (被拘留的, 被关押过的).
# How long, in one (遭关押近三年的诗人, 被关押多年的学者). Never across a semicolon or colon:
# 哥哥被带走；他的妹妹被关押 are two clauses, and the sister is no head of the first.
# The charge a conviction names (被判“分裂国家罪”的学者) still ends the clause before its head.
RELATIVE_CLAUSE_END = re.compile(
    r"[^，,。；;：:！？!?的\s]{0,2}?(?:了|过)?"
    r"(?:[“「『][^”」』，,。；;]{1,12}[”」』](?:罪名?)?|[^，,。；;：:！？!?的\s“「『]{1,8}?罪)?"
    r"(?:(?:近|约|长达|将近)?(?:[0-9]+|[一二两三四五六七八九十几数]+)?个?多?(?:年|月|天|星期)(?:多|半)?)?"
    r"的"
)
# A trigger owned by an authority is a noun (法官的宣判, 法院的判决): it tells of the verdict or
# the act, not of the person named before, unless the clause says who suffered it (受到警方的威胁).
AUTHORITY_OWNED_TRIGGER = re.compile(
    r"(?:法官|法院|法庭|当局|政府|警方|公安|警察|检察院)的\s*(?:当庭|当场|最终|正式)?$"
)
SUFFERED = re.compile(r"受到|遭到|遭受|面临|经历")
# What may stand between a relative clause's own subject and its verb (父母去年被判刑的,
# 父母在家乡失踪及被判刑的): time, adverbs, a place, a verb joined before it; not a verb of the
# main clause (部长没有提到被关押的学者艾山).
OWN_SUBJECT_GAP = re.compile(
    r"(?:(?:[0-9０-９]+|[一二三四五六七八九十〇零]+)(?:年|月|日|号)|去年|前年|今年|上月|当年)*"
    r"(?:都|也|均|已经|已|曾经|曾|先后|相继|同时|一起|分别)*(?:在[^，,。的]{1,8}?)?"
    r"(?:[^，,。的被]{1,4}(?:及|和|并|又))?(?:被|遭到|遭|惨遭)?"
    # the agent after 被 (父母被当局关押的): the verb's doer, not a subject of its own
    r"(?:(?<=被)(?:中国|新疆|当地)?(?:当局|警方|公安|警察|政府|法院))?"
)
# A headless relative clause (or one with a short head) named by 叫 after it: 另一位关在
# 看守所的叫艾山 (the one held there is called 艾山: he was held).
NAMED_BY_CALLING = re.compile(r"[^，,。；;的]{0,10}的[^，,。；;的\s]{0,4}?(?:名字)?叫(?:做|作)?")
# One joined to a count of people no one names (哥哥和两名同学): 他们 after it are they.
JOINED_WITH_COUNTED = re.compile(rf"(?:和|与|及|以及|跟)(?:{NUMBER})\s*(?:名|位|个)")
# Between a family or relatives and the "someone" of them an event befell (亲戚中有人被抓).
KIN_BEFORE_SOMEONE = re.compile(r"(?:当中|中|里)(?:也|都|先后|陆续|相继)?")
# Between a headless relative clause and the kin it lists (失踪的还有他的两个弟弟, 被捕的包括
# 她的父亲): a verb of listing, an owner, a count.
HEADLESS_LISTED_KIN = re.compile(
    rf"(?:还有|还包括|包括|也有|就有|有)[：:]?(?:[他她我其]们?的?)?"
    rf"(?:(?:{NUMBER})\s*(?:个|名|位))?"
)
# A description between a relative clause and the person it is about (被捕的维吾尔医生艾山).
DESCRIBED_PERSON = re.compile(r"[^，,。；;：:、的\s“”「」]{3,8}")
# What makes a person one of the group just named: 艾山就是其中之一, 古丽也是其中一人.
ONE_OF_THEM = re.compile(
    r"(?:就|也|便|正|即)?(?:是其中(?:之一|一人|一员|的一员|一个)|也?在其中(?![，,]?[他她]))"
)
# Relatives joined to the kin of theirs: 兄弟和他们的妻子.
THEIR_KIN_GAP = re.compile(r"[和及与、](?:他们|她们)的")
# Kin said after an event of a whole family to be among them: 家人全部被抓，包括她的父母.
KIN_INCLUDED = re.compile(r"[，,](?:其中)?包括[：:]?")
# Who the people of an event were, listed in the clause after it: 两人获释，他们分别是艾山和古丽.
MEMBERS_LISTED = re.compile(r"[，,](?:他们|她们|这些人|\w{1,2}人)?(?:分别|依次)(?:是|为)[，,：:]?")
# The counted people an event's clause is said of, named right after it by a copula (被判刑的
# 两名教师为艾山和努尔兰, 获释的三人分别是…): the persons named are the ones it befell.
COUNTED_PEOPLE_ARE = (
    rf"的(?:{NUMBER})(?:名|位|个)?[^，,。；;：:“”「」是为]{{0,8}}(?:分别|依次|就|即)?(?:是|为)"
)
COUNTED_NAMED_AFTER = re.compile(
    rf"[^，,。；;：:“”「」]{{0,4}}?{COUNTED_PEOPLE_ARE}(?![此了何止])[，,：:]?"
)
# The same naming opening the next sentence, after an event of a counted group (两名学者被判刑。
# 他们分别是艾山和努尔兰; …的两名学者。被判刑的两名学者为艾山和努尔兰).
NAMED_IN_NEXT_SENTENCE = re.compile(
    r"\s*(?:(?:他们|她们|这些人|这两人|这三人|两人|二人|三人)(?:分别|依次|就|即)?(?:是|为)"
    rf"|[^，,。；;：:“”「」]{{0,12}}?{COUNTED_PEOPLE_ARE})(?![此了何止])[，,：:]?"
)
# What may stand between two of those names: a joiner and a short title (，和某大学前校长).
NAMED_JOINER = re.compile(r"[，,]?(?:和|与|及|以及|、)[^，,。；;：:“”「」]{0,14}")
TERMS_LISTED = re.compile(rf"(?:有期徒刑|判刑|判处)?(?:{NUMBER})(?:年(?!级)|个月)")
# The same said before the person: 其中一人艾山说, 其中包括艾山的两名堂兄.
ONE_OF_THEM_BEFORE = re.compile(
    r"其中(?:一人|一位|一名|之一|包括|就有|有)[，,：:]?[^，,。；;：:“”「」]{0,8}$"
    # 拘捕了多名伊玛目，包括努尔兰: the clause after the group's opens with 包括.
    r"|[，,]包括[：:]?[^，,。；;：:“”「」]{0,8}$"
)
# A clause of reason or purpose, up to where it closes: 因为曾去探望儿子， 因参加集会而,
# 为了他四处奔走，.
REASON_CLAUSE = re.compile(r"(?<!原)(?:因为|由于|为了|因)(?![此而素])[^，,。；;]*?(?:而|[，,；;])")
# A phrase of means whose people are the helpers: 经过亲友多方奔走, 在律师的帮助下.
MEANS_PHRASE = re.compile(
    r"(?:经过|通过|经由|在)[^，,。；;]{1,10}?(?:营救|帮助|努力|奔走|协助|斡旋)(?:之?下)?"
)
# What closes a "while" phrase (被关押期间, 在狱中的时候): the clause's subject follows it.
WHILE_CLOSING = re.compile(r"期间|的时候|之时")
# Between a group and its own relatives: 哈萨克人都与国外的亲人 (失去了联系).
# The parent described by children (这位四个孩子的父亲: PARENT_OF_CHILDREN) and that parent's sex.
PARENT_EPITHETS = {"父亲": "m", "母亲": "f"}
# A short relative clause opening a clause, before its head (被捕的, 这些被遣返的), not after a
# preposition (为被判刑的, 替被关的). An owner and a count may open it (她的三个已获释的弟弟):
# they belong to the head, and the clause only describes it.
OPENING_RELATIVE_CLAUSE = re.compile(
    r"\s*(?:这些|那些|这批|那批|该|此)?(?:[他她我其]们?的?)?"
    r"(?:[0-9一二两三四五六七八九十几数]{1,2}[名个位])?"
    r"(?![为為替对對向给給帮救])[^，,。；;的\s]{1,5}的"
)
# Between people and one of them (被拘留的哈萨克人中有他的表弟, 维吾尔人中包括艾山).
AMONG_GROUP_GAP = re.compile(r"们?(?:当)?中(?:包括|就有|还有|有)[^，,。；;：:“”「」]{0,8}")
# A person joined to the others of a group (艾山和其他十几名维吾尔族知识分子): both.
OTHERS_OF_GROUP_GAP = re.compile(r"[和及](?:其他|其它|另外|另)[^，。；,;]{0,10}")
# Those one acts with (和来自各地的数百名维吾尔人一道): a joiner, then a short description.
RALLIED_WITH = re.compile(r"[和与同跟][^，。；,;]{0,12}")
TOGETHER_AFTER = re.compile(r"一道|一起|一同|共同")
# Some people, of no one named, opening a contact event's clause (有些人已经和家人联系上了).
SOME_PEOPLE_OPENING = re.compile(
    r"\s*(?:[^，。]{0,6}?(?:听说|据说|知道))?(?:也)?(?:有些人|有的人|有人|一些人|少数人)"
    r"(?:已经|已|也|都)?[和与跟同]"
)
# The 被 of a saying (被指, 被指控, 被批评): someone said it, nobody underwent the act after it.
SAID_PASSIVE = re.compile(r"被(?=指(?!派|定|使)|控(?!制)|批评|谴责|形容|认为|视为)")
# Between a trigger and a mention: a second verb phrase opened by 与/和/跟/同 (获释并与家人).
JOINED_AFTER_TRIGGER = re.compile(r"(?:了|后)?(?:并|且|后|，|,)?(?:已经|已|终于|才)?[与和跟同]")
# The same a few words on, past a time (十几名牧民去年一起被判刑).
TOGETHER_SOON_AFTER = re.compile(rf"[^，。；,;被遭]{{0,6}}?(?:{TOGETHER_AFTER.pattern})")
COMITATIVE_RELATIVE = re.compile(r"[^，。；,;]{0,6}?[与和跟同][^，。；,;]{0,8}?的?")
# Kin words that name several people at once: a 他们 in their sentence is them.
COLLECTIVE_KIN = ("亲戚", "亲属", "家人", "家属", "亲人", "父母", "家里人", "亲友")
# Pressure aimed with 对 right before its word (对敢言的家人施加压力, 对他们进行威胁).
AIMED_AT_BEFORE = re.compile(r"对[^，。；：:！？,;说讲称示问]{1,16}?(?:进行|实施|施以|加以)?$")
OWNER_WORD = re.compile(r"他|她|其|自己|我")
# The teller, as the one who tries to reach someone (我们联系不上他们).
TELLERS = frozenset({"我", "我们", "我家", "我们家"})
# Kin who were visited, met or cared for in their clause (他们回乡看望了亲友; 她去照顾在喀什的
# 家人): the ones who went are the plural after it, not those they went to see.
VISITED_KIN = re.compile(
    r"(?:探望|看望|探视|探访|拜访|照顾|照料|陪伴|会见|去见|去看)了?[^，。；！？,;]{0,8}$"
)
# A clause of time: 在父亲去世后, 当他回国时, 生下孩子后.
# What one who learned of a relative's fate does or suffers after learning it (父亲得知哥哥被判
# 后悲痛去世; 得知儿子被捕后到政府门前抗议); other events after 得知……后 go on with what was
# learned (得知弟弟被拘禁后，现已被判无期徒刑: the brother's sentence).
REACTION_TYPES = frozenset({"died", "protested"})
LEARNED_CLOSER = re.compile(r"(?:之|以)?后(?!来)")
ADVERBIAL_OPENER = re.compile(r"(?:在|当|自从)(?:[他她其]的?|我的?)?$")
ADVERBIAL_CLOSER = re.compile(r"(?:之|以)?后(?!来)|时(?![常而时])|的时候|期间")  # not 时常, 时而

# A plural subject and 是 before a group: the group describes it (他们都是来自新疆的哈萨克族人).
PLURAL_PREDICATE = re.compile(r"(?:他们|她们|[两三四五六七八九十]人)(?:都|也|均)?是[^，。]*$")
# Between listed groups: 维吾尔人、哈萨克人及其他少数民族, 维吾尔、哈萨克等突厥穆斯林,
# 维吾尔人及他族穆斯林, 维吾尔人，还有其他少数民族, 哈萨克人、维吾尔人和其他主要为穆斯林的少数民族.
GROUP_LIST_GAP = re.compile(
    r"(?:、|和|及|与|以及|[，,]?还有)?(?:其他|其它|等|等其他|他族)?(?:主要为|主要是|大多为|多为)?"
    r"(?:穆斯林)?(?:的)?(?:突厥(?:语)?(?:系)?)?"
)

# A role between a connector and the name it describes (艾山和《天山文学》编辑古丽): part of the
# coordination, not a break in it.
ROLE_BEFORE_NAME_AT_END = re.compile(ROLE_BEFORE_NAME + "$")
# The main clause after a fronted clause of time opening with a role before its name
# (被带走后，诗人艾山便杳无音讯): the name is the subject all the same.
ROLE_OPENING_CLAUSE = re.compile(r"[，,]?\s*" + ROLE_BEFORE_NAME + r"\s*")
# Who may open a conjunct whose verb is left out (、古丽有期徒刑5年, 、其妻8年).
CONJUNCT_OPENERS = frozenset({MentionKind.PERSON, MentionKind.PRONOUN, *RELATIVE_KINDS})


def keep_specific_groups(mentions: list[Mention]) -> list[Mention]:
    """Return mentions without a group of no ethnicity listed beside groups that have one."""
    groups = [m for m in mentions if m.kind == MentionKind.GROUP]
    if not any(m.ethnicity for m in groups):
        return mentions
    return [m for m in mentions if m.kind != MentionKind.GROUP or m.ethnicity]


class SubjectFinder:
    """Attaches subjects to the triggers of one document."""

    def __init__(
        self, context: EventContext, table: MentionTable, trigger_start_by_end: dict[int, int]
    ) -> None:
        self.context = context
        self.table = table
        self.trigger_start_by_end = trigger_start_by_end
        self.trigger_ends = trigger_start_by_end.keys()
        self.trigger_starts = frozenset(trigger_start_by_end.values())
        self.usable = [m for m in table.mentions if not self.is_object_or_owner(m)]
        # The subjects last attached, and where: what a sentence with no subject carries on.
        self.last_subjects: tuple[int, list[Mention]] = (-1, [])

    def subjects_for(self, event_type: str, start: int, end: int, sentence: Span) -> list[Mention]:
        """Return the mentions an event at [start, end) befell."""
        found = self.stated_subjects(event_type, start, end, sentence)
        if event_type == "protested" and self.is_issuers_we(found, start):
            found = []
        if listed := self.members_listed_after(end, sentence):
            # 再有2人被释放，他们分别是艾山和古丽: the persons listed are all the count names.
            found = listed
        elif any(m.kind == MentionKind.GROUP for m in found) and (
            named := self.group_named_in_next_sentence(end, sentence, found)
        ):
            # 两名学者被判刑。他们分别是艾山和努尔兰: the group is the persons named next.
            found = [m for m in found if m.kind != MentionKind.GROUP] + named
        elif any(m.kind == MentionKind.GROUP for m in found):
            found = found + self.members_named_after(end, sentence)
        else:
            found = found + self.kin_included_after(found, end, sentence)
        if found:
            self.last_subjects = (start, found)
        return found

    def is_contact_partner(self, mention: Mention, start: int, sentence: Span) -> bool:
        """Return whether a mention is the one contact was lost with (与他失联) in a clause of
        the sentence before the one at start."""
        folded = self.context.folded
        clause_start, _ = self.context.clause_bounds(start, sentence)
        return (
            mention.end <= clause_start
            and folded[mention.start - 1 : mention.start] in {"与", "和", "跟", "同"}
            and CONTACT_PARTNER_AFTER.match(folded, mention.end) is not None
        )

    def is_issuers_we(self, found: list[Mention], position: int) -> bool:
        """Return whether the ones found are only a 我们 outside any quotation or interview
        turn (我们也呼吁当局…): the voice of the statement's issuer, not people told of."""
        folded = self.context.folded
        if len(found) != 1 or folded[found[0].start : found[0].end] != "我们":
            return False
        opening = max(folded.rfind(mark, 0, position) for mark in QUOTE_OPENINGS)
        if opening >= 0 and max(folded.rfind(m, opening, position) for m in QUOTE_CLOSINGS) < 0:
            return False
        return self.turn_speaker(position) is None

    def threatened_on_condition(
        self, condition: int, start: int, end: int, sentence: Span
    ) -> list[Mention]:
        """Return who a threat told by its consequence is made to: the first one named in the
        clause of its condition (暗示她若不合作，弟弟就会有麻烦: 她), or before "otherwise" in the
        clause before it (要他监视社群，否则弟弟会有麻烦: 他), else the consequence's."""
        clause_start, clause_end = self.context.clause_bounds(condition, sentence)
        if OTHERWISE.match(self.context.folded, condition) and clause_start > sentence.start:
            clause_start, clause_end = self.context.clause_bounds(clause_start - 2, sentence)
        named = [m for m in self.usable if clause_start <= m.start and m.end <= clause_end]
        if named:
            self.last_subjects = (start, named[:1])
            return named[:1]
        return self.subjects_for("threatened", start, end, sentence)

    def other_side_of_we(self, before: list[Mention], start: int) -> list[Mention]:
        """Return whom 我们, the nearest mention before a contact event in its sentence, lost or
        regained contact with: 我们 is the teller and the one she just spoke of (我丈夫被抓走了……
        我们失去联系), so that one, the last person, relative or pronoun named in this sentence or
        the one before it in its paragraph."""
        if not before or self.context.folded[before[-1].start : before[-1].end] != "我们":
            return []
        we = before[-1]
        window_start = self.context.paragraph_window(start, sentences_back=1)
        spoken_of = self.table.starting_in(
            window_start, we.start, {MentionKind.PERSON, MentionKind.RELATIVE, MentionKind.PRONOUN}
        )
        # Not the teller who opens the quote that 我们 speaks in (她说：「我们上次通话是…):
        # she is the 我 of 我们.
        spoken_of = [
            m
            for m in spoken_of
            if not QUOTE_SPEAKER.fullmatch(self.context.folded, m.end, we.start)
        ]
        return spoken_of[-1:]

    def members_listed_after(self, end: int, sentence: Span) -> list[Mention]:
        """Return the persons listed after an event's clause as the ones it befell (三人仍被
        拘留，他们分别是艾山、古丽和努尔兰), when no other trigger stands between."""
        folded = self.context.folded
        if named := self.counted_named_after(end, sentence):
            return named
        match = MEMBERS_LISTED.search(folded, end, sentence.end)
        if not match or any(end < e <= match.start() for e in self.trigger_ends):
            return []
        if CLAUSE_BREAK.search(folded, end, match.start()):
            return []  # only the clause right after the event's own
        if TERMS_LISTED.match(folded, match.end()):
            return []  # 判刑，分别为10年和8年: terms, not people
        return self.table.starting_in(match.end(), sentence.end, {MentionKind.PERSON})

    def counted_named_after(self, end: int, sentence: Span) -> list[Mention]:
        """Return the persons a copula names right after an event's clause and the counted
        people it is said of (被判刑的两名教师为艾山和努尔兰): the first in that clause, the others
        joined to it by 和, 与 or 、 with at most a short title between."""
        folded = self.context.folded
        match = COUNTED_NAMED_AFTER.match(folded, end, sentence.end)
        if not match:
            return []
        return self.names_opening(match.end(), sentence)

    def group_named_in_next_sentence(
        self, end: int, sentence: Span, found: list[Mention]
    ) -> list[Mention]:
        """Return the persons the next sentence opens by naming (两名学者被判刑。他们分别是艾山
        和努尔兰), even in the next paragraph: the counted group an event befell is those
        persons."""
        following = self.context.next_sentence(sentence)
        if following is None or any(end < e <= following.start for e in self.trigger_ends):
            return []
        match = NAMED_IN_NEXT_SENTENCE.match(self.context.folded, following.start, following.end)
        if not match:
            return []
        named = self.names_opening(match.end(), following)
        counts = {m.count for m in found if m.kind == MentionKind.GROUP and m.count}
        return named if not counts or len(named) in counts else []

    def names_opening(self, position: int, sentence: Span) -> list[Mention]:
        """Return the persons named from position on: the first in its clause, the others
        joined to it by 和, 与 or 、 with at most a short title between."""
        folded = self.context.folded
        persons = self.table.starting_in(position, sentence.end, {MentionKind.PERSON})
        if not persons or CLAUSE_BREAK.search(folded, position, persons[0].start):
            return []
        if any(position <= e <= persons[0].start for e in self.trigger_ends):
            return []
        named = persons[:1]
        for person in persons[1:]:
            if not NAMED_JOINER.fullmatch(folded, named[-1].end, person.start):
                break
            named.append(person)
        return named

    def relative_for_pronoun(self, inside: list[Mention], before: list[Mention]) -> list[Mention]:
        """Return the relative a lone 他 or 她 inside a disappearance stands for: the last
        relative of that sex before it in the sentence, not its speaker (他的哥哥被带走后，一直没有
        他的消息: no news of the brother, not of the man telling it)."""
        folded = self.context.folded
        if len(inside) != 1:
            return []  # 打听他父亲的下落: the pronoun owns the one asked after
        sex = PRONOUN_SEX.get(folded[inside[0].start : inside[0].end])
        kin = [
            m
            for m in before
            if m.kind == MentionKind.RELATIVE
            and m.person is not None
            and RELATION_SEX.get(folded[m.start : m.end]) == sex
        ]
        if sex is None or not kin or SPEECH.match(folded, kin[-1].end):
            return []
        return kin[-1:]

    def kin_included_after(self, found: list[Mention], end: int, sentence: Span) -> list[Mention]:
        """Return the relatives listed after 包括 in the clause right after an event of someone's
        family or relatives (她的家人全部被抓，包括她的父母和两个弟弟): they are of it too."""
        folded = self.context.folded
        owners = {
            m.person
            for m in found
            if m.kind == MentionKind.RELATIVE and m.relation in {"family", "relative"}
        }
        match = KIN_INCLUDED.search(folded, end, sentence.end)
        if not owners or not match or CLAUSE_BREAK.search(folded, end, match.start()):
            return []
        if any(end < e <= match.start() for e in self.trigger_ends):
            return []
        clause_end = self.context.clause_bounds(match.end(), sentence)[1]
        listed = [
            m
            for m in self.table.starting_in(match.end(), clause_end, {MentionKind.RELATIVE})
            if m.person in owners
        ]
        if not listed or self.table.starting_in(match.end(), listed[0].start, {MentionKind.PERSON}):
            return []
        return self.chain(listed[0], listed, forward=True)

    def members_named_after(self, end: int, sentence: Span) -> list[Mention]:
        """Return a person or relative said after a group's event, in its sentence or the next
        of its paragraph, to be one of it (近百万人被关押，艾山就是其中之一; 她的父亲也在其中;
        其中一人艾山说)."""
        folded = self.context.folded
        window_end = sentence.end
        following = self.context.next_sentence(sentence)
        if following and self.context.paragraph_window(following.start, 1) == sentence.start:
            window_end = following.end
        members = [
            m
            for m in self.table.mentions
            if m.kind in {MentionKind.PERSON, MentionKind.RELATIVE}
            and end <= m.start
            and m.end <= window_end
            and (
                ONE_OF_THEM.match(folded, m.end)
                or ONE_OF_THEM_BEFORE.search(folded, max(0, m.start - 16), m.start)
                # 被拘留的哈萨克人中有他的表弟: among the people just named.
                or any(
                    g.end <= m.start and AMONG_GROUP_GAP.fullmatch(folded, g.end, m.start)
                    for g in self.table.starting_in(0, m.start, {MentionKind.GROUP})
                )
            )
        ][:1]
        if members and self.owns_relative(members[0]):
            # 其中包括艾山的两名堂兄: the cousins, not their owner.
            members = [
                m
                for m in self.table.mentions
                if m.kind == MentionKind.RELATIVE and members[0].end < m.start <= members[0].end + 8
            ][:1]
        return members

    def stated_subjects(
        self, event_type: str, start: int, end: int, sentence: Span
    ) -> list[Mention]:
        """Return the mentions an event at [start, end) befell, as its sentence states them."""
        folded = self.context.folded
        clause_start, clause_end = self.context.clause_bounds(start, sentence)
        # A trigger right after this one shares its relative clause (被判入狱的医生).
        adjacent = TRIGGER_PATTERN.match(folded, end)
        clause_head = adjacent.end() if adjacent else end
        named_by_calling = NAMED_BY_CALLING.match(folded, clause_head, clause_end)
        if named_by_calling and not any(
            clause_start <= m.start and m.end <= start for m in self.usable
        ):
            called = [
                m
                for m in self.table.mentions
                if m.start == named_by_calling.end() and m.kind == MentionKind.PERSON
            ]
            if called:
                return called
        after_match = RELATIVE_CLAUSE_END.match(folded, clause_head)
        # A protest describes its people only (要求公布家人下落的哈萨克人), not a person; not
        # when another event opens what is demanded (呼吁释放被关押的牧民): that clause is the
        # other event's, and its people are the ones held, not the ones who protest.
        protesters_after = (
            after_match is not None
            and adjacent is None
            and bool(
                self.table.starting_in(
                    after_match.end(), after_match.end() + 3, {MentionKind.GROUP}
                )
            )
        )
        if after_match and (event_type != "protested" or protesters_after):
            # A relative clause: 被消失的父亲, 被拘留的学者.
            head = after_match.end()
            # A description before the person (被判入狱的维吾尔医生艾山) only when the relative
            # clause names no one of its own (not 父母被判刑的维吾尔族艾山).
            own_subjects = [
                m
                for m in self.usable
                if clause_start <= m.start
                and m.end <= start
                and OWN_SUBJECT_GAP.fullmatch(folded, m.end, start)
            ]
            described = not own_subjects
            following = [
                m
                for m in self.table.mentions
                if (
                    head <= m.start <= head + 2
                    or (
                        described
                        and m.kind == MentionKind.PERSON
                        and DESCRIBED_PERSON.fullmatch(folded, head, m.start)
                    )
                    # 失踪的还有他的两个弟弟, 被捕的包括她的父亲: kin listed after a headless
                    # relative clause, owned by a pronoun and counted.
                    or (
                        m.kind in RELATIVE_KINDS
                        and head < m.start <= head + 12
                        and HEADLESS_LISTED_KIN.fullmatch(folded, head, m.start)
                    )
                )
            ][:1]
            if following and following[0].kind == MentionKind.GROUP:
                # 被关押的维吾尔族女教师古丽: the people describe the person named after them.
                described_one = [
                    m
                    for m in self.table.mentions
                    if m.kind == MentionKind.PERSON
                    and DESCRIBED_PERSON.fullmatch(folded, head, m.start)
                ][:1]
                following = described_one or following
            if following and following[0].start <= head + 2 and self.owns_relative(following[0]):
                # 被判刑的还有艾山的弟弟, 被拘留的艾山的妻子: the head is the relative (not after
                # a description: 被捕的学者艾山的儿子 are the scholar's).
                following = [
                    m
                    for m in self.table.mentions
                    if m.kind in RELATIVE_KINDS
                    and following[0].end < m.start <= following[0].end + 8
                ][:1]
            if (
                own_subjects
                and own_subjects[-1].kind in RELATIVE_KINDS
                and following
                and following[0].kind == MentionKind.PERSON
                and following[0].start <= head + 2
            ):
                # 父母被警方带走的艾山: the clause's own subject, his parents, suffered it; the
                # person named right after it is their owner.
                return own_subjects[-1:]
            if following:
                return self.chain(
                    following[0], [m for m in self.table.mentions if m.start >= end], forward=True
                )
            people = PEOPLE_HEAD.match(folded, head)
            if people and people["kin"]:
                # 被关押的哈萨克母亲: that people, with a noun not read as a group.
                ethnicity = GROUP_ETHNICITIES[people["people"]]
                return [Mention(head, people.end(), MentionKind.GROUP, ethnicity=ethnicity)]
            if people or GENERIC_HEAD.match(folded, head):
                return []  # 恢复联系的人往往……, 失踪的维吾尔作家: no one named before
        elif (
            event_type in KIN_COMPOUND_TYPES
            # 这些失踪家人: kin spoken of before, whoever they were (PluralAntecedent's).
            and not PLURAL_DEMONSTRATIVE_BEFORE.search(folded, max(0, start - 2), start)
            and (
                kin := [
                    m
                    for m in self.table.mentions
                    if m.start == end
                    and (m.kind in RELATIVE_KINDS or folded[m.start : m.end] in RELATIONS)
                ]
            )
        ):
            # 寻找失踪亲友, 举着失联家人照片: a trigger joined to a kin word with no 的 describes
            # those kin; the event is theirs, not the clause subject's.
            return kin[:1]
        elif GENERIC_AFTER_PLACE.match(folded, end) and event_type != "protested":
            return []  # 关在里面的人: people in general
        if event_type == "sentenced" and folded[start - 1 : start] == "的":
            # 法院将古丽(Gul)的无期徒刑减为20年: a term owned by a person is that person's.
            owners = [
                m
                for m in self.table.mentions
                if m.kind == MentionKind.PERSON
                and start - 40 < m.end < start
                and not BRACKETED.sub("", folded[m.end : start - 1]).strip()
            ]
            if owners:
                return owners
        owned = AUTHORITY_OWNED_TRIGGER.search(folded, clause_start, start)
        if owned and not SUFFERED.search(folded, clause_start, owned.start()):
            return []  # 听到的是法官的宣判: a verdict spoken of
        if INDEFINITE_SUBJECT.search(folded, clause_start, start):
            return []  # 谁家的儿子被带走了: someone's relative, of no one the story names
        someone = SOMEONE_SUBJECT.search(folded, clause_start, start)
        among_kin = [
            m
            for m in self.table.starting_in(clause_start, start, {MentionKind.RELATIVE})
            if someone and KIN_BEFORE_SOMEONE.fullmatch(folded, m.end, someone.start())
        ]
        if among_kin:
            # 他的亲戚中有人被抓: some of his relatives, not no one.
            some = among_kin[-1]
            return [
                Mention(some.start, some.end, some.kind, person=some.person, relation="relative")
            ]
        if someone and not self.table.starting_in(sentence.start, start, {MentionKind.GROUP}):
            return []
        if MEMBERS_AFTER.match(folded, end):
            # 被捕者包括多名维吾尔族学者: the ones listed after the noun.
            listed = [m for m in self.usable if end <= m.start and m.end <= clause_end]
            return self.chain(listed[0], listed, forward=True) if listed else []
        naming = [
            m
            for m in self.table.mentions
            if m.kind == MentionKind.GROUP and m.start <= start and end <= m.end
        ]
        if naming:
            return naming[:1]  # 抗议者: the word for the people names the event too
        usable = self.usable
        before = [m for m in usable if sentence.start <= m.start and m.end <= start]
        # 妻子已与他失联六年，至今下落不明: the one contact was lost with, in a clause before, is
        # not who the next clause speaks of.
        before = [m for m in before if not self.is_contact_partner(m, start, sentence)]
        # Objects of the trigger itself are fine after it (逮捕努尔兰); owners are not.
        after = [
            m
            for m in self.table.mentions
            if end <= m.start
            and m.end <= clause_end
            and (m in usable or (m.start in (end, end + 1) and not self.owns_relative(m)))
        ]
        if event_type == "released" and RETURNED_TO_AFTER.match(folded, end):
            after = []
        # 获释并与家人团聚, 被释放后同妻子回家: one the released is joined with, after 与/和/跟/同
        # and a second verb's opening, is no object of the trigger.
        after = [m for m in after if not JOINED_AFTER_TRIGGER.fullmatch(folded, end, m.start)]
        # 拘押了讲述自己遭遇的维吾尔人: a 自己 inside the object's relative clause is that
        # object, named after it.
        after = [
            m
            for m in after
            if not (folded.startswith("自己", m.start) and any(n.start >= m.end for n in after))
        ]
        inside = [m for m in self.table.mentions if start <= m.start and m.end <= end]
        conjunct = self.gapped_conjunct_start(clause_start, start, before)
        if conjunct is not None:
            # 艾山被判处10年、古丽有期徒刑5年: the second term's subject opens its own conjunct.
            clause_start, before = conjunct, [m for m in before if m.start >= conjunct]
        in_clause = [m for m in before if m.start >= clause_start]
        listed = [m for m in in_clause if self.opens_list_item(m)]
        if listed:
            # 儿子被关、老伴病逝: the item before, and its 被, are not this item's.
            clause_start = listed[-1].start
            before = in_clause = [m for m in in_clause if m.start >= clause_start]
        clause_before = folded[clause_start:start]
        if clause_start > 0 and folded[clause_start - 1] == " ":
            before = in_clause  # headline phrases do not share subjects
        if event_type in {"passport_confiscated", "passport_returned"}:
            if inside:
                return inside[:1]  # 扣押了她的护照
            if folded[end - 1] == "给" and after:
                return after[:1]  # 把护照交还给哈萨克族女子古丽
            recipients = [
                m
                for m in self.table.mentions
                if clause_start <= m.start
                and m.end <= clause_end
                and folded[m.start - 1 : m.start] == "给"
            ]
            if recipients:
                return recipients[:1]  # 给他们发放护照, 把护照交还给她
        if event_type in {"disappeared", "threatened", "released"} and inside:
            # 打听他父亲的下落: the one asked after; 要艾山不要再接受采访: the one told;
            # 放她回家: the one let go. Not one named as the owner of kin the words go on to
            # (要求古丽的家人不许对外透露: the family is told).
            return (
                self.relative_for_pronoun(inside, before)
                or [m for m in inside if not self.owns_relative(m)][:1]
                or inside[:1]
            )
        aimed = AIMED_AT_BEFORE.search(folded, clause_start, start)
        if (
            event_type == "threatened"
            and aimed
            and not OWNER_WORD.search(aimed.group())
            and all(
                m.kind == MentionKind.PLURAL_RELATIVE
                for m in self.table.mentions
                if aimed.start() < m.start and m.end <= start
            )
        ):
            # 利用他们对敢言的家人施加压力: the pressure is aimed at whom 对 names, here kin of
            # no one the story names; those before 对 press, or are the means.
            return []
        if event_type in {"contact_lost", "contact_restored"} and SOME_PEOPLE_OPENING.match(
            folded, clause_start, start
        ):
            return []  # 有些人已经和家人联系上了: some people's kin, of no one the story names
        if event_type in {"contact_lost", "contact_restored"}:
            # A relation word may name a person (联系不上妹妹, once 我的妹妹古丽 was named).
            relatives = [
                m
                for m in in_clause + inside + after
                if m.kind in RELATIVE_KINDS or folded[m.start : m.end] in RELATIONS
            ]
            # 丈夫的姐姐也失去了联系: the sister, not the husband who owns her.
            relatives = [
                m
                for m in relatives
                if not any(
                    n.start == m.end + 1 and folded[m.end] == "的" and n.kind in RELATIVE_KINDS
                    for n in relatives
                )
            ]
            if not relatives and any(m.kind == MentionKind.PLURAL for m in inside + after):
                # 无法和她们通话: 她们 are the relatives named before in the sentence.
                relatives = [m for m in before if m.kind in RELATIVE_KINDS][-1:]
            nearest = before[-1] if before else None
            if nearest and nearest.kind == MentionKind.GROUP:
                return [nearest]
            groups = [m for m in in_clause if m.kind == MentionKind.GROUP]
            if (
                groups
                and relatives
                and COMITATIVE_RELATIVE.fullmatch(folded, groups[-1].end, relatives[0].start)
            ):
                return groups[-1:]  # 哈萨克人都与国外的亲人失去了联系: the people, not kin
            if relatives:
                return self.drop_family([self.parents_as_one(relatives[0])])
            reached = [m for m in after if folded[m.start : m.end] not in TELLERS]
            if before and folded[before[-1].start : before[-1].end] in TELLERS and reached:
                # 我们至今联系不上他们, 我再也无法联系到她: the teller is the one who tries;
                # contact is lost with the one after the verb.
                return reached[:1]
            spoken_of = self.other_side_of_we(before, start)
            if spoken_of and not after:
                return spoken_of
            if inside or (after and not before):
                return (inside + after)[:1]
        # 被指用以关押少数民族: 被 of a saying (alleged, accused, called) is no passive of the act;
        # the ones held still stand after it.
        clause_before = SAID_PASSIVE.sub("　", clause_before)
        passive_at = max(
            clause_before.rfind("被"),
            clause_before.rfind("遭"),
            clause_before.rfind("将"),
            clause_before.rfind("把"),
        )
        # 她被关押在监狱期间曾目睹多名女子死亡: a passive inside a "while" phrase told before is
        # that phrase's own; the trigger's subject stands after the phrase closes.
        while_closed = WHILE_CLOSING.search(clause_before, max(passive_at, 0))
        if passive_at >= 0 and while_closed:
            before = [m for m in before if m.start >= clause_start + while_closed.end()] or before
            passive_at = -1
        passive = folded[start] == "被" or passive_at >= 0
        if after and not passive and event_type in ACTIVE_TYPES:
            return self.drop_family(self.chain(after[0], after, forward=True))
        if event_type == "protested":
            if not in_clause:
                before = [m for m in before if not SPEECH.search(folded, m.end, start)]
            # The subject of the sentence, and those joined to it (其弟弟艾力和妹妹古丽到使馆前
            # 抗议), not a later object; and those it rallied with (她和数百名维吾尔人一道集会).
            candidates = in_clause or before
            protesters = self.chain(candidates[0], candidates, forward=True) if candidates else []
            together = [
                m
                for m in before
                if protesters
                and m.start > protesters[0].start
                and m.kind == MentionKind.GROUP
                and RALLIED_WITH.fullmatch(folded, protesters[0].end, m.start)
                and TOGETHER_AFTER.match(folded, m.end)
            ]
            return protesters + together[:1]
        if passive_at >= 0 and folded[start] != "被":
            marker = clause_start + passive_at
            if folded[marker] in "将把":
                # 把他们送入: the one it befell stands between 把 and the verb.
                between = [m for m in before if m.start > marker]
                before = between or before
            else:
                before = [m for m in before if m.end <= marker] or before
        while len(before) > 1 and (
            self.in_adverbial_clause(before[-1], start)
            or (event_type in REACTION_TYPES and self.in_learned_clause(before[-1], start))
        ):
            before = before[:-1]
        before = self.outside_reason_clauses(before, start, sentence)
        if not before:
            return self.zero_subject(start, end, sentence)
        nearest = before[-1]
        # A speaker is not the subject of what he reports: 王律师表示……被判.
        # So is one who learned of it (他的家人从朋友处获悉……被送进), but for a passport:
        # 他发现护照被没收 is his own.
        own_document = event_type in {"passport_confiscated", "passport_returned"}
        speaker = SPEAKER_AFTER.match(folded, nearest.end) or (
            None if own_document else LEARNER_AFTER.match(folded, nearest.end)
        )
        learned_before = event_type in REACTION_TYPES and self.learned_clause_closes(
            nearest.end, start
        )
        if (
            nearest.kind != MentionKind.GROUP
            and speaker
            and speaker.end() <= start
            and not learned_before
        ):
            return []
        if (
            not passive
            and event_type in ACTIVE_TYPES
            and ORDER_GIVEN_BEFORE.search(folded, nearest.end, start)
        ):
            return []  # 局长王建明下令逮捕参加聚会的人: the one who orders is no one held
        accuser = ACCUSER_AFTER.match(folded, nearest.end)
        if event_type != "protested" and accuser and accuser.end() <= start:
            return []  # 抗议民众指控中国策划…失踪: the accusers are not the missing
        if (
            not own_document
            and LEARNING_VERB.search(folded, nearest.end, start)
            and not learned_before
        ):
            return []  # 夫人前去看望，结果发现阿訇被关: what was found has its own subject
        if CAUSATIVE.search(folded, nearest.end, start):
            return []  # 他揭发官员，使数千名公民遭到拘禁: the ones it befell are not named
        chained = self.chain(nearest, before, forward=False)
        if nearest.kind == MentionKind.GROUP:
            # 艾山的父亲和村里的几十名维吾尔人一起被带走, 丈夫和同村的三十多名维吾尔族男子被带走:
            # the one joined to the group went with it (同, 跟, 与 only with 一起).
            went_together = TOGETHER_SOON_AFTER.match(folded, nearest.end)
            chained += [
                m
                for m in before
                if m.kind in {MentionKind.PERSON, MentionKind.RELATIVE}
                and RALLIED_WITH.fullmatch(folded, m.end, nearest.start)
                and (went_together or folded[m.end] in "和及")
            ][-1:]
        return self.drop_family(chained)

    def gapped_conjunct_start(
        self, clause_start: int, start: int, before: list[Mention]
    ) -> int | None:
        """Return where the conjunct of a trigger opens when its verb is left out before it
        (艾山被判处10年、古丽有期徒刑5年: after the 、 that follows the first verb), else None.

        Only a person or relative opening the conjunct makes one; a 、 inside a list of names
        (艾山、古丽被判刑) has no trigger before it.
        """
        gap = self.context.folded.rfind("、", clause_start, start)
        if gap < 0 or not any(clause_start < end <= gap for end in self.trigger_ends):
            return None
        opening = [m for m in before if m.start >= gap + 1]
        if not opening or opening[0].start > gap + 1 or opening[0].kind not in CONJUNCT_OPENERS:
            return None
        return gap + 1

    def zero_subject(self, start: int, end: int, sentence: Span) -> list[Mention]:
        """Return whom a trigger with no subject before it befell, where Chinese leaves the
        subject unsaid: the main clause's after a fronted clause of time (在2017年被捕之前，艾山…),
        else the topic of the sentence before, when the trigger's sentence opens with no
        subject of its own (艾山2018年被捕。后被判刑10年。目前在监狱服刑。)."""
        folded = self.context.folded
        if TRIGGER_AS_NOUN.match(folded, end):
            return []  # 关押中心, 被拘留的时间: no event of a person
        clause_start, clause_end = self.context.clause_bounds(start, sentence)
        if clause_start == sentence.start and FRONTED_TIME_CLAUSE.fullmatch(
            folded, clause_start, clause_end
        ):
            following = [
                m
                for m in self.usable
                if clause_end < m.start
                and (
                    m.start <= clause_end + 2
                    or ROLE_OPENING_CLAUSE.fullmatch(folded, clause_end, m.start) is not None
                )
                and m.end <= self.context.clause_bounds(m.start, sentence)[1]
            ]
            return self.chain(following[0], self.usable, forward=True) if following else []
        at, subjects = self.last_subjects
        if sentence.start <= at < clause_start and self.opens_with_no_subject(clause_start, start):
            return subjects  # 警方逮捕了努尔兰，后判刑10年: the clause before's subjects
        if not self.opens_with_no_subject(sentence.start, start):
            return []
        index = self.context.sentence_index(start)
        if not index:
            return []
        previous = self.context.sentences[index - 1]
        if self.context.paragraph_window(start, 1) != previous.start or self.context.is_headline(
            previous.start
        ):
            return []  # a new paragraph, or after a headline: no topic carried
        if previous.start <= at < start:
            return subjects
        topics = [m for m in self.usable if previous.start <= m.start and m.end <= previous.end]
        if len(topics) > 1 and SPEAKER_AFTER.match(folded, topics[0].end):
            # 她表示，古丽已取得国籍。后来……被关押: the one told of, not the one who tells.
            topics = topics[1:]
        if not topics:
            return []
        return self.drop_family(self.chain(topics[0], self.usable, forward=True))

    def opens_with_no_subject(self, start: int, trigger_start: int) -> bool:
        """Return whether the text from start to a trigger holds no subject of its own: only
        dates, adverbs, places, reasons and agents (SUBJECTLESS_OPENING)."""
        characters = list(self.context.folded[start:trigger_start])
        for date in self.context.dates:
            if start <= date.start and date.end <= trigger_start:
                characters[date.start - start : date.end - start] = " " * (date.end - date.start)
        opening = BRACKETED.sub(" ", QUOTED.sub("", "".join(characters))).strip()
        return len(opening) <= 40 and SUBJECTLESS_OPENING.fullmatch(opening) is not None

    def opens_list_item(self, mention: Mention) -> bool:
        """Return whether a mention opens an item of a 、 list right after a trigger closed the
        one before (儿子被关、孙子失踪、老伴病逝): its own subject, not the trigger's object."""
        before = mention.start - 1
        return before in self.trigger_ends and self.context.folded[before] == "、"

    def is_object_or_owner(self, mention: Mention) -> bool:
        """Return whether a mention is an agent, object or owner (X的肖像), not a subject."""
        folded = self.context.folded
        # 对父亲被拘留感到心烦, 抗议其兄长遭关押: the object of one verb is the subject of the
        # passive after it (not across a headline's space: 遭逮捕 维吾尔男被判刑).
        # A place of the passive may stand between (对40名偷渡人员从泰国被遣返表达关切).
        is_passive_subject = PASSIVE_AFTER.match(folded, mention.end)
        # 因为母亲过世: the kin word opening the reason is the subject of the verb right after it.
        opens_reason = (
            bool(BECAUSE_BEFORE.search(folded, max(0, mention.start - 2), mention.start))
            and mention.end in self.trigger_starts
        )
        if self.is_patient_of_noun(mention):
            return False  # 当局对维吾尔人的大规模拘押: they are the ones held
        if (
            NOT_SUBJECT_BEFORE.search(folded, max(0, mention.start - 1), mention.start)
            and not is_passive_subject
            and not opens_reason
        ):
            return True
        if LEVER_BEFORE.search(
            folded, max(0, mention.start - 4), mention.start
        ) and LEVER_AFTER.match(folded, mention.end):
            return True  # 拿她父亲的安危恐吓她: the father is the lever, not the one threatened
        if mention.kind in RELATIVE_KINDS and HOME_AFTER.match(folded, mention.end):
            return True  # 她去丈夫的老家探亲，被勒令报到: she, not her husband
        if ADDRESSED_OFFICIAL_BEFORE.search(folded, max(0, mention.start - 16), mention.start):
            return True  # 向总理某某递交请愿书: he is petitioned, not petitioning
        if VISITED_BEFORE.search(folded, max(0, mention.start - 18), mention.start):
            return True  # 回乡探望女儿，却被带走: he was taken, not the daughter
        is_passive_object = is_passive_subject and not folded[mention.start - 1].isspace()
        if not is_passive_object and (
            mention.start in self.trigger_ends
            or (
                mention.start - 1 in self.trigger_ends
                and not CLAUSE_BREAK.match(folded, mention.start - 1)
                # 被捕的维吾尔人下落不明: the head of a relative clause opening its clause is no
                # object of its verb (but 为被判刑的弟弟讨说法 stays the object of 为)
                and not self.heads_opening_relative_clause(mention)
                and not self.opens_list_item(mention)
                and not (
                    mention.kind in RELATIVE_KINDS
                    and folded[mention.start - 1].isspace()
                    and self.context.is_headline(mention.start)
                )
            )
        ):
            # 逮捕努尔兰: the object of another verb (not 集会。这些妇女, nor a relative opening
            # the next phrase of a headline: 艾山遭重判 妻子赴联合国陈情).
            return True
        if mention.kind != MentionKind.PERSON:
            return False
        if self.owns_relative(mention):
            return True  # 努尔兰·别克(Nurlan Bek)的24名亲属: the relatives are the subject
        following = BRACKETED.sub("", folded[mention.end : mention.end + 50], count=1)
        return (
            following.startswith("的")
            and not RELATION_AFTER.match(following)
            and not OWN_FATE_AFTER.match(following)
        )

    def is_patient_of_noun(self, mention: Mention) -> bool:
        """Return whether a mention after 对 owns a trigger used as a noun (对维吾尔人的大规模拘押,
        对哈萨克族牧民的任意关押): the act was done to them, so they are its subject."""
        folded = self.context.folded
        if folded[mention.start - 1 : mention.start] != "对":
            return False
        return any(
            PATIENT_OF_NOUN_GAP.fullmatch(folded, mention.end, start)
            for start in self.trigger_starts
            if mention.end < start <= mention.end + 12
        )

    def heads_opening_relative_clause(self, mention: Mention) -> bool:
        """Return whether a mention heads a short relative clause that opens its clause
        (被捕的维吾尔人, 这些被遣返的维吾尔人), with no preposition before the clause."""
        sentence = self.context.sentence_of(mention.start)
        clause_start, _ = self.context.clause_bounds(mention.start, sentence)
        return bool(
            OPENING_RELATIVE_CLAUSE.fullmatch(self.context.folded, clause_start, mention.start)
        )

    def outside_reason_clauses(
        self, before: list[Mention], start: int, sentence: Span
    ) -> list[Mention]:
        """Return the mentions before a trigger without those inside a clause of reason, a phrase
        of means, or an aside in brackets, that closed before it, when its subject stands before
        that clause (她的母亲因为曾去探望儿子，多年后被判刑: the mother, not the son)."""
        folded = self.context.folded
        for clause in (
            *REASON_CLAUSE.finditer(folded, sentence.start, start),
            *MEANS_PHRASE.finditer(folded, sentence.start, start),
        ):
            runs_on = not re.search(r"[，,；;]", folded[clause.end() : start])
            if clause.group()[-2:-1] == "后" and runs_on:
                # 因为她姐姐在被关押两年后，终于获释: a time clause inside the reason, which runs
                # on to the trigger; the trigger is the reason's, and so is its subject.
                continue
            inside = [m for m in before if clause.start() < m.start < clause.end()]
            if inside and any(m.end <= clause.start() for m in before):
                before = [m for m in before if m not in inside]
        # So is an aside in brackets (艾山的父母（右起第二位，旁为他的女儿）被关押: the parents),
        # but not a name in apposition (我姐姐（古丽·艾山，1983年出生）也被带走).
        for aside in BRACKETED.finditer(folded, sentence.start, start):
            inside = [m for m in before if aside.start() < m.start < aside.end()]
            content_start = aside.end() - len(aside.group().lstrip()) + 1
            if inside and inside[0].start == content_start and inside[0].kind == MentionKind.PERSON:
                continue
            if inside and any(m.end <= aside.start() for m in before):
                before = [m for m in before if m not in inside]
        return before

    def in_adverbial_clause(self, mention: Mention, trigger_start: int) -> bool:
        """Return whether a mention belongs to a clause of time before the trigger, not to it.

        在父亲去世后被捕 and 生下孩子后被拘留: the father and the child are not the ones held.
        """
        folded = self.context.folded
        gap = folded[mention.end : trigger_start]
        if ADVERBIAL_CLOSER.match(gap):
            return True  # 生下孩子后: the object of the clause's verb
        return bool(
            ADVERBIAL_CLOSER.search(gap)
            and ADVERBIAL_OPENER.search(folded, max(0, mention.start - 5), mention.start)
        )

    def learned_clause_closes(self, position: int, trigger_start: int) -> bool:
        """Return whether a clause of learning opens after position and closes with its own event
        before the trigger: 父亲得知哥哥被判刑后病倒，不久去世 (the father died, who learned)."""
        folded = self.context.folded
        learning = LEARNING_VERB.search(folded, position, trigger_start)
        if learning is None:
            return False
        # Closed by 后 and a comma: in 获知他在拘留期间死亡 the death is what was learned.
        closer = LEARNED_CLOSER.search(folded, learning.end(), trigger_start)
        return (
            closer is not None
            and CLAUSE_BREAK.search(folded, closer.end(), trigger_start) is not None
            and any(learning.end() < end <= closer.start() for end in self.trigger_ends)
        )

    def in_learned_clause(self, mention: Mention, trigger_start: int) -> bool:
        """Return whether a mention is what someone learned in a clause of time that closed before
        the trigger (父亲得知哥哥被判刑后去世: the brother is not the one who died)."""
        folded = self.context.folded
        sentence_start = self.context.sentence_of(mention.start).start
        learning = max(
            LEARNING_VERB.finditer(folded, sentence_start, mention.start),
            key=lambda found: found.start(),
            default=None,
        )
        return (
            learning is not None
            and not CLAUSE_BREAK.search(folded, learning.end(), mention.start)
            and self.learned_clause_closes(learning.start(), trigger_start)
            and any(m.end <= learning.start() for m in self.usable if m.start >= sentence_start)
        )

    def owns_relative(self, mention: Mention) -> bool:
        """Return whether a named person is named as the owner of a relative (努尔兰的妻子)."""
        following = BRACKETED.sub("", self.context.folded[mention.end : mention.end + 50], count=1)
        return mention.kind == MentionKind.PERSON and bool(
            OWNER_OF_RELATIVE.match(following)
            or OWNER_OF_DESCRIBED_RELATIVE.match(following)
            or OWNER_OF_RELATIVE_WITHOUT_DE.match(following)
            or self.owns_relative_at_place(mention)
        )

    def owns_relative_at_place(self, mention: Mention) -> bool:
        """Return whether a name owns kin told by a place between (古丽在新疆的家人): what stands
        between 在 and the kin is one place the text names, not an act (在探望伊犁的亲属时)."""
        at = OWNER_OF_RELATIVE_AT_PLACE.match(self.context.folded, mention.end)
        return at is not None and any(
            place.start == at.start(1) and place.end == at.end(1) for place in self.context.places
        )

    def parents_as_one(self, relative: Mention) -> Mention:
        """Return a father listed with a mother (无法与父、母联络) as one mention of the parents."""
        chained = self.chain(
            relative, [m for m in self.table.mentions if m.start >= relative.start], forward=True
        )
        if (
            len(chained) == 2
            and {m.relation for m in chained} == {"father", "mother"}
            and len({m.person for m in chained}) == 1
        ):
            return Mention(
                relative.start,
                chained[-1].end,
                MentionKind.RELATIVE,
                person=relative.person,
                relation="parent",
            )
        return relative

    @staticmethod
    def drop_family(mentions: list[Mention]) -> list[Mention]:
        """Return mentions without a generic "family" beside a named relation (父母亲及家人)."""
        specific = {
            m.person for m in mentions if m.kind == MentionKind.RELATIVE and m.relation != "family"
        }
        return [
            m
            for m in mentions
            if not (
                m.kind == MentionKind.RELATIVE and m.relation == "family" and m.person in specific
            )
        ]

    def chain(self, first: Mention, mentions: list[Mention], forward: bool) -> list[Mention]:
        """Return first and the mentions coordinated with it (王建华及妻子、儿子)."""
        chosen = [first]
        ordered = mentions if forward else list(reversed(mentions))
        index = ordered.index(first)
        for mention in ordered[index + 1 :]:
            previous = chosen[-1]
            gap = (
                self.context.folded[previous.end : mention.start]
                if forward
                else self.context.folded[mention.end : previous.start]
            )
            raw_gap = gap
            if (mention.kind if forward else previous.kind) == MentionKind.PERSON:
                gap = ROLE_BEFORE_NAME_AT_END.sub("", gap)
            gap = RELATION_GAP_FILLER.sub("", RELATION_PATTERN.sub("", BRACKETED.sub("", gap)))
            gap = AGE_MODIFIER.sub("", COUNT_BEFORE.sub("", gap))
            individuals = {MentionKind.PERSON, MentionKind.RELATIVE}
            if MentionKind.PRONOUN in {mention.kind, previous.kind} and gap.strip() in {
                "和",
                "及",
                "与",
                "以及",
            }:
                # 他和弟弟都被判刑: a pronoun joined by a conjunction (not a comma: 母亲告诉她，
                # 哥哥被带走) is one of the subjects, as a name is.
                individuals = {*individuals, MentionKind.PRONOUN}
            resumed = gap.strip("，, ") == "" and re.search(r"[他她其]们?的?", raw_gap)
            if (
                len(gap) <= 4
                and CONNECTORS.match(gap)
                and not resumed  # 约买尔，他的两个哥哥: the topic owns them, is not one of them
                and (
                    (mention.kind in individuals and previous.kind in individuals)
                    or (mention.kind == previous.kind == MentionKind.GROUP)
                )
            ):
                chosen.append(mention)
            elif {mention.kind, previous.kind} == {
                MentionKind.RELATIVE,
                MentionKind.PLURAL_RELATIVE,
            } and THEIR_KIN_GAP.fullmatch(raw_gap):
                chosen.append(mention)  # 她的三个兄弟和他们的妻子
            elif mention.kind == previous.kind == MentionKind.GROUP and GROUP_LIST_GAP.fullmatch(
                raw_gap
            ):
                chosen.append(mention)  # 维吾尔人、哈萨克人及其他少数民族
            elif (
                MentionKind.GROUP in {mention.kind, previous.kind}
                and ({mention.kind, previous.kind} - {MentionKind.GROUP}) <= individuals
                and OTHERS_OF_GROUP_GAP.fullmatch(raw_gap)
            ):
                chosen.append(mention)  # 艾山和其他十几名维吾尔族知识分子
            else:
                break
        return keep_specific_groups(chosen)

    def stands_for(self, mention: Mention, last_plural: PluralAntecedent) -> list[Mention]:
        """Return the mentions a mention stands for: what a 他们 means, else the mention."""
        if mention.kind == MentionKind.PLURAL:
            return self.plural_antecedent(mention.start, last_plural)
        return [mention]

    def plural_antecedent(self, position: int, last_plural: PluralAntecedent) -> list[Mention]:
        """Return what 他们 at position stands for: the last group or coordinated subjects."""
        groups = [
            m
            for m in self.table.mentions
            if m.kind == MentionKind.GROUP and m.start < position and not self.is_predicate(m)
        ]
        at, subjects = last_plural
        window_start = self.context.paragraph_window(position, sentences_back=2)
        index = self.context.sentence_index(position)
        if (
            index
            and window_start == self.context.sentences[index].start
            and self.context.folded[position : position + 2] in {"他们", "她们"}
        ):
            # 他们 in a paragraph's first sentence: those joined at the end of the paragraph
            # before (……父母艾山和古丽……。\n然而他们入境后，护照被没收).
            window_start = self.context.sentences[index - 1].start
        individuals = [
            m
            for m in self.table.starting_in(
                window_start, position, {MentionKind.PERSON, MentionKind.RELATIVE}
            )
            if not groups or m.start > groups[-1].start
        ]
        if individuals and JOINED_WITH_COUNTED.match(self.context.folded, individuals[-1].end):
            # 她的哥哥和两名同学……抓走了他们: he and people the story does not name.
            return individuals[-1:]
        for last in reversed(individuals):
            # 我父母和大哥……，他们回去之后: persons joined in this sentence or the two before
            # it in its paragraph (艾山、古丽和努尔兰这三人……。他们逃到了…); or relatives
            # counted (拘押了他的两个哥哥，随后判处他们).
            joined = self.chain(last, individuals, forward=False)
            if len(joined) > 1 or (last.count or 0) > 1:
                return list(reversed(joined))
            if self.is_collective_relative(last, position):
                return [last]  # 她在新疆的亲戚很害怕……，于是他们便断了联系
        listed_kin = self.kin_named_in_one_sentence(individuals)
        if listed_kin:
            return listed_kin
        counted = next(
            (m.count for m in self.table.mentions if m.start == position and m.count), None
        )
        if counted:
            # X在医院工作，他的妻子Y在学校教书，两人都被带走: the last persons named, that many.
            named = [m for m in individuals if m.kind == MentionKind.PERSON]
            distinct = list({m.person: m for m in named}.values())
            if len(distinct) >= counted:
                return sorted(distinct, key=lambda m: m.start)[-counted:]
        last_named = max(groups[-1].end if groups else 0, at)
        if REPORTERS_AS_SUBJECT.search(
            self.context.folded, max(last_named, window_start), position
        ):
            return []
        if groups and groups[-1].start > at:
            return [groups[-1]]
        if (
            len(subjects) == 1
            and subjects[0].kind in RELATIVE_KINDS
            and self.table.starting_in(at, position, {MentionKind.PERSON})
        ):
            # One kin word for several people (她的很多亲戚都被关押), then a person named before
            # 他们 (她的奶奶古丽说，她和丈夫…，他们…): 他们 are hers, not the kin told of before.
            return groups[-1:]
        return subjects

    def kin_named_in_one_sentence(self, individuals: list[Mention]) -> list[Mention]:
        """Return the persons last named after kin words of one owner in one sentence, however
        much is told of each between (她的父亲X，生于1960年，母亲Y，生于1962年。他们…): the
        owner's kin that 他们 stands for. Empty unless they are the last ones named."""
        appositions = self.table.appositions
        named_kin = [
            m for m in individuals if m.kind == MentionKind.PERSON and appositions.get(m.start)
        ]
        if len(named_kin) < 2 or individuals[-1] is not named_kin[-1]:
            return []
        owner = appositions[named_kin[-1].start]
        sentence = self.context.sentence_of(named_kin[-1].start)
        listed = [
            m for m in named_kin if appositions[m.start] == owner and m.start >= sentence.start
        ]
        return listed if len({m.person for m in listed}) > 1 else []

    def household_of_person(
        self, mention: Mention, antecedents: list[Mention]
    ) -> dict[str, Any] | None:
        """Return the relatives a plural owns when it stands for a person and those with them.

        她和丈夫移居美国。他们和在新疆的家人失去了联系: when what the plural would stand for
        was all said a paragraph back, 他们 are the person named in this paragraph and her
        household, and their family is hers.
        """
        window = self.context.paragraph_window(mention.start, sentences_back=2)
        if (
            mention.kind != MentionKind.PLURAL_RELATIVE
            or not antecedents
            or any(other.start >= window for other in antecedents)
        ):
            return None
        persons = self.table.starting_in(window, mention.start, {MentionKind.PERSON})
        if not persons or persons[-1].person is None:
            return None
        return {"relative_of": persons[-1].person, "relation": mention.relation}

    def last_person_of_sex(self, position: int, sex: str) -> str | None:
        """Return the last person named before position, in its paragraph and the two sentences
        before, who is not shown to be of the other sex."""
        window = self.context.paragraph_window(position, sentences_back=2)
        named = [
            m.person
            for m in self.table.starting_in(window, position, {MentionKind.PERSON})
            if m.person
        ]
        fitting = [name for name in named if self.table.gender.get(name, sex) == sex]
        return fitting[-1] if fitting else None

    def last_individual_in_sentence(self, mention: Mention) -> list[Mention]:
        """Return the person or relative mentioned last before a mention, in its sentence."""
        sentence = self.context.sentence_of(mention.start)
        before = self.table.starting_in(
            sentence.start, mention.start, {MentionKind.PERSON, MentionKind.RELATIVE}
        )
        return before[-1:]

    def is_collective_relative(self, mention: Mention, position: int) -> bool:
        """Return whether a relative mention names several people by one word (亲戚, 家人,
        父母) in the sentence of position, so that a 他们 there is them."""
        sentence = self.context.sentence_of(position)
        word = self.context.folded[mention.start : mention.end]
        # Not the relatives of a group there (很多哈萨克人他们……的亲人和家人……给他们).
        group_in_sentence = any(
            m.kind == MentionKind.GROUP and sentence.start <= m.start < position
            for m in self.table.mentions
        )
        visited = VISITED_KIN.search(self.context.folded, sentence.start, mention.start)
        return (
            mention.kind == MentionKind.RELATIVE
            and mention.start >= sentence.start
            and word.endswith(COLLECTIVE_KIN)
            and not group_in_sentence
            and not visited
        )

    def turn_speaker(self, position: int) -> str | None:
        """Return the person whose turn of an interview the line at position is (艾山：…)."""
        folded = self.context.folded
        line_start = folded.rfind("\n", 0, position) + 1
        found = self.context.person_starting_near(line_start, 0)
        if found and folded[found[1] : found[1] + 1] in {"：", ":"}:
            return found[2]
        return None

    def relative_of_sex_before(self, position: int, sex: str) -> Mention | None:
        """Return the last relative of that sex named in this sentence or the one before."""
        window_start = self.context.paragraph_window(position, sentences_back=1)
        folded = self.context.folded
        for mention in reversed(self.table.mentions):
            if mention.start >= position:
                continue
            if mention.start < window_start:
                return None
            if (
                mention.kind == MentionKind.RELATIVE
                and RELATION_SEX.get(folded[mention.start : mention.end]) == sex
            ):
                return mention
        return None

    def kin_named_as_whose(self, position: int, topic: str, sex: str) -> Mention | None:
        """Return the relative a 他 or 她 at position stands for when the one it would go back
        to, of unknown sex, was last named only as whose that relative is (艾山的母亲在拘留中心
        去世。此前，她已被关押一年: 她 is the mother, not 艾山)."""
        relative = self.relative_of_sex_before(position, sex)
        if relative is None or relative.person != topic:
            return None
        if SPEECH.match(self.context.folded, relative.end):
            return None  # 艾山的父亲说，一直没有他的消息: the speaking father tells of 艾山
        named = [
            m
            for m in self.table.mentions
            if m.person == topic and m.kind == MentionKind.PERSON and m.start < position
        ]
        if not named or named[-1].end > relative.start:
            return None
        if self.context.folded[named[-1].end : relative.start] != "的":
            return None
        return relative

    def relative_quoted(self, position: int) -> Mention | None:
        """Return the relative a quotation holding position is said by, if its sentence opens
        with 他说：「 or 她说：「 right after a sentence whose subject is a relative of that sex
        (艾山的父亲在视频中喊话。他说：「我呼吁…」: 我 is the father, not 艾山)."""
        folded = self.context.folded
        opening = max(folded.rfind(mark, 0, position) for mark in QUOTE_OPENINGS)
        if opening < 0 or max(folded.rfind(m, opening, position) for m in QUOTE_CLOSINGS) >= 0:
            return None
        sentence = self.context.sentence_of(opening)
        said = PRONOUN_SPEAKS.fullmatch(folded, sentence.start, opening)
        index = self.context.sentence_index(sentence.start)
        if said is None or not index:
            return None
        previous = self.context.sentences[index - 1]
        if "\n" in folded[previous.end : sentence.start]:
            return None  # not across paragraphs
        opening_mentions = [m for m in self.usable if previous.start <= m.start < previous.end]
        first = opening_mentions[0] if opening_mentions else None
        if (
            first is not None
            and first.kind == MentionKind.RELATIVE
            and SEXED_RELATIONS.get(first.relation or "") == PRONOUN_SEX[said["pronoun"]]
        ):
            return first
        return None

    def parents_one_by_one(self, parents: Mention) -> list[dict[str, Any]]:
        """Return a person's parents as the father and the mother, where the text has named
        one of them (古丽的父亲叫做艾山……她父母的护照: 艾山 and her mother), also as the one
        whose child the person was named (艾山的女儿古丽), else []."""
        named = {
            RELATIONS.get(key, key): name
            for (owner, key), name in self.table.named_relatives.items()
            if owner == parents.person
        }
        for relation in ("father", "mother"):
            # 古丽和她的女儿阿依娜……阿依娜与父母失去了联系: 古丽 is the mother.
            inverse = self.table.inverse_relatives.get((parents.person or "", relation))
            if inverse and relation not in named:
                named[relation] = inverse
        if "father" not in named and "mother" not in named:
            return []
        return [
            {"person": named[relation]}
            if relation in named
            else {"relative_of": parents.person, "relation": relation}
            for relation in ("father", "mother")
        ]

    def is_predicate(self, group: Mention) -> bool:
        """Return whether a group describes the subject before 是 (他们都是哈萨克族人)."""
        sentence = self.context.sentence_of(group.start)
        clause_start, _ = self.context.clause_bounds(group.start, sentence)
        return bool(PLURAL_PREDICATE.search(self.context.folded, clause_start, group.start))

    def agent_of_object(self, mention: Mention) -> tuple[str, int] | None:
        """Return who acts on a pronoun that is the object of an active trigger (阿里木逮捕了他,
        该警官逼他签字: the person, or the last-named one a description before the verb
        stands for; in a clause with no subject of its own, the one opening the clause before:
        该警官逮捕了他，又逼他签字), and where that agent is named, else None."""
        folded = self.context.folded
        aspect = folded[mention.start - 1 : mention.start] in {"了", "过"}
        trigger_end = mention.start - 1 if aspect else mention.start
        if trigger_end not in self.trigger_ends:
            return None
        sentence = self.context.sentence_of(mention.start)
        clause_start, _ = self.context.clause_bounds(mention.start, sentence)
        trigger_start = self.trigger_start_by_end[trigger_end]
        if trigger_start < clause_start:
            return None
        agent = self.agent_in(clause_start, trigger_start, opening_only=False)
        if agent is not None or clause_start <= sentence.start:
            return agent
        if not self.opens_with_no_subject(clause_start, trigger_start):
            return None
        before_start, _ = self.context.clause_bounds(clause_start - 2, sentence)
        return self.agent_in(before_start, clause_start - 1, opening_only=True)

    def agent_in(self, start: int, end: int, opening_only: bool) -> tuple[str, int] | None:
        """Return the person who acts in an active clause [start, end): one named, or the
        last-named one a description stands for (该警官); opening_only: at its opening."""
        folded = self.context.folded
        if "被" in folded[start:end] or "遭" in folded[start:end]:
            return None
        agents = [
            m
            for m in self.table.mentions
            if m.kind == MentionKind.PERSON and start <= m.start and m.end < end and m.person
        ]
        description = DESCRIBED_AGENT.search(folded, start, end)
        openings = [m.start for m in agents[:1]] + ([description.start()] if description else [])
        first_at = min(openings, default=-1)
        if first_at < 0 or (opening_only and folded[start:first_at].strip(" ，,")):
            return None
        if agents and agents[0].start == first_at and agents[0].person:
            return agents[0].person, first_at
        named = self.table.topic_before(first_at, described=True)
        return (named, first_at) if named else None

    def resolve(self, mention: Mention, last_plural: PluralAntecedent) -> list[dict[str, Any]]:
        """Return the GOLD.md subjects a mention stands for (last_plural: what 他们 can mean)."""
        if mention.kind == MentionKind.PERSON:
            return [{"person": mention.person}]
        if mention.kind == MentionKind.RELATIVE:
            if mention.relation == "parent" and not mention.count:
                parents = self.parents_one_by_one(mention)
                if parents:
                    return parents
            subject: dict[str, Any] = {"relative_of": mention.person, "relation": mention.relation}
            if mention.count:
                subject["count"] = mention.count
            return [subject]
        if mention.kind == MentionKind.GROUP:
            return [{"group": {"ethnicity": mention.ethnicity, "place": mention.place}}]
        if mention.kind == MentionKind.PRONOUN:
            word = self.context.folded[mention.start : mention.end]
            if word in PARENT_EPITHETS:
                parent = self.last_person_of_sex(mention.start, PARENT_EPITHETS[word])
                return [{"person": parent}] if parent else []
            # 该女子 stands for the last-named woman, as 她 would; 老人 for anyone.
            described = word in DESCRIBED_WORDS
            pronoun = DESCRIBED_AS_PRONOUN.get(word, "" if described else word)
            topic = self.table.topic_before(mention.start, pronoun, described)
            agent = None if described else self.agent_of_object(mention)
            if topic is not None and agent is not None and agent[0] == topic:
                # 艾山认出了阿里木，该警官当年逮捕过他: 他 is not the one who arrested him,
                # but the one named before that one.
                named = [s for s, _, n in self.context.person_spans if n == topic and s < agent[1]]
                before_agent = self.table.topic_before(named[-1], pronoun) if named else None
                topic = before_agent if before_agent != agent[0] else None
            wanted = PRONOUN_SEX.get(pronoun[:1])
            is_turn_speaker = topic is not None and topic == self.turn_speaker(mention.start)
            if (
                wanted
                and topic
                and (is_turn_speaker or self.table.gender.get(topic, wanted) != wanted)
            ):
                # 我的丈夫被带走了。后来听说他被判了七年: 他 is not the woman who speaks but
                # the man just spoken of; nor, in an interview, the one whose answer it is.
                relative = self.relative_of_sex_before(mention.start, wanted)
                if relative:
                    return self.resolve(relative, last_plural)
                if is_turn_speaker:
                    return []
            if wanted and topic:
                # 艾山……古丽得知她的父亲去世。当局拘押过他: 他 is the father named since, kin of
                # a woman, when the one it would go back to is not named in this sentence or the
                # one before (not 艾山的父亲……他, which is 艾山).
                relative = self.relative_of_sex_before(mention.start, wanted)
                topic_at = max(
                    (
                        m.start
                        for m in self.table.mentions
                        if m.person == topic
                        and m.kind == MentionKind.PERSON
                        and m.start < mention.start
                    ),
                    default=-1,
                )
                if (
                    relative
                    and relative.person != topic
                    and relative.start > topic_at
                    and topic_at < self.context.paragraph_window(mention.start, sentences_back=1)
                    and self.table.gender.get(relative.person or "") not in {None, wanted}
                ):
                    return self.resolve(relative, last_plural)
            if wanted and topic and topic not in self.table.gender:
                kin = self.kin_named_as_whose(mention.start, topic, wanted)
                if kin:
                    return self.resolve(kin, last_plural)
            if word == "其" and topic:
                # 其 has no sex: 艾山的哥哥被带走，家人不知其下落 is the brother, as 他 would be.
                kins = [self.kin_named_as_whose(mention.start, topic, sex) for sex in ("m", "f")]
                found = [k for k in kins if k is not None]
                if len(found) == 1:
                    return self.resolve(found[0], last_plural)
            return [{"person": topic}] if topic else []
        if mention.kind == MentionKind.FIRST:
            relative = self.relative_quoted(mention.start)
            if relative:
                return self.resolve(relative, last_plural)
            speaker = self.table.speaker_before(mention.start)
            return [{"person": speaker}] if speaker else []
        if mention.kind in {MentionKind.PLURAL, MentionKind.PLURAL_RELATIVE}:
            antecedents = self.plural_antecedent(mention.start, last_plural)
            shared = shared_kin(mention, antecedents or self.last_individual_in_sentence(mention))
            if shared:
                return [shared]
            household = self.household_of_person(mention, antecedents)
            if household:
                return [household]
            subjects: list[dict[str, Any]] = []
            for other in antecedents:
                if other.kind == MentionKind.GROUP and mention.kind == MentionKind.PLURAL_RELATIVE:
                    # 她们在新疆的丈夫: relatives of a group are described as that group;
                    # of a group abroad (在美国的维吾尔人), they are not abroad with it.
                    home = other.place if other.place and other.place.startswith("CN") else None
                    # 他们的家人在哈萨克斯坦抗议: where the text puts the relatives themselves,
                    # right after the kin word, unless it only widens their home in China.
                    where = self.place_right_after(mention.end)
                    if where and (home is None or not where.startswith("CN")):
                        home = where
                    place = next(
                        (
                            p.key
                            for p in reversed(self.context.places)
                            if mention.start - 12 <= p.start < mention.start
                            and "们" in self.context.folded[p.start - 3 : p.start]
                        ),
                        home,
                    )
                    subjects.append({"group": {"ethnicity": other.ethnicity, "place": place}})
                elif (
                    other.kind == MentionKind.RELATIVE
                    and mention.kind == MentionKind.PLURAL_RELATIVE
                    and other.person
                ):
                    # 她的三个兄弟和他们的妻子: her brothers' wives (not shared kin, as their
                    # parents are) are her relatives by marriage, not her brothers.
                    subjects.append({"relative_of": other.person, "relation": "relative"})
                elif (
                    other.kind == MentionKind.PERSON
                    and mention.kind == MentionKind.PLURAL_RELATIVE
                    and other.person
                    and mention.relation
                ):
                    # 艾山与妻子古丽都表示，他们的父母已失踪: the parents of each, not the two
                    # persons themselves.
                    subjects.append({"relative_of": other.person, "relation": mention.relation})
                elif other.kind in {MentionKind.PERSON, MentionKind.RELATIVE, MentionKind.GROUP}:
                    subjects.extend(self.resolve(other, last_plural))
            return subjects
        return []

    def place_right_after(self, position: int) -> str | None:
        """Return the place that 在 right after position names (家人在哈萨克斯坦)."""
        if not self.context.folded.startswith("在", position):
            return None
        return next(
            (p.key for p in self.context.places if p.start == position + 1),
            None,
        )


def shared_kin(mention: Mention, antecedents: list[Mention]) -> dict[str, Any] | None:
    """Return the relative that a plural's kin word names when the plural is one person's siblings.

    她的姐姐获释后，她们的父亲去世: the sisters share a father, who is the person's father;
    likewise a brother or sister of theirs. (Their children or spouses are not shared.)
    """
    if mention.kind != MentionKind.PLURAL_RELATIVE or not antecedents:
        return None
    if KIN_GENERATIONS.get(mention.relation or "") not in {"parents", "siblings"}:
        return None
    owners = {other.person for other in antecedents}
    has_sibling = any(
        other.kind == MentionKind.RELATIVE
        and KIN_GENERATIONS.get(other.relation or "") == "siblings"
        for other in antecedents
    )
    is_person_or_sibling = all(
        other.kind == MentionKind.PERSON
        or (
            other.kind == MentionKind.RELATIVE
            and KIN_GENERATIONS.get(other.relation or "") == "siblings"
        )
        for other in antecedents
    )
    if len(owners) != 1 or not has_sibling or not is_person_or_sibling:
        return None
    return {"relative_of": owners.pop(), "relation": mention.relation}
