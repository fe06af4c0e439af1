"""Keeping the search index up to date: the operations that create sources and names call these."""

from typing import TYPE_CHECKING

from django.db import transaction

from tugan.core.search_text import index_text
from tugan.search.backend import get_search_backend

if TYPE_CHECKING:
    from tugan.records.models import Person, PersonName
    from tugan.sources.models import Source


def index_source(
    source: "Source", search_title: str | None = None, search_text: str | None = None
) -> None:
    """Add a source's title and text to the search index (in the caller's transaction).

    search_title and search_text, when given, are the title and text already folded with
    tugan.core.search_text.index_text (an import folds them in worker processes).
    """
    get_search_backend().write_source(
        source.pk,
        index_text(source.title) if search_title is None else search_title,
        index_text(source.text) if search_text is None else search_text,
    )


def index_name(name: "PersonName") -> None:
    """Add one written form of a person's name to the search index."""
    get_search_backend().write_name(name.pk, index_text(name.text))


def unindex_names(name_ids: list[int]) -> None:
    """Remove written forms of names from the search index (in the caller's transaction)."""
    if name_ids:
        get_search_backend().remove_names(list(name_ids))


def index_person(person: "Person") -> None:
    """Add every written form of a person's name to the search index."""
    for name in person.names.all():
        index_name(name)


# An import that adds at least this many sources reorganises the index when it is done.
OPTIMIZE_AFTER = 1000


def optimize_search_index() -> None:
    """Reorganise the search index for fast queries (after a bulk import)."""
    with transaction.atomic():
        get_search_backend().optimize()


def optimize_after_import(new_sources: int) -> None:
    """Reorganise the search index after an import that stored OPTIMIZE_AFTER sources or more."""
    if new_sources >= OPTIMIZE_AFTER:
        optimize_search_index()


def rebuild_search_index() -> tuple[int, int]:
    """Index every source and person name anew; return how many of each."""
    from tugan.records.models import PersonName
    from tugan.sources.models import Source

    backend = get_search_backend()
    backend.clear()
    sources = names = 0
    for source in Source.objects.only("title", "text").order_by("pk").iterator(chunk_size=500):
        index_source(source)
        sources += 1
    for name in PersonName.objects.only("text").order_by("pk").iterator(chunk_size=2000):
        index_name(name)
        names += 1
    optimize_search_index()
    return sources, names
