"""Person names in report text. Every person and sentence here is fictional, written for tests."""

import pytest

from tugan.core.extract import ExtractionModels, extract_report
from tugan.core.extract.name_shapes import is_clipped_spelling
from tugan.core.extract.persons import cuts_outer_part_to_one


def names(text: str) -> list[str]:
    return [person.name for person in extract_report(text, None).persons]


@pytest.mark.parametrize("separator", ["·", ".", "•", "‧", "-", "・", "．", "∙", "⋅", "ꞏ"])
def test_it_finds_transliterated_names_with_any_separator(separator: str) -> None:
    text = f"维吾尔族商人阿依古丽{separator}吐尔洪说，她的弟弟去年被带走。"
    assert names(text) == ["阿依古丽·吐尔洪"]


@pytest.mark.parametrize(
    "name",
    [
        "阿依古丽·托乎提",
        "托乎提·阿依登",
        "阿碧·牙森",
        "海丽倩·奴尔",
        "阿依嫣·托乎提",
        "卧力克·努尔兰",
        "雪珂热·托乎提",
        "特仑别克·努尔兰",
        "别尔季·努尔兰",
        "努尔兰·赛力扽",
        "努尔兰·卡辽别克",
        "竹尔丹·赛力克",
    ],
)
def test_it_keeps_name_characters_that_are_rare_elsewhere(name: str) -> None:
    assert names(f"维吾尔人{name}去年被捕。") == [name]


def test_an_officials_name_ending_in_ji_keeps_its_last_syllable() -> None:
    # Fictional: an official's unseparated Kazakh name ending in 季 (-di) after his title.
    assert names("哈萨克斯坦副外长阿尔曼别尔季表示，将与邻国沟通。") == ["阿尔曼别尔季"]


def test_it_finds_names_without_separator_after_a_cue() -> None:
    text = "哈萨克人努尔兰对本台说，他已经三年没有家人的消息。"
    assert names(text) == ["努尔兰"]


def test_it_finds_names_before_a_speech_verb() -> None:
    text = "在阿拉木图的集会上，古丽巴哈尔表示，她的父亲至今下落不明。"
    assert "古丽巴哈尔" in names(text)


def test_it_reads_traditional_text_and_returns_simplified_names() -> None:
    text = "維吾爾族教師阿依古麗.吐爾洪說，她的丈夫被判刑十年。"
    assert names(text) == ["阿依古丽·吐尔洪"]


def test_it_keeps_the_latin_form_given_in_brackets() -> None:
    text = "活动人士叶尔兰·哈米提（Erlan Hamit）告诉记者，他的母亲被关押。"
    person = extract_report(text, None).persons[0]
    assert person.name == "叶尔兰·哈米提"
    assert person.latin == "Erlan Hamit"


def test_a_cued_name_of_uncommon_characters_with_a_full_latin_form_is_a_person() -> None:
    # Fictional: 莎蓓娜 uses characters the transliteration tables lack; the cue before it and
    # its two-word Latin form in brackets show a name. A one-word bracket is not enough.
    text = "哈萨克公民莎蓓娜(Shaire Bekova)说，她的丈夫被关押。"
    assert names(text) == ["莎蓓娜"]
    assert extract_report(text, None).persons[0].latin == "Shaire Bekova"
    assert names("哈萨克公民莎蓓娜(Shaire)说，她的丈夫被关押。") == []


def test_a_cued_first_part_of_uncommon_characters_stays_in_a_separated_name() -> None:
    # Fictional: 莎蓓娜 is no part the tables spell, but the cue before it opens the name.
    assert names("哈萨克公民莎蓓娜·别克说，她的丈夫被关押。") == ["莎蓓娜·别克"]


def test_the_latin_form_in_brackets_keeps_its_accents() -> None:
    text = "维吾尔人古丽巴哈尔·吐尔逊（Gülbahar Tursun）说，她的姐姐被捕。"
    assert extract_report(text, None).persons[0].latin == "Gülbahar Tursun"


def test_it_folds_short_forms_into_the_full_name() -> None:
    text = "学者叶尔兰·哈米提说，他很担心。叶尔兰还说，他会继续呼吁。"
    persons = extract_report(text, None).persons
    assert [person.name for person in persons] == ["叶尔兰·哈米提"]
    assert persons[0].aliases == ["叶尔兰"]
    assert len(persons[0].spans) == 2


def test_it_finds_han_names_after_a_title() -> None:
    text = "维权律师张明远表示，案件没有公开审理。"
    assert names(text) == ["张明远"]


def test_bylines_and_credits_are_authors_not_persons() -> None:
    text = "学者叶尔兰·哈米提说，他很担心。（图片/记者王小东）\n\n记者：刘海 责编：陈静 网编：方圆"
    extraction = extract_report(text, None)
    assert [person.name for person in extraction.persons] == ["叶尔兰·哈米提"]
    assert extraction.authors == ["王小东", "刘海", "陈静", "方圆"]


def test_a_bracketed_byline_after_an_outlet_and_a_writers_line_are_authors() -> None:
    # Fictional credits: an outlet's reporter in the dateline's brackets, a line naming the writer.
    text = "【某报2020年5月6日讯】（某报记者王小东报导）维吾尔人艾山被捕。\n\n作者 刘海"
    extraction = extract_report(text, None)
    assert extraction.authors == ["王小东", "刘海"]
    assert [person.name for person in extraction.persons] == ["艾山"]


def test_a_writers_credit_with_a_slash_opening_a_line_is_an_author() -> None:
    # Fictional credit: "文/" and the writer's name, with a bracketed role after it.
    text = "文/王小东（某人权组织研究员）\n\n维吾尔人艾山·托合提说，他的父母被带走了。"
    extraction = extract_report(text, None)
    assert extraction.authors == ["王小东"]
    assert [person.name for person in extraction.persons] == ["艾山·托合提"]


def test_a_short_foreign_name_between_a_state_office_and_a_visit_is_a_person() -> None:
    # Fictional officials: a two-character name known by the office before it and the visit after.
    assert names("当年英国首相凯斯访问北京时，她在场。") == ["凯斯"]
    assert names("外长莱文会见了家属。") == ["莱文"]
    assert names("总理上周访问了新疆。") == []


def test_ethnic_words_and_places_are_not_names() -> None:
    text = "维吾尔人和哈萨克人在伊斯坦布尔说，他们无法联系新疆的家人。"
    assert names(text) == []


def test_spans_point_at_the_name_in_the_text() -> None:
    text = "哈萨克斯坦公民叶尔兰·哈米提讲述了经过。"
    person = extract_report(text, None).persons[0]
    start, end = person.spans[0]
    assert text[start:end] == "叶尔兰·哈米提"
    assert person.residence == "KZ"
    assert person.ethnicity is None or person.ethnicity == "kazakh"


def test_a_title_and_a_speech_verb_make_any_run_a_name() -> None:
    assert names("维吾尔人协会主席多里坤表示，国际社会应该关注。") == ["多里坤"]


def test_a_common_word_after_a_title_is_not_a_han_name() -> None:
    assert names("一位医生和司机在门口等了很久。") == []


def test_pseudonyms_are_persons() -> None:
    assert names("古丽（化名）说，她的丈夫被带走了。") == ["古丽"]


def test_han_names_before_an_event_verb() -> None:
    assert names("张海涛被判刑十年。") == ["张海涛"]


def test_foreign_names_between_a_title_and_a_speech_verb() -> None:
    assert names("外交部发言人汪明远表示，这是内政。") == ["汪明远"]
    assert names("哈萨克族学者表示，情况没有改善。") == []


