"""Subject attachment for named persons and unnamed relatives.

The people and sentences are fictional, written for these tests.
"""

from datetime import date

import pytest

from tugan.core.extract import extract_report
from tugan.core.extract.event_patterns import (
    ADDRESSED_AFTER_SUBJECT,
    ADDRESSED_AFTER_SUBJECT_LONGEST,
)

MONDAY = date(2021, 3, 1)


def named_subjects(text: str, event_type: str) -> list[dict]:
    """Return the subjects of a type that are persons or their relatives (not groups)."""
    return [s for s in subjects(text, event_type) if "group" not in s]


def subjects(text: str, event_type: str) -> list[dict]:
    """Return the subjects of the events of a type, in a stable order."""
    found = extract_report(text, MONDAY).events
    return sorted(
        (event.subject for event in found if event.type == event_type),
        key=lambda subject: sorted(subject.items()),
    )


def test_a_count_between_coordinated_relatives_keeps_them_together() -> None:
    text = "哈萨克人努尔兰说，他的母亲和两个弟弟去年被抓走。"
    assert subjects(text, "detained") == [
        {"relative_of": "努尔兰", "relation": "brother", "count": 2},
        {"relative_of": "努尔兰", "relation": "mother"},
    ]


def test_other_relatives_after_parents_are_relatives_of_the_same_person() -> None:
    text = "住在荷兰的维吾尔人阿依江的父母及其他亲人去年被送入再教育营。"
    assert subjects(text, "detained") == [
        {"relative_of": "阿依江", "relation": "parent"},
        {"relative_of": "阿依江", "relation": "relative"},
    ]


def test_single_kin_characters_listed_with_a_stop_are_relatives() -> None:
    text = "留学生艾山·托合提说自己与家人失联。后来他得知，父、母和弟弟都被关进了集中营。"
    assert subjects(text, "detained") == [
        {"relative_of": "艾山·托合提", "relation": "brother"},
        {"relative_of": "艾山·托合提", "relation": "father"},
        {"relative_of": "艾山·托合提", "relation": "mother"},
    ]


def test_losing_contact_with_father_and_mother_is_losing_contact_with_the_parents() -> None:
    text = "留学生古丽娜·艾山2017年起就无法与父、母取得联络。"
    assert subjects(text, "contact_lost") == [
        {"relative_of": "古丽娜·艾山", "relation": "parent"},
    ]


def test_a_sister_in_law_is_the_spouse_of_the_named_brother() -> None:
    text = (
        "哈萨克人努尔兰·别克说，他的弟弟叶尔江·别克去年被捕。"
        "他的弟媳也被关押，获释后时常被公安传唤。"
    )
    assert subjects(text, "released") == [{"relative_of": "叶尔江·别克", "relation": "spouse"}]


def test_an_eldest_son_named_in_apposition_gives_his_father_to_his_pronoun() -> None:
    text = "老人阿不都·卡德尔被判刑十年。上个月，阿不都·卡德尔的长子艾山·阿不都得知其父亲身亡。"
    assert subjects(text, "died") == [{"person": "阿不都·卡德尔"}]


def test_a_sibling_named_by_birth_order_is_that_person_later() -> None:
    text = (
        "留学生古丽娜·艾山做服装生意，由二姐阿依努尔·艾山在国内转账。"
        "2017年，二姐被关到当地派出所两天。"
    )
    assert subjects(text, "detained") == [{"person": "阿依努尔·艾山"}]


def test_a_mother_is_not_the_man_shown_to_be_the_father() -> None:
    text = (
        "退休教师吐尔逊·卡德尔的儿子艾山·吐尔逊得知其父亲身亡。"
        "艾山·吐尔逊说：“我认为，我母亲去年被抓走了。”"
    )
    assert subjects(text, "detained") == [{"relative_of": "艾山·吐尔逊", "relation": "mother"}]


def test_a_relative_who_speaks_is_not_the_subject_of_what_he_reports() -> None:
    text = "流亡教师阿依古丽·吐尔洪的丈夫对本台说，新疆再度开始大抓捕。"
    assert subjects(text, "detained") == []


def test_a_relative_who_learned_of_it_is_not_the_subject() -> None:
    text = (
        "作家叶尔兰·哈米提去年被捕。他的家人从一名消息人士处获悉，"
        "叶尔兰·哈米提的健康状况严重恶化，结果被送进了教育转化中心。"
    )
    assert {"relative_of": "叶尔兰·哈米提", "relation": "family"} not in subjects(text, "detained")


def test_the_owner_of_a_relative_right_after_a_verb_is_not_its_object() -> None:
    text = "教师艾山·吐尔逊去年移居国外。当局威胁艾山·吐尔逊的妻子和孩子，要他们返回中国。"
    assert subjects(text, "threatened") == [
        {"relative_of": "艾山·吐尔逊", "relation": "child"},
        {"relative_of": "艾山·吐尔逊", "relation": "spouse"},
    ]


def test_qi_hou_is_afterwards_not_a_pronoun() -> None:
    text = "哈萨克人努尔兰说，他的父亲阿不都·卡德尔被判刑十年，其后猝死在教育营内。"
    assert subjects(text, "died") == [{"person": "阿不都·卡德尔"}]


def test_one_named_in_a_clause_of_time_is_not_the_one_held() -> None:
    text = "维吾尔妇女阿依古丽·吐尔洪的姐姐因为在父亲去世后祈祷而遭到拘留。"
    assert subjects(text, "detained") == [{"relative_of": "阿依古丽·吐尔洪", "relation": "sister"}]


def test_the_object_of_a_clause_of_time_is_not_the_one_held() -> None:
    text = "阿依古丽·吐尔洪的家人说，她生下孩子后不久就被当局拘留了两周。"
    assert subjects(text, "detained") == [{"person": "阿依古丽·吐尔洪"}]


def test_she_is_the_woman_of_the_sentence_not_a_man_of_unknown_sex_named_after_her() -> None:
    text = "维吾尔妇女阿依古丽·吐尔洪后来与官员卡德尔会面，讨论她姐姐在新疆遭当局监禁的问题。"
    assert subjects(text, "detained") == [{"relative_of": "阿依古丽·吐尔洪", "relation": "sister"}]


def test_they_are_the_people_listed_before_in_the_sentence() -> None:
    text = (
        "新疆的哈萨克人受到监控。留学生古丽娜说，她的父亲艾山·卡德尔和哥哥买买提·艾山"
        "2014年来过土耳其，他们回去之后，护照就被派出所没收了。"
    )
    assert subjects(text, "passport_confiscated") == [
        {"person": "买买提·艾山"},
        {"person": "艾山·卡德尔"},
    ]


def test_what_someone_found_out_is_not_about_the_one_who_found_it() -> None:
    text = "阿訇卡德尔被抓走。他的夫人前去看望，结果发现阿訇竟然被关在笼子里。"
    assert {"relative_of": "卡德尔", "relation": "spouse"} not in subjects(text, "detained")


def test_one_who_finds_his_passport_taken_is_its_owner() -> None:
    text = "商人艾山·卡德尔回国后发现护照被没收了。"
    assert subjects(text, "passport_confiscated") == [{"person": "艾山·卡德尔"}]


def test_qi_in_an_idiom_is_not_a_pronoun() -> None:
    text = "维吾尔青年艾山·卡德尔说，自己的家人莫名其妙被抓走。"
    assert subjects(text, "detained") == [{"relative_of": "艾山·卡德尔", "relation": "family"}]


def test_people_held_in_a_place_in_general_are_no_subject() -> None:
    text = "学者艾山·卡德尔离开了新疆。他很清楚，关在里面的人正在接受所谓培训。"
    assert subjects(text, "detained") == []


def test_a_bare_relation_beside_the_relative_it_named_is_that_relative() -> None:
    text = (
        "哈萨克斯坦公民古丽娜·阿山和丈夫艾山·卡德尔的合照，背景是被关押一年多获释的丈夫获得的证明。"
    )
    assert subjects(text, "released") == [{"person": "艾山·卡德尔"}]


def test_one_upset_about_her_father_being_held_is_not_held() -> None:
    text = "大学生阿依古丽·吐尔洪死前对父亲被拘留感到心烦。"
    assert subjects(text, "detained") == [{"relative_of": "阿依古丽·吐尔洪", "relation": "father"}]


def test_one_who_believes_others_are_held_is_not_held() -> None:
    text = "在澳洲的维吾尔人艾山·卡德尔相信，其余12人被关押在拘留中心。"
    assert named_subjects(text, "detained") == []


def test_those_a_causative_verb_brings_it_upon_are_not_the_named_officials() -> None:
    text = "老人卡德尔写信揭发官员艾山·吐尔逊在各县设立黑监狱，使数千名公民遭到长期非法拘禁。"
    assert named_subjects(text, "detained") == []


def test_a_speaker_with_a_latin_name_in_an_unclosed_bracket_is_still_the_speaker() -> None:
    text = "当地官员艾山·卡德尔(Hasan Kadir 对本台表示，8名被重判的农民年龄最小只有17岁。"
    assert named_subjects(text, "sentenced") == []


def test_women_in_general_at_the_head_of_a_relative_clause_are_no_named_subject() -> None:
    text = "活动人士艾山·卡德尔开始通过演讲，呼吁丈夫在新疆失踪的妇女们挺身作证。"
    assert subjects(text, "disappeared") == []


def test_a_sentence_with_no_subject_of_its_own_carries_on_the_topic_before() -> None:
    # Mainland style: the later sentences leave their subject unsaid.
    text = "古丽娜尔·艾山是一名教师。2019年3月，被警方带走。次年一审被判处5年，目前在伊宁监狱服刑。"
    assert named_subjects(text, "detained") == [{"person": "古丽娜尔·艾山"}]
    assert named_subjects(text, "sentenced") == [{"person": "古丽娜尔·艾山"}]


def test_a_relative_as_topic_carries_on_in_traditional_script() -> None:
    # Taiwanese style, Traditional characters.
    text = "古麗娜爾·艾山的丈夫去年被捕。今年一審被判處5年，目前在監獄服刑。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "古丽娜尔·艾山", "relation": "spouse"}
    ]


def test_a_sentence_with_a_subject_of_its_own_does_not_take_the_topic_before() -> None:
    text = "努尔兰·别克是一名商人。有人被单独关押。关押中心的生活很苦。"
    assert named_subjects(text, "detained") == []


def test_a_new_paragraph_does_not_carry_the_topic_on() -> None:
    text = "努尔兰·别克是一名商人。\n后来被警方带走。"
    assert named_subjects(text, "detained") == []


def test_a_fronted_clause_of_time_takes_the_subject_of_its_main_clause() -> None:
    # Hong Kong style, Traditional characters.
    text = "在2018年被捕之前，艾爾肯·吐爾遜是喀什一名醫生。"
    assert named_subjects(text, "detained") == [{"person": "艾尔肯·吐尔逊"}]


def test_they_are_the_persons_listed_in_the_sentence_before_not_an_earlier_group() -> None:
    # Hong Kong style, Traditional characters.
    text = (
        "邊境傳來消息，五名新疆難民獲救。艾力·買買提、努爾蘭·別克和古麗·艾山這三人曾在新疆務農。"
        "他們逃到鄰國後被警方拘留。"
    )
    assert named_subjects(text, "detained") == [
        {"person": "努尔兰·别克"},
        {"person": "古丽·艾山"},
        {"person": "艾力·买买提"},
    ]


def test_they_do_not_reach_back_into_another_paragraph() -> None:
    text = "艾力·买买提和努尔兰·别克曾在新疆务农。\n五名新疆难民获救。他们后来被警方拘留。"
    assert named_subjects(text, "detained") == []


def test_a_person_inside_a_clause_of_reason_is_not_the_one_sentenced() -> None:
    text = "古丽娜尔·艾山说，她的母亲因为曾去土耳其探望儿子，多年后被判刑5年。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "古丽娜尔·艾山", "relation": "mother"}
    ]
    # A trigger inside the clause of reason still befalls the one named there.
    text = "古丽娜尔·艾山因为儿子被捕而无法入睡。"
    assert named_subjects(text, "detained") == [{"relative_of": "古丽娜尔·艾山", "relation": "son"}]


def test_this_family_is_the_persons_just_named() -> None:
    # Taiwanese style, Traditional characters.
    text = "艾力·買買提與妻子阿依古麗、兒子努爾蘭在悉尼團聚。經過談判，這家人獲准離開中國。"
    assert named_subjects(text, "passport_returned") == [
        {"person": "努尔兰"},
        {"person": "艾力·买买提"},
        {"person": "阿依古丽"},
    ]
    text = "古丽·艾山和丈夫努尔兰·别克去年回到伊宁。这一家人随后被警方带走。"
    assert named_subjects(text, "detained") == [
        {"person": "努尔兰·别克"},
        {"person": "古丽·艾山"},
    ]


def test_a_relative_clause_befalls_the_person_its_description_names() -> None:
    text = "此外，因行医而被判入狱的维吾尔医生艾尔肯·吐尔逊已经出狱。"
    assert named_subjects(text, "sentenced") == [{"person": "艾尔肯·吐尔逊"}]
    text = "被拘留的哈萨克族学者努尔兰·别克仍下落不明。"
    assert named_subjects(text, "detained") == [{"person": "努尔兰·别克"}]


def test_a_court_sentencing_with_no_object_sentences_the_topic_before() -> None:
    text = "艾尔肯·吐尔逊曾任大学校长，当年底被逮捕。2018年，乌鲁木齐法院以“分裂国家罪”判处死缓。"
    assert named_subjects(text, "sentenced") == [{"person": "艾尔肯·吐尔逊"}]


def test_a_person_described_again_is_the_last_named_person_of_that_sex() -> None:
    text = (
        "哈萨克族牧民努尔兰·别克的父亲艾山·别克在当地做生意多年。"
        "身体虚弱的老人于2018年5月被关进再教育营，2019年底放出来。"
    )
    assert named_subjects(text, "detained") == [{"person": "艾山·别克"}]
    assert named_subjects(text, "released") == [{"person": "艾山·别克"}]
    # Taiwanese style, Traditional characters: 該男子 skips the woman named after him.
    text = "記者採訪了艾爾肯·吐爾遜和他的鄰居古麗·艾山女士。該男子去年被判刑。"
    assert named_subjects(text, "sentenced") == [{"person": "艾尔肯·吐尔逊"}]


def test_an_unnamed_person_introduced_with_one_is_not_the_person_named_before() -> None:
    text = "记者采访了艾尔肯·吐尔逊。一名妇女去年被判刑。"
    assert named_subjects(text, "sentenced") == []


def test_a_speaker_with_an_adverb_before_the_speech_verb_is_not_the_subject() -> None:
    text = "努尔兰·别克又说，当地的清真寺伊玛目都被关入监狱。"
    assert named_subjects(text, "detained") == []
    # Hong Kong style, Traditional characters.
    text = "艾爾肯·吐爾遜則表示，村裡的阿訇都被關押。"
    assert named_subjects(text, "detained") == []


def test_a_person_said_to_be_one_of_a_group_shares_its_event() -> None:
    # Taiwanese style, Traditional characters.
    text = "據報道，近百萬名維吾爾人被送進再教育營，阿依古麗·艾山就是其中之一。"
    assert named_subjects(text, "detained") == [{"person": "阿依古丽·艾山"}]
    text = "近百万名维吾尔人被关押，艾尔肯·吐尔逊也是其中一人。"
    assert named_subjects(text, "detained") == [{"person": "艾尔肯·吐尔逊"}]


def test_i_in_a_quotation_is_the_speaker_it_is_attributed_to_after_it() -> None:
    # Taiwanese style, Traditional characters: the speaker is named after the quotation.
    text = "記者採訪了古麗·艾山和努爾蘭·別克。「我哥哥2018年被抓走了。」古麗·艾山說。"
    assert named_subjects(text, "detained") == [{"relative_of": "古丽·艾山", "relation": "brother"}]
    # Attributed before the quotation, the next speaker after it does not take it over.
    text = "古丽·艾山还说，“我的丈夫被判了十年。”努尔兰·别克则说，他很难过。"
    assert named_subjects(text, "sentenced") == [{"relative_of": "古丽·艾山", "relation": "spouse"}]


def test_an_evidential_opening_leaves_the_subject_unsaid() -> None:
    text = "艾尔肯·吐尔逊是一名记者。据悉，已被当局拘留。"
    assert named_subjects(text, "detained") == [{"person": "艾尔肯·吐尔逊"}]


def test_a_fronted_clause_of_time_without_a_preposition_takes_the_main_subject() -> None:
    text = "古丽·艾山向记者讲述了她的经历。随后警方拒绝回应。2018年被捕后，她被关进再教育营。"
    assert named_subjects(text, "detained") == [{"person": "古丽·艾山"}]


