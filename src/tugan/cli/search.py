"""`tugan search`: find sources and persons, as the search page does."""

import json

import click

from tugan.cli.options import setup_django, viewer_level_option


@click.command(name="search")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--since", metavar="YYYY-MM-DD", help="Published or happened on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="Published or happened on or before.")
@click.option("--publisher", metavar="TEXT", help="Sources whose publisher contains this.")
@click.option("--place", metavar="KEY", help="About this place or a place inside it: CN-654022.")
@click.option("--event-type", metavar="TYPE", help="With an event of this type: detained, ...")
@click.option("--ethnicity", metavar="NAME", help="Persons (and their sources) of this ethnicity.")
@viewer_level_option(
    "Search as someone who sees records up to this level (public: published only)."
)
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
def search(query: str, as_json: bool, level: str, limit: int, **filters: str | None) -> None:
    """Find sources and persons, in any script.

    Chinese queries of any length match, Traditional or Simplified alike. Persons whose
    name matches come first, then sources, each best first; copies of one story are shown
    once (docs/search.md). With --json, prints {"results": [{"kind", "id", "title",
    "snippet"}, ...]}, matches in the snippet between [ and ].

    Examples:

        tugan search 哈萨克

        tugan search 县 --event-type detained --since 2018-01-01

        tugan search "Nurlan Abdulla" --json --level public
    """
    setup_django()
    from tugan.records.exporting import viewer_for_level
    from tugan.search.forms import SearchForm
    from tugan.search.reading import read_search_results

    form = SearchForm({"q": query, **{key: value or "" for key, value in filters.items()}})
    if not form.is_valid():
        problems = "; ".join(
            f"--{field.replace('_', '-')}: {' '.join(map(str, errors))}"
            for field, errors in form.errors.items()
        )
        raise click.UsageError(problems)
    results = read_search_results(viewer_for_level(level), query, form.filters(), limit=limit)
    if as_json:
        payload = {"results": [result.to_dict() for result in results]}
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for result in results:
        click.echo(f"{result.kind}\t{result.id}\t{result.title}")
        click.echo(f"\t{result.to_dict()['snippet']}")
    if not results:
        click.echo("no results", err=True)
