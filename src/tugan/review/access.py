"""Who may review: editors, reviewers and admins (DESIGN.md); others are turned away."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def reviewer_required(view):
    """Send anonymous users to sign in; answer 403 to signed-in users who may not review."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_active and request.user.is_reviewer):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked
