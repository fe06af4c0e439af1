"""Dates as reports write them: absolute, partial, and relative to the publication date.

A date keeps the precision the text gives (2017年 is a year, not 2017-01-01): `PartialDate`.
`find_dates` finds every date expression in a text with its span; relative ones (上周六, 去年10月,
四年来, 24日) are resolved against the publication date. Weeks run Monday to Sunday (GB/T 7408,
ISO 8601), so 上周六 in a report of Monday 2021-03-01 is 2021-02-27.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tugan.core.regex_prefilter import compile_prefiltered

DIGITS = "0123456789"
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", DIGITS)
CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CHINESE_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CHINESE_MYRIADS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
NUMERAL_CHARACTERS = "".join([*CHINESE_DIGITS, *CHINESE_UNITS, *CHINESE_MYRIADS])
# A number as written: Arabic digits (ASCII or full-width) or Chinese numerals.
NUMBER = rf"(?:[0-9０-９]+|[{NUMERAL_CHARACTERS}]+)"
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}


def parse_chinese_number(text: str) -> int:
    """Return the value of a number in digits or Chinese numerals ("十五" -> 15).

    Digits alone are read one by one, as years are written ("二〇一七" -> 2017).

    Raises ValueError when text is not a number.
    """
    text = text.strip().translate(FULL_WIDTH_DIGITS)
    if not text:
        raise ValueError("empty number")
    if text.isdigit():
        return int(text)
    if all(character in CHINESE_DIGITS for character in text):
        # Read digit by digit, as years are written (二〇一七).
        return int("".join(str(CHINESE_DIGITS[character]) for character in text))
    total, section, digit = 0, 0, None
    for character in text:
        if character in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[character]
        elif character in CHINESE_UNITS:
            section += (1 if digit is None else digit) * CHINESE_UNITS[character]
            digit = None
        elif character in CHINESE_MYRIADS:
            total += (section + (digit or 0)) * CHINESE_MYRIADS[character]
            section, digit = 0, None
        elif character.isdigit():
            digit = (digit or 0) * 10 + int(character)
        else:
            raise ValueError(f"{text!r} is not a number")
    return total + section + (digit or 0)


# How a partial date is written (ISO 8601 at year, month or day precision).
WRITTEN_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day; None parts are unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            if self.year is None or self.month is None:
                raise ValueError("a day needs a year and a month")
            if not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
                raise ValueError(f"day {self.day} is out of range for {self.year}-{self.month:02d}")
        if self.month is not None and self.year is None:
            raise ValueError("a month needs a year")

    @property
    def precision(self) -> str:
        """Return "day", "month", "year" or "unknown"."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else "unknown"

    def iso(self) -> str | None:
        """Return "YYYY", "YYYY-MM" or "YYYY-MM-DD" at this date's precision; None if unknown."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, value: str | None) -> "PartialDate":
        """Return the PartialDate for "YYYY", "YYYY-MM", "YYYY-MM-DD", or unknown for None/""."""
        if not value:
            return cls()
        if not WRITTEN_PARTIAL_DATE.fullmatch(value):
            raise ValueError(f"{value!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        try:
            return cls(*(int(part) for part in value.split("-")))
        except ValueError as error:
            raise ValueError(f"{value!r} is not a real date: {error}") from None

    @classmethod
    def from_date(cls, value: date) -> "PartialDate":
        """Return a day-precision PartialDate."""
        return cls(value.year, value.month, value.day)

    def agrees_with(self, other: "PartialDate") -> bool:
        """Return whether self equals other at other's precision (how gold dates are scored)."""
        if other.year is None:
            return self.year is None
        mine = (self.year, self.month if other.month else None, self.day if other.day else None)
        return mine == (other.year, other.month, other.day)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: PartialDate
    # "absolute", "relative", "ago" (四年前), "since" (四年来), "within" (过去四年: a period,
    # not a start) or "birth" (…出生)
    kind: str


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """Return (year, month) moved by a number of months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def make_date(
    year: int | None, month: int | None = None, day: int | None = None
) -> PartialDate | None:
    """Return a PartialDate, or None when the parts are not a real date."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def number_or_none(text: str | None) -> int | None:
    """Return parse_chinese_number(text), or None for a missing or malformed number."""
    if not text:
        return None
    try:
        return parse_chinese_number(text)
    except ValueError:
        return None


def expand_year(value: int) -> int:
    """Return a four-digit year for a two-digit one ("98年" -> 1998)."""
    if value < 100:
        return 1900 + value if value > 40 else 2000 + value
    return value


