"""Comparing names across scripts, spellings, part orders and separators.

All people here are fictional; their names follow the patterns of real reports (a Han form
with or without a separator, Traditional characters, an English spelling, Kazakh Cyrillic).
"""

import pytest

from tugan.core.names import compare_names, rank_names

# Fictional: one Uyghur man written four ways, and one Kazakh man written five ways.
TURSUN = ["吐尔逊·艾木杜拉", "吐爾遜.艾木杜拉", "Tursun Hemdulla", "تۇرسۇن ھەمدۇللا"]
YERLAN = ["叶尔兰·别克扎提", "叶尔兰·别克扎特", "Yerlan Bekzat", "Erlan Bekzat", "Ерлан Бекзат"]
# Fictional others, some sharing a part with them.
OTHERS = ["Tursun Abdulla", "Aygul Memet", "Yerlan Sadyk", "Nurlan Bekov", "Dilnur Qasim"]


@pytest.mark.parametrize("forms", [TURSUN, YERLAN])
def test_every_written_form_matches_every_other(forms: list[str]) -> None:
    for a in forms:
        for b in forms:
            assert compare_names(a, b).score > 0.85, (a, b)


@pytest.mark.parametrize("forms", [TURSUN, YERLAN])
def test_each_form_ranks_its_own_person_above_others(forms: list[str]) -> None:
    for query in forms:
        others = [form for form in forms if form != query]
        ranked = rank_names(query, others[:1] + OTHERS)
        assert ranked[0][0] == others[0], query


def test_parts_may_come_in_either_order() -> None:
    assert compare_names("吐尔逊·艾木杜拉", "Hemdulla.Tursun").score > 0.85


def test_a_name_without_separators_matches_its_parts() -> None:
    assert compare_names("吐尔逊艾木杜拉", "Tursun Hemdulla").score > 0.85


def test_a_given_name_alone_matches_the_full_name_less_well() -> None:
    alone = compare_names("叶尔兰", "Yerlan Bekzat")
    assert 0.6 < alone.score < compare_names("叶尔兰·别克扎提", "Yerlan Bekzat").score
    assert alone.unmatched_right == ["Bekzat"]


def test_the_explanation_says_which_parts_matched_and_how() -> None:
    comparison = compare_names("吐尔逊·艾木杜拉", "Hemdulla Tursun")
    pairs = {(match.left, match.right): match for match in comparison.explanation}
    assert set(pairs) == {("吐尔逊", "Tursun"), ("艾木杜拉", "Hemdulla")}
    assert pairs[("艾木杜拉", "Hemdulla")].how == "Han reading"
    assert "木=m" in pairs[("艾木杜拉", "Hemdulla")].detail


def test_traditional_and_simplified_forms_are_the_same_han() -> None:
    comparison = compare_names("吐爾遜·艾木杜拉", "吐尔逊·艾木杜拉")
    assert comparison.score == 1.0
    assert {match.how for match in comparison.explanation} <= {"same Han", "same spelling"}


def test_two_han_transliterations_of_one_name_match() -> None:
    assert compare_names("赛立克·阿不都拉", "谢里克·阿布都拉").score > 0.85


def test_latin_spelling_variants_match() -> None:
    comparison = compare_names("Qurban Xoja", "Kurban Khoja")
    assert comparison.score == 1.0
    assert {match.how for match in comparison.explanation} == {"same key"}


def test_unrelated_names_score_low() -> None:
    assert compare_names("吐尔逊·艾木杜拉", "Aygul Memet").score < 0.5
    assert compare_names("Tursun Hemdulla", "Dilnur Qasim").score < 0.5


def test_scores_stay_between_zero_and_one() -> None:
    for a in TURSUN + YERLAN + OTHERS:
        for b in TURSUN + YERLAN + OTHERS:
            assert 0.0 <= compare_names(a, b).score <= 1.0


def test_an_empty_name_matches_nothing() -> None:
    assert compare_names("", "Tursun Hemdulla").score == 0.0
    assert compare_names("·", "吐尔逊").score == 0.0


def test_a_patronymic_ending_may_be_missing_from_the_han_form() -> None:
    # Fictional: a Kazakh man whose Latin papers add -ov to his father's name.
    comparison = compare_names("努尔兰·叶尔江", "Nurlan Erzhanov")
    assert comparison.score > 0.9
    assert any("patronymic" in match.how for match in comparison.explanation)


def test_a_double_given_name_may_be_one_part_on_the_other_side() -> None:
    # Fictional: a hyphenated Latin given name written as one Han part.
    comparison = compare_names("阿依古丽扎娜尔·别克", "Aygul-Zhanar Bek")
    assert comparison.score > 0.85
    assert ("阿依古丽扎娜尔", "Aygul Zhanar") in {(m.left, m.right) for m in comparison.explanation}


def test_a_missing_part_costs_the_same_whatever_its_length() -> None:
    # Fictional: one given name, two men with surnames of different lengths.
    short = compare_names("叶尔兰", "Yerlan Bek")
    long = compare_names("叶尔兰", "Yerlan Abdumomunov")
    assert short.score == pytest.approx(long.score)


def test_a_given_name_may_drop_its_jan_ending() -> None:
    # Fictional: -jan (江) written in the Han form and left off in the Latin one.
    comparison = compare_names("阿依古丽·依明江", "Aygul Imin")
    assert comparison.score > 0.9
    assert any("江 ending dropped" in match.how for match in comparison.explanation)
    assert rank_names("阿依古丽·依明江", ["Aygul Imin", "Iminjan Tursun"])[0][0] == "Aygul Imin"


def test_a_loose_match_across_the_join_of_two_parts_does_not_count() -> None:
    # Fictional: a surname alone must not line up with a whole other name read as one string.
    assert (
        compare_names("热恩别科夫", "Dana Aybekov").score
        < compare_names("热恩别科夫", "Abdymomun Jeenbekov").score
    )


def test_a_latin_initial_is_left_out() -> None:
    # Fictional: English papers add a middle initial the Han form never writes.
    with_initial = compare_names("吐尔逊·艾木杜拉", "Tursun H. Hemdulla")
    without = compare_names("吐尔逊·艾木杜拉", "Tursun Hemdulla")
    assert with_initial.score == pytest.approx(without.score)
    assert with_initial.unmatched_right == []
