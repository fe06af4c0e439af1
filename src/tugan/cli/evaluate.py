"""`tugan eval`: score Tugan's extraction and name matching against human gold data."""

import json
from pathlib import Path
from typing import Any

import click


@click.group(name="eval")
def evaluate() -> None:
    """Score Tugan against human-made gold data.

    Examples:

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold

        tugan eval names --pairs corpus/dev/names-dev.tsv
    """


def format_counts(label: str, counts: dict[str, Any]) -> str:
    """Return one line of precision, recall and F1."""
    return (
        f"  {label:<8} P {counts['precision']:.3f}  R {counts['recall']:.3f}  "
        f"F1 {counts['f1']:.3f}  ({counts['tp']}/{counts['predicted']} predicted, "
        f"{counts['gold']} gold)"
    )


def format_accuracy(value: float | None) -> str:
    """Return an accuracy as text, or "-" when no event matched."""
    return "-" if value is None else f"{value:.3f}"


def format_score(title: str, score: dict[str, Any]) -> list[str]:
    """Return the lines of one Score: persons, places, events, date and years accuracy."""
    return [
        title,
        format_counts("persons", score["persons"]),
        format_counts("places", score["places"]),
        format_counts("events", score["events"]),
        f"  dates    {format_accuracy(score['date_accuracy'])} of matched events   "
        f"years {format_accuracy(score['years_accuracy'])}",
    ]


def format_event_errors(errors: dict[str, int]) -> list[str]:
    """Return the lines saying why events and dates were wrong (scoring.EventErrors)."""
    return [
        f"  wrong events: {errors['wrong_subject']} of a type the gold has with another "
        f"subject, {errors['wrong_type']} of a subject it has with another type, "
        f"{errors['not_in_gold']} with neither",
        f"  missed events: {errors['missed_for_subject']} found with another subject, "
        f"{errors['missed_for_type']} with another type, {errors['missed']} not at all",
        f"  wrong dates: {errors['date_missing']} none where the gold gives one, "
        f"{errors['date_not_in_gold']} given where it gives none, "
        f"{errors['date_different']} another date",
    ]


@evaluate.command(name="extract")
@click.option(
    "--docs",
    "docs_dirs",
    required=True,
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of archived reports; repeat it, once per --gold folder.",
)
@click.option(
    "--gold",
    "gold_dirs",
    required=True,
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of *.gold.json files; each names its document in 'doc'.",
)
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    default=None,
    help="Cross-validate: K folds by document, learned parts fitted on the others.",
)
@click.option(
    "--weights",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Name-tagger weights (JSON, from bench/train_extract.py) instead of the "
    "shipped ones; not with --folds.",
)
@click.option(
    "--predicted",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Score the *.gold.json files of this folder (another annotator's, or another "
    "program's; each names its document in 'doc') instead of extracting; not with --folds "
    "or --weights.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--no-baseline", is_flag=True, help="Skip the jieba baseline.")
def extract_command(
    docs_dirs: tuple[Path, ...],
    gold_dirs: tuple[Path, ...],
    folds: int | None,
    weights: Path | None,
    predicted: Path | None,
    as_json: bool,
    no_baseline: bool,
) -> None:
    """Score extraction against gold files, beside a jieba baseline.

    Runs extraction over the documents the gold files name and prints precision, recall
    and F1 for persons, places and events, and date and years accuracy on matched events,
    overall and per document, for Tugan and for jieba's POS tags (nr* persons, ns places).
    Scoring follows corpus/GOLD.md. Overall, it also counts why events were wrong: a wrong
    subject, a wrong type or neither, and of wrong dates, none given, one given where the gold
    gives none, or another. Without --folds the shipped learned parts are used (fitted
    on the corpus: optimistic on it). With --folds K the documents of all folders are dealt
    into K folds by a fixed seed and each fold is extracted by learned parts fitted on the
    other folds only (needs python-crfsuite). With --predicted DIR the GOLD.md files there
    are scored instead of Tugan: a second annotator's, to see how far two readers agree.

    Examples:

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold --json

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold
        --docs corpus/train/docs --gold corpus/train/gold --folds 5

        tugan eval extract --docs held-out/docs --gold held-out/gold --weights tagger.json

        tugan eval extract --docs corpus/train/docs --gold corpus/train/gold
        --predicted second-annotator/
    """
    from tugan.core.extract import ExtractionModels
    from tugan.core.extract.evaluation import (
        cross_validate_extraction,
        evaluate_extraction,
        evaluate_predictions,
    )
    from tugan.core.extract.name_tagger import read_name_tagger
    from tugan.core.formats import InputFormatError

    if len(docs_dirs) != len(gold_dirs):
        raise click.UsageError("give one --docs folder for each --gold folder, in the same order")
    if weights is not None and folds is not None:
        raise click.UsageError("--weights and --folds exclude each other: folds fit their own")
    if predicted is not None and (folds is not None or weights is not None):
        raise click.UsageError(
            "--predicted scores files made elsewhere: not with --folds or --weights"
        )
    folders = list(zip(docs_dirs, gold_dirs, strict=True))
    try:
        if predicted is not None:
            evaluation = evaluate_predictions(folders, predicted, with_baseline=not no_baseline)
        elif folds is None:
            models = (
                ExtractionModels(name_tagger=read_name_tagger(weights))
                if weights is not None
                else None
            )
            evaluation = evaluate_extraction(folders, with_baseline=not no_baseline, models=models)
        else:
            evaluation = cross_validate_extraction(folders, folds, with_baseline=not no_baseline)
    except (FileNotFoundError, InputFormatError, KeyError, ValueError) as error:
        # NameTaggerError is a ValueError: each names the file and what is wrong with it.
        raise click.ClickException(str(error)) from None
    data = evaluation.to_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    if not data["documents"]:
        raise click.ClickException(f"{', '.join(map(str, gold_dirs))}: no *.gold.json files")
    fitted = (
        f"{folds}-fold cross-validated"
        if folds
        else f"learned parts from {weights}"
        if weights
        else "learned parts as shipped"
    )
    count = len(data["documents"])
    how = f"{predicted}, {count} documents" if predicted else f"Tugan, {count} documents, {fitted}"
    lines = format_score(how, data["overall"])
    lines += format_event_errors(data["overall"]["event_errors"])
    if not no_baseline:
        lines += format_score("jieba baseline", data["baseline"])
    for name, scores in data["documents"].items():
        lines += format_score(name, scores["tugan"])
        if not no_baseline:
            lines += format_score(f"{name} (jieba)", scores["baseline"])
    click.echo("\n".join(lines))