@pytest.mark.parametrize(
    "text",
    [
        "自2017年被带走后，诗人阿迪力·买买提便杳无音讯。",
        "被捕後，維吾爾族商人阿迪力·買買提下落不明。",
    ],
)
def test_a_fronted_clause_of_time_takes_a_main_subject_named_after_a_role(text: str) -> None:
    # Fictional: a role (诗人, 维吾尔族商人) opens the main clause before the name.
    assert named_subjects(text, "detained") == [{"person": "阿迪力·买买提"}]


def test_unsaid_subjects_in_taiwanese_and_hong_kong_styles() -> None:
    text = "古麗·艾山去年返鄉探親。不料，一抵達烏魯木齊便遭警方拘留。"
    assert named_subjects(text, "detained") == [{"person": "古丽·艾山"}]
    text = "努尔兰·别克在伊宁经商多年。2017年底，因手机里存有宗教内容遭到拘押，次年被判刑7年。"
    assert named_subjects(text, "sentenced") == [{"person": "努尔兰·别克"}]
    # An indefinite subject of its own is not the topic before.
    assert named_subjects("古丽·艾山是一名教师。一名男子去年被捕。", "detained") == []


def test_a_clause_with_no_subject_carries_on_the_one_an_earlier_clause_befell() -> None:
    text = "警方2018年逮捕了努尔兰·别克，后判刑10年，2020年才释放。"
    assert named_subjects(text, "sentenced") == [{"person": "努尔兰·别克"}]
    assert named_subjects(text, "released") == [{"person": "努尔兰·别克"}]


def test_they_are_relatives_counted_before_them() -> None:
    text = "伊宁警方拘押了艾尔肯·吐尔逊的两个哥哥，随后判处他们15年徒刑。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "艾尔肯·吐尔逊", "relation": "brother", "count": 2}
    ]


def test_a_relative_named_by_a_verb_of_naming_is_that_person() -> None:
    text = "艾尔肯·吐尔逊的妻子名叫古丽·艾山。去年，他的妻子被警方带走。"
    assert named_subjects(text, "detained") == [{"person": "古丽·艾山"}]
    # Hong Kong style, Traditional characters: a bare relation word in the next sentence.
    text = "艾爾肯·吐爾遜的哥哥是努爾蘭·別克。哥哥2019年遭當局拘押。"
    assert named_subjects(text, "detained") == [{"person": "努尔兰·别克"}]


def test_a_person_joined_to_his_own_counted_relatives_shares_their_event() -> None:
    # Taiwanese style, Traditional characters.
    text = "艾爾肯·吐爾遜和他的兩個兒子，都在2018年被送進「再教育營」。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "艾尔肯·吐尔逊", "relation": "son", "count": 2},
        {"person": "艾尔肯·吐尔逊"},
    ]
    # A topic taken up again by 他的 owns the relatives; it is not one of them.
    text = "艾尔肯·吐尔逊，他的两个哥哥都是商人，2017年分别被判刑15及25年。"
    assert {"person": "艾尔肯·吐尔逊"} not in named_subjects(text, "sentenced")


def test_a_relative_clause_before_a_person_and_a_relation_befalls_the_relative() -> None:
    assert named_subjects("被判刑的还有艾尔肯·吐尔逊的弟弟。", "sentenced") == [
        {"relative_of": "艾尔肯·吐尔逊", "relation": "brother"}
    ]
    # After a description, the clause is about the person described.
    text = "被捕的維吾爾學者艾爾肯·吐爾遜的兩個兒子也遭拘押。"
    assert {"person": "艾尔肯·吐尔逊"} in named_subjects(text, "detained")


@pytest.mark.parametrize(
    ("word", "relation"),
    [
        ("家姐", "sister"),
        ("姊妹", "sister"),
        ("二弟", "brother"),
        ("二女儿", "daughter"),
        ("亲家", "relative"),
    ],
)
def test_kin_words_of_other_regions_and_birth_order_are_relations(word: str, relation: str) -> None:
    text = f"哈萨克人阿曼·别克说，她的{word}去年被捕。"
    assert named_subjects(text, "detained") == [{"relative_of": "阿曼·别克", "relation": relation}]


def test_a_little_brother_named_after_the_word_is_that_person() -> None:
    text = "维吾尔人阿曼·艾山说，他的小弟弟艾力·艾山去年被判刑。"
    assert named_subjects(text, "sentenced") == [{"person": "艾力·艾山"}]


def test_a_kin_word_said_by_a_named_persons_son_is_that_person() -> None:
    text = "维吾尔人阿曼·托乎提的儿子告诉记者，父亲上个月获释。"
    assert named_subjects(text, "released") == [{"person": "阿曼·托乎提"}]


def test_her_mother_after_a_named_womans_daughter_is_that_woman() -> None:
    text = "哈萨克人古丽苏木·别克的女儿昨天召开记者会，呼吁当局释放她的母亲。"
    assert named_subjects(text, "detained") == [{"person": "古丽苏木·别克"}]
    assert named_subjects(text, "protested") == [
        {"relative_of": "古丽苏木·别克", "relation": "daughter"}
    ]


def test_his_sisters_after_his_brothers_are_still_his() -> None:
    text = "商人叶尔兰·努尔，他的哥哥被判刑，他的姐姐至今下落不明。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "叶尔兰·努尔", "relation": "sister"}
    ]


def test_a_relative_opening_the_next_phrase_of_a_headline_is_its_subject() -> None:
    text = "维吾尔教师艾山·努尔被判刑 妻子向联合国请愿"
    assert named_subjects(text, "protested") == [{"relative_of": "艾山·努尔", "relation": "spouse"}]


def test_a_headline_phrase_opening_with_a_count_in_digits_has_its_own_subject() -> None:
    text = "哈萨克人巴图尔·卡斯木住在阿拉木图。\n2个女儿被带走 12名孙子下落不明\n他很担心。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "巴图尔·卡斯木", "relation": "relative", "count": 12}
    ]


def test_many_of_them_are_part_of_the_group_named_before() -> None:
    text = "据统计，伊犁有数百名哈萨克族牧民遭到拘押，其中许多人下落不明。"
    assert subjects(text, "disappeared") == [
        {"group": {"ethnicity": "kazakh", "place": "CN-654000"}}
    ]


def test_a_count_after_a_list_of_names_is_not_part_of_the_last_name() -> None:
    text = "被带走的还有艾山·努尔、古丽·别克和叶尔兰·托合提三人。"
    assert {"person": "叶尔兰·托合提"} in named_subjects(text, "detained")


def test_a_short_name_after_among_them_is_the_one_named_in_full() -> None:
    text = "阿曼·卡德尔和他的两个弟弟都被捕，其中阿曼被判处十年徒刑。"
    assert named_subjects(text, "sentenced") == [{"person": "阿曼·卡德尔"}]


def test_he_after_a_woman_speaks_of_her_husband_is_the_husband() -> None:
    text = "我叫阿依夏·托乎提。我的丈夫去年被带走了。后来听说他被判了十年。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "阿依夏·托乎提", "relation": "spouse"}
    ]


def test_people_counted_under_a_quoted_official_word_are_a_group() -> None:
    text = "当地官员证实，伊宁县一批“学员”近日已经获释回家。"
    assert subjects(text, "released") == [{"group": {"ethnicity": None, "place": "CN-654021"}}]


def test_he_in_an_answer_of_an_interview_is_not_the_one_answering() -> None:
    text = "记者：您的哥哥现在在哪里？\n艾山·努尔：不知道。他2018年被带走了。"
    assert {"person": "艾山·努尔"} not in named_subjects(text, "detained")


def test_a_relative_owned_by_a_pronoun_who_speaks_sees_the_bare_kin_word_from_her_side() -> None:
    text = "牧民艾力·托汗在2018年被捕。他的妹妹说，哥哥至今下落不明。"
    assert subjects(text, "disappeared") == [{"person": "艾力·托汗"}]


def test_a_pronoun_of_the_other_sex_than_the_named_man_is_his_daughter_seeing_him() -> None:
    text = "学者吐尔洪·艾山失踪后，其妻子多次查询。他的女儿呼吁当局释放她的父亲。"
    assert subjects(text, "protested") == [{"relative_of": "吐尔洪·艾山", "relation": "daughter"}]
    assert {"person": "吐尔洪·艾山"} in subjects(text, "detained")


def test_a_relative_of_a_named_relative_is_that_persons_relative() -> None:
    text = "维吾尔人古丽·艾山说，她的哥哥艾力·艾山被判刑。她再也联系不上哥哥的妻子。"
    assert subjects(text, "contact_lost") == [{"relative_of": "艾力·艾山", "relation": "spouse"}]


def test_a_relative_of_an_unnamed_relative_is_a_further_relative_of_the_owner() -> None:
    text = "哈萨克族妇女古丽·托汗说，丈夫的弟弟也被抓了。"
    assert subjects(text, "detained") == [{"relative_of": "古丽·托汗", "relation": "relative"}]


def test_later_after_a_relative_is_no_clause_of_time() -> None:
    text = "哈萨克族妇女古丽·托汗说，她的弟弟后来也被抓了。"
    assert subjects(text, "detained") == [{"relative_of": "古丽·托汗", "relation": "brother"}]


def test_a_relative_said_in_the_next_sentence_to_be_among_a_group_shares_its_event() -> None:
    text = "伊犁地区数百名哈萨克人去年被关押。牧民努尔兰·艾力说，他的叔叔是其中之一。"
    assert {"relative_of": "努尔兰·艾力", "relation": "relative"} in subjects(text, "detained")
    text = "伊犁地区数百名哈萨克人去年被关押。牧民古丽·艾力说，她的父亲也在其中。"
    assert {"relative_of": "古丽·艾力", "relation": "father"} in subjects(text, "detained")


def test_one_of_a_group_named_after_it_shares_its_event() -> None:
    text = "多名在德国的维吾尔人昨日集会。其中一人艾力·托合提说，他的妹妹失联了。"
    assert {"person": "艾力·托合提"} in subjects(text, "protested")


def test_relatives_of_a_named_person_included_in_a_group_share_its_event() -> None:
    text = "阿克苏地区多名维吾尔族商人被拘押，其中包括居民艾力·托合提的两名堂兄。"
    assert subjects(text, "detained") == [
        {"relative_of": "艾力·托合提", "relation": "cousin", "count": 2},
        {"group": {"ethnicity": "uyghur", "place": "CN-652900"}},
    ]


def test_losing_contact_with_a_relative_named_before_is_losing_contact_with_that_person() -> None:
    text = "我叫阿依古丽·哈力别克。我的妹妹古丽扎达被抓了。妹妹的孩子由我照顾，我联系不上妹妹。"
    assert subjects(text, "contact_lost") == [{"person": "古丽扎达"}]


def test_a_bare_relation_in_a_clause_told_by_the_speaker_is_the_speakers() -> None:
    text = "我是哈萨克斯坦公民卡丽玛·沙肯。我的父亲沙肯·托合提被抓。我从去年起就联系不上母亲。"
    assert subjects(text, "contact_lost") == [{"relative_of": "卡丽玛·沙肯", "relation": "mother"}]


def test_a_person_inside_a_clause_of_purpose_is_not_the_one_held() -> None:
    text = "维吾尔人古丽·艾山说：「我的母亲为了他四处奔走，结果也被关进了看守所。」"
    assert subjects(text, "detained") == [{"relative_of": "古丽·艾山", "relation": "mother"}]


def test_a_person_described_again_owns_a_relative_as_a_pronoun_would() -> None:
    text = "哈萨克族诗人阿肯·萨吾提被判刑。消息人士指，该男子的妻子也被拘留。"
    assert subjects(text, "detained") == [{"relative_of": "阿肯·萨吾提", "relation": "spouse"}]


def test_the_other_parent_of_a_named_parents_child_is_the_spouse_the_text_gave_him() -> None:
    text = "教师哈力木·加帕尔及其妻子被带走。他的女儿阿丽娅说，父亲已被判刑，母亲至今下落不明。"
    assert subjects(text, "disappeared") == [{"relative_of": "哈力木·加帕尔", "relation": "spouse"}]


def test_an_event_after_a_clause_of_time_holding_one_of_its_type_is_another_event() -> None:
    text = "哈萨克族诗人阿肯·萨吾提被判刑。该男子的妻子在他被捕后也被拘留。"
    assert subjects(text, "detained") == [
        {"person": "阿肯·萨吾提"},
        {"relative_of": "阿肯·萨吾提", "relation": "spouse"},
    ]


def test_in_a_sentence_told_as_i_she_is_not_the_speaker() -> None:
    text = "我叫阿依古丽·哈力别克。我的妹妹古丽扎达在塔城被抓，她的丈夫也被带走了。"
    assert {"relative_of": "古丽扎达", "relation": "spouse"} in subjects(text, "detained")


def test_the_youngest_brother_is_a_brother() -> None:
    text = "商人阿里木·沙比尔说，他的两个弟弟被关进拘留营。其中小弟在营中死亡。"
    assert subjects(text, "died") == [{"relative_of": "阿里木·沙比尔", "relation": "brother"}]


def test_parents_in_law_are_relatives_and_name_no_one() -> None:
    text = "工程师艾孜买提·阿不力米提说，他的父母和岳父母都在2018年被送进集中营。"
    found = extract_report(text, MONDAY)
    assert [p.name for p in found.persons] == ["艾孜买提·阿不力米提"]
    assert subjects(text, "detained") == [
        {"relative_of": "艾孜买提·阿不力米提", "relation": "parent"},
        {"relative_of": "艾孜买提·阿不力米提", "relation": "relative"},
    ]


def test_a_brother_who_speaks_sees_his_brother_in_the_bare_word() -> None:
    text = "哈萨克族人阿依木拉提·塔斯坦被判刑七年。其兄长对记者说，弟弟被捕前曾遭警方恐吓。"
    assert subjects(text, "threatened") == [{"person": "阿依木拉提·塔斯坦"}]


def test_a_bare_relation_takes_the_owner_of_the_relative_named_before_it() -> None:
    text = "一名哈萨克族女子说，她的哥哥被警方拘留，嫂子随后也被带走。这名女子名叫阿依达·努尔兰。"
    assert subjects(text, "detained") == [
        {"relative_of": "阿依达·努尔兰", "relation": "brother"},
        {"relative_of": "阿依达·努尔兰", "relation": "relative"},
    ]


def test_people_a_person_has_who_are_no_kin_take_their_events_from_no_one() -> None:
    text = "维吾尔族企业家阿里甫·吐尔地被判处无期徒刑，他的两名助手分别被判十八年和十五年。"
    assert subjects(text, "sentenced") == [{"person": "阿里甫·吐尔地"}]


def test_a_pronoun_before_any_name_is_not_a_relative_named_later() -> None:
    text = "一名维吾尔族学生说，他已三年无法与家人联系。他的表姐古丽·托合提2019年被判刑九年。"
    assert subjects(text, "contact_lost") == []
    assert subjects(text, "sentenced") == [{"person": "古丽·托合提"}]


def test_a_daughters_uncle_is_her_fathers_brother() -> None:
    text = "哈萨克族教师叶尔兰·别克被捕。据他的女儿说，父亲已被判刑，叔叔至今下落不明。"
    assert subjects(text, "disappeared") == [{"relative_of": "叶尔兰·别克", "relation": "brother"}]


def test_a_wifes_parents_in_law_are_her_husbands_parents() -> None:
    text = "维吾尔族商人吐尔洪·阿不都被判刑。吐尔洪的妻子说，丈夫被捕后，公婆的护照也被收走。"
    assert subjects(text, "passport_confiscated") == [
        {"relative_of": "吐尔洪·阿不都", "relation": "parent"}
    ]


def test_the_object_of_a_protest_is_the_subject_of_the_passive_after_it() -> None:
    text = "维吾尔人阿依古丽·托合提在使馆前抗议其哥哥遭关押。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "阿依古丽·托合提", "relation": "brother"}
    ]


def test_a_relative_clause_may_say_how_long_before_the_person() -> None:
    text = "被关押近三年的哈萨克族教师叶尔兰·别克上月获释。"
    assert named_subjects(text, "detained") == [{"person": "叶尔兰·别克"}]


def test_relatives_listed_by_apposition_with_no_owner_are_of_the_same_person() -> None:
    # 姐姐X和哥哥Y: the brother is the speaker's, not the sister's.
    text = (
        "住在荷兰的维吾尔人古丽娜尔说，她的姐姐和哥哥2018年被捕。"
        "姐姐阿依古丽·吐尔洪和哥哥艾山·吐尔洪现在都在喀什的监狱里。"
    )
    assert named_subjects(text, "detained") == [
        {"person": "艾山·吐尔洪"},
        {"person": "阿依古丽·吐尔洪"},
    ]


def test_the_one_visited_is_not_the_one_taken() -> None:
    text = (
        "旅居哈萨克斯坦的加娜尔·别克说，她的丈夫叶森·阿曼2018年回新疆探望女儿，却在伊宁被警方带走。"
    )
    assert named_subjects(text, "detained") == [{"person": "叶森·阿曼"}]


