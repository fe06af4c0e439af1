from django.conf import settings
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from tugan.accounts.decorators import SignedInRequest, reviewer_required
from tugan.intake.forms import PersonEditForm, TestimonyForms
from tugan.intake.reading import (
    get_attachment_for_user,
    read_person_suggestions,
    read_recorded_testimony,
)
from tugan.intake.recording import record_testimony
from tugan.records.operations import edit_person
from tugan.records.reading import display_name, get_person_for_user
from tugan.sources.raw_store import blob_path


@reviewer_required
def testimony_new(request: SignedInRequest) -> HttpResponse:
    if request.method == "POST":
        forms = TestimonyForms(request.user, request.POST, request.FILES)
        if forms.is_valid():
            try:
                recorded = record_testimony(forms.to_testimony(), by=request.user)
            except ValueError as error:
                forms.main.add_error("attachments", str(error))
            else:
                return redirect("intake:testimony-recorded", public_id=recorded.source.public_id)
    else:
        about = request.GET.get("about")
        initial = None
        if about:
            person = get_person_for_user(request.user, about)
            initial = [{"existing": person.public_id}]
        forms = TestimonyForms(request.user, initial_persons=initial)
    return render(
        request,
        "intake/testimony_new.html",
        {"forms": forms, "max_attachment_mb": settings.ATTACHMENT_MAX_BYTES // 2**20},
    )


@reviewer_required
def testimony_recorded(request: SignedInRequest, public_id: str) -> HttpResponse:
    return render(
        request, "intake/testimony_recorded.html", read_recorded_testimony(request.user, public_id)
    )


@reviewer_required
def testimony_attachment(request: SignedInRequest, public_id: str, sha256: str) -> FileResponse:
    attachment = get_attachment_for_user(request.user, public_id, sha256)
    response = FileResponse(
        blob_path(settings.BLOB_DIR, attachment.sha256).open("rb"),
        content_type=attachment.content_type,
        as_attachment=True,
        filename=attachment.original_name or attachment.sha256,
    )
    return response


@reviewer_required
def person_suggestions(request: SignedInRequest) -> HttpResponse:
    return JsonResponse(
        {"persons": read_person_suggestions(request.user, request.GET.get("name", ""))},
        json_dumps_params={"ensure_ascii": False},
    )


@reviewer_required
def person_edit(request: SignedInRequest, public_id: str) -> HttpResponse:
    person = get_person_for_user(request.user, public_id)
    form = PersonEditForm(person, request.POST or None)
    if request.method == "POST" and form.is_valid():
        edit_person(person, form.changes(), by=request.user)
        return redirect("records:person-detail", public_id=person.public_id)
    return render(
        request,
        "intake/person_edit.html",
        {"person": person, "display_name": display_name(person), "form": form},
    )
