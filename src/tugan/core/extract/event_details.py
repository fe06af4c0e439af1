"""Dates and terms: when an event happened, for how many years, where, by which channel.

A date comes from the event's clause (after the verb only right after it: 死于2020年), else
an earlier clause of its sentence (unless the text moves on in time, the date is when something
was learned, or the event is so now: 至今仍被扣押), else the sentence before (date_carrying.py),
else, for a state that lasts, how long it has lasted (失踪两年多, 被关押了两年，2019年10月才获释).
A duration up to now (两年多来) dates such a state's start. Terms are read in digits or Chinese
numerals, "life" for 无期徒刑; 15及25年 gives two.
"""

import re

from tugan.core.dates import (
    AGO,
    STATED_KINDS,
    UNTIL_MONTH,
    DateMention,
    PartialDate,
    number_or_none,
    shift_month,
)
from tugan.core.extract.date_carrying import (
    FRAME_OPENING,
    LEARNED_OF,
    NOT_ONLY_WHEN,
    WHEN_TOLD_SUBJECT,
    carried_date,
    date_from_headline,
    date_from_then_on,
    date_of_group_among,
    date_of_protest_joined,
    date_told_next,
    is_publishing_date,
    year_after_happening,
    year_shortly_after,
    year_within_sentence,
)
from tugan.core.extract.document import Span
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_patterns import (
    ANOTHER_SENTENCE_BETWEEN,
    CHANNELS,
    CLAUSE_AFTER,
    DEATH_SENTENCE,
    LEARNING,
    LIFE_TERM,
    LIST_ITEM_BREAK,
    NUMBER,
    PRISON_TERM_OBJECT,
    RANGE_TERM,
    REDUCED_TERM,
    RELATION_PATTERN,
    SEQUENCE_BREAK,
    SHARED_BY_LIST,
    TAKEN_UNTIL_NOW,
    TERM_THEN_AFTER,
    TRIGGER_PATTERN,
    YEARS_AFTER,
)