def test_those_listed_with_the_one_visited_are_visited_too() -> None:
    text = "去年，艾山·吐尔洪准备去土耳其看望古丽娜尔·艾山和她的弟弟，却在喀什被带走。"
    assert named_subjects(text, "detained") == [{"person": "艾山·吐尔洪"}]


def test_a_relative_in_an_aside_in_brackets_is_not_the_subject() -> None:
    text = "艾克拜尔·马木提住在挪威。艾克拜尔·马木提的父母（右二，旁为他的女儿）2018年被关押。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "艾克拜尔·马木提", "relation": "parent"}
    ]


def test_a_name_in_brackets_after_a_relation_is_that_relative() -> None:
    text = "艾山·吐尔洪说，然后我姐姐(古丽·吐尔洪,1983年出生)也被他们带走了。"
    assert named_subjects(text, "detained") == [{"person": "古丽·吐尔洪"}]


def test_peoples_listed_before_others_mostly_muslim_are_each_a_group() -> None:
    text = "据估计，当局已在新疆把数十万哈萨克人、维吾尔人和其他主要为穆斯林的少数民族送进营地。"
    found = extract_report(text, MONDAY).events
    assert sorted(event.subject["group"]["ethnicity"] for event in found) == ["kazakh", "uyghur"]


def test_shichang_often_opens_no_clause_of_time() -> None:
    # 时 closes a clause of time (回国时), 时常 is "often".
    text = "努尔兰说：「那些哈萨克人时常遭到警察威吓。」"
    assert subjects(text, "threatened") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_quoted_first_person_after_he_said_is_the_relative_just_spoken_of() -> None:
    text = "叶尔兰·赛力克的父亲在阿拉木图的集会上发言。他说：「我呼吁各国政府关注我们一家。」"
    assert named_subjects(text, "protested") == [
        {"relative_of": "叶尔兰·赛力克", "relation": "father"}
    ]


def test_a_bare_relative_in_a_lead_before_any_name_is_of_the_one_named_next() -> None:
    text = (
        "一位在德国教书的哈萨克人说，她后来才得知哥哥已被判处七年徒刑。\n"
        "古丽娜尔·艾山是一名教师。她说，她与哥哥艾山·吐尔洪2018年失去联系。"
    )
    assert named_subjects(text, "sentenced") == [{"person": "艾山·吐尔洪"}]


def test_they_after_a_persons_relatives_in_one_word_are_those_relatives() -> None:
    text = "许多维吾尔人被关进再教育营。艾山·吐尔洪在新疆的亲戚很害怕和他通话，于是他们便断了联系。"
    assert subjects(text, "contact_lost") == [
        {"relative_of": "艾山·吐尔洪", "relation": "relative"}
    ]


def test_parents_are_the_named_father_and_the_mother() -> None:
    text = "古丽娜尔·艾山住在美国。她的父亲叫做艾山·吐尔洪。派出所收走了她父母的护照。"
    assert subjects(text, "passport_confiscated") == [
        {"person": "艾山·吐尔洪"},
        {"relative_of": "古丽娜尔·艾山", "relation": "mother"},
    ]


def test_a_group_losing_contact_with_its_own_relatives_is_the_subject() -> None:
    text = "古丽娜尔·艾山说：“后来我得知，伊犁的哈萨克人都与国外的亲人失去了联系。”"
    assert subjects(text, "contact_lost") == [
        {"group": {"ethnicity": "kazakh", "place": "CN-654000"}}
    ]


def test_a_kin_word_joined_to_a_named_relative_shares_its_owner() -> None:
    # 哥哥 after 姐姐古丽娜·买买提和 is 阿依古丽's brother, named: the earlier bare 哥哥 is him.
    text = (
        "维吾尔人阿依古丽得知她的姐姐和哥哥都被判刑。"
        "当收到姐姐古丽娜·买买提和哥哥艾山·买买提入狱的消息时，阿依古丽在土耳其。"
    )
    assert named_subjects(text, "sentenced") == [
        {"person": "古丽娜·买买提"},
        {"person": "艾山·买买提"},
    ]


def test_a_group_said_to_live_abroad_has_that_country_as_its_place() -> None:
    text = "定居哈萨克斯坦的几位新疆哈萨克人本周六在阿拉木图举行集会抗议。"
    assert subjects(text, "protested") == [{"group": {"ethnicity": "kazakh", "place": "KZ"}}]


def test_a_kin_word_of_another_generation_joined_to_a_named_relative_keeps_its_owner_open() -> None:
    # 儿子 after 父亲艾山·托合提和 may be the father's son: the rule of one owner is for one
    # generation only, so 他的爸爸 below stays the father, not the speaker.
    text = (
        "哈萨克人叶尔兰·努尔说，他的父亲艾山·托合提和儿子别克·艾山去年被捕。"
        "别克·艾山见到父亲时，他的爸爸突然去世了。"
    )
    assert {"person": "叶尔兰·努尔"} not in named_subjects(text, "died")


def test_family_after_many_people_of_a_group_is_that_groups_family() -> None:
    text = "学者王立明说，不少在外的哈萨克人与家人失去联系已有多年。"
    assert subjects(text, "contact_lost") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_relatives_abroad_of_those_people_are_that_groups() -> None:
    # Not the speaker's relatives: 那些 makes the people a group, as 不少 does.
    text = "牧民叶森·卡德尔说，那些维吾尔人在国外的亲属都联系不上他们。"
    assert subjects(text, "contact_lost") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_parents_named_as_a_pair_are_the_father_and_the_mother() -> None:
    text = (
        "阿丽娅说，她的父亲被拘留在新疆。阿丽娅的父母叶尔兰·别克和古丽娜尔·托合提，两人是"
        "哈萨克公民。2017年3月，警察没收了他们的护照。"
    )
    assert subjects(text, "detained") == [{"person": "叶尔兰·别克"}]
    assert subjects(text, "passport_confiscated") == [
        {"person": "古丽娜尔·托合提"},
        {"person": "叶尔兰·别克"},
    ]


def test_a_pronoun_does_not_own_a_relative_across_a_narrow_comma() -> None:
    text = "我们发现,越来越多人的家人开始消失。前县长叶尔兰·别克2018年8月被捕。"
    assert named_subjects(text, "disappeared") == []


def test_they_opening_a_paragraph_are_those_joined_at_the_end_of_the_one_before() -> None:
    text = (
        "阿丽娅的父母叶尔兰·别克和古丽娜尔·托合提移居哈萨克后，每年都会回中国探亲。\n"
        "然而2017年3月，当地警察在他们入境后没收了他们的护照。"
    )
    assert subjects(text, "passport_confiscated") == [
        {"person": "古丽娜尔·托合提"},
        {"person": "叶尔兰·别克"},
    ]


def test_these_people_after_a_people_listed_with_others_are_that_people() -> None:
    text = "当局拘押了近一百万维吾尔族和其他突厥裔穆斯林。当局未经审判就把这些人关进培训中心。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_an_age_before_the_next_coordinated_name_keeps_the_list() -> None:
    # Fictional people: each name carries its own age.
    found = subjects("30岁的艾山·托乎提和25岁的阿里木·托乎提去年失踪。", "disappeared")
    assert {"person": "艾山·托乎提"} in found
    assert {"person": "阿里木·托乎提"} in found


@pytest.mark.parametrize(
    "text",
    [
        "因写诗被判“煽动分裂”的诗人阿不都拉·沙木。",
        "因写诗被判煽动分裂罪的诗人阿不都拉·沙木。",
    ],
)
def test_a_relative_clause_naming_a_charge_befalls_its_head(text: str) -> None:
    # Fictional: a poet convicted of a named charge, described before his name.
    assert named_subjects(text, "sentenced") == [{"person": "阿不都拉·沙木"}]


def test_a_people_heading_a_relative_clause_is_no_one_named_before() -> None:
    # 被关押的哈萨克母亲 are mothers of that people (a group), not the late mother before.
    text = (
        "我想祝哥哥艾克拜尔节日快乐，他正被关押。我也想起已故的母亲，也想起仍被关押的哈萨克母亲。"
    )
    found = subjects(text, "detained")
    assert {"relative_of": "艾克拜尔", "relation": "mother"} not in found
    assert {"group": {"ethnicity": "kazakh", "place": None}} in found


def test_a_title_after_a_latin_form_in_brackets_shows_the_persons_sex() -> None:
    # 帕提古(Pati)女士 is a woman, so the next 他 is the man named before her.
    text = "学者艾山·托乎提先生说，诗人帕提古(Pati)女士曾被关押。他的妻子也被捕了。"
    assert {"relative_of": "艾山·托乎提", "relation": "spouse"} in subjects(text, "detained")


def test_a_pronoun_after_another_unnamed_person_is_not_the_one_named_before() -> None:
    text = (
        "学者艾山·托乎提先生说，他的母亲去世了。"
        "另一位住在德国的维吾尔商人说，他的妻子仍然下落不明。"
    )
    assert named_subjects(text, "disappeared") == []


def test_someones_relative_is_no_group_named_before() -> None:
    text = "我的邻居多是经商的维吾尔人、哈萨克人，他们常说谁的表哥失踪了，谁家的儿子被带走了。"
    assert subjects(text, "disappeared") == [] and subjects(text, "detained") == []


def test_his_after_my_brother_named_is_that_brother() -> None:
    # 我哥哥艾克拜尔和他的妻子: the speaker is not the brother, so 他 is the brother.
    text = "我常想起侄子阿布都。我哥哥艾克拜尔和他的妻子于2018年被判刑。"
    assert {"relative_of": "艾克拜尔", "relation": "spouse"} in subjects(text, "sentenced")


def test_a_relative_owned_by_us_in_a_list_keeps_the_list_together() -> None:
    text = "据说我哥哥艾克拜尔、他的儿子、我们的姑姑在2018年先后被判刑。"
    found = subjects(text, "sentenced")
    assert {"person": "艾克拜尔"} in found
    assert {"relative_of": "艾克拜尔", "relation": "son"} in found


def test_other_relatives_are_not_the_relative_named_before() -> None:
    text = "我很想念叔叔阿布都。后来我哥哥艾克拜尔与其他亲属在2018年都被判了刑。"
    assert {"person": "阿布都"} not in subjects(text, "sentenced")


def test_a_people_and_profession_heading_a_relative_clause_is_one_person_not_a_group() -> None:
    assert subjects("据报道，一名失踪的维吾尔诗人近日被判刑。", "disappeared") == []


def test_a_term_after_a_list_stop_with_its_verb_left_out_is_the_next_persons() -> None:
    # Fictional: one verb, two terms; the second person's conjunct has no 判处 of its own.
    found = extract_report(
        "阿依古丽·托合提去年被以分裂罪判处有期徒刑12年、阿不都·热合曼有期徒刑4年。", MONDAY
    ).events
    assert sorted((str(event.subject), event.years) for event in found) == [
        ("{'person': '阿不都·热合曼'}", 4),
        ("{'person': '阿依古丽·托合提'}", 12),
    ]


def test_a_verdict_owned_by_the_judge_is_no_event_of_the_person_before() -> None:
    text = "艾山·托乎提的母亲去了法院。她没有拿到判决书，听到的是法官的宣判。"
    assert subjects(text, "sentenced") == []


def test_a_role_between_a_connector_and_a_name_keeps_the_coordination() -> None:
    # Fictional: the second person is described by the journal she edits.
    text = "2015年3月，诗人艾山·托合提和《天山文学》编辑古丽·阿不都在乌鲁木齐被捕。"
    assert subjects(text, "detained") == [{"person": "古丽·阿不都"}, {"person": "艾山·托合提"}]


def test_a_relative_named_in_apposition_after_a_role_is_that_person() -> None:
    # Fictional: each relation word is followed by a role and the relative's name.
    text = (
        "据古丽娜·艾山说，她的舅舅、退休医生艾山·托合提和她的表姐、小学教师阿娜尔·托合提"
        "2018年被关押。"
    )
    assert subjects(text, "detained") == [{"person": "艾山·托合提"}, {"person": "阿娜尔·托合提"}]


def test_items_of_a_list_after_a_trigger_each_have_their_own_subject() -> None:
    # Fictional lead: each item of the 、 list names its own relative.
    text = "哈萨克人古丽·别克说，儿子被关、孙子失踪、老伴病逝。"
    assert subjects(text, "died") == [{"relative_of": "古丽·别克", "relation": "spouse"}]
    assert subjects(text, "disappeared") == [{"relative_of": "古丽·别克", "relation": "relative"}]


def test_a_role_before_a_kin_word_describes_the_relative_and_owns_no_one() -> None:
    text = "哈萨克人古丽·别克说，任职教师的大儿子去年被关进营中。"
    assert subjects(text, "detained") == [{"relative_of": "古丽·别克", "relation": "son"}]


def test_one_who_describes_what_befell_others_is_not_its_subject() -> None:
    text = "维吾尔妇女古丽·别克形容，那条街上的邻居都人间蒸发了。"
    assert named_subjects(text, "disappeared") == []


@pytest.mark.parametrize(("kin", "relation"), [("大伯", "relative"), ("堂兄妹", "cousin")])
def test_uncles_and_cousins_of_both_sexes_are_kin(kin: str, relation: str) -> None:
    text = f"维吾尔人古丽·别克说，她的{kin}去年被带走。"
    assert subjects(text, "detained") == [{"relative_of": "古丽·别克", "relation": relation}]


def test_a_bare_kin_word_after_a_speakers_sentence_is_the_speakers_relative() -> None:
    # Made up: the daughter is named inside what the mother tells; the son is the mother's.
    text = (
        "哈萨克妇女古丽·别克表示，除了女儿阿依娜·努尔以外，家人都已移居国外。"
        "2019年，二儿子被关进营中。"
    )
    assert subjects(text, "detained") == [{"relative_of": "古丽·别克", "relation": "son"}]


def test_subheadings_do_not_push_the_person_out_of_reach_of_a_bare_kin_word() -> None:
    # Made up: a feature with two subheadings before the paragraph that tells of the sons.
    text = (
        "哈萨克妇女古丽·别克说，她上次见到孩子们是在2016年。\n"
        "两个儿子下落不明\n"
        "孙子们无人照顾\n"
        "她后来得知，两个儿子已被带走。"
    )
    assert {"relative_of": "古丽·别克", "relation": "son", "count": 2} in subjects(text, "detained")


def test_the_reflexive_after_a_group_is_that_group_not_the_last_named_person() -> None:
    text = "发言人王建华说：「这是谣言。」但不少逃出的哈萨克人，都讲述了自己被关押的经过。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_people_after_is_describes_the_person_the_clause_opened_with() -> None:
    text = "萨拉·托合提是持土耳其护照的维吾尔族人，去年才从拘留所获释。"
    assert subjects(text, "released") == [{"person": "萨拉·托合提"}]


def test_the_helpers_in_a_phrase_of_means_are_not_the_subject() -> None:
    text = "萨拉·托合提在丈夫的多方奔走下，才离开了看守所。"
    assert subjects(text, "released") == [{"person": "萨拉·托合提"}]


def test_some_of_the_family_after_a_husband_are_relatives_joined_to_him() -> None:
    text = "住在荷兰的维吾尔人萨拉·托合提说，她的丈夫和部分家人2019年起下落不明。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "萨拉·托合提", "relation": "relative"},
        {"relative_of": "萨拉·托合提", "relation": "spouse"},
    ]


def test_a_pronoun_is_not_a_person_first_named_two_paragraphs_later() -> None:
    # Fictional: the official named at the end is not the student the pronoun stands for.
    text = (
        "一名学生从国外回来后就没了消息。\n他的同学说，他被送进了看守所。\n"
        "另一名学生的母亲也不敢说话。\n主导这场行动的是书记王建国。"
    )
    assert named_subjects(text, "detained") == []


def test_people_counted_with_a_modifier_between_are_a_group_not_the_main_person() -> None:
    text = "维吾尔学者艾山·托合提住在德国。邻国当局上月拘押了30名外籍维吾尔族商人。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_the_idiom_mei_qi_ming_holds_no_pronoun() -> None:
    text = "维吾尔学者艾山·托合提说，当局美其名曰培训，人都是被强制拘留的。"
    assert named_subjects(text, "detained") == []


def test_cantonese_parents_in_law_are_relatives() -> None:
    # 外父, 外母: Hong Kong outlets' words for a wife's father and mother.
    text = "現居荷蘭的維吾爾人塔希爾·買買提說，他的外父去年失蹤。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "塔希尔·买买提", "relation": "relative"}
    ]


def test_a_kin_word_opening_with_wai_is_not_read_inside_a_word_for_abroad() -> None:
    # 海外 + 母亲, not 海 + 外母.
    text = "商人艾力·托合提身在海外，母亲去年被关押。工程师巴图·赛力克在海外母亲也被关押。"
    assert {"relative_of": "巴图·赛力克", "relation": "mother"} in subjects(text, "detained")


