"""Dates carried into a sentence that states none. Sentences are fictional, written for tests."""

from datetime import date

import pytest

from tugan.core.extract import extract_report

MONDAY = date(2021, 3, 1)


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(event.type, event.date) for event in extract_report(text, MONDAY).events]


def test_a_date_opening_the_sentence_before_dates_the_next_one() -> None:
    text = "2018年1月，当局逮捕了学者热依拉·吐尔洪的哥哥。她的母亲被关押了40天。"
    assert dated(text) == [("detained", "2018-01"), ("detained", "2018-01")]


def test_a_date_inside_the_sentence_before_is_not_carried() -> None:
    text = "哈萨克人努尔兰·别克于2017年8月办了护照。他的母亲被关押了40天。"
    assert dated(text) == [("detained", None)]


def test_a_continuation_carries_a_date_from_anywhere_in_the_sentence_before() -> None:
    text = "哈萨克人努尔兰·别克于2017年8月回到新疆。随后他被关押。"
    assert dated(text) == [("detained", "2017-08")]


def test_a_new_paragraph_is_not_carried_into() -> None:
    text = "2018年1月，当局逮捕了学者热依拉·吐尔洪的哥哥。\n她的母亲被关押了40天。"
    assert dated(text) == [("detained", "2018-01"), ("detained", None)]


def test_a_sentence_that_moves_time_on_takes_no_carried_date() -> None:
    text = "2018年1月，当局逮捕了学者热依拉·吐尔洪的哥哥。后来她的母亲也被关押。"
    assert dated(text) == [("detained", "2018-01"), ("detained", None)]


def test_what_was_learned_later_is_not_dated_by_the_sentence_before() -> None:
    text = "2018年9月，学者热依拉·吐尔洪失踪。她的妹妹发现她已被判刑20年。"
    assert dated(text) == [("disappeared", "2018-09"), ("sentenced", None)]


def test_months_later_move_the_carried_date_on() -> None:
    text = "2017年3月，学者热依拉·吐尔洪被带走。5个月后，热依拉·吐尔洪获释。"
    assert dated(text) == [("detained", "2017-03"), ("released", "2017-08")]


def test_an_event_shortly_after_a_dated_one_keeps_its_year() -> None:
    text = "努尔兰·别克于去年10月逃离新疆，之后被捕。"
    assert dated(text) == [("detained", "2020")]


def test_a_date_of_publishing_does_not_date_a_detention() -> None:
    text = "这些文件于2019年5月发布，显示学者热依拉·吐尔洪被关押。"
    assert dated(text) == [("detained", None)]


def test_a_date_of_reporting_still_dates_the_protest_reported() -> None:
    text = "本台上周三（24日）曾报道，学者热依拉·吐尔洪在领事馆门前抗议。"
    assert dated(text) == [("protested", "2021-02-24")]


def test_a_date_before_learning_of_an_event_does_not_date_it() -> None:
    text = "2019年11月，经朋友联系，学者热依拉·吐尔洪得知，她的姐姐因为做生意，被判五年。"
    assert [(event.type, event.date, event.years) for event in extract(text)] == [
        ("sentenced", None, 5)
    ]


def extract(text: str) -> list:
    return extract_report(text, MONDAY).events


def test_not_knowing_is_no_learning_and_the_frame_still_dates_the_event() -> None:
    text = "2017年11月，学者热依拉·吐尔洪接到电话。她答应了，却不知道自己被带进了再教育营。"
    assert dated(text) == [("detained", "2017-11")]


def test_an_event_after_a_dated_after_clause_keeps_its_year() -> None:
    text = "学者热依拉·吐尔洪在2017年5月回国后，却被关进再教育营。"
    assert dated(text) == [("detained", "2017")]


def test_what_is_so_now_does_not_keep_the_year_of_an_after_clause() -> None:
    text = "学者热依拉·吐尔洪在2017年被拘押后，现已被判刑。"
    assert dated(text) == [("detained", "2017"), ("sentenced", None)]


