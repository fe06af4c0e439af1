import base64

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from tugan.accounts.decorators import SignedInRequest
from tugan.accounts.forms import SecondFactorForm, ThrottledAuthenticationForm
from tugan.accounts.language import is_known_language, set_user_language
from tugan.accounts.second_factor import (
    confirm_totp_device,
    has_second_factor,
    is_second_factor_required,
    pending_totp_device,
    qr_code_svg,
    recovery_codes_left,
    replace_recovery_codes,
    verify_second_factor,
)


@sensitive_post_parameters("password")
def sign_in(request: HttpRequest) -> HttpResponseBase:
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


def safe_next(request: HttpRequest) -> str:
    """Return the page to go on to: the asked-for one if it is on this site, else the default."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("records:person-list")


@login_required
def second_factor(request: SignedInRequest) -> HttpResponse:
    return render(
        request,
        "accounts/second_factor.html",
        {
            "has_second_factor": has_second_factor(request.user),
            "is_required": is_second_factor_required(request.user),
            "codes_left": recovery_codes_left(request.user),
        },
    )


@login_required
@sensitive_post_parameters("code")
def second_factor_setup(request: SignedInRequest) -> HttpResponse:
    device = pending_totp_device(request.user)
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = confirm_totp_device(request, device, form.cleaned_data["code"])
        if codes is not None:
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": safe_next(request)},
            )
        form.add_error("code", _("This code is not the one the app shows now. Try the next one."))
    return render(
        request,
        "accounts/second_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device),
            "key": base64.b32encode(device.bin_key).decode(),
            "is_required": is_second_factor_required(request.user),
            "next": safe_next(request),
        },
    )


@login_required
@sensitive_post_parameters("code")
def second_factor_verify(request: SignedInRequest) -> HttpResponse:
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if verify_second_factor(request, form.cleaned_data["code"]):
            return HttpResponseRedirect(safe_next(request))
        form.add_error("code", _("This code is wrong, or was used already. Wait and try again."))
    return render(
        request, "accounts/second_factor_verify.html", {"form": form, "next": safe_next(request)}
    )


@login_required
@require_POST
def recovery_codes(request: SignedInRequest) -> HttpResponse:
    if not has_second_factor(request.user):
        return HttpResponseRedirect(reverse("accounts:second-factor-setup"))
    codes = replace_recovery_codes(request.user)
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("accounts:second-factor")},
    )


@require_POST
def choose_language(request: HttpRequest) -> HttpResponse:
    """Switch the page language: a cookie for everyone, and saved for a signed-in user."""
    response = set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and is_known_language(language):
        set_user_language(request.user, language, by=request.user)
    return response