# 在…后, 在…之前 and 于…前 around an event: the event is a time reference for the rest of the
# sentence (于获释前在看守所关了一年多).
AFTER_CLAUSE_OPENING = re.compile(r"[在于](?=[^在于]*$)")
# Also with a duration between (在拘留营失踪两年多后): the event began that long before.
# A bounded duration may be told with 了 and an amount word (在被关押了超过一年后, 在失踪近两年后),
# after the rest of a trigger's verb (被关|押).
AFTER_CLAUSE_CLOSING = re.compile(
    r"[押留禁]?(?:了?(?:超过|长达|将近|近|约)?"
    r"[0-9一二两三四五六七八九十几半]+(?:个)?(?:年|月|天|周|星期)多?半?)?(?:之|以)?[后前]"
)
# 曾在营中呆过的维吾尔人: a past experience that describes a person (曾 … 的 around the event).
PAST_EXPERIENCE_OPENING = re.compile(r"曾(?=[^曾]*$)")
# Not a 的 inside the place the verb names (曾被关进镇上的再教育营: the camp, no person after).
PAST_EXPERIENCE_CLOSING = re.compile(
    r"过?[^，,。；;]{0,8}?的(?![^，,。；;的]{0,6}?(?:营|看守所|监狱|拘留所|中心|学习班))"
)
# Where such a description, holding a date, closes before the person (…2010年夺冠的).
DESCRIPTION_CLOSING = re.compile(r"[^，,。；;]{0,12}?的")
# A date before what happened then, described by 发生的 (提起前年喀什发生的冲突，被判刑) or
# named as unrest (被控在2012年暴乱中…而关押的): it dates that happening, not the event
# the sentence goes on to.
OCCURRENCE_DESCRIBED = re.compile(
    r"[^，,。；;的]{0,8}?(?:发生|爆发)的"
    r"|的?[^，,。；;的]{0,4}?(?:骚乱|暴乱|暴动|动乱|冲突|七五事件|7·5事件|“7·5”事件)"
)
# What a happening so described caused (…发生的大火，造成十人死亡) or what befell someone in it
# (…爆发的冲突中，有三人被捕), not what someone was accused of doing in it (被控在…中杀人).
OCCURRENCE_CAUSED = re.compile(r"造成|导致|致使|酿成|夺走|夺去")
OCCURRENCE_WITHIN = re.compile(r"[^，,。；;]{0,10}?中[，,]?[^，,。；;]{0,12}$")
ACCUSED_OF = re.compile(r"因|被控|被指|指控|控告|涉嫌|罪")
# A frame date's close: its comma, also after the part of the month or year it names (去年9月上旬，
# 2017年初，) or the day or the time of day in it (2018年5月的一天，, 5月3日晚上，): the date
# read stops before them.
TIME_OF_DAY = r"早上|上午|中午|下午|晚上|夜晚|夜里|深夜|傍晚|凌晨|晚"
FRAME_CLOSING = re.compile(
    r"(?:上旬|中旬|下旬|初|底|末|中|左右|前后"
    rf"|的(?:(?:一天|某天|某一天)(?:{TIME_OF_DAY})?|(?:一个)?(?:{TIME_OF_DAY}))"
    rf"|(?:{TIME_OF_DAY}))?[，,]"
)
# A trigger heading the name of a topic (关押穆斯林议题, 拘押少数民族问题): the topic, undated by
# its clause.
TOPIC_AFTER = re.compile(r"[^，,。；;的、“”「」]{0,8}?的?(?:议题|问题)")
# Right after a happening, the event's trigger next (…事件后被捕, 骚乱之后遭关押).
SOON_AFTER_OCCURRENCE = re.compile(r"(?:之|以)?后(?:不久)?[，,]?(?:被|遭到?)?")
# States that last: a duration up to now (两年多来, 失踪两年多) dates their start.
LASTING_STATES = frozenset({"detained", "disappeared", "contact_lost", "passport_confiscated"})
# What a start "from then on" dates (自2016年起，干部常来家里盘问她): the lasting states, and
# pressure kept up from that time.
STARTED_THEN = LASTING_STATES | {"threatened"}
# A lasting state followed by how long it has lasted: 失踪两年多, 被关押了三年, 被囚两年后,
# 失联已经超过四年. A bare 被拘留五年 is a term given, not time gone by: one of 了, 已, 超过, 多
# or 后 says it. A trigger word in quotation marks (遭「失踪」已超过3年) closes them first.
DURATION_AFTER = re.compile(
    rf"[押禁留]?\s*[」』”’]?\s*(?P<done>了)?\s*(?P<already>已经|已)?\s*(?P<over>超过|长达)?\s*(?:近|将近|约)?"
    rf"(?P<count>{NUMBER}|半)\s*(?P<more>多)?\s*(?P<unit>年|个多?月)(?P<half>半)?(?P<more2>多)?(?P<after>之?后)?"
    r"(?![前来内以])"
)
# Held or missing for years, no number told (被关押多年的父亲, 失踪好几年).
FOR_YEARS_AFTER = re.compile(r"[押禁留]?了?(?:多年|好几年|数年|好多年)")
# Held "there", at the place a clause before named (在塔城受审，他被关押在那里): where one is
# held, told as an aside; an earlier clause's date is of what happened there, not the detention's.
HELD_THERE_AFTER = re.compile(r"[押留禁]?在(?:那里|那儿|那边|该处|此处)")
# A first time, after how long a state lasted (失联3年后首度通话).
FIRST_TIME = re.compile(r"首度|首次|第一次|头一次")
# A date as the start of what follows (2018年4月起): from then on.
FROM_THEN_ON = re.compile(r"\s*(?:起|开始)")
# Before that, after a date (周二获释，他此前被关押了两年): the state ran up to the date.
BEFORE_THAT = re.compile(r"此前|先前|早前|在此之前|在这之前")
# Already so by a date stated before (那时他已经被关押了三年).
ALREADY = re.compile(r"已经|已")
# Told as lasting until now: counted back from the publication date.
UNTIL_NOW = re.compile(r"已经|已|至今|如今|现在|目前|本周|本月|近日|日前|最近")
# Saying or confirming it, or complaining of it to someone (向记者投诉), between a date and an
# event in one clause.
STATEMENT = re.compile(
    r"证实|表示|透露|告诉|确认|承认|声称|指出|表达(?:了)?(?:担心|担忧|关切|忧虑)"
    # A body's claim (上月底称该处收容了…) and a telling (今年9月在会上讲述自己年初被扣留):
    # not a name (被称为, 简称, 自称), nor a title (称号).
    r"|(?<![被简号俗统自人])称(?![为作之号呼赞职谓])|讲述|述说"
    r"|[对向][^，。]{1,6}(?:说|投诉)"
)
# Publishing it, between a date and an event (去年11月，本台报道了他被关押一事): the date is the
# report's; it still dates a protest reported. So does accusing someone of it (人权组织周一(2月4日)
# 指责邻国遣返六名维吾尔人, 周四控诉中国关押他的兄长: the accusation's date).
PUBLISHED = re.compile(r"报道|报导|发布|公布|披露|发表|刊登|刊出|曝光|指责|谴责|控诉")
# Coming to light (下落首次曝光, 终于被披露): news at the time of the report.
REVEALED = re.compile(r"曝光|披露|公开|证实|得到证实|才被知晓")
PUBLISHED_OR_STATED = re.compile(f"{STATEMENT.pattern}|{PUBLISHED.pattern}")
# 判刑，分别被判… / 判刑，分别为… / 判刑，刑期分别为…: the terms that follow go one to each subject.
RESPECTIVE_TERMS_AFTER = re.compile(r"[^，,。；;]{0,4}[，,]?\s*(?:其?刑期)?\s*分别")
NOW_OPENING = re.compile(r"\s*(?:至今|如今|目前|现在)")
# Custody extended (法院宣判延长他的软禁期, 判决延长对她的关押): a detention going on, whose
# date is the ruling's, not the day it began.
EXTENDED_BEFORE = re.compile(r"(?:延长|延期)[^，,。；;]{0,8}$")
DATE_AFTER_VERB = re.compile(
    r"\s*(?:[我你他她它]们?)?\s*(?:的?时间)?\s*(?:是在|是于|为|是|于|在)?\s*[(（]?\s*"
)
# A term told right after a sentence's trigger (被判刑20年，判决是在…).
TERM_TOLD = r"\s*(?:[0-9一二两三四五六七八九十]{1,3}年(?:有期徒刑|徒刑|监禁)?|无期徒刑)"
# The date told in a clause of its own that only says when (上一次收到她的消息，还是在2016年9月;
# 被捕，是在前年).
DATE_IN_CLAUSE_AFTER = re.compile(
    rf"(?:{TERM_TOLD})?\s*[，,]\s*(?:(?:那|这)?(?:还|就|则|已经|都)?(?:是在|是于)"
    # or names what it tells of, or only points back at it (，那是2017年12月; ，判决是在去年9月)
    rf"|{WHEN_TOLD_SUBJECT}(?:还|就|则|已经|都|大约|大概)?(?:是在?|是于|发生在|发生于))\s*"
)