def test_relatives_of_listed_persons_are_the_relatives_of_each() -> None:
    text = "据悉，大学生迪娜·卡米尔和阿斯卡尔·卡米尔的父母去年被关进拘留中心。"
    assert subjects(text, "detained") == [
        {"relative_of": "迪娜·卡米尔", "relation": "parent"},
        {"relative_of": "阿斯卡尔·卡米尔", "relation": "parent"},
    ]


def test_brothers_and_older_sisters_in_one_word_are_the_siblings() -> None:
    text = "维吾尔人帕提曼住在悉尼，她说兄弟姊妹前年起陆续被关押。"
    assert subjects(text, "detained") == [{"relative_of": "帕提曼", "relation": "sibling"}]


def test_the_father_of_a_person_and_her_sister_is_her_father() -> None:
    text = "哈萨克人古丽娜·叶森说，她的妹妹去年获释，今年春天她们的父亲病逝。"
    assert named_subjects(text, "died") == [{"relative_of": "古丽娜·叶森", "relation": "father"}]


def test_the_mother_of_a_persons_brothers_is_her_mother() -> None:
    text = "维吾尔人帕提曼说，她的两个哥哥被捕后，他们的母亲也被带走了。"
    assert {"relative_of": "帕提曼", "relation": "mother"} in subjects(text, "detained")


def test_a_parent_described_by_her_children_does_not_make_them_the_subject() -> None:
    text = "维吾尔人帕提曼说，她的姐姐作为三个孩子的母亲，前年仍被带走。"
    assert subjects(text, "detained") == [{"relative_of": "帕提曼", "relation": "sister"}]


def test_this_father_of_several_children_is_the_man_just_named() -> None:
    text = "哈萨克人叶尔兰·别克是牧民。去年冬天，这位五个孩子的父亲被警察带走。"
    assert subjects(text, "detained") == [{"person": "叶尔兰·别克"}]


def test_the_people_a_person_rallied_with_rallied_too() -> None:
    text = "周日，哈萨克人古丽娜·叶森和数十名同样寻找亲人的哈萨克人一起在领事馆外举牌。"
    assert subjects(text, "protested") == [
        {"group": {"ethnicity": "kazakh", "place": None}},
        {"person": "古丽娜·叶森"},
    ]


def test_a_relative_clause_after_a_main_verb_is_about_the_person_after_it() -> None:
    text = "部长阿斯卡尔在会上只谈经济，对被关押的哈萨克族教师努尔兰·别克只字未提。"
    assert subjects(text, "detained") == [{"person": "努尔兰·别克"}]


def test_a_relative_clause_whose_own_subject_has_a_place_and_a_verb_before_is_not_the_person() -> (
    None
):
    # Made up: the parents went missing and were sentenced, not the man the clause describes.
    text = "父母在家乡失踪及被判刑的维吾尔商人艾山·托合提现住在伊斯坦布尔。"
    assert {"person": "艾山·托合提"} not in subjects(text, "sentenced")


def test_their_family_after_a_person_and_her_household_is_her_family() -> None:
    text = (
        "上周有数十名哈萨克人在领事馆外请愿。\n"
        "哈萨克人古丽娜·叶森一家十年前搬到阿拉木图，丈夫在那里开店。"
        "2018年起，他们和伊犁的亲人就断了联系。"
    )
    assert named_subjects(text, "contact_lost") == [
        {"relative_of": "古丽娜·叶森", "relation": "family"}
    ]


def test_relatives_in_one_word_are_not_the_grandmother_named_later() -> None:
    text = (
        "维吾尔女孩阿依努尔·卡德尔在美国长大。她在喀什的亲戚多半已被关押。"
        "接受采访的是阿依努尔的奶奶古丽娜·卡德尔。"
    )
    assert named_subjects(text, "detained") == [
        {"relative_of": "阿依努尔·卡德尔", "relation": "relative"}
    ]


def test_kin_named_after_my_and_joined_by_and_share_the_event() -> None:
    # Fictional: 我的 between the listed relatives does not break the list.
    text = "古丽娜说：“我的姐姐阿依江·别克和我的弟弟叶尔兰·别克去年冬天一起被警察带走。”"
    assert named_subjects(text, "detained") == [
        {"person": "叶尔兰·别克"},
        {"person": "阿依江·别克"},
    ]


def test_we_who_lost_contact_are_the_teller_and_the_relative_she_spoke_of() -> None:
    # Fictional: 我们 is the teller and her brother; the contact lost is with him.
    text = "阿依达说：“我哥哥努尔兰去年回国后被关押了。此后我们就失去了联系。”"
    assert named_subjects(text, "contact_lost") == [{"person": "努尔兰"}]


def test_relatives_that_many_people_of_a_group_call_theirs_are_the_groups() -> None:
    # Fictional: 其 after several people of a people stands for them, not a person named before.
    text = "照片中是古丽娜。\n几天前，多位在土耳其的维吾尔人向媒体投诉其在家乡的亲人遭到关押。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_terms_told_one_clause_after_another_for_kin_named_before_go_to_each() -> None:
    # Fictional: each kin word with a birth order (小妹妹, 大妹妹) names the sister named with it
    # before, and a trigger after a comma is a second event, not the first one's tail.
    text = (
        "叶森说：“我的小妹妹阿依江·别克和大妹妹古丽娜·别克前年被带走。"
        "去年，小妹妹被判了12年有期徒刑，大妹妹被判了9年有期徒刑。”"
    )
    found = extract_report(text, MONDAY).events
    assert sorted((e.subject["person"], e.years) for e in found if e.type == "sentenced") == [
        ("古丽娜·别克", 9),
        ("阿依江·别克", 12),
    ]


def test_a_counted_kin_word_is_never_the_one_person_its_relation_was_shown_to_be() -> None:
    # Fictional: 古丽娜 is her brother's sister, but his 两个妹妹 are two others.
    text = "古丽娜说，她的二哥努尔兰·别克和两个妹妹去年被判刑。"
    assert {"person": "古丽娜"} not in subjects(text, "sentenced")


def test_a_pronoun_owner_listed_right_after_a_name_is_that_person() -> None:
    # Fictional: 他的妻子 after 艾山·托合提、 is his wife, not the wife of the man named before.
    text = "叶森说：“我的表弟努尔兰也被带走了。我哥哥艾山·托合提、他的妻子于2017年被判刑。”"
    assert {"relative_of": "艾山·托合提", "relation": "spouse"} in subjects(text, "sentenced")


def test_a_bare_kin_word_with_no_one_named_near_is_the_one_named_so_before() -> None:
    # Fictional: the sister was named as 妹妹古丽 two paragraphs back; since then only
    # pronouns and kin words, so 妹妹 alone is she.
    text = (
        "住在伊斯坦布尔的阿依努尔·艾山说，妹妹古丽·艾山前年被带走。\n"
        "她说：“我再也没有听到她的声音。”母亲因此病倒。\n"
        "妹妹于去年5月一度获释。"
    )
    found = extract_report(text, MONDAY).events
    assert [(e.subject, e.date) for e in found if e.type == "released"] == [
        ({"person": "古丽·艾山"}, "2020-05")
    ]


def test_a_sentence_opening_with_a_purpose_and_a_journey_carries_on_the_one_told_of() -> None:
    # Fictional: 她表示 introduces what she tells of 古丽; the next sentence, with no subject of
    # its own, goes on about 古丽, not the speaker.
    text = (
        "住在伊斯坦布尔的阿依努尔·艾山是维吾尔人。她表示，大学毕业的古丽·艾山已经取得土耳其国籍。"
        "后来为了照顾生病的父亲而返回新疆，却于2017年被关进集中营。"
    )
    found = extract_report(text, MONDAY).events
    assert [(e.subject, e.date) for e in found if e.type == "detained"] == [
        ({"person": "古丽·艾山"}, "2017")
    ]


def test_a_kind_of_people_a_clause_describes_is_a_group_not_the_main_person() -> None:
    # Fictional: 来自新疆的维吾尔学生, uncounted after a clause, are people of a group, not the
    # Uyghur activist the story quotes; 这些被捕的维吾尔学生 is plural across its clause.
    text = (
        "上个月，邻国警方大规模拘留来自新疆的维吾尔学生。\n"
        "身在德国的维吾尔活动人士艾山·托合提对记者说，他很担心。"
        "一个人权团体要求释放这些被捕的维吾尔学生。"
    )
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": "CN-650000"}}]


def test_the_same_people_counted_later_by_the_same_noun_keep_their_people() -> None:
    # Fictional: 80名学生 after 哈萨克族学生 are those students, not people of no people.
    text = "警方拘留了多名哈萨克族学生。一位教师说，警方本月共拘留了约80名学生。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_counted_part_of_a_group_named_before_is_that_group() -> None:
    # Fictional: 该群体中已有3人, 其中至少20人: part of the refugees named before.
    text = "这50名维吾尔难民被拘留多年。据一位律师说，该群体中已有3人在拘留期间死亡。"
    assert subjects(text, "died") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    text = "邻国警方逮捕了100多名维吾尔人，其中至少20人仍然下落不明。"
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_people_counted_with_a_nationality_are_a_group_and_the_authorities_staff_are_not() -> None:
    # Fictional: a minister concerned about 30名中国籍劳务人员 being returned is not the one
    # returned; 3名安全人员 who took someone away are no group.
    text = "某国外长李明发表声明，对30名中国籍劳务人员从邻国被遣返表达关切。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": None}}]
    text = "昨天，3名安全人员带走了艾山·托合提。"
    assert subjects(text, "detained") == [{"person": "艾山·托合提"}]


def test_a_finding_denied_gives_no_subject_of_its_own() -> None:
    # Fictional: 没有发现其他罪行 finds nothing; the people named before are the ones let go.
    text = "使馆称上述12名维吾尔族人员仅涉非法入境，没有发现其他罪行，在履行程序后被释放回家。"
    assert subjects(text, "released") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_the_people_listed_after_a_noun_of_the_held_are_held() -> None:
    # Fictional: 被捕者包括… lists the ones arrested; 被拘留者的家属 alone stays people in general.
    text = "据一个人权团体统计，被捕者包括多名哈萨克族教师。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_spokesman_answering_on_a_day_is_still_the_speaker() -> None:
    # Fictional: 发言人…昨天回应说 speaks of others held, not of himself.
    text = "发言人李明昨天回应说，那些人已被依法拘留。"
    assert named_subjects(text, "detained") == []


def test_the_human_rights_of_a_people_are_no_group_of_it() -> None:
    # Fictional: 维吾尔人权 is "Uyghur human rights", not 维吾尔人 and 权.
    text = "维吾尔人权组织负责人艾山·托合提在议会作证。"
    assert subjects(text, "protested") == [{"person": "艾山·托合提"}]


def test_a_description_between_a_name_and_a_kin_word_keeps_the_owner() -> None:
    # Fictional: 生病的 and 70岁的 describe the relatives; the name before them owns both.
    text = "住在德国的艾山·托合提说，一周之内，艾山生病的姐姐和70岁的姑妈从家中失踪。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "艾山·托合提", "relation": "relative"},
        {"relative_of": "艾山·托合提", "relation": "sister"},
    ]


def test_the_kin_of_a_relative_told_by_ziji_are_further_relatives() -> None:
    # Fictional: 自己 is the father, so his brothers are the girl's uncles, not her brothers;
    # and the father who learned of it is the one who died after learning it.
    text = "古丽娜·别克还在上学。古丽娜的父亲得知自己的哥哥和弟弟被判刑后十分悲痛，不久去世。"
    assert subjects(text, "sentenced") == [{"relative_of": "古丽娜·别克", "relation": "relative"}]
    assert subjects(text, "died") == [{"relative_of": "古丽娜·别克", "relation": "father"}]


def test_what_was_learned_goes_on_after_the_clause_that_learned_it() -> None:
    # Fictional: after 得知……后 the sentence still tells the brother's fate, not the learner's.
    text = "艾山·托合提得知他的弟弟努尔兰·托合提在2018年被拘留后，现已被判十年。"
    assert subjects(text, "sentenced") == [{"person": "努尔兰·托合提"}]


def test_people_who_all_believe_something_are_not_its_subject() -> None:
    # Fictional: 她们都认为 tells what the daughters believe, not what befell them.
    text = "美国公民古丽·艾山说，她的姐姐有两个女儿，都住在美国。她们都认为那些人被关进了拘禁营。"
    assert named_subjects(text, "detained") == []


def test_a_death_told_inside_what_was_learned_is_not_the_learners() -> None:
    # Fictional: 期间 closes no clause of learning; the student died, not those who learned it.
    text = "三名学生说，他们从朋友处获知，这名学生在拘留期间死亡。"
    assert subjects(text, "died") == []


def test_a_relative_who_speaks_is_whom_a_later_qi_stands_for() -> None:
    text = (
        "牧民努尔别克去年被带走。努尔别克的儿子阿依达尔星期三告诉记者，其父被判刑十年。"
        "住在阿拉木图的阿依达尔·努尔别克说，他没有收到判决书。"
    )
    events = extract_report(text, None).events
    assert [(e.type, e.subject) for e in events if e.type == "sentenced"] == [
        ("sentenced", {"person": "努尔别克"})
    ]


def test_relatives_joined_as_protesters_each_protested() -> None:
    text = "学者艾山·吐尔逊去年底被捕。上周五，其弟弟买买提·吐尔逊和妹妹古丽·吐尔逊到使馆前抗议。"
    protesters = [e.subject for e in extract_report(text, None).events if e.type == "protested"]
    assert protesters == [{"person": "买买提·吐尔逊"}, {"person": "古丽·吐尔逊"}]


@pytest.mark.parametrize("head", ["", "人", "哈萨克人"])
def test_the_one_a_description_is_called_by_叫_is_its_subject(head: str) -> None:
    # Fictional: 叫 after a description's head names the one described; he was held and
    # then sentenced (叫 after an agent, 警察叫他去, still makes an object).
    text = f"另一位被关在看守所的{head}叫艾山·托合提，去年年底被判了刑。"
    assert named_subjects(text, "detained") == [{"person": "艾山·托合提"}]
    assert named_subjects(text, "sentenced") == [{"person": "艾山·托合提"}]


def test_a_description_named_later_by_the_same_words_is_that_person() -> None:
    # Fictional: the lead tells the term of an unnamed teacher; the body names him by the
    # same description.
    text = (
        "一名维吾尔医生只因转发了一段视频，就被法院判处十二年徒刑。"
        "据报道，这位名叫艾山·托合提的维吾尔医生曾在乌鲁木齐行医。"
    )
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject, e.years) for e in found] == [
        ("sentenced", {"person": "艾山·托合提"}, 12)
    ]


def test_a_description_named_later_is_not_one_that_shares_only_a_people() -> None:
    # Fictional: a student and a teacher, both Uyghur, are two people.
    text = "一名维吾尔族学生去年被判处十二年徒刑。这位名叫艾山·托合提的维吾尔族教师批评过当局。"
    assert named_subjects(text, "sentenced") == []


def test_kin_of_people_named_by_a_noun_in_者_are_no_named_persons_kin() -> None:
    # Fictional: the families of detainees speak of their own relatives, not the minister's.
    text = (
        "外交部长艾山·托合提上周表示，他们都已获释。"
        "另有被拘留者家属告诉记者，他们的亲友今年5月被判了重刑。"
    )
    assert named_subjects(text, "sentenced") == []


def test_a_term_owned_by_a_person_is_that_persons_sentence() -> None:
    # Fictional: the life term is hers (a Latin form in brackets may stand before 的).
    text = "当局将维吾尔妇女古丽·艾山(Gul Hasan)的无期徒刑改为长期监禁。"
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject, e.years) for e in found] == [
        ("sentenced", {"person": "古丽·艾山"}, "life")
    ]


def test_they_after_one_joined_to_a_count_of_people_are_that_one_and_them() -> None:
    # Fictional: 他们 are her brother and his friends, not the group of a paragraph before.
    text = (
        "土耳其的维吾尔人处境艰难。下面我们来看看详情。\n\n"
        "去年7月，古丽·阿布都拉得知她的哥哥和两名同学去喀什旅行时，警方在车站抓走了他们。"
    )
    assert named_subjects(text, "detained") == [
        {"relative_of": "古丽·阿布都拉", "relation": "brother"}
    ]


def test_parents_of_one_named_as_a_persons_child_are_that_person_and_the_other() -> None:
    # Fictional: 阿依娜 is 古丽's daughter, so her parents are 古丽 and her father.
    text = "退休工人古丽·艾山2017年被拘留。据她的女儿阿依娜说，她在2017年与父母失去了联系。"
    assert named_subjects(text, "contact_lost") == [
        {"person": "古丽·艾山"},
        {"relation": "father", "relative_of": "阿依娜"},
    ]


def test_people_describing_a_person_after_a_relative_clause_are_no_group() -> None:
    # Fictional: 穆斯林哈萨克妇女 describes 古丽·艾山, who was held.
    text = "当局把因涉嫌组织集会而被监禁的穆斯林哈萨克妇女古丽·艾山的刑期减为12年。"
    assert subjects(text, "detained") == [{"person": "古丽·艾山"}]


