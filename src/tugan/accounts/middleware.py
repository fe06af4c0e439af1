"""Middleware for signed-in users: the second factor, and pages no cache may keep."""

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from tugan.accounts.second_factor import has_second_factor, is_second_factor_required


class SecondFactorMiddleware:
    """Send a signed-in user with an authenticator app to enter a code before anything else,
    and an admin without one to set one up. Needs django-otp's OTPMiddleware before it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        # django-otp's OTPMiddleware, before this one, gives request.user is_verified().
        if user.is_authenticated and not user.is_verified():  # type: ignore[attr-defined]
            always_open = {reverse("accounts:login"), reverse("accounts:logout")}
            if has_second_factor(user):
                target = reverse("accounts:second-factor-verify")
            elif is_second_factor_required(user):
                target = reverse("accounts:second-factor-setup")
            else:
                target = None
            if target and request.path not in always_open | {target}:
                return HttpResponseRedirect(
                    f"{target}?{urlencode({'next': request.get_full_path()})}"
                )
        return self.get_response(request)


class NoStoreForSignedInMiddleware:
    """Mark every page a signed-in user gets `Cache-Control: no-store`: a shared or seized
    computer's browser cache must not keep what only they may see."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
