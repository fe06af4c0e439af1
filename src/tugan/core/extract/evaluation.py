"""Running extraction and the jieba baseline over gold folders, and scoring both.

`evaluate_extraction` scores what is shipped (learned parts fitted on whatever they were fitted
on). `cross_validate_extraction` splits the documents into K folds and scores each fold with the
learned parts fitted on the other folds only: the figure to trust for reports never seen.
`evaluate_predictions` scores structures made elsewhere, such as a second annotator's, the same
way: how far two readers of GOLD.md agree is the ceiling to read the other figures against.
"""

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tugan.core.extract import ExtractionModels, extract_report, read_archived_report
from tugan.core.extract.baseline import extract_with_jieba
from tugan.core.extract.learning import TrainingDocument, fit_models
from tugan.core.extract.scoring import Score, score_document

FOLD_SEED = 12


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    baseline: Score = field(default_factory=Score)
    documents: dict[str, tuple[Score, Score]] = field(default_factory=dict)
    folds: int | None = None
    fold_of: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return all figures, overall and per document, for Tugan and the baseline."""
        data: dict[str, Any] = {
            "overall": self.overall.to_dict(),
            "baseline": self.baseline.to_dict(),
            "documents": {
                name: {"tugan": tugan.to_dict(), "baseline": baseline.to_dict()}
                for name, (tugan, baseline) in self.documents.items()
            },
        }
        if self.folds is not None:
            data["folds"] = self.folds
            data["fold_of"] = dict(self.fold_of)
        return data


def read_gold_files(gold_dir: Path) -> list[dict[str, Any]]:
    """Return the gold structures of every *.gold.json file in gold_dir, sorted by name.

    Raises ValueError naming the file when one is not JSON or lacks its "doc" field.
    """
    golds = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            raise ValueError(f"{path}: not JSON ({error})") from None
        if not isinstance(gold, dict) or not isinstance(gold.get("doc"), str):
            raise ValueError(f'{path}: no "doc" field naming the document')
        golds.append(gold)
    return golds


def read_training_documents(folders: list[tuple[Path, Path]]) -> list[TrainingDocument]:
    """Return the documents that the gold files of each (docs, gold) folder pair name.

    Raises FileNotFoundError when a gold file names a document its docs folder lacks, and
    ValueError when two folders hold documents of the same name.
    """
    documents: list[TrainingDocument] = []
    seen: set[str] = set()
    for docs_dir, gold_dir in folders:
        for gold in read_gold_files(gold_dir):
            name = gold["doc"]
            if name in seen:
                raise ValueError(f"{gold_dir}: document {name} is named twice")
            seen.add(name)
            path = docs_dir / name
            if not path.is_file():
                raise FileNotFoundError(f"{path}: named by {gold_dir}, not found")
            text, published = read_archived_report(path.read_bytes())
            documents.append(TrainingDocument(name, text, published, gold))
    return documents


def assign_folds(names: list[str], folds: int, seed: int = FOLD_SEED) -> dict[str, int]:
    """Return document name -> fold (0..folds-1): shuffled by a fixed seed, then dealt round."""
    if folds < 2:
        raise ValueError(f"--folds must be 2 or more, not {folds}")
    if folds > len(names):
        raise ValueError(f"--folds {folds} is more than the {len(names)} documents")
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return {name: index % folds for index, name in enumerate(order)}


def score_documents(
    evaluation: Evaluation,
    documents: list[TrainingDocument],
    predict: Callable[[TrainingDocument], dict[str, Any]],
    with_baseline: bool,
) -> None:
    """Score predict's GOLD.md structure for each document, adding its scores to evaluation."""
    for document in documents:
        tugan = score_document(predict(document), document.gold)
        baseline = (
            score_document(
                extract_with_jieba(document.text, document.published, document.name), document.gold
            )
            if with_baseline
            else Score()
        )
        evaluation.overall.add(tugan)
        evaluation.baseline.add(baseline)
        evaluation.documents[document.name] = (tugan, baseline)


def extractor(models: ExtractionModels | None) -> Callable[[TrainingDocument], dict[str, Any]]:
    """Return a function giving what Tugan extracts from a document, with these learned parts
    (None: the shipped ones)."""

    def predict(document: TrainingDocument) -> dict[str, Any]:
        extraction = extract_report(document.text, document.published, models)
        return extraction.to_gold_dict(document.name)

    return predict


def evaluate_extraction(
    folders: list[tuple[Path, Path]],
    with_baseline: bool = True,
    models: ExtractionModels | None = None,
) -> Evaluation:
    """Return the scores of extraction (and the jieba baseline) on the documents gold names.

    models defaults to the shipped learned parts.
    """
    evaluation = Evaluation()
    score_documents(evaluation, read_training_documents(folders), extractor(models), with_baseline)
    return evaluation


def evaluate_predictions(
    folders: list[tuple[Path, Path]], predicted_dir: Path, with_baseline: bool = True
) -> Evaluation:
    """Return the scores of GOLD.md structures made elsewhere (another annotator's, another
    program's), one *.gold.json file a document in predicted_dir, against the gold.

    Raises FileNotFoundError when no file there names a document of the gold.
    """
    documents = read_training_documents(folders)
    predicted = {data["doc"]: data for data in read_gold_files(predicted_dir)}
    for document in documents:
        if document.name not in predicted:
            raise FileNotFoundError(f"{predicted_dir}: no *.gold.json file names {document.name}")
    evaluation = Evaluation()
    score_documents(evaluation, documents, lambda d: predicted[d.name], with_baseline)
    return evaluation


def cross_validate_extraction(
    folders: list[tuple[Path, Path]], folds: int, with_baseline: bool = True, seed: int = FOLD_SEED
) -> Evaluation:
    """Return K-fold scores by document: each fold extracted by parts fitted on the others."""
    documents = read_training_documents(folders)
    fold_of = assign_folds([document.name for document in documents], folds, seed)
    evaluation = Evaluation(folds=folds, fold_of=fold_of)
    for fold in range(folds):
        training = [d for d in documents if fold_of[d.name] != fold]
        held_out = [d for d in documents if fold_of[d.name] == fold]
        score_documents(evaluation, held_out, extractor(fit_models(training)), with_baseline)
    evaluation.documents = {d.name: evaluation.documents[d.name] for d in documents}
    return evaluation
