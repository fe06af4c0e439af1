"""Events: type, subject, date, term, place, channel. Sentences are fictional, written for tests."""

from datetime import date

import pytest

from tugan.core.extract import extract_report

MONDAY = date(2021, 3, 1)


def events(text: str, published: date | None = MONDAY) -> list[dict]:
    return [event.to_gold_dict() for event in extract_report(text, published).events]


def test_a_named_person_is_sentenced_in_chinese_numerals() -> None:
    found = events("维吾尔族教师阿依古丽·吐尔洪于2019年被判处有期徒刑十五年。")
    assert found == [
        {
            "type": "sentenced",
            "subject": {"person": "阿依古丽·吐尔洪"},
            "date": "2019",
            "years": 15,
            "place": None,
            "channel": None,
        }
    ]


def test_two_terms_are_two_events_each_keeping_the_count() -> None:
    text = "哈萨克人努尔兰对本台说，他的两个哥哥2018年分别被判刑10及20年。"
    found = events(text)
    brothers = {"relative_of": "努尔兰", "relation": "brother", "count": 2}
    assert [(e["subject"], e["years"]) for e in found] == [(brothers, 10), (brothers, 20)]


def test_terms_told_respectively_go_to_the_subjects_in_their_order() -> None:
    text = "维吾尔人阿依古丽说，她的弟弟和妹妹2019年分别被判处15年和10年徒刑。"
    found = [e for e in events(text) if e["type"] == "sentenced"]
    assert sorted((e["subject"]["relation"], e["years"]) for e in found) == [
        ("brother", 15),
        ("sister", 10),
    ]


def test_a_term_told_respectively_is_the_subjects_only_one() -> None:
    # Each has one term, so a later mention without a term is the same sentence.
    text = (
        "维吾尔人阿依古丽说，她的弟弟和妹妹2019年分别被判处15年和10年徒刑。"
        "她的父亲告诉她弟弟和妹妹被判刑的事情。"
    )
    found = [e for e in events(text) if e["type"] == "sentenced"]
    assert sorted(e["years"] for e in found) == [10, 15]


def test_one_brother_sentenced_twice_stays_one_brother() -> None:
    # Without a count, the two terms are not two brothers: the page must not invent one.
    text = "哈萨克人努尔兰对本台说，他的哥哥2018年一审被判刑10年，二审改判20年。"
    found = events(text)
    brother = {"relative_of": "努尔兰", "relation": "brother"}
    assert [(e["subject"], e["years"]) for e in found] == [(brother, 10), (brother, 20)]


def test_a_fact_told_without_its_term_is_not_folded_into_one_of_several() -> None:
    text = "努尔兰说，他的两个哥哥被判刑。他的两个哥哥2018年分别被判刑10及20年。"
    found = [e for e in events(text) if e["type"] == "sentenced"]
    assert sorted(e["years"] or 0 for e in found) == [0, 10, 20]


def test_a_life_term() -> None:
    found = events("学者叶尔兰·哈米提去年被判无期徒刑。")
    assert found[0]["years"] == "life"
    assert found[0]["date"] == "2020"


def test_unnamed_relatives_carry_relation_and_count() -> None:
    found = events("哈萨克人努尔兰说，他的三个姐姐至今下落不明。")
    assert found[0]["type"] == "disappeared"
    assert found[0]["subject"] == {"relative_of": "努尔兰", "relation": "sister", "count": 3}


def test_a_family_of_five() -> None:
    found = events("哈萨克斯坦公民叶尔兰·哈米提讲述一家五口被抓。")
    assert found[0]["subject"] == {"relative_of": "叶尔兰·哈米提", "relation": "family", "count": 5}


def test_a_relation_that_names_someone_gives_that_person() -> None:
    text = "学者叶尔兰·哈米提说，他的父亲阿不都·卡德尔上周六被警察带走。"
    found = events(text)
    assert found[0]["subject"] == {"person": "阿不都·卡德尔"}
    assert found[0]["date"] == "2021-02-27"
    assert found[0]["type"] == "detained"


def test_a_pronoun_points_to_the_last_named_person() -> None:
    text = "古丽巴哈尔·买买提是一名医生。她于2018年5月被关押在再教育营。"
    found = events(text)
    assert found[0]["subject"] == {"person": "古丽巴哈尔·买买提"}
    assert found[0]["date"] == "2018-05"


def test_a_group_with_its_place() -> None:
    found = events("新疆伊犁的部分哈萨克人去年10月重新获发护照。")
    assert found[0]["type"] == "passport_returned"
    assert found[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "CN-654000"}}
    assert found[0]["date"] == "2020-10"


def test_lost_contact_has_its_channel() -> None:
    found = events("哈萨克人努尔兰说，四年来他无法通过微信和家人联系。")
    assert found[0]["type"] == "contact_lost"
    assert found[0]["subject"] == {"relative_of": "努尔兰", "relation": "family"}
    assert found[0]["channel"] == "wechat"


def test_a_protest_and_the_detention_it_implies() -> None:
    text = "活动人士努尔兰·别克在领事馆门前抗议，要求释放他的弟弟。"
    found = {(e["type"], str(e["subject"])) for e in events(text)}
    assert ("protested", str({"person": "努尔兰·别克"})) in found
    assert ("detained", str({"relative_of": "努尔兰·别克", "relation": "brother"})) in found


def test_a_threat_or_a_promise_is_not_an_event() -> None:
    assert events("学者叶尔兰·哈米提说，如果他继续发声，他的家人可能会被抓。") == []


def test_one_event_per_fact() -> None:
    text = "学者叶尔兰·哈米提2017年被拘留。他被拘留后，家人四处打听。"
    assert len([e for e in events(text) if e["type"] == "detained"]) == 1


def test_traditional_text_and_relative_dates() -> None:
    found = events("哈薩克人努爾蘭說，他的母親本週日（2月28日）獲釋。")
    assert found[0]["type"] == "released"
    assert found[0]["subject"] == {"relative_of": "努尔兰", "relation": "mother"}
    assert found[0]["date"] == "2021-02-28"


def test_event_spans_point_at_the_trigger() -> None:
    text = "学者叶尔兰·哈米提于2019年失踪。"
    event = extract_report(text, MONDAY).events[0]
    assert [text[start:end] for start, end in event.spans] == ["失踪"]


def test_a_name_at_the_start_of_a_sentence() -> None:
    found = events("阿依古丽于2018年3月被带走。")
    assert found[0]["subject"] == {"person": "阿依古丽"}
    assert found[0]["date"] == "2018-03"


def test_the_owner_of_a_passport_is_the_subject() -> None:
    found = events("哈萨克斯坦公民赛力克·阿合买提的护照被当局没收。")
    assert found[0]["type"] == "passport_confiscated"
    assert found[0]["subject"] == {"person": "赛力克·阿合买提"}


def test_a_later_step_does_not_take_the_earlier_date() -> None:
    found = events("学者热依拉·吐尔洪于2017年底失踪，后被判无期徒刑。")
    assert [(e["type"], e["date"]) for e in found] == [("disappeared", "2017"), ("sentenced", None)]


def test_a_speaker_is_not_the_subject_of_what_he_reports() -> None:
    assert events("维权律师张明远表示，其中一名学生被判8年。") == []


def test_a_person_and_a_relative_together() -> None:
    found = events("吐尔逊江和他的妻子于2019年被捕。")
    assert {str(e["subject"]) for e in found} == {
        str({"person": "吐尔逊江"}),
        str({"relative_of": "吐尔逊江", "relation": "spouse"}),
    }


def test_citizens_of_a_central_asian_republic_are_a_group() -> None:
    found = events("三名吉尔吉斯籍公民在边境被拘留。")
    assert found[0]["subject"] == {"group": {"ethnicity": "kyrgyz", "place": "KG"}}


def test_the_object_of_an_active_verb() -> None:
    found = events("当局去年逮捕了努尔兰·别克。")
    assert found[0]["subject"] == {"person": "努尔兰·别克"}
    assert found[0]["date"] == "2020"


