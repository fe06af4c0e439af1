"""The page language: a signed-in user's own choice, else the visitor's cookie or browser.

Django's LocaleMiddleware picks the cookie, then Accept-Language; UserLanguageMiddleware,
after authentication, puts a signed-in user's saved language above both.
"""

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from tugan.accounts.models import AnyUser, User
from tugan.audit.log import record_audit


def is_known_language(code: str) -> bool:
    return code in {language for language, _name in settings.LANGUAGES}


@transaction.atomic
def set_user_language(user: User, language: str, by: AnyUser | None = None) -> None:
    """Save the language a user reads Tugan in ("" follows the browser)."""
    if language and not is_known_language(language):
        raise ValueError(f"unknown language {language!r}")
    User.objects.filter(pk=user.pk).update(language=language)
    user.language = language
    record_audit("set_user_language", user, by=by, changes={"language": language})


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        language = getattr(user, "language", "") if user is not None else ""
        if user is not None and user.is_authenticated and language and is_known_language(language):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