def date_for(
    context: EventContext, start: int, end: int, sentence: Span, event_type: str
) -> tuple[str | None, bool]:
    """Return the date of an event from its clause, or an earlier clause of its sentence.

    The flag says whether the date is only approximate (四年前): a stated date replaces it.
    """
    clause_start, clause_end = context.clause_bounds(start, sentence)
    if event_type == "detained" and EXTENDED_BEFORE.search(context.folded, clause_start, start):
        return None, False
    if TOPIC_AFTER.match(context.folded, end):
        # 发言人回应各方对集中关押牧民议题的质疑: a topic; the clause's date is the reply's.
        return None, False
    subordinate = AFTER_CLAUSE_OPENING.search(context.folded, clause_start, start)
    if subordinate is not None and AFTER_CLAUSE_CLOSING.match(context.folded, end):
        # 因为在父亲去世后祈祷而被拘留: the death came before; a date outside the 在…后 phrase
        # dates what follows it, so only a date inside it dates the death.
        inside = [
            d
            for d in context.dates
            if subordinate.end() <= d.start
            and d.end <= start
            and d.kind in {"absolute", "relative", "ago"}
        ]
        if inside:
            return inside[-1].value.iso(), inside[-1].kind == "ago"
        # 在被关押三年后，于今年2月获释: the detention began three years before the release.
        began = (
            counted_back(context, start, end, sentence) if event_type in LASTING_STATES else None
        )
        return (began.iso() if began else None), False
    experience = PAST_EXPERIENCE_OPENING.search(context.folded, clause_start, start)
    if experience is not None and PAST_EXPERIENCE_CLOSING.match(context.folded, end):
        # 2021年7月，曾在营中呆过的维吾尔人回忆: the date frames the telling; only a date inside
        # the description (曾于2018年被关押过的) dates the experience.
        inside = [
            d
            for d in context.dates
            if experience.end() <= d.start
            and d.end <= start
            and d.kind in {"absolute", "relative", "ago"}
        ]
        return (inside[-1].value.iso(), inside[-1].kind == "ago") if inside else (None, False)
    kinds = {"absolute", "relative", "ago", *({"since"} if event_type in LASTING_STATES else ())}
    usable = [
        d
        for d in context.dates
        if d.kind in kinds
        and sentence.start <= d.start
        and d.end <= sentence.end
        # A report's date is near a protest it reports, not near a detention or a death.
        and (event_type == "protested" or not is_publishing_date(context, d))
        and not in_past_description(context, d, start, sentence)
    ]
    if event_type in LASTING_STATES and FOR_YEARS_AFTER.match(context.folded, end):
        # 今年2月见到了被关押多年的父亲: the date is of the seeing; the years held began long
        # before it, at no time the text gives.
        usable = [d for d in usable if not (d.end <= start and d.kind != "since")]
    # A date after the event dates it only when it follows the verb (死于2020年, 被捕是在9月):
    # further on it dates what the clause goes on to (被捕可能与他2017年的爆料有关).
    in_clause = [
        d
        for d in usable
        if clause_start <= d.start
        and d.end <= clause_end
        and (
            d.end <= start
            # a date stated inside the trigger's words (联系在2018年中断), not a duration there
            # (手机两年来一直关机)
            or (start <= d.start < end and d.kind in STATED_KINDS)
            or DATE_AFTER_VERB.fullmatch(context.folded, end, d.start)
        )
    ] + [
        d
        for d in usable
        if DATE_IN_CLAUSE_AFTER.fullmatch(context.folded, end, d.start)
        and not NOT_ONLY_WHEN.match(context.folded, d.end)
    ]
    if event_type not in {"disappeared", "contact_lost"}:
        # 上个月才得知哥哥被判刑: the date is when it was learned.
        in_clause = [
            d
            for d in in_clause
            if not (d.end <= start and LEARNING.search(context.folded, d.end, start))
        ]
    if event_type in LASTING_STATES and HELD_THERE_AFTER.match(context.folded, end):
        in_clause = [d for d in in_clause if d.end > start]
    # 警方昨天证实他已被拘留: the date is when it was said.
    told = STATEMENT if event_type == "protested" else PUBLISHED_OR_STATED
    in_clause = [
        d for d in in_clause if not (d.end <= start and told.search(context.folded, d.end, start))
    ]
    # An earlier clause's date carries over, unless the text moves on in time or it was
    # only approximate (四年前).
    earlier = [
        d
        for d in usable
        if d.end <= start
        # 五年前，他的护照被没收: an approximate date carries over only as the sentence's frame.
        and (d.kind != "ago" or FRAME_OPENING.fullmatch(context.folded, sentence.start, d.start))
        # up to the event's end: 护照至今仍被扣押 is so now, whatever the clause before says; a
        # protest's own demand (呼吁, 要求) is no break
        and not breaks_sequence(
            context,
            d,
            start if event_type == "protested" else end,
            sentence,
            since_taken=event_type in {"disappeared", "contact_lost"},
        )
        and (event_type == "protested" or not PUBLISHED.search(context.folded, d.end, start))
        # 22日在演讲中指出，……母亲下落不明: the date is when it was said.
        and (event_type == "protested" or not STATEMENT.search(context.folded, d.end, start))
        and start - d.end <= 120
        and not (event_type in LASTING_STATES and HELD_THERE_AFTER.match(context.folded, end))
        # 今年4月起被关押，关押期间死亡: a start "from then on" dates the state, not what
        # happened later within it.
        and (event_type in STARTED_THEN or not FROM_THEN_ON.match(context.folded, d.end))
        and (
            event_type in {"disappeared", "contact_lost"}
            or not (
                LEARNING.search(context.folded, d.end, start)
                or LEARNED_OF.search(context.folded, d.end, start)
            )
        )
    ]
    ended = [d for d in in_clause if d.end <= start]
    if (
        event_type in LASTING_STATES
        and ended
        and UNTIL_MONTH.search(context.folded, max(0, ended[-1].start - 4), ended[-1].start)
    ):
        # 5月被带走，一直到8月都没有音讯: a lasting state's date after 直到 is when it ended; it
        # began at the date before.
        starts = [
            d
            for d in usable
            if d.end <= ended[-1].start
            and d.kind in {"absolute", "relative"}
            and ended[-1].start - d.end <= 40
        ]
        return (starts[-1].value.iso(), False) if starts else (None, False)
    for pool in (in_clause, earlier):
        if not pool:
            continue
        before = [d for d in pool if d.end <= start]
        chosen = before[-1] if before else pool[0]
        if len(before) > 1 and re.fullmatch(
            r"\s*(?:初|底|末|中)?\s*(?:至|到|-|—|~|－)\s*",
            context.folded[before[-2].end : before[-1].start],
        ):
            # 2018年至2019年, 2018年初至2019年底: the event began at the first
            chosen = before[-2]
        if (
            event_type in LASTING_STATES
            and chosen.end <= start
            and (
                ALREADY.search(context.folded, chosen.end, start)
                or lasted_until_first_time(context, end)
            )
        ):
            # 2020年她回乡时，哥哥已经被关押了近三年: by then it had lasted that long; so had
            # 失联 in 11日接到电话，这是失联3年后首度通话 by the call.
            began = counted_back(context, start, end, sentence, chosen.value)
            if began is not None:
                return began.iso(), False
        learned = years_ago_from_learning(context, chosen, sentence)
        if learned is not None:
            return learned.iso(), False
        return chosen.value.iso(), chosen.kind in {"ago", "since"}
    carried = (
        date_told_next(context, end, sentence)
        or held_before_that(context, start, end, sentence, event_type)
        or year_within_sentence(context, start, sentence)
        or carried_date(context, start, sentence)
    )
    if carried is None and (among := date_of_group_among(context, start, sentence, event_type)):
        return among.value.iso(), among.kind == "ago"
    carried = (
        carried
        or date_from_then_on(context, start, sentence)
        or year_after_happening(context, start, sentence)
        or year_shortly_after(context, start, sentence)
        or (counted_back(context, start, end, sentence) if event_type in LASTING_STATES else None)
        or date_from_headline(context, start, event_type)
        or date_of_protest_joined(context, start, sentence, event_type)
    )
    return (carried.iso() if carried else None), False