def test_a_relative_named_in_passing_is_not_the_next_she() -> None:
    text = "古丽巴哈尔·努尔兰说，她的姐姐阿依努尔至今下落不明。她的父母在2020年被当局约谈。"
    found = {(e["type"], str(e["subject"])) for e in events(text)}
    assert ("threatened", str({"relative_of": "古丽巴哈尔·努尔兰", "relation": "parent"})) in found


def test_a_range_of_years_dates_the_event_by_its_start() -> None:
    found = events("学者叶尔兰·哈米提曾于2018年至2019年被关押。")
    assert found[0]["date"] == "2018"


def test_she_skips_a_man_and_the_relation_is_not_reversed_wrongly() -> None:
    text = (
        "学者阿布都·吐尔地2017年被带走。他的女儿米热古丽·阿布都住在荷兰，她说，"
        "她的母亲也被禁止出境。"
    )
    found = {(e["type"], str(e["subject"])) for e in events(text)}
    assert (
        "passport_confiscated",
        str({"relative_of": "米热古丽·阿布都", "relation": "mother"}),
    ) in found


def test_a_demand_is_not_a_release() -> None:
    found = events("人权组织表示，中国政府应立即释放学者阿布都·吐尔地。")
    assert "released" not in {e["type"] for e in found}


def test_requests_and_people_in_general_are_not_events() -> None:
    assert events("努尔兰说，他曾给村委会写信，请求允许女儿出国治病。") == []
    assert events("努尔兰提醒说，恢复联系的人往往只能说些客套话。") == []


def test_news_of_a_sentence_is_the_sentence() -> None:
    found = events("哈萨克人努尔兰说，他上个月才得知哥哥被判刑的消息。")
    assert found == [
        {
            "type": "sentenced",
            "subject": {"relative_of": "努尔兰", "relation": "brother"},
            "date": None,
            "years": None,
            "place": None,
            "channel": None,
        }
    ]


def test_a_round_up_of_intellectuals_is_a_group_detention() -> None:
    found = events("2017年，新疆当局开始围捕维吾尔知识分子。")
    assert found[0]["type"] == "detained"
    assert found[0]["subject"] == {"group": {"ethnicity": "uyghur", "place": None}}


def test_masses_counted_in_ten_thousands_are_a_group_of_no_people() -> None:
    found = events("报告说，当局在某地关押了100多万人。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"group": {"ethnicity": None, "place": None}})
    ]


def test_listed_peoples_are_each_a_group_and_other_minorities_are_not_added() -> None:
    found = events("据报道，当局将维吾尔人、哈萨克人及其他少数民族关押在营中。")
    subjects = sorted(e["subject"]["group"]["ethnicity"] for e in found if e["type"] == "detained")
    assert subjects == ["kazakh", "uyghur"]


def test_a_bare_people_before_other_minorities_is_the_group() -> None:
    # Fictional: 维吾尔 without 人 or 族, listed before 其它少数民族, names the people.
    found = events("报告估计，当地有上万名维吾尔及其它少数民族遭到关押。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"group": {"ethnicity": "uyghur", "place": None}})
    ]


def test_a_group_takes_a_place_of_china_before_it_not_a_country() -> None:
    home = events("新疆的哈萨克人被大批关押。")
    assert home[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "CN-650000"}}
    abroad = events("美国官员称维吾尔人被大批关押。")
    assert abroad[0]["subject"] == {"group": {"ethnicity": "uyghur", "place": None}}