def test_a_date_right_after_the_verb_dates_the_event() -> None:
    assert dated("学者热依拉·吐尔洪被捕于2017年8月。") == [("detained", "2017-08")]
    assert dated("学者热依拉·吐尔洪的父亲死于去年12月5日。") == [("died", "2020-12-05")]
    assert dated("学者热依拉·吐尔洪被捕的时间是2017年8月。") == [("detained", "2017-08")]
    assert dated("学者热依拉·吐尔洪被捕（2017年8月）。") == [("detained", "2017-08")]


def test_a_date_further_on_in_the_clause_dates_what_the_clause_goes_on_to() -> None:
    assert dated("学者热依拉·吐尔洪被捕可能与她2017年的演讲有关。") == [("detained", None)]


def test_an_event_in_an_after_phrase_is_not_dated_by_what_follows_it() -> None:
    text = "2020年12月，学者热依拉·吐尔洪因为在父亲去世后祈祷而被拘留。"
    assert sorted(dated(text)) == [("detained", "2020-12"), ("died", None)]


def test_a_date_inside_an_after_phrase_dates_its_event() -> None:
    text = "学者热依拉·吐尔洪在2017年5月被捕后，她的丈夫失去了工作。"
    assert dated(text) == [("detained", "2017-05")]


def test_an_event_over_a_range_of_years_is_dated_by_its_first_year() -> None:
    assert dated("学者热依拉·吐尔洪2017至2019年被关押在再教育营。") == [("detained", "2017")]


def test_a_date_after_the_verb_and_its_object_dates_the_event() -> None:
    text = "学者热依拉·吐尔洪说：“他们上一次抓捕我是在9月份。”"
    assert dated(text) == [("detained", "2020-09")]


def test_a_bare_and_then_does_not_keep_the_year_of_the_date_before() -> None:
    assert dated("学者热依拉·吐尔洪2014年去了土耳其，然后被关押。") == [("detained", None)]


@pytest.mark.parametrize(
    "text",
    [
        "2019年5月，当地警方证实，维吾尔人阿依古丽·托合提已被拘留。",
        "去年10月，外交部證實，哈薩克人努爾蘭·別克遭到拘押。",
        "联合国去年估计，维吾尔人阿依古丽·托合提等多人被关押。",
    ],
)
def test_a_date_of_confirming_or_estimating_does_not_date_what_is_reported(text: str) -> None:
    assert dated(text)[0][1] is None


def test_an_event_confirmed_afterwards_keeps_its_date() -> None:
    text = "2018年3月，维吾尔学者艾山·买买提被捕，当局后来证实了此事。"
    assert dated(text) == [("detained", "2018-03")]


@pytest.mark.parametrize(
    "text",
    [
        "去年5月，曾经在集中营呆过的维吾尔人艾山·买买提接受了采访。",
        "去年5月，曾經在集中營待過的維吾爾人艾山·買買提接受了訪問。",
    ],
)
def test_a_past_experience_describing_a_person_is_not_dated_by_the_frame(text: str) -> None:
    assert dated(text) == [("detained", None)]


def test_a_past_experience_told_as_the_main_clause_keeps_the_frame_date() -> None:
    text = "2019年，维吾尔人艾山·买买提曾被关押，他说营里很冷。"
    assert dated(text) == [("detained", "2019")]


def test_soon_after_carries_the_year_of_the_sentence_before_into_a_new_paragraph() -> None:
    text = "2019年3月，商人努尔兰·别克从荷兰回国探亲。\n抵达机场后，他的护照就被没收了。"
    assert dated(text) == [("passport_confiscated", "2019")]


def test_a_new_paragraph_without_soon_after_takes_no_date() -> None:
    text = "2019年3月，商人努尔兰·别克从荷兰回国探亲。\n他的护照被没收了。"
    assert dated(text) == [("passport_confiscated", None)]


