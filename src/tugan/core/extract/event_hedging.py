"""Hedging: a trigger word that states no fact (a promise, a fear, a rumour, a denial)."""

import re

from tugan.core.extract.document import Span
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_patterns import (
    ABOUT_BEFORE,
    ACCUSED_BEFORE,
    ADDRESSEE_BEFORE,
    ALLEGATION_AFTER,
    AWAITED_BEFORE,
    CALL_TRIGGER,
    CAMP_BUILT,
    CAMPS_FOR_BEFORE,
    CHARGE_NAME,
    CIRCUMSTANCE_FRAME,
    CLAUSE_BREAK,
    CONDITION,
    DEATH_DENIED_AFTER,
    DEMAND_ITEM_OPENING,
    DEMANDED_BEFORE,
    DENIAL_SENTENCE,
    ENDANGERED_BEFORE,
    FALSE_REPORT_AFTER,
    FEAR,
    HELD_BEFORE,
    HOME_AT_LAST,
    KIN_COMPOUND_TYPES,
    KINDS_OF_CASES_AFTER,
    MEMBERS_AFTER,
    MODALITY,
    NEGATED_OBJECT,
    NEGATION_BEFORE,
    NEGATION_THEN_TIME,
    NEWS_AFTER,
    NEWS_NOT_HAD_BEFORE,
    ORDER_TO_HAND_IN_BEFORE,
    PAPERS,
    PASSIVE_IN_CLAUSE,
    PEOPLE_BEFORE_AGENT_NOUN,
    POLICY_CALLED_FOR_AFTER,
    PROPERTY_AFTER,
    PROPERTY_BEFORE,
    PURPOSE_BEFORE,
    QUOTE_CLOSINGS,
    QUOTE_OPENINGS,
    QUOTED,
    RELATION_PATTERN,
    RELEASE_DENIED_AFTER,
    REPOSTED_BEFORE,
    RETURNED_AT_LAST,
    RISK_AFTER,
    SO_CALLED_BEFORE,
    STATE_OFFICE_BEFORE,
    STATE_PRESSURE_BEFORE,
    THINGS_AFTER,
    THREAT_BEFORE,
    THREAT_CONDITION,
    TRAINEES_BEFORE,
    UNCONFIRMED,
    VERDICT_SERVED_BEFORE,
    WARNING_UTTERED,
)

# Will hold, launch or organise it (将举行抗议, 将要发动游行示威).
FUTURE_ACT_BEFORE = re.compile(
    r"将要?[^，,。；;]{0,10}?(?:发动|举行|发起|进行|组织|展开)[^，,。；;]{0,12}$"
)

# A protest planned or prepared (计划下周在海牙组织集会, 打算到使馆前请愿, 筹备一场集会): not yet
# held. Only for protests: 计划生育 and 准备出国时被捕 tell other facts.
PLANNED_ACT_BEFORE = re.compile(r"(?:计划|筹划|筹备|准备|打算)(?!生育)[^，,。；;]{0,12}$")

# The clause after a condition, opened by "then" (那么, 那, 则; not 那名 or 那年: "that").
APODOSIS_OPENING = re.compile(r"\s*(?:那么|则|那(?![名位个些年时天里儿边种样]))")
# Will, with the object put first (会把他关起来, 会将她送走): not yet done.
FUTURE_OBJECT_FIRST_BEFORE = re.compile(
    r"(?<![事员大协学议工商教金合者机])(?:会|将会|就会)(?:把|将)[^，,。；;把将]{1,8}$"
)
# Will, at a time or place told (将于下月出狱, 即将在明年获释): not yet so. Not 将 taking an object
# (将在押人员释放, 将在新疆的家人关进): no 押 after 在, no 的, 把 or 将 in between, nor a
# 的 just after the trigger.
FUTURE_AT_BEFORE = re.compile(r"将(?:于|在)(?!押)[^，,。；;的把将]{0,12}$")

# A release only due or hoped for (有望明年获释, 原定去年出狱, 本应在年底获释), one that waits for
# a later time (要到2032年才能出狱), or one denied across a comparison (并没有像官方说的那样获释):
# not a release the text reports.
RELEASE_NOT_DUE_BEFORE = re.compile(
    r"(?:有望|可望|原定|原本应|本应|本该|理应|预定|定于)[^，,。；;]{0,10}$"
    r"|要(?:到|等到)[^，,。；;]{0,12}?才(?:能|会|可以)?$"
    r"|(?:没有|并未|未|没)像[^，,。；;]{0,14}?(?:那样|一样)$"
)
# A release as what one hopes or waits for (获释的希望渺茫, 出狱的日子遥遥无期): a prospect.
RELEASE_PROSPECT_AFTER = re.compile(r"的(?:希望|可能性?|机会|日子)")

