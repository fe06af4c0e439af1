"""View decorators for the roles of DESIGN.md."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def may_review(user) -> bool:
    """Return whether this user may open the review and match pages: active staff roles."""
    return bool(user.is_authenticated and user.is_active and user.is_reviewer)


def reviewer_required(view):
    """Let editors, reviewers and admins in; send anonymous users to sign in, refuse the rest."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked
