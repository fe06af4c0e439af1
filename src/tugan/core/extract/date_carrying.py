"""Dates carried into a sentence that states none, from the sentence before it.

Reports set a time frame and then tell what happened in it over several sentences:
"2018年1月，警方带走了他的哥哥。他的母亲被关了40天。" The mother's detention is dated 2018-01,
though its sentence names no date. The rule is kept narrow because an event whose sentence
states no date most often has none in the gold either (docs/extraction.md gives the figures):

- the event's sentence states no date of its own (any kind: also 四年前, 出生);
- its text before the event does not move time on or back to now (后来, 其后, 目前, 至今, 仍,
  今年, 去年) and does not say the event was learned of (得知, 发现);
- the sentence before it is in the same paragraph and states exactly one date, of a past
  moment (not 四年前, not a birth);
- and that date sets the frame: it opens its sentence (2018年1月，…; also after a word of
  contrast, 然而，2018年1月，…, or a speaker's words, 她说，2018年1月，…), or the event's sentence
  opens as its continuation (随后, 不久, 当天, 刚…) or with how long after (一个星期后，…,
  过了几天，…, also after a speaker's frame: 她说，三天后，…; hours keep the day); how long
  after also reaches over one sentence between that tells no date and does not move time on.
  What was done on the spot (警察当场没收了护照) takes the date of the scene the sentence
  before told, or the date that scene's own sentence carries (就在他被捕几个小时后，…).
  What a scene some days after the frame tells (过了几天，她去派出所打听。警察说，他已被关押)
  takes the frame's date too; and "also" (他的妻子也被带走) goes on with the frame the
  sentence before took from the one before it.

Within one sentence, an event that follows a dated one "afterwards" (去年10月逃离，之后被捕;
在2017年回国后，…被关押) keeps the year of that date, not its month or day: the year rarely
changes between the two. A bare 然后 does not, nor what the text says is so now (现已).

An event "N个月后" takes the carried date, or a date before it in its sentence, moved on by N
months, years, weeks or days (never past the publication date), and so do years apart (事隔两年)
and years held before it (被关押了两年多，获释时). A year's end or start moved on by months is
read from that month (去年底…两个月后 is the next year).

Two cues reach further. "Soon after" before the event (回到家乡不久就被关进, 抵达机场后，…)
takes the year of the last date of the sentence before, also across a paragraph break, and
through a chain of such sentences up to two back; right after (很快, 随即, 立即) keeps its
month. "From then on" (从那以后, 从此) takes the last date of the sentence before as it is.
And a headline's date (诗人昨获释) dates the first event of its kind that the paragraph under
it retells with none.

"After it happened" (事发后, 此事发生后的几周，…) looks further back, up to six sentences and
across paragraphs, for the last date told: the event comes some time after it, in its year (or
that many years on, 事发两年后).
"""

import re
from datetime import date, timedelta

from tugan.core.dates import STATED_KINDS, DateMention, PartialDate, number_or_none, shift_month
from tugan.core.extract.document import Span
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_patterns import TRIGGER_PATTERN