def years_ago_from_learning(
    context: EventContext, chosen: DateMention, sentence: Span
) -> PartialDate | None:
    """Return the year N years before when it was learned, for an event dated N年前 after a
    stated date of learning in its sentence (2019年9月才得知父亲已于两年前去世: 2017), or None:
    the years count back from the learning, not from the report."""
    if chosen.kind != "ago":
        return None
    folded = context.folded
    learned = [
        d
        for d in context.dates
        if sentence.start <= d.start
        and d.end <= chosen.start
        and d.kind in STATED_KINDS
        and d.value.year is not None
        and LEARNED_OF.search(folded, d.end, chosen.start)
    ]
    ago = AGO.match(folded, chosen.start)
    if not learned or ago is None or ago["unit"] != "年" or ago["how"] != "前":
        return None
    count = number_or_none(ago["count"])
    year = learned[-1].value.year
    return PartialDate(year - count) if count and year is not None else None


def lasted_until_first_time(context: EventContext, end: int) -> bool:
    """Return whether a lasting state is followed by how long it lasted before a first time
    that ended it (失联3年后首度通话): the date of the sentence is that first time's."""
    duration = DURATION_AFTER.match(context.folded, end)
    return (
        duration is not None
        and bool(duration["after"])
        and FIRST_TIME.match(context.folded, duration.end()) is not None
    )


