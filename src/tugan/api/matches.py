"""Match candidates (two persons who may be one) and the reviewer's merge decisions."""

from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router
from ninja.errors import HttpError
from ninja.params.functions import Query as QueryParam

from tugan.accounts.models import AnyUser
from tugan.api.access import REVIEW_ERRORS, WRITE_ERRORS, require_reviewer
from tugan.api.auth import caller
from tugan.api.paging import page_of
from tugan.api.persons import limit_param
from tugan.api.schemas import DoneOut, MatchCandidatePage, PairIn
from tugan.linkage import merging
from tugan.linkage.reading import describe_pairs, visible_candidates
from tugan.records.models import Person
from tugan.records.reading import get_person_for_user

router = Router(tags=["matches"])


@router.get(
    "match-candidates",
    response={200: MatchCandidatePage, **REVIEW_ERRORS},
    summary="List match candidates",
)
def list_match_candidates(
    request: HttpRequest,
    person: str | None = QueryParam(
        None, max_length=20, description="Only pairs with this person."
    ),
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Pending pairs of persons who may be one, with the evidence this reviewer may see."""
    user = require_reviewer(caller(request))
    rows, next_cursor = page_of(visible_candidates(user, person), cursor, limit)
    results = [
        {
            "id": pair.pk,
            "left": {"id": pair.left.public_id, "display_name": pair.left.display_name},
            "right": {"id": pair.right.public_id, "display_name": pair.right.display_name},
            "score": pair.score,
            "state": pair.state,
            "evidence": pair.shown_evidence,
        }
        for pair in describe_pairs(user, rows)
    ]
    return {"results": results, "next": next_cursor}


def decide(
    request: HttpRequest, decision: Callable[[AnyUser], object], done: str
) -> dict[str, Any]:
    """Carry out a merge decision; 409 with the reason when it is refused."""
    try:
        decision(caller(request))
    except merging.MergeRefused as refusal:
        raise HttpError(409, str(refusal)) from None
    return {"detail": done}


def pair_for_user(request: HttpRequest, public_id: str, other: str) -> tuple[Person, Person]:
    """Return the two persons of a decision, both visible to the reviewer; else 404."""
    user = require_reviewer(caller(request))
    if other == public_id:
        raise Http404("No such pair")
    return get_person_for_user(user, public_id), get_person_for_user(user, other)


@router.post("persons/{public_id}/merge", response={200: DoneOut, **WRITE_ERRORS}, summary="Merge")
def merge_person(request: HttpRequest, public_id: str, pair: PairIn) -> dict[str, Any]:
    """Merge `other` into this person (undoable with unmerge)."""
    keep, other = pair_for_user(request, public_id, pair.other)
    return decide(
        request,
        lambda by: merging.merge_persons(keep, other, by=by),
        f"{other.public_id} merged into {keep.public_id}.",
    )


@router.post(
    "persons/{public_id}/unmerge", response={200: DoneOut, **WRITE_ERRORS}, summary="Unmerge"
)
def unmerge_person(request: HttpRequest, public_id: str) -> dict[str, Any]:
    """Undo the merge of this person into another."""
    user = require_reviewer(caller(request))
    person = get_person_for_user(user, public_id)
    if person.merged_into is None or not person.merged_into.is_visible_to(user):
        raise Http404("No such merge")
    return decide(
        request, lambda by: merging.unmerge_person(person, by=by), f"{public_id} unmerged."
    )


@router.post(
    "persons/{public_id}/distinct",
    response={200: DoneOut, **WRITE_ERRORS},
    summary="Not the same person",
)
def mark_distinct(request: HttpRequest, public_id: str, pair: PairIn) -> dict[str, Any]:
    """Record that this person and `other` are not the same person."""
    person, other = pair_for_user(request, public_id, pair.other)
    return decide(
        request,
        lambda by: merging.mark_persons_distinct(person, other, by=by),
        f"{person.public_id} and {other.public_id} are not the same person.",
    )