# What may stand before a date that opens its sentence (在2018年1月，…), also after a word of
# contrast that only ties the sentence to the one before (然而，2017年1月，…; 但2019年春，…).
FRAME_OPENING = re.compile(
    r"\s*(?:(?:然而|但是|可是|不过|但)[，,]?\s*)?(?:早在|就在|在|于|从|自)?\s*"
)
# A speaker's frame before a date that opens what is told (她告诉本台，2018年3月，…;
# 他说：“去年5月，…).
SPEAKER_BEFORE_FRAME = re.compile(
    r"\s*[^，,。；;：:“”「」]{1,16}?(?:说|表示|回忆道?|称|告诉[^，,。]{0,10}?)[，,：:]\s*[“「]?"
)
# "Also" right before the event's verb (他的妻子也被带走).
ALSO_BEFORE_EVENT = re.compile(r"也(?:[被遭]|$)")
# Words opening a sentence that carries on from the one before.
CONTINUATION = re.compile(
    r"\s*(?:随后|随即|接着|紧接着|当天|当日|当晚|同日|同月|当时|那时|不久|没过多久|刚|才|于是|结果)"
)
# "Soon after", before an event in a sentence with no date: 不久就被关进, 抵达机场后，…被没收
# (not 这个数字背后, "behind"; nor a 后 clause whose event 已 says is so by now: 妻子被带走后，
# 他的父亲已病逝 tells a death some time since, not soon after).
SOON_AFTER = re.compile(
    r"不久|随即|随后|旋即|紧接着|很快|[^，,。；\s背]后[，,](?![^，,。；]{0,6}?已)|刚[^，,。]{1,8}就"
)
# Right after, said of the event itself (民警很快上门问话, 随即被带走): the month of the
# date it follows stands too, where 不久 or a 后 clause keeps the year only.
IMMEDIATELY = re.compile(r"很快|随即|旋即|紧接着|马上|立即|立刻")
# From then on: what follows began at the last date told (…被送入营。从此再也无法和亲人见面).
FROM_THEN_ON = re.compile(r"从此|从那以后|自那以后|从那时起|自那时起|从那天起|自此")
# Words before the event that move the time on or back to the present: no carrying.
TIME_SHIFT = re.compile(
    r"后来|其后|之后|此后|事后|目前|现在|现已|如今|至今|今年|去年|前年|近日|日前|最近|近年|多年"
    r"|以前|过去|曾经|此前|年多后|个多月后|仍|依然|依旧|近几|几个?月来|几年来|这几年|这些年"
)
# On the spot: what the sentence tells happened at the scene the sentence before told
# (…两名警察来到家中。警察当场没收了她的护照), not an eyewitness (当场目击者).
ON_THE_SPOT = re.compile(r"当场(?!目击|目睹|见证)|当即")
# A speaker's frame or the happening it follows before how long after (她回忆道，就在哥哥被捕
# 几个小时后，…): the sentence still opens with it.
SPEECH_FRAME = re.compile(
    r"\s*(?:[^，,。；;]{1,16}?(?:说|表示|回忆道?|称|告诉[^，,。]{0,10}?)[，,：:])?"
    r"\s*(?:(?:就在|在)[^，,。；;]{0,12}?)?\s*"
)
# Learning of it, said between a date and an event: the date is when it was learned
# (2019年11月，她得知姐姐被判五年).
LEARNED_OF = re.compile(r"得知|获悉|获知|才知道")
# Learning of it: 发现姐姐已被判刑 is dated when it happened, not when it was learned. Not
# knowing (却不知道自己将被带走) tells nothing learned. Being told (那时她被告知，丈夫已被判刑)
# is learning too: a frame carried from the sentence before dates the telling.
LEARNED = re.compile(r"(?<![不没未])(?<!没有)(?:得知|获悉|听说|知道|发现|获知|被告知)")
# 5个月后, 两年后, 一年半后, 一个星期后, 事隔两年, 过了几天: the event comes that long after the
# carried date (a few days: within its month). Held for that long before it (被关押了两年多，获释时)
# moves it on as well.
LATER_BY = re.compile(
    r"(?:(?P<gap>事隔|时隔|相隔|隔了|过了|没过|(?:关押|关|囚禁|拘押|羁押|拘留|监禁|呆|待|度过)了)\s*)?"
    r"(?P<count>[0-9]{1,2}|[一二两三四五六七八九十]{1,2}|半|[几数](?=天|日|个?星期|周|个?礼拜|个?小时))\s*"
    r"(?P<unit>个月|年|天|日|个?星期|周|个?礼拜|个?小时)(?P<half>半)?多?(?(gap)|(?:后|之后|以后))"
)
# The Nth day (week, month, year) of what the sentence before told, opening a sentence after a
# few words of what it counts from (回到家的第三天，, 回国后第二天，, 到家第二天，): N-1 after.
NTH_AFTER = re.compile(
    r"(?P<gap>(?P<nth>第))(?P<count>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})\s*"
    r"(?P<unit>个月|年|天|日|个?星期|周)[，,]"
)
NTH_AFTER_REACH = 10  # characters of what it counts from, before 第
NTH_AFTER_BREAK = re.compile(r"[，,、：:“”「」]")
# Where in its year a date of year precision lies (去年底, 2019年初), to move it on by months.
PART_OF_YEAR = {"底": 12, "末": 12, "初": 1, "中": 6}
# Words for "soon afterwards" inside a sentence (not 然后, a bare "and then" that may span years),
# and words for a longer or unknown wait.
# 在2017年回国后，…被关押: what follows the 后 clause keeps the year of the date inside it.
SHORTLY_AFTER = re.compile(r"之后|其后|随后|随即|不久|接着|(?<!背)后[，,]")
# Some time after, not right after: the year only.
SOME_TIME_AFTER = re.compile(
    r"之后|其后|随后|不久|(?<!紧)接着|(?<!背)后[，,](?!\s*(?:很快|随即|旋即|紧接着|马上|立即|立刻))"
)
LONG_AFTER = re.compile(r"后来|多年|年后|年多|月后|直到|至今|目前|现在|现已|现仍|如今|[。；]")
# A date whose clause goes on to one of these dates a publication, not an event: 这些文件于
# 2022年5月发布, 电台上周三（24日）曾报道.
PUBLISHING = re.compile(r"[^，,。；;！？]{0,16}?(?:报道|报导|发布|公布|披露|曝光|发表|刊登|刊出)")
# What a clause or sentence that only says when opens with: a word pointing back at what was
# just told (那是2018年5月的一个晚上), or a noun naming it (判决是在去年9月作出的).
WHEN_TOLD_SUBJECT = (
    r"(?:那|这|那天|那一天|那一年|事情|此事|这件事|那件事|时间|判决|宣判|逮捕|抓捕|拘捕|失踪)"
)
# A date that starts a period or is counted from (这是2019年以来的第三次): not only when.
NOT_ONLY_WHEN = re.compile(r"\s*(?:以来|来|起|开始|之?后|之?前|以前|以后|至今)")
# A sentence that only says when the one before happened (…被带走了。那是2018年5月的一个晚上。).
WHEN_TOLD_NEXT = re.compile(
    rf"\s*{WHEN_TOLD_SUBJECT}(?:还|就|则|大约|大概|应该)?(?:是在?|是于|发生在|发生于)\s*"
)
# What stands between a date opening a headline alone and the phrase it dates (2018年5月：…).
HEADLINE_DATE_ALONE = re.compile(r"\s*[：:—\-－｜|]?\s*")
# The dateline opening a report (【某报2020年10月20日讯】, 某社北京3月1日电): its date.
DATELINE = re.compile(r"(?:讯|电)[】\]）)\s]")
# Or a bracketed one of places joined by dashes before the date ((伊犁-阿拉木图-2021年2月26日)).
DATELINE_PLACES_BEFORE = re.compile(r"[(（](?:[\u3400-\u9fff]{2,10}\s*[-－–—]\s*)+$")
DATELINE_CLOSING = re.compile(r"\s*[)）]")
# After the happening told before (事发后, 出事以后, 此事发生后的几周，, 这件事发生之后): the
# gap that may follow it, in years or less.
GAP = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,2}|[几数]"
GAP_UNIT = r"年|个月|周|个?星期|天|日"
AFTER_HAPPENING = re.compile(
    r"(?:事发|出事|(?:事件|事情|此事|这件事|那件事)发生)"
    rf"(?:(?P<count>{GAP})\s*(?P<unit>{GAP_UNIT})多?)?(?:之|以)?后(?:不久)?"
    rf"(?:的\s*(?P<count_after>{GAP})\s*(?P<unit_after>{GAP_UNIT}))?"
)
AFTER_HAPPENING_REACH = 6  # sentences back to the happening's date