def test_an_ethnonym_before_a_word_for_believers_or_villagers_gives_that_people() -> None:
    found = events("当地的回族穆斯林去年被大批关押。")
    assert found[0]["subject"] == {"group": {"ethnicity": "hui", "place": None}}
    found = events("据报道，哈萨克族群众被大批抓捕。")
    assert found[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": None}}


def test_peoples_listed_before_a_general_word_are_each_a_group() -> None:
    found = events("报告说，大量维吾尔、哈萨克等突厥穆斯林被关进营中。")
    subjects = sorted(e["subject"]["group"]["ethnicity"] for e in found if e["type"] == "detained")
    assert subjects == ["kazakh", "uyghur"]
    found = events("报告说，维吾尔人及他族穆斯林被关进营中。")
    assert [e["subject"] for e in found] == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_counted_people_of_no_stated_people_are_a_group_of_no_ethnicity() -> None:
    found = events("据报道，12名澳洲居民去年在新疆被拘押。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"group": {"ethnicity": None, "place": "AU"}})
    ]
    found = events("一批海外学者昨天发表公开信表示抗议。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("protested", {"group": {"ethnicity": None, "place": None}})
    ]


def test_three_named_persons_counted_are_no_group() -> None:
    found = events("努尔兰·别克、阿依别克·沙木和叶尔兰·托合提三人去年被捕。")
    assert all("person" in e["subject"] for e in found)


def test_counted_people_a_person_leads_are_no_subject() -> None:
    found = events("学者努尔兰·别克带领一群学生去外地开会时失踪。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("disappeared", {"person": "努尔兰·别克"})
    ]


def test_one_of_counted_people_is_the_person() -> None:
    found = events("努尔兰·别克是被当局逮捕的多名教师之一。")
    assert [(e["type"], e["subject"]) for e in found] == [("detained", {"person": "努尔兰·别克"})]


def test_these_people_are_the_group_named_before() -> None:
    found = events("一些哈萨克妇女上周在领事馆前集会。这些妇女随后被警方带走。")
    detained = [e["subject"] for e in found if e["type"] == "detained"]
    assert detained == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_counted_people_with_a_listed_description_are_a_group() -> None:
    found = events("报道说，数千名无罪、无违法行为的村民遭到长期拘禁。")
    assert [e["subject"] for e in found] == [{"group": {"ethnicity": None, "place": None}}]


def test_one_unnamed_person_of_a_people_is_no_group() -> None:
    assert events("上个月，一位年过七旬的哈萨克族退休教师在狱中死亡。") == []


def test_this_minority_is_the_people_named_before() -> None:
    found = events("她是维吾尔人。当局把这个少数民族的成员关押在营中。")
    assert [e["subject"] for e in found] == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_protesters_are_a_group_that_protested() -> None:
    found = events("此外，抗议者昨天在会场外高呼口号。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("protested", {"group": {"ethnicity": None, "place": None}})
    ]


def test_most_or_some_of_a_group_named_before_are_that_group() -> None:
    text = "对回族群众的打压始于2017年，大多已被释放，但也有不少当过阿訇的人至今仍被关押。"
    found = events(text)
    assert sorted((e["type"], e["subject"]["group"]["ethnicity"]) for e in found) == [
        ("detained", "hui"),
        ("released", "hui"),
    ]


def test_themselves_after_they_is_the_group() -> None:
    text = "学者努尔兰·别克说，20多名离开新疆后在海外定居的人接受采访，他们讲述了自己被威胁的经历。"
    found = events(text)
    assert [(e["type"], e["subject"]) for e in found] == [
        ("threatened", {"group": {"ethnicity": None, "place": None}})
    ]


def test_they_are_the_persons_joined_in_their_sentence_not_an_earlier_group() -> None:
    text = (
        "许多维吾尔家庭骨肉分离。"
        "努尔兰·别克说，他的父母和哥哥去年回国探亲，他们回去之后，护照就被没收了。"
    )
    found = events(text)
    assert [e["subject"] for e in found] == [
        {"relative_of": "努尔兰·别克", "relation": "parent"},
        {"relative_of": "努尔兰·别克", "relation": "brother"},
    ]


def test_a_group_that_describes_them_is_not_what_they_stand_for() -> None:
    assert events("他们都是来自新疆的哈萨克族人。他们后来被关押。") == []


def test_a_group_takes_the_foreign_country_it_lives_in() -> None:
    found = events("据报道，在哈萨克斯坦的哈萨克人上周举行集会。")
    assert found[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "KZ"}}


