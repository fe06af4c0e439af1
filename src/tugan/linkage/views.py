from typing import Protocol

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tugan.accounts.decorators import SignedInRequest, reviewer_required
from tugan.accounts.models import AnyUser
from tugan.linkage import merging
from tugan.linkage.reading import read_match_list
from tugan.records.models import Person
from tugan.records.reading import get_person_for_user


def get_pair_for_user(request: SignedInRequest, public_id: str) -> tuple[Person, Person]:
    """Return the person in the URL and the one named by the form's `other`, both visible."""
    other_id = request.POST.get("other", "")
    if not other_id or other_id == public_id:
        raise Http404("No such pair")
    return get_person_for_user(request.user, public_id), get_person_for_user(request.user, other_id)


@reviewer_required
def match_list(request: SignedInRequest) -> HttpResponse:
    page = read_match_list(request.user, request.GET.get("page"), request.GET.get("person"))
    return render(request, "linkage/match_list.html", page)


class Decision(Protocol):
    def __call__(self, *, by: AnyUser) -> object: ...


def decide(request: SignedInRequest, decision: Decision, done: str) -> HttpResponse:
    """Carry out a merge decision, say how it went, and go back to the match list."""
    try:
        decision(by=request.user)
    except merging.MergeRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, done)
    return redirect("linkage:match-list")


@require_POST
@reviewer_required
def merge_person(request: SignedInRequest, public_id: str) -> HttpResponse:
    keep, other = get_pair_for_user(request, public_id)
    done = _("%(other)s merged into %(keep)s.") % {
        "other": other.public_id,
        "keep": keep.public_id,
    }
    return decide(request, lambda by: merging.merge_persons(keep, other, by=by), done)


@require_POST
@reviewer_required
def unmerge_person(request: SignedInRequest, public_id: str) -> HttpResponse:
    person = get_person_for_user(request.user, public_id)
    if person.merged_into is None or not person.merged_into.is_visible_to(request.user):
        raise Http404("No such merge")
    done = _("%(person)s unmerged.") % {"person": person.public_id}
    return decide(request, lambda by: merging.unmerge_person(person, by=by), done)


@require_POST
@reviewer_required
def mark_distinct(request: SignedInRequest, public_id: str) -> HttpResponse:
    person, other = get_pair_for_user(request, public_id)
    done = _("%(a)s and %(b)s are not the same person.") % {
        "a": person.public_id,
        "b": other.public_id,
    }
    return decide(request, lambda by: merging.mark_persons_distinct(person, other, by=by), done)
