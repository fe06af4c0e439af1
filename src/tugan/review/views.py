from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tugan.accounts.decorators import reviewer_required
from tugan.review import decisions, undoing
from tugan.review.forms import make_suggestion_form
from tugan.review.models import SuggestionKind
from tugan.review.reading import (
    get_suggestion_for_user,
    quote_of,
    read_pending_sources,
    read_source_review,
)
from tugan.review.suggesting import suggest_facts
from tugan.sources.reading import get_source_for_user


def back_to_review(suggestion):
    url = reverse("review:source-review", args=[suggestion.source.public_id])
    return redirect(f"{url}#suggestion-{suggestion.number}")


@reviewer_required
def pending_sources(request):
    page = read_pending_sources(request.user, request.GET.get("page"))
    return render(request, "review/pending_sources.html", {"page": page})


@reviewer_required
def source_review(request, public_id: str):
    page = read_source_review(request.user, public_id)
    return render(request, "review/source_review.html", page)


@reviewer_required
@require_POST
def accept_suggestion(request, public_id: str, number: int):
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    try:
        choice = request.POST.get("person") or None
        decisions.accept_suggestion(suggestion, by=request.user, person_choice=choice)
    except decisions.DecisionError as error:
        messages.error(request, str(error))
    return back_to_review(suggestion)


@reviewer_required
@require_POST
def reject_suggestion(request, public_id: str, number: int):
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    try:
        decisions.reject_suggestion(suggestion, by=request.user)
    except decisions.DecisionError as error:
        messages.error(request, str(error))
    return back_to_review(suggestion)


@reviewer_required
@require_POST
def undo_decision(request, public_id: str, number: int):
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    try:
        undoing.undo_decision(suggestion, by=request.user)
    except decisions.DecisionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Undone: suggestion %(number)d is pending again.") % {
            "number": suggestion.number
        })  # fmt: skip
    return back_to_review(suggestion)


@reviewer_required
def edit_suggestion(request, public_id: str, number: int):
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    form = make_suggestion_form(suggestion, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            decisions.edit_and_accept_suggestion(suggestion, form.to_payload(), by=request.user)
        except decisions.DecisionError as error:
            form.add_error(None, str(error))
        else:
            return back_to_review(suggestion)
    page = {"suggestion": suggestion, "form": form, "quote": quote_of(suggestion)}
    return render(request, "review/edit_suggestion.html", page)


@reviewer_required
@require_POST
def accept_all_suggestions(request, public_id: str):
    source = get_source_for_user(request.user, public_id)
    kind = request.POST.get("kind")
    if kind not in SuggestionKind.values:
        messages.error(request, _("Choose a kind of suggestion to accept."))
    else:
        outcome = decisions.accept_all_suggestions(source, kind, by=request.user)
        messages.success(request, _("Accepted %(count)d.") % {"count": len(outcome.accepted)})
        for suggestion, problem in outcome.failed:
            messages.error(request, f"{suggestion.number}: {problem}")
    return redirect("review:source-review", public_id=public_id)


@reviewer_required
@require_POST
def suggest_source_facts(request, public_id: str):
    source = get_source_for_user(request.user, public_id)
    suggestions = suggest_facts(source, by=request.user)
    messages.success(request, _("%(count)d new suggestions.") % {"count": len(suggestions)})
    return redirect("review:source-review", public_id=public_id)