def test_a_chain_of_soon_after_sentences_keeps_the_year_it_started_from() -> None:
    text = (
        "2017年，阿依努尔·托合提回到喀什。她回家后不久就被警察带走。随后她被释放，但护照被没收了。"
    )
    assert dated(text) == [
        ("detained", "2017"),
        ("released", "2017"),
        ("passport_confiscated", "2017"),
    ]


def test_from_then_on_takes_the_last_date_of_the_sentence_before() -> None:
    text = (
        "学者热依拉·吐尔洪说，她在2018年2月最后一次与母亲通话。"
        "她说，从那以后，她就与母亲失去了联系。"
    )
    assert dated(text) == [("contact_lost", "2018-02")]


def test_what_is_still_so_takes_no_carried_date() -> None:
    text = "2020年，学者热依拉·吐尔洪在柏林接受了采访。她的哥哥仍被关押在喀什。"
    assert dated(text) == [("detained", None)]


def test_a_vague_duration_up_to_now_takes_no_carried_date() -> None:
    text = "2018年秋天，学者热依拉·吐尔洪离开了新疆。近几个月来，她已经能够与母亲恢复联系。"
    assert dated(text) == [("contact_restored", None)]


def test_a_sentence_opening_with_how_long_after_moves_the_last_date_on() -> None:
    text = "我叫哈力克·吾买尔。我的女儿是在2017年5月23日被带走的。一个星期后，我的儿子也被抓了。"
    assert dated(text) == [("detained", "2017-05-23"), ("detained", "2017-05-30")]


def test_a_few_days_later_goes_on_from_a_date_two_sentences_back() -> None:
    # The sentence between tells no date and does not move time on.
    text = "2019年3月，牧民叶森·托列在边境被扣留。他的妻子四处打听。过了几天，他的弟弟也被带走了。"
    assert dated(text) == [("detained", "2019-03"), ("detained", "2019-03")]


def test_a_sentence_that_moves_time_on_between_stops_a_few_days_later() -> None:
    text = (
        "2019年3月，牧民叶森·托列在边境被扣留。他的妻子后来四处打听。过了几天，他的弟弟也被带走了。"
    )
    assert dated(text) == [("detained", "2019-03"), ("detained", None)]


def test_years_apart_move_the_date_of_the_sentence_before_on() -> None:
    text = "阿力甫·肉孜说，2017年父亲被判刑十五年；事隔两年，母亲也被警察带走。"
    assert dated(text) == [("sentenced", "2017"), ("detained", "2019")]


def test_years_held_before_a_release_move_the_carried_date_on() -> None:
    text = "2017年4月，阿依夏姆·努尔的丈夫被拘留。他在营中被关押了两年多，获释时已无法行走。"
    assert dated(text) == [("detained", "2017-04"), ("released", "2019")]


def test_a_headline_dates_the_event_its_lead_retells_without_a_date() -> None:
    text = "诗人昨获释 友人证实\n诗人阿不都许库尔·买买提已获释放，其友人向本报证实。"
    assert dated(text) == [("released", "2021-02-28")]


def test_a_headline_dates_only_the_first_such_event_of_its_lead() -> None:
    text = "两名学者昨获释\n学者阿不都许库尔·买买提已获释放。另一名学者努尔·艾力也已获释。"
    persons = [e for e in extract_report(text, MONDAY).events if "person" in e.subject]
    assert [(e.subject["person"], e.date) for e in persons] == [
        ("阿不都许库尔·买买提", "2021-02-28"),
        ("努尔·艾力", None),
    ]


def test_behind_a_figure_is_not_soon_after_the_date_it_was_given() -> None:
    # Fictional: 背后 ("behind") ends in 后 but tells no time after the statement's date.
    text = (
        "美国官员艾伦·史密斯去年五月指出，新疆营地人数逼近三百万。"
        "这个数字背后，更有无数维吾尔人在打听失踪亲人的下落。"
    )
    # (营地人数 is a group's detention of its own, dated by nothing either.)
    assert dated(text) == [("detained", None), ("disappeared", None)]


