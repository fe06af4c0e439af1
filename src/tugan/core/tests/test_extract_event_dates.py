"""Which date an event takes: durations, frames, sequences and demands. Sentences and persons are
fictional, written for tests."""

from datetime import date

import pytest

from tugan.core.extract import extract_report

MONDAY = date(2021, 3, 1)


def dated(text: str, published: date | None = MONDAY) -> list[tuple[str, str | None]]:
    return [(event.type, event.date) for event in extract_report(text, published).events]


def test_a_duration_up_to_now_dates_a_lasting_state() -> None:
    text = "维吾尔人阿不都·热合曼说，三年多来，他一直联系不上在和田的妹妹。"
    assert dated(text) == [("contact_lost", "2018")]


def test_how_long_a_state_has_lasted_counts_back_from_publication() -> None:
    assert dated("家人说，商人吐尔逊·卡德尔已经失踪三年多。") == [("disappeared", "2018")]


def test_how_long_a_detention_lasted_counts_back_from_the_release() -> None:
    text = "商人吐尔逊·卡德尔被关押了两年，2020年5月获释。"
    assert dated(text) == [("detained", "2018"), ("released", "2020-05")]


def test_a_duration_without_a_later_date_or_now_is_not_counted_back() -> None:
    text = "商人吐尔逊·卡德尔被关押了两年，后来获释。"
    assert ("detained", None) in dated(text)


def test_a_state_that_lasted_until_it_came_to_light_counts_back_from_publication() -> None:
    # Fictional: 失踪三年多后，…首次曝光 (news of the report) dates the disappearance's start.
    text = "失蹤三年多後，維吾爾族詩人阿迪力·買買提的下落首次曝光。"
    assert dated(text) == [("disappeared", "2018")]
    # A date in the clause after is that clause's own: not counted back from publication.
    text = "失蹤三年多後，阿迪力·買買提的下落於2019年被披露。"
    assert ("disappeared", "2018") not in dated(text)


def test_a_term_given_is_no_time_gone_by() -> None:
    text = "商人吐尔逊·卡德尔被拘留五年，最近才回到家中。"
    assert ("detained", None) in dated(text)


def test_a_time_ago_that_frames_the_sentence_dates_its_events() -> None:
    text = "四年前，努尔兰·别克的护照在口岸被没收。"
    assert dated(text) == [("passport_confiscated", "2017")]


def test_at_that_time_carries_the_date_of_the_sentence_before() -> None:
    text = "2018年5月，学者热依拉·吐尔洪被带走。当时，她的丈夫也被拘留了。"
    assert dated(text) == [("detained", "2018-05"), ("detained", "2018-05")]


def test_months_later_in_one_sentence_move_its_date_on() -> None:
    text = "热依拉·吐尔洪的哥哥2019年3月被带走，三个月后获释。"
    assert dated(text) == [("detained", "2019-03"), ("released", "2019-06")]


def test_a_date_moved_past_the_publication_is_not_taken() -> None:
    text = "热依拉·吐尔洪的哥哥2020年5月10日被带走，一年后获释。"
    assert dated(text) == [("detained", "2020-05-10"), ("released", None)]


@pytest.mark.parametrize("demand", ["要求释放", "要求营救"])
def test_a_detention_in_a_demand_does_not_take_the_protest_date(demand: str) -> None:
    text = f"努尔兰·别克上周六在领事馆前抗议，{demand}被关押的哥哥。"
    assert dated(text) == [("protested", "2021-02-27"), ("detained", None)]


def test_a_taking_told_by_a_return_does_not_take_the_return_date() -> None:
    text = "哈萨克人叶森·别克上周六领回了被收缴两年的护照。"
    assert dated(text) == [("passport_returned", "2021-02-27"), ("passport_confiscated", None)]


def test_what_is_so_now_does_not_take_the_date_of_the_clause_before() -> None:
    text = "热依拉·吐尔洪说，她的父亲上个月获释，但护照至今仍被警方扣押。"
    assert dated(text) == [("released", "2021-02"), ("passport_confiscated", None)]


def test_a_date_of_saying_it_in_the_same_clause_does_not_date_the_event() -> None:
    assert dated("警方昨天证实学者努尔兰·别克已被拘留。") == [("detained", None)]


