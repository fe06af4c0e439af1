"""The name finder: a CRF that finds names the rules missed, and the checks on what it finds.

Every sentence and person here is fictional, written for these tests.
"""

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from tugan.core.extract import ExtractionModels, extract_report, name_finder, shipped_models
from tugan.core.extract.document import Document, fold_same_length
from tugan.core.extract.name_finder import (
    bare_han_name_at,
    candidate_windows,
    han_name_openings,
    has_name_shape,
    is_one_letter_variant,
)
from tugan.core.extract.name_tagger import NameTagger, window_features

HAN_RUN = r"[\u3400-\u9fff]+"


def rules_and_tagger() -> ExtractionModels:
    """Return the shipped models without the finder: what extraction did before it."""
    tagger = shipped_models().name_tagger
    assert tagger is not None
    return ExtractionModels(name_tagger=replace(tagger, finder=None))


def person_names(text: str, models: ExtractionModels | None = None) -> set[str]:
    extraction = extract_report(text, None, models)
    return {name for person in extraction.persons for name in [person.name, *person.aliases]}


def test_the_shipped_weights_hold_a_finder() -> None:
    tagger = shipped_models().name_tagger
    assert tagger is not None and tagger.finder is not None
    # The finder never reads the rules' names: it has no weight for a rule's person tag.
    assert not any(name.startswith(("r=BP", "r=IP")) for name in tagger.finder.features)
    # Single characters and pairs, never a phrase of a report.
    assert all(
        len(run) <= 2 for name in tagger.finder.features for run in re.findall(HAN_RUN, name)
    )


def test_weights_with_a_finder_survive_a_round_trip() -> None:
    finder = NameTagger({"c=江": (0.0, 0.5, 1.0)}, ((0.0, 0.2, -3.0),) * 3)
    tagger = NameTagger({"c=阿": (0.0, 1.5, -0.25)}, ((0.0, 0.1, -1.0),) * 3, finder)
    assert NameTagger.from_dict(json.loads(json.dumps(tagger.to_dict()))) == tagger


def test_marginals_are_probabilities_and_a_name_never_starts_inside() -> None:
    tagger = NameTagger({"c=x": (0.0, 0.3, 1.0), "c=y": (1.0, 0.0, 0.0)}, ((0.0, 0.1, 0.2),) * 3)
    marginals = tagger.marginal_probabilities(
        tagger.emissions([["c=x"], ["c=x"], ["c=y"], ["c=x"]])
    )
    assert all(sum(row) == pytest.approx(1.0) for row in marginals)
    assert marginals[0][2] == 0.0  # I cannot open the text
    assert all(0.0 <= p <= 1.0 for row in marginals for p in row)


def test_marginals_agree_with_decoding_when_one_path_dominates() -> None:
    tagger = NameTagger(
        {"c=a": (0.0, 9.0, 0.0), "c=n": (0.0, 0.0, 9.0), "c=o": (9.0, 0.0, 0.0)},
        ((0.0, 0.0, 0.0),) * 3,
    )
    features = [["c=o"], ["c=a"], ["c=n"], ["c=o"]]
    labels = tagger.tag(features)
    assert labels == ["O", "B", "I", "O"]
    for label, row in zip(
        labels, tagger.marginal_probabilities(tagger.emissions(features)), strict=True
    ):
        assert row["OBI".index(label)] > 0.99


def test_the_finder_reads_windows_without_the_rules_names() -> None:
    text = "会上，哈萨克人努尔兰·别克说，吐尔逊江骑车去了巴扎。"
    extraction_document = Document(text, None)
    extraction_document.claim(7, 13, "person")
    with_rules = window_features(extraction_document, 7, 13)
    without = window_features(extraction_document, 7, 13, rule_names=False)
    assert any("r=BP" in features for features in with_rules)
    assert not any(feature.endswith("P") for features in without for feature in features)