def breaks_sequence(
    context: EventContext, date: DateMention, stop: int, sentence: Span, since_taken: bool = False
) -> bool:
    """Return whether the text between a date and an event says the event came at another time
    (SEQUENCE_BREAK). A date standing alone as a frame (…，前年五月，两人订婚后，同去喀什探亲，
    却被拘留) holds a 后 clause told inside it: only a longer or stated wait breaks it.

    With since_taken (a disappearance or lost contact), 至今 right after a taking (11月4日被抓走
    至今，下落不明) tells since when, no other time.
    """
    folded = context.folded
    clause_start, _ = context.clause_bounds(date.start, sentence)
    frame = (
        FRAME_OPENING.fullmatch(folded, clause_start, date.start) is not None
        and FRAME_CLOSING.match(folded, date.end) is not None
    )
    # 今年5月，牧民A，村民B，以及C，几乎同时被捕: the list's last clause is what all of it did.
    last_clause_start, _ = context.clause_bounds(max(stop - 1, date.end), sentence)
    shared = SHARED_BY_LIST.match(folded, last_clause_start) is not None
    return any(
        not (frame and CLAUSE_AFTER.fullmatch(found.group()))
        and not is_own_wait(context, date, found, stop)
        and not (
            shared
            and LIST_ITEM_BREAK.fullmatch(found.group())
            and found.start() < last_clause_start
        )
        and not (
            since_taken
            and TAKEN_UNTIL_NOW.search(folded, max(date.end, found.start() - 8), found.end())
        )
        for found in SEQUENCE_BREAK.finditer(folded, date.end, stop)
    )


