"""Match evidence is said in the reader's language: each sentence, with its values."""

import pytest
from django.utils.translation import override

from tugan.linkage.evidence import (
    FIELD_LABELS,
    SENTENCES,
    EvidenceItem,
    describe_evidence,
    describe_field,
    evidence_item,
)

LANGUAGES = ["zh-hans", "kk", "ug", "ru"]
# Values for each sentence's placeholders (fictional names).
VALUES = {
    "name": {"name_a": "Fictional Omer", "name_b": "虚构约买尔"},
    "same_birth_date": {"date": "1980-02-03"},
    "same_year_other_day": {"date_a": "1980-02-03", "date_b": "1980-05-06"},
    "same_birth_year": {"year": 1980},
    "birth_years_one_apart": {"year_a": 1980, "year_b": 1981},
    "other_birth_years": {"year_a": 1980, "year_b": 1990},
    "same_gender": {"gender": "female"},
    "other_gender": {"gender_a": "female", "gender_b": "male"},
    "same_identifier": {"kinds": ["passport", "phone"]},
    "shared_relatives": {"count": 2},
    "shared_sources": {"count": 1},
}
NAME_DETAILS = {
    "score": 0.91,
    "parts": [
        {"left": "Omer", "right": "约买尔", "score": 0.9, "how": "Han reading", "detail": ""},
        {"left": "Ali", "right": "Ali", "score": 1.0, "how": "same spelling", "detail": ""},
    ],
}


def item_saying(sentence: str) -> EvidenceItem:
    field = "name" if sentence == "name" else "gender"
    details = NAME_DETAILS if sentence == "name" else {}
    return evidence_item(field, 1.0, sentence, VALUES.get(sentence, {}), **details)


@pytest.mark.parametrize("sentence", sorted(SENTENCES))
def test_each_sentence_keeps_its_english_and_is_translated(sentence):
    item = item_saying(sentence)
    with override("en"):
        assert describe_evidence(item) == item["says"]
    for language in LANGUAGES:
        with override(language):
            said = describe_evidence(item)
        assert said != item["says"], (language, said)
        for value in VALUES.get(sentence, {}).values():
            if isinstance(value, int) and not isinstance(value, bool):
                assert str(value) in said, (language, said)


def test_values_are_said_as_the_pages_say_them():
    with override("zh-hans"):
        assert describe_evidence(item_saying("other_gender")) == "性别不同（女 / 男）"
        name = describe_evidence(item_saying("name"))
    assert "汉字读音 0.90" in name and "拼写相同 1.00" in name and "0.91" in name
    with override("en"):
        assert describe_evidence(item_saying("same_identifier")) == (
            "same identifier (passport, phone)"
        )


def test_every_kind_of_evidence_has_a_translated_label():
    for field in FIELD_LABELS:
        with override("en"):
            english = describe_field({"field": field, "weight": 0.0, "says": ""})
        for language in LANGUAGES:
            with override(language):
                assert describe_field({"field": field, "weight": 0.0, "says": ""}) != english


def test_evidence_stored_before_sentences_had_keys_is_shown_as_stored():
    stored: EvidenceItem = {"field": "hometown", "weight": 2.0, "says": "same hometown"}
    with override("ru"):
        assert describe_evidence(stored) == "same hometown"


def test_names_are_isolated_from_a_right_to_left_sentence_only():
    item = item_saying("name")
    with override("ug"):
        said = describe_evidence(item)
    assert "\u2068Fictional Omer\u2069 ~ \u2068虚构约买尔\u2069" in said
    assert "\u2068" not in item["says"]
    with override("ru"):
        assert "\u2068" not in describe_evidence(item)
