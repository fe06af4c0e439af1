"""Who is calling the API: a bearer token, else the signed-in session (with CSRF), else anyone.

Anonymous callers get what the public pages show; the endpoints check roles themselves, with
the same rules as the pages.
"""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from tugan.accounts.models import AnyUser, User
from tugan.api.tokens import find_token_user

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class TokenAuth(HttpBearer):
    """`Authorization: Bearer tugan_…`: a token made on /api/token/ or with `tugan user token`."""

    def __call__(self, request: HttpRequest) -> User | None:
        if "Authorization" not in request.headers:
            return None
        user: User | None = super().__call__(request)
        if user is None:
            # A wrong or revoked token is an error, never a silent fall back to anonymous.
            raise AuthenticationError(401, "The API token is not valid (revoked or mistyped).")
        return user

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        return find_token_user(token)


def session_or_anonymous(request: HttpRequest) -> AnyUser:
    """Return the session's user (checking CSRF on writes), or an anonymous user."""
    user = request.user
    if not user.is_authenticated:
        return AnonymousUser()
    if request.method not in SAFE_METHODS and check_csrf(request) is not None:
        raise HttpError(403, "CSRF check failed: send the X-CSRFToken header with the cookie.")
    return user


def caller(request: HttpRequest) -> AnyUser:
    """Return the user the request acts as (AnonymousUser when nobody signed in)."""
    # Set by the API's authentication (api.py); django-ninja adds it to Django's request.
    user: AnyUser = request.auth  # type: ignore[attr-defined]
    return user


# The docs page (ninja's Swagger UI) sends the CSRF token when an authentication asks for it.
session_or_anonymous.csrf = True  # type: ignore[attr-defined]
