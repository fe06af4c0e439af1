"""Sources: reports, testimonies and documents, with the citations of them."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router
from ninja.params.functions import Query as QueryParam

from tugan.api.access import READ_ERRORS
from tugan.api.auth import caller
from tugan.api.describing import describe_citation, describe_source
from tugan.api.paging import page_of
from tugan.api.persons import limit_param, search_filters
from tugan.api.schemas import Filters, SourceDetailOut, SourcePage
from tugan.search.reading import searchable_sources
from tugan.sources.reading import read_source_detail

router = Router(tags=["sources"])


@router.get("sources", response={200: SourcePage, **READ_ERRORS}, summary="List sources")
def list_sources(
    request: HttpRequest,
    filters: Query[Filters],
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Sources this caller may see, with the search page's filters."""
    sources = searchable_sources(caller(request), search_filters(filters))
    rows, next_cursor = page_of(sources, cursor, limit)
    return {"results": [describe_source(source) for source in rows], "next": next_cursor}


@router.get(
    "sources/{public_id}", response={200: SourceDetailOut, **READ_ERRORS}, summary="Read a source"
)
def read_source(request: HttpRequest, public_id: str) -> dict[str, Any]:
    """A source with its text and the citations of it this caller may see."""
    page = read_source_detail(caller(request), public_id)
    return {
        **describe_source(page["source"]),
        "text": page["source"].text,
        "citations": [describe_citation(citation) for citation in page["citations"]],
    }
