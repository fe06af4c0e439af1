"""View decorators for the roles of DESIGN.md."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def reviewer_required(view):
    """Let editors, reviewers and admins in; send anonymous users to sign in, refuse the rest."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_active and request.user.is_reviewer):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked
