"""Date expressions, absolute and relative to the publication date. Sentences are fictional."""

from datetime import date

import pytest

from tugan.core.dates import PartialDate, find_dates, parse_chinese_number, resolve_date

MONDAY = date(2021, 3, 1)


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("2018年1月31日", "2018-01-31"),
        ("2017年", "2017"),
        ("2017年5月", "2017-05"),
        ("2025 年 7 月 22 日", "2025-07-22"),
        ("二〇一七年八月", "2017-08"),
        ("2017 年八月", "2017-08"),
        ("2019.8.20", "2019-08-20"),
    ],
)
def test_it_reads_absolute_dates(expression: str, iso: str) -> None:
    assert resolve_date(expression).iso() == iso


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("上周六", "2021-02-27"),
        ("本周日（2月28日）", "2021-02-28"),
        ("上周三（24日）", "2021-02-24"),
        ("去年10月", "2020-10"),
        ("今年2月", "2021-02"),
        ("四年来", "2017"),
        ("三年前", "2018"),
        ("24日", "2021-02-24"),
        ("1日", "2021-03-01"),
        ("9月", "2020-09"),
        ("本月", "2021-03"),
        ("上个月", "2021-02"),
    ],
)
def test_it_resolves_relative_dates_against_publication(expression: str, iso: str) -> None:
    assert resolve_date(expression, MONDAY).iso() == iso


def test_relative_dates_are_unknown_without_a_publication_date() -> None:
    assert resolve_date("上周六").precision == "unknown"


def test_it_finds_dates_with_spans_in_a_sentence() -> None:
    # Fictional sentence.
    text = "阿依古丽说，她的哥哥于2017年4月被带走，去年10月被判刑。"
    found = find_dates(text, MONDAY)
    assert [(text[m.start : m.end], m.value.iso()) for m in found] == [
        ("2017年4月", "2017-04"),
        ("去年10月", "2020-10"),
    ]


def test_it_marks_birth_dates() -> None:
    # Fictional sentence.
    found = find_dates("她（1983年5月4日出生）也被带走", MONDAY)
    assert found[0].kind == "birth"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十五", 15),
        ("二十五", 25),
        ("十", 10),
        ("一百", 100),
        ("两", 2),
        ("一百二十", 120),
        ("三千", 3000),
        ("二〇一七", 2017),
        ("15", 15),
        ("１５", 15),
    ],
)
def test_it_reads_chinese_numerals(text: str, value: int) -> None:
    assert parse_chinese_number(text) == value


def test_partial_dates_carry_their_precision() -> None:
    assert PartialDate(2017).precision == "year"
    assert PartialDate(2017, 5).iso() == "2017-05"
    assert PartialDate(2017, 5, 4).precision == "day"
    assert PartialDate().iso() is None
    assert PartialDate.parse("2017-05") == PartialDate(2017, 5)


def test_partial_dates_agree_at_the_coarser_precision() -> None:
    assert PartialDate(2017, 5, 4).agrees_with(PartialDate(2017))
    assert not PartialDate(2017).agrees_with(PartialDate(2017, 5))


def test_it_rejects_impossible_dates() -> None:
    with pytest.raises(ValueError):
        PartialDate(2021, 2, 30)


def test_the_same_year_is_the_year_stated_before() -> None:
    # Fictional sentence.
    found = find_dates("他2017年8月被带走，同年11月被判刑。")
    assert [m.value.iso() for m in found] == ["2017-08", "2017-11"]


def test_that_year_is_the_year_stated_before() -> None:
    # Fictional sentence.
    found = find_dates("2016年我回到了伊犁。那年冬天，我的护照被收走了。")
    assert [m.value.iso() for m in found] == ["2016", "2016"]


