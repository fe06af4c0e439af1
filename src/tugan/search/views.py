from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tugan.search.forms import SearchForm
from tugan.search.reading import read_search_results


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid() and form.cleaned_data["q"].strip():
        results = read_search_results(request.user, form.cleaned_data["q"], form.filters())
    return render(request, "search/search.html", {"form": form, "results": results})
