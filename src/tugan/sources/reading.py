"""Read functions for the source pages: one per page, access-checked."""

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import Http404

from tugan.accounts.models import AnyUser
from tugan.audit.history import find_change, read_record_history
from tugan.audit.models import RecordChange
from tugan.core.text_spans import Span, split_marked_paragraphs
from tugan.sources.models import Source

SOURCES_PER_PAGE = 50


def get_source_for_user(user: AnyUser, public_id: str) -> Source:
    """Return the source if this user may see it; else 404, whether it exists or not."""
    try:
        return Source.objects.visible_to(user).get(public_id=public_id)
    except Source.DoesNotExist:
        raise Http404("No such source") from None


def read_source_list(user: AnyUser, page_number: str | None) -> Page[Source]:
    """Return one page of the sources this user may see, newest first."""
    sources = Source.objects.visible_to(user).only(
        "public_id", "title", "publisher", "published", "kind", "confidentiality", "is_published"
    )
    return Paginator(sources, SOURCES_PER_PAGE).get_page(page_number)


def read_source_detail(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return the source, its text as marked paragraphs, and the visible citations of it."""
    source = get_source_for_user(user, public_id)
    # Through the reverse relation: sources sits below records, which defines Citation.
    citations = list(
        source.citations.visible_to(user)
        .select_related("event", "person_name", "person")
        .order_by("start", "id")
    )
    spans = [
        Span(citation.start, citation.end, f"citation-{citation.pk}")
        for citation in citations
        if citation.start is not None and citation.end is not None
    ]
    return {
        "source": source,
        "paragraphs": split_marked_paragraphs(source.text, spans),
        "citations": citations,
    }


def read_source_history(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return the source and the changes to it (and its parts) this user may see."""
    source = get_source_for_user(user, public_id)
    return {"source": source, "changes": read_record_history(user, source)}


def get_source_change_for_user(
    user: AnyUser, public_id: str, change_pk: str | None
) -> RecordChange:
    """Return a change in this source's history that the user may see; else 404."""
    return find_change(read_source_history(user, public_id)["changes"], change_pk)