def test_a_duration_up_to_now_says_since_when_and_a_past_period_does_not() -> None:
    # Fictional sentences, one in Traditional script.
    since = find_dates("兩年多來，她聯繫不上父母。", date(2021, 5, 5))
    assert [(m.value.iso(), m.kind) for m in since] == [("2019", "since")]
    within = find_dates("过去一年，有三人被拘留。", date(2021, 5, 5))
    assert [(m.value.iso(), m.kind) for m in within] == [("2020", "within")]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("2018年3月31日他被捕，次日获释。", ["2018-03-31", "2018-04-01"]),
        ("2019年12月他被带走，次月失踪，次年获释。", ["2019-12", "2020-01", "2020"]),
        ("2019年12月5日他被带走，当天夜里获释。", ["2019-12-05", "2019-12-05"]),
        ("2019年他被带走，次日获释。", ["2019"]),  # a day needs a day to count from
    ],
)
def test_days_months_and_years_count_from_the_date_before(text: str, isos: list[str]) -> None:
    assert [mention.value.iso() for mention in find_dates(text, None)] == isos


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        # a month and day without a year, resolved against publication
        ("8月9日，她的舅舅被带走。次日，舅妈也被关押。", ["2021-08-09", "2021-08-10"]),
        ("他本月2日被拘留，翌日获释。", ["2021-09-02", "2021-09-03"]),
        # a weekday, and yesterday
        ("他上周二被带走，隔天获释。", ["2021-09-07", "2021-09-08"]),
        ("她昨天被警察传唤，当晚获释。", ["2021-09-16", "2021-09-16"]),
        # the next day told as 隔日 or 翌晨, the same day as 事发当天
        ("9月3日她的侄子被拘留，隔日获释。", ["2021-09-03", "2021-09-04"]),
        ("9月3日他被带走，翌晨获释。", ["2021-09-03", "2021-09-04"]),
        ("9月3日他被带走。事发当天，他的表弟也被传唤。", ["2021-09-03", "2021-09-03"]),
    ],
)
def test_days_count_from_a_month_and_day_or_a_weekday_before(text: str, isos: list[str]) -> None:
    # Fictional sentences; published on Friday 17 September 2021.
    assert [m.value.iso() for m in find_dates(text, date(2021, 9, 17))] == isos


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("她的叔叔在2016年最后一天获释。", "2016-12-31"),
        ("2020年2月的最后一天，他被带走。", "2020-02-29"),
        ("去年最後一天，他的表哥被拘留。", "2020-12-31"),
        ("今年第一天，她终于和母亲通上电话。", "2021-01-01"),
    ],
)
def test_the_last_or_first_day_of_a_year_or_month_is_that_day(text: str, iso: str) -> None:
    # Fictional sentences, one in Traditional script; published in September 2021.
    assert [m.value.iso() for m in find_dates(text, date(2021, 9, 17))] == [iso]


def test_a_next_day_is_not_counted_from_a_date_paragraphs_before() -> None:
    # Fictional report: a dateline, then a quoted story whose 第二天 follows an untold day.
    text = (
        "【本报2020年5月6日讯】记者走访了阿拉木图。\n\n"
        "她说：“警察带走了我丈夫。第二天，我的弟弟也被带走。”"
    )
    assert [m.value.iso() for m in find_dates(text, date(2020, 5, 6))] == ["2020-05-06"]
    # Within its paragraph the day still counts from the date before it.
    text = "2020年5月6日，警察带走了她的丈夫。第二天，她的弟弟也被带走。"
    assert [m.value.iso() for m in find_dates(text, None)] == ["2020-05-06", "2020-05-07"]


def test_a_day_after_an_occasion_is_not_counted_from_a_date() -> None:
    mentions = find_dates("2023年8月9日，运动会闭幕隔天，他被捕。", MONDAY)
    assert [mention.value.iso() for mention in mentions] == ["2023-08-09"]