# The wait of a 在…后 phrase told right before the event it frames (在被关押超过一年后，终于获释).
OWN_WAIT_OPENING = re.compile(r"在[^在，,。；;]*$")
OWN_WAIT_TO_EVENT = re.compile(r"[，,]?\s*[^，,。；;]{0,4}")


def is_own_wait(context: EventContext, date: DateMention, found: re.Match[str], stop: int) -> bool:
    """Return whether a wait (两年后) closes a 在…后 phrase that holds an event of its own and
    frames the event at stop, with no event told between the date and the phrase: the wait is
    counted from the phrase's event, so the date before (2020年9月4日，他在被关押两年后获释)
    still dates the event (fictional example)."""
    folded = context.folded
    opening = OWN_WAIT_OPENING.search(folded, date.end, found.start())
    return (
        opening is not None
        and found.group().endswith("后")
        and OWN_WAIT_TO_EVENT.fullmatch(folded, found.end(), stop) is not None
        and TRIGGER_PATTERN.search(folded, opening.start(), found.start()) is not None
        and TRIGGER_PATTERN.search(folded, date.end, opening.start()) is None
        and not any(
            date.end <= d.start and d.end <= found.start() and d.kind in STATED_KINDS
            for d in context.dates
        )
    )


def in_past_description(
    context: EventContext, date: DateMention, start: int, sentence: Span
) -> bool:
    """Return whether a date lies in a past experience that describes a person, closed before
    the event (曾于2010年夺冠的摔跤教练艾山……被判刑): it dates the experience only; so does a
    date before a happening it describes (因提起前年发生的冲突而被判刑: the conflict)."""
    occurrence = OCCURRENCE_DESCRIBED.match(context.folded, date.end)
    if occurrence is not None and occurrence.end() <= start:
        between = context.folded[occurrence.end() : start]
        # 2014年骚乱后被捕的人: taken right after the happening, in its year.
        if SOON_AFTER_OCCURRENCE.fullmatch(between):
            return False
        # 去年7月发生的大火造成十人死亡, 在当月爆发的冲突中被捕: the happening's date is the
        # event's, when the event is what it caused or what befell someone in it.
        caused = OCCURRENCE_CAUSED.search(between) or (
            occurrence.group().endswith("的") and OCCURRENCE_WITHIN.match(between)
        )
        return not caused or ACCUSED_OF.search(between) is not None
    clause_start, _ = context.clause_bounds(date.start, sentence)
    if PAST_EXPERIENCE_OPENING.search(context.folded, clause_start, date.start) is None:
        return False
    closing = DESCRIPTION_CLOSING.match(context.folded, date.end)
    return closing is not None and closing.end() <= start