def test_what_was_done_on_the_spot_takes_the_date_of_the_scene_before() -> None:
    text = (
        "2019年6月2日，商人阿力木·库尔班在机场被警察带走。"
        "他的妻子说，就在他被带走几个小时后，三名警察来到家中。"
        "警察当场收走了她的护照。"
    )
    assert dated(text) == [("detained", "2019-06-02"), ("passport_confiscated", "2019-06-02")]


def test_an_eyewitness_on_the_spot_carries_no_date() -> None:
    text = "商人阿力木·库尔班于2019年6月2日在机场被警察带走。当场目击者说，他的护照也被收走。"
    assert dated(text) == [("detained", "2019-06-02"), ("passport_confiscated", None)]


def test_on_the_spot_carries_a_date_from_anywhere_in_the_sentence_before() -> None:
    text = "商人阿力木·库尔班于2019年6月2日在机场被警察带走。警察当场收走了他的护照。"
    assert dated(text) == [("detained", "2019-06-02"), ("passport_confiscated", "2019-06-02")]


def test_days_after_told_by_a_speaker_move_the_date_before_on() -> None:
    text = "阿力木·库尔班于2019年6月2日被带走。他的妻子说，三天后，他的弟弟也被抓了。"
    assert dated(text) == [("detained", "2019-06-02"), ("detained", "2019-06-05")]


def test_what_came_right_after_keeps_the_month_of_the_date_it_follows() -> None:
    text = (
        "2017年4月初，商人努尔兰·别克回到新疆。到了村里后，他曾用弟弟的手机打电话。"
        "民警很快就找她的丈夫谈话。"
    )
    assert dated(text) == [("threatened", "2017-04")]


def test_what_came_not_long_after_keeps_only_the_year() -> None:
    text = "2017年4月初，商人努尔兰·别克回到新疆。到了村里后，他去看望亲戚。不久他的弟弟就被带走。"
    assert dated(text) == [("detained", "2017")]


def test_what_a_scene_days_after_the_frame_tells_takes_the_frame_date() -> None:
    # Fictional: the inquiry a few days after the frame learns of the detention; without
    # the days-after scene, or with months between, nothing is carried.
    frame = "2019年5月，努尔兰·别克回到伊犁探亲。"
    told = "他的妻子去派出所打听消息。警察说，努尔兰·别克已被关押。"
    assert dated(frame + "过了几天，" + told) == [("detained", "2019-05")]
    assert dated(frame + told) == [("detained", None)]
    assert dated(frame + "两个月后，" + told) == [("detained", None)]


def test_a_word_of_contrast_before_the_frame_date_still_opens_the_sentence() -> None:
    # Fictional: 然而 or 但 before the date ties the sentence to the one before; the date
    # still sets the frame for the next sentence.
    text = "然而，2019年5月，努尔兰·别克的父亲被警方带走。他的母亲也被关押。"
    assert dated(text) == [("detained", "2019-05"), ("detained", "2019-05")]
    text = "但2019年5月，努尔兰·别克的父亲被警方带走。他的母亲也被关押。"
    assert dated(text) == [("detained", "2019-05"), ("detained", "2019-05")]


def test_a_frame_date_after_the_speakers_words_dates_the_next_sentence() -> None:
    # Fictional: 努尔兰说，2018年3月，… opens what he tells with the date; the father's
    # detention told next is in that frame too.
    text = "哈萨克人努尔兰·别克说，2018年3月，他的哥哥被带走。他的父亲也被关押。"
    assert dated(text) == [("detained", "2018-03"), ("detained", "2018-03")]
    text = "哈萨克人努尔兰·别克告诉记者：“2018年3月，我的哥哥被带走。我的父亲也被关押。”"
    assert dated(text) == [("detained", "2018-03"), ("detained", "2018-03")]