def test_a_place_before_a_name_is_not_part_of_it() -> None:
    assert names("伊宁阿不都·热西提被捕。") == ["阿不都·热西提"]
    assert names("哈密提江·吐尔逊被捕。") == ["哈密提江·吐尔逊"]


def test_a_public_figure_needs_no_cue() -> None:
    # Fictional sentence about a real public office-holder: no title or verb beside the name.
    names = [
        person.name
        for person in extract_report("这份文件据称来自陈全国时期的自治区政府。", None).persons
    ]
    assert names == ["陈全国"]


def test_a_public_figure_inside_a_longer_name_is_not_read() -> None:
    names = [person.name for person in extract_report("牧民阿布拉日毛宁说，他很好。", None).persons]
    assert "毛宁" not in names


def test_a_credited_author_with_a_transliterated_name_is_not_a_person() -> None:
    text = "作者：努尔兰·别克（Nurlan Bek）\n哈萨克人阿依古丽说，她的哥哥被抓。"
    extraction = extract_report(text, None)
    assert extraction.authors == ["努尔兰·别克"]
    assert [person.name for person in extraction.persons] == ["阿依古丽"]


def test_a_separated_name_before_a_university_is_an_institution() -> None:
    assert names("官员到访努尔兰·别克国立大学，与学生对话。") == []


def test_a_function_character_after_a_name_is_trimmed_when_the_name_stands_alone() -> None:
    text = "哈萨克人努尔兰·别克说，他的父亲被抓。另一案中的努尔兰·别克因越境被判刑。"
    persons = extract_report(text, None, ExtractionModels()).persons  # the rules alone
    assert [(person.name, person.spans) for person in persons] == [
        ("努尔兰·别克", [(4, 10), (24, 30)])
    ]


def test_a_particle_after_a_full_name_is_trimmed_when_its_last_part_is_found_alone() -> None:
    text = "住在德国的维吾尔人阿里木·吐尔洪亦参加了集会。吐尔洪希望警方公布岳父下落。"
    persons = extract_report(text, None).persons
    assert [(person.name, person.aliases) for person in persons] == [("阿里木·吐尔洪", ["吐尔洪"])]


def test_a_name_part_ending_in_a_particle_is_kept_when_never_written_without_it() -> None:
    assert names("阿不都·热合曼说，阿不都在监狱。") == ["阿不都·热合曼"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: 都 and 也 after the last name of a list are "all" and "also".
        ("努尔兰·别克和阿依古丽·吐尔逊都被拘留了。", ["努尔兰·别克", "阿依古丽·吐尔逊"]),
        ("艾山·托合提和他的女儿阿依古丽·艾山都已获释。", ["艾山·托合提", "阿依古丽·艾山"]),
        ("艾山·托合提、阿依古丽·艾山也被判刑。", ["艾山·托合提", "阿依古丽·艾山"]),
        # A last part ending in the particle is a name of its own: 阿不都 is one.
        ("艾山和吐尔逊·阿不都被捕。", ["艾山", "吐尔逊·阿不都"]),
        # No list before it: the report alone cannot tell, and the name stays whole.
        ("吐尔逊·阿不都被捕。", ["吐尔逊·阿不都"]),
        # A name a kin word gives, unseparated, ends the same way (米热阿依, not 米热阿依都).
        ("艾山的妻子努尔尼沙及女儿米热阿依都被抓走。", ["艾山", "努尔尼沙", "米热阿依"]),
        ("艾山·托合提和弟弟阿不都被拘留。", ["艾山·托合提", "阿不都"]),
    ],
)
def test_all_or_also_after_the_last_separated_name_of_a_list_is_no_part_of_it(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_kin_terms_and_naming_verbs_mark_the_name_up_to_punctuation() -> None:
    text = "她说：“我叫古丽娜尔，他是我的弟弟伊克帕阿山。”"
    assert names(text) == ["古丽娜尔", "伊克帕阿山"]


def test_an_adverb_and_a_verb_after_a_kin_word_are_no_name() -> None:
    text = "活动人士巴图尔说，他有两个姐姐都关在营里，父母也被带走。"
    assert names(text) == ["巴图尔"]


def test_the_speaker_of_a_transcript_line_is_a_person() -> None:
    text = (
        "维吾尔人阿碧兰金：「孩子们以为我们走了。」协会理事长王朝东：「不用理由。」"
        "CNN记者：「是的。」"
    )
    assert names(text) == ["阿碧兰金", "王朝东"]


def test_a_han_surname_before_a_two_character_name_with_a_latin_form() -> None:
    person = extract_report("外长黄英贤（Mei Wong）呼吁调查。", None, ExtractionModels()).persons[0]
    assert (person.name, person.latin) == ("黄英贤", "Mei Wong")


def test_a_long_name_without_separator_takes_its_short_forms() -> None:
    text = "她说：“他是我亲爱的弟弟伊克帕阿山。”被关的弟弟伊克帕则是工程师。"
    persons = extract_report(text, None).persons
    assert [(person.name, person.aliases) for person in persons] == [("伊克帕阿山", ["伊克帕"])]


def test_persons_named_only_in_latin_letters() -> None:
    text = (
        "两名法国记者Aruzhan Serikova 和Tom Lee2023年初走访哈萨克斯坦。"
        "Human Rights Watch称，学者Anna Kowalski说，New York的居民很多。"
    )
    persons = extract_report(text, None).persons
    assert [(person.name, person.latin) for person in persons] == [
        ("Aruzhan Serikova", "Aruzhan Serikova"),
        ("Tom Lee", "Tom Lee"),
        ("Anna Kowalski", "Anna Kowalski"),
    ]


def test_a_surname_and_mou_after_a_cue_is_an_anonymous_person() -> None:
    text = "呼图壁县回民金某喜爱读书。清真寺阿訇马某被抓走，某些人说，在某地。"
    assert names(text) == ["金某", "马某"]


def test_a_separated_name_takes_syllable_table_characters_at_its_edges() -> None:
    # 干 and 李 write Uyghur syllables (DB65/T 2189) though not in the transliteration list.
    text = "执行委员会副主席图尔干江·阿拉乌敦说，他的侄女毛李亚.哈力吾拉也在场。"
    assert names(text) == ["图尔干江·阿拉乌敦", "毛李亚·哈力吾拉"]


def test_common_words_joined_by_a_dash_are_not_a_name() -> None:
    assert names("约有100万穆斯林-大多数是农民，哈萨克人努尔兰说。") == ["努尔兰"]


def test_a_name_run_does_not_take_the_end_of_a_word_before_it() -> None:
    # 证明 is a word: its 明, a transliteration character, does not start the name.
    assert names("这份文件证明古丽巴哈尔表示过反对。") == ["古丽巴哈尔"]


def test_a_surname_starting_a_common_word_before_a_verb_is_not_a_name() -> None:
    assert names("母亲打来电话，焦急地告诉他要回家。") == []


def test_a_quoted_name_after_a_cue_is_a_person() -> None:
    text = "这名在澳洲的维吾尔人「阿依别克」已经5年没见到妻儿，他们向「阿塔尔特」求助。"
    assert names(text) == ["阿依别克"]


def test_a_foreign_name_after_a_title_up_to_punctuation() -> None:
    assert names("会上，该国外长卡尔森，以及发言人莫里森。") == ["卡尔森", "莫里森"]


def test_a_separated_run_holding_two_names_gives_both() -> None:
    # The middle part holds the end of one name and the start of the next.
    text = "维吾尔学者伊敏江·赛都拉的女儿迪丽娜尔·伊敏江说，父亲被关押。"
    assert names(text) == ["伊敏江·赛都拉", "迪丽娜尔·伊敏江"]
    text = "祖力皮亚·麦尔丹与丈夫凯赛尔·塔依尔一起出国。"
    assert names(text) == ["祖力皮亚·麦尔丹", "凯赛尔·塔依尔"]


def test_a_long_last_part_and_tursun_are_read_whole() -> None:
    assert names("努尔苏丹·阿布德拉赫曼诺娃讲述了遭遇。") == ["努尔苏丹·阿布德拉赫曼诺娃"]
    assert names("图尔荪阿依·买买提告诉记者，她很担心。") == ["图尔荪阿依·买买提"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("乌鲁木齐市公安局局长张建军对媒体说，案件正在调查。", "张建军"),
        ("自治区党委书记马成林视察了培训中心。", "马成林"),
        ("人权组织研究员王雅琴指出，这违反国际法。", "王雅琴"),
        ("台灣立法委員林佳蓉呼籲政府關注此事。", "林佳蓉"),
        ("某大學副校長李振國被判處死緩。", "李振国"),
        ("社会学家黄振宇在接受采访时说，数字被低估了。", "黄振宇"),
        ("该党秘书长许文彬都表态支持。", "许文彬"),
        ("议员黄豪质疑政府的立场。", "黄豪"),
    ],
)
def test_a_han_name_after_a_title_ends_at_a_function_character_or_a_verb(
    text: str, name: str
) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "委员会主任表示反对。",
        "主席常常提到稳定。",
        "书记马上召开会议。",
        "研究员周末也要加班。",
        "官员曾经表示，营地是学校。",
        "议员们一致同意。",
    ],
)
def test_a_title_before_a_word_or_an_institution_gives_no_name(text: str) -> None:
    assert names(text) == []