def counted_back(
    context: EventContext,
    start: int,
    end: int,
    sentence: Span,
    stated: PartialDate | None = None,
) -> PartialDate | None:
    """Return when a lasting state began, from how long it lasted and when that was said.

    被关押了两年，2019年10月才获释 began in 2017: counted back from the next date of the sentence;
    已经失踪两年多 and 被囚两年后，本周… from the publication date; from stated, a date before the
    event by which it had already lasted that long, when given.
    """
    duration = DURATION_AFTER.match(context.folded, end)
    kin = RELATION_PATTERN.match(context.folded, end)
    if duration is None and kin is not None:
        # The kin out of reach between (无法联系母亲已两年): how long follows them.
        duration = DURATION_AFTER.match(context.folded, kin.end())
    if duration is None or not any(
        duration[part] for part in ("done", "already", "over", "more", "more2", "after")
    ):
        return None
    if duration["count"] == "半":
        months = 6 if duration["unit"] == "年" else None
    else:
        count = number_or_none(duration["count"])
        months = count * 12 if count and duration["unit"] == "年" else count
        if months and duration["half"] and duration["unit"] == "年":
            months += 6  # 一年半: eighteen months
    if not months:
        return None
    later = [
        d
        for d in context.dates
        if duration.end() <= d.start < sentence.end and d.kind in STATED_KINDS
    ]
    if stated is not None:
        reference = stated
    elif later:
        reference = later[0].value
    elif context.document.published is not None and (
        UNTIL_NOW.search(
            context.folded, max(sentence.start, start - 4), told_until(context, duration, sentence)
        )
        or is_revealed_after(context, duration, sentence)
    ):
        published = context.document.published
        reference = PartialDate(published.year, published.month)
    else:
        return None
    if reference.year is None:
        return None
    if months % 12 == 0 or reference.month is None:
        return PartialDate(reference.year - (months + 11) // 12)
    return PartialDate(*shift_month(reference.year, reference.month, -months))


def held_before_that(
    context: EventContext, start: int, end: int, sentence: Span, event_type: str
) -> PartialDate | None:
    """Return when a state told as lasting up to an earlier date of its sentence began (周二获释，
    他此前被关押了两年: two years before the Tuesday), or up to the last date of the sentence
    before, in the same paragraph, when its own sentence tells no date (他于2019年获释。在此之前，
    他被关押了两年), or None."""
    if event_type not in LASTING_STATES:
        return None
    before = [
        d
        for d in context.dates
        if sentence.start <= d.start and d.end <= start and d.kind in STATED_KINDS
    ]
    if not before:
        index = context.sentence_index(start)
        if (
            not index
            or any(sentence.start <= d.start < sentence.end for d in context.dates)
            or not BEFORE_THAT.search(context.folded, sentence.start, start)
        ):
            return None
        previous = context.sentences[index - 1]
        if "\n" in context.folded[previous.end : sentence.start]:
            return None
        before = context.stated_dates_in(previous)
        return counted_back(context, start, end, sentence, before[-1].value) if before else None
    if not BEFORE_THAT.search(context.folded, before[-1].end, start):
        return None
    return counted_back(context, start, end, sentence, before[-1].value)


def is_revealed_after(context: EventContext, duration: re.Match[str], sentence: Span) -> bool:
    """Return whether the clause after a duration with 后 tells, with no date, that it came to
    light (失踪两年多后，他的下落首次曝光): the report's news, so the duration runs up to now."""
    if not duration["after"]:
        return False
    _, end = context.clause_bounds(duration.end() - 1, sentence)
    if end >= sentence.end:
        return False
    next_start, next_end = context.clause_bounds(end + 1, sentence)
    if any(next_start <= d.start < next_end for d in context.dates):
        return False
    return REVEALED.search(context.folded, next_start, next_end) is not None


def told_until(context: EventContext, duration: re.Match[str], sentence: Span) -> int:
    """Return where the telling of a duration ends: its clause, or the next one after 后
    (被囚两年后，本周获准会妻) or when that one opens with now (被关押了两年多，至今…)."""
    _, end = context.clause_bounds(duration.end() - 1, sentence)
    if end < sentence.end and (duration["after"] or NOW_OPENING.match(context.folded, end + 1)):
        _, end = context.clause_bounds(end + 1, sentence)
    return end


def years_for(
    context: EventContext, start: int, end: int, sentence: Span
) -> list[int | str | None]:
    """Return the terms of a sentence: numbers of years, "life", or [None]."""
    clause_start, clause_end = context.clause_bounds(start, sentence)
    window = context.folded[start : min(sentence.end, end + 20)]
    reduced = REDUCED_TERM.search(window[:24])
    later: list[int | str | None] = []
    if reduced and (value := number_or_none(reduced["number"])) is not None and 0 < value <= 30:
        later = [value]  # 古丽的无期徒刑减为20年: life, then 20 years
    if LIFE_TERM.search(
        context.folded, max(sentence.start, start - 6), min(sentence.end, end + 12)
    ):
        return ["life", *later]
    if RANGE_TERM.search(window[:24]) or DEATH_SENTENCE.search(window[:12]):
        return [None]
    match = YEARS_AFTER.search(window[:24]) or TERM_THEN_AFTER.search(window[:16])
    if match is not None and ANOTHER_SENTENCE_BETWEEN.search(
        context.folded, end, start + match.start()
    ):
        match = None  # 三名维吾尔人被判刑，其中艾山被判了20年: the term is the next clause's
    if match is not None:
        # A list of terms may run past the window (12年和6年): read it whole, in its clause.
        match = YEARS_AFTER.match(context.folded, start + match.start(), clause_end) or match
    if match is None and (later_term := term_after_objects(context, start, end, sentence)):
        return later_term
    if match is None:
        window = context.folded[clause_start:start]
        if RANGE_TERM.search(window[-12:]):
            return [None]  # 其余9名学员2至7年有期徒刑: a range before the prison word
        match = YEARS_AFTER.search(window[-12:]) if window else None
    if match is None:
        return [None]
    values: list[int | str | None] = []
    for number in re.findall(NUMBER, match.group("numbers")):
        value = number_or_none(number)
        if value is not None and 0 < value <= 30:
            values.append(value)
    values += [value for value in later if value not in values]
    return values or [None]


def term_after_objects(
    context: EventContext, start: int, end: int, sentence: Span
) -> list[int | str | None]:
    """Return the term an active 判处 gives after its objects, or [] (法院判处艾山、阿里木和
    吐尔逊有期徒刑10年: the list of names may put the term past the trigger's window)."""
    if context.folded[start] == "被" or context.folded[start - 1 : start] == "被":
        return []
    _, clause_end = context.clause_bounds(start, sentence)
    prison = PRISON_TERM_OBJECT.search(context.folded, end, clause_end)
    if prison is None:
        return []
    if LIFE_TERM.match(context.folded, prison.start() - 2, prison.end()):
        return ["life"]
    match = YEARS_AFTER.match(context.folded, prison.end(), min(clause_end, prison.end() + 8))
    if match is None:
        # 判处三名牧民11年和5年徒刑: the terms stand right before the prison word.
        before = [
            m
            for m in YEARS_AFTER.finditer(context.folded, end, prison.start())
            if m.end() == prison.start()
        ]
        match = before[-1] if before else None
    if match is None:
        return []
    values: list[int | str | None] = []
    for number in re.findall(NUMBER, match.group("numbers")):
        value = number_or_none(number)
        if value is not None and 0 < value <= 30:
            values.append(value)
    return values


def terms_are_respective(context: EventContext, start: int, end: int, sentence: Span) -> bool:
    """Return whether the terms go one to each subject, in order (A和B分别被判处15年和10年;
    also when the terms follow in a clause of their own: 两人都被判刑，分别被判15年和10年)."""
    clause_start, _ = context.clause_bounds(start, sentence)
    return "分别" in context.folded[clause_start:start] or bool(
        RESPECTIVE_TERMS_AFTER.match(context.folded, end, sentence.end)
    )


def respective_dates(context: EventContext, start: int, sentence: Span) -> list[str]:
    """Return the dates told respectively before a trigger, in order (父亲和哥哥分别于2017年9月
    及3月被带走: one to each subject), or [] when its clause says no 分别 before two dates."""
    clause_start, _ = context.clause_bounds(start, sentence)
    respective = context.folded.find("分别", clause_start, start)
    if respective < 0:
        return []
    stated = [
        iso
        for d in context.dates
        if respective < d.start and d.end <= start and d.kind in {"absolute", "relative"}
        if (iso := d.value.iso()) is not None
    ]
    return stated if len(stated) > 1 else []


def place_for(context: EventContext, start: int, end: int, sentence: Span) -> str | None:
    """Return the key of the place named in an event's clause, nearest before it."""
    clause_start, clause_end = context.clause_bounds(start, sentence)
    in_clause = [p for p in context.places if clause_start <= p.start and p.end <= clause_end]
    if in_clause:
        before = [p for p in in_clause if p.end <= start]
        return (before[-1] if before else in_clause[0]).key
    return None


def channel_for(context: EventContext, sentence: Span) -> str | None:
    """Return "wechat" or "phone" when the sentence names the channel."""
    text = context.folded[sentence.start : sentence.end]
    for word, channel in CHANNELS.items():
        if word in text:
            return channel
    return None
