"""Fitting the learned parts of extraction on documents with human gold (GOLD.md)."""

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tugan.core.extract import ExtractionModels, read_with_rules
from tugan.core.extract.name_tagger import document_features, fit_name_tagger, gold_labels
from tugan.core.extract.scoring import normalize_gold_name


@dataclass(frozen=True)
class TrainingDocument:
    """A report's article text, its publication date and its gold structure."""

    name: str
    text: str
    published: date | None
    gold: dict[str, Any]


def gold_person_names(gold: dict[str, Any]) -> list[str]:
    """Return every name and alias of the gold persons, normalised as the scorer does."""
    return [
        normalize_gold_name(name)
        for person in gold.get("persons", [])
        for name in [person["name"], *person.get("aliases", [])]
        if name
    ]


def name_tagger_sequences(
    documents: list[TrainingDocument], rule_names: bool = True
) -> list[tuple[list[list[str]], list[str]]]:
    """Return (features, labels) per document: what the rules left, and the gold names.

    Without rule_names the features do not show the names the rules found (the name finder's).
    """
    sequences = []
    for document in documents:
        reading = read_with_rules(document.text, document.published)
        folded = reading.document.folded
        labels = gold_labels(folded, gold_person_names(document.gold))
        sequences.append((document_features(reading.document, rule_names), labels))
    return sequences


def fit_models(documents: list[TrainingDocument]) -> ExtractionModels:
    """Return the learned parts fitted on documents (python-crfsuite needed)."""
    finder = fit_name_tagger(name_tagger_sequences(documents, rule_names=False))
    tagger = fit_name_tagger(name_tagger_sequences(documents))
    return ExtractionModels(name_tagger=replace(tagger, finder=finder))
