from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from tugan.accounts.decorators import SignedInRequest
from tugan.accounts.models import User
from tugan.accounts.roles import Role
from tugan.api.models import ApiToken
from tugan.api.tokens import create_api_token, may_manage_token, revoke_api_token


def get_token_holder_for_user(user: User, username: str | None) -> User:
    """Return whose token the page manages: the user's own, or (for an admin) the named one."""
    if not username or username == user.get_username():
        return user
    holder = User.objects.filter(username=username).first()
    if holder is None:
        if user.role != Role.ADMIN:
            raise PermissionDenied
        raise Http404("No such user")
    if not may_manage_token(holder, user):
        raise PermissionDenied
    return holder


@login_required
def api_token(request: SignedInRequest) -> HttpResponse:
    """A user's API token: make a new one (shown once) or revoke it; admins, anyone's."""
    holder = get_token_holder_for_user(request.user, request.GET.get("user"))
    new_token = None
    message = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            revoked = revoke_api_token(holder, by=request.user)
            message = _("The token is revoked.") if revoked else _("There was no token.")
        else:
            new_token = create_api_token(holder, by=request.user)
    token = ApiToken.objects.filter(user=holder).first()
    page = {"holder": holder, "token": token, "new_token": new_token, "message": message}
    return render(request, "api/api_token.html", page)