def test_a_numbered_district_or_building_is_not_a_day() -> None:
    # Fictional sentence.
    mentions = find_dates("警察2019年5月4日在7号区和3号楼搜查。", MONDAY)
    assert [mention.value.iso() for mention in mentions] == ["2019-05-04"]


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("民國107年", "2018"),
        ("民国107年5月", "2018-05"),
        ("民國一百零八年三月二日", "2019-03-02"),
        # Digit by digit with the round zero Taiwan's press writes (一○八).
        ("民國一○八年", "2019"),
    ],
)
def test_it_reads_years_of_the_republic_of_china_calendar(expression: str, iso: str) -> None:
    assert resolve_date(expression).iso() == iso


def test_the_same_year_counts_from_a_year_said_relative_to_publication() -> None:
    # Fictional sentence.
    found = find_dates("他去年5月被带走，同年9月被判刑，次月失踪。", MONDAY)
    assert [m.value.iso() for m in found] == ["2020-05", "2020-09", "2020-10"]


def test_yuan_yue_is_january_but_not_after_a_currency() -> None:
    # Fictional sentences: 元月 is January; 美元月薪 is a monthly wage in dollars.
    assert [m.value.iso() for m in find_dates("他2019年元月被带走。", MONDAY)] == ["2019-01"]
    assert [m.value.iso() for m in find_dates("他拿三千美元月薪。", MONDAY)] == []


def test_it_reads_full_width_digits() -> None:
    assert resolve_date("２０１８年５月１２日").iso() == "2018-05-12"
    assert resolve_date("１２日", MONDAY).iso() == "2021-02-12"


@pytest.mark.parametrize(
    "text", ["他2017至2019年被关押。", "他2017-2019年被关押。", "他2017 到 2019 年被关押。"]
)
def test_a_range_with_one_year_word_starts_at_its_first_year(text: str) -> None:
    # Fictional sentences.
    assert [mention.value.iso() for mention in find_dates(text)] == ["2017", "2019"]


def test_without_a_publication_date_a_month_takes_the_year_stated_before_it() -> None:
    # Fictional sentences.
    found = find_dates("2019年10月1日他们逃到边境。他说，警察9月份抓过他。")
    assert [m.value.iso() for m in found] == ["2019-10-01", "2019-09"]
    assert find_dates("警察9月份抓过他。") == []


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("今（1）日", "2021-03-01"),
        ("昨（28）日", "2021-02-28"),
        ("前（27）日", "2021-02-27"),
        ("昨天", "2021-02-28"),
        ("前天", "2021-02-27"),
    ],
)
def test_it_reads_days_said_from_the_day_of_publication(expression: str, iso: str) -> None:
    assert resolve_date(expression, MONDAY).iso() == iso


@pytest.mark.parametrize(
    ("expression", "iso"),
    [("去年（2019年）4月", "2019-04"), ("2017年2、3月", "2017-02"), ("2017年5至6月", "2017-05")],
)
def test_a_year_written_both_ways_or_with_a_list_of_months(expression: str, iso: str) -> None:
    assert resolve_date(expression, MONDAY).iso() == iso


@pytest.mark.parametrize(
    ("expression", "iso"), [("今年7、8月", "2021-07"), ("去年9至10月", "2020-09")]
)
def test_a_relative_year_with_a_list_of_months_is_the_first(expression: str, iso: str) -> None:
    assert resolve_date(expression, MONDAY).iso() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("她今天在台北召开记者会。", "2021-03-01"),
        ("抗议者今日上午聚集。", "2021-03-01"),
        ("诗人昨获释", "2021-02-28"),
        ("她本周向联合国陈情。", "2021-03"),
    ],
)
def test_it_reads_today_yesterday_and_this_week_as_news_says_them(text: str, iso: str) -> None:
    # Fictional sentences; 本周 names no day, so the publication's month.
    assert [m.value.iso() for m in find_dates(text, MONDAY)] == [iso]


