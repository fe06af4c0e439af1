from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from tugan.accounts.forms import ThrottledAuthenticationForm


@sensitive_post_parameters("password")
def sign_in(request):
    return auth_views.LoginView.as_view(
        template_name="accounts/sign_in.html",
        authentication_form=ThrottledAuthenticationForm,
        redirect_authenticated_user=True,
    )(request)


def admin_sign_in(request: HttpRequest) -> HttpResponse:
    """Send /admin/login/ to the one sign-in page, with its throttle and lockout.

    The admin's own login form would be a second door without them. A signed-in user the
    admin refuses (not staff) is told so here, rather than sent round between the two pages.
    """
    if request.user.is_authenticated and not request.user.is_staff:
        raise PermissionDenied(_("Your role may not use the admin site."))
    query = request.GET.urlencode()
    return redirect(reverse("accounts:login") + (f"?{query}" if query else ""))