def test_a_western_name_after_a_title_keeps_its_first_syllable() -> None:
    assert names("德国外交部长施泰因霍夫在声明中说，德国深感关切。") == ["施泰因霍夫"]


def test_a_name_given_by_a_naming_verb_may_end_at_de() -> None:
    assert names("一名化名为卡丽玛的妇女说，她的护照被收走。") == ["卡丽玛"]
    assert names("一位自称「阿依夏」的妇女说，她的哥哥失踪。") == ["阿依夏"]


def test_a_quoted_run_before_an_organisation_word_is_no_person() -> None:
    assert names("“阿塔朱尔特”组织的视频引起关注。") == []


def test_a_common_word_between_an_ethnonym_and_a_speech_verb_is_no_name() -> None:
    assert names("化名王女士的汉族居民说，她的邻居被带走。") == ["王女士"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据Erkin Tursun介绍，他的父母都在营中。", "Erkin Tursun"),
        ("美国之音采访了Gulnara Abdulla，她说她的丈夫仍在狱中。", "Gulnara Abdulla"),
        ("Aziz Ismail在推特上公布了父亲的照片。", "Aziz Ismail"),
    ],
)
def test_a_latin_name_after_according_to_or_opening_a_clause(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("主办方请来的翻译Aigerim Tulegenova逐句翻译。", "Aigerim Tulegenova"),
        ("黃志強出席論壇。Rachel Whitmore早前撰文，引述證詞。", "Rachel Whitmore"),
        ("流亡者Ömer Sabitov说，他的姐姐被捕。", "Ömer Sabitov"),
        ("土耳其学者Ayşe Kılınç说，她的学生失踪了。", "Ayşe Kılınç"),
        ("İlyas Nurmet的女儿去年被捕。", "İlyas Nurmet"),
        (
            "第一段。\nBolat Serikuly上周在比什凯克接受采访，讲述了父亲被捕的经过。",
            "Bolat Serikuly",
        ),
    ],
)
def test_a_latin_name_inside_a_chinese_sentence_needs_no_cue(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("受访者Aina告诉记者，她的妹妹被关进了营地。", "Aina"),
        ("据Dilnur介绍，她已经两年联系不上父亲。", "Dilnur"),
        ("Gülnur的两个哥哥于2018年被带走。", "Gülnur"),
        ("维吾尔人Arslan说，他的父亲仍在狱中。", "Arslan"),
    ],
)
def test_one_latin_word_is_a_name_with_a_cue_beside_it(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Twitter表示，该账号已被封。",  # a company before a speech verb
        "他在Instagram的帐号被删除。",
        "負責人馬木提．阿吾提(Mamut Awut 對本台表示，營地仍在。",  # the end of a longer run
        "他的书Homeland记录了父亲的经历。",  # a title, with no cue
    ],
)
def test_one_latin_word_without_a_cue_or_inside_a_run_is_no_name(text: str) -> None:
    assert all(" " in name or not name.isascii() for name in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "逃离新疆的人\n\nWilliam Yang\n\n2021年3月1日",  # a credit on its own line
        "Responsive Image\n\n营地仍在扩建。",  # page furniture
    ],
)
def test_a_latin_run_alone_on_a_line_is_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "据New York Times报道，营地仍在扩建。",
        "Human Rights Watch在报告中说，营地仍在。",
        "他说，Hong Kong在过去几年变化很大。",
        "他说，East Turkistan在他心中。",
    ],
)
def test_a_latin_outlet_or_organisation_is_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("现年45岁的吐尔洪·艾买提来自和田。", "吐尔洪·艾买提"),
        ("土耳其议员伊尔凡·卡拉呼吁政府保护维吾尔人。", "伊尔凡·卡拉"),
        ("美國參議員盧比歐提出法案。", "卢比欧"),
        ("维吾尔人买买提出生在喀什。", "买买提"),
    ],
)
def test_a_name_does_not_take_the_first_character_of_the_word_after_it(
    text: str, name: str
) -> None:
    assert names(text) == [name]


def test_the_tagger_keeps_every_separator_of_a_separated_name() -> None:
    assert names("努尔兰 · 别克在视频里讲述了家人的遭遇。") == ["努尔兰·别克"]


@pytest.mark.parametrize("kin", ["妹夫", "姐夫", "丈夫"])
def test_a_tagged_name_does_not_start_inside_the_kin_word_before_it(kin: str) -> None:
    # Fictional: a brother-in-law named right after the kin word, his name opening with 木.
    text = f"他的{kin}木合塔尔·吾斯曼去年被捕，今年被判刑。"
    assert names(text) == ["木合塔尔·吾斯曼"]