def test_the_first_half_of_a_year_is_no_span_of_half_a_year() -> None:
    # Fictional sentences: 上半年以来 is since the year's first half, not "for half a year";
    # a bare 半年来 still is.
    found = find_dates("去年上半年以来，多名牧民被带走。", MONDAY)
    assert [m.value.iso() for m in found] == ["2020"]
    assert [m.value.iso() for m in find_dates("半年来，他一直被关押。", MONDAY)] == ["2020-09"]


@pytest.mark.parametrize("text", ["他在《今日新疆》上读到。", "直到今天仍被关押。"])
def test_today_naming_a_title_or_up_to_now_is_no_date(text: str) -> None:
    # Fictional sentences.
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [("他已经三年多联系不上父母。", "2018"), ("至今已五年没有任何消息。", "2016")],
)
def test_time_gone_by_up_to_now_counts_back_from_publication(text: str, iso: str) -> None:
    # Fictional sentences.
    found = find_dates(text, MONDAY)
    assert [(m.value.iso(), m.kind) for m in found] == [(iso, "since")]


def test_a_month_a_stated_date_ran_on_to_keeps_its_year() -> None:
    # Fictional: 直到5月 / 到了5月 tell how far 2017年2月 ran on, not a May before publication.
    text = "他们在2017年2月被带走，直到5月家里都不知道他们在哪里。到了5月，家属被叫去派出所。"
    found = [m.value.iso() for m in find_dates(text, date(2020, 4, 21))]
    assert found == ["2017-02", "2017-05", "2017-05"]


def test_a_month_before_the_stated_one_is_still_read_against_publication() -> None:
    text = "他们在2018年9月被带走，直到3月才获释。"
    found = [m.value.iso() for m in find_dates(text, date(2020, 4, 21))]
    assert found == ["2018-09", "2020-03"]


def test_a_month_listed_after_a_stated_month_is_of_its_year() -> None:
    # Fictional: the months are listed in the order of the people they date, not of time.
    text = "她的父亲和哥哥分别于2017年9月及3月被带走。"
    found = [m.value.iso() for m in find_dates(text, date(2020, 4, 21))]
    assert found == ["2017-09", "2017-03"]


@pytest.mark.parametrize(
    ("text", "said", "iso"),
    [
        ("今年7月份前后，努尔兰被带走。", "今年7月份前后", "2021-07"),
        ("2018年左右，他们失去了联系。", "2018年左右", "2018"),
    ],
)
def test_a_word_of_approximation_is_part_of_the_date(text: str, said: str, iso: str) -> None:
    # Fictional sentences: 前后 after a date is "about", not "after".
    found = find_dates(text, date(2021, 9, 1))
    assert [(text[m.start : m.end], m.value.iso()) for m in found] == [(said, iso)]


def test_a_years_start_or_end_with_no_year_word_is_the_publications_year() -> None:
    # Fictional sentences: 年初 alone is this year's start; after a year or 每 it is not read again.
    found = find_dates("古丽说，她年初被扣留，去年年底才回家。", date(2019, 11, 6))
    assert [m.value.iso() for m in found] == ["2019", "2018"]
    assert find_dates("每年年初都要登记。", date(2019, 11, 6)) == []


@pytest.mark.parametrize(
    ("expression", "iso"), [("108年3月6日", "2019-03-06"), ("110年11月", "2021-11")]
)
def test_a_three_digit_republic_year_before_a_month_needs_no_min_guo(
    expression: str, iso: str
) -> None:
    assert resolve_date(expression).iso() == iso


def test_a_year_in_brackets_inside_qu_nian_is_that_year() -> None:
    # Fictional sentence, in the wording of Taiwan's press.
    found = find_dates("他于去（2019）年被带走，今（2020）年3月被判刑。", MONDAY)
    assert [m.value.iso() for m in found] == ["2019", "2020-03"]