def test_candidate_windows_surround_bare_names_and_skip_claimed_text() -> None:
    text = "昨天，吐尔逊江骑车去了集市。与王建新见面。Daniyar Seitkali也来了。"
    document = Document(text, None)
    windows = [text[low:high] for low, high in candidate_windows(document)]
    assert any("吐尔逊江" in window for window in windows)
    assert any("王建新" in window for window in windows)
    assert any("Daniyar Seitkali" in window for window in windows)
    document.claim(3, 7, "place")
    assert not any("吐尔逊江" in text[low:high] for low, high in candidate_windows(document))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一名来自阿依库木村的农民说", "阿依库木"),  # a village
        ("他加入了「阿尔普特」组织", "阿尔普特"),  # a term in quotation marks
        ("他曾在塔拉兹市阿克别克国立大学读书", "阿克别克"),  # an institution
        ("餐馆位于阿罕苏拉的老城", "阿罕苏拉"),  # after a verb of place
        ("牧民们在阿克塔勒草原放羊", "阿克塔勒"),  # before a word of geography
        ("穆斯林都来了", "穆斯林"),  # a frequent word
        ("他在伊宁见到了朋友", "伊宁"),  # a place of the gazetteer
        ("Human Rights Watch说", "Human Rights Watch"),  # an organisation
    ],
)
def test_found_spans_of_no_name_shape_are_refused(text: str, name: str) -> None:
    folded = fold_same_length(text)
    start = folded.index(name)
    assert not has_name_shape(folded, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("昨天，吐尔逊江骑车去了", "吐尔逊江"),
        ("她在家里等待阿依谢姆回来", "阿依谢姆"),
        ("会上，王建新宣读了决定", "王建新"),
        ("Aigerim Tulegenova翻译了讲话", "Aigerim Tulegenova"),
    ],
)
def test_found_spans_of_a_name_shape_are_kept(text: str, name: str) -> None:
    folded = fold_same_length(text)
    start = folded.index(name)
    assert has_name_shape(folded, start, start + len(name))


def test_a_bare_han_name_is_a_surname_two_given_name_characters_and_a_word_after() -> None:
    folded = "会上，王建新宣读了决定，马上要出发，高兴地说，与李秀英的，目前，马拉松开始。"
    assert bare_han_name_at(folded, folded.index("王建新")) == (3, 6)
    assert bare_han_name_at(folded, folded.index("李秀英")) is not None  # before 的
    assert bare_han_name_at(folded, folded.index("马上要")) is None  # 马上 is a word
    assert bare_han_name_at(folded, folded.index("高兴地")) is None  # 高兴 is a word
    assert bare_han_name_at(folded, folded.index("马拉松")) is None  # a word jieba tags nr


def test_a_name_opening_a_line_before_a_bracket_is_a_credit() -> None:
    folded = "2020年1月1日\n王建新(某组织研究员) 她说"
    assert bare_han_name_at(folded, folded.index("王建新")) is None


def test_one_letter_variants_of_long_transliterated_names() -> None:
    assert is_one_letter_variant("加纳古丽", "加娜古丽")
    assert not is_one_letter_variant("加纳古丽", "阿纳古丽")  # another first letter
    assert not is_one_letter_variant("艾力", "艾丽")  # too short to tell
    assert not is_one_letter_variant("加纳古丽", "加纳古丽")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Mainland style, Simplified: transliterated names with no cue word.
        ("昨天下午，吐尔洪骑车去了巴扎，路上遇见了阿依谢姆。", {"阿依谢姆"}),
        ("据当地报纸报道，努尔买买提去年搬进了新居。", {"努尔买买提"}),
        ("2019年春天，她的邻居收到消息。沙吾提古丽至今没有见到丈夫。", {"沙吾提古丽"}),
        # Taiwanese style, Traditional.
        ("阿卜杜熱合曼昨晚抵達台北，在記者會上展示了家人的照片。", {"阿卜杜热合曼"}),
        # Hong Kong style, Traditional.
        ("阿依努爾早前透過社交平台發文，談及家人。", {"阿依努尔"}),
        ("吐爾洪江去年離開新疆，與熱依汗古麗一同經營一間餐廳。", {"吐尔洪江", "热依汗古丽"}),
    ],
)
def test_the_shipped_finder_finds_transliterated_names_with_no_cue(
    text: str, names: set[str]
) -> None:
    assert not names <= person_names(text, rules_and_tagger())
    assert names <= person_names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会上，王建新宣读了表彰决定。", {"王建新"}),
        ("張衛東主持召開專題會議，陳海燕、趙立平參加會議。", {"张卫东", "陈海燕", "赵立平"}),
        ("黃志強昨日出席論壇時指，香港應關注此事。", {"黄志强"}),
    ],
)
def test_bare_han_names_before_a_word_and_names_listed_beside_them(
    text: str, names: set[str]
) -> None:
    assert not names & person_names(text, rules_and_tagger())
    assert person_names(text) == names


