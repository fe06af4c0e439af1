"""Switching the page language: a cookie for visitors, saved on the account when signed in."""

from tugan.audit.models import AuditEntry


def test_a_visitor_switches_by_cookie(client, db):
    response = client.post("/accounts/language/", {"language": "kk", "next": "/persons/"})
    assert response.status_code == 302 and response["Location"] == "/persons/"
    assert client.get("/persons/").headers["Content-Language"] == "kk"


def test_a_signed_in_user_keeps_their_language_over_the_browsers(client_as, users):
    client = client_as("editor")
    client.post("/accounts/language/", {"language": "zh-hans", "next": "/persons/"})
    users["editor"].refresh_from_db()
    assert users["editor"].language == "zh-hans"
    assert AuditEntry.objects.filter(action="set_user_language").exists()
    client.cookies.clear()
    client.force_login(users["editor"])
    response = client.get("/persons/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.headers["Content-Language"] == "zh-hans"


def test_an_unknown_language_changes_nothing(client_as, users):
    client_as("editor").post("/accounts/language/", {"language": "xx", "next": "/persons/"})
    users["editor"].refresh_from_db()
    assert users["editor"].language == ""


def test_uyghur_pages_are_right_to_left(client, db):
    content = client.get("/persons/", HTTP_ACCEPT_LANGUAGE="ug").content.decode()
    assert '<html lang="ug" dir="rtl">' in content


def test_other_pages_are_left_to_right(client, db):
    content = client.get("/persons/", HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert '<html lang="kk" dir="ltr">' in content