def test_a_month_in_brackets_inside_shang_yue_is_that_month() -> None:
    # Fictional sentence, in the wording of Taiwan's press; published in January.
    found = find_dates("他上（12）月被带走，本（1）月5日获释。", date(2021, 1, 12))
    assert [m.value.iso() for m in found] == ["2020-12", "2021-01-05"]


def test_a_three_digit_republic_year_before_a_part_of_the_year_is_that_year() -> None:
    # Fictional sentence.
    assert [m.value.iso() for m in find_dates("他于108年底被带走。", MONDAY)] == ["2019"]


def test_this_very_day_years_ago_is_the_publication_day_in_that_year() -> None:
    # Fictional sentences, published on 9 July 2021.
    published = date(2021, 7, 9)
    found = find_dates("两年前的今天，她在乌鲁木齐被捕。去年的今天，他获释。", published)
    assert [m.value.iso() for m in found] == ["2019-07-09", "2020-07-09"]


def test_the_next_year_after_a_subject_counts_from_the_date_before() -> None:
    # Fictional sentences: 次年 and 次月 need not open their clause, unlike 第二天.
    found = find_dates("2017年11月，他被带走。他的妻子次年也被捕。", MONDAY)
    assert [m.value.iso() for m in found] == ["2017-11", "2018"]
    found = find_dates("2019年12月他被带走，女儿次月也失联了。", MONDAY)
    assert [m.value.iso() for m in found] == ["2019-12", "2020-01"]


def test_a_date_after_a_word_for_born_is_a_birth() -> None:
    # Fictional sentences: 出生于 before the year, not only 出生 after it.
    assert [m.kind for m in find_dates("艾山出生于1985年，他的哥哥被捕。", MONDAY)] == ["birth"]
    assert [m.kind for m in find_dates("生於1990年的古丽2018年被捕。", MONDAY)] == [
        "birth",
        "absolute",
    ]


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        # Fictional sentences: the week before the report's, within one month.
        ("牧民上星期被警方带走。", date(2021, 3, 10), "2021-03"),
        ("牧民上周被警方带走。", MONDAY, "2021-02"),
        ("牧民上个礼拜被警方带走。", date(2021, 3, 10), "2021-03"),
    ],
)
def test_last_week_with_no_weekday_is_the_month_it_lay_in(
    text: str, published: date, iso: str
) -> None:
    assert [m.value.iso() for m in find_dates(text, published)] == [iso]


def test_last_week_across_two_months_gives_no_date() -> None:
    # Fictional sentence: the week before Thursday 2021-04-08 ran from March 29 to April 4.
    assert find_dates("牧民上周被警方带走。", date(2021, 4, 8)) == []


def test_a_month_n_years_back_is_that_month_of_that_year() -> None:
    # Fictional phrases: 两年前的5月 in a report of 2021 is May 2019, as 前年5月 is.
    found = find_dates("他两年前的5月被捕，三年前8月份失踪。", date(2021, 3, 1))
    assert [m.value.iso() for m in found] == ["2019-05", "2018-08"]


def test_the_year_told_before_with_de_before_its_month() -> None:
    found = find_dates(
        "2018年，他回国。那一年的8月，他被带走。该年11月，他被判刑。", date(2021, 3, 1)
    )
    assert [m.value.iso() for m in found] == ["2018", "2018-08", "2018-11"]


def test_the_year_before_the_year_before_last() -> None:
    # Fictional phrases: 大前年 is three years before the publication's, 前年 two.
    found = find_dates("他大前年被捕，前年5月被判刑。", date(2021, 3, 1))
    assert [m.value.iso() for m in found] == ["2018", "2019-05"]


def test_the_day_before_the_day_before_yesterday() -> None:
    # Fictional phrases: 大前天 is three days before the publication, 前天 two.
    found = find_dates("他大前天被捕，她前天获释。", date(2021, 3, 10))
    assert [m.value.iso() for m in found] == ["2021-03-07", "2021-03-08"]
