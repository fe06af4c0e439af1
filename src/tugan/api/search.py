"""Search, as the search page does it."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router
from ninja.params.functions import Query as QueryParam

from tugan.api.access import READ_ERRORS
from tugan.api.auth import caller
from tugan.api.persons import search_filters
from tugan.api.schemas import Filters, SearchOut
from tugan.core.search_text import snippet_text
from tugan.search.reading import DEFAULT_LIMIT, MAX_LIMIT, read_search_results

router = Router(tags=["search"])


@router.get("", response={200: SearchOut, **READ_ERRORS}, summary="Search")
def search(
    request: HttpRequest,
    filters: Query[Filters],
    q: str = QueryParam(
        ..., min_length=1, max_length=200, description="Words, names or 1–2 Han characters."
    ),
    limit: int = QueryParam(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
) -> dict[str, Any]:
    """Persons whose names match, then sources, best first: the search page's results."""
    results = read_search_results(caller(request), q, search_filters(filters), limit)
    return {
        "query": q,
        "results": [
            {
                "kind": result.kind,
                "id": result.id,
                "title": result.title,
                "snippet": snippet_text(result.snippet),
                "names": result.names,
            }
            for result in results
        ],
    }
