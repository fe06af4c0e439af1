from django.shortcuts import redirect, render

from tugan.records.reading import read_person_detail, read_person_list


def person_list(request):
    page = read_person_list(request.user, request.GET.get("page"))
    return render(request, "records/person_list.html", {"page": page})


def person_detail(request, public_id: str):
    page = read_person_detail(request.user, public_id)
    if page["merged_into"] is not None:
        return redirect("records:person-detail", public_id=page["merged_into"])
    return render(request, "records/person_detail.html", page)
