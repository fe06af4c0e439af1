"""Fitting the learned parts of extraction on documents with human gold (GOLD.md)."""

from dataclasses import dataclass
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
    documents: list[TrainingDocument],
) -> list[tuple[list[list[str]], list[str]]]:
    """Return (features, labels) per document: what the rules left, and the gold names."""
    sequences = []
    for document in documents:
        reading = read_with_rules(document.text, document.published)
        folded = reading.document.folded
        labels = gold_labels(folded, gold_person_names(document.gold))
        sequences.append((document_features(reading.document), labels))
    return sequences


def fit_models(documents: list[TrainingDocument]) -> ExtractionModels:
    """Return the learned parts fitted on documents (python-crfsuite needed)."""
    return ExtractionModels(name_tagger=fit_name_tagger(name_tagger_sequences(documents)))