def test_relatives_of_a_group_abroad_are_not_abroad() -> None:
    found = events("许多在美国的维吾尔人说，他们的家人被当局关押。")
    assert [e["subject"] for e in found] == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_group_takes_the_place_that_opens_its_sentence() -> None:
    found = events("去年在新疆塔城，不少哈萨克人被抓。")
    assert found[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "CN-654200"}}
    traditional = events("在伊犁地區，許多哈薩克族人被送進再教育營。")
    assert traditional[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "CN-654000"}}
    abroad = events("2018年在美国，许多维吾尔人无法与家人联系。")
    assert abroad[0]["subject"] == {"group": {"ethnicity": "uyghur", "place": None}}


def test_a_people_named_again_in_the_paragraph_keeps_the_home_given_before() -> None:
    text = (
        "据当地人士透露，新疆伊犁的哈萨克人近日获发护照。"
        "有哈萨克人说，与国内亲友的微信通讯已经恢复。"
    )
    restored = [e for e in events(text) if e["type"] == "contact_restored"]
    assert restored[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": "CN-654000"}}
    abroad = "新疆伊犁的哈萨克人近日获发护照。海外哈萨克人说，仍然无法与国内亲友联系。"
    lost = [e for e in events(abroad) if e["type"] == "contact_lost"]
    assert lost[0]["subject"] == {"group": {"ethnicity": "kazakh", "place": None}}


def test_terms_said_respectively_go_one_to_each_relative_in_order() -> None:
    text = "維吾爾人米娜瓦爾·吐爾遜說，她的姊姊和弟弟在2019年分別被判處12年和8年有期徒刑。"
    found = events(text)
    assert [(e["subject"]["relation"], e["years"]) for e in found] == [
        ("sister", 12),
        ("brother", 8),
    ]


def test_a_respective_term_is_the_one_fact_told_again_without_it() -> None:
    text = "阿依古丽·吐尔洪和艾山·吐尔洪分别被判处15年和10年徒刑。阿依古丽·吐尔洪被判刑的消息传来。"
    found = events(text)
    assert [(e["subject"]["person"], e["years"]) for e in found] == [
        ("阿依古丽·吐尔洪", 15),
        ("艾山·吐尔洪", 10),
    ]


def test_terms_told_respectively_in_a_clause_after_the_trigger_go_one_to_each() -> None:
    # Fictional: the terms follow the sentencing in a clause of their own (…判刑，分别被判…).
    text = "哈萨克人别克说，他的叔叔阿斯哈尔和婶婶古丽娜尔去年秋天被判刑，分别获刑16年和9年。"
    found = [e for e in events(text) if e["type"] == "sentenced"]
    assert sorted((e["subject"]["person"], e["years"]) for e in found) == [
        ("古丽娜尔", 9),
        ("阿斯哈尔", 16),
    ]


def test_two_persons_counted_after_their_own_clauses_are_both_subjects() -> None:
    # Fictional: each is named in a clause of their own, then 两人都 counts them.
    text = "努尔兰的弟弟阿斯哈尔·别克在县医院开车，他的妻子古丽娜尔·卡林在小学教书，两人都被带走。"
    found = [e for e in events(text) if e["type"] == "detained"]
    assert sorted(e["subject"]["person"] for e in found) == ["古丽娜尔·卡林", "阿斯哈尔·别克"]


def test_an_ordinal_year_or_a_year_of_time_is_no_term() -> None:
    # Fictional: 第二年 is "the next year" and 最多的一年 "the year with the most", no terms.
    found = events("努尔兰·别克2017年被带走，第二年被判刑。")
    found += events("古丽娜·别克被判刑那年，是当地判刑最多的一年。")
    assert [e["years"] for e in found if e["type"] == "sentenced"] == [None, None]


def test_a_second_trigger_after_a_comma_with_no_subject_of_its_own_is_the_same_event() -> None:
    # Fictional: 被拘留，并软禁 is one detention of one man (the home is no subject).
    found = events("努尔兰·别克回乡探亲时被拘留，并软禁在朋友家里。")
    assert [e["subject"] for e in found if e["type"] == "detained"] == [{"person": "努尔兰·别克"}]


def test_a_term_closed_by_后_is_still_the_term() -> None:
    # Fictional: "after learning her brother got nine years" keeps the nine years as the term.
    found = extract_report("古丽娜在获悉弟弟被判刑9年后，决定留在荷兰。", MONDAY).events
    assert [(e.type, e.subject, e.years) for e in found] == [
        ("sentenced", {"relative_of": "古丽娜", "relation": "brother"}, 9)
    ]


def test_a_term_cut_to_another_gives_both_terms() -> None:
    # Fictional: the first term and the one it was cut to are two facts of one person.
    found = extract_report("维吾尔商人艾山·托合提被判处20年徒刑，后减为15年。", MONDAY).events
    assert [(e.type, e.subject, e.years) for e in found] == [
        ("sentenced", {"person": "艾山·托合提"}, 20),
        ("sentenced", {"person": "艾山·托合提"}, 15),
    ]


def test_a_term_after_a_list_of_names_an_active_verdict_sentences_goes_to_each() -> None:
    # Fictional: the court's 判处 names three people, then one term for all of them.
    text = "喀什一家法院以煽动罪判处教师努尔兰·卡德尔、阿依古丽·托合提和吐尔逊·麦麦提有期徒刑七年。"
    found = [(e["subject"]["person"], e["years"]) for e in events(text)]
    assert sorted(found) == [("努尔兰·卡德尔", 7), ("吐尔逊·麦麦提", 7), ("阿依古丽·托合提", 7)]


def test_a_life_term_after_the_names_an_active_verdict_sentences_is_life() -> None:
    # Fictional: two long names with Latin forms put the term past the verb's window.
    text = "法院判处艾山·托乎提(Hasan Tohti)、古丽娜·卡斯木(Gulina Kasim)无期徒刑。"
    assert sorted(e["years"] for e in events(text)) == ["life", "life"]


def test_terms_of_a_counted_group_told_again_of_named_persons_are_theirs() -> None:
    # Fictional: a lead tells two men's terms together, the body names each with his term.
    text = (
        "阿勒泰一个村子的两名牧民2019年分别被判刑9年和16年。"
        "据亲属说，哥哥叶尔兰·卡德尔被判刑9年。在没有律师的情况下，弟弟别克·卡德尔被判刑16年。"
    )
    found = [e for e in events(text) if e["type"] == "sentenced"]
    assert sorted((e["subject"].get("person", ""), e["years"], e["date"]) for e in found) == [
        ("别克·卡德尔", 16, "2019"),
        ("叶尔兰·卡德尔", 9, "2019"),
    ]


def test_terms_before_the_prison_word_an_active_verdict_gives_are_read() -> None:
    # Fictional: the objects are a long description; the terms stand before 徒刑.
    text = "伊宁一家法院上月分别判处两名在网上转发视频的哈萨克族青年12年和6年徒刑。"
    assert sorted(e["years"] for e in events(text)) == [6, 12]


def test_a_range_of_terms_before_the_prison_word_is_no_single_term() -> None:
    # Fictional: the rest of the defendants got between 3 and 12 years; no one term is theirs.
    text = "喀什一家法院判处阿依古丽·托合提无期徒刑，其余十名学生3至12年有期徒刑。"
    years = sorted(str(e["years"]) for e in events(text) if "group" in e["subject"])
    assert years == ["None"]


def test_counted_defendants_of_a_verdict_are_a_group() -> None:
    # Fictional: defendants counted, of no stated people.
    text = "阿克苏一家法院上周判处5名被告人无期徒刑。"
    assert [(e["subject"], e["years"]) for e in events(text)] == [
        ({"group": {"ethnicity": None, "place": "CN-652900"}}, "life")
    ]


def test_others_inside_a_charge_do_not_make_counted_defendants_anyones_object() -> None:
    # Fictional: 他人 ("others") belongs to the charge, not to a person acting on the group.
    text = "和田一家法院分别以资助恐怖活动;组织他人偷越国境等罪判处3名被告人有期徒刑10年。"
    assert [("group" in e["subject"], e["years"]) for e in events(text)] == [(True, 10)]


def test_terms_in_brackets_after_listed_names_are_each_ones_own() -> None:
    # Fictional: a list of the sentenced, each with a bracketed term.
    text = (
        "据知情人说，被判刑的有教师阿依古丽·托合提（9年）、商人吐尔逊·麦麦提（14年）"
        "和努尔兰·卡德尔（6年）。"
    )
    found = sorted((e["subject"]["person"], e["years"]) for e in events(text))
    assert found == [("努尔兰·卡德尔", 6), ("吐尔逊·麦麦提", 14), ("阿依古丽·托合提", 9)]


def test_a_term_of_a_clause_with_its_own_sentence_verb_is_not_the_groups() -> None:
    # Fictional: the group's sentence has no term; the term after 其中 is the named man's.
    text = "五名哈萨克族牧民去年被判刑，其中别克·努尔兰被判了18年。"
    found = sorted((str(e["subject"]), str(e["years"])) for e in events(text))
    assert found == [
        ("{'group': {'ethnicity': 'kazakh', 'place': None}}", "None"),
        ("{'person': '别克·努尔兰'}", "18"),
    ]


def test_terms_told_respectively_after_the_word_for_term_go_one_to_each() -> None:
    # Fictional: three people joined, then 刑期分别为 and three terms in their order.
    text = "吐尔逊·卡德尔、他的妻子和儿子都被判刑，刑期分别为16年、11年和4年。"
    found = sorted((str(e["subject"]), e["years"]) for e in events(text))
    assert found == [
        ("{'person': '吐尔逊·卡德尔'}", 16),
        ("{'relative_of': '吐尔逊·卡德尔', 'relation': 'son'}", 4),
        ("{'relative_of': '吐尔逊·卡德尔', 'relation': 'spouse'}", 11),
    ]


def test_a_call_made_again_does_not_make_what_it_asks_to_stop_a_second_fact() -> None:
    # Fictional: 再度 repeats the call; the harassment it asks to end is the one told before.
    text = "维吾尔人艾山·托列说，警察多次骚扰他的母亲。他再度呼吁当局停止骚扰他的母亲。"
    threats = [e for e in extract_report(text, None).events if e.type == "threatened"]
    assert [e.subject for e in threats] == [{"relative_of": "艾山·托列", "relation": "mother"}]


@pytest.mark.parametrize(
    ("text", "ethnicity"),
    [
        ("数名维吾尔倡导者留在新疆的亲属近日被判刑。", "uyghur"),
        ("几名哈萨克族维权者的父母去年被判刑。", "kazakh"),
    ],
)
def test_the_kin_of_advocates_of_a_people_are_a_group_of_that_people(
    text: str, ethnicity: str
) -> None:
    # Fictional: advocates named only by their people and role are a group, and so are their kin.
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject["group"]["ethnicity"]) for e in found] == [("sentenced", ethnicity)]


