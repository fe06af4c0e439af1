"""The TOTP second factor: required for admins, optional for others, with recovery codes."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
PASSWORD = "fictional-test-password"


@pytest.fixture(autouse=True)
def second_factor_required(settings):
    settings.ADMIN_SECOND_FACTOR = True


def current_code(device: TOTPDevice, offset: int = 0) -> str:
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return f"{code:06d}"


def sign_in(client, username: str):
    return client.post("/accounts/login/", {"username": username, "password": PASSWORD})


def enrol(client, user) -> list[str]:
    client.get("/accounts/second-factor/setup/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/accounts/second-factor/setup/", {"code": current_code(device)})
    assert response.status_code == 200
    return re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())


def test_an_admin_without_a_second_factor_must_set_one_up(client, users):
    sign_in(client, "fictional-admin")
    response = client.get("/persons/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/second-factor/setup/?next=")
    assert client.get("/admin/").status_code == 302


def test_the_setup_page_draws_the_qr_code_itself(client, users):
    sign_in(client, "fictional-admin")
    page = client.get("/accounts/second-factor/setup/").content.decode()
    assert "<svg" in page and "otpauth" not in page.replace("otpauth://", "")
    assert "http://" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )


def test_enrolment_gives_ten_recovery_codes_and_lets_the_admin_in(client, users):
    sign_in(client, "fictional-admin")
    codes = enrol(client, users["admin"])
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/persons/").status_code == 200


def test_a_wrong_code_does_not_confirm_the_app(client, users):
    sign_in(client, "fictional-admin")
    client.get("/accounts/second-factor/setup/")
    response = client.post("/accounts/second-factor/setup/", {"code": "000000"})
    assert "not the one the app shows" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=users["admin"], confirmed=True).exists()


def test_after_the_password_an_enrolled_user_must_give_the_code(client, users):
    sign_in(client, "fictional-editor")
    enrol(client, users["editor"])
    client.post("/accounts/logout/")
    sign_in(client, "fictional-editor")
    response = client.get("/persons/")
    assert response["Location"].startswith("/accounts/second-factor/verify/")
    device = TOTPDevice.objects.get(user=users["editor"])
    wrong = client.post("/accounts/second-factor/verify/", {"code": "123456", "next": "/persons/"})
    assert "This code is wrong" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0  # django-otp makes a wrong code wait; skip the wait
    device.save()
    right = client.post(
        "/accounts/second-factor/verify/", {"code": current_code(device, 1), "next": "/persons/"}
    )
    assert right.status_code == 302 and right["Location"] == "/persons/"
    assert client.get("/persons/").status_code == 200


def test_a_recovery_code_works_once(client, users):
    sign_in(client, "fictional-editor")
    codes = enrol(client, users["editor"])
    client.post("/accounts/logout/")
    sign_in(client, "fictional-editor")
    assert client.post("/accounts/second-factor/verify/", {"code": codes[0]}).status_code == 302
    client.post("/accounts/logout/")
    sign_in(client, "fictional-editor")
    response = client.post("/accounts/second-factor/verify/", {"code": codes[0]})
    assert response.status_code == 200 and "This code is wrong" in response.content.decode()


def test_the_second_factor_is_optional_for_others(client, users):
    sign_in(client, "fictional-researcher")
    assert client.get("/persons/").status_code == 200
    assert "Two-step sign-in is off" in client.get("/accounts/second-factor/").content.decode()


def test_the_verify_page_never_sends_one_to_another_site(client, users):
    sign_in(client, "fictional-editor")
    codes = enrol(client, users["editor"])
    client.post("/accounts/logout/")
    sign_in(client, "fictional-editor")
    response = client.post(
        "/accounts/second-factor/verify/", {"code": codes[1], "next": "https://evil.example/"}
    )
    assert response["Location"] == "/persons/"
