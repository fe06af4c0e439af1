"""`tugan names match` and `tugan eval names`: match written names across scripts."""

import json
from pathlib import Path
from typing import Any

import click

from tugan.core.names.ranking import SHORTLIST, NamePool

DEFAULT_TOP = 5
DEFAULT_DISTRACTORS = 0


def read_name_lines(path: Path) -> list[str]:
    """Return the non-blank lines of a UTF-8 file, stripped; raise ClickException if unreadable."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise click.ClickException(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise click.ClickException(f"{path}: not UTF-8 text (byte {error.start})") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


@click.group()
def names() -> None:
    """Match names across Han, Latin, Cyrillic and Arabic script.

    Examples:

        tugan names match queries.txt candidates.txt --top 3 --json
    """


@names.command(name="match")
@click.argument("queries", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("candidates", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--top",
    default=DEFAULT_TOP,
    show_default=True,
    type=click.IntRange(min=1),
    help="How many matches to print per query.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='One JSON line per query: {"query", "matches": [{"name", "score"}]}.',
)
@click.option(
    "--explain",
    is_flag=True,
    help='Also say which name parts matched, and how ("explanation", "unmatched" in JSON).',
)
@click.option(
    "--shortlist",
    default=SHORTLIST,
    show_default=True,
    type=click.IntRange(min=0),
    help="Compare in full only this many candidates per query, picked by a quick score (0: all).",
)
def match_command(
    queries: Path, candidates: Path, top: int, as_json: bool, explain: bool, shortlist: int
) -> None:
    """Rank candidate names for each query name, best first.

    QUERIES and CANDIDATES are UTF-8 files with one name per line, in any script and
    part order, with or without separators (约买尔·艾木杜拉, Omer Hemdulla, Серікжан Біләш).
    Scores run from 0 to 1.

    Examples:

        tugan names match queries.txt candidates.txt

        tugan names match queries.txt candidates.txt --top 1 --json --explain
    """
    query_names = read_name_lines(queries)
    pool = NamePool(read_name_lines(candidates))
    for query in query_names:
        best = pool.rank(query, top, shortlist)
        if as_json:
            matches = []
            for name, comparison in best:
                entry: dict[str, Any] = {"name": name, "score": round(comparison.score, 4)}
                if explain:
                    entry["explanation"] = [part.to_dict() for part in comparison.explanation]
                    entry["unmatched"] = comparison.unmatched_left + comparison.unmatched_right
                matches.append(entry)
            click.echo(json.dumps({"query": query, "matches": matches}, ensure_ascii=False))
            continue
        click.echo(query)
        for name, comparison in best:
            click.echo(f"  {comparison.score:.3f}  {name}")
            if explain:
                for part in comparison.explanation:
                    click.echo(
                        f"         {part.left} ~ {part.right}: {part.how} {part.score:.2f}"
                        + (f" ({part.detail})" if part.detail else "")
                    )
                unmatched = comparison.unmatched_left + comparison.unmatched_right
                if unmatched:
                    click.echo(f"         unmatched: {', '.join(unmatched)}")


@click.command(name="names")
@click.option(
    "--pairs",
    "pairs_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="UTF-8 file of true pairs, one `name<TAB>name` per line.",
)
@click.option(
    "--distractors",
    default=DEFAULT_DISTRACTORS,
    show_default=True,
    type=click.IntRange(min=0),
    help="Add this many generated fictional names to the right-hand pool.",
)
@click.option(
    "--pool",
    "pool_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="UTF-8 file of more right-hand names, one per line, to rank among.",
)
@click.option(
    "--shortlist",
    default=SHORTLIST,
    show_default=True,
    type=click.IntRange(min=0),
    help="Compare in full only this many names per query, picked by a quick score (0: all).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def eval_names(
    pairs_file: Path, distractors: int, pool_file: Path | None, shortlist: int, as_json: bool
) -> None:
    """Score name matching on true pairs: top-1 and MRR.

    Ranks every right-hand name for every left-hand name, then prints top-1 accuracy and
    mean reciprocal rank for Tugan's name comparison and for a baseline (pypinyin, then
    Jaro-Winkler on the whole string). A tie with the true name counts against it. Lines
    starting with # are skipped.

    Examples:

        tugan eval names --pairs corpus/dev/names-dev.tsv

        tugan eval names --pairs pairs.tsv --distractors 1500 --json
    """
    from tugan.core.names.evaluation import evaluate_names, read_pairs
    from tugan.core.names.pool import generate_distractors

    pairs = read_pairs(read_name_lines(pairs_file))
    if not pairs:
        raise click.ClickException(f"{pairs_file}: no `name<TAB>name` lines")
    extra = read_name_lines(pool_file) if pool_file else []
    truths = {right for _, right in pairs}
    extra += generate_distractors(distractors, exclude=truths) if distractors else []
    figures = evaluate_names(pairs, extra, shortlist)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
        return
    click.echo(
        f"{figures['pairs']} pairs, pool of {figures['pool']} names\n"
        f"            top-1    MRR\n"
        f"  tugan     {figures['top1']:.3f}   {figures['mrr']:.3f}\n"
        f"  baseline  {figures['baseline_top1']:.3f}   {figures['baseline_mrr']:.3f}"
        f"   (pypinyin + Jaro-Winkler)"
    )