def test_a_bare_count_opening_the_next_clause_counts_the_same_people() -> None:
    # Fictional: the thousands gone are Uyghurs too; in a sentence of their own they are not.
    assert subjects("冲突后有500名哈萨克人被拘留，数百人下落不明。", "disappeared") == [
        {"group": {"ethnicity": "kazakh", "place": None}}
    ]
    assert subjects("当局逮捕了30名哈萨克牧民。数百人下落不明。", "disappeared") == [
        {"group": {"ethnicity": None, "place": None}}
    ]


def test_a_pronoun_after_a_verb_is_owned_by_the_nearer_pronoun() -> None:
    # Fictional: 他们一再恐吓我的家人 are the speaker's relatives, not "theirs".
    text = "留学生古丽娜·艾山表示:「去年冬天起,他们一再恐吓我的家人。」"
    assert subjects(text, "threatened") == [{"relative_of": "古丽娜·艾山", "relation": "family"}]


def test_a_pronoun_object_is_not_the_agent_described_before_its_verb() -> None:
    # Fictional: 该警官 is 阿里木, so the 他 he arrested and forced is the one named before him.
    text = "牧民艾山·托合提在集市上认出了阿里木,该警官三年前逮捕过他,还迫使他签字。"
    assert subjects(text, "detained") == [{"person": "艾山·托合提"}]
    assert subjects(text, "threatened") == [{"person": "艾山·托合提"}]


def test_family_after_several_people_of_a_group_is_the_groups() -> None:
    # Fictional: 数名 makes a group as 多名 does; the missing relatives are the group's, not the
    # one named as included in it.
    text = "古丽娜·艾山也在其中,数名在德国的哈萨克人昨天说,失踪的家人至今没有音讯。"
    assert named_subjects(text, "disappeared") == []
    assert [s["group"]["ethnicity"] for s in subjects(text, "disappeared")] == ["kazakh"]


def test_a_kin_word_inside_a_description_of_doers_is_not_the_subject() -> None:
    # Fictional: 与境外亲戚通话者 are those who call relatives abroad, not the relatives.
    text = "哈萨克人叶森·托列说，警方抓捕了与境外亲戚通话者。"
    assert named_subjects(text, "detained") == []


def test_my_in_a_quote_opened_by_she_said_is_hers_not_the_one_named_before() -> None:
    # Fictional: 她说：「我的父亲…」 after her brother is named: 我 is she, not the brother.
    text = (
        "记者联系上在奥斯陆的维吾尔人古丽娜·艾山。她的哥哥阿里木去年被判刑。"
        "她说：「我的父亲为此四处求人，后来也被抓走了。」"
    )
    assert named_subjects(text, "detained") == [
        {"relative_of": "古丽娜·艾山", "relation": "father"}
    ]


def test_a_counted_part_written_after_a_group_and_zhong_is_that_group() -> None:
    # Fictional: 那些维吾尔人中已有四十多人 are part of those Uyghurs, not people of no people.
    text = "某国海关今年扣下了几十名过境的维吾尔人。那些被扣的维吾尔人中已有四十多人被押回中国。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_leads_count_that_the_body_repeats_with_the_people_takes_that_people() -> None:
    # Fictional: the lead's 15名学生 are the body's 15名哈萨克族学生; another count (3名学生)
    # stays people of no stated people.
    text = (
        "邻国一所大学本月初有15名学生被拘捕。"
        "据一个网站消息，本月初该大学有15名哈萨克族学生在学校配合下遭到抓捕。"
    )
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]
    text = "警方拘留了3名学生。另有一位教师说，警方本月拘留了15名哈萨克族学生。"
    found = extract_report(text, MONDAY).events
    assert [e.subject["group"]["ethnicity"] for e in found if e.type == "detained"] == [
        None,
        "kazakh",
    ]


def test_persons_listed_after_an_events_clause_are_the_ones_it_befell() -> None:
    # Fictional: 再有2人被释放，她们分别是… names the two released; the three still held are
    # the three listed after 他们分别是, not the persons released before them.
    text = (
        "邻国大学本月有5名学生被捕，上周日再有2人被释放，她们分别是学生古丽·艾山和阿依努尔·托合提。"
        "目前仍被拘留的三人，他们分别是，一年级学生努尔兰·艾山、二年级学生艾克拜尔·托合提、"
        "三年级学生阿里木·吐尔逊。"
    )
    assert named_subjects(text, "released") == [
        {"person": "古丽·艾山"},
        {"person": "阿依努尔·托合提"},
    ]
    assert named_subjects(text, "detained") == [
        {"person": "努尔兰·艾山"},
        {"person": "艾克拜尔·托合提"},
        {"person": "阿里木·吐尔逊"},
    ]


def test_a_bare_kin_word_in_a_sentence_naming_only_people_of_a_group_is_theirs() -> None:
    # Fictional: 亲人 shown by the Uyghurs abroad are their relatives, not those of a man named
    # in the sentence before.
    text = "维吾尔人艾山·托合提上周去世。某协会请各国的维吾尔族人录下短片，讲述家乡失踪的亲人。"
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_person_or_relative_joined_to_a_group_is_taken_with_it() -> None:
    # Fictional: the father went with the dozens of Uyghurs (和…一起), the husband with the
    # thirty men (和…); 与 alone is no coordination of the two.
    text = "艾山·托合提的父亲和村里的几十名维吾尔人一起被带走。"
    assert subjects(text, "detained") == [
        {"group": {"ethnicity": "uyghur", "place": None}},
        {"relative_of": "艾山·托合提", "relation": "father"},
    ]
    text = "努尔兰·别克说，他的哥哥和当地十几名哈萨克族牧民去年一起被判刑。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "努尔兰·别克", "relation": "brother"}
    ]
    text = "他的妻子古丽·艾山说，丈夫和同村的三十多名维吾尔族男子去年被警察带走。"
    assert named_subjects(text, "detained") == [{"relative_of": "古丽·艾山", "relation": "spouse"}]


def test_a_member_listed_after_including_is_no_longer_read_with_it() -> None:
    # Fictional: 包括 before a separated name is no part of it, so 其中包括 makes her a member.
    text = "去年，邻国将109名维吾尔人遣返中国，其中包括艾山·托合提。"
    assert named_subjects(text, "detained") == [{"person": "艾山·托合提"}]


def test_people_of_a_people_that_most_or_all_of_are_a_group_not_the_speaker() -> None:
    # Fictional: 大多, 几乎都 after 维吾尔商人 and 维族青年 make them many, not the one speaking.
    text = "艾山·托合提说，他认识的维吾尔商人大多被抓。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    text = "艾山·托合提说，村里的维吾尔族青年几乎都被带走了。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_counted_people_said_right_after_to_be_of_a_people_are_of_it() -> None:
    # Fictional: 他们都是维吾尔族人, 全部是维吾尔族 give counted students their people; a purpose
    # (是为了威慑维吾尔族) does not.
    text = "警方上月逮捕了数十名学生，他们都是维吾尔族人。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    text = "被拘留的20名学生全部是哈萨克族。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]
    text = "警方逮捕了数十名学生，是为了威慑维吾尔族。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": None}}]


def test_the_head_of_a_short_relative_clause_is_the_subject_of_what_follows() -> None:
    # Fictional: in 被捕的维吾尔人下落不明 the people head the clause of 被捕; they are no
    # object of it, and what befell them next is theirs.
    text = "被捕的维吾尔人下落不明。"
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    text = "被捕的艾山·托合提至今下落不明。"
    assert subjects(text, "disappeared") == [{"person": "艾山·托合提"}]


def test_a_relative_clause_after_an_owner_and_a_count_leaves_its_head_the_subject() -> None:
    # Fictional: in 她的三个已获释的弟弟…再次被捕 the clause of 获释 only describes the
    # brothers; they are no object of it, and the new arrest is theirs.
    text = "古丽·托合提的三个弟弟2015年获释。古丽·托合提说，她的三个已获释的弟弟去年再次被捕。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "古丽·托合提", "relation": "brother"}
    ]


def test_a_semicolon_ends_the_clause_before_a_possessive_after_the_trigger() -> None:
    # Fictional: in 哥哥被带走；他的妹妹被关押 the 他的 after the semicolon opens a new
    # clause; it closes no relative clause of 带走, so the brother keeps his own event.
    text = "哈萨克人努尔兰·别克的哥哥被带走；他的妹妹被关押。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "努尔兰·别克", "relation": "brother"},
        {"relative_of": "努尔兰·别克", "relation": "sister"},
    ]


def test_one_of_the_people_named_after_them_and_zhong_is_a_member() -> None:
    # Fictional: 被拘留的哈萨克人中有他的表弟: the cousin is one of the Kazakhs held.
    text = "警官艾山·托合提说，被拘留的哈萨克人中有他的表弟。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "艾山·托合提", "relation": "cousin"}
    ]


def test_a_person_and_the_others_of_a_group_are_both_the_object() -> None:
    # Fictional: 艾山和其他十几名维吾尔族知识分子 were all arrested.
    text = "当局逮捕了艾山·托合提和其他十几名维吾尔族知识分子。"
    found = [e.subject for e in extract_report(text, MONDAY).events if e.type == "detained"]
    assert found == [
        {"person": "艾山·托合提"},
        {"group": {"ethnicity": "uyghur", "place": None}},
    ]


def test_the_object_of_a_preposition_before_a_short_relative_clause_stays_its_object() -> None:
    # Fictional: 为被判刑的弟弟讨说法: the brother was sentenced; he did not protest.
    text = "在港维吾尔人阿不都·艾力上周在中联办外拉起横额，为被判刑的弟弟讨说法。"
    assert named_subjects(text, "protested") == [{"person": "阿不都·艾力"}]


def test_people_of_a_kind_a_speaker_tells_of_are_a_group_not_the_speaker() -> None:
    # Fictional: the herders of his village, the Uyghur traders of Kashgar, are people the
    # speaker tells of; but 她是当地的维吾尔族妇女 still describes the speaker herself.
    text = "艾山·托合提说，村里的哈萨克族牧民被关进了教育营。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]
    text = "据艾山·托合提说，在喀什，维吾尔商人被抓进学习班。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    text = "阿依努尔·艾山说，她是当地的维吾尔族妇女，去年被关进教育营。"
    assert subjects(text, "detained") == [{"person": "阿依努尔·艾山"}]


def test_a_persons_uncounted_neighbours_or_friends_are_not_that_person() -> None:
    # Fictional: 他的邻居 taken away are no one the story names, not the man who tells it.
    text = "艾山·托合提说，他的邻居被抓走了。"
    assert subjects(text, "detained") == []
    text = "艾山·托合提是维吾尔族商人，他说警察抓走了他的同事。"
    assert subjects(text, "detained") == []


def test_counted_citizens_of_a_republic_of_five_characters_are_a_group_of_it() -> None:
    # Fictional: 数百名哈萨克斯坦公民, the country too long for a modifier, are still people
    # counted, citizens of Kazakhstan (as the read gold writes them: no people stated).
    text = "哈萨克斯坦外交部证实，有数十名哈萨克斯坦公民被关押在新疆。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": "KZ"}}]


def test_someone_taken_is_no_one_the_story_names() -> None:
    # Fictional: 陆续有人被带走 tells of someone, not of the man speaking; after people of a
    # group (每家都有人), it is of them.
    text = "艾山·托合提说，从2017年开始，他的家乡陆续有人被带走。"
    assert subjects(text, "detained") == []
    text = "和田的维吾尔人过去一年大批失踪，当地人说，几乎每家都有人被带走。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": "CN-653200"}}]


def test_a_person_listed_after_a_groups_event_and_including_is_one_of_it() -> None:
    # Fictional: 拘捕多名哈萨克族伊玛目，包括努尔兰·别克: he is one of the imams arrested.
    text = "当局以“极端”罪名拘捕多名哈萨克族伊玛目，包括努尔兰·别克。"
    assert named_subjects(text, "detained") == [{"person": "努尔兰·别克"}]


def test_a_release_home_to_someone_elses_family_is_not_theirs() -> None:
    # Fictional: the cousin was let go; 艾山 and his parents are whose home she went back to.
    text = "2020年5月，表妹古丽·吐尔逊获释回到艾山舅舅的家。"
    assert named_subjects(text, "released") == [{"person": "古丽·吐尔逊"}]


def test_a_reason_that_runs_on_past_its_time_clause_keeps_its_subject() -> None:
    # Fictional: the release is the reason's (因为…后，终于获释), so the cousin's, not 艾山's.
    text = "艾山·托合提那天特别高兴，因为他的表妹古丽·吐尔逊在被关押两年后，终于获释。"
    assert named_subjects(text, "released") == [{"person": "古丽·吐尔逊"}]


def test_a_trigger_joined_to_a_kin_word_befalls_the_kin() -> None:
    # Fictional: 失踪亲友 describes the relatives who went missing; 艾山 only posted the list.
    text = "维吾尔人艾山·托合提昨天在推特上贴出了失踪亲友名单。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "艾山·托合提", "relation": "relative"}
    ]


def test_kin_told_with_their_number_and_again_without_it_are_one() -> None:
    # Fictional: the missing relatives listed, and then the twelve relatives, are the same.
    text = "维吾尔人艾山·托合提昨天在推特上贴出了失踪亲友名单。他说，共有12名亲友在新疆失踪。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "艾山·托合提", "relation": "relative", "count": 12}
    ]


def test_relatives_and_friends_are_relatives_not_the_household() -> None:
    # Fictional: 亲友 are kin and friends beyond one household, so "relative", not "family".
    text = "哈萨克人努尔兰·别克说，他在伊犁的亲友去年被带走。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "努尔兰·别克", "relation": "relative"}
    ]


def test_a_people_speaking_up_for_kin_out_of_reach_lost_contact_too() -> None:
    # Fictional: the Kazakhs abroad spoke up (为…发声), and it says they lost contact with kin.
    text = "住在阿拉木图的哈萨克人多年来一直为失联亲人发声。"
    assert subjects(text, "contact_lost") == [{"group": {"ethnicity": "kazakh", "place": None}}]
    assert subjects(text, "protested") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_protest_describing_a_people_is_that_peoples() -> None:
    # Fictional: the demand describes the Uyghurs abroad (…的海外维吾尔人), who protested.
    text = "那些要求当局公布家人下落的维吾尔人上周又聚在一起。"
    assert subjects(text, "protested") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_these_missing_kin_are_the_ones_spoken_of_before() -> None:
    # Fictional: 这些失踪家人 are the missing kin of the Uyghurs in France, not 古丽's own.
    text = (
        "住在法国的维吾尔人古丽·艾山讲述了自己的遭遇。不少旅法维吾尔人也在寻找失踪的家人。"
        "这些失踪家人多半被关在新疆的营里。"
    )
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_kin_joined_to_a_person_named_by_a_kin_word_share_that_words_owner() -> None:
    # Fictional: her brother Aishan and (her) two sisters; her father and (her) mother.
    text = "阿依古丽·卡德尔对记者说，她的哥哥艾山·托乎提和两个妹妹去年被判刑。"
    assert subjects(text, "sentenced") == [
        {"relative_of": "阿依古丽·卡德尔", "relation": "sister", "count": 2},
        {"person": "艾山·托乎提"},
    ]
    text = "阿依古丽·卡德尔的父亲吐尔逊·卡德尔和母亲2018年被带走。"
    assert {"relative_of": "阿依古丽·卡德尔", "relation": "mother"} in subjects(text, "detained")


def test_a_pronoun_joined_to_kin_by_a_conjunction_is_sentenced_with_them() -> None:
    # Fictional: he and his brother, with the terms told in the next clause.
    text = "哈萨克族牧民别克·努尔兰2018年被带走。一年后，他和弟弟都被判刑，分别是12年和7年。"
    found = extract_report(text, MONDAY).events
    assert sorted((str(e.subject), e.years) for e in found if e.type == "sentenced") == [
        ("{'person': '别克·努尔兰'}", 12),
        ("{'relative_of': '别克·努尔兰', 'relation': 'brother'}", 7),
    ]


def test_a_pronoun_before_a_comma_is_not_joined_to_the_kin_after_it() -> None:
    # Fictional: she was told; her brother was taken.
    text = "阿依古丽·卡德尔说，她的父亲告诉她，姐姐已经被警察带走。"
    assert subjects(text, "detained") == [{"relative_of": "阿依古丽·卡德尔", "relation": "sister"}]


def test_a_person_described_again_by_an_occupation_is_the_one_sentenced() -> None:
    # Fictional: the scholar is named, then told of again as 这名学者 in the next sentence.
    text = "乌鲁木齐的维吾尔学者吐尔逊·卡德尔2018年失踪。据知情人透露，这名学者去年被判处无期徒刑。"
    found = extract_report(text, MONDAY).events
    assert [(e.subject, e.years) for e in found if e.type == "sentenced"] == [
        ({"person": "吐尔逊·卡德尔"}, "life")
    ]