# Triggers that tell only a term's end (刑满, 服满): a release may yet be denied after them.
TERM_SERVED = frozenset({"刑满", "服满"})

# A rhetorical question comparing with others (那为什么有那么多人在那里，不把他们抓进去啊): the
# act it asks about was not done; it is what the speaker finds missing.
RHETORICAL_COMPARISON = re.compile(r"(?:为什么|为何|凭什么)[^。？！]{0,6}?有(?:那么|这么|如此)多")


def is_hedged(
    context: EventContext,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: Span,
    event_type: str = "",
) -> bool:
    """Return whether a trigger is a promise, fear, risk, rumour or denial, not a fact."""
    clause_start, clause_end = clause
    before = context.folded[clause_start:start]
    # A trigger describing kin (要求当局提供失踪亲人的视频, 寻找失联家人) tells a fact the demand or
    # wish before it takes for granted.
    describes_kin = event_type in KIN_COMPOUND_TYPES and bool(
        RELATION_PATTERN.match(context.folded, end)
    )
    if (
        (event_type == "released" and AWAITED_BEFORE.search(before))
        or (event_type == "released" and RELEASE_NOT_DUE_BEFORE.search(before))
        or (event_type == "released" and RELEASE_PROSPECT_AFTER.match(context.folded, end))
        or (
            event_type == "released"
            and context.folded[start:end] in TERM_SERVED
            and RELEASE_DENIED_AFTER.match(context.folded, end, sentence.end)
        )
        or (event_type == "released" and DEMANDED_BEFORE.search(before))
        # An exit asked for (政府要求北京允许她和儿子离开) is not an exit allowed.
        or (event_type == "passport_returned" and DEMANDED_BEFORE.search(before))
        or (event_type == "released" and is_demand_item(context, clause_start, start, sentence))
        or (event_type == "protested" and ACCUSED_BEFORE.search(before))
        or (
            event_type == "detained"
            and CAMP_BUILT.match(context.folded, start) is not None
            and not CAMPS_FOR_BEFORE.search(before)
        )
        or (
            event_type == "protested"
            and REPOSTED_BEFORE.search(context.folded, sentence.start, start) is not None
        )
        or (
            MODALITY.search(CHARGE_NAME.sub("", CIRCUMSTANCE_FRAME.sub("", QUOTED.sub("", before))))
            and not describes_kin
        )
        or NEGATION_BEFORE.search(before[-5:])
        or RHETORICAL_COMPARISON.search(context.folded, sentence.start, start)
        or NEGATION_THEN_TIME.search(before)
        or NEGATED_OBJECT.search(before)
        or THREAT_BEFORE.search(before)
        # Not 获得保释, nor an institution's name (向人权理事会提交申诉, 委员会), nor a chance
        # taken (才有机会回家).
        # 将 before papers in an order (要求居民将护照交到派出所) is 把: the order was given, and
        # its object put first; not a word of will (会将护照没收).
        or (
            re.search(r"(?:(?<![事员大协学议工商教金合者机])会|将|要|(?<![获取])得)$", before)
            and not (
                ORDER_TO_HAND_IN_BEFORE.search(before)
                and re.match(PAPERS, context.folded[start : start + 3])
            )
        )
        # 还会把她关进看守所: what someone will do to another, its object put first by 把.
        or FUTURE_OBJECT_FIRST_BEFORE.search(before)
        # An act announced (将在各地发动游行, 将举行抗议): a promise, not yet a fact.
        or (event_type == "protested" and FUTURE_ACT_BEFORE.search(before))
        or (event_type == "protested" and PLANNED_ACT_BEFORE.search(before))
        or (
            FUTURE_AT_BEFORE.search(before)
            # 将在2019年被关押的经历告诉记者: 将 takes the object the trigger describes.
            and not re.match(r"[^，,。；;]{0,2}的", context.folded[end : end + 3])
        )
        or RISK_AFTER.match(context.folded, end, clause_end)
        # The goal of a purpose clause, not what describes its object (失联的家人).
        or (PURPOSE_BEFORE.search(before) and not context.folded.startswith("的", end))
        or (event_type == "died" and is_denied_after(context, end, sentence))
        or is_denied_by_next_sentence(context, sentence)
        or SO_CALLED_BEFORE.search(context.folded, max(0, start - 5), start) is not None
        or (NEWS_NOT_HAD_BEFORE.search(before) and NEWS_AFTER.match(context.folded, end))
        or FALSE_REPORT_AFTER.match(context.folded, end, clause_end) is not None
        or (event_type == "protested" and is_officials_call(context, start, end))
        or (
            event_type == "protested"
            and CALL_TRIGGER.match(context.folded, start, end) is not None
            and POLICY_CALLED_FOR_AFTER.match(context.folded, end, clause_end) is not None
        )
        or (event_type == "detained" and VERDICT_SERVED_BEFORE.search(before) is not None)
        or (
            ABOUT_BEFORE.search(before) is not None
            and ALLEGATION_AFTER.match(context.folded, end, clause_end) is not None
        )
    ):
        return True
    if UNCONFIRMED.search(context.folded, sentence.start, clause_start):
        return True
    # A condition or a possibility in one of the two clauses before: 如果再被发现，将把他……
    earlier = context.folded[max(sentence.start, clause_start - 30) : clause_start]
    clauses = [c for c in CLAUSE_BREAK.split(earlier) if c.strip()][-2:]
    if any(CONDITION.search(clause) for clause in clauses):
        return True
    # The "then" of a condition told earlier in the sentence, however long (如果一个人有亲属在
    # 国外，尤其是…，那他就会被判刑): what would happen to anyone, not what did.
    return bool(
        APODOSIS_OPENING.match(context.folded, clause_start)
        and CONDITION.search(context.folded, sentence.start, clause_start)
    )