def test_now_in_another_clause_does_not_count_a_duration_back() -> None:
    text = "商人吐尔逊·卡德尔被关押了两年，他的妻子已经移居土耳其。"
    assert dated(text) == [("detained", None)]


def test_now_opening_the_next_clause_counts_a_duration_back() -> None:
    text = "商人吐尔逊·卡德尔被关押了两年多，至今没有获释。"
    assert dated(text) == [("detained", "2019")]


def test_time_gone_by_before_a_lasting_state_dates_its_start() -> None:
    text = "旅居伊斯坦布尔的阿不都·热合曼说，他已经三年多联系不上在阿克苏的父母。"
    assert dated(text) == [("contact_lost", "2018")]


def test_a_protest_today_is_dated_the_day_of_publication() -> None:
    text = "人权工作者努尔·买买提今天在议会召开记者会，呼吁政府关注此事。"
    assert dated(text) == [("protested", "2021-03-01")]


def test_a_protest_this_week_is_dated_the_month_of_publication() -> None:
    text = "帕尔哈提·阿不拉的妻子本周向联合国陈情。"
    assert dated(text) == [("protested", "2021-03")]


def test_a_date_of_reporting_it_does_not_date_what_was_reported() -> None:
    text = "去年11月，本台报道了阿依古丽·托合提的哥哥被关押一事。"
    assert dated(text) == [("detained", None)]


def test_being_made_to_hand_in_a_passport_is_no_demand() -> None:
    text = "2016年夏天，商人托合塔尔·努尔兰回乡时被要求上交护照。"
    assert dated(text) == [("passport_confiscated", "2016")]


def test_the_end_of_a_year_moved_on_by_months_reaches_the_next_year() -> None:
    text = "祖鲁姆·亚森的哥哥去年底被捕，两个月后被判刑十年。"
    assert dated(text) == [("detained", "2020"), ("sentenced", "2021")]


def test_years_apart_within_a_sentence_move_its_date_on() -> None:
    text = "名单显示，阿依古丽·托乎提在2017年10月被送往营地，事隔一年才获释。"
    assert dated(text) == [("detained", "2017-10"), ("released", "2018")]


def test_an_event_in_a_phrase_of_some_years_after_does_not_take_the_later_date() -> None:
    # The video is of this month; the disappearance came two years and more before it.
    text = "官方媒体本月初播放了维吾尔人艾山·托合提在拘留营失踪两年多后的视频。"
    assert ("disappeared", "2021-03") not in dated(text)


def test_the_date_of_a_statement_does_not_date_what_it_tells_in_a_later_clause() -> None:
    text = "维吾尔协会主席艾山·托乎提22日在柏林的一场演讲中指出，他得知母亲下落不明。"
    assert dated(text) == [("disappeared", None)]


def test_a_sentence_told_as_coming_afterwards_keeps_only_the_year() -> None:
    # Fictional: 其后 (afterwards) moves on in time like 之后; the day of the arrest is not the
    # day of the sentence.
    text = "古丽说，她的舅舅阿斯哈尔2016年9月3日在家中被警察带走，其后被判处8年徒刑。"
    assert dated(text) == [("detained", "2016-09-03"), ("sentenced", "2016")]


@pytest.mark.parametrize("dateline", ["【某某网2021年3月1日讯】", "某某社乌鲁木齐3月1日电 "])
def test_a_datelines_date_does_not_date_what_the_lead_tells(dateline: str) -> None:
    text = dateline + "维吾尔人艾山·托乎提说，他的哥哥被警方带走。"
    assert dated(text) == [("detained", None)]


def test_a_release_told_as_the_time_before_something_takes_no_earlier_date() -> None:
    # Fictional: 于获释前 ("before being released") frames how long he was held, not when.
    text = "牧民艾山·托合提2016年被带走，于获释前在看守所关了一年多。"
    assert dated(text) == [("detained", "2016"), ("released", None)]


def test_a_date_in_a_past_experience_describing_the_person_does_not_date_the_event() -> None:
    # Fictional: 2010 dates his title, told to describe him, not his sentence.
    text = "曾于2010年获得全国冠军的维吾尔摔跤教练阿里木·托合提(Alim Tohti)，因结交朋友被判刑8年。"
    assert dated(text) == [("sentenced", None)]