def test_the_former_and_the_latter_are_the_two_persons_joined_before() -> None:
    # Fictional: two men joined by 和, their terms told by 前者 and 后者.
    text = "牧民别克·努尔兰和叶尔兰·卡德尔去年都被判刑，前者被判14年，后者被判6年。"
    found = extract_report(text, MONDAY).events
    assert sorted((str(e.subject), e.years) for e in found if e.type == "sentenced") == [
        ("{'person': '别克·努尔兰'}", 14),
        ("{'person': '叶尔兰·卡德尔'}", 6),
    ]


def test_one_who_issues_a_statement_is_not_the_subject_of_what_it_says() -> None:
    # Fictional: the legislator's statement tells of others harassed and held, not of him.
    text = "议员阿里木·托列发表声明指，当局“骚扰并拘押”维吾尔活跃分子的家人。"
    told = subjects(text, "threatened") + subjects(text, "detained")
    assert {"person": "阿里木·托列"} not in told


def test_one_speaking_in_a_scene_told_before_the_verb_is_not_the_subject_of_what_he_says() -> None:
    # Fictional: the official speaks at a press conference; the release he claims is not his.
    text = "官员阿里木·托列昨天在记者会上回答外国记者提问时说，营中的多数学员已经获释。"
    assert {"person": "阿里木·托列"} not in subjects(text, "released")


def test_kin_one_is_joined_with_after_a_release_are_not_released() -> None:
    # Fictional: the poet was released; his family is whom he rejoined.
    text = "哈萨克族诗人叶森·托列去年获释并与家人团聚。"
    assert subjects(text, "released") == [{"person": "叶森·托列"}]


def test_the_被_of_an_allegation_is_no_passive_of_the_act_after_it() -> None:
    # Fictional: the camps are alleged to hold herders; the herders are the ones held.
    text = "当局在南疆修建营地，被指用以关押柯尔克孜族牧民。"
    assert {"group": {"ethnicity": "kyrgyz", "place": None}} in subjects(text, "detained")


def test_some_peoples_contact_with_their_kin_is_no_named_persons() -> None:
    # Fictional: others regained contact; the teller did not.
    text = "古丽·艾山说，她听说有些人已经和家人联系上了，但她仍然联系不上母亲。"
    assert subjects(text, "contact_restored") == []
    assert subjects(text, "contact_lost") == [{"relative_of": "古丽·艾山", "relation": "mother"}]


def test_supporters_of_a_named_person_protest_as_a_group_not_as_that_person() -> None:
    text = "人权活动人士叶森·努尔被捕。周六上午，一批叶森·努尔的支持者到法院门前抗议。"
    assert subjects(text, "protested") == [{"group": {"ethnicity": None, "place": None}}]


def test_kin_opening_a_clause_of_reason_are_the_kin_of_the_one_named_after() -> None:
    text = "哈萨克人叶森·别克住在新疆。2018年春天，因为母亲过世，努尔兰·别克回到了伊犁。"
    assert subjects(text, "died") == [{"relative_of": "努尔兰·别克", "relation": "mother"}]


def test_kin_a_daughter_shares_with_a_reporter_are_seen_from_her_side() -> None:
    text = "维吾尔商人艾山·托合提在2017年被捕。他的女儿与记者分享了父亲被判无期徒刑的经过。"
    assert subjects(text, "sentenced") == [{"person": "艾山·托合提"}]


def test_in_a_lead_before_any_name_the_speaking_daughters_father_is_the_one_named_later() -> None:
    text = (
        "一名前维族官员在2017年被捕。他的女儿与记者分享父亲被判无期徒刑，又突然回家的经过。"
        "他的女儿古丽·托合提住在美国。艾山·托合提曾任市长。"
    )
    assert subjects(text, "sentenced") == [{"person": "艾山·托合提"}]


def test_two_kin_words_written_as_one_phrase_have_one_owner() -> None:
    text = (
        "活动人士叶森·努尔被捕后，数百名支持者到法院外声援。"
        "有些支持者表示，他们的亲戚家人前年才从拘留营被放出来。"
    )
    assert subjects(text, "released") == [{"group": {"ethnicity": None, "place": None}}]


def test_a_mass_count_takes_the_people_stated_right_after_it() -> None:
    text = "据称约有30万穆斯林，其中多数为哈萨克族，在那次行动中遭拘押。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_those_relatives_of_a_group_abroad_are_not_abroad_with_it() -> None:
    text = "几位住在德国的哈萨克人说，他们联系不上老家的亲人。那些亲人据信已被关进再教育营。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_they_after_reporters_on_a_visit_are_the_reporters_not_the_group() -> None:
    text = (
        "数万名哈萨克族人被关进拘留营。当CNN记者试图靠近一处营地时，拍摄被警察制止。"
        "无论他们去哪里，都被跟踪和短暂扣留。"
    )
    assert subjects(text, "threatened") == []


def test_a_pronoun_said_to_be_a_named_persons_kin_keeps_standing_for_its_person() -> None:
    # Fictional: 她 is the scholar's daughter; the next 她 is still the daughter, not the scholar.
    text = (
        "帕丽达·吾斯曼是一名护士。她是诗人阿迪力·买买提的外甥女，多年在瑞典工作。"
        "她去年回乡后便失去联系。"
    )
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject) for e in found] == [("contact_lost", {"person": "帕丽达·吾斯曼"})]


@pytest.mark.parametrize(
    "text",
    [
        "另有一名其双亲被警方拘押的职员叫买买提·吐尔地。",
        "双亲被当局拘押的买买提·吐尔地决定留在荷兰。",
    ],
)
def test_kin_a_relative_clause_names_before_its_verb_suffered_it_not_the_one_it_describes(
    text: str,
) -> None:
    # Fictional: the parents were held (or sentenced), the man described by the clause was not.
    found = extract_report(text, MONDAY).events
    assert [e.subject for e in found] == [{"relative_of": "买买提·吐尔地", "relation": "parent"}]


def test_kin_told_to_keep_silent_are_the_ones_threatened_not_their_owner() -> None:
    # Fictional: the police order the teacher's relatives, not the teacher, to say nothing.
    text = "派出所要求迪丽拜尔·肉孜的亲属不准对外讲述此事。"
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject) for e in found] == [
        ("threatened", {"relative_of": "迪丽拜尔·肉孜", "relation": "relative"})
    ]


def test_relatives_listed_and_counted_after_等_are_one_relative_of_that_count() -> None:
    # Fictional: three kin words of one owner, then 等15个人 counting them all; the 他们 after
    # is them, not a group of no people.
    text = (
        "住在阿拉木图的古丽·托列说，她的两个舅舅和一个姑妈，还有表兄妹等15个人住在伊宁，"
        "但已经八年无法联系到他们。"
    )
    assert subjects(text, "contact_lost") == [
        {"relative_of": "古丽·托列", "relation": "relative", "count": 15}
    ]


def test_a_count_in_han_numerals_opening_with_二_counts_the_listed_relatives() -> None:
    # Fictional: 等二十二个人 is read whole (not from 十二), so it counts the kin listed before.
    text = (
        "努尔兰·卡德说，他的三个舅舅和一个姑妈，还有表兄弟等二十二个人住在塔城，"
        "已经六年联系不上他们。"
    )
    assert subjects(text, "contact_lost") == [
        {"relative_of": "努尔兰·卡德", "relation": "relative", "count": 22}
    ]


def test_one_kin_word_counted_after_等_makes_no_group() -> None:
    # Fictional: 另有其表妹等12个人 counts her cousins (and whoever else), no people of the story.
    text = "艾山·巴克说，他的父亲住在喀什，另有其表妹等12个人住在和田，已经两年无法联系到他们。"
    assert subjects(text, "contact_lost") == [{"relative_of": "艾山·巴克", "relation": "cousin"}]


def test_a_they_standing_for_relatives_and_friends_is_them() -> None:
    # Fictional: 他们 inside the trigger (未能获得他们的…消息) stands for her 亲友.
    text = "阿依达·卡米说，她托人找过老家的亲友，可是未能获得他们的任何消息。"
    assert subjects(text, "disappeared") == [{"relative_of": "阿依达·卡米", "relation": "relative"}]


def test_we_in_a_quote_lost_contact_with_the_one_spoken_of_not_with_the_teller() -> None:
    # Fictional: 她说 opens the quote, so she is the 我 of 我们; the other side is her husband.
    text = (
        "哈萨克公民古丽·艾山告诉本台，她去年十月在营里见到了丈夫。他瘦了很多，也不太说话。"
        "她说： 「我们上一次通电话是在一月。 」"
    )
    assert subjects(text, "contact_lost") == [{"relative_of": "古丽·艾山", "relation": "spouse"}]


def test_kin_inside_a_works_title_are_not_the_kin_of_a_person_named_after_it() -> None:
    # Fictional: a caption repeats a report's title in 《》, then names the woman pictured.
    text = "《侨民诉说老家亲人下落不明》 阿依古丽·叶森讲述儿子被抓（图：某协会）"
    assert named_subjects(text, "disappeared") == []


def test_kin_of_i_inside_a_book_title_are_not_the_tellers() -> None:
    # Fictional: 我 of a book's title is its author's voice, not the woman speaking.
    text = "古丽·艾山说，她最近在读《我的父亲下落不明》这本书。"
    assert named_subjects(text, "disappeared") == []


def test_a_relatives_relative_who_lost_contact_is_the_one_owned() -> None:
    # Fictional: 丈夫的姐姐 is her sister-in-law (a relative), not her husband.
    text = "卡米拉·叶尔肯说，她的公公去年被警察带走，丈夫的姐姐也失去了联系。"
    assert subjects(text, "contact_lost") == [
        {"relative_of": "卡米拉·叶尔肯", "relation": "relative"}
    ]


@pytest.mark.parametrize(
    ("word", "relation"),
    [("小叔子", "relative"), ("大舅子", "relative"), ("妯娌", "relative"), ("继父", "father")],
)
def test_in_laws_and_step_parents_are_kin_words(word: str, relation: str) -> None:
    # Fictional: one sentence per kin word of marriage or of a second family.
    text = f"阿娜尔·叶森说，她的{word}去年被警察带走。"
    assert subjects(text, "detained") == [{"relative_of": "阿娜尔·叶森", "relation": relation}]


def test_people_a_relatives_village_holds_are_the_group_not_the_relative() -> None:
    # Fictional: 她父亲所在的村子有…村民被带走: the villagers, not her father.
    text = "古丽娜·别克告诉记者，她父亲所在的村子有三十多名村民被带走。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": None}}]


def test_people_counted_in_a_tellers_home_village_are_a_group() -> None:
    # Fictional: 他老家村里有二十多名维吾尔族男子被捕: they, not the teller.
    text = "艾山·吐尔逊说，他老家村里有二十多名维吾尔族男子被捕。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_kin_included_after_a_familys_detention_are_detained_too() -> None:
    # Fictional: 家人全部被抓，包括她的父母和两个弟弟: the family, and each kin listed.
    text = "阿依古丽·马木提告诉记者，她在和田的家人全部被抓，包括她的父母和两个弟弟。"
    assert subjects(text, "detained") == [
        {"relative_of": "阿依古丽·马木提", "relation": "brother", "count": 2},
        {"relative_of": "阿依古丽·马木提", "relation": "family"},
        {"relative_of": "阿依古丽·马木提", "relation": "parent"},
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("阿曼·托列说，全村村民几乎都被带走了。", "detained"),
        ("阿曼·托列说，那个村庄的村民仿佛人间蒸发了一样。", "disappeared"),
    ],
)
def test_the_people_of_a_village_are_a_group_not_the_teller(text: str, event_type: str) -> None:
    # Fictional: 全村村民, 那个村庄的村民 are uncounted people of no stated people.
    assert subjects(text, event_type) == [{"group": {"ethnicity": None, "place": None}}]


def test_a_lone_pronoun_of_whom_there_is_no_news_is_the_relative_taken_before() -> None:
    # Fictional: 他的哥哥被带走后一直没有他的消息: no news of the brother, not of the teller.
    text = "吐尔逊·买买提说，他的哥哥被带走后一直没有他的消息。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "吐尔逊·买买提", "relation": "brother"}
    ]


def test_a_pronoun_of_whom_a_speaking_relative_has_no_news_is_not_that_relative() -> None:
    # Fictional: the father speaks; 他 is his son, the named man.
    text = "吐尔逊·买买提的父亲说，一直没有他的消息。"
    assert subjects(text, "disappeared") == [{"person": "吐尔逊·买买提"}]


@pytest.mark.parametrize(
    "text",
    [
        "阿依曼·叶尔兰说，她的三个兄弟和他们的妻子都被关押。",
        "阿依曼·叶尔兰说，她的三个兄弟被关押后，他们的妻子也被关押。",
    ],
)
def test_the_spouses_of_relatives_are_relatives_of_their_owner(text: str) -> None:
    # Fictional: her brothers' wives are her relatives by marriage, detained with them.
    assert subjects(text, "detained") == [
        {"relative_of": "阿依曼·叶尔兰", "relation": "brother", "count": 3},
        {"relative_of": "阿依曼·叶尔兰", "relation": "relative"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a kin word of a pair after the names of the pair says how they are related.
        "阿力木·沙吾提、帕丽达·沙吾提兄妹二人先后被拘留。",
        "熱孜萬古麗·艾買提和努爾比亞·艾買提姐妹倆均被關押。",
    ],
)
def test_a_pair_kin_word_after_listed_names_adds_no_relatives(text: str) -> None:
    assert all("person" in subject for subject in subjects(text, "detained"))
    assert len(subjects(text, "detained")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: ages before the names and Latin forms after them leave the list a list.
        "52岁的阿力木·沙吾提和47岁的帕丽达·沙吾提兄妹二人先后被拘留。",
        "阿力木·沙吾提(Alim Sawut)与帕丽达·沙吾提(Parida Sawut)兄妹俩先后被拘留。",
    ],
)
def test_a_pair_kin_word_after_names_with_ages_or_latin_adds_no_relatives(text: str) -> None:
    found = subjects(text, "detained")
    assert found and all("person" in subject for subject in found)


def test_a_pair_kin_word_after_aged_names_leaves_both_named_subjects() -> None:
    text = "52岁的阿力木·沙吾提和47岁的帕丽达·沙吾提兄妹二人先后被拘留。"
    assert subjects(text, "detained") == [
        {"person": "帕丽达·沙吾提"},
        {"person": "阿力木·沙吾提"},
    ]


def test_a_pair_kin_word_after_one_name_still_adds_the_relative() -> None:
    # Fictional: 兄弟二人 after one name is that person and a brother.
    assert subjects("艾山·托乎提兄弟二人去年被带走。", "detained") == [
        {"person": "艾山·托乎提"},
        {"relative_of": "艾山·托乎提", "relation": "brother"},
    ]


@pytest.mark.parametrize("couple", ["夫妇", "夫妻俩", "夫妻二人"])
def test_a_couple_named_by_one_of_them_is_that_person_and_the_spouse(couple: str) -> None:
    # Fictional: 夫妇 after one name is the one named and an unnamed spouse.
    assert subjects(f"艾山·托乎提{couple}去年被带走。", "detained") == [
        {"person": "艾山·托乎提"},
        {"relative_of": "艾山·托乎提", "relation": "spouse"},
    ]


def test_a_couple_of_no_one_named_is_no_spouse() -> None:
    # Fictional: 这对夫妇 names no one whose spouse it would be.
    assert subjects("艾山·托乎提说，这对夫妇去年被带走。", "detained") == []


def test_relatives_of_a_group_are_placed_where_the_text_puts_them() -> None:
    # Fictional: the kin of a group held in Altay protest in Kazakhstan; they are a group of
    # Kazakhstan, not of Altay.
    text = "阿勒泰地区的数千名哈萨克人被送进营地，他们的家人在哈萨克斯坦抗议。"
    assert subjects(text, "protested") == [{"group": {"ethnicity": "kazakh", "place": "KZ"}}]


def test_a_demand_to_free_those_held_is_made_by_the_group_before_it() -> None:
    # Fictional: the scholars protest; the herders described by 被关押的 are the ones held.
    text = "多名维吾尔族学者呼吁释放被关押的哈萨克族牧民。"
    assert subjects(text, "protested") == [{"group": {"ethnicity": "uyghur", "place": None}}]
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_relatives_of_a_group_abroad_are_not_placed_abroad_with_it() -> None:
    # Fictional: the group lives in Kazakhstan; its relatives are the ones held in Xinjiang.
    text = "居住在哈萨克斯坦的数百名哈萨克人的亲属被关押在新疆。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_a_reflexive_in_the_objects_relative_clause_leaves_the_object_its_subject() -> None:
    # Fictional: 自己 belongs to the clause describing the activists; they are the ones held,
    # not the minister named in the paragraph before.
    text = "外长艾山·托列\n\n据报道，当局拘押了讲述自己遭遇的维吾尔族活动人士。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_he_after_another_ones_father_is_that_father() -> None:
    # Fictional: 他 goes back past the woman to her father, not to the man named before her.
    text = "艾山·托列在美国生活。古丽·买买提得知，她的父亲去世了。据报道，当局多次拘押他。"
    father = {"relative_of": "古丽·买买提", "relation": "father"}
    assert subjects(text, "detained") == [father]


