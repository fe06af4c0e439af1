"""An admin sets up two-step sign-in in Chromium: the QR code is drawn by Tugan, not fetched."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tugan.testing import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_admin_enrols_and_keeps_recovery_codes(browser_page, users, settings):
    settings.ADMIN_SECOND_FACTOR = True
    page, url = browser_page
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", "fictional-admin")
    page.fill("#id_password", "fictional-test-password")
    page.click("form.sign-in button[type=submit]")
    page.wait_for_url(f"{url}/accounts/second-factor/setup/**")
    assert page.locator(".qr-code svg").is_visible()
    save_screenshot(page, "second-factor-setup")
    device = TOTPDevice.objects.get(user=users["admin"], confirmed=False)
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    page.fill("#id_code", f"{code:06d}")
    page.click("form.sign-in button[type=submit]")
    assert page.locator(".recovery-codes li").count() == 10
    save_screenshot(page, "recovery-codes")
    page.click("text=I have kept them")
    page.wait_for_url(f"{url}/persons/")
