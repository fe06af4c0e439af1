"""The options every probe script takes: which set of probes, and which learned parts."""

import argparse
from pathlib import Path

from tugan.core.extract import ExtractionModels, shipped_models
from tugan.core.extract.name_tagger import read_name_tagger


def read_probe_options(description: str) -> tuple[bool, ExtractionModels]:
    """Return (whether to score the second set, the learned parts) from the command line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--weights", type=Path, help="learned parts (default: shipped ones)")
    parser.add_argument("--second", action="store_true", help="score the second set instead")
    arguments = parser.parse_args()
    models = (
        ExtractionModels(name_tagger=read_name_tagger(arguments.weights))
        if arguments.weights
        else shipped_models()
    )
    return arguments.second, models
