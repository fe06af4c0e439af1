"""Test support: a pytest plugin (loaded with -p tugan.testing) and factories of FICTIONAL records.

Every name made here is invented for tests and belongs to no real person.
"""

import os
import tempfile
from pathlib import Path

# Before Django reads its settings: tests keep their data folder out of the working tree.
os.environ.setdefault("TUGAN_HOME", tempfile.mkdtemp(prefix="tugan-test-home-"))

ROLES = [
    "anonymous",
    "contributor",
    "researcher",
    "reviewer",
    "editor",
    "editor_confidential",
    "admin",
]
# The fictional world of the `world` fixture (conftest.py), and who may see which part of it.
CONFIDENTIAL_NAME = "虚构机密名字甲"
RESTRICTED_NAME = "虚构受限名字乙"
UNPUBLISHED_NAME = "虚构未发布名字丙"
CONTRIBUTOR_NAME = "虚构亲属名字丁"
PUBLIC_NAME = "虚构公开名字戊"
SECRET_ID_VALUE = "65402219780412123X"


EVERYONE_SEES = {"public"}
STAFF_SEES = {"public", "unpublished", "restricted", "contributed"}
ALL_PERSONS = {"public", "unpublished", "restricted", "contributed", "confidential"}
PERSONS_SEEN_BY = {
    "anonymous": EVERYONE_SEES,
    "contributor": EVERYONE_SEES | {"contributed"},
    "researcher": STAFF_SEES,
    "reviewer": STAFF_SEES,
    "editor": STAFF_SEES,
    "editor_confidential": ALL_PERSONS,
    "admin": ALL_PERSONS,
}
SOURCES_SEEN_BY = {
    role: {"public"}
    | ({"restricted"} if "restricted" in seen else set())
    | ({"confidential"} if "confidential" in seen else set())
    for role, seen in PERSONS_SEEN_BY.items()
}
# What a page only editors, reviewers and admins may open answers each role.
REVIEWER_PAGE_STATUS = {
    "anonymous": 302,
    "contributor": 403,
    "researcher": 403,
    "reviewer": 200,
    "editor": 200,
    "editor_confidential": 200,
    "admin": 200,
}
FICTIONAL_NAMES = ["阿力木·吐尔逊", "Alim Tursun", "古丽娜尔·卡德尔", "Гүлнар Қадыр"]


def make_user(username: str, role: str, clearance: str | None = None):
    """Return a saved user with this role (and clearance, for editors and reviewers)."""
    from tugan.accounts.models import User

    user = User(username=username, role=role)
    if clearance:
        user.clearance = clearance
    user.set_password("fictional-test-password")
    user.save()
    return user


def make_source(text: str = "一名虚构的记者写道：阿力木·吐尔逊于2018年被带走。", **fields):
    """Return a saved source with this text (fictional), raw bytes not stored."""
    import hashlib

    from django.utils import timezone

    from tugan.search.indexing import index_source
    from tugan.sources.models import Source

    fields.setdefault("title", "虚构的报道")
    fields.setdefault("url", "https://news.example.org/fictional")
    fields.setdefault("publisher", "news.example.org")
    fields.setdefault("confidentiality", "public")
    fields.setdefault("is_published", True)
    digest = hashlib.sha256(f"{text}{fields}".encode()).hexdigest()
    source = Source.objects.create(
        text=text,
        sha256=digest,
        raw_size=len(text.encode()),
        raw_format="archived-report",
        retrieved=timezone.now(),
        **fields,
    )
    index_source(source)
    return source


def make_person(names: list[str] | None = None, by=None, **fields):
    """Return a saved person with these (fictional) names; public and published unless told."""
    from tugan.records import operations

    fields.setdefault("confidentiality", "public")
    fields.setdefault("is_published", True)
    person = operations.create_person(by=by, **fields)
    for index, name in enumerate(names or FICTIONAL_NAMES[:1]):
        operations.add_person_name(person, name, by=by, kind="primary" if index == 0 else "alias")
    return person


SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def save_screenshot(page, name: str) -> None:
    """Save a full-page screenshot of a browser test into screenshots/ (README: look at them)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
