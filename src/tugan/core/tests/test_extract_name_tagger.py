"""The name tagger: its shipped weights, decoding, fitting and how it corrects the rules.

Every sentence here is fictional, written for these tests.
"""

import itertools
import json
import math
import re
from datetime import date
from pathlib import Path

import pytest

from tugan.core.extract import ExtractionModels, extract_report, read_with_rules
from tugan.core.extract.document import Document
from tugan.core.extract.name_tagger import (
    BEGINS_LONGER,
    LABELS,
    NameTagger,
    NameTaggerError,
    document_features,
    gold_labels,
    mark_words,
    read_name_tagger,
    shipped_name_tagger,
    window_features,
    word_index,
)


def test_the_shipped_weights_load() -> None:
    tagger = shipped_name_tagger()
    assert tagger is not None
    assert len(tagger.transitions) == len(LABELS)
    assert len(tagger.features) > 100
    assert all(len(weights) == 3 for weights in tagger.features.values())


def test_the_shipped_weights_hold_no_text() -> None:
    tagger = shipped_name_tagger()
    assert tagger is not None
    longest = max(
        (len(run) for name in tagger.features for run in re.findall(r"[\u3400-\u9fff]+", name)),
        default=0,
    )
    assert longest <= 2  # single characters and pairs, never a phrase of a report


def test_a_weights_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(NameTaggerError, match="weights.json: not a name tagger"):
        read_name_tagger(path)


def test_broken_weights_are_refused_with_the_reason() -> None:
    data = {
        "format": 1,
        "labels": list(LABELS),
        "transitions": [[0, 0, 0]] * 3,
        "features": {"c=阿": [1.0]},
    }
    with pytest.raises(NameTaggerError, match="bad weights"):
        NameTagger.from_dict(data, "broken.json")


def test_weights_survive_a_round_trip() -> None:
    tagger = NameTagger({"c=阿": (0.0, 1.5, -0.25)}, ((0.0, 0.1, -1.0),) * 3)
    assert NameTagger.from_dict(json.loads(json.dumps(tagger.to_dict()))) == tagger


def test_decoding_never_starts_a_name_inside() -> None:
    # Weights that favour I everywhere: the first character must still be O or B.
    tagger = NameTagger({"c=x": (0.0, 0.0, 5.0)}, ((0.0, 0.0, 0.0),) * 3)
    labels = tagger.tag([["c=x"], ["c=x"], ["c=x"]])
    assert labels[0] != "I"
    assert labels == ["B", "I", "I"]


def test_emissions_sum_the_weights_of_known_features_only() -> None:
    tagger = NameTagger({"c=a": (0.5, 1.0, -1.0), "k=x": (0.25, 0.0, 2.0)}, ((0.0,) * 3,) * 3)
    assert tagger.emissions([["c=a", "k=x", "unknown"], ["unknown"]]) == [
        (0.75, 1.0, 1.0),
        (0.0, 0.0, 0.0),
    ]


def test_words_are_marked_as_looking_up_every_substring_would() -> None:
    # Fictional text with words of one to four characters, one at each end of the text.
    text = "哈萨克族律师努尔兰说，阿依古丽·别克在伊犁被捕，与王建新同去维吾尔族"
    index = word_index()
    starts, ends = [0] * len(text), [0] * len(text)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            bits = index.get(text[start:end], 0) & ~BEGINS_LONGER
            starts[start] |= bits
            ends[end - 1] |= bits
    assert mark_words(text) == (starts, ends)
    assert any(  # a long word is read
        len(word) >= 4 and word in text and bits & ~BEGINS_LONGER for word, bits in index.items()
    )


def every_path_scored(
    tagger: NameTagger, scores: list[tuple[float, float, float]]
) -> list[tuple[float, tuple[int, ...]]]:
    """Return the score of every allowed label path (no I first, I only after B or I)."""
    paths = []
    for path in itertools.product(range(3), repeat=len(scores)):
        if path[0] == 2 or any(b == 2 and a == 0 for a, b in itertools.pairwise(path)):
            continue
        total = sum(score[label] for score, label in zip(scores, path, strict=True))
        total += sum(tagger.transitions[a][b] for a, b in itertools.pairwise(path))
        paths.append((total, path))
    return paths


def test_shared_emissions_decode_and_give_marginals_as_every_path_does() -> None:
    # A fictional sentence, scored once by the shipped finder and checked against brute force.
    tagger = shipped_name_tagger()
    assert tagger is not None and tagger.finder is not None
    finder = tagger.finder
    document = Document("昨天，吐尔逊江骑车去了集市。", None)
    scores = finder.emissions(window_features(document, 3, 10, rule_names=False))
    paths = every_path_scored(finder, scores)
    best = max(paths)[1]
    assert finder.decode(scores) == [LABELS[label] for label in best]
    normaliser = sum(math.exp(total) for total, _ in paths)
    for position, row in enumerate(finder.marginal_probabilities(scores)):
        for label in range(3):
            expected = sum(math.exp(total) for total, path in paths if path[position] == label)
            assert row[label] == pytest.approx(expected / normaliser, abs=1e-9)


def test_gold_names_are_marked_across_any_separator() -> None:
    text = "虚构人物努尔兰 . 别克说，努尔兰很好。"
    labels = gold_labels(text, ["努尔兰·别克", "努尔兰"])
    assert "".join(labels) == "OOOO" + "BIIIIIII" + "OO" + "BII" + "OOO"


def test_features_are_one_list_per_character() -> None:
    reading = read_with_rules("哈萨克人努尔兰·别克说，他很好。", None)
    features = document_features(reading.document)
    assert len(features) == len(reading.document.folded)
    assert "r=BP" in features[4]  # the rules found the name: a feature the tagger reads


def fictional_training_documents() -> list:
    from tugan.core.extract.learning import TrainingDocument

    # Fictional: the rules cut 再 off 再努尔·别克, the gold keeps it; the tagger must learn that
    # a 再 right before a name the rules found can start it.
    sentences = [
        ("再努尔·别克", "记者问再努尔·别克，再努尔·别克说他很好。"),
        ("再阿依·托合提", "今天再阿依·托合提说，再阿依·托合提在家。"),
        ("再古丽·艾力", "老师说再古丽·艾力来了，再古丽·艾力笑了。"),
    ]
    return [
        TrainingDocument(
            f"fictional-{index}.md",
            text,
            date(2021, 3, 1),
            {"persons": [{"name": name, "aliases": []}]},
        )
        for index, (name, text) in enumerate(sentences)
    ]


def test_a_tagger_fitted_on_fictional_reports_moves_a_name_edge() -> None:
    pytest.importorskip("pycrfsuite")
    from tugan.core.extract.learning import fit_models

    models = fit_models(fictional_training_documents())
    assert models.name_tagger is not None
    text = "朋友再米娜·艾山说，再米娜·艾山很好。"
    without = extract_report(text, None, ExtractionModels())
    with_tagger = extract_report(text, None, models)
    assert [person.name for person in without.persons] != ["再米娜·艾山"]
    assert [person.name for person in with_tagger.persons] == ["再米娜·艾山"]