def test_a_state_already_lasting_by_a_date_stated_before_began_that_long_before_it() -> None:
    # Fictional: by 2020 her brother had been held for nearly three years.
    text = "2020年古丽娜·艾山回到家乡时，哥哥艾山·托合提已经被关押了近三年。"
    assert dated(text) == [("detained", "2017")]
    assert dated("2019年，商人艾山·托合提被关押了两年。") == [("detained", "2019")]


def test_a_start_from_then_on_does_not_date_what_happened_later_within_it() -> None:
    # Fictional: held from May on; the death inside that time has no date of its own.
    text = "他的女儿帕锦(Parida Kamil)去年5月起被关在看守所，其间去世。"
    assert dated(text) == [("detained", "2020-05"), ("died", None)]


def test_dates_told_respectively_go_one_to_each_subject_in_order() -> None:
    # Fictional: 分别 gives the first date to the first relative, the second to the second.
    text = "维吾尔人阿依古丽·吐尔洪说，她的父亲和哥哥分别于2017年9月及2018年3月被带走。"
    assert sorted(
        (event.subject["relation"], event.date)
        for event in extract_report(text, MONDAY).events
        if "relative_of" in event.subject
    ) == [("brother", "2018-03"), ("father", "2017-09")]


def test_a_month_told_as_about_keeps_its_month() -> None:
    # 前后 after the month is "about": no "afterwards" that would keep only the year.
    text = "去年11月前后，牧民沙肯·托列吾被警方带走。"
    assert dated(text) == [("detained", "2020-11")]


def test_a_date_inside_the_words_of_a_trigger_dates_it() -> None:
    text = "哈萨克人叶森·托列说，他与妻子的联系在2019年中断。"
    assert dated(text) == [("contact_lost", "2019")]


def test_the_last_time_they_spoke_dates_the_lost_contact() -> None:
    text = "维吾尔人古丽·艾山最后一次与母亲通话是在2017年8月。"
    assert dated(text) == [("contact_lost", "2017-08")]


def test_one_who_also_rallied_joined_the_rally_told_before() -> None:
    text = (
        "上周日，数十名维吾尔人在使馆前举牌，要求当局公布亲人下落。\n"
        "他们大多已多年没有家人的消息。\n"
        "维吾尔学生阿依古丽·托合提也举着母亲的照片参加了抗议。"
    )
    protests = [date for kind, date in dated(text) if kind == "protested"]
    assert protests == ["2021-02-28", "2021-02-28"]


def test_a_month_told_as_around_keeps_the_month() -> None:
    # Fictional: 前后 after a date is "around" it, not "after" it.
    text = "村民说，去年3月前后，牧民叶尔兰·别克在草场被捕。"
    assert dated(text) == [("detained", "2020-03")]


def test_a_complaint_to_the_press_does_not_date_what_it_tells() -> None:
    # Fictional: the date is when they complained, not when the relatives were taken.
    text = "多位在阿拉木图的哈萨克人上周五向记者投诉其亲人被关押。"
    assert dated(text) == [("detained", None)]


def test_a_lasting_state_told_until_a_month_begins_at_the_date_before() -> None:
    # Fictional: 一直到8月 says when the silence ended; it began with the arrest in May.
    text = "她说，表哥叶尔兰·别克去年5月被带走，一直到8月都没有任何音讯。"
    assert dated(text) == [("detained", "2020-05"), ("disappeared", "2020-05")]


def test_a_relative_told_again_takes_the_date_of_their_kin_together() -> None:
    text = (
        "商人吐尔逊·卡德尔说，他的父母去年3月10日被警察带走。"
        "他说：“我的母亲被非法抓捕，至今没有消息。”"
    )
    assert ("detained", "2020-03-10") in dated(text)
    assert ("detained", None) not in dated(text)


def test_a_date_of_a_happening_described_by_发生的_does_not_date_the_event() -> None:
    # Fictional: 前年 dates the conflict he spoke of, not his sentence.
    text = "教师艾山·托合提只因在课堂上提起前年喀什发生的冲突，就被法院判处十二年徒刑。"
    assert dated(text) == [("sentenced", None)]


def test_a_date_of_unrest_a_description_names_does_not_date_the_sentence() -> None:
    # Fictional: 2012年 dates the unrest she is accused of leading, not her life term.
    text = "法院把被控在2012年暴乱中煽动他人而遭关押的维吾尔族女教师古丽·艾山的无期徒刑减为20年。"
    assert ("sentenced", None) in dated(text)


