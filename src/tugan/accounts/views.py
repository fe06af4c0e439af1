from django.contrib.auth import views as auth_views
from django.views.decorators.debug import sensitive_post_parameters

from tugan.accounts.forms import ThrottledAuthenticationForm


@sensitive_post_parameters("password")
def sign_in(request):
    return auth_views.LoginView.as_view(
        template_name="accounts/sign_in.html",
        authentication_form=ThrottledAuthenticationForm,
        redirect_authenticated_user=True,
    )(request)
