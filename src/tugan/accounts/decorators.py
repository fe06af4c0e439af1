"""View decorators for the roles of DESIGN.md."""

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, cast

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase

from tugan.accounts.models import AnyUser, User

Arguments = ParamSpec("Arguments")


class SignedInRequest(HttpRequest):
    """The request a view behind login_required or reviewer_required receives."""

    user: User


def may_review(user: AnyUser) -> bool:
    """Return whether this user may open the review and match pages: active staff roles."""
    return bool(user.is_authenticated and user.is_active and user.is_reviewer)


def reviewer_required(
    view: Callable[Concatenate[SignedInRequest, Arguments], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, Arguments], HttpResponseBase]:
    """Let editors, reviewers and admins in; send anonymous users to sign in, refuse the rest."""

    @wraps(view)
    def checked(
        request: HttpRequest, /, *args: Arguments.args, **kwargs: Arguments.kwargs
    ) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may_review(request.user):
            raise PermissionDenied
        return view(cast(SignedInRequest, request), *args, **kwargs)

    return checked