def test_a_date_framing_its_clause_holds_a_clause_of_after_told_inside_it() -> None:
    # Fictional: 前年五月 frames the engagement, the trip after it and the arrest on it; a 后
    # clause inside that frame does not cut the date to its year.
    text = "牧民阿克·别克说,前年五月,两人订婚后,同去喀什探亲,但未婚夫努尔兰·卡德尔被警察拘留。"
    assert dated(text) == [("detained", "2019-05")]


def test_a_frame_then_afterwards_keeps_only_its_year() -> None:
    # Fictional: the date belongs to the flight; the arrest came some time after it (之后), even
    # with the date framing the sentence.
    text = "去年8月,商人努尔兰·卡德尔逃离新疆,之后被捕。"
    assert dated(text) == [("detained", "2020")]


def test_a_date_before_expressing_concern_dates_the_concern() -> None:
    # Fictional: 去年5月 is when the concern was voiced, not when the people were held.
    text = "联合国委员会去年5月表达担心,可能有数十万哈萨克人被关押在营中。"
    assert dated(text) == [("detained", None)]


def test_a_date_before_an_accusation_dates_the_accusation_not_what_it_tells() -> None:
    # Fictional: the rights group accused on Monday; the deportation was on 31 December.
    text = (
        "总部在纽约的人权组织星期一(3月1日)指责邻国当局向中国遣返六名维吾尔人。"
        "该组织说，邻国去年12月31日将他们秘密遣返中国。"
    )
    assert dated(text) == [("detained", "2020-12-31")]


def test_a_request_as_the_reason_for_an_arrest_keeps_the_date_before_it() -> None:
    # Fictional: 根据北京的要求 is a request (a noun), not a demand that breaks the sequence.
    text = "2019年5月，土耳其警方根据北京的要求，拘捕了维吾尔人艾山·托合提。"
    assert dated(text) == [("detained", "2019-05")]


def test_the_date_of_a_bodys_claim_does_not_date_what_it_claims() -> None:
    # Fictional: 称 tells when a committee spoke, not when the people were held.
    text = "一个人权委员会前年秋天称营地收押了数十万哈萨克人。"
    assert dated(text) == [("detained", None)]


def test_the_date_of_a_telling_does_not_date_what_is_told() -> None:
    # Fictional: the month is the talk's; the arrest and the death she told of are undated.
    text = "维吾尔人古丽·艾山今年1月在一场讲座中讲述自己被警方扣留,最近又得知她的叔叔已经去世。"
    assert [d for _, d in dated(text)] == [None, None]


def test_a_time_near_now_between_a_date_and_an_event_stops_the_date_carrying_over() -> None:
    # Fictional: 最近 and 近年 give the father's death and arrests a time of their own.
    died = "维吾尔人古丽·艾山2019年3月被警方扣留，她的父亲最近在狱中去世。"
    held = "维吾尔人古丽·艾山2019年3月被警方扣留，据报她的父亲近年多次被扣留。"
    assert dated(died, date(2020, 11, 6)) == [("detained", "2019-03"), ("died", None)]
    assert dated(held, date(2020, 11, 6)) == [("detained", "2019-03"), ("detained", None)]


def test_custody_extended_is_dated_by_the_arrest_not_the_ruling() -> None:
    text = (
        "人权活动人士阿不力克木·艾山1月8日被法院判决延长其软禁期。"
        "去年10月10日，阿不力克木·艾山被警方抓捕。"
    )
    assert dated(text) == [("detained", "2020-10-10")]


def test_what_came_before_that_does_not_take_the_date_of_what_it_preceded() -> None:
    # Fictional sentences: 此前 says the detention or term came before the release's date; a
    # detention that lasted up to it is counted back from it.
    held = "哈萨克族人叶尔肯·别克周二获释，他此前被关押了两年。"
    sentenced = "哈萨克族人叶尔肯·别克2020年5月获释，他先前曾被判刑三年。"
    assert dated(held, date(2021, 3, 4)) == [("released", "2021-03-02"), ("detained", "2019")]
    assert dated(sentenced) == [("released", "2020-05"), ("sentenced", None)]


def test_a_range_from_a_part_of_a_year_dates_the_event_at_its_start() -> None:
    # Fictional sentence: 年初…至…年底, a range whose ends name parts of years.
    text = "2018年初至2019年底，牧民沙吾列·库尔曼被关押在塔城的一个营地。"
    assert dated(text) == [("detained", "2018")]


