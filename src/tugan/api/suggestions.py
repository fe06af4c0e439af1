"""The review queue: suggested facts, and the reviewer's decisions on them."""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from ninja import Router
from ninja.errors import HttpError, ValidationError
from ninja.params.functions import Query as QueryParam

from tugan.accounts.models import User
from tugan.api.access import REVIEW_ERRORS, WRITE_ERRORS, require_reviewer
from tugan.api.auth import caller
from tugan.api.paging import page_of
from tugan.api.persons import limit_param
from tugan.api.schemas import SuggestionEditIn, SuggestionOut, SuggestionPage
from tugan.review import decisions
from tugan.review.forms import make_suggestion_form
from tugan.review.models import Suggestion, SuggestionKind, SuggestionState
from tugan.review.reading import describe_suggestion, get_suggestion_for_user, quote_of
from tugan.sources.reading import get_source_for_user

router = Router(tags=["suggestions"])
SUGGESTION = "sources/{public_id}/suggestions/{number}"


def describe(suggestion: Suggestion) -> dict[str, Any]:
    """Return a suggestion as the review page lists it."""
    description = describe_suggestion(suggestion)
    return {
        "source": suggestion.source.public_id,
        "number": suggestion.number,
        "kind": suggestion.kind,
        "state": suggestion.state,
        "start": suggestion.start,
        "end": suggestion.end,
        "quote": quote_of(suggestion),
        "title": str(description["title"]),
        "details": [str(detail) for detail in description["details"]],
        "payload": suggestion.payload,
        "person": suggestion.person.public_id if suggestion.person else None,
    }


@router.get(
    "suggestions", response={200: SuggestionPage, **REVIEW_ERRORS}, summary="List suggestions"
)
def list_suggestions(
    request: HttpRequest,
    source: str | None = QueryParam(None, max_length=20, description="Only this source's."),
    state: SuggestionState | None = None,
    kind: SuggestionKind | None = None,
    cursor: str | None = QueryParam(None, max_length=100),
    limit: int = limit_param(),
) -> dict[str, Any]:
    """Suggested facts this reviewer may see (reviewers, editors and admins only)."""
    user = require_reviewer(caller(request))
    suggestions = Suggestion.objects.visible_to(user).select_related("source", "person")
    if source:
        suggestions = suggestions.filter(source=get_source_for_user(user, source))
    if state:
        suggestions = suggestions.filter(state=state)
    if kind:
        suggestions = suggestions.filter(kind=kind)
    rows, next_cursor = page_of(suggestions, cursor, limit)
    return {"results": [describe(s) for s in rows], "next": next_cursor}


def decide(
    request: HttpRequest,
    public_id: str,
    number: int,
    decision: Callable[[Suggestion, User], Suggestion],
) -> dict[str, Any]:
    """Carry out a reviewer's decision on a suggestion they may see; 409 if it cannot be."""
    user = require_reviewer(caller(request))
    suggestion = get_suggestion_for_user(user, public_id, number)
    try:
        decided = decision(suggestion, user)
    except decisions.DecisionError as error:
        raise HttpError(409, str(error)) from None
    return describe(get_suggestion_for_user(user, public_id, decided.number))


@router.post(
    f"{SUGGESTION}/accept", response={200: SuggestionOut, **WRITE_ERRORS}, summary="Accept"
)
def accept_suggestion(request: HttpRequest, public_id: str, number: int) -> dict[str, Any]:
    """Accept a pending suggestion: its facts are recorded with a citation of the source."""
    return decide(request, public_id, number, lambda s, by: decisions.accept_suggestion(s, by=by))


@router.post(
    f"{SUGGESTION}/reject", response={200: SuggestionOut, **WRITE_ERRORS}, summary="Reject"
)
def reject_suggestion(request: HttpRequest, public_id: str, number: int) -> dict[str, Any]:
    """Reject a pending suggestion: nothing is recorded from it."""
    return decide(request, public_id, number, lambda s, by: decisions.reject_suggestion(s, by=by))


@router.post(
    f"{SUGGESTION}/edit", response={200: SuggestionOut, **WRITE_ERRORS}, summary="Edit and accept"
)
def edit_suggestion(
    request: HttpRequest, public_id: str, number: int, edit: SuggestionEditIn
) -> dict[str, Any]:
    """Correct a pending suggestion with the review page's edit form's fields, then accept it."""
    user = require_reviewer(caller(request))
    suggestion = get_suggestion_for_user(user, public_id, number)
    form = make_suggestion_form(suggestion, edit.fields)
    if not form.is_valid():
        raise ValidationError(
            [
                {"loc": ["body", "fields", field], "msg": " ".join(map(str, messages))}
                for field, messages in form.errors.items()
            ]
        )
    return decide(
        request,
        public_id,
        number,
        lambda s, by: decisions.edit_and_accept_suggestion(s, form.to_payload(), by=by),
    )