SPACE = r"\s*"
YEAR = rf"(?P<year>(?:1[89]|20)[0-9]{{2}}|[一二][〇零○九][〇零○一二三四五六七八九]{{2}}){SPACE}年"
MONTH = rf"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){SPACE}月(?:份)?"
DAY = (
    r"(?P<day>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|三十一?"
    r"|[一二三四五六七八九])"
)
DAY_SUFFIX = rf"{SPACE}(?:日|号|號)"
NUMERIC_DATE = re.compile(
    r"(?P<year>(?:19|20)[0-9]{2})\s*[-./年]\s*(?P<month>1[0-2]|0?[1-9])\s*[-./月]\s*"
    r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:\s*[日号號])?"
)
ABSOLUTE = re.compile(
    rf"{YEAR}(?:{SPACE}{MONTH}(?:{SPACE}{DAY}(?:{DAY_SUFFIX}|(?=[(（或到至\-])))?)?"
)
# A year written both ways, 去年（2017年）4月, or with a list of months, 2017年2、3月 (the first).
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
YEAR_IN_BRACKETS = re.compile(
    rf"(?:今年|去年|前年|当年|同年)\s*[(（]\s*{YEAR}\s*[)）]"
    rf"(?:{SPACE}{MONTH}(?:{SPACE}{DAY}{DAY_SUFFIX})?)?"
)
# Taiwan's press puts the year in brackets inside the word: 去（2019）年, 今（2020）年3月.
YEAR_INSIDE_BRACKETS = re.compile(
    rf"(?:今|去|前){SPACE}[(（]{SPACE}(?P<year>(?:19|20)[0-9]{{2}}){SPACE}[)）]{SPACE}年"
    rf"(?:{SPACE}{MONTH}(?:{SPACE}{DAY}{DAY_SUFFIX})?)?"
)
YEAR_AND_MONTHS = re.compile(
    rf"{YEAR}{SPACE}(?P<month>{MONTH_NUMBER}){SPACE}(?:[、,，或至到~\-]{SPACE}{MONTH_NUMBER}{SPACE})+月"
)
# The years a word names, counted from the publication's (去年: the year before).
YEARS_FROM_PUBLICATION = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
SAME_YEAR = frozenset({"同年", "同一年", "当年", "那年", "那一年", "该年"})
# 今年5月, and with a list of months, 今年7、8月 (the first); also with 的 between (那一年的8月).
RELATIVE_YEAR = re.compile(
    rf"(?P<which>今年|去年|前年|明年|同一?年|当年|那一?年|该年)"
    rf"(?:{SPACE}(?:的{SPACE})?(?P<month>{MONTH_NUMBER})(?:{SPACE}[、或至到~\-]{SPACE}{MONTH_NUMBER})*{SPACE}月(?:份)?"
    rf"(?:{SPACE}{DAY}{DAY_SUFFIX})?"
    # New Year's Day (今年元旦) is the first of January.
    r"|(?P<new_year>元旦))?"
)
# This year's start or end with no year word (年初被扣留, in a report of that year): not a
# year's part after a year (2019年初, 去年年底), a count (两年底), every year (每年年初) or New
# Year (新年初一).
BARE_YEAR_PART = re.compile(
    r"(?=年[初底末])(?<![年0-9０-９〇零一二两三四五六七八九十几多今去前明同当那每近新])年(?:初|底|末)"
    r"(?![一二三四五六七八九十])"
)
# The first day of the Chinese New Year (正月初一), by Gregorian year: 除夕 is the day before it.
LUNAR_NEW_YEAR = {
    2000: (2, 5),
    2001: (1, 24),
    2002: (2, 12),
    2003: (2, 1),
    2004: (1, 22),
    2005: (2, 9),
    2006: (1, 29),
    2007: (2, 18),
    2008: (2, 7),
    2009: (1, 26),
    2010: (2, 14),
    2011: (2, 3),
    2012: (1, 23),
    2013: (2, 10),
    2014: (1, 31),
    2015: (2, 19),
    2016: (2, 8),
    2017: (1, 28),
    2018: (2, 16),
    2019: (2, 5),
    2020: (1, 25),
    2021: (2, 12),
    2022: (2, 1),
    2023: (1, 22),
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
}
# 除夕(夜), 2023年除夕, 去年春节, 大年初一: not a time before or after it (春节前, 春节后), which
# is no day of its own.
NEW_YEAR = re.compile(
    r"(?=[除大年正春农農])(?:(?P<eve>除夕|大年三十|年三十)"
    r"|(?P<first>大年初一|正月初一|春[节節]当天|春[节節]當天)|春[节節]|农历新年|農曆新年)"
    r"(?!前|后|後|以前|以后|以後|之前|之后|之後|联欢|聯歡|晚会|晚會|假期后|长假)"
)
# The year named right before it (2023年除夕, 去年春节).
YEAR_OF_NEW_YEAR = re.compile(
    r"(?:(?P<year>(?:19|20)[0-9]{2})\s*年\s*的?|(?P<which>今年|去年|前年)的?)\s*$"
)
# The last or first day of a year or a month named (2019年最后一天, 去年12月的最后一天, 今年第一天):
# that day, not only the year or month.
YEAR_OR_MONTH_END = re.compile(
    r"(?=[0-9今去前])(?:(?P<year>(?:19|20)[0-9]{2})\s*年|(?P<which>今年|去年|前年))"
    rf"(?:{SPACE}(?P<month>{MONTH_NUMBER}){SPACE}月份?)?{SPACE}的?{SPACE}"
    r"(?:(?P<last>最后一天|最後一天|最末一天)|(?P<first>第一天|头一天|頭一天))"
)
# Each pattern starts with a lookahead on its first characters: the engine then skips most
# positions at once (for speed).
# 一直到5月, 直到5月, 到了5月: how far a date stated just before ran on.
UNTIL_MONTH = re.compile(r"(?:直到|到了)\s*$")
UNTIL_REACH = 80  # characters back to the date it runs on from: its sentence or the one before
# 2017年9月及3月, 2019年3月和5月: a bare month listed right after a stated month is of its year.
LISTED_AFTER_MONTH = re.compile(r"^\s*(?:及|和|与|或|、|以及)\s*$")
# The rest of a date's clause, and the milestones of a life it may date (graduating, birth,
# marriage, founding): such a year is no frame for a later month without one.
CLAUSE_AFTER_DATE = re.compile(r"[^，,。；;！？!?\n]{0,24}")
LIFE_MILESTONE = re.compile(r"毕业|出生|生于|结婚|成立|创办|创建|入学")
MONTH_DAY = re.compile(
    rf"(?=[0-9一二三四五六七八九十]{{1,2}}\s*月)(?<![0-9年])(?<!\d\s){MONTH}(?:{SPACE}{DAY}(?:{DAY_SUFFIX}|(?=[(（或到至])))?"
)
# A number before 号 that goes on to a place word numbers a district or a building (7号区,
# 3号楼), not a day.
DAY_ONLY = re.compile(
    rf"(?=[0-9]{{1,2}}\s*[日号])(?<![0-9月年.\-/])(?P<day>3[01]|[12][0-9]|0?[1-9]){SPACE}(?:日|号)"
    r"(?![本内区楼院线门房室街路巷车站口])"
)
# The day in brackets of Taiwanese and Hong Kong outlets: 今（12）日, 昨（11）日.
DAY_IN_BRACKETS = re.compile(
    r"(?=[今昨前][（(])[今昨前][（(](?P<day>3[01]|[12][0-9]|0?[1-9])[)）]日"
)
# Yesterday and the day before; a bare 昨 is yesterday in Hong Kong headlines (昨獲釋, 昨晚).
# This very day N years back (两年前的今天, 去年的今天): the publication's month and day in that
# year, where 两年前 alone is only a year.
YEARS_AGO_TODAY = re.compile(
    rf"(?:(?P<count>{NUMBER})\s*年前|(?P<which>去年|前年))\s*的?\s*(?:今天|今日|这一天|這一天)"
)
# A month N years back (两年前的5月, 三年前8月): that month of the year N before the publication's,
# as 前年5月 is.
YEARS_AGO_MONTH = re.compile(
    rf"(?P<count>{NUMBER})\s*年前\s*的?\s*(?P<month>{MONTH_NUMBER})\s*月(?:份)?"
    rf"(?:\s*(?P<day>3[01]|[12][0-9]|0?[1-9]){DAY_SUFFIX})?"
)
DAYS_BEFORE = re.compile(r"昨天|昨日|前天|昨(?![（(])")
# Today, only before what a day's news does (今天在立法院, 今日上午, 今日首度): 今日 and 今天 also
# name media and programmes (今日新疆), and 直到今天 is up to now.
TODAY = re.compile(
    r"(?=今[天日])(?<![的到至止])(?:今天|今日)(?=[在于向被]|上午|下午|晚上|晚间|早上|凌晨|中午|稍早|首度|首次"
    r"|正式|再度|召开|举行|出席|发起|宣布|发表)"
)
# This week with no weekday (本周向联合国陈情): the publication's month, the precision it gives.
THIS_WEEK = re.compile(
    r"(?=[本这])(?:本周|这周|本星期|这个星期|本礼拜|这个礼拜)(?![一二三四五六日天末])"
)
# Last week with no weekday (上星期被拘捕): the month that week lay in, where it lay in one.
LAST_WEEK = re.compile(
    r"(?=[上])(?:上周|上个?星期|上个?礼拜|上個?禮拜|上週)(?![一二三四五六日天末])"
)
# 元月, January; not after a currency or a number (美元月薪, 三千元月租).
FIRST_MONTH = re.compile(r"(?<![0-9一二三四五六七八九十百千万亿币美欧日港台澳卢民韩])元月")
# A year of the Republic of China calendar, as Taiwanese outlets write it: 民国107年 is 2018.
ROC_YEAR = re.compile(
    rf"民[国國]{SPACE}(?P<roc>[0-9]{{2,3}}|[一二三四五六七八九十百〇○零]{{1,5}}){SPACE}年"
    rf"(?:{SPACE}{MONTH}(?:{SPACE}{DAY}{DAY_SUFFIX})?)?"
)
ROC_ERA_OFFSET = 1911
# A Republic of China year of three digits without 民国, before a month, as Taiwanese captions
# and datelines write dates (109年3月6日 is 2020-03-06); a month keeps it from being a count of
# years.
BARE_ROC_DATE = re.compile(
    rf"(?<![0-9.])(?P<roc>1[0-4][0-9]){SPACE}年"
    # or before a part of the year (108年底, 109年初), the year alone.
    rf"(?:{SPACE}{MONTH}(?:{SPACE}{DAY}{DAY_SUFFIX})?|(?=底|初|中|[上下]半年))"
)
# The first year of a range whose 年 is written once: 2017至2019年, 2017-2019年.
RANGE_START_YEAR = re.compile(
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?=\s*(?:至|到|-|—|~|－|–)\s*(?:19|20)[0-9]{2}\s*年)"
)
# The month in brackets, as Taiwan's press writes it: 上（5）月, 本（6）月 name the month itself.
MONTH_IN_BRACKETS = re.compile(
    rf"(?:本|上|今){SPACE}[(（]{SPACE}(?P<month>1[0-2]|0?[1-9]){SPACE}[)）]{SPACE}月"
    rf"(?:{SPACE}{DAY}{DAY_SUFFIX})?"
)
THIS_MONTH = re.compile(r"(?P<which>本月|这个月|上月|上个月)(?:(?P<day>[0-9]{1,2})(?:日|号))?")
WEEKDAY = re.compile(
    r"(?=[上本这今下周星礼禮週])(?P<which>上上|上个?|本|这个?|今|下个?)?(?:周|星期|礼拜|禮拜|週)(?P<weekday>[一二三四五六日天末])"
)
# Not the half of a year (去年上半年以来; 2019年下半年来): that names a part of the year, no span.
AGO = re.compile(
    rf"(?=[0-9０-９零〇一二两兩三四五六七八九十百千万萬半])(?P<count>{NUMBER}|(?<![上下])半)"
    r"(?P<more>多)?"
    # 三个多月前: "more" inside the unit, too
    r"\s*(?P<unit>年|个多?月|個多?月|天|周|星期)"
    r"(?P<more2>多)?(?P<how>前|来|來|以来|以來)"
)
PAST_YEARS = re.compile(rf"(?:过去|過去|近)(?P<count>{NUMBER})(?P<unit>年|个月|個月)")
# Time gone by up to now, before what has lasted that long: 已经三年多联系不上, 至今已五年没有消息.
ALREADY_FOR = re.compile(
    rf"(?=[已至迄])(?:已经|已|至今已?经?|迄今已?经?)\s*(?:有|超过|长达)?\s*(?P<count>{NUMBER}|半)"
    r"(?P<more>多)?\s*(?P<unit>年|个多?月|個多?月)(?P<more2>多)?(?![前来來以后後级])"
)
BIRTH_AFTER = re.compile(
    r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:出生|生人|生于|生於|出世|生[。，,、)）\s])"
)
# Born, said before the date (出生于1985年, 生於1985年的他).
BIRTH_BEFORE = re.compile(r"(?:出生于|出生於|生于|生於|出生在|出生日期为?|出生日期[:：])\s*$")
# About a date (7月份前后, 2018年左右): part of its span, so that 前后 is not read as "after".
APPROXIMATELY = re.compile(r"\s*(?:前后|前後|左右)")
PARENTHETICAL = re.compile(r"\s*[(（](?P<inner>[^)）]{1,16})[)）]")
# Days, months and years counted from the date stated before them: 2018年3月5日…次日 is 3-6.
# Days, 当月 and 第二年 open their clause: in 运动会闭幕隔天 the day is counted from the closing,
# not a date. 次年, 翌年, 次月, 翌月 and 同月 name no other occasion, so they may also follow the
# subject (他的妻子次年也被捕), though not a count of times (这次年底, 每次月初).
CLAUSE_OPENING = r"(?:(?<=^)|(?<=[，,。；;！？!?\s在于到]))"
# Or right after a subject that names no occasion (警方次日, 当地政府隔天, 他第二天).
AUTHORITY_OR_PRONOUN_BEFORE = (
    r"(?:(?<=警方)|(?<=警察)|(?<=当局)|(?<=政府)|(?<=[他她])|(?<=他们)|(?<=她们))"
)
FOLLOWING = compile_prefiltered(
    # the day of what happened (事发当天, 出事当晚) is that date too; 隔日, 翌晨 and 次晨 the next
    rf"(?:{CLAUSE_OPENING}|{AUTHORITY_OR_PRONOUN_BEFORE})(?:事发|出事|案发)?"
    rf"(?:(?P<day0>当天|当日|同日|同一天|当晚)"
    rf"|(?P<day1>次日|翌日|隔天|隔日|第二天|翌晨|次晨))"
    rf"|(?P<month0>同一?个?月|{CLAUSE_OPENING}当月)|(?P<month1>(?<![一二三两几这那每上下首多此])次月|翌月)"
    # 隔年 and 转年 ("the year after") open their clause, as 第二年 does.
    rf"|(?P<year1>(?:(?<![一二三两几这那每上下首多此])次年|翌年|{CLAUSE_OPENING}(?:第二年|隔年|转年))"
    # with the month it names (次年3月, 第二年五月份, 翌年1月9日): the month stands too
    rf"(?:{SPACE}(?P<next_month>{MONTH_NUMBER}){SPACE}月(?:份)?"
    rf"(?:{SPACE}(?P<next_day>3[01]|[12][0-9]|0?[1-9]){DAY_SUFFIX})?)?)",
    re.MULTILINE,
)