def test_we_outside_any_quotation_calling_on_a_state_is_the_issuer_not_a_group() -> None:
    # Fictional: a statement's own voice calls on Beijing; the activists named in the sentence
    # before are praised, not the ones who call. Quoted, the rally's 我们 is the group.
    statement = "维吾尔族活动人士的勇气十分可贵。我们也呼吁当局不再骚扰身在国外的维吾尔族人。"
    rally = "数十名维吾尔人在使馆前集会。他们说：“我们呼吁中国释放我们的亲人。”"
    assert subjects(statement, "protested") == []
    assert subjects(rally, "protested") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_life_term_and_a_term_of_years_told_of_one_group_are_two_sentences() -> None:
    # Fictional: two of a people given life and six a term of years whose number is not told.
    text = "两名哈萨克人获判无期徒刑，另有六名哈萨克人获判有期徒刑。"
    sentences = [e for e in extract_report(text, date(2020, 5, 6)).events if e.type == "sentenced"]
    assert [(e.subject, e.years) for e in sentences] == [
        ({"group": {"ethnicity": "kazakh", "place": None}}, "life"),
        ({"group": {"ethnicity": "kazakh", "place": None}}, None),
    ]


def test_a_name_owning_a_relative_described_by_age_is_not_the_subject() -> None:
    # Fictional: the age between the owner's name and the kin word leaves the term the brother's.
    text = "古丽娜·赛力克是一名护士，被判了9年。古丽娜31岁的弟弟达吾列提是一名牧民，被判了6年。"
    assert named_subjects(text, "sentenced") == [
        {"person": "古丽娜·赛力克"},
        {"person": "达吾列提"},
    ]


def test_one_described_in_the_lede_and_named_later_is_that_person_not_a_group() -> None:
    # Fictional: the lede's young man is the one the next paragraph names after the same words.
    text = (
        "一名从新疆逃到吉尔吉斯斯坦的柯尔克孜族青年上周被当地警方拘留。"
        "人权组织说，来自阿图什的柯尔克孜族青年托合托·阿力今年25岁。"
    )
    assert subjects(text, "detained") == [{"person": "托合托·阿力"}]


def test_another_one_named_after_the_same_description_is_someone_else() -> None:
    # Fictional: 另一名 introduces a second man; the lede's detention stays the group's.
    text = (
        "一名从新疆逃到吉尔吉斯斯坦的柯尔克孜族男子上周被拘留。"
        "另一名柯尔克孜族男子托合托·阿力说，他去年被约谈过。"
    )
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kyrgyz", "place": "KG"}}]


def test_they_are_the_kin_named_one_by_one_with_what_is_told_of_each_between() -> None:
    # Fictional: a father and a mother named after their kin words, each with a birth year.
    text = (
        "哈萨克人阿娜尔·托列说，她的父亲托列·别克，生于1958年，母亲萨拉·努尔，生于1961年，"
        "住在阿勒泰。今年1月，他们被警察带走。"
    )
    assert subjects(text, "detained") == [{"person": "托列·别克"}, {"person": "萨拉·努尔"}]


def test_a_count_of_persons_owning_their_passports_is_the_persons_just_named() -> None:
    # Fictional: 两人的护照 are the passports of the man and his wife named before, as
    # 他们的护照 would be.
    text = "2018年5月，努尔兰·别克和妻子回到伊犁。两人的护照都被没收。"
    assert named_subjects(text, "passport_confiscated") == [
        {"person": "努尔兰·别克"},
        {"relative_of": "努尔兰·别克", "relation": "spouse"},
    ]


def test_the_residents_of_a_place_named_before_them_are_a_group_of_it() -> None:
    # Fictional sentences: 某地的居民 / 当地村民, uncounted, are that place's people.
    assert subjects("据报道，伊宁的居民上周被警方成批带走。", "detained") == [
        {"group": {"ethnicity": None, "place": "CN-654002"}}
    ]
    assert subjects("在塔城，当地村民去年被警方成批带走。", "detained") == [
        {"group": {"ethnicity": None, "place": "CN-654200"}}
    ]


def test_a_place_and_residents_describing_one_person_are_no_group() -> None:
    # Fictional sentences: the words describe the person named next or said to be one.
    text = "新源县的牧民叶尔兰·别克上周被警方带走。"
    assert subjects(text, "detained") == [{"person": "叶尔兰·别克"}]
    assert subjects("叶尔兰·别克是新源县的牧民，上周被警方带走。", "detained") == [
        {"person": "叶尔兰·别克"}
    ]


def test_a_kin_word_right_before_a_name_is_that_person_not_their_relative() -> None:
    # Fictional: 老父亲 says who 叶尔兰·别克 is; he protests, not his father.
    text = "老父亲叶尔兰·别克在视频中控诉当局。"
    assert subjects(text, "protested") == [{"person": "叶尔兰·别克"}]


def test_hui_people_named_alone_are_a_group() -> None:
    # Fictional sentences: 回民 and 回族 alone name the people, as 维吾尔族 does.
    assert subjects("去年，昌吉的许多回民被警方抓走。", "detained") == [
        {"group": {"ethnicity": "hui", "place": "CN-652301"}}
    ]
    assert subjects("据报，当地回族去年3月起被禁止出境。", "passport_confiscated") == [
        {"group": {"ethnicity": "hui", "place": None}}
    ]


@pytest.mark.parametrize(
    ("kin", "relation"),
    [
        ("姊夫", "relative"),
        ("姪女", "relative"),
        ("外子", "spouse"),
        ("爱妻", "spouse"),
        ("么弟", "brother"),
        ("爸妈", "parent"),
    ],
)
def test_taiwanese_kin_words_name_their_relation(kin: str, relation: str) -> None:
    # Fictional: Taiwan's forms that the folding to Simplified keeps as they are.
    text = f"维吾尔人古丽·艾山说，她的{kin}上个月被警察带走。"
    assert subjects(text, "detained") == [{"relative_of": "古丽·艾山", "relation": relation}]


def test_some_of_people_named_by_no_group_word_are_not_the_speaker() -> None:
    # Fictional: 有的 opens a clause about "those held", a group no group word names; the
    # activist who tells it is not the one sentenced.
    text = "活动人士阿迪力·买买提本周披露，不少营地已经关闭，但被关押者仍未获得自由，有的被判刑。"
    assert named_subjects(text, "sentenced") == []


def test_some_of_relatives_named_just_before_stay_those_relatives() -> None:
    # Fictional: 有的 right after relatives is some of them.
    text = "维吾尔人阿迪力·买买提说，他的几个堂兄弟，有的被判刑。"
    assert named_subjects(text, "sentenced") == [
        {"relative_of": "阿迪力·买买提", "relation": "cousin"}
    ]


def test_kin_used_as_leverage_is_not_the_one_threatened() -> None:
    # Fictional: officials warn her through her father's safety; he is not the one threatened.
    found = extract_report(
        "维吾尔人古丽·艾山的父亲被关押后，她四处呼吁。官员以她父亲的安全向她发出警告，"
        "她只好取消了行程。",
        None,
    ).events
    assert ("detained", {"relative_of": "古丽·艾山", "relation": "father"}) in [
        (e.type, e.subject) for e in found
    ]
    assert all(e.subject.get("relation") != "father" for e in found if e.type == "threatened")


def test_an_official_petitioned_is_not_the_one_who_petitions() -> None:
    # Fictional: a petition handed to a head of government.
    found = extract_report(
        "维吾尔人古丽·艾山的父亲被关押后，古丽·艾山向德国总理汉斯·穆勒递交请愿书。", None
    ).events
    assert [(e.type, e.subject) for e in found if e.type == "protested"] == [
        ("protested", {"person": "古丽·艾山"})
    ]


def test_a_kin_word_owning_a_home_is_not_the_subject() -> None:
    # Fictional: she heads for her husband's home village and is ordered to register.
    found = extract_report(
        "维吾尔人阿依古丽·托乎提住在外地。12月底，她去丈夫的老家探亲，被勒令先到派出所报到。", None
    ).events
    assert [(e.type, e.subject) for e in found] == [("threatened", {"person": "阿依古丽·托乎提"})]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("阿娜尔·卡林父母被羁押", "parent"),
        ("退休教师阿娜尔·卡林母亲上月被带走。", "mother"),
    ],
)
def test_a_name_right_before_a_kin_word_owns_it_without_de(text: str, relation: str) -> None:
    # A fictional caption and headline-like line: with 的 left out, the named person owns the
    # relatives and is not held herself.
    assert subjects(text, "detained") == [{"relative_of": "阿娜尔·卡林", "relation": relation}]


def test_a_name_before_a_word_for_a_couple_is_one_of_the_couple() -> None:
    # Fictional: 夫妇 names the person and the spouse, both held.
    assert subjects("阿娜尔·卡林夫妇被羁押。", "detained") == [
        {"person": "阿娜尔·卡林"},
        {"relative_of": "阿娜尔·卡林", "relation": "spouse"},
    ]


def test_she_after_someones_mother_is_the_mother() -> None:
    # Fictional: the man is named only as whose mother she is; 她 in the next sentence is the
    # mother, not him.
    text = "维吾尔人艾力·买提的母亲在拘留中心去世。此前，她已被关押一年。"
    assert named_subjects(text, "detained") == [{"relative_of": "艾力·买提", "relation": "mother"}]


def test_kin_of_a_reflexive_after_many_people_are_that_groups_not_an_earlier_persons() -> None:
    # Fictional: 自己 after 一些海外维吾尔人 is those people, not the official named before.
    text = (
        "官员艾力·买买提宣布，学员已全部结业。"
        "然而，一些海外维吾尔人近日宣称，自己在新疆的亲人目前音讯全无。"
    )
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_relative_named_by_the_name_of_the_relation_is_that_person() -> None:
    # Fictional: the speaker gives her brother's name in the sentence after his sentence.
    text = "古丽娜尔在阿拉木图对记者说：“我哥哥被判刑10年。哥哥的名字叫艾山·买买提。”"
    assert named_subjects(text, "sentenced") == [{"person": "艾山·买买提"}]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Fictional: people counted inside a family or among relatives are that many relatives.
        ("哈萨克人萨妮娅·阿汗说，她的大家族里已有十几人下落不明。", 10),
        ("牧民叶尔兰·别克的亲戚当中先后有逾30人失踪。", 30),
        ("移居土耳其的图尔迪·萨比尔说，他的家人中有七人失踪。", 7),
    ],
)
def test_people_counted_among_a_family_are_that_many_relatives(text: str, count: int) -> None:
    found = named_subjects(text, "disappeared")
    assert [(s["relation"], s.get("count")) for s in found] == [("relative", count)]


def test_people_counted_in_a_named_persons_household_are_relatives_not_the_person() -> None:
    # Fictional: the count in her household is of her relatives; she herself was not taken.
    text = "定居阿拉木图的萨妮娅·阿汗家里先后有四人被警方带走。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "萨妮娅·阿汗", "relation": "relative", "count": 4}
    ]


def test_a_named_person_held_at_home_is_still_the_one_held() -> None:
    # Fictional: 家中 as the place of the arrest counts no one.
    assert named_subjects("牧民叶尔兰·别克前年在家中被捕。", "detained") == [
        {"person": "叶尔兰·别克"}
    ]


def test_kin_owned_by_qi_after_an_unnamed_relative_are_that_relatives_kin() -> None:
    # Fictional: 其 in the clause after the daughters-in-law is theirs; their children are the
    # woman's grandchildren, further relatives, not her own children.
    text = "萨妮娅·阿汗说，两个儿媳后来获释，但与其六名子女一起被软禁。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "萨妮娅·阿汗", "relation": "relative", "count": 6}
    ]


def test_a_quote_opened_by_she_said_after_a_first_clause_is_hers() -> None:
    # Fictional: 她说 opens the sentence's second clause; 我 in the quote is the woman, whose
    # sister is named before, not the man named last.
    text = (
        "据萨妮娅·阿汗讲述，她的姐姐阿依努尔·阿汗和姐夫叶尔兰今年3月被带走。"
        "她非常着急，她说“我姐姐的三个女儿如今下落不明。”"
    )
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "阿依努尔·阿汗", "relation": "daughter", "count": 3}
    ]


def test_kin_of_they_standing_for_two_named_persons_are_each_ones_kin() -> None:
    # Fictional: 他们的父母 after a couple named together are the parents of each, not the
    # couple themselves.
    text = "旅居瑞典的努尔兰·卡森和妻子萨妮娅·阿汗表示，他们的父母自2018年起下落不明。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "努尔兰·卡森", "relation": "parent"},
        {"relative_of": "萨妮娅·阿汗", "relation": "parent"},
    ]


def test_a_turn_to_someone_is_looked_for_no_further_than_its_longest_wording() -> None:
    # The subject finder only tries names this near (ADDRESSED_AFTER_SUBJECT_LONGEST).
    longest = "住在安卡拉的" + "写信给" + "远在北京的一位知名的律师"
    assert len(longest) == ADDRESSED_AFTER_SUBJECT_LONGEST
    assert ADDRESSED_AFTER_SUBJECT.fullmatch(longest)
    assert not ADDRESSED_AFTER_SUBJECT.fullmatch(longest + "叶")
    text = f"萨妮娅·阿汗{longest}叶尔兰·托合提求助。她说，母亲自去年起下落不明。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "萨妮娅·阿汗", "relation": "mother"}
    ]


@pytest.mark.parametrize("kin", ["她的母亲", "母亲"])
def test_she_after_a_woman_turned_to_someone_is_the_woman_not_the_one_asked(kin: str) -> None:
    # Fictional: 她 in the next sentence is the woman who asked the lawyer for help, whose
    # mother went missing, not the lawyer named last.
    text = f"住在安卡拉的萨妮娅·阿汗向律师叶尔兰·托合提求助。她说，{kin}自去年起下落不明。"
    assert named_subjects(text, "disappeared") == [
        {"relative_of": "萨妮娅·阿汗", "relation": "mother"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: kin listed after a headless relative clause, owned by a pronoun.
        (
            "牧民叶尔兰·别克说，被带走的还有他的三个侄子。",
            [{"relative_of": "叶尔兰·别克", "relation": "relative", "count": 3}],
        ),
        (
            "萨妮娅·阿汗表示，去年失踪的包括她的婆婆和小叔子。",
            [{"relative_of": "萨妮娅·阿汗", "relation": "relative"}],
        ),
    ],
)
def test_kin_listed_after_a_headless_relative_clause_are_its_subjects(
    text: str, expected: list[dict]
) -> None:
    assert subjects(text, "detained") + subjects(text, "disappeared") == expected


def test_someone_among_a_persons_relatives_is_a_relative_of_the_person() -> None:
    # Fictional: 有人 among his relatives is some of them, not no one.
    text = "住在塔拉兹的叶尔兰·别克说，他的亲戚当中也有人被带走。"
    assert named_subjects(text, "detained") == [
        {"relative_of": "叶尔兰·别克", "relation": "relative"}
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Fictional: a cleric named before is called again by his title alone.
        ("哈巴河县的阿訇托合提·艾山上周被拘捕。两天后，警方通知其家人阿訇已身亡。", "托合提·艾山"),
        ("乌恰县的伊玛目艾买提·吐尔逊被判刑后，其妻子说伊玛目已经在狱中去世。", "艾买提·吐尔逊"),
    ],
)
def test_a_clerics_title_alone_refers_to_the_cleric_named_before(text: str, name: str) -> None:
    assert subjects(text, "died") == [{"person": name}]


def test_clerics_counted_by_their_title_are_still_a_group() -> None:
    # Fictional: a count before the title makes it many clerics, no one named.
    assert subjects("阿訇托合提·艾山说，县里多名阿訇被抓。", "detained") == [
        {"group": {"ethnicity": None, "place": None}}
    ]


@pytest.mark.parametrize("how", ["秘密", "悄悄", "正式"])
def test_a_sentence_opening_on_how_it_was_done_takes_the_topic_before(how: str) -> None:
    # Fictional: the court and the charges, then how, then the verb: no subject of its own.
    text = (
        "牧民叶森·努尔兰前年4月被带走，其后关押在看守所。"
        f"去年10月，被县法院以“聚众扰乱”等罪名，{how}判刑13年。"
    )
    assert subjects(text, "sentenced") == [{"person": "叶森·努尔兰"}]