def test_a_birth_year_after_born_does_not_date_an_event() -> None:
    # Fictional sentence: 出生于 before the year.
    text = "维吾尔族人努尔比亚·艾山出生于1985年，她的丈夫被判刑十四年。"
    assert dated(text) == [("sentenced", None)]


def test_a_bracketed_dateline_of_places_dates_the_report_not_the_event() -> None:
    # Fictional: the places and date in brackets open the report; the arrest has no date.
    text = "（阿拉木图-塔城-2021年2月26日）哈萨克人别克·努尔兰的哥哥被当地警察抓走。"
    assert dated(text) == [("detained", None)]


def test_an_order_to_hand_in_passports_takes_the_date_before_it() -> None:
    # Fictional sentence: 要求…上交护照 is the confiscation itself, not a demand about the past.
    text = "自去年10月以来，警方已下令要求塔城的哈萨克族居民上交护照。"
    assert dated(text) == [("passport_confiscated", "2020-10")]
    # The people ordered may take many words (…北部几个县的哈萨克族牧民和农民…).
    text = "自去年10月以来，警方要求在伊犁北部几个县的哈萨克族牧民和农民交出护照。"
    assert dated(text) == [("passport_confiscated", "2020-10")]


def test_the_first_call_after_years_lost_is_a_restored_contact_dated_by_the_call() -> None:
    # Fictional: the call came on the 26th; contact had been lost for three years before it.
    text = "维吾尔人艾山·阿木提在26日晚间接到母亲来电，这是他与母亲失联三年后首度通话。"
    assert dated(text) == [("contact_lost", "2018"), ("contact_restored", "2021-02-26")]


def test_a_first_call_after_a_happening_is_no_restored_contact() -> None:
    # Fictional: nothing says contact had been lost before the homecoming.
    text = "维吾尔人艾山·阿木提回国后第一次与记者通话。"
    assert dated(text) == []


def test_a_denunciation_dates_itself_not_the_detention_it_denounces() -> None:
    # Fictional: the press conference was on the 26th; the brothers' detention has no date.
    text = "维吾尔人艾山·阿木提26日在记者会上控诉中国关押他的两个哥哥。"
    assert dated(text) == [("protested", "2021-02-26"), ("detained", None)]


def test_a_quoted_disappearance_followed_by_how_long_dates_its_start() -> None:
    # Fictional: 「失踪」 in quotation marks, then how long it has lasted.
    text = "维吾尔人艾山·阿木提说，他的父亲遭「失踪」已超过3年。"
    assert dated(text) == [("disappeared", "2018")]


def test_a_year_of_the_republic_written_with_a_round_zero_is_no_term() -> None:
    # Fictional: 一○八年 is the year 2019, not a term of eight years.
    found = extract_report("维吾尔人艾山·阿木提的哥哥于民国一○八年遭判刑。", MONDAY).events
    assert [(event.type, event.date, event.years) for event in found] == [
        ("sentenced", "2019", None)
    ]


def test_how_long_after_the_kin_out_of_reach_dates_the_lost_contact() -> None:
    # Fictional: the mother between the trigger and how long it has lasted.
    text = "维吾尔人艾山·阿木提说，他无法联系母亲已经两年了。"
    assert dated(text) == [("contact_lost", "2019")]


def test_pressure_kept_up_from_a_start_is_dated_by_that_start() -> None:
    # Fictional: from 2016 on, officials came to question her again and again.
    assert dated("维吾尔人阿依古丽·托乎提说，从2016年开始，社区干部经常上门盘问她。") == [
        ("threatened", "2016")
    ]


def test_a_clause_of_its_own_that_says_when_dates_the_event_before_it() -> None:
    # Fictional: the last news had, and then, after a comma, only when it was.
    text = "住在荷兰的维吾尔人努尔·艾力说，他上一次收到哥哥的消息，还是在2016年9月。"
    assert ("contact_lost", "2016-09") in dated(text)


@pytest.mark.parametrize("joiner", ["，以及", "，还有"])
def test_a_date_of_one_listed_person_is_not_the_next_ones(joiner: str) -> None:
    # Fictional: a list of two convicted men, each in his own relative clause.
    text = f"先例包括2010年被判刑的学者艾山·买买提{joiner}因写诗被判刑的诗人吐尔洪·沙木。"
    assert dated(text) == [("sentenced", "2010"), ("sentenced", None)]


