"""`tugan eval`: score Tugan's extraction and name matching against human gold data."""

import click


@click.group(name="eval")
def evaluate() -> None:
    """Score Tugan against human-made gold data.

    Examples:

        tugan eval extract --docs corpus/dev/docs --gold corpus/dev/gold

        tugan eval names --pairs corpus/dev/names-dev.tsv
    """
