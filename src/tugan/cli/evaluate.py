"""`tugan eval`: score Tugan's extraction and name matching against human gold data."""

import json
from pathlib import Path

import click


@click.group(name="eval")
def evaluate() -> None:
    """Score Tugan against human-made gold data.

    Examples:

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold

        tugan eval names --pairs corpus/dev/names-dev.tsv
    """


def format_counts(label: str, counts: dict) -> str:
    """Return one line of precision, recall and F1."""
    return (f"  {label:<8} P {counts['precision']:.3f}  R {counts['recall']:.3f}  "
            f"F1 {counts['f1']:.3f}  ({counts['tp']}/{counts['predicted']} predicted, "
            f"{counts['gold']} gold)")


def format_accuracy(value: float | None) -> str:
    """Return an accuracy as text, or "-" when no event matched."""
    return "-" if value is None else f"{value:.3f}"


def format_score(title: str, score: dict) -> list[str]:
    """Return the lines of one Score: persons, places, events, date and years accuracy."""
    return [
        title,
        format_counts("persons", score["persons"]),
        format_counts("places", score["places"]),
        format_counts("events", score["events"]),
        f"  dates    {format_accuracy(score['date_accuracy'])} of matched events   "
        f"years {format_accuracy(score['years_accuracy'])}",
    ]


@evaluate.command(name="extract")
@click.option("--docs", "docs_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of archived reports.")
@click.option("--gold", "gold_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of *.gold.json files; each names its document in 'doc'.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--no-baseline", is_flag=True, help="Skip the jieba baseline.")
def extract_command(docs_dir: Path, gold_dir: Path, as_json: bool, no_baseline: bool) -> None:
    """Score extraction against gold files, beside a jieba baseline.

    Runs extraction over the documents the gold files name and prints precision, recall
    and F1 for persons, places and events, and date and years accuracy on matched events,
    overall and per document, for Tugan and for jieba's POS tags (nr* persons, ns places).
    Scoring follows corpus/GOLD.md.

    Examples:

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold --json
    """
    from tugan.core.extract.evaluation import evaluate_extraction
    from tugan.core.formats import InputFormatError

    try:
        evaluation = evaluate_extraction(docs_dir, gold_dir, with_baseline=not no_baseline)
    except (FileNotFoundError, InputFormatError, KeyError, ValueError) as error:
        raise click.ClickException(f"{gold_dir}: {error}") from None
    data = evaluation.to_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    if not data["documents"]:
        raise click.ClickException(f"{gold_dir}: no *.gold.json files")
    lines = format_score(f"Tugan, {len(data['documents'])} documents", data["overall"])
    if not no_baseline:
        lines += format_score("jieba baseline", data["baseline"])
    for name, scores in data["documents"].items():
        lines += format_score(name, scores["tugan"])
        if not no_baseline:
            lines += format_score(f"{name} (jieba)", scores["baseline"])
    click.echo("\n".join(lines))
