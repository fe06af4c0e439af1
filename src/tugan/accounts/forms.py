from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from tugan.accounts.throttle import is_sign_in_throttled, record_failed_sign_in


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in that refuses a username after too many recent failures."""

    def clean(self):
        username = self.data.get("username", "")
        if is_sign_in_throttled(username):
            raise forms.ValidationError(
                _("Too many failed sign-ins for this account. Wait 15 minutes and try again."),
                code="throttled",
            )
        try:
            return super().clean()
        except forms.ValidationError:
            record_failed_sign_in(username)
            raise
