from django.shortcuts import render

from tugan.sources.reading import read_source_detail, read_source_list


def source_list(request):
    page = read_source_list(request.user, request.GET.get("page"))
    return render(request, "sources/source_list.html", {"page": page})


def source_detail(request, public_id: str):
    return render(
        request, "sources/source_detail.html", read_source_detail(request.user, public_id)
    )
