"""Person names in report text. Every person and sentence here is fictional, written for tests."""

import pytest

from tugan.core.extract import extract_report


def names(text: str) -> list[str]:
    return [person.name for person in extract_report(text, None).persons]


@pytest.mark.parametrize("separator", ["·", ".", "•", "‧", "-", "・"])
def test_it_finds_transliterated_names_with_any_separator(separator: str) -> None:
    text = f"维吾尔族商人阿依古丽{separator}吐尔洪说，她的弟弟去年被带走。"
    assert names(text) == ["阿依古丽·吐尔洪"]


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
