"""The blocking and match keys of written names.

All names here are fictional.
"""

from tugan.core.names import name_keys
from tugan.core.names.keys import consonant_skeleton, reading_skeletons


def test_it_gives_script_simplified_form_and_parts() -> None:
    keys = name_keys("吐爾遜.艾木杜拉")
    assert keys.script == "Hant"
    assert keys.simplified == "吐尔逊·艾木杜拉"
    assert keys.parts == ["吐爾遜", "艾木杜拉"]
    assert len(keys.part_keys) == 2
    assert keys.pinyin == "tuerhunaimudula"


def test_the_sorted_key_ignores_part_order() -> None:
    assert name_keys("Tursun Hemdulla").sorted_key == name_keys("Hemdulla.Tursun").sorted_key


def test_spelling_variants_share_part_keys() -> None:
    assert name_keys("Qurban Xoja").part_keys == name_keys("Kurban Khoja").part_keys


def test_han_and_latin_forms_share_consonant_skeletons() -> None:
    assert name_keys("吐尔逊·艾木杜拉").skeletons == name_keys("Tursun Hemdulla").skeletons


def test_a_latin_name_has_no_pinyin_key() -> None:
    assert name_keys("Tursun Hemdulla").pinyin is None


def test_keys_convert_to_a_plain_dict() -> None:
    assert name_keys("Ерлан Бекзат").to_dict()["part_keys"] == ["erlan", "bekzat"]


def test_han_cyrillic_and_latin_forms_share_blocking_keys() -> None:
    keys = [
        name_keys(form).blocking_keys
        for form in ("叶尔兰·别克扎提", "Ерлан Бекзат", "Yerlan Bekzatov")
    ]
    assert keys[0] == keys[1] == keys[2]


def test_a_han_part_has_the_skeletons_of_its_likely_readings_usual_first() -> None:
    # 哈 stands for ha (dropped, as h is) and for qa.
    assert reading_skeletons("哈斯木") == ("sm", "ksm")
    assert reading_skeletons("哈斯木")[0] == consonant_skeleton(name_keys("哈斯木").part_keys[0])


def test_traditional_characters_give_the_same_reading_skeletons() -> None:
    assert reading_skeletons("買買提") == reading_skeletons("买买提") == ("md",)