def carried_date(context: EventContext, start: int, sentence: Span) -> PartialDate | None:
    """Return the date an event at start takes from the sentence before its own, or None."""
    index = context.sentence_index(start)
    if index is None or index == 0:
        return None
    folded = context.folded
    if any(sentence.start <= d.start < sentence.end for d in context.dates):
        return None
    if TIME_SHIFT.search(folded, sentence.start, start) or LEARNED.search(
        folded, sentence.start, start
    ):
        return None
    # 一个星期后，我的儿子也被抓了: a sentence opening with how long after goes on from the last
    # date told, also across one sentence that tells none (…被捕。妻子四处求助。过了几天，…).
    later = LATER_BY.search(folded, sentence.start, start)
    opens_later = later is not None and opens_with(context, sentence.start, later.start())
    if not opens_later and (nth := nth_day_opening(context, sentence, start)) is not None:
        later, opens_later = nth, True
    previous = context.sentences[index - 1]
    if opens_later and index > 1 and is_undated_sequel(context, previous):
        previous = context.sentences[index - 2]
    elif index > 1 and (scene_later := opening_later_by(context, previous)) is not None:
        # 过了几天，她去派出所打听。警察说，他已被关押: what the scene a while after the frame
        # tells comes that long after it too.
        later, opens_later = scene_later, True
        previous = context.sentences[index - 2]
    elif ON_THE_SPOT.search(folded, sentence.start, start) and is_undated_sequel(context, previous):
        # 警察当场没收了她的护照: at the scene the sentence before told, which may itself be
        # dated by how long after it came (就在他被捕几个小时后，两名警察来到家中。).
        return carried_date(context, previous.end - 1, previous)
    if "\n" in folded[previous.end : sentence.start]:
        return None
    if (
        not opens_later
        and ALSO_BEFORE_EVENT.search(folded, sentence.start, start)
        and is_undated_sequel(context, previous)
    ):
        # 2018年1月，…被带走。他的护照被没收。他的妻子也被关押: "also" goes on with the
        # frame the sentence before took.
        told = [m.start() for m in TRIGGER_PATTERN.finditer(folded, previous.start, previous.end)]
        return carried_date(context, told[-1], previous) if told else None
    dates = [d for d in context.dates if previous.start <= d.start < previous.end]
    if len(dates) != 1 or dates[0].kind not in STATED_KINDS or dates[0].value.year is None:
        return None
    frame = dates[0]
    # 她告诉本台，2018年3月，…: a speaker's frame before the date leaves it opening what is told.
    speaker = SPEAKER_BEFORE_FRAME.match(folded, previous.start, frame.start)
    opens = any(
        FRAME_OPENING.fullmatch(folded, opening, frame.start) is not None
        for opening in (previous.start, speaker.end() if speaker else previous.start)
    )
    on_the_spot = ON_THE_SPOT.search(folded, sentence.start, start) is not None
    if not (opens or opens_later or on_the_spot or CONTINUATION.match(folded, sentence.start)):
        return None
    if later is not None and is_after_publication(context, frame, later):
        return None
    return moved_on(context, frame, later)