def test_names_listed_beside_a_found_name_are_persons() -> None:
    text = "阿依古丽、努尔兰和古丽娜尔都被带走了。"
    assert names(text) == ["阿依古丽", "努尔兰", "古丽娜尔"]
    assert names("喀什、和田和阿克苏都有营地。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他叫吐尔洪，今年32岁。", "吐尔洪"),
        ("這名叫做努爾比耶的女子在營中待了一年。", "努尔比耶"),
        ("陸委會副主委梁文華說，政府密切關注。", "梁文华"),
        ("英国外交大臣汉森说，英国将采取行动。", "汉森"),
        ("記者聯繫了艾山江，但他拒絕受訪。", "艾山江"),
        ("乌鲁木齐居民张桂兰说，小区每天都要核酸检测。", "张桂兰"),
        ("该国外交部长特列乌别尔金表示，他们关注本国公民。", "特列乌别尔金"),
        ("川普政府在2020年宣布制裁。", "川普"),
    ],
)
def test_more_naming_verbs_roles_and_taiwanese_forms(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "学生高考后被分配到内地。",
        "居民区的入口都装了摄像头。",
        "记者联系了当地派出所。",
        "他叫了一辆出租车。",
    ],
)
def test_a_role_before_a_word_gives_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("國務院發言人普萊斯在記者會上說，美方深表關切。", "普莱斯"),
        ("参加集会的维吾尔青年伊力夏提表示，他的妻子没有消息。", "伊力夏提"),
        ("土耳其總統艾爾段尚未對此表態。", "艾尔段"),
        ("营中的一名汉族女警察刘某经常殴打她们。", "刘某"),
        ("外交部政務次長田中光也出席記者會。", "田中光"),
    ],
)
def test_titles_cues_and_public_figures_give_whole_names(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["发言人在记者会上说，中方反对。", "外长会议在北京举行。", "大使馆在声明中说，报道不实。"],
)
def test_a_title_with_no_name_after_it_gives_none(text: str) -> None:
    assert names(text) == []


def test_more_kin_terms_and_a_pseudonym_after_a_religious_role() -> None:
    assert names("其中包括他的表弟吐尔逊江和姨妈阿依先木。") == ["吐尔逊江", "阿依先木"]
    assert names("回族阿訇马永福（化名）告诉记者，宣礼塔被拆了。") == ["马永福"]


def test_a_quoted_phrase_before_a_kin_cue_is_no_name() -> None:
    assert names("一名男子因“戴面纱的妻子”被关押。") == []


def test_a_separated_name_does_not_start_with_the_end_of_a_word() -> None:
    assert names("他后来阿布都·热合曼见面。") == ["阿布都·热合曼"]


def test_han_names_listed_beside_a_han_name_are_persons() -> None:
    assert names("律师王建平、李明和张桂兰都被拘留。") == ["王建平", "李明", "张桂兰"]
    assert names("律师王建平与高等法院的法官会面。") == ["王建平"]


def test_a_titled_name_stops_at_a_cue_word_and_li_wei_is_a_title() -> None:
    assert names("美國商務部長雷蒙多則表示，將擴大清單。") == ["雷蒙多"]
    assert names("立委范志強則呼籲政府禁止進口。") == ["范志强"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("议员彭志坚早前致函政府，要求说明情况。", "彭志坚"),
        ("發言人羅文靜今（3）日表示，政府將持續關注。", "罗文静"),
        ("部长孔德胜昨天说，合作将继续。", "孔德胜"),
        ("市議員顧明華週四在會上提問。", "顾明华"),
    ],
)
def test_a_han_name_after_a_title_ends_at_a_word_of_time(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_titled_run_ends_after_a_han_name_and_a_foreign_name_runs_on() -> None:
    assert names("副部長許建國答詢表示，將研究此事。") == ["许建国"]
    assert names("美国参议员麦克戈文表示，将提出法案。") == ["麦克戈文"]


def test_an_adverb_may_stand_between_a_bare_han_name_and_its_speech_verb() -> None:
    assert names("会上气氛紧张。韩秀兰则表示反对。") == ["韩秀兰"]
    assert names("討論持續到深夜。鍾麗芳也說，應先聽取家屬意見。") == ["钟丽芳"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("譯者柳春華表示，這本書花了三年。", "柳春华"),
        ("她由社工譚淑貞陪同到場。", "谭淑贞"),
        ("侨领汤志明出席了晚宴。", "汤志明"),
        ("立委賴明傑質詢時說，應修法保護難民。", "赖明杰"),
        ("次長蕭文彬表示，會審慎評估。", "萧文彬"),
    ],
)
def test_roles_and_surnames_of_taiwanese_and_overseas_outlets(text: str, name: str) -> None:
    assert names(text) == [name]


def test_coming_to_a_place_is_not_the_end_of_a_name() -> None:
    assert names("主办方邀请阿依努尔·吐尔逊来港演讲。") == ["阿依努尔·吐尔逊"]
    assert names("她希望古丽米拉·沙吾提来台与家人团聚。") == ["古丽米拉·沙吾提"]


def test_a_one_character_outer_part_does_not_replace_a_longer_one() -> None:
    assert cuts_outer_part_to_one("古丽巴哈尔·艾则孜", "古丽巴哈尔·艾")
    assert cuts_outer_part_to_one("阿依古丽·吐尔逊", "丽·吐尔逊")
    assert not cuts_outer_part_to_one("亚·哈力吾拉", "毛李亚·哈力吾拉")
    assert not cuts_outer_part_to_one("努尔兰·别克因", "努尔兰·别克")


def test_a_latin_name_after_a_caption_pointer() -> None:
    assert names("圖：集會現場，右為 Marat Omarov") == ["Marat Omarov"]
    assert names("图为Saule Bekova在家中。") == ["Saule Bekova"]


def test_jia_opens_a_given_name_after_a_title_unless_it_makes_a_word() -> None:
    assert names("保安局局長鄧家樂昨日會見傳媒。") == ["邓家乐"]
    assert names("議員黃家豪質疑政府的說法。") == ["黄家豪"]
    assert names("书记王家中的照片被撤下。") == []


def test_a_title_with_a_prefix_is_a_title() -> None:
    assert names("该校副教授罗德明认为，政策难以持续。") == ["罗德明"]
    assert names("入出國及移民署副署長方振宇上午受訪說明情況。") == ["方振宇"]
    assert names("政務司司長韋志成下午出席活動時表示會跟進。") == ["韦志成"]


def test_a_festival_after_a_title_is_no_name() -> None:
    assert names("村里的医生古尔邦节前去了县城。") == []


def test_a_latin_name_after_a_role_and_a_copula() -> None:
    assert names("畫面中的男子為 Daulet Sarsen") == ["Daulet Sarsen"]


def test_a_name_ends_before_a_word_of_age() -> None:
    assert names("哈萨克族老人阿依古丽.吐尔洪年逾七旬，是最早来的人。") == ["阿依古丽·吐尔洪"]


def test_a_later_part_written_alone_before_the_childs_full_name_is_the_father() -> None:
    text = "她要求当局释放丈夫努尔别克。他的长女阿依达·努尔别克说，父亲去年被带走。"
    assert names(text) == ["努尔别克", "阿依达·努尔别克"]


def test_a_later_part_written_alone_before_the_childs_given_name_is_the_father() -> None:
    text = (
        "牧民努尔别克去年被带走。努尔别克的儿子阿依达尔告诉记者，父亲被判刑。"
        "住在阿拉木图的阿依达尔·努尔别克说，他没有收到判决书。"
    )
    assert names(text) == ["努尔别克", "阿依达尔·努尔别克"]


def test_a_separated_name_part_may_open_with_yu_after_the_separator() -> None:
    text = "居住在美国的维吾尔人阿迪拉·买买提·于苏甫告诉记者，她的母亲被带走。"
    assert names(text) == ["阿迪拉·买买提·于苏甫"]


def test_a_first_part_opening_a_clause_may_hold_zai() -> None:
    assert names("再努拉·艾山於2018年遭到拘押。") == ["再努拉·艾山"]
    assert names("，帕再娜·吐尔洪於2018年遭到拘押。") == ["帕再娜·吐尔洪"]


def test_zai_as_again_before_a_name_is_not_part_of_it() -> None:
    assert names("他说，他再阿不都·热合曼一起去。") == ["阿不都·热合曼"]