def is_officials_call(context: EventContext, start: int, end: int) -> bool:
    """Return whether a call (呼吁, 敦促) stands in a quotation of one whose office is of a state
    (国务卿蓬佩奥 …：“我们再度呼吁北京…”), or is told of such a one as its sentence's subject
    (高级专员艾米·斯通周一呼吁中国…): diplomacy, not a protest."""
    folded = context.folded
    if not CALL_TRIGGER.match(folded, start, end):
        return False
    opening = max(folded.rfind(mark, 0, start) for mark in QUOTE_OPENINGS)
    if opening < 0 or max(folded.rfind(mark, opening, start) for mark in QUOTE_CLOSINGS) >= 0:
        sentence_start = context.sentence_of(start).start
        callers = [
            span for span in context.person_spans if sentence_start <= span[0] and span[1] <= start
        ]
        # Not one the call is made to (古丽向外长艾山呼吁…): the caller opens the sentence.
        if not callers or ADDRESSEE_BEFORE.search(folded, sentence_start, callers[-1][0]):
            return False
        name = callers[-1][2]
    else:
        speakers = [span for span in context.person_spans if span[1] <= opening]
        if not speakers:
            return False
        name = speakers[-1][2]
    # The office is told once, before the full name; a short form (佩奥 of 蓬佩奥) is the same one.
    return any(
        STATE_OFFICE_BEFORE.search(folded, max(0, span_start - 8), span_start)
        for span_start, _, span_name in context.person_spans
        if span_name.endswith(name) or name.endswith(span_name)
    )


def is_demand_item(context: EventContext, clause_start: int, start: int, sentence: Span) -> bool:
    """Return whether a trigger opens a clause that lists one more thing the clause before
    demands (敦促北京停止打压，释放所有被关押的人: the release is asked for, not told)."""
    if clause_start <= sentence.start or not DEMAND_ITEM_OPENING.fullmatch(
        context.folded, clause_start, start
    ):
        return False
    previous_start, _ = context.clause_bounds(clause_start - 2, sentence)
    return DEMANDED_BEFORE.search(context.folded, previous_start, clause_start) is not None


def is_denied_after(context: EventContext, end: int, sentence: Span) -> bool:
    """Return whether a reported death is denied, or its person said to be alive, after the
    trigger in its sentence or the next."""
    following = context.next_sentence(sentence)
    reach = following.end if following else sentence.end
    return DEATH_DENIED_AFTER.search(context.folded, end, reach) is not None


def is_denied_by_next_sentence(context: EventContext, sentence: Span) -> bool:
    """Return whether the sentence after a trigger's only denies it (…称他在拘留所里去世。这完全
    不是事实。): the claim an official reply tells in order to deny it states no fact."""
    following = context.next_sentence(sentence)
    return (
        following is not None and DENIAL_SENTENCE.match(context.folded, following.start) is not None
    )


