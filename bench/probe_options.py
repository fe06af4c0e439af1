"""The options every probe script takes: which set of probes, and which learned parts."""

import argparse
from pathlib import Path

from tugan.core.extract import ExtractionModels, shipped_models
from tugan.core.extract.name_tagger import read_name_tagger


def read_probe_options(description: str, sets: int) -> tuple[int, ExtractionModels]:
    """Return (the index of the set of probes to score, the learned parts) from the command line.

    Sets are numbered from 1 on the command line: each was written after the ones before had
    been used to fix the code, and run once before any change made for it.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--weights", type=Path, help="learned parts (default: shipped ones)")
    parser.add_argument(
        "--set", type=int, choices=range(1, sets + 1), default=1, help="which set of probes"
    )
    arguments = parser.parse_args()
    models = (
        ExtractionModels(name_tagger=read_name_tagger(arguments.weights))
        if arguments.weights
        else shipped_models()
    )
    return arguments.set - 1, models