# "Among them" opening a sentence (六人被判刑。其中艾山被判了20年): one of the people the
# sentence before counted, whose share of that same event it tells.
AMONG_THEM = re.compile(r"\s*其中")


def date_of_group_among(
    context: EventContext, start: int, sentence: Span, event_type: str
) -> DateMention | None:
    """Return the date of the event the sentence before told of a group, for one of them that
    a sentence opening with 其中 names (三人半年前被判刑。其中艾山被判了20年), or None.

    That is the same event, so its one date stands even when it is counted back (半年前); a
    date the report states later for that person's share (今年2月初被判刑) replaces one counted
    back, as for any event.
    """
    index = context.sentence_index(start)
    if index is None or index == 0 or not AMONG_THEM.match(context.folded, sentence.start):
        return None
    previous = context.sentences[index - 1]
    if "\n" in context.folded[previous.end : sentence.start]:
        return None
    dates = [d for d in context.dates if previous.start <= d.start < previous.end]
    if len(dates) != 1 or dates[0].value.year is None:
        return None
    told = {
        match.lastgroup
        for match in TRIGGER_PATTERN.finditer(context.folded, previous.start, previous.end)
    }
    return dates[0] if event_type in told else None


def opens_with(context: EventContext, start: int, end: int) -> bool:
    """Return whether only white space or a speaker's frame (她回忆道，就在…) stands between a
    sentence's start and end."""
    return not context.folded[start:end].strip() or (
        SPEECH_FRAME.fullmatch(context.folded, start, end) is not None
    )


def opening_later_by(context: EventContext, sentence: Span) -> re.Match[str] | None:
    """Return the days or hours after (过了几天，…) an undated sentence that does not move
    time on opens with, or None.

    Only days or hours: what that scene learns (警察说，他已被关押) may have come before it,
    and a gap of months would move its date past when it happened.
    """
    later = LATER_BY.search(context.folded, sentence.start, sentence.end)
    if (
        later is None
        or later["unit"] not in {"天", "日", "小时", "个小时"}
        or not opens_with(context, sentence.start, later.start())
    ):
        return None
    return later if is_undated_sequel(context, sentence) else None