def test_a_short_form_cut_after_yu_is_the_full_names_part() -> None:
    # 于 never opens a free run, so 于素甫江 is first read as 素甫江; 苏 and 素 spell one part.
    text = "阿迪拉·买买提·于苏甫江住在美国。於素甫江说，她的父亲被捕。"
    found = extract_report(text, None).persons
    assert [(person.name, person.aliases) for person in found] == [
        ("阿迪拉·买买提·于苏甫江", ["于素甫江"])
    ]


def test_you_before_a_name_in_a_credit_is_not_part_of_it() -> None:
    assert names("（图片由古丽巴哈尔提供）古丽巴哈尔在比利时当护士。") == ["古丽巴哈尔"]


def test_a_correlative_before_a_speech_verb_is_no_han_name() -> None:
    # 边 is a surname, but 边哭边说 is "said, crying".
    assert names("她抱着女儿的照片，边哭边说：“我只想知道她在哪里。”") == []


def test_a_latin_names_given_name_alone_is_its_short_form() -> None:
    text = "护士Aina Serikova住在阿斯塔纳。Aina的舅舅去年被带走。"
    found = extract_report(text, None).persons
    assert [(person.name, person.aliases) for person in found] == [("Aina Serikova", ["Aina"])]


def test_a_latin_name_opening_a_list_of_latin_names_is_a_name() -> None:
    # Fictional: no cue stands before the first item, but the items after it are names.
    text = "我们向三人表示慰问，他们包括Tom Lee、Anna Kowalski和Aina Serikova。"
    assert names(text) == ["Tom Lee", "Anna Kowalski", "Aina Serikova"]


def test_a_latin_names_last_word_before_a_title_is_its_short_form() -> None:
    # Fictional: a translated statement takes the woman up as Serikova女士; her father is then
    # the one 他 stands for, not the man named in the sentence before her.
    text = (
        "声明提到Tom Lee和Aina Serikova。最近，Serikova女士得知，她的父亲去世了。"
        "据报道，当局多次拘押他。"
    )
    report = extract_report(text, None)
    assert [(person.name, person.aliases) for person in report.persons] == [
        ("Tom Lee", []),
        ("Aina Serikova", ["Serikova"]),
    ]
    father = {"relative_of": "Aina Serikova", "relation": "father"}
    assert [(e.type, e.subject) for e in report.events] == [("died", father), ("detained", father)]


def test_a_name_before_a_media_name_keeps_its_last_character() -> None:
    # Fictional: the open 之音 pattern once took 敏对 into the medium's name.
    text = "居住在美国的维吾尔人萨比拉·伊敏对美国之音说,她的父亲2017年被捕。"
    assert names(text) == ["萨比拉·伊敏"]


def test_a_later_part_of_two_characters_opening_a_clause_is_a_short_form() -> None:
    text = (
        "维吾尔学者阿不力米提·沙丁2017年失踪。"
        "他的女儿古丽娜·托合提对记者说，沙丁在秘密审判中被判处15年徒刑。"
    )
    events = extract_report(text, None).events
    assert {"person": "阿不力米提·沙丁"} in [
        event.subject for event in events if event.type == "sentenced"
    ]


def test_two_separators_typed_in_a_row_are_read_as_one() -> None:
    # Fictional: a report that wrote ".·" inside the name.
    assert "阿里木·托合提" in names("维吾尔人阿里木.·托合提去年被捕，阿里木的哥哥也被判刑。")


def test_the_leading_parts_of_a_longer_name_are_its_short_form() -> None:
    # Fictional: a three-part name later written with its first two parts.
    found = names("维吾尔商人沙吾提·吐尔逊·阿山去年失踪。后来有消息说，沙吾提·吐尔逊被判刑。")
    assert found == ["沙吾提·吐尔逊·阿山"]


def test_the_last_name_of_a_list_trailing_off_in_an_ellipsis_is_found() -> None:
    assert names("我常想起侄子们艾克拜尔、努尔江、阿布都……还有其他亲人。") == [
        "艾克拜尔",
        "努尔江",
        "阿布都",
    ]


def test_a_public_figure_written_with_a_given_name_is_found_whole() -> None:
    # A fictional full name built on a known surname: the given name belongs to it.
    assert names("前总统喬·奥巴马(Joe Obama)曾表示关切。") == ["乔·奥巴马"]


def test_a_later_part_of_two_characters_after_a_title_is_a_short_form() -> None:
    # Fictional: the poet is first called by his later part alone, after a title.
    text = (
        "朋友们说，维吾尔族诗人沙丁2016年被捕后死在看守所。"
        "诗人阿不力米提·沙丁（Ablimit Sadin）生于1970年。"
    )
    found = extract_report(text, None)
    assert [(person.name, person.aliases) for person in found.persons] == [
        ("阿不力米提·沙丁", ["沙丁"])
    ]
    assert {"person": "阿不力米提·沙丁"} in [
        event.subject for event in found.events if event.type == "died"
    ]


def test_a_name_after_a_kin_word_with_a_latin_form_may_hold_characters_the_tables_lack() -> None:
    # Fictional: 锦 is no transliteration character, but the Latin form says it is a name.
    text = "他的女儿帕锦(Parida Kamil)前年被带走。"
    found = extract_report(text, None).persons
    assert [(person.name, person.latin) for person in found] == [("帕锦", "Parida Kamil")]


@pytest.mark.parametrize("kin", ["妈妈", "爸爸", "阿妈"])
def test_a_kin_word_before_a_separated_name_is_not_part_of_it(kin: str) -> None:
    # 妈 and 阿 are name characters too: the kin word still only says who the person is.
    assert names(f"她的{kin}阿依古丽·吐尔洪说，家里一切都好。") == ["阿依古丽·吐尔洪"]


def test_na_written_with_na_for_take_is_a_name_syllable() -> None:
    # Fictional: a name spelled with 拿 for Na.
    assert names("一位维吾尔女士古丽拿孜说，她已多年没有家人的消息。") == ["古丽拿孜"]


def test_a_han_name_between_a_party_and_an_office_is_a_person() -> None:
    # Fictional legislators, written in Taiwan's order: party, name, office.
    found = names("立法院外，國民黨張志明立委與民眾黨李雅婷議員也到場。")
    assert found == ["张志明", "李雅婷"]


def test_a_reporter_the_body_quotes_is_a_person_not_an_author() -> None:
    # Fictional: a foreign outlet's reporter quoted in the story, not the story's byline.
    found = extract_report("英國記者高文報道說，當局沒有回應。", None)
    assert [p.name for p in found.persons] == ["高文"]
    assert found.authors == []


def test_a_comma_joins_the_parts_of_a_name_whose_latin_form_has_two_parts() -> None:
    text = (
        "旅居阿拉木图的牧民娜孜古丽,托合塔尔(Nazgul.Toktar)说，她的丈夫去年被带走。"
        "娜孜古丽,托合塔尔还说，丈夫至今下落不明。"
    )
    found = extract_report(text, None).persons
    assert [(p.name, p.latin, len(p.spans)) for p in found] == [
        ("娜孜古丽·托合塔尔", "Nazgul.Toktar", 2)
    ]


def test_two_names_listed_with_a_comma_stay_two_names() -> None:
    # The Latin form in brackets has one part: it is the second person's.
    assert names("牧民娜孜古丽,托合塔尔(Toktar)都被带走了。") == ["娜孜古丽", "托合塔尔"]