def test_a_happening_dated_in_its_description_dates_what_it_caused() -> None:
    # Fictional: the flood's date dates the deaths it caused and an arrest during a clash,
    # not a sentence for mentioning the clash.
    text = "2019年8月3日发生的山洪，造成至少九名哈萨克牧民死亡。"
    assert dated(text) == [("died", "2019-08-03")]
    text = "教师叶尔兰·卡德尔在去年5月爆发的冲突中被捕。"
    assert dated(text) == [("detained", "2020-05")]
    text = "教师叶尔兰·卡德尔因提起去年5月发生的冲突，被判刑六年。"
    assert dated(text) == [("sentenced", None)]


def test_the_year_after_with_a_month_keeps_the_month() -> None:
    # Fictional: 第二年, 翌年 and 次年 before a month name that month of the next year.
    text = "教师叶尔兰·卡德尔2016年回国。第二年4月，他被判刑八年。"
    assert dated(text) == [("sentenced", "2017-04")]
    text = "教师叶尔兰·卡德尔的妻子于2016年被捕，次年十月被判刑八年。"
    assert dated(text) == [("detained", "2016"), ("sentenced", "2017-10")]


def test_the_same_year_written_with_one() -> None:
    # Fictional: 同一年 is 同年.
    text = "教师叶尔兰·卡德尔的父亲2018年5月被关进再教育营。同一年，他的母亲也被带走。"
    assert dated(text) == [("detained", "2018-05"), ("detained", "2018")]


def test_a_frame_date_with_the_part_of_its_month_holds_a_clause_after_it() -> None:
    # Fictional: 上旬 or 初 between the frame date and its comma leave it a frame, so the 后
    # clause told inside it keeps the month.
    text = "她说，前年5月上旬，其弟叶尔兰·卡德尔从阿拉木图回到塔城后，护照被没收。"
    assert dated(text) == [("passport_confiscated", "2019-05")]
    text = "2016年3月初，牧民叶尔兰·卡德尔回到塔城后，被送进看守所。"
    assert dated(text) == [("detained", "2016-03")]


def test_a_frame_date_with_its_day_or_time_of_day_holds_a_clause_after_it() -> None:
    # Fictional: 的一天, 的一个晚上 and 凌晨 between the frame date and its comma.
    text = "2016年3月的一天，牧民叶尔兰·卡德尔回到塔城后，被送进看守所。"
    assert dated(text) == [("detained", "2016-03")]
    text = "2016年3月9日凌晨，牧民叶尔兰·卡德尔回到塔城后，被送进看守所。"
    assert dated(text) == [("detained", "2016-03-09")]


def test_the_chinese_new_year_dates_an_event() -> None:
    # Fictional: 除夕 is the eve of the last New Year by publication, 大年初一 its first day,
    # 春节期间 the month of that day; before the festival (春节前) is no day of its own.
    published = date(2024, 3, 4)
    text = "除夕夜，旅美青年叶尔兰·卡德尔在推特上呼吁释放他的表妹。"
    assert ("protested", "2024-02-09") in dated(text, published)
    assert dated("牧民叶尔兰·卡德尔去年大年初一被带走。", published) == [("detained", "2023-01-22")]
    assert dated("牧民叶尔兰·卡德尔在2019年春节期间被带走。", published) == [
        ("detained", "2019-02")
    ]
    assert dated("牧民叶尔兰·卡德尔在春节前被带走。", published) == [("detained", None)]


def test_more_than_n_months_ago_reads_the_months() -> None:
    # Fictional: 多 inside the unit (三个多月前, 被关押了两个多月) is read as the months.
    published = date(2021, 6, 16)
    assert dated("牧民叶尔兰·卡德尔三个多月前被便衣带走。", published) == [("detained", "2021-03")]
    text = "牧民叶尔兰·卡德尔已经两个多月联系不上他的舅舅。"
    assert dated(text, published) == [("contact_lost", "2021-04")]
    text = "牧民叶尔兰·卡德尔被关押了两个多月，2019年5月获释。"
    assert dated(text, published) == [("detained", "2019-03"), ("released", "2019-05")]