ABSOLUTE_KINDS = frozenset({"absolute"})
STATED_KINDS = frozenset({"absolute", "relative"})


def resolve_weekday(which: str | None, weekday: int, published: date) -> date:
    """Return the date of a weekday said relative to the publication day (weeks start Monday)."""
    monday = published - timedelta(days=published.weekday())
    if which and which.startswith("上上"):
        return monday - timedelta(days=14) + timedelta(days=weekday)
    if which and which.startswith("上"):
        return monday - timedelta(days=7) + timedelta(days=weekday)
    if which and which.startswith("下"):
        return monday + timedelta(days=7 + weekday)
    # 本周X, 这周X or a bare 周X: the last such day on or before publication, since reports
    # tell what already happened.
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def month_before_or_at(month: int, published: date) -> int:
    """Return the year of a month named without one: this year, unless it is still to come."""
    return published.year if month <= published.month else published.year - 1


class _Finder:
    def __init__(self, text: str, published: date | None) -> None:
        # Full-width digits (２０１８年) read as ASCII ones; the translation keeps every offset.
        # So does 元月 (January, in Taiwan's press) read as 一月; not 美元月薪, money.
        self.text = FIRST_MONTH.sub("一月", text.translate(FULL_WIDTH_DIGITS))
        self.published = published
        self.taken = [False] * (len(text) + 1)
        self.found: list[DateMention] = []

    def is_free(self, start: int, end: int) -> bool:
        """Return whether no date found so far covers [start, end)."""
        return not any(self.taken[start:end])

    def add(self, start: int, end: int, value: PartialDate | None, kind: str) -> None:
        """Record a date mention unless its span is taken; mark dates before 出生 or after 出生于
        as births.

        A stated date's span takes in a word of approximation after it (2018年左右).
        """
        if value is None or not self.is_free(start, end):
            return
        approximately = APPROXIMATELY.match(self.text, end)
        if approximately and kind in STATED_KINDS:
            end = approximately.end()
        birth = BIRTH_AFTER.match(self.text, end) or BIRTH_BEFORE.search(
            self.text, max(0, start - 6), start
        )
        if birth and kind in STATED_KINDS:
            kind = "birth"
        for index in range(start, end):
            self.taken[index] = True
        self.found.append(DateMention(start, end, value, kind))

    def parenthetical_date(self, end: int) -> tuple[int, PartialDate] | None:
        """Return the end and value of a date in brackets right after end: 本周日（2月28日）."""
        match = PARENTHETICAL.match(self.text, end)
        if not match or self.published is None:
            return None
        inner = match.group("inner")
        sub = _Finder(inner, self.published)
        sub.run()
        if sub.found:
            return match.end(), sub.found[0].value
        return None

    def is_paragraph_apart(self, start: int, end: int) -> bool:
        """Return whether a paragraph break lies between start and end.

        第二天 or 当天 tells a day of the story told around it: a date paragraphs before it, such
        as a dateline's, is the day of another story.
        """
        return "\n" in self.text[start:end]

    def find_following(self, kinds: frozenset[str]) -> None:
        """Resolve 当天, 次日, 同月, 次月 and 次年 against the date stated before them.

        The earlier date must be of one of kinds and precise enough: 次月 needs a month; 次日
        after a month only keeps that month.
        """
        for match in FOLLOWING.finditer(self.text):
            if not self.is_free(match.start(), match.end()):
                continue
            which = match.lastgroup
            is_day = which in {"day0", "day1"}
            earlier = [
                m
                for m in self.found
                if m.end <= match.start()
                and m.kind in kinds
                and not (is_day and self.is_paragraph_apart(m.end, match.start()))
            ]
            if not earlier:
                continue
            value = max(earlier, key=lambda mention: mention.end).value
            resolved: PartialDate | None = None
            if which in {"day0", "day1"} and value.day is not None:
                assert value.year is not None and value.month is not None
                day = date(value.year, value.month, value.day)
                resolved = PartialDate.from_date(day + timedelta(days=int(which[-1])))
            elif which in {"day0", "day1"} and value.year is not None and value.month is not None:
                # 去年9月获释，隔天又被带走: the day after a month is told within it (not after a
                # year only: 2019年被带走，次日获释 may be the next year).
                resolved = PartialDate(value.year, value.month)
            elif which in {"month0", "month1"} and value.month is not None:
                assert value.year is not None
                year, month = shift_month(value.year, value.month, int(which[-1]))
                resolved = PartialDate(year, month)
            elif which == "year1" and value.year is not None:
                resolved = make_date(
                    value.year + 1,
                    number_or_none(match["next_month"]),
                    number_or_none(match["next_day"]) if match["next_month"] else None,
                )
            if resolved is not None:
                self.add(match.start(), match.end(), resolved, "relative")

    def find_months_of_the_year_before(self) -> None:
        """Resolve a month without a year (9月份, 十月初) to the year of the date stated before it.

        Only for a report of unknown publication date: with one, the month is resolved against
        publication as the reader would. Not the year of a life's milestone (于2014年毕业回国后,
        1980年出生): that year dates the person's past, not what the report tells next, and the
        month is then left without a year.
        """
        for match in MONTH_DAY.finditer(self.text):
            earlier = [
                m
                for m in self.found
                if m.end <= match.start() and m.value.year and m.kind in STATED_KINDS
            ]
            if not earlier:
                continue
            last = max(earlier, key=lambda mention: mention.end)
            clause = CLAUSE_AFTER_DATE.match(self.text, last.end)
            if clause and LIFE_MILESTONE.search(clause.group()):
                continue
            self.add(
                match.start(),
                match.end(),
                make_date(
                    last.value.year,
                    number_or_none(match["month"]),
                    number_or_none(match["day"]),
                ),
                "relative",
            )

    def year_until(self, start: int, named_month: int) -> int | None:
        """Return the year of a month told as how far a stated date ran on (2017年2月被带走，
        直到5月家人都不知下落 is 2017-05): a later month of that year, not the publication's."""
        if not UNTIL_MONTH.search(self.text[max(0, start - 4) : start]):
            return None
        earlier = [
            m
            for m in self.found
            if m.end <= start
            and start - m.end <= UNTIL_REACH
            and m.kind in STATED_KINDS
            and m.value.year
            and m.value.month
        ]
        if not earlier:
            return None
        stated = max(earlier, key=lambda mention: mention.end).value
        return stated.year if stated.month is not None and stated.month <= named_month else None

    def year_of_listed_month(self, start: int) -> int | None:
        """Return the year of a month listed right after a stated month (2017年9月及3月 is
        2017-03), in whichever order the list names them."""
        for mention in self.found:
            if (
                mention.end <= start
                and mention.kind in STATED_KINDS
                and mention.value.year
                and mention.value.month
                and LISTED_AFTER_MONTH.match(self.text[mention.end : start])
            ):
                return mention.value.year
        return None

    def find_same_year(self, kinds: frozenset[str]) -> None:
        """Resolve 同年, 当年 and 那年 (with any month) to the year of the date before them."""
        for match in RELATIVE_YEAR.finditer(self.text):
            if match["which"] not in SAME_YEAR or not self.is_free(match.start(), match.end()):
                continue
            earlier = [
                m for m in self.found if m.end <= match.start() and m.value.year and m.kind in kinds
            ]
            if not earlier:
                continue
            year = max(earlier, key=lambda mention: mention.end).value.year
            self.add(match.start(), match.end(), make_date(year, *month_and_day(match)), "relative")

    def find_year_or_month_end(self) -> None:
        """Resolve the last or first day of a year or month named (2019年最后一天) to that day."""
        for match in YEAR_OR_MONTH_END.finditer(self.text):
            stated = number_or_none(match["year"])
            if stated is not None:
                year, kind = stated, "absolute"
            elif self.published is None:
                continue
            else:
                year = self.published.year + YEARS_FROM_PUBLICATION[match["which"]]
                kind = "relative"
            month = number_or_none(match["month"])
            if match["last"]:
                month = month or 12
                day = calendar.monthrange(year, month)[1]
            else:
                month, day = month or 1, 1
            self.add(match.start(), match.end(), make_date(year, month, day), kind)

    def find_new_year(self) -> None:
        """Resolve the Chinese New Year's eve (除夕), its first day (大年初一) and the festival
        (春节, the month of its first day) to the year named, or to the last one by publication."""
        published = self.published
        for match in NEW_YEAR.finditer(self.text):
            named = YEAR_OF_NEW_YEAR.search(self.text, max(0, match.start() - 8), match.start())
            start = named.start() if named else match.start()
            stated = number_or_none(named["year"]) if named else None
            if stated is not None:
                year, kind = stated, "absolute"
            elif published is None:
                continue
            elif named and named["which"]:
                year = published.year + YEARS_FROM_PUBLICATION[named["which"]]
                kind = "relative"
            else:
                year, kind = published.year, "relative"
                first = LUNAR_NEW_YEAR.get(year)
                if first is not None and date(year, *first) - timedelta(days=1) > published:
                    year -= 1
            first_day = LUNAR_NEW_YEAR.get(year)
            if first_day is None:
                continue
            day = date(year, *first_day)
            if match["eve"]:
                value = PartialDate.from_date(day - timedelta(days=1))
            elif match["first"]:
                value = PartialDate.from_date(day)
            else:
                value = PartialDate(day.year, day.month)
            self.add(start, match.end(), value, kind)

    def run(self) -> None:
        """Find every date expression, absolute ones first."""
        text, published = self.text, self.published
        self.find_new_year()
        self.find_year_or_month_end()
        for match in NUMERIC_DATE.finditer(text):
            self.add(
                match.start(),
                match.end(),
                make_date(int(match["year"]), int(match["month"]), int(match["day"])),
                "absolute",
            )
        for regex in (YEAR_IN_BRACKETS, YEAR_INSIDE_BRACKETS, YEAR_AND_MONTHS):
            for match in regex.finditer(text):
                year = number_or_none(match["year"])
                month = number_or_none(match["month"])
                day = number_or_none(match.groupdict().get("day")) if month else None
                self.add(match.start(), match.end(), make_date(year, month, day), "absolute")
        for match in [*ROC_YEAR.finditer(text), *BARE_ROC_DATE.finditer(text)]:
            roc = number_or_none(match["roc"])
            if roc is None:
                continue
            self.add(
                match.start(),
                match.end(),
                make_date(
                    roc + ROC_ERA_OFFSET,
                    number_or_none(match["month"]),
                    number_or_none(match["day"]) if match["month"] else None,
                ),
                "absolute",
            )
        for match in RANGE_START_YEAR.finditer(text):
            self.add(match.start(), match.end(), make_date(int(match["year"])), "absolute")
        for match in ABSOLUTE.finditer(text):
            year = number_or_none(match["year"])
            if year is None:
                continue
            self.add(
                match.start(),
                match.end(),
                make_date(
                    year,
                    number_or_none(match["month"]),
                    number_or_none(match["day"]) if match["month"] else None,
                ),
                "absolute",
            )
        self.find_same_year(ABSOLUTE_KINDS)
        self.find_following(ABSOLUTE_KINDS)
        if published is None:
            self.find_months_of_the_year_before()
            self.found.sort(key=lambda mention: mention.start)
            return
        for match in YEARS_AGO_TODAY.finditer(text):
            named = {"去年": 1, "前年": 2}.get(match["which"] or "")
            back = named or number_or_none(match["count"])
            if back is not None:
                # 29 February back in a common year is the 28th.
                day = min(published.day, 28) if published.month == 2 else published.day
                self.add(
                    match.start(),
                    match.end(),
                    make_date(published.year - back, published.month, day),
                    "relative",
                )
        for match in YEARS_AGO_MONTH.finditer(text):
            back = number_or_none(match["count"])
            if back is not None:
                self.add(
                    match.start(),
                    match.end(),
                    make_date(
                        published.year - back,
                        number_or_none(match["month"]),
                        number_or_none(match["day"]),
                    ),
                    "relative",
                )
        for match in RELATIVE_YEAR.finditer(text):
            offset = YEARS_FROM_PUBLICATION.get(match["which"])
            if offset is None:
                continue  # 同年, 当年, 那年: read by find_same_year
            start = match.start()
            if match["which"] == "前年" and text[start - 1 : start] == "大":
                start, offset = start - 1, -3  # 大前年: the year before the year before last
            self.add(
                start,
                match.end(),
                make_date(published.year + offset, *month_and_day(match)),
                "relative",
            )
        for match in BARE_YEAR_PART.finditer(text):
            if self.is_free(match.start(), match.end()):
                self.add(match.start(), match.end(), make_date(published.year), "relative")
        # 去年5月…同年9月: counted from a date stated relative to the publication.
        self.find_same_year(STATED_KINDS)
        for match in WEEKDAY.finditer(text):
            if not self.is_free(match.start(), match.end()):
                continue
            given = self.parenthetical_date(match.end())
            if given:
                self.add(match.start(), given[0], given[1], "relative")
                continue
            weekday = resolve_weekday(match["which"], WEEKDAYS[match["weekday"]], published)
            self.add(match.start(), match.end(), PartialDate.from_date(weekday), "relative")
        for match in THIS_MONTH.finditer(text):
            months = 0 if match["which"] in {"本月", "这个月"} else -1
            year, month = shift_month(published.year, published.month, months)
            self.add(
                match.start(),
                match.end(),
                make_date(year, month, number_or_none(match["day"])),
                "relative",
            )
        for match in MONTH_IN_BRACKETS.finditer(text):
            bracketed_month = int(match["month"])
            self.add(
                match.start(),
                match.end(),
                make_date(
                    month_before_or_at(bracketed_month, published),
                    bracketed_month,
                    number_or_none(match["day"]),
                ),
                "relative",
            )
        for match in MONTH_DAY.finditer(text):
            named_month = number_or_none(match["month"])
            if named_month is None or not 1 <= named_month <= 12:
                continue
            self.add(
                match.start(),
                match.end(),
                make_date(
                    self.year_until(match.start(), named_month)
                    or self.year_of_listed_month(match.start())
                    or month_before_or_at(named_month, published),
                    named_month,
                    number_or_none(match["day"]),
                ),
                "relative",
            )
        for regex in (DAY_IN_BRACKETS, DAY_ONLY):
            for match in regex.finditer(text):
                day = int(match["day"])
                year, month = published.year, published.month
                if day > published.day:
                    year, month = shift_month(year, month, -1)
                self.add(match.start(), match.end(), make_date(year, month, day), "relative")
        for match in TODAY.finditer(text):
            self.add(match.start(), match.end(), PartialDate.from_date(published), "relative")
        for match in THIS_WEEK.finditer(text):
            this_month = PartialDate(published.year, published.month)
            self.add(match.start(), match.end(), this_month, "relative")
        for match in LAST_WEEK.finditer(text):
            monday = published - timedelta(days=published.weekday() + 7)
            sunday = monday + timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                last_week = PartialDate(monday.year, monday.month)
                self.add(match.start(), match.end(), last_week, "relative")
        for match in DAYS_BEFORE.finditer(text):
            days_before = 1 if match.group().startswith("昨") else 2
            start = match.start()
            if days_before == 2 and text[start - 1 : start] == "大":
                start, days_before = start - 1, 3  # 大前天: three days before
            day_before = PartialDate.from_date(published - timedelta(days=days_before))
            self.add(start, match.end(), day_before, "relative")
        # 次日, 当晚 and 三天后's kin count from the nearest date stated before them, also a
        # month and day (2月12日…次日), a weekday (上周五…当天) or yesterday, found just above.
        self.find_following(STATED_KINDS)
        for regex in (AGO, PAST_YEARS, ALREADY_FOR):
            for match in regex.finditer(text):
                count = number_or_none(match["count"]) or (1 if match["count"] == "半" else None)
                if count is None:
                    continue
                unit = match["unit"].replace("多", "")
                # X年前 is approximate ("ago"); X年来 says since when; 过去X年, a period.
                kind = (
                    "within"
                    if regex is PAST_YEARS
                    else "ago"
                    if regex is AGO and match["how"] == "前"
                    else "since"
                )
                if match["count"] == "半" and unit == "年":
                    count, unit = 6, "个月"  # 半年前: half a year ago
                if unit == "年":
                    value = make_date(published.year - count)
                elif unit in {"个月", "個月"}:
                    value = make_date(*shift_month(published.year, published.month, -count))
                else:
                    days = count * (7 if unit in {"周", "星期"} else 1)
                    value = PartialDate.from_date(published - timedelta(days=days))
                self.add(match.start(), match.end(), value, kind)
        self.found.sort(key=lambda mention: mention.start)


def month_and_day(match: re.Match[str]) -> tuple[int | None, int | None]:
    """Return the month and day a RELATIVE_YEAR match names after its year word, if any."""
    if match["new_year"]:
        return 1, 1
    return number_or_none(match["month"]), number_or_none(match["day"]) if match["month"] else None


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Return every date expression in text with its span, resolved against published.

    Without a publication date only absolute dates (2018年1月31日, 2017年5月) are found.
    """
    finder = _Finder(text, published)
    finder.run()
    return finder.found


def resolve_date(expression: str, published: date | None = None) -> PartialDate:
    """Return the date one expression names ("去年10月" in 2021 -> 2020-10), or unknown."""
    found = find_dates(expression, published)
    return found[0].value if found else PartialDate()