def is_undated_sequel(context: EventContext, sentence: Span) -> bool:
    """Return whether a sentence tells no date and does not move time on or back to now."""
    return not any(sentence.start <= d.start < sentence.end for d in context.dates) and not (
        TIME_SHIFT.search(context.folded, sentence.start, sentence.end)
    )


def year_shortly_after(context: EventContext, start: int, sentence: Span) -> PartialDate | None:
    """Return the year of the last date of the sentence before, for an event its own sentence
    ties to it by "soon after" (回到家乡不久就被关进, 抵达机场后，他的护照…), or None.

    Unlike carried_date, this reaches into the paragraph before: a story goes on there.
    """
    index = context.sentence_index(start)
    if not index:
        return None
    folded = context.folded
    if (
        any(sentence.start <= d.start < sentence.end for d in context.dates)
        or not SOON_AFTER.search(folded, sentence.start, start)
        or TIME_SHIFT.search(folded, sentence.start, start)
        or LEARNED.search(folded, sentence.start, start)
    ):
        return None
    # A chain of such sentences goes back to the date the first of them follows (…同年生下孩子。
    # 生下孩子后不久就被拘留。随后她被释放。): at most two sentences back.
    for previous in context.sentences[max(0, index - 2) : index][::-1]:
        if context.is_headline(previous.start):
            return None
        dates = [d for d in context.stated_dates_in(previous) if d.value.year is not None]
        if dates:
            value = dates[-1].value
            if IMMEDIATELY.search(folded, sentence.start, start):
                return PartialDate(value.year, value.month)
            return PartialDate(value.year)
        if not SOON_AFTER.search(folded, previous.start, previous.end):
            return None
    return None


def year_after_happening(context: EventContext, start: int, sentence: Span) -> PartialDate | None:
    """Return the year of the last date told up to six sentences before, also in a paragraph
    before, for an event its own sentence says came after that happening (此事发生后的几周，家人
    开始与她断绝联系), moved on by the years it says (事发两年后), or None."""
    index = context.sentence_index(start)
    if not index:
        return None
    folded = context.folded
    after = AFTER_HAPPENING.search(folded, sentence.start, start)
    if (
        after is None
        or any(sentence.start <= d.start < sentence.end for d in context.dates)
        or TIME_SHIFT.search(folded, sentence.start, after.start())
        or TIME_SHIFT.search(folded, after.end(), start)
        or LEARNED.search(folded, sentence.start, start)
    ):
        return None
    years = 0
    if "年" in (after["unit"], after["unit_after"]):
        count = number_or_none(after["count"] or after["count_after"])
        if count is None:
            return None  # 事发几年后: some years on, which the text does not say
        years = count
    for previous in context.sentences[max(0, index - AFTER_HAPPENING_REACH) : index][::-1]:
        if context.is_headline(previous.start):
            return None
        dates = [
            d
            for d in context.stated_dates_in(previous)
            if d.value.year is not None and not is_publishing_date(context, d)
        ]
        if dates:
            year = dates[-1].value.year
            assert year is not None
            return PartialDate(year + years)
    return None


def date_from_then_on(context: EventContext, start: int, sentence: Span) -> PartialDate | None:
    """Return the last date of the sentence before, for an event its own sentence says began
    then (从那以后，他便与外界失去了联系), or None."""
    index = context.sentence_index(start)
    if not index or not FROM_THEN_ON.search(context.folded, sentence.start, start):
        return None
    if any(sentence.start <= d.start < sentence.end for d in context.dates):
        return None
    previous = context.sentences[index - 1]
    dates = [d for d in context.stated_dates_in(previous) if d.value.year is not None]
    return dates[-1].value if dates else None


def is_publishing_date(context: EventContext, mention: DateMention) -> bool:
    """Return whether a date is when something was published or reported (…于2022年5月发布,
    a dateline)."""
    folded = context.folded
    return (
        PUBLISHING.match(folded, mention.end) is not None
        or DATELINE.match(folded, mention.end) is not None
        or (
            DATELINE_PLACES_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
            is not None
            and DATELINE_CLOSING.match(folded, mention.end) is not None
        )
    )