def test_also_goes_on_with_the_frame_the_sentence_before_took() -> None:
    # Fictional: the wife "also" taken two sentences after the frame is in it, through a
    # sentence that took it; without 也 nothing reaches that far.
    text = "去年3月，努尔兰·别克回到伊犁探亲。他的护照被警察没收。他的妻子也被带走。"
    assert dated(text) == [("passport_confiscated", "2020-03"), ("detained", "2020-03")]
    text = "去年3月，努尔兰·别克回到伊犁探亲。他的护照被警察没收。他的妻子被带走。"
    assert dated(text) == [("passport_confiscated", "2020-03"), ("detained", None)]


def test_a_death_told_as_so_by_now_after_a_detention_is_not_dated_soon_after() -> None:
    # Fictional: 已 after the 后 clause tells a death some time since, not soon after.
    text = "商人努尔兰·别克的妻子于2018年被关进再教育营。妻子被带走后，他的父亲已病逝。"
    assert dated(text) == [("detained", "2018"), ("died", None)]


def test_one_named_among_a_group_takes_the_date_of_the_groups_event() -> None:
    # Fictional: 其中 opens the sentence naming one of the five sentenced half a year before.
    text = "某县五名穆斯林半年前被秘密判刑。其中伊玛目艾山·买买提被判刑20年。"
    assert dated(text) == [("sentenced", "2020-09"), ("sentenced", "2020-09")]


def test_a_date_stated_later_for_one_among_a_group_replaces_the_one_counted_back() -> None:
    # Fictional: the share of the one named among the group is later dated to the month.
    text = (
        "某县六名牧民半年前被秘密判刑。其中伊玛目托合提·艾山被判刑17年。"
        "今年1月中旬，托合提·艾山被当地法院判刑17年。"
    )
    assert dated(text) == [("sentenced", "2020-09"), ("sentenced", "2021-01")]


def test_among_them_carries_no_date_to_another_kind_of_event() -> None:
    # Fictional: the group was detained in 2018; what the named one suffered later is undated.
    text = "五名穆斯林2018年被带走。其中伊玛目艾山·买买提被判刑20年。"
    assert ("sentenced", None) in dated(text)


def test_a_sentence_that_only_says_when_dates_the_sentence_before() -> None:
    # Fictional: the night is dated by the sentence after it, which points back (那是…).
    text = "牧民叶尔兰·卡德尔的舅舅被便衣带走了。那是2019年11月的一个傍晚。"
    assert dated(text) == [("detained", "2019-11")]
    text = "牧民叶尔兰·卡德尔的舅舅被便衣带走了。事情发生在去年6月。"
    assert dated(text) == [("detained", "2020-06")]


def test_a_date_counted_from_after_the_sentence_does_not_date_it() -> None:
    # Fictional: 以来 makes the date a period's start, not when the arrest happened.
    text = "牧民叶尔兰·卡德尔的舅舅被便衣带走了。这是2019年11月以来的第二次。"
    assert dated(text) == [("detained", None)]


def test_a_clause_pointing_back_or_naming_the_ruling_dates_the_event() -> None:
    # Fictional: 那是 without 在, and a noun for the ruling before 是在.
    text = "牧民叶尔兰·卡德尔在那个冬天被带走，那是2017年12月。"
    assert dated(text) == [("detained", "2017-12")]
    text = "牧民叶尔兰·卡德尔的舅舅被判刑12年，判决是在去年8月作出的。"
    assert dated(text) == [("sentenced", "2020-08")]


def test_right_after_within_a_sentence_keeps_the_month() -> None:
    # Fictional: 随即 is right after the return; 之后 keeps the year only.
    text = "牧民叶尔兰·卡德尔说，他的表弟2016年7月回到塔城后，随即被关进看守所。"
    assert dated(text) == [("detained", "2016-07")]
    text = "牧民叶尔兰·卡德尔说，他的表弟2016年7月回到塔城后，之后被关进看守所。"
    assert dated(text) == [("detained", "2016")]


