"""Fit the learned parts of extraction on the corpus and write their weights into the package.

Reads every (docs, gold) folder pair given (default: ../shared/corpus/dev and train), fits the
name tagger and its finder (python-crfsuite, L-BFGS: the same weights on every run) and writes
their weights as JSON, by default to src/tugan/core/data/name-tagger.json, which `tugan extract`
loads. Prints one JSON line: documents, features kept, bytes written.

    .venv/bin/python bench/train_extract.py
    .venv/bin/python bench/train_extract.py --corpus ../shared/corpus/dev --output /tmp/t.json
"""

import argparse
import json
from pathlib import Path

from tugan.core.extract.evaluation import read_training_documents
from tugan.core.extract.learning import fit_models

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
OUTPUT = ROOT / "src/tugan/core/data/name-tagger.json"


def main() -> None:
    """Fit the learned parts and write the name tagger's weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a folder with docs/ and gold/ (repeatable; default dev and train)",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the weights")
    arguments = parser.parse_args()
    corpora = arguments.corpus or [CORPUS / "dev", CORPUS / "train"]
    documents = read_training_documents([(folder / "docs", folder / "gold") for folder in corpora])
    models = fit_models(documents)
    assert models.name_tagger is not None
    text = json.dumps(models.name_tagger.to_dict(), ensure_ascii=False, separators=(",", ":"))
    arguments.output.write_text(text + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "documents": len(documents),
                "features": len(models.name_tagger.features),
                "finder_features": len(models.name_tagger.finder.features)
                if models.name_tagger.finder
                else 0,
                "bytes": len(text.encode("utf-8")) + 1,
                "output": str(arguments.output),
            }
        )
    )


if __name__ == "__main__":
    main()