def year_within_sentence(context: EventContext, start: int, sentence: Span) -> PartialDate | None:
    """Return the year of a date earlier in the sentence that only 之后 or 随后 separates, or
    that date moved on by the months or years a 两个月后 between says."""
    folded = context.folded
    earlier = [
        d
        for d in context.dates
        if sentence.start <= d.start and d.end <= start and d.kind in STATED_KINDS
    ]
    if not earlier or earlier[-1].value.year is None:
        return None
    between = folded[earlier[-1].end : start]
    later = LATER_BY.search(between)
    if later and not LEARNED.search(between):
        # 2018年4月被带走，两个月后获释; never past the publication (a report tells the past).
        return (
            None
            if is_after_publication(context, earlier[-1], later)
            else moved_on(context, earlier[-1], later)
        )
    if not SHORTLY_AFTER.search(between) or LONG_AFTER.search(between) or LEARNED.search(between):
        return None
    value = earlier[-1].value
    if IMMEDIATELY.search(between) and not SOME_TIME_AFTER.search(between):
        # 2019年3月回国，随即被带走: right after keeps the month too, as across sentences.
        return PartialDate(value.year, value.month)
    return PartialDate(value.year)


def later_by_amount(later: re.Match[str]) -> tuple[int, int] | None:
    """Return the (months, days) a LATER_BY match moves a date on by, or None if unreadable."""
    count = 6 if later["count"] == "半" else number_or_none(later["count"])
    if count is None:
        return None
    if later.groupdict().get("nth"):
        count -= 1  # the third day after arriving is two days after it
    if later["count"] == "半":
        return (6, 0) if later["unit"] == "年" else (0, 15) if later["unit"] == "个月" else None
    if later["unit"].endswith("小时"):
        return 0, 0
    if later["unit"] == "年":
        # 一年半后: six months more
        return count * 12 + (6 if later.groupdict().get("half") else 0), 0
    if later["unit"] == "个月":
        return count, 0
    return 0, count * (1 if later["unit"] in {"天", "日"} else 7)


def is_after_publication(context: EventContext, frame: DateMention, later: re.Match[str]) -> bool:
    """Return whether the frame's date moved on by later, at the frame's precision, lies after
    the publication date (2017年1月27日…三年后 in a report of 2020-01-11)."""
    published, value = context.document.published, frame.value
    amount = later_by_amount(later)
    if published is None or amount is None or value.year is None:
        return False
    year, month = shift_month(value.year, value.month or 1, amount[0])
    return (year, month, value.day or 1) > (published.year, published.month, published.day)