def test_a_part_in_round_figures_opening_the_next_sentence_is_the_group_named_before() -> None:
    # Fictional: 其中数百人 and 其中上千人 count part of the herders of the sentence before.
    text = "阿勒泰一带住着约十万柯尔克孜人。据知情人说，其中数百人去年被送进学习班。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kyrgyz", "place": "CN-654300"}}]
    text = "当地约有五万哈萨克牧民。其中上千人至今下落不明。"
    assert subjects(text, "disappeared") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_most_of_a_mass_stated_with_people_between_gives_that_people() -> None:
    # Fictional: 其中大多数人是哈萨克族 says who most of the masses held are.
    text = "一份报告称，当局在那些营地里关押了数十万穆斯林，其中大多数人是哈萨克族。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]


def test_residents_an_office_of_a_unit_orders_are_that_units_people() -> None:
    # Fictional: the police of 塔城 order the residents, who are of 塔城; a country's police
    # (中国警方) gives no unit.
    text = "塔城警方上月发出通知，要求居民上缴因私护照。"
    assert subjects(text, "passport_confiscated") == [
        {"group": {"ethnicity": None, "place": "CN-654200"}}
    ]
    text = "阿勒泰市公安局本周通知全体居民将护照交到社区统一保管。"
    assert subjects(text, "passport_confiscated") == [
        {"group": {"ethnicity": None, "place": "CN-654301"}}
    ]
    # The offices of a unit's parts (塔城各县) order for that unit; so for holders of papers.
    text = "塔城各县近日通知，要求所有护照持有人上缴护照。"
    assert subjects(text, "passport_confiscated") == [
        {"group": {"ethnicity": None, "place": "CN-654200"}}
    ]


def test_people_in_charge_or_believers_counted_are_a_group_not_the_speaker() -> None:
    # Fictional: 两名负责人 and 十多名信徒 are the ones held, not the spokesman who tells it.
    text = "发言人艾尔肯·吐尔逊周五说，当局关闭了一座清真寺，两名负责人被带走。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": None}}]
    text = "一位牧师阿里木·买买提对记者说，十多名信徒上个月被捕。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": None}}]


def test_a_whole_village_written_with_zheng_is_its_villagers() -> None:
    # Fictional: 整村的人 and 整村村民 are the village's people, placed by the unit before it.
    text = "知情人说，和田县一个村庄整村的人都被送去了学习班。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": None, "place": "CN-653221"}}]


def test_a_group_after_dui_owning_a_trigger_used_as_a_noun_is_its_subject() -> None:
    # Fictional: 对哈萨克族牧民的任意关押 is done to the herders; they are the ones held.
    text = "多国政府谴责当局对哈萨克族牧民的任意关押。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kazakh", "place": None}}]
    text = "多国政府谴责当局对柯尔克孜族牧民的大规模关押。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kyrgyz", "place": None}}]


def test_a_portion_of_them_opening_the_next_sentence_is_the_group_named_before() -> None:
    # Fictional: 其中一部分人 and 其中少数人 are part of the people held before.
    text = "伊宁市的回族穆斯林很多被关押。如今，其中一部分人已经获释。"
    assert subjects(text, "released") == [{"group": {"ethnicity": "hui", "place": "CN-654002"}}]


def test_people_of_no_stated_people_said_to_be_mostly_of_one_are_that_people() -> None:
    # Fictional: 少数民族中多数为柯尔克孜族 and 穆斯林，其中大多数是回族 say who they are.
    text = "阿合奇县被拘押的少数民族中多数为柯尔克孜族。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "kyrgyz", "place": "CN-653023"}}]
    text = "警方去年抓走了许多穆斯林，其中大多数是回族。"
    assert subjects(text, "detained") == [{"group": {"ethnicity": "hui", "place": None}}]


def test_who_appeals_for_a_release_after_speaking_is_the_relative_who_speaks() -> None:
    # Fictional: a daughter speaks of her father's illness, then asks for his release.
    text = "教师努尔兰·卡斯木的女儿表示，父亲患有糖尿病，她呼吁当局释放父亲。"
    assert subjects(text, "protested") == [{"relative_of": "努尔兰·卡斯木", "relation": "daughter"}]
    assert subjects(text, "detained") == [{"person": "努尔兰·卡斯木"}]


def test_a_wife_who_speaks_of_a_man_named_later_appeals_for_her_husband() -> None:
    # Fictional: the man is named only inside what his wife says; she asks for her husband.
    text = (
        "一名在阿克苏服刑的男子的妻子告诉记者，努尔兰·卡斯木患有糖尿病，"
        "并呼吁政府早日释放她的丈夫。"
    )
    assert subjects(text, "protested") == [{"relative_of": "努尔兰·卡斯木", "relation": "spouse"}]


def test_one_named_as_owner_of_kin_told_by_place_is_not_the_one_warned() -> None:
    # Fictional: the police warn the parents, told by where they live, not the son abroad.
    text = "住在瑞典的维吾尔人艾力·吐尔洪说，警方警告艾力·吐尔洪在阿克苏的父母不许和他通话。"
    assert subjects(text, "threatened") == [{"relative_of": "艾力·吐尔洪", "relation": "parent"}]


def test_the_one_contact_was_lost_with_is_not_the_one_missing_next() -> None:
    # Fictional: the daughter has not reached her father for years and is missing; the father
    # abroad, named only as the one she lost touch with, is not.
    text = "旅居加拿大的塔塔尔人阿尔斯兰·卡比尔的女儿早已和他断了联系，下落不明。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "阿尔斯兰·卡比尔", "relation": "daughter"}
    ]


def test_qi_after_x_de_kin_is_that_kin_as_ta_would_be() -> None:
    # Fictional: 其 stands for the uncle taken, not for the nephew who owns him.
    text = "塔塔尔人阿尔斯兰·卡比尔的舅舅被带到外地，亲友一直打听不到其下落。"
    assert subjects(text, "disappeared") == [
        {"relative_of": "阿尔斯兰·卡比尔", "relation": "relative"}
    ]


def test_protesters_named_as_such_are_the_group_that_protested() -> None:
    # Fictional: a rally's people called 示威群众 and 抗议民众, after the rally is named.
    for text in ("在上周六的集会中，示威群众高举着亲人的照片。", "抗议民众在领事馆外集会。"):
        assert subjects(text, "protested") == [{"group": {"ethnicity": None, "place": None}}]


@pytest.mark.parametrize(
    "text",
    ["示威者指控当局制造了一名教师的失踪事件。", "艾山·买买提指控当局策划了一名教师的失踪。"],
)
def test_who_accuses_is_not_whom_the_accusation_tells_of(text: str) -> None:
    # Fictional: protesters, and a named man, accuse the state of a disappearance of no one
    # they name.
    assert subjects(text, "disappeared") == []


def test_other_families_someone_joins_are_no_kin_of_hers() -> None:
    # Fictional: a wife with the families of other detainees; and kin beyond her parents.
    joined = "古娜·哈山与其他家属一起在大使馆门前集会。"
    assert subjects(joined, "protested") == [{"person": "古娜·哈山"}]
    kin = "古娜·哈山说，她的父母和其他家人一起被带走。"
    assert {"relative_of": "古娜·哈山", "relation": "relative"} in subjects(kin, "detained")


def test_a_testimonys_i_is_the_teller_named_in_brackets_after_it() -> None:
    # Fictional: a court testimony opening with the teller's name, then another man named.
    text = (
        "我（叶尔兰·托列）1979年出生于伊宁。2010年，我与前夫马拉特·塞里克离婚了。"
        "2018年3月，我被镇上的警察传唤，问了四个小时。"
    )
    assert subjects(text, "threatened") == [{"person": "叶尔兰·托列"}]


def test_a_few_counted_people_said_in_the_next_clause_to_be_of_a_people_are_a_group() -> None:
    # Fictional: 有4人……被带走，大多是维族青年 and 二十多名学生被拘留，其中多数为哈萨克族:
    # the clause after the held people says who they are; not the one telling of them.
    text = "阿不都·卡德尔称，上周五莎车汽车站有4人被警察带走，大多是维族青年。"
    found = subjects(text, "detained")
    assert [s["group"]["ethnicity"] for s in found] == ["uyghur"]
    text = "据目击者说，二十多名学生被拘留，其中多数为哈萨克族。"
    found = subjects(text, "detained")
    assert [s["group"]["ethnicity"] for s in found] == ["kazakh"]
    # Persons of the report counted bare stay no group: 两人被带走，都是他的同事.
    text = "阿不都·卡德尔称，有3人被带走，都是他的同事。"
    assert all("group" not in s for s in subjects(text, "detained"))


def test_many_of_counted_people_said_to_be_of_a_people_after_a_relative_clause() -> None:
    # Fictional: 其中许多人都是在集市上摆摊的维吾尔人: the people after a clause ending in 的.
    text = "警方在城里抓走了数百人，其中许多人都是在集市上摆摊的维吾尔人。"
    found = subjects(text, "detained")
    assert [s["group"]["ethnicity"] for s in found] == ["uyghur"]


def test_a_leads_round_count_of_people_is_the_bodys_close_count_of_a_people() -> None:
    # Fictional: 约四十人 in the lead and 38名维吾尔族农民 in the body are the same people held;
    # a count far from it (约四十人……12名维吾尔族农民) is another group.
    def peoples(text: str) -> list[str]:
        found = extract_report(text, MONDAY).events
        return sorted(e.subject["group"]["ethnicity"] or "" for e in found if e.type == "detained")

    text = "世维会称，墨玉县已有约四十人被带走。一位村民说，至少有38名维吾尔族农民被警方拘留。"
    assert peoples(text) == ["uyghur"]
    text = "世维会称，墨玉县已有约四十人被带走。一位村民说，至少有12名维吾尔族农民被警方拘留。"
    assert peoples(text) == ["", "uyghur"]


def test_kin_who_were_visited_are_not_the_they_after_them() -> None:
    # Fictional: a couple went home to see relatives; their own passports were taken.
    text = (
        "哈萨克族人赛力克·努尔兰说，他的父亲叶森·努尔兰和母亲阿依达·卡里去年回伊犁看望亲戚，"
        "离开的那天，派出所把他们的护照收走了。"
    )
    assert subjects(text, "passport_confiscated") == [
        {"person": "叶森·努尔兰"},
        {"person": "阿依达·卡里"},
    ]


@pytest.mark.parametrize("kin", ["其父母亲", "他的两个哥哥"])
def test_one_kin_word_for_several_people_is_the_they_of_a_later_sentence(kin: str) -> None:
    # Fictional: parents or brothers named by one kin word, then 他们 three sentences on,
    # after a group was named in the paragraph.
    text = (
        f"很多哈萨克族人被关押在新疆。留学生玛依拉·叶森称，{kin}去年回国后被限制出境。"
        "每次他们到公安局讨回证件，民警都叫他们再等等。证件始终没有发还给他们。"
        "如今我们已经联系不上他们。"
    )
    assert subjects(text, "contact_lost") == subjects(text, "passport_confiscated")
    assert all("group" not in subject for subject in subjects(text, "contact_lost"))


@pytest.mark.parametrize(
    "text",
    [
        "艾山·托合提的妻子去年被带走了。艾山说：“从那以后，我们再也联系不上她。”",
        "很多维吾尔人被关押。艾山·托合提说，他的妻子去年被带走了，我们无法联系到她。",
    ],
)
def test_the_teller_who_cannot_reach_kin_is_not_the_one_out_of_reach(text: str) -> None:
    # Fictional: the teller tries; the wife is the one contact was lost with.
    assert subjects(text, "contact_lost") == [{"relative_of": "艾山·托合提", "relation": "spouse"}]


def test_they_after_a_newly_named_person_are_hers_not_kin_told_of_before() -> None:
    # Fictional: a people named a paragraph back; a girl's many relatives held, then her
    # grandmother named, and 他们 with her husband: the grandmother's household, not the
    # girl's relatives.
    text = (
        "上周六，数百名维吾尔人在白宫外集会。\n"
        "阿依努尔知道，她在喀什的很多亲戚都被关押了。阿依努尔的外婆古丽·托合提说，"
        "2000年她跟老伴搬到了加拿大。2018年以后，他们同喀什老家的亲人断了联系。"
    )
    assert named_subjects(text, "contact_lost") == [
        {"relative_of": "古丽·托合提", "relation": "family"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "许多哈萨克人流亡海外。当局长期把异见者的亲属当作人质，利用他们对敢言的家人施加压力。",
        "许多维吾尔人住在土耳其。当局利用他们对直言的家庭成员进行威胁。",
    ],
)
def test_pressure_aimed_with_dui_at_kin_of_no_one_named_befalls_no_one(text: str) -> None:
    # Fictional: a practice described in general; those before 对 are the means, and the kin
    # after it belong to no one the story names.
    assert subjects(text, "threatened") == []


def test_pressure_aimed_with_dui_at_a_named_persons_kin_is_theirs() -> None:
    # Fictional: the same construction with an owner of the kin.
    text = "艾山·托合提说，警察对他的妹妹施加压力。"
    assert subjects(text, "threatened") == [{"relative_of": "艾山·托合提", "relation": "sister"}]


@pytest.mark.parametrize(
    ("text", "event_type", "named"),
    [
        # Fictional: the counted people of an event named right after it by 为 or 是.
        (
            "被判处死刑的两名维族学者为喀什某学院前教授阿卜杜·热依木，和某师范学院前院长买买提·艾力。",
            "sentenced",
            ["买买提·艾力", "阿卜杜·热依木"],
        ),
        (
            "被捕的两名哈萨克族牧民是阿斯卡尔·卡德尔和努尔兰·别克。",
            "detained",
            ["努尔兰·别克", "阿斯卡尔·卡德尔"],
        ),
        (
            "上月获释的两人分别是阿斯卡尔·卡德尔、努尔兰·别克。",
            "released",
            ["努尔兰·别克", "阿斯卡尔·卡德尔"],
        ),
    ],
)
def test_counted_people_named_by_a_copula_after_their_event_are_its_subjects(
    text: str, event_type: str, named: list[str]
) -> None:
    assert subjects(text, event_type) == [{"person": name} for name in named]


def test_wei_for_this_after_counted_people_names_no_one() -> None:
    # Fictional: 为此 "for this" is no copula.
    text = "上月获释的两名教师为此感谢了阿卜杜·热依木。"
    assert named_subjects(text, "released") == []


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a woman speaks of two men of no shown sex, then 她 acts again.
        "维吾尔族歌手古丽娜·艾山在视频中讲话。她说，阿卜杜·热依木和买买提·艾力从未违法。她呼吁国际社会营救二人。",
        "维吾尔族歌手古丽娜·艾山在视频中讲话。她表示，阿卜杜·热依木和买买提·艾力从未违法，她呼吁国际社会营救二人。",
    ],
)
def test_she_after_her_own_words_naming_others_is_the_speaker_again(text: str) -> None:
    assert named_subjects(text, "protested") == [{"person": "古丽娜·艾山"}]


def test_she_done_to_after_her_words_naming_another_is_not_the_speaker() -> None:
    # Fictional: the woman she speaks of is the one held, not the speaker.
    text = "维吾尔族歌手古丽娜·艾山在视频中讲话。她说，阿依努尔·卡德尔去年被捕。她被关在喀什。"
    assert named_subjects(text, "detained") == [{"person": "阿依努尔·卡德尔"}]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: 两人 or 二人 closing a demanded release stands for the pair named before.
        "阿卜杜·热依木和买买提·艾力上月被判刑。学者们发起联署，要求当局无条件释放二人。",
        "阿卜杜·热依木和买买提·艾力上月被判刑。几名议员要求中方立即释放这两人。",
    ],
)
def test_two_people_closing_a_demanded_release_are_the_pair_named_before(text: str) -> None:
    assert named_subjects(text, "detained") == [
        {"person": "买买提·艾力"},
        {"person": "阿卜杜·热依木"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a counted group's event, and the next sentence opening by naming them.
        "近日有两名维吾尔学者被判处死刑。他们分别是阿卜杜·热依木和买买提·艾力。",
        "两名维吾尔学者被判处死刑。两人是阿卜杜·热依木和买买提·艾力。",
        "学生们声援被判处死刑的两名维族学者。\n\n被判死刑的两名维族学者为阿卜杜·热依木和买买提·艾力。",
    ],
)
def test_a_counted_group_named_by_the_next_sentence_is_those_persons(text: str) -> None:
    assert subjects(text, "sentenced") == [
        {"person": "买买提·艾力"},
        {"person": "阿卜杜·热依木"},
    ]


def test_a_group_whose_next_sentence_names_no_one_stays_a_group() -> None:
    # Fictional: the next sentence speaks of one of them, naming no list.
    text = "两名维吾尔学者被判处死刑。阿卜杜·热依木的家人很担心。"
    assert subjects(text, "sentenced") == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_a_household_thing_named_with_jiating_is_not_the_family() -> None:
    # Fictional: 家庭地址 and 家庭安全 are her home's address and security, not her family; the
    # harassment is hers.
    text = (
        "维吾尔人权活动人士帕丽达·吐尔逊住在多伦多。她说，陌生人在网上贴出她的家庭地址。"
        "骚扰迫使她为她的家庭安全装了摄像头。"
    )
    assert named_subjects(text, "threatened") == [{"person": "帕丽达·吐尔逊"}]
