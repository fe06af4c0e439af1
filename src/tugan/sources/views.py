from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tugan.accounts.decorators import reviewer_required
from tugan.audit.changes import RevertError, revert_change
from tugan.sources.reading import (
    get_source_change_for_user,
    read_source_detail,
    read_source_history,
    read_source_list,
)


def source_list(request: HttpRequest) -> HttpResponse:
    page = read_source_list(request.user, request.GET.get("page"))
    return render(request, "sources/source_list.html", {"page": page})


def source_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    return render(
        request, "sources/source_detail.html", read_source_detail(request.user, public_id)
    )


@reviewer_required
def source_history(request: HttpRequest, public_id: str) -> HttpResponse:
    page = read_source_history(request.user, public_id)
    page["revert_url"] = reverse("sources:revert-source-change", args=[public_id])
    return render(request, "sources/source_history.html", page)


@reviewer_required
@require_POST
def revert_source_change(request: HttpRequest, public_id: str) -> HttpResponse:
    change = get_source_change_for_user(request.user, public_id, request.POST.get("change"))
    try:
        revert_change(change, by=request.user)
    except RevertError as error:
        messages.error(request, str(error))
    return redirect("sources:source-history", public_id=public_id)
