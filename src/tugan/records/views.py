from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tugan.accounts.decorators import reviewer_required
from tugan.audit.changes import RevertError, revert_change
from tugan.records.place_field import read_place_suggestions
from tugan.records.reading import (
    get_person_change_for_user,
    read_person_detail,
    read_person_history,
    read_person_list,
)


def person_list(request: HttpRequest) -> HttpResponse:
    page = read_person_list(request.user, request.GET.get("page"))
    return render(request, "records/person_list.html", {"page": page})


def person_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    page = read_person_detail(request.user, public_id)
    if page["merged_into"] is not None:
        return redirect("records:person-detail", public_id=page["merged_into"])
    return render(request, "records/person_detail.html", page)


@reviewer_required
def person_history(request: HttpRequest, public_id: str) -> HttpResponse:
    page = read_person_history(request.user, public_id)
    page["revert_url"] = reverse("records:revert-person-change", args=[public_id])
    return render(request, "records/person_history.html", page)


@reviewer_required
@require_POST
def revert_person_change(request: HttpRequest, public_id: str) -> HttpResponse:
    change = get_person_change_for_user(request.user, public_id, request.POST.get("change"))
    try:
        revert_change(change, by=request.user)
    except RevertError as error:
        messages.error(request, str(error))
    return redirect("records:person-history", public_id=public_id)


def place_suggestions(request: HttpRequest) -> HttpResponse:
    """The places a place field suggests while one types. Open to everyone, as the monitor's
    filters are: it reads only the gazetteer, which ships with Tugan, and no record."""
    return JsonResponse(
        # No place name is near 100 characters; a longer query is cut rather than searched.
        {"places": read_place_suggestions(request.GET.get("q", "")[:100])},
        json_dumps_params={"ensure_ascii": False},
    )