def test_a_comma_between_parts_that_a_two_part_latin_form_glosses_is_a_separator() -> None:
    # Fictional: a report typed a comma inside the name, then used the name again without the
    # Latin form.
    text = "定居阿拉木图的萨吾列,托乎提(Saule.Tokhti)对本台讲述了儿子的遭遇。萨吾列,托乎提还称…"
    assert names(text) == ["萨吾列·托乎提"]


def test_a_comma_before_a_last_part_that_another_name_shares_is_a_separator() -> None:
    # Fictional: a brother's name shows that 别克 is the father's name his sister bears too.
    text = "他的姐姐阿依江,别克和弟弟叶尔兰.别克已经失联多年。"
    assert names(text) == ["阿依江·别克", "叶尔兰·别克"]


@pytest.mark.parametrize(
    "phrase",
    ["他为什么被带走还不清楚，", "这三个月里，"],
)
def test_a_phrase_before_a_comma_is_no_first_part_of_a_shared_last_part(phrase: str) -> None:
    # Fictional: the phrase ends with a frequent word (清楚) or is the tail of a duration (月里);
    # the short form after the comma is the last part of the full name told before.
    text = f"她的弟弟努尔兰·阿布都拉去年被捕。{phrase}阿布都拉一家一直在打听他的下落。"
    assert names(text) == ["努尔兰·阿布都拉"]


def test_a_comma_between_two_names_of_a_list_stays_a_comma() -> None:
    # Fictional: neither a Latin form of two parts nor a shared last part joins them.
    assert "艾山·阿里木" not in names("被带走的有艾山,阿里木和努尔兰·托合提。")


def test_a_child_named_after_either_part_of_the_fathers_name_is_one_person() -> None:
    # Fictional: the daughter is written with her father's given name, then his family name.
    text = (
        "维吾尔学者艾山·托合提去年被捕。他的女儿古丽·艾山在美国国会作证。"
        "古丽·托合提今年20岁，她说父亲是无辜的。"
    )
    assert sorted(names(text)) == ["古丽·艾山", "艾山·托合提"]


def test_a_character_left_between_a_title_and_a_bracketed_latin_name_is_the_names() -> None:
    # Fictional: a secretary of state named by transliteration, his Latin form in brackets.
    assert names("美国国务卿蓬特森(Mike Ponterson)周二表示关切。") == ["蓬特森"]


def test_a_name_after_an_organisation_word_with_its_latin_form_is_no_person() -> None:
    text = "总部设在慕尼黑的人权组织阿尔泰塔(Altaytag)的负责人努尔兰·别克接受了采访。"
    assert names(text) == ["努尔兰·别克"]


def test_a_name_after_qi_and_one_kin_character_is_a_person() -> None:
    text = "维吾尔诗人吐尔逊江被判刑。电台转述其妻妮莎赖的话说，丈夫从未违法。"
    assert names(text) == ["吐尔逊江", "妮莎赖"]


def test_qi_before_a_longer_kin_word_names_no_one() -> None:
    assert names("维吾尔歌手阿布都热合曼被判刑，其子女都很害怕。") == ["阿布都热合曼"]


def test_editors_joined_by_a_slash_after_a_colon_are_each_an_author() -> None:
    report = extract_report("维吾尔人艾山被捕。（编辑：林美玲/黄志强）", None)
    assert report.authors == ["林美玲", "黄志强"]


def test_an_agency_dateline_names_its_reporters_before_the_city() -> None:
    # Fictional reporters; the city runs on after the last name.
    report = extract_report(
        "（某社记者林美玲、黄志强伦敦3日专电）维吾尔人艾山说，他的妹妹被捕。", None
    )
    assert report.authors == ["林美玲", "黄志强"]
    assert [person.name for person in report.persons] == ["艾山"]


def test_an_agency_photo_credit_names_its_reporter_before_the_city_or_alone() -> None:
    # Fictional credits: a faxed photo with its city and date, and a photo by the reporter.
    report = extract_report(
        "艾山在会上发言。（艾山提供）某社记者林美玲安卡拉传真 110年3月6日", None
    )
    assert report.authors == ["林美玲"]
    report = extract_report("艾山在会上发言。（某社记者黄志强摄）", None)
    assert report.authors == ["黄志强"]


def test_a_byline_in_lenticular_brackets_before_a_slash_is_an_author() -> None:
    # Fictional: 〔记者 NAME／CITY报导〕 and 〔编译 NAME／综合报导〕, as Taiwanese papers have it.
    report = extract_report("〔记者林美玲／台北报导〕维吾尔人艾山说，妹妹被捕。", None)
    assert report.authors == ["林美玲"]
    report = extract_report("〔编译黄志强／综合报导〕维吾尔人艾山说，妹妹被捕。", None)
    assert report.authors == ["黄志强"]