def befalls_no_person(context: EventContext, event_type: str, start: int, end: int) -> bool:
    """Return whether a trigger befalls things (带走了他的手机), a state (向哈萨克斯坦施压),
    people in general (被拘留者的家属: a noun; 抗议者 still names those who protested), or
    names a record's field (失踪日期); or a homecoming after no time held (留学五年后终于回来)."""
    if (
        event_type != "protested"
        # 关押人士, 在押人员: people held in general, as 被拘留者 are.
        and re.match(r"(?:留|押|禁)?(?:者|人士|人员)", context.folded[end : end + 3])
        and not MEMBERS_AFTER.match(context.folded, end)
        # 哈萨克族被关押者: detainees of a people are that group, not people in general
        and not PEOPLE_BEFORE_AGENT_NOUN.search(context.folded, max(0, start - 8), start)
    ):
        return True
    if context.folded.startswith("日期", end):
        return True  # 名单上的失踪日期: the name of a record's field
    if KINDS_OF_CASES_AFTER.match(context.folded, end):
        return True  # 多起强迫失踪报告, 死亡案例: cases in general, of no one the text names
    if event_type == "detained":
        return THINGS_AFTER.match(context.folded, end) is not None
    trainees = TRAINEES_BEFORE.search(context.folded, max(0, start - 8), start)
    if event_type == "released" and trainees:
        return True  # 学员已全部结业: trainees in general, not the official who says so
    if event_type == "released" and HOME_AT_LAST.fullmatch(context.folded, start, end):
        clause_start = max(0, start - 16)
        return HELD_BEFORE.search(context.folded, clause_start, start) is None
    if event_type == "passport_returned" and RETURNED_AT_LAST.fullmatch(context.folded, start, end):
        # 护照被没收，去年才被归还: only the papers named earlier in the sentence are returned.
        sentence = context.sentence_of(start)
        return re.search(PAPERS, context.folded[sentence.start : start]) is None
    if event_type == "passport_confiscated" and not re.search(PAPERS, context.folded[start:end]):
        # 她哥哥的土地都被没收了: property taken; a bare 被没收 is a passport only of papers.
        return (
            PROPERTY_BEFORE.search(context.folded, max(0, start - 12), start) is not None
            or PROPERTY_AFTER.match(context.folded, end) is not None
        )
    if event_type == "threatened":
        clause_start = max(0, start - 30)
        if WARNING_UTTERED.match(context.folded, start) and uttered_by_named_person(context, start):
            return True
        return (
            STATE_PRESSURE_BEFORE.search(context.folded, clause_start, start) is not None
            or ENDANGERED_BEFORE.search(context.folded, max(0, start - 8), start) is not None
        )
    return False


# The last time someone was reached (最后一次通话是在三月, 上一次联系上他是去年): a call told
# right after it is that last call, not contact regained.
LAST_CONTACT = re.compile(
    r"(?:最后|上)一次(?:和[^，。]{1,8}?)?(?:联系|联络|通话|通电话|通上电话|视频|说话|听到)"
)

CONTACT_AGAIN = re.compile(r"终于|又|再次|重新|恢复|才|之后|以后|后来|直到")


def is_last_contact_told(context: EventContext, event_type: str, start: int) -> bool:
    """Return whether a regained contact is the last call itself, told in the sentence of the
    last contact or the one after it in its paragraph (我们最后一次通话是在春天。他在电话里
    只说一切都好): the contact that was lost after it, not one restored."""
    if event_type != "contact_restored":
        return False
    window = context.paragraph_window(start, sentences_back=1)
    last = LAST_CONTACT.search(context.folded, window, start)
    # Not when what follows says it came back (最后一次联系是2017年，去年终于又联系上了).
    return last is not None and not CONTACT_AGAIN.search(context.folded, last.end(), start + 4)


def uttered_by_named_person(context: EventContext, start: int) -> bool:
    """Return whether a named person in the clause of a trigger is its agent: no passive just
    before it (被警告, 受到警告)."""
    sentence = context.sentence_of(start)
    clause_start, _ = context.clause_bounds(start, sentence)
    return any(
        clause_start <= person_start
        and person_end <= start
        and not PASSIVE_IN_CLAUSE.search(context.folded, max(person_end, start - 3), start)
        for person_start, person_end, _ in context.person_spans
    )


def threat_condition_before(context: EventContext, start: int, sentence: Span) -> int | None:
    """Return where the condition of a threat told by its consequence starts (如果她再发声，她和
    家人将承担后果: at 如果), or None when there is none or the consequence is only feared
    (她担心家人会有麻烦)."""
    before = context.folded[sentence.start : start]
    if FEAR.search(before) or NEGATION_BEFORE.search(before[-5:]):
        return None
    conditions = list(THREAT_CONDITION.finditer(before))
    return sentence.start + conditions[-1].start() if conditions else None
