"""Shared fixtures: one user per DESIGN.md role, a fast hasher, a blob store per test.

Django is imported inside the fixtures only, so that the tests of tugan.core run without it
(`pytest -p no:django src/tugan/core`).
"""

import os

import pytest

from tugan.testing import (
    CHROMIUM,
    CONFIDENTIAL_NAME,
    CONTRIBUTOR_NAME,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    SECRET_ID_VALUE,
    UNPUBLISHED_NAME,
    make_person,
    make_source,
    make_user,
)


@pytest.fixture(autouse=True)
def fast_hasher_and_blobs(request, tmp_path):
    if not request.config.pluginmanager.hasplugin("django"):
        return
    settings = request.getfixturevalue("settings")
    # For speed: Argon2 is deliberately slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.BLOB_DIR = tmp_path / "blobs"
    settings.AUDIT_HEAD_FILE = tmp_path / "audit-head.json"


@pytest.fixture(autouse=True)
def english_between_tests(request):
    # A request in another language leaves it active in the thread: each test starts in English.
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def users(db) -> dict:
    """Return a user for each role (anonymous is None); editor_confidential has full clearance."""
    return {
        "anonymous": None,
        "contributor": make_user("fictional-contributor", "contributor"),
        "researcher": make_user("fictional-researcher", "researcher"),
        "reviewer": make_user("fictional-reviewer", "reviewer"),
        "editor": make_user("fictional-editor", "editor"),
        "editor_confidential": make_user("fictional-editor-2", "editor", clearance="confidential"),
        "admin": make_user("fictional-admin", "admin"),
    }


@pytest.fixture
def client_as(client, users):
    """Return a function giving the test client signed in as the given role."""

    def sign_in(role: str):
        if users[role] is not None:
            client.force_login(users[role])
        return client

    return sign_in


# A small fictional world with one record at each confidentiality level.


@pytest.fixture
def world(users):
    from tugan.records import operations

    public = make_person([PUBLIC_NAME, "Fictional Public Person"])
    restricted = make_person([RESTRICTED_NAME], confidentiality="restricted", is_published=False)
    confidential = make_person(
        [CONFIDENTIAL_NAME], confidentiality="confidential", is_published=False
    )
    unpublished = make_person([UNPUBLISHED_NAME], is_published=False)
    contributed = make_person(
        [CONTRIBUTOR_NAME],
        confidentiality="restricted",
        is_published=False,
        by=users["contributor"],
    )
    operations.add_identifier(public, "resident_id", SECRET_ID_VALUE)
    operations.add_relationship(public, "sibling", confidential, confidentiality="confidential")
    operations.add_relationship(public, "sibling", restricted, confidentiality="restricted")
    public_source = make_source(f"虚构报道：{PUBLIC_NAME}于2018年被拘留。")
    restricted_source = make_source(
        f"虚构证词：{RESTRICTED_NAME}说她的兄弟被带走。",
        confidentiality="restricted",
        is_published=False,
    )
    confidential_source = make_source(
        f"虚构机密证词：{CONFIDENTIAL_NAME}的家人失联。",
        confidentiality="confidential",
        is_published=False,
    )
    event = operations.add_event(
        type="detained", person=public, confidentiality="public", is_published=True
    )
    operations.cite_source(public_source, f"{PUBLIC_NAME}于2018年被拘留", event=event)
    hidden_event = operations.add_event(
        type="disappeared", person=public, confidentiality="confidential"
    )
    operations.cite_source(confidential_source, "的家人失联", event=hidden_event)
    return {
        "persons": {
            "public": public,
            "restricted": restricted,
            "confidential": confidential,
            "unpublished": unpublished,
            "contributed": contributed,
        },
        "sources": {
            "public": public_source,
            "restricted": restricted_source,
            "confidential": confidential_source,
        },
    }


CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # This machine's network is closed: no background calls home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser_page(live_server):
    """Return a Playwright page in Debian's headless Chromium, and the live server's URL."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django must allow its ORM calls around it.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        outside = []
        page.on(
            "request",
            lambda request: (
                outside.append(request.url)
                if not request.url.startswith(live_server.url)
                and not request.url.startswith("data:")
                else None
            ),
        )
        yield page, live_server.url
        browser.close()
        # While Playwright's event loop runs, Django keeps this thread's connections apart from
        # the test's own; close them here, or PostgreSQL cannot drop the test database.
        connections.close_all()
    assert outside == [], f"the page made third-party requests: {outside}"


@pytest.fixture
def sign_in_browser(browser_page):
    """Return a function that signs the browser in as a user made by make_user."""

    def sign_in(user):
        page, url = browser_page
        page.goto(f"{url}/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", "fictional-test-password")
        page.click("main button[type=submit]")
        page.wait_for_url(f"{url}/persons/")
        return page, url

    return sign_in