def test_detainees_named_by_a_people_are_a_group_of_that_people() -> None:
    # Fictional: a noun in 者 made of a trigger is people in general, unless a people precedes it.
    found = extract_report("律师会见了几名柯尔克孜族被拘押者。", MONDAY).events
    assert [(e.type, e.subject) for e in found] == [
        ("detained", {"group": {"ethnicity": "kyrgyz", "place": None}})
    ]
    assert extract_report("律师会见了几名被拘押者。", MONDAY).events == []


def test_a_fine_in_ten_thousands_of_renminbi_is_no_group_of_people() -> None:
    # Fictional: 30万人民币 is money; the term after the charge is the named person's.
    found = events(
        "书法家阿卜杜克里木·萨吾提被判“煽动民族仇恨罪”，判处有期徒刑11年并剥夺政治权利4年"
        "及罚款30万人民币。"
    )
    assert [(e["type"], e["subject"], e["years"]) for e in found] == [
        ("sentenced", {"person": "阿卜杜克里木·萨吾提"}, 11)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a clause that opens on the verb restates the same verdict with its term.
        "书法家阿卜杜克里木·萨吾提被判刑，判处有期徒刑11年并剥夺政治权利4年。",
        "书法家阿卜杜克里木·萨吾提去年被定罪，判处有期徒刑11年。",
        "书法家阿卜杜克里木·萨吾提被判刑，被判处有期徒刑11年。",
    ],
)
def test_a_term_in_a_clause_opening_on_the_verb_is_the_same_verdicts(text: str) -> None:
    found = events(text)
    assert [(e["type"], e["subject"], e["years"]) for e in found] == [
        ("sentenced", {"person": "阿卜杜克里木·萨吾提"}, 11)
    ]