def test_common_words_and_goods_are_not_found() -> None:
    text = "新疆的伊斯蘭教協會舉辦活動，艾德萊斯綢和熱瓦普樂器在市集上展出，克拉玛依的游客很多。"
    assert person_names(text) == set()


def test_a_finder_fitted_on_fictional_reports_finds_a_bare_name() -> None:
    pytest.importorskip("pycrfsuite")
    from tugan.core.extract.learning import TrainingDocument, fit_models

    # Fictional reports whose names ending in 江 or 古丽 stand bare before a verb.
    sentences = [
        ("吐尔逊江", "昨天，吐尔逊江骑车去了集市，吐尔逊江买了馕。"),
        ("阿依古丽", "今天，阿依古丽走进学校，阿依古丽笑了。"),
        ("买合木提江", "后来，买合木提江坐车去了城里，买合木提江很累。"),
        ("帕提古丽", "去年，帕提古丽搬进新居，帕提古丽种了花。"),
        ("艾力江", "上午，艾力江骑车去了集市，艾力江回家了。"),
        ("努尔古丽", "晚上，努尔古丽走进厨房，努尔古丽做了饭。"),
    ]
    documents = [
        TrainingDocument(
            f"fictional-{index}.md",
            text,
            date(2021, 3, 1),
            {"persons": [{"name": name, "aliases": []}]},
        )
        for index, (name, text) in enumerate(sentences)
    ]
    models = fit_models(documents)
    assert models.name_tagger is not None and models.name_tagger.finder is not None
    text = "中午，塔依尔江骑车去了集市。"
    assert "塔依尔江" not in person_names(text, ExtractionModels())
    assert "塔依尔江" in person_names(text, models)


def test_han_name_openings_are_free_surnames_after_a_break_or_a_joiner() -> None:
    # Fictional: at the start, after a comma, after 与; not inside a word, not claimed, not at
    # the end of the text (no room for a name), not before a non-Han character.
    text = "王东说，李秀英与陈志明开会，提到张A和高山。刘"
    document = Document(text, None)
    document.claim(text.index("高"), text.index("高") + 2, "place")
    openings = [text[index : index + 2] for index in han_name_openings(document)]
    assert openings == ["王东", "李秀", "陈志"]


def test_a_claimed_character_cuts_a_candidate_run() -> None:
    # Fictional: 阿依古丽别克 (offsets 4 to 10) is one run of name characters; a claimed
    # character leaves two stretches, and only one of three characters or more is read.
    text = "我们说，阿依古丽别克走了。"
    assert candidate_windows(Document(text, None)) == [(1, 13)]
    for claimed, window in ((6, (4, 13)), (7, (1, 10))):
        document = Document(text, None)
        document.claim(claimed, claimed + 1, "place")
        assert candidate_windows(document) == [window]  # the stretch and FINDER_REACH around


def test_a_name_below_the_finders_confidence_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # Fictional: a bare name the finder reads, kept only while its confidence passes the floor.
    text = "据当地报纸报道，努尔买买提去年搬进了新居。"
    assert "努尔买买提" in person_names(text)
    monkeypatch.setattr(name_finder, "FINDER_CONFIDENCE", 1.01)
    assert "努尔买买提" not in person_names(text)


def test_a_bare_han_name_may_have_a_two_character_surname() -> None:
    assert bare_han_name_at("会后，欧阳秀英与记者交谈。", 3) == (3, 7)
    assert person_names("上官明华与欧阳秀英昨日到场。") == {"上官明华", "欧阳秀英"}


def test_a_bare_han_name_before_a_word_of_geography_is_a_place() -> None:
    assert person_names("牧民常在塔勒德和唐布拉附近放牧，与黄布拉一带的牧民往来。") == set()


def test_a_found_name_leaves_out_the_preposition_before_it() -> None:
    text = "照片由夏米西古丽提供。夏米西古丽(Shamila Tursun)是一名现居荷兰的维吾尔人。"
    assert person_names(text) == {"夏米西古丽"}


def test_a_found_name_leaves_out_the_end_of_a_word_before_it() -> None:
    # Fictional: 公布 ("announce") ends right before the name.
    assert person_names("当局一直没有对外公布吐尔逊的死讯。") == {"吐尔逊"}