def moved_on(context: EventContext, frame: DateMention, later: re.Match[str] | None) -> PartialDate:
    """Return the frame's date, moved on by the time later states (5个月后, 一个星期后), at the
    precision both give: a year moved on by months is read from where in the year it lay
    (去年底…两个月后 is the next year)."""
    value = frame.value
    amount = later_by_amount(later) if later else None
    if amount is None or value.year is None:
        return value
    months, days = amount
    if amount == (0, 0):
        return value  # hours later: the same day, as far as a date tells
    if days:
        if value.day is None:
            return value
        assert value.month is not None
        return PartialDate.from_date(date(value.year, value.month, value.day) + timedelta(days))
    if months % 12 == 0:
        return PartialDate(value.year + months // 12)
    part_of_year = context.folded[frame.end : frame.end + 2].lstrip("年")[:1]
    month = value.month or PART_OF_YEAR.get(part_of_year)
    if month is None:
        return PartialDate(value.year)
    year, month = shift_month(value.year, month, months)
    return PartialDate(year, month) if value.month else PartialDate(year)


def date_from_headline(context: EventContext, start: int, event_type: str) -> PartialDate | None:
    """Return the date a headline gives an event of its kind that the lead under it retells
    with none (维吾尔族诗人昨获释 / …已获释放，其友人证实), or None.

    Only for the first event of that kind in the headline's next paragraph, and only a date in
    the headline's phrase of that event.
    """
    folded = context.folded
    line_start = folded.rfind("\n", 0, start) + 1
    headline_end = line_start
    while headline_end > 0 and folded[headline_end - 1].isspace():
        headline_end -= 1
    if headline_end == 0:
        return None
    headline_start = folded.rfind("\n", 0, headline_end) + 1
    if not context.is_headline(headline_start):
        return None
    earlier_in_lead = [
        match
        for match in TRIGGER_PATTERN.finditer(folded, line_start, start)
        if match.lastgroup == event_type
    ]
    if earlier_in_lead:
        return None
    for match in TRIGGER_PATTERN.finditer(folded, headline_start, headline_end):
        if match.lastgroup != event_type:
            continue
        phrase = context.clause_bounds(match.start(), Span(headline_start, headline_end))
        dates = [
            d
            for d in context.dates
            if phrase[0] <= d.start
            and d.end <= match.start()
            and d.kind in STATED_KINDS
            and not is_publishing_date(context, d)
        ]
        if dates:
            return dates[-1].value
        # A headline opening with the date alone (2018年5月：父亲被带走, 2018年5月 父亲被带走):
        # the date of the phrase after it.
        opening = [
            d
            for d in context.dates
            if d.kind in STATED_KINDS
            and not folded[headline_start : d.start].strip()
            and HEADLINE_DATE_ALONE.fullmatch(folded, d.end, phrase[0])
        ]
        if opening:
            return opening[0].value
    return None


# 也 before a protest: the one who "also" rallied joined the protest told before.
ALSO_BEFORE = re.compile(r"也[^，,。；;]{0,8}$")
# How far back the protest joined may be told (a paragraph or two).
JOINED_PROTEST_REACH = 400


def date_of_protest_joined(
    context: EventContext, start: int, sentence: Span, event_type: str
) -> PartialDate | None:
    """Return the date of the protest told before that one who "also" protested joined
    (星期六，数百人在广场集会……。X也在集会的人群中), or None.

    The date is the last one before the earlier protest's trigger in its own sentence.
    """
    folded = context.folded
    if event_type != "protested" or not ALSO_BEFORE.search(folded, sentence.start, start):
        return None
    earlier = [
        match
        for match in TRIGGER_PATTERN.finditer(
            folded, max(0, sentence.start - JOINED_PROTEST_REACH), sentence.start
        )
        if match.lastgroup == event_type
    ]
    if not earlier:
        return None
    told = context.sentence_of(earlier[-1].start())
    dates = [
        d
        for d in context.dates
        if told.start <= d.start
        and d.end <= earlier[-1].start()
        and d.kind in STATED_KINDS
        and not is_publishing_date(context, d)
    ]
    return dates[-1].value if dates else None


def date_told_next(context: EventContext, end: int, sentence: Span) -> PartialDate | None:
    """Return the date the next sentence of the paragraph gives as when the event's sentence
    happened (…被警察带走了。那是2018年5月的一个晚上。), or None.

    Only for the last event of its sentence (nothing told after it but its objects), and only
    when the next sentence opens with the date, after a word pointing back (那是, 事情发生在).
    """
    following = context.next_sentence(sentence)
    if following is None or "\n" in context.folded[sentence.end : following.start]:
        return None
    if TRIGGER_PATTERN.search(context.folded, end, sentence.end):
        return None
    opening = WHEN_TOLD_NEXT.match(context.folded, following.start)
    if opening is None:
        return None
    for mention in context.dates:
        if (
            mention.start == opening.end()
            and mention.kind in STATED_KINDS
            and not NOT_ONLY_WHEN.match(context.folded, mention.end)
        ):
            return mention.value
    return None


def nth_day_opening(context: EventContext, sentence: Span, start: int) -> re.Match[str] | None:
    """Return the Nth day (回到家的第三天，) the sentence opens with before the event at start,
    after at most a few words and no clause break, or None."""
    folded = context.folded
    reach = min(start, sentence.start + NTH_AFTER_REACH + 1)
    found = NTH_AFTER.search(folded, sentence.start, reach + 8)
    if found is None or found.start() > reach or found.end() > start:
        return None
    if NTH_AFTER_BREAK.search(folded, sentence.start, found.start()):
        return None
    return found
