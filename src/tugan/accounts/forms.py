from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tugan.accounts.throttle import (
    record_failed_sign_in,
    record_successful_sign_in,
    sign_in_wait,
)


def request_address(request: HttpRequest | None) -> str:
    """Return the address a request came from, as the server saw it."""
    return (request.META.get("REMOTE_ADDR") if request is not None else None) or "unknown"


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in that makes a username or an address wait after too many recent failures."""

    def clean(self) -> dict[str, Any]:
        username = self.data.get("username", "")
        address = request_address(self.request)
        wait = sign_in_wait(username, address)
        if wait:
            minutes = max(1, -(-int(wait.total_seconds()) // 60))
            raise forms.ValidationError(
                ngettext(
                    "Too many failed sign-ins. Wait %(minutes)d minute and try again.",
                    "Too many failed sign-ins. Wait %(minutes)d minutes and try again.",
                    minutes,
                )
                % {"minutes": minutes},
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            record_failed_sign_in(username, address)
            raise
        record_successful_sign_in(username, address)
        return cleaned


class SecondFactorForm(forms.Form):
    """A code from the authenticator app, or one of the recovery codes."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split()).lower()