def test_an_attempt_in_a_charge_name_does_not_hedge_the_sentence() -> None:
    # Fictional: a neighbour tells of a man's charge and term.
    found = events("邻居说，法院以企图颠覆政权罪判处阿力木·卡德尔六年徒刑。")
    assert [(e["type"], e["years"]) for e in found] == [("sentenced", 6)]


def test_a_term_served_and_a_release_denied_is_no_release() -> None:
    # Fictional: a brother's term ended, yet he was kept.
    found = events("吐尔洪·卡德尔被判处10年徒刑。他去年刑满，监狱却没有放人。")
    assert [e["type"] for e in found] == ["sentenced"]
    assert [e["type"] for e in events("吐尔洪·卡德尔去年刑满获释。")] == ["released"]


def test_a_detention_told_as_the_first_is_not_the_third() -> None:
    # Fictional: the lead tells the third detention, the body the first, years before.
    found = events(
        "维吾尔人阿力木·卡德尔今年5月第三次遭到拘押。2010年3月2日，当地发生骚乱，"
        "警察首次把住在霍城县的阿力木·卡德尔抓走。"
    )
    assert sorted(e["date"] for e in found if e["type"] == "detained") == ["2010-03-02", "2021-05"]


def test_the_second_time_told_by_month_and_by_day_is_one() -> None:
    # Fictional: a lead and a body telling the same new arrest.
    found = events("维吾尔人阿力木·卡德尔今年2月再次被拘留。阿力木·卡德尔于2月3日再次被捕。")
    assert [(e["type"], e["date"]) for e in found] == [("detained", "2021-02-03")]


