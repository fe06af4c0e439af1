"""The REST API under /api/: one NinjaAPI, its authentication and its JSON errors."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema
from ninja.renderers import JSONRenderer

from tugan import __version__
from tugan.api import matches, persons, places, search, sources, suggestions
from tugan.api.auth import TokenAuth, session_or_anonymous


class Utf8Json(JSONRenderer):
    """JSON as UTF-8, names readable as written (STYLE.md e)."""

    json_dumps_params = {"ensure_ascii": False}


class TuganApi(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> OpenAPISchema:
        """Return the description, saying that every operation also answers anonymous callers.

        Anonymous callers see what the public site shows; the review endpoints answer them 401.
        """
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                if operation.get("security") and {} not in operation["security"]:
                    operation["security"].append({})
        return schema


api = TuganApi(
    title="Tugan API",
    version=__version__,
    description=(
        "Persons, events, sources and the review queue of one Tugan installation, with the "
        "same permissions as its pages. Authenticate with `Authorization: Bearer <token>` "
        "(make one on /api/token/), or call from a signed-in page with the X-CSRFToken "
        "header; without either you see what the public site shows."
    ),
    auth=[TokenAuth(), session_or_anonymous],
    urls_namespace="api",
    renderer=Utf8Json(),
)
api.add_router("/persons", persons.router)
api.add_router("/events", persons.events_router)
api.add_router("/relationships", persons.relationships_router)
api.add_router("/citations", persons.citations_router)
api.add_router("/", sources.router)
api.add_router("/places", places.router)
api.add_router("/search", search.router)
api.add_router("/", suggestions.router)
api.add_router("/", matches.router)


def field_name(location: list[Any]) -> str:
    """Return the field an error is about: the last named part of its location."""
    names = [str(part) for part in location if part not in {"query", "path", "body", "header"}]
    return ".".join(names) or "request"


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, error: ValidationError) -> HttpResponse:
    errors = [
        {"field": field_name(list(item.get("loc", []))), "message": str(item.get("msg", item))}
        for item in error.errors
    ]
    detail = "; ".join(f"{item['field']}: {item['message']}" for item in errors)
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": str(error) or "Not found"}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": str(error) or "Forbidden"}, status=403)


@api.exception_handler(AuthenticationError)
def unauthorized(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
    response = api.create_response(request, {"detail": str(error)}, status=401)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    return api.create_response(request, {"detail": str(error)}, status=error.status_code)
