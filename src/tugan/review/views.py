from typing import Any

from django.contrib import messages
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tugan.accounts.decorators import SignedInRequest, reviewer_required
from tugan.records.models import Person
from tugan.records.reading import get_person_for_user
from tugan.review import decisions, publishing, suggesting, undoing
from tugan.review.forms import FORM_BY_KIND, SpanForm, make_suggestion_form
from tugan.review.models import PublicationKind, Suggestion, SuggestionKind
from tugan.review.reading import (
    get_suggestion_for_user,
    quote_of,
    read_pending_sources,
    read_source_review,
)
from tugan.review.suggesting import suggest_facts
from tugan.sources.models import Source
from tugan.sources.reading import get_source_for_user


def back_to_review(suggestion: Suggestion) -> HttpResponse:
    url = reverse("review:source-review", args=[suggestion.source.public_id])
    return redirect(f"{url}#suggestion-{suggestion.number}")


@reviewer_required
def pending_sources(request: SignedInRequest) -> HttpResponse:
    page = read_pending_sources(request.user, request.GET.get("page"))
    return render(request, "review/pending_sources.html", {"page": page})


@reviewer_required
def source_review(request: SignedInRequest, public_id: str) -> HttpResponse:
    page = read_source_review(request.user, public_id)
    return render(request, "review/source_review.html", page)


@reviewer_required
@require_POST
def accept_suggestion(request: SignedInRequest, public_id: str, number: int) -> HttpResponse:
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    try:
        choice = request.POST.get("person") or None
        decisions.accept_suggestion(suggestion, by=request.user, person_choice=choice)
    except decisions.DecisionError as error:
        messages.error(request, str(error))
    return back_to_review(suggestion)


@reviewer_required
@require_POST
def reject_suggestion(request: SignedInRequest, public_id: str, number: int) -> HttpResponse:
    suggestion = get_suggestion_for_user(request.user, public_id, number)
    try:
        decisions.reject_suggestion(suggestion, by=request.user)
    except decisions.DecisionError as error:
        messages.error(request, str(error))
    return back_to_review(suggestion)


@reviewer_required
@require_POST
def undo_decision(request: SignedInRequest, public_id: str, number: int) -> HttpResponse:
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
def edit_suggestion(request: SignedInRequest, public_id: str, number: int) -> HttpResponse:
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
def accept_all_suggestions(request: SignedInRequest, public_id: str) -> HttpResponse:
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
def suggest_source_facts(request: SignedInRequest, public_id: str) -> HttpResponse:
    source = get_source_for_user(request.user, public_id)
    suggestions = suggest_facts(source, by=request.user)
    messages.success(request, _("%(count)d new suggestions.") % {"count": len(suggestions)})
    return redirect("review:source-review", public_id=public_id)


def publish_page(
    request: SignedInRequest, kind: str, record: Person | Source, back_url: str, back_label: str
) -> HttpResponse:
    """Preview what publishing shows everyone (GET), or publish it (POST)."""
    withdraw_name = f"review:withdraw-{kind}"
    page: dict[str, Any] = {
        "kind": kind,
        "record": record,
        "back_url": back_url,
        "back_label": back_label,
        "withdraw_url": reverse(withdraw_name, args=[record.public_id]),
        "publications": publishing.active_publications(record.public_id),
    }
    if request.method == "POST":
        try:
            publishing.publish(kind, record, by=request.user)
        except publishing.PublishError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Published %(id)s.") % {"id": record.public_id})
        return redirect(request.path)
    try:
        page["preview"] = publishing.preview_publication(kind, record, by=request.user)
    except publishing.PublishError as error:
        page["problem"] = str(error)
    return render(request, "review/publish.html", page)


@reviewer_required
def publish_person(request: SignedInRequest, public_id: str) -> HttpResponse:
    person = get_person_for_user(request.user, public_id)
    back = reverse("records:person-detail", args=[public_id])
    return publish_page(request, PublicationKind.PERSON, person, back, public_id)


@reviewer_required
def publish_source(request: SignedInRequest, public_id: str) -> HttpResponse:
    source = get_source_for_user(request.user, public_id)
    back = reverse("review:source-review", args=[public_id])
    return publish_page(request, PublicationKind.SOURCE, source, back, source.title)


def withdraw_page(request: SignedInRequest, kind: str, public_id: str) -> HttpResponse:
    """Withdraw every publication of this person or source, then go back to its publish page."""
    try:
        publishing.withdraw(public_id, by=request.user)
    except publishing.PublishError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Withdrew the publication of %(id)s.") % {"id": public_id})
    return redirect(f"review:publish-{kind}", public_id=public_id)


@reviewer_required
@require_POST
def withdraw_person(request: SignedInRequest, public_id: str) -> HttpResponse:
    get_person_for_user(request.user, public_id)
    return withdraw_page(request, PublicationKind.PERSON, public_id)


@reviewer_required
@require_POST
def withdraw_source(request: SignedInRequest, public_id: str) -> HttpResponse:
    get_source_for_user(request.user, public_id)
    return withdraw_page(request, PublicationKind.SOURCE, public_id)


@reviewer_required
def add_suggestion(request: SignedInRequest, public_id: str) -> HttpResponse:
    """Add a person, event or place suggestion from a span of the text the reviewer selected."""
    source = get_source_for_user(request.user, public_id)
    span = SpanForm(request.POST if request.method == "POST" else request.GET)
    if not span.is_valid():
        return HttpResponseBadRequest(_("Select words of the text, then a kind to add."))
    kind, start, end = (span.cleaned_data[key] for key in ["kind", "start", "end"])
    try:
        draft = suggesting.draft_from_span(source, kind, start, end)
    except suggesting.SpanError as error:
        return HttpResponseBadRequest(str(error))
    form_class = FORM_BY_KIND[kind]
    form = form_class(
        request.POST if request.method == "POST" else None, initial=form_class.initial_from(draft)
    )
    if request.method == "POST" and form.is_valid():
        added = suggesting.add_suggestion(source, kind, start, end, form.to_payload(), request.user)
        messages.success(request, _("Added suggestion %(number)d.") % {"number": added.number})
        return back_to_review(added)
    page = {"source": source, "span": span, "form": form, "words": source.text[start:end]}
    return render(request, "review/add_suggestion.html", page)


@reviewer_required
@require_POST
def reject_selected_suggestions(request: SignedInRequest, public_id: str) -> HttpResponse:
    source = get_source_for_user(request.user, public_id)
    numbers = [int(number) for number in request.POST.getlist("numbers") if number.isdigit()]
    if not numbers:
        messages.error(request, _("Tick the suggestions to reject."))
    else:
        outcome = decisions.reject_suggestions(source, numbers, by=request.user)
        messages.success(request, _("Rejected %(count)d.") % {"count": len(outcome.rejected)})
        for number, problem in outcome.failed:
            messages.error(request, f"{number}: {problem}")
    return redirect("review:source-review", public_id=public_id)