def test_reporters_opening_a_sentence_with_a_verb_are_no_byline() -> None:
    report = extract_report("数万人被关押。\n记者访问过后，警察立刻赶到。", None)
    assert report.authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: short names listed after a counted kin word, up to the predicate.
        ("努尔江说，他的三个女儿阿依达娜、阿丽娅和萨娜被判刑。", ["阿丽娅", "萨娜"]),
        ("她的兩個哥哥阿迪力和艾山去年被捕。", ["艾山"]),
    ],
)
def test_names_listed_after_a_kin_word_are_each_a_person(text: str, expected: list[str]) -> None:
    assert set(expected) <= set(names(text))


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a kin word after a kin word is a second relative, not a name.
        "古丽说：「我聯絡不上爸爸媽媽已經四年了。」",
        "艾山说，他的爸爸妈妈都被抓了。",
    ],
)
def test_a_kin_word_after_a_kin_word_is_no_name(text: str) -> None:
    assert [name for name in names(text) if "妈" in name] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: 兄弟 or 子女 followed by a list of names names each relative.
        ("努尔古丽的兄弟阿不力孜和阿不都外力先后被判刑。", ["阿不力孜", "阿不都外力"]),
        # 都 after the last name is "all" said of the list; 阿不都 is a name unit.
        ("她的子女阿丽娅和萨娜都在国外。", ["阿丽娅", "萨娜"]),
        ("他的两个儿子艾山和阿不都被捕。", ["艾山", "阿不都"]),
    ],
)
def test_names_listed_after_a_kin_word_of_several_are_each_a_person(
    text: str, expected: list[str]
) -> None:
    assert [name for name in names(text) if name in expected or name[:-1] in expected] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: 才 "only then" right after a separated name and after a cued name.
        ("阿依古丽·买买提才得知丈夫被判刑。", ["阿依古丽·买买提"]),
        ("吐尔逊江·艾力才被允许见律师。", ["吐尔逊江·艾力"]),
        ("哈萨克族男子叶尔兰别克才回到家。", ["叶尔兰别克"]),
    ],
)
def test_cai_after_a_transliterated_name_is_no_syllable(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_han_name_ending_in_cai_keeps_it() -> None:
    # Fictional: a three-character Han name whose last character is 才.
    assert names("律师陈文才表示，他无法会见当事人。") == ["陈文才"]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: words opening with transliteration characters right after a name.
        "米娜瓦尔·艾山连日在网上为丈夫发声。",
        "米娜瓦尔·艾山同其丈夫一起被捕。",
        "米娜瓦尔·艾山同丈夫一起被捕。",
        "米娜瓦尔·艾山年约四十，是一名教师。",
        "米娜瓦尔·艾山本是一名教师。",
        "米娜瓦尔·艾山母女被拘押。",
    ],
)
def test_a_name_ends_before_a_word_opening_with_name_characters(text: str) -> None:
    assert names(text) == ["米娜瓦尔·艾山"]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: 亦 "also" after a single separated name, before a predicate or a speech verb.
        "卡德尔·艾力亦被判刑。",
        "卡德尔·艾力亦曾在营中被关押。",
        "卡德尔·艾力亦表示，他的母亲仍被关押。",
    ],
)
def test_yi_also_after_a_separated_name_is_no_syllable(text: str) -> None:
    assert names(text) == ["卡德尔·艾力"]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: 由 "by" between a noun and the separated name of the agent.
        "照片由阿依努尔·卡斯木提供。",
        "这段视频由阿依努尔·卡斯木拍摄。",
    ],
)
def test_you_by_before_a_separated_name_opens_no_name(text: str) -> None:
    assert names(text) == ["阿依努尔·卡斯木"]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: an adverb and 由 "by" between a noun and the agent's separated name.
        "那面锦旗更由阿依努尔·卡斯木亲手送来。",
        "几张合影均由阿依努尔·卡斯木保存。",
        "这封信则由阿依努尔·卡斯木转交。",
    ],
)
def test_an_adverb_and_you_by_before_a_separated_name_open_no_name(text: str) -> None:
    assert names(text) == ["阿依努尔·卡斯木"]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: "even", "let" and "the same year" right before a separated name.
        "连阿斯卡尔·卡德尔也被带走了。",
        "警察让阿斯卡尔·卡德尔在文件上签字。",
        "同年阿斯卡尔·卡德尔在喀什被捕。",
    ],
)
def test_a_word_before_a_separated_name_opens_no_name(text: str) -> None:
    assert names(text) == ["阿斯卡尔·卡德尔"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: 都 "all" after the last unseparated name of a list of cued names.
        ("他的哥哥叶尔兰和弟弟叶尔肯都被关押。", ["叶尔兰", "叶尔肯"]),
        ("哈萨克人努尔兰和阿曼都被判刑。", ["努尔兰", "阿曼"]),
    ],
)
def test_dou_after_an_unseparated_name_ending_a_list_is_all(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fictional: 外 closing 除…外 "except" right after a separated name.
        ("除阿斯卡尔·卡德尔外，其他人都获释。", ["阿斯卡尔·卡德尔"]),
        ("除了艾力·沙比尔外，还有两人被判刑。", ["艾力·沙比尔"]),
    ],
)
def test_wai_closing_chu_after_a_separated_name_is_no_syllable(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_home_verbs_ending_in_zai_give_a_residence() -> None:
    # Fictional: 住在, 居住在 and 生活在 state a home; a bare 在 does not.
    text = "住在阿拉木图的古丽沙·马合木提说，她的丈夫被抓。"
    assert extract_report(text, None).persons[0].residence == "KZ/Almaty"
    text = "生活在土耳其的艾力·买买提说，弟弟被判刑。"
    assert extract_report(text, None).persons[0].residence == "TR"
    text = "在土耳其的艾力·买买提说，弟弟被判刑。"
    assert extract_report(text, None).persons[0].residence is None


def test_a_home_before_a_comma_is_not_the_next_persons() -> None:
    # Fictional: the home stated in one clause belongs to its subject, not to the sister named
    # after the comma.
    text = "阿米娜·卡德尔一直住在美国，她在网上寻找姐姐祖丽娅·卡德尔。"
    residences = {p.name: p.residence for p in extract_report(text, None).persons}
    assert residences == {"阿米娜·卡德尔": "US", "祖丽娅·卡德尔": None}


@pytest.mark.parametrize(
    ("text", "residence"),
    [
        # Fictional: citizenship after the name, naturalisation, and 定居在 after the name.
        ("别克·努尔兰是哈萨克斯坦公民，2018年在新疆被拘留。", "KZ"),
        ("阿曼·卡森已成为土耳其公民。", "TR"),
        ("已入籍美国的艾山·托合提说，他的父亲被判刑。", "US"),
        ("艾山·托合提目前定居在德国。", "DE"),
        ("艾山·托合提说几名哈萨克斯坦公民遭到逮捕。", None),
    ],
)
def test_citizenship_after_the_name_and_naturalisation_give_a_residence(
    text: str, residence: str | None
) -> None:
    assert extract_report(text, None).persons[0].residence == residence


@pytest.mark.parametrize(
    ("text", "residence"),
    [
        # Fictional, Hong Kong and Taiwan wording: 居於, 現居於, 定居於, 僑居.
        ("居於加拿大的阿依古麗·沙肯表示。", "CA"),
        ("現居於土耳其的艾山·托合提說。", "TR"),
        ("定居於挪威的阿曼·卡森說。", "NO"),
        ("僑居德國的艾山·托合提說。", "DE"),
    ],
)
def test_home_words_of_hong_kong_and_taiwan_give_a_residence(text: str, residence: str) -> None:
    assert extract_report(text, None).persons[0].residence == residence


@pytest.mark.parametrize(
    ("text", "residence"),
    [
        # Fictional: a home in a later clause followed by 的 qualifies what follows, not an
        # earlier name.
        ("部長王明訪問安卡拉期間，僑居土耳其的哈薩克人到使館請願。", None),
        ("阿曼·卡森说，她现在住在美国。", "US"),
    ],
)
def test_a_home_before_de_is_not_an_earlier_persons(text: str, residence: str | None) -> None:
    assert extract_report(text, None).persons[0].residence == residence


def test_a_function_character_before_a_latin_gloss_ends_the_name() -> None:
    # Fictional: 对 would be a preposition after a name, but the gloss shows it is a syllable.
    text = "她的丈夫努尔别克·托克对(Nurbek Toqdui)去年被判了8年。"
    assert names(text) == ["努尔别克·托克对"]


def test_two_spellings_given_the_same_latin_name_are_one_person() -> None:
    # Fictional: the report spells the short last part two ways but gives one Latin form;
    # with two Latin forms they stay two people.
    text = (
        "维吾尔人艾山江-居麦（Hasanjan Juma）说，他很担心。"
        "艾山江-居玛（Hasanjan Juma）还说，他不放弃。"
    )
    persons = extract_report(text, None).persons
    assert [(person.name, person.aliases) for person in persons] == [
        ("艾山江·居麦", ["艾山江·居玛"])
    ]
    text = "维吾尔人艾山江-居麦（Hasanjan Juma）说，他的弟弟艾山江-居玛（Hasanjan Jumi）被捕。"
    assert names(text) == ["艾山江·居麦", "艾山江·居玛"]


def test_a_name_marked_as_transliterated_after_a_kin_word_is_a_person() -> None:
    # Fictional: 译音 in brackets says the characters render a name, even ones the
    # transliteration tables do not use.
    text = "哈萨克族妇女说，她的儿子巴合信（译音）今年28岁，去年被带走。"
    assert "巴合信" in names(text)


def test_a_first_part_with_zai_as_its_second_syllable_after_a_kin_word() -> None:
    # Fictional: 再 is a syllable of 帕再娜 here, right after the kin word that introduces her.
    assert names("他说，他的妻子帕再娜·托乎提去年被判刑。") == ["帕再娜·托乎提"]


def test_a_han_name_opening_a_clause_that_says_what_they_are() -> None:
    # Fictional: a two-character Han name before 是一位 (who she is) and mentioned again.
    assert names("钱芸是一位住在外省的回族妇女，因信教常被盘问。") == ["钱芸"]


def test_a_bare_name_before_county_is_a_place() -> None:
    # Fictional: a county abroad that the gazetteer does not know, where a name could stand.
    assert names("她说，父亲住在哈国东部的阿克加尔县，去年护照被没收。") == []


def test_a_name_before_county_head_is_still_a_person() -> None:
    # Fictional: 县长 after a name is the person's office.
    assert "努尔兰·别克" in names("努尔兰·别克县长上周说，他会过问此事。")


@pytest.mark.parametrize("models", [None, ExtractionModels()], ids=["shipped", "rules-alone"])
def test_in_after_a_noun_before_a_titled_name_is_not_part_of_it(
    models: ExtractionModels | None,
) -> None:
    # Fictional: 照片里 is "in the photo"; the name cued by 女士 starts after 里.
    text = "照片里阿依努尔女士拿着一张纸。"
    found = extract_report(text, None, models) if models else extract_report(text, None)
    assert [person.name for person in found.persons] == ["阿依努尔"]


@pytest.mark.parametrize("kin", ["庶子", "继子", "养女"])
def test_a_step_or_foster_child_word_is_no_part_of_the_name_after_it(kin: str) -> None:
    # Fictional: the kin word's last character is not the name's first.
    assert names(f"牧民叶尔兰·别克说，他的{kin}阿斯卡尔·叶尔兰被抓走了。") == [
        "叶尔兰·别克",
        "阿斯卡尔·叶尔兰",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a cleric's title before a two-character name that stops at punctuation.
        "今年初，托里县的阿訇奥坦，被判刑10年。",
        "乌恰县一座清真寺的伊玛目托坎被判刑9年。",
    ],
)
def test_a_two_character_name_after_a_clerics_title_is_a_person(text: str) -> None:
    assert len(names(text)) == 1
    assert names(text)[0] in {"奥坦", "托坎"}


