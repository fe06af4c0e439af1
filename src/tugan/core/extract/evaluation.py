"""Running extraction and the jieba baseline over a gold folder, and scoring both."""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tugan.core.extract import extract_report, read_archived_report
from tugan.core.extract.baseline import extract_with_jieba
from tugan.core.extract.scoring import Score, score_document


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    baseline: Score = field(default_factory=Score)
    documents: dict[str, tuple[Score, Score]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return all figures, overall and per document, for Tugan and the baseline."""
        return {
            "overall": self.overall.to_dict(),
            "baseline": self.baseline.to_dict(),
            "documents": {name: {"tugan": tugan.to_dict(), "baseline": baseline.to_dict()}
                          for name, (tugan, baseline) in self.documents.items()},
        }


def read_gold_files(gold_dir: Path) -> list[dict[str, Any]]:
    """Return the gold structures of every *.gold.json file in gold_dir, sorted by name."""
    return [json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(gold_dir.glob("*.gold.json"))]


def evaluate_extraction(docs_dir: Path, gold_dir: Path, with_baseline: bool = True) -> Evaluation:
    """Return the scores of extraction (and the jieba baseline) on the documents gold names.

    Raises FileNotFoundError when a gold file names a document that docs_dir lacks.
    """
    evaluation = Evaluation()
    for gold in read_gold_files(gold_dir):
        name = gold["doc"]
        path = docs_dir / name
        text, published = read_archived_report(path.read_bytes())
        predicted = extract_report(text, published).to_gold_dict(name)
        tugan = score_document(predicted, gold)
        baseline = (score_document(extract_with_jieba(text, published, name), gold)
                    if with_baseline else Score())
        evaluation.overall.add(tugan)
        evaluation.baseline.add(baseline)
        evaluation.documents[name] = (tugan, baseline)
    return evaluation
