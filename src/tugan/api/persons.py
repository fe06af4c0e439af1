"""Persons, their events, relationships and citations."""

from typing import Any

from django.db.models import Q
from django.http import HttpRequest
from ninja import Query, Router
from ninja.params.functions import Query as QueryParam

from tugan.api.access import READ_ERRORS
from tugan.api.auth import caller
from tugan.api.describing import (
    describe_citation,
    describe_contact_report,
    describe_event,
    describe_person,
    describe_relationship,
)
from tugan.api.paging import DEFAULT_LIMIT, MAX_LIMIT, page_of
from tugan.api.schemas import (
    CitationPage,
    EventPage,
    Filters,
    PersonDetailOut,
    PersonPage,
    RelationshipPage,
)
from tugan.records.models import Citation, Event, Person
from tugan.records.reading import (
    get_person_for_user,
    read_person_detail,
    read_visible_statuses,
    visible_citations,
    visible_names,
    visible_relationships,
)
from tugan.records.redaction import withhold_whereabouts
from tugan.search.reading import SearchFilters, filter_events, searchable_persons
from tugan.sources.models import Source

router = Router(tags=["persons"])


def limit_param() -> Any:
    """Return the `limit` query parameter of a list: how many records a page holds (ninja's
    parameter object, given as the int parameter's default)."""
    return QueryParam(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Records per page.")


def search_filters(filters: Filters) -> SearchFilters:
    """Return the search page's filters from the API's query parameters."""
    return SearchFilters(
        since=filters.since,
        until=filters.until,
        publisher=filters.publisher.strip(),
        place=filters.place.strip(),
        event_type=filters.event_type or "",
        ethnicity=filters.ethnicity or "",
    )


@router.get("", response={200: PersonPage, **READ_ERRORS}, summary="List persons")
def list_persons(
    request: HttpRequest,
    filters: Query[Filters],
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Persons this caller may see (not merged away), with the search page's filters."""
    user = caller(request)
    persons = (
        searchable_persons(user, search_filters(filters))
        .select_related("hometown", "residence")
        .prefetch_related(visible_names(user))
    )
    rows, next_cursor = page_of(persons, cursor, limit)
    withhold_whereabouts(user, rows)
    statuses = read_visible_statuses(user, rows)
    return {
        "results": [describe_person(person, statuses[person.pk]) for person in rows],
        "next": next_cursor,
    }


@router.get("/{public_id}", response={200: PersonDetailOut, **READ_ERRORS}, summary="Read a person")
def read_person(request: HttpRequest, public_id: str) -> dict[str, Any]:
    """A person as their page shows them: names, identifiers, relatives, timeline, contacts."""
    page = read_person_detail(caller(request), public_id)
    return {
        **describe_person(page["person"], str(page["status"])),
        "display_name": page["display_name"],
        "merged_into": page["merged_into"],
        "identifiers": [
            {"kind": i.kind, "value": i.value, "is_valid": i.is_valid} for i in page["identifiers"]
        ],
        "relatives": [
            {
                "id": r["person"].public_id,
                "display_name": r["person"].display_name,
                "relation": r["kind"],
            }
            for r in page["relatives"]
        ],
        "timeline": [describe_event(event) for event in page["timeline"]],
        "contact_reports": [describe_contact_report(r) for r in page["contact_reports"]],
    }


events_router = Router(tags=["events"])


@events_router.get("", response={200: EventPage, **READ_ERRORS}, summary="List events")
def list_events(
    request: HttpRequest,
    filters: Query[Filters],
    person: str | None = QueryParam(None, max_length=20, description="Only this person's events."),
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Events this caller may see, about persons they may see, with the search filters."""
    user = caller(request)
    visible_persons = Person.objects.visible_to(user)
    events = filter_events(user, search_filters(filters))
    if events is None:
        events = Event.objects.visible_to(user)
    events = events.filter(Q(person__isnull=True) | Q(person__in=visible_persons)).filter(
        Q(relative_of__isnull=True) | Q(relative_of__in=visible_persons)
    )
    if person:
        subject = get_person_for_user(user, person)
        events = events.filter(Q(person=subject) | Q(relative_of=subject))
    events = events.select_related(
        "person", "relative_of", "place", "group_place"
    ).prefetch_related(visible_citations(user))
    rows, next_cursor = page_of(events, cursor, limit)
    return {"results": [describe_event(event) for event in rows], "next": next_cursor}


relationships_router = Router(tags=["relationships"])


@relationships_router.get(
    "", response={200: RelationshipPage, **READ_ERRORS}, summary="List relationships"
)
def list_relationships(
    request: HttpRequest,
    person: str | None = QueryParam(None, max_length=20, description="Only this person's."),
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Relationships this caller may see, between persons they may see."""
    user = caller(request)
    relationships = visible_relationships(user).select_related("from_person", "to_person")
    if person:
        subject = get_person_for_user(user, person)
        relationships = relationships.filter(Q(from_person=subject) | Q(to_person=subject))
    rows, next_cursor = page_of(relationships, cursor, limit)
    return {"results": [describe_relationship(r) for r in rows], "next": next_cursor}


citations_router = Router(tags=["citations"])


@citations_router.get("", response={200: CitationPage, **READ_ERRORS}, summary="List citations")
def list_citations(
    request: HttpRequest,
    source: str | None = QueryParam(
        None, max_length=20, description="Only citations of this source."
    ),
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Citations (quoted spans) this caller may see, of sources they may see."""
    user = caller(request)
    citations = (
        Citation.objects.visible_to(user)
        .filter(source__in=Source.objects.visible_to(user))
        .select_related("source")
    )
    if source:
        citations = citations.filter(source__public_id=source)
    rows, next_cursor = page_of(citations, cursor, limit)
    return {"results": [describe_citation(c) for c in rows], "next": next_cursor}
