"""Refuse a request whose address, query or API body holds a NUL character, at the door.

PostgreSQL text cannot hold NUL, so such a value reaching a query is a server error there and a
silent mismatch on SQLite. Forms already refuse it (Django's CharField); query parameters, path
ids and API bodies reach queries directly, so they are checked here, once, for every page.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

NUL = "\x00"
API_PREFIX = "/api/"


def fields_with_nul(request: HttpRequest) -> list[str]:
    """Return the names of the request's parts that hold a NUL character."""
    fields = [
        name.replace(NUL, "\\0")
        for name, values in request.GET.lists()
        if NUL in name or any(NUL in value for value in values)
    ]
    if NUL in request.path:
        fields.insert(0, "path")
    if request.path.startswith(API_PREFIX) and request.content_type == "application/json":
        body = request.body
        if b"\x00" in body or b"\\u0000" in body:
            fields.append("body")
    return fields


class RefuseNulMiddleware:
    """Answer 422 (API, with the API's error shape) or 400 (pages), naming the part at fault."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        fields = fields_with_nul(request)
        if not fields:
            return self.get_response(request)
        message = "must not contain a NUL character"
        detail = "; ".join(f"{field}: {message}" for field in fields)
        if request.path.startswith(API_PREFIX):
            errors = [{"field": field, "message": message} for field in fields]
            return JsonResponse({"detail": detail, "errors": errors}, status=422)
        return HttpResponseBadRequest(detail, content_type="text/plain; charset=utf-8")