def test_taken_right_after_a_dated_happening_is_in_its_year() -> None:
    # Fictional: 2014年骚乱后被捕 is an arrest right after the unrest, in 2014; a description of
    # the unrest itself (2012年暴乱中…) still dates nothing.
    text = "名单显示，2014年骚乱后被捕的三百多人中，一部分被判刑。"
    assert ("detained", "2014") in dated(text)


def test_a_trigger_naming_a_topic_takes_no_date_from_the_reply_to_it() -> None:
    # Fictional: the briefing's date is the reply's, not the date of the detentions it is about.
    text = "外交部发言人上周五回应了外界对大批关押哈萨克族牧民议题的批评。"
    assert dated(text) == [("detained", None)]


def test_a_bare_month_without_publication_takes_no_year_of_a_life_milestone() -> None:
    # Fictional: the year he graduated, then a sentence in a month of a year not named; the
    # report has no publication date, so the month is left without a year.
    text = (
        "哈萨克学者叶尔兰·托合塔尔于2016年从日本的大学毕业回国。\n"
        "据他的朋友说，他在5月被判处12年徒刑。"
    )
    assert dated(text, None) == [("sentenced", None)]


def test_a_bare_month_without_publication_takes_the_year_of_an_earlier_event() -> None:
    # Fictional: an arrest's year one paragraph, a later month of it in the next.
    text = "哈萨克学者叶尔兰·托合塔尔于2016年1月被捕。\n他的朋友说，5月，他被判处12年徒刑。"
    assert dated(text, None) == [("detained", "2016-01"), ("sentenced", "2016-05")]


def test_new_years_day_of_this_year_is_the_first_of_january() -> None:
    # Fictional: a call at last on New Year's Day of the report's year.
    text = "住在瑞典的维吾尔人艾力·吐尔洪说，今年元旦，他终于和妹妹说上了话。"
    assert dated(text) == [("contact_restored", "2021-01-01")]


def test_a_date_of_learning_through_someone_is_not_the_sentences() -> None:
    # Fictional: the year she heard of it, through an embassy, not the year of the sentence.
    text = (
        "旅居荷兰的柯尔克孜人玛依拉·托克托逊说，直到去年她才经由中国驻海牙使馆获悉舅舅被判刑9年。"
    )
    assert dated(text) == [("sentenced", None)]


def test_a_state_that_lasted_for_years_takes_no_date_of_a_later_act() -> None:
    # Fictional: the visit's month is not when the uncle, held for years, was taken.
    text = "旅居荷兰的柯尔克孜人玛依拉·托克托逊上个月在监狱探望了关押多年的舅舅。"
    assert ("detained", None) in dated(text)


def test_a_part_of_the_month_keeps_a_date_frame_before_an_after_clause() -> None:
    # Fictional: the early days of a month, then a clause closed by 后 within it.
    text = "叶尔兰·努尔说，前年5月中旬，他的哥哥回到伊宁后，身份证被收走了。"
    assert dated(text) == [("passport_confiscated", "2019-05")]


def test_a_date_opening_a_list_dates_each_person_of_a_predicate_they_share() -> None:
    # Fictional: three herders listed with their ages, one predicate for all told as at once.
    text = "今年2月，52岁的牧民叶尔波拉·沙肯，村民库尔曼·别克，以及护士古丽·努尔，几乎同时被拘留。"
    events = extract_report(text, MONDAY).events
    assert {"person": "古丽·努尔"} in [event.subject for event in events]
    assert {event.date for event in events} == {"2021-02"}
    text = "去年9月，教师叶尔波拉·沙肯，还有他的邻居库尔曼·别克，都被带走。"
    assert ("detained", "2020-09") in dated(text)
    # Each with a predicate of her own, the next item is no longer dated by the first.
    text = "2010年被判刑的学者叶尔波拉·沙肯，以及因写诗被判刑的诗人库尔曼·别克。"
    assert ("sentenced", None) in dated(text)


def test_taken_until_now_dates_the_disappearance_from_the_taking() -> None:
    # Fictional: 至今 right after the taking says since when nothing is known.
    text = "家人说，教师叶尔波拉·沙肯于11月4日被警察带走至今，下落不明。"
    assert dated(text) == [("detained", "2020-11-04"), ("disappeared", "2020-11-04")]
    text = "教师叶尔波拉·沙肯11月4日被抓走迄今音讯全无。"
    assert ("disappeared", "2020-11-04") in dated(text)