def test_a_people_written_with_its_country_name_is_the_people() -> None:
    # Fictional: an outlet writing 哈萨克斯坦族 for 哈萨克族.
    found = events("去年，新疆有50名哈萨克斯坦族居民因为在网上聊天，被警方抓捕。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"group": {"ethnicity": "kazakh", "place": "CN-650000"}})
    ]


def test_one_village_s_villagers_without_de_are_a_group() -> None:
    # Fictional: a cousin's village gone silent.
    found = events("表姐在南方的一个村庄村民都失联了。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("contact_lost", {"group": {"ethnicity": None, "place": None}})
    ]


def test_villagers_are_of_the_people_the_village_is_said_to_be_of() -> None:
    # Fictional: the village's people told two sentences after the villagers.
    found = events("她说全村村民都失踪了。她还说，那个村子有八百多人，住的全都是哈萨克族人。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("disappeared", {"group": {"ethnicity": "kazakh", "place": None}})
    ]


def test_camps_set_up_for_a_people_hold_that_people() -> None:
    # Fictional: a sentence of background on the camps.
    found = events("这些营地是当局专为新疆哈萨克人修建的集中营。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"group": {"ethnicity": "kazakh", "place": "CN-650000"}})
    ]
    assert events("维吾尔人建立的集中营博物馆开幕。") == []


def test_no_word_of_how_the_one_held_is_is_his_disappearance() -> None:
    # Fictional: a teacher taken, his parents told nothing since.
    found = events("教师阿依别克·努尔兰三月被带走以后，他的父母一直不能获知被拘留者的情况。")
    assert [(e["type"], e["subject"]) for e in found] == [
        ("detained", {"person": "阿依别克·努尔兰"}),
        ("disappeared", {"person": "阿依别克·努尔兰"}),
    ]
    assert [e["type"] for e in events("许多被关押者的家属至今无法获得他们的情况。")] == []