def test_a_word_after_a_clerics_title_is_no_person() -> None:
    # Fictional: 阿訇 before a common word, or alone, names no one.
    assert names("清真寺的阿訇们被带走，当地阿訇，都很害怕。") == []


def test_a_given_name_written_without_its_first_character_is_the_same_person() -> None:
    # Fictional: a quotation drops the first character of a given name the report spelt in full.
    text = "他的表弟阿力木江·托合提去年被捕。他说：“我表弟力木江·托合提被判了18年。”"
    assert names(text) == ["阿力木江·托合提"]


def test_a_short_given_name_or_another_family_part_is_no_clipped_spelling() -> None:
    # Fictional: a given name of two characters differs too much once one is gone, and a
    # later part that differs makes another person.
    assert not is_clipped_spelling("艾山·托合提", "山·托合提")
    assert not is_clipped_spelling("阿力木江·托合提", "力木江·吐尔逊")
    assert is_clipped_spelling("阿力木江·托合提", "力木江·托合提")


def test_a_latin_name_after_a_kin_word_a_translator_put_in_brackets() -> None:
    # Fictional: a translated testimony with the translator's insertion before the name.
    assert names("2012年，我和[我的哥哥] Marat Omarov一起去了霍尔果斯。") == ["Marat Omarov"]
    assert names("参见[1] Human Rights Watch的报告。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("她说，她的丈夫韩立军去年被警察带走，至今下落不明。", "韩立军"),
        ("他的妻子宋晓燕和两个孩子都被拘留了。", "宋晓燕"),
        ("丈夫邓刚告诉记者，他已经两年联系不上妻子。", "邓刚"),
    ],
)
def test_a_han_name_right_after_a_kin_word_of_one_relative_is_a_person(
    text: str, name: str
) -> None:
    # Fictional: a Han name in no transliteration characters, named by the kin word before it.
    assert names(text) == [name]


def test_a_word_or_a_second_kin_word_after_a_kin_word_is_no_person() -> None:
    # Fictional: a surname character that opens a common word, a preposition, or a kin word.
    assert names("她的丈夫于去年被带走，他的妻子孙女都被带走了，儿子马上就要毕业。") == []


def test_a_western_name_opening_with_lu_is_not_cut() -> None:
    # Fictional: 露 spells Lu-/Ru- of a Western given name.
    assert names("英国学者露西·班克斯表示，这些证据可信。") == ["露西·班克斯"]


def test_a_verb_ending_in_lu_before_a_name_is_no_part_of_it() -> None:
    # Fictional: 披露, 透露 (disclose) right before a transliterated name.
    assert names("他向记者披露阿依古丽·吐尔洪已被判刑。") == ["阿依古丽·吐尔洪"]
    assert names("消息人士透露艾山江被关押在喀什。") == ["艾山江"]


def test_a_name_and_its_latin_form_alone_on_the_first_line_is_the_writers_byline() -> None:
    # Fictional: a translated feature opens with its writer's name, no credit word; the same
    # line later in the text, or with a verb after it, is a person.
    extraction = extract_report("露西·班克斯（Lucy Banks）\n\n维吾尔人艾山·托合提被捕。", None)
    assert extraction.authors == ["露西·班克斯"]
    assert [person.name for person in extraction.persons] == ["艾山·托合提"]
    assert names("露西·班克斯（Lucy Banks）说，她的邻居被带走了。") == ["露西·班克斯"]
    assert names("艾山·托合提被捕。\n露西·班克斯（Lucy Banks）") == ["艾山·托合提", "露西·班克斯"]


def test_a_foreign_name_ending_in_a_han_surname_is_kept_whole_before_its_gloss() -> None:
    # Fictional: a one-character last part outside the transliteration characters, closed by a
    # Latin gloss with a word for every part.
    assert names("加拿大议员马丁·庄（Martin Chong）呼吁制裁。") == ["马丁·庄"]


def test_a_han_name_opening_a_clause_before_leading_a_delegation_is_a_person() -> None:
    # Fictional officials: 率团 and 率领 (leads a delegation) after a name at a clause's start.
    assert names("吕文辉率团访问塔城，与当地官员会面。") == ["吕文辉"]
    assert names("会后，吕文辉率领代表团前往伊宁。") == ["吕文辉"]
    assert names("该组织率先发表声明，他们率团访问了新疆。") == []


def test_two_han_names_joined_at_a_clauses_start_are_both_persons() -> None:
    # Fictional: the second name is known by the verb after it, the first by opening the clause.
    assert names("张伟与刘洋被判刑，李明和王芳被带走。") == ["张伟", "刘洋", "李明", "王芳"]
    assert names("家人和朋友被捕，学生和老师被带走。") == []


def test_a_first_part_right_after_a_kin_word_keeps_a_rare_first_syllable() -> None:
    # Fictional: 早 is no transliteration character, but the kin word before it says the name
    # starts right there (母亲早然古丽·…).
    text = "她说，母亲早然古丽·沙吾提在医院工作，去年被带走。"
    assert names(text) == ["早然古丽·沙吾提"]


def test_a_last_part_keeps_a_rare_first_syllable_after_the_separator() -> None:
    # Fictional: 排 opens the later part right after the separator (努尔兰·排克拉).
    text = "她的父亲努尔兰·排克拉大学毕业后在报社工作，去年被带走。"
    assert names(text) == ["努尔兰·排克拉"]


def test_a_long_part_spelt_with_one_other_character_is_a_short_form() -> None:
    # Fictional: 布热妮莎古丽 is the 布热尼莎古丽 of her full name, one character written
    # another way; one person, not two.
    text = (
        "她的姐姐阿依达·布热尼莎古丽住在加拿大。布热尼莎古丽说，她的弟弟去年被捕。"
        "布热妮莎古丽告诉记者，她很挂念弟弟。"
    )
    assert names(text) == ["阿依达·布热尼莎古丽"]
