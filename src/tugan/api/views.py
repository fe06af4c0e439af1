from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from tugan.api.models import ApiToken
from tugan.api.tokens import create_api_token, revoke_api_token


@login_required
def api_token(request):
    """The signed-in user's API token: make a new one (shown once) or revoke it."""
    new_token = None
    message = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            revoked = revoke_api_token(request.user, by=request.user)
            message = _("Your token is revoked.") if revoked else _("You had no token.")
        else:
            new_token = create_api_token(request.user, by=request.user)
    token = ApiToken.objects.filter(user=request.user).first()
    page = {"token": token, "new_token": new_token, "message": message}
    return render(request, "api/api_token.html", page)
