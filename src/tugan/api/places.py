"""Places of the gazetteer that records name."""

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router
from ninja.params.functions import Query as QueryParam

from tugan.api.access import READ_ERRORS
from tugan.api.auth import caller
from tugan.api.describing import describe_place
from tugan.api.paging import page_of
from tugan.api.persons import limit_param
from tugan.api.schemas import PlaceOut, PlacePage
from tugan.records.models import Place

router = Router(tags=["places"])


@router.get("", response={200: PlacePage, **READ_ERRORS}, summary="List places")
def list_places(
    request: HttpRequest,
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Places this caller may see."""
    places = Place.objects.visible_to(caller(request)).select_related("parent")
    rows, next_cursor = page_of(places, cursor, limit)
    return {"results": [describe_place(place) for place in rows], "next": next_cursor}


@router.get("/{path:key}", response={200: PlaceOut, **READ_ERRORS}, summary="Read a place")
def read_place(request: HttpRequest, key: str) -> dict[str, Any]:
    """A place by its key (CN-654000, KZ, KZ/Almaty is written KZ%2FAlmaty)."""
    place = (
        Place.objects.visible_to(caller(request)).select_related("parent").filter(key=key).first()
    )
    if place is None:
        raise Http404("No such place")
    return describe_place(place)