def test_a_contrast_turning_to_someone_else_does_not_carry_the_first_clause_date() -> None:
    # Fictional: the father's release is dated; the mother's sentence, told after 但…则, is not.
    text = "努尔兰·别克的父亲在2019年12月获释，但他的母亲则被判刑5年。"
    events = extract_report(text, date(2021, 3, 1)).events
    assert [(e.type, e.date) for e in events] == [("released", "2019-12"), ("sentenced", None)]


def test_held_before_the_date_of_the_sentence_before_is_counted_back_from_it() -> None:
    # Fictional: the release is dated; the next sentence says how long he was held before it.
    text = "努尔兰·别克于2019年获释。在此之前，他被关押了两年。"
    events = extract_report(text, date(2021, 3, 1)).events
    assert [(e.type, e.date) for e in events] == [("released", "2019"), ("detained", "2017")]


def test_held_a_year_and_a_half_is_counted_back_eighteen_months() -> None:
    text = "努尔兰·别克被关押了一年半，2019年5月才获释。"
    events = extract_report(text, date(2021, 3, 1)).events
    assert [(e.type, e.date) for e in events] == [("detained", "2017-11"), ("released", "2019-05")]


def test_released_after_more_than_a_year_held_is_not_dated_by_the_taking() -> None:
    text = "2018年10月，努尔兰·别克被带走，关押了一年多后才获释。"
    events = extract_report(text, date(2021, 3, 1)).events
    assert [(e.type, e.date) for e in events] == [("detained", "2018-10"), ("released", "2019")]


def test_years_ago_after_a_stated_date_of_learning_count_back_from_the_learning() -> None:
    # Fictional: learned in September 2019 that the father had died two years before.
    text = "直到2019年9月，努尔兰·别克才得知父亲已于两年前去世。"
    events = extract_report(text, date(2021, 3, 1)).events
    assert [(e.type, e.date) for e in events] == [("died", "2017")]


def test_a_wait_inside_a_phrase_before_the_event_keeps_the_date_before() -> None:
    # Fictional: the two years are counted from the detention in the 在…后 phrase, not from the
    # date opening the sentence, which is the release's; the detention is not dated by it.
    text = "2020年9月4日，阿里木·卡德尔的哥哥在被关押超过一年后，终于获释回家。"
    assert dated(text) == [("detained", None), ("released", "2020-09-04")]
    # An event told between the date and the phrase keeps the date; the wait moves on from it.
    text = "2017年，阿里木·卡德尔的哥哥被捕，在被关押两年后获释。"
    assert dated(text) == [("detained", "2017"), ("released", "2019")]


def test_a_past_detention_whose_de_names_the_camp_keeps_its_date() -> None:
    # Fictional: 曾 … 的 here describes the camp (镇上的再教育营), not a person: the date stands.
    text = "古丽·卡德尔2016年7月曾被关进镇上的再教育营半年。"
    assert dated(text) == [("detained", "2016-07")]
    # Describing a person, the past experience is still not dated by the frame.
    text = "2021年7月，曾被关进集中营的维吾尔人古丽·卡德尔接受了采访。"
    assert dated(text) == [("detained", None)]


def test_the_next_day_after_an_authority_keeps_the_date_told_before() -> None:
    # Fictional: 隔天 after a subject (警察, 当地政府) counts from the date before; after a month
    # only, it keeps that month.
    text = "古丽·卡德尔去年9月获释，但警察隔天又将她带走。"
    assert dated(text) == [("released", "2020-09"), ("detained", "2020-09")]
    text = "古丽·卡德尔2020年9月4日获释，但当地政府隔天又将她带走。"
    assert dated(text) == [("released", "2020-09-04"), ("detained", "2020-09-05")]


def test_held_there_after_a_dated_trial_does_not_take_the_trials_date() -> None:
    # Fictional: 被关押在那里 tells where he is held, not when he was taken; the 5月3日 is the
    # trial's, and the arrest's date is told in the next sentence.
    text = (
        "5月3日，来自乌苏的青年艾山·托合提在塔城受审，他被关押在那里。"
        "2019年8月，艾山·托合提在乌苏的路口被警察抓走。"
    )
    assert ("detained", "2019-08") in dated(text, date(2021, 5, 20))