def test_a_headline_opening_with_its_date_alone_dates_the_lead_under_it() -> None:
    # Fictional: a subheading whose date stands before a colon or a space, then the paragraph
    # that tells the arrest with no date.
    text = "2019年2月：舅舅被带走\n便衣来到牧民叶尔兰·卡德尔家中，带走了他的舅舅。"
    assert dated(text) == [("detained", "2019-02")]
    text = "2019年2月 舅舅被带走\n便衣来到牧民叶尔兰·卡德尔家中，带走了他的舅舅。"
    assert dated(text) == [("detained", "2019-02")]
    # a date opening another phrase of the headline is that phrase's
    text = "2019年2月 牧民回乡 舅舅被带走\n便衣来到牧民叶尔兰·卡德尔家中，带走了他的舅舅。"
    assert dated(text) == [("detained", None)]


def test_the_nth_day_of_what_the_sentence_before_told_carries_its_date() -> None:
    # Fictional: the date is inside the sentence before, not opening it; the Nth day after a
    # few words of what it counts from opens the next one (N-1 days after).
    text = "牧民叶尔兰·卡德尔2016年3月回到塔城。回到家的第三天，他被便衣带走。"
    assert dated(text) == [("detained", "2016-03")]
    text = "2016年3月7日，牧民叶尔兰·卡德尔回到塔城。回国后第三天，他被便衣带走。"
    assert dated(text) == [("detained", "2016-03-09")]
    # not a day counted somewhere inside the sentence
    text = "牧民叶尔兰·卡德尔2016年3月回到塔城。他第三天就被便衣带走。"
    assert dated(text) == [("detained", None)]


def test_after_it_happened_takes_the_year_of_the_last_date_told_paragraphs_before() -> None:
    text = (
        "2019年3月的一天，努尔兰·别克被警察带走。\n他的妻子当时以为他很快会获释。"
        "此事发生后的几周，努尔兰·别克的家人开始与她断绝联系。"
    )
    assert dated(text) == [("detained", "2019-03"), ("contact_lost", "2019")]


def test_after_it_happened_years_on_moves_the_year_on() -> None:
    text = "2016年5月，努尔兰·别克被警察带走。\n他的妻子四处打听。事发两年后，努尔兰·别克获释。"
    assert dated(text) == [("detained", "2016-05"), ("released", "2018")]


def test_years_after_it_happened_move_on_the_date_of_the_sentence_before() -> None:
    text = "2016年5月，努尔兰·别克被警察带走。事发两年后，努尔兰·别克获释。"
    assert dated(text) == [("detained", "2016-05"), ("released", "2018")]


def test_a_year_and_a_half_later_moves_the_carried_date_on_by_eighteen_months() -> None:
    text = "2017年11月，努尔兰·别克被带走。一年半后，努尔兰·别克获释。"
    assert dated(text) == [("detained", "2017-11"), ("released", "2019-05")]


def test_a_year_and_a_half_later_in_the_same_sentence_is_not_the_first_date() -> None:
    text = "努尔兰·别克于2016年11月被带走，两年半后被判刑10年。"
    assert dated(text) == [("detained", "2016-11"), ("sentenced", "2019-05")]


def test_the_year_after_opening_a_sentence_is_the_next_year() -> None:
    text = "努尔兰·别克于2016年11月被捕。隔年，他被判刑10年。"
    assert dated(text) == [("detained", "2016-11"), ("sentenced", "2017")]


def test_what_one_was_told_then_is_not_dated_by_the_sentence_before() -> None:
    text = "2019年3月，努尔兰·别克回到阿拉木图。当时他被告知，他的父亲被关押了。"
    assert ("detained", None) in dated(text)
