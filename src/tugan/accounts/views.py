from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from tugan.accounts.forms import ThrottledAuthenticationForm
from tugan.accounts.language import is_known_language, set_user_language


@sensitive_post_parameters("password")
def sign_in(request):
    return auth_views.LoginView.as_view(
        template_name="accounts/sign_in.html",
        authentication_form=ThrottledAuthenticationForm,
        redirect_authenticated_user=True,
    )(request)


@require_POST
def choose_language(request) -> HttpResponse:
    """Switch the page language: a cookie for everyone, and saved for a signed-in user."""
    response = set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and is_known_language(language):
        set_user_language(request.user, language, by=request.user)
    return response
