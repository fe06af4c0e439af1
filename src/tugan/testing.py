"""Test support: a pytest plugin (loaded with -p tugan.testing) and factories of FICTIONAL records.

Every name made here is invented for tests and belongs to no real person.
"""

import io
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    # Only for annotations: pytest loads this plugin before Django is set up.
    from playwright.sync_api import Locator, Page

    from tugan.accounts.models import AnyUser, User
    from tugan.records.models import Event, Person
    from tugan.review.payloads import PersonPayload
    from tugan.sources.models import Source

# Before Django reads its settings: tests keep their data folder out of the working tree.
os.environ.setdefault("TUGAN_HOME", tempfile.mkdtemp(prefix="tugan-test-home-"))
# Tests sign users in with force_login, which has no second step; the tests of the second
# factor (accounts/tests/test_second_factor*.py) turn the requirement back on.
os.environ.setdefault("TUGAN_ADMIN_SECOND_FACTOR", "false")

# The real news reports and their gold (third-party text, read only by `corpus` tests), in
# the shared folder beside the checkout.
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def is_on_postgresql() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser-on-postgres",
        action="store_true",
        help="Run the browser tests on PostgreSQL too (by default they run on SQLite only).",
    )


def browser_skip_reason(config: pytest.Config) -> str | None:
    """Return why browser tests cannot run here, or None.

    On PostgreSQL they are skipped unless asked for: they test pages, whose queries the other
    tests run on both databases, and running them twice took CI past 30 minutes on 2 cores.
    """
    if not os.path.exists(CHROMIUM):
        return "needs Debian's chromium"
    if is_on_postgresql() and not config.getoption("--browser-on-postgres"):
        return "browser tests run on SQLite (pytest --browser-on-postgres runs them here too)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip, saying why, the tests whose marker names something this machine lacks."""
    missing = {
        "corpus": None if CORPUS.is_dir() else f"needs the news corpus at {CORPUS}",
        "postgres": None if is_on_postgresql() else "needs PostgreSQL: set DATABASE_URL",
        "browser": browser_skip_reason(config),
    }
    for item in items:
        for marker, reason in missing.items():
            if reason and item.get_closest_marker(marker):
                item.add_marker(pytest.mark.skip(reason=reason))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """End the run with every reason tests were skipped, counted, so that none goes unseen."""
    reasons = Counter(
        report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        for report in terminalreporter.stats.get("skipped", [])
    )
    if reasons:
        terminalreporter.write_sep("!", f"{sum(reasons.values())} tests were SKIPPED", red=True)
        for reason, count in reasons.most_common():
            terminalreporter.write_line(f"{count:5d} skipped: {reason}", yellow=True)


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


def make_user(username: str, role: str, clearance: str | None = None) -> "User":
    """Return a saved user with this role (and clearance, for editors and reviewers)."""
    from tugan.accounts.models import User

    user = User(username=username, role=role)
    if clearance:
        user.clearance = clearance
    user.set_password("fictional-test-password")
    user.save()
    return user


def make_source(
    text: str = "一名虚构的记者写道：阿力木·吐尔逊于2018年被带走。", **fields: Any
) -> "Source":
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


def make_person(
    names: list[str] | None = None, by: "AnyUser | None" = None, **fields: Any
) -> "Person":
    """Return a saved person with these (fictional) names; public and published unless told."""
    from tugan.records import operations

    fields.setdefault("confidentiality", "public")
    fields.setdefault("is_published", True)
    person = operations.create_person(by=by, **fields)
    for index, name in enumerate(names or FICTIONAL_NAMES[:1]):
        operations.add_person_name(person, name, by=by, kind="primary" if index == 0 else "alias")
    return person


# Planted in the admin matrix's world (plant_admin_secrets): each is shown only to users who
# may see confidential records, and each reaches the admin by another path.
CONFIDENTIAL_ALIAS = "虚构机密别名己"
CONFIDENTIAL_FACILITY = "虚构机密设施庚"
CONFIDENTIAL_NOTE = "虚构机密联系备注辛"
RAISED_SOURCE_TITLE = "虚构后升密报道壬"
RAISED_SUGGESTION_NAME = "虚构升密建议名癸"
RAISED_QUOTE = "虚构升密引文子"
# Parts of a restricted person with their own rule: a testifier who asked not to be named
# (their restricted name form and restricted WeChat id), and a confidential exact address.
ANONYMOUS_TESTIFIER_NAME = "虚构匿名证人名午"
ANONYMOUS_TESTIFIER_WECHAT = "虚构匿名微信号申"
CONFIDENTIAL_ADDRESS = "虚构机密地址街酉"
CONFIDENTIAL_MARKERS = [
    CONFIDENTIAL_NAME,
    SECRET_ID_VALUE,
    "的家人失联",
    CONFIDENTIAL_ALIAS,
    CONFIDENTIAL_FACILITY,
    CONFIDENTIAL_NOTE,
    RAISED_SOURCE_TITLE,
    RAISED_SUGGESTION_NAME,
    RAISED_QUOTE,
    ANONYMOUS_TESTIFIER_NAME,
    ANONYMOUS_TESTIFIER_WECHAT,
    CONFIDENTIAL_ADDRESS,
]


def plant_admin_secrets(world: dict[str, Any], by: "AnyUser | None" = None) -> dict[str, Any]:
    """Add to the `world` fixture's records every way a confidential value reached the admin.

    Returns the planted records by name. Each record that is itself restricted points to a
    confidential one, or (the raised source) was restricted and then raised to confidential.
    """
    from tugan.audit.changes import change_record
    from tugan.linkage.models import MatchCandidate
    from tugan.records import operations
    from tugan.review.models import Suggestion

    persons = world["persons"]
    public, restricted, confidential = (
        persons["public"],
        persons["restricted"],
        persons["confidential"],
    )
    alias = operations.add_person_name(
        restricted, CONFIDENTIAL_ALIAS, kind="alias", confidentiality="confidential"
    )
    event = operations.add_event(
        type="detained",
        person=confidential,
        facility=CONFIDENTIAL_FACILITY,
        confidentiality="restricted",
    )
    relative_event = operations.add_event(
        type="disappeared",
        relative_of=confidential,
        relation="brother",
        confidentiality="restricted",
    )
    report = operations.add_contact_report(
        public,
        "failed",
        relative=confidential,
        note=CONFIDENTIAL_NOTE,
        confidentiality="restricted",
    )
    relationship = operations.add_relationship(
        restricted, "sibling", confidential, confidentiality="restricted"
    )
    first, second = sorted([public, confidential], key=lambda person: person.pk)
    candidate = MatchCandidate.objects.create(person_a=first, person_b=second, score=0.9)
    raised = make_source(
        f"虚构报道：{RAISED_SUGGESTION_NAME}说，{RAISED_QUOTE}。",
        title=RAISED_SOURCE_TITLE,
        confidentiality="restricted",
        is_published=False,
    )
    text = raised.text
    raised_payload: PersonPayload = {"name": RAISED_SUGGESTION_NAME}
    suggestion = Suggestion.objects.create(
        source=raised,
        number=1,
        kind="person",
        start=text.index(RAISED_SUGGESTION_NAME),
        end=text.index(RAISED_SUGGESTION_NAME) + len(RAISED_SUGGESTION_NAME),
        payload=raised_payload,
        confidentiality="restricted",
    )
    citation = operations.cite_source(raised, RAISED_QUOTE, event=world_event(public))
    change_record(raised, {"confidentiality": "confidential"}, by=by)
    # A restricted source whose decided suggestion made the confidential person.
    linking_source = world["sources"]["restricted"]
    linked_payload: PersonPayload = {"name": "虚构"}
    linked = Suggestion.objects.create(
        source=linking_source,
        number=1,
        kind="person",
        start=0,
        end=2,
        payload=linked_payload,
        state="accepted",
        person=confidential,
        confidentiality="restricted",
    )
    testifier = make_person(
        [ANONYMOUS_TESTIFIER_NAME],
        confidentiality="restricted",
        is_published=False,
        is_anonymous=True,
    )
    operations.add_identifier(
        testifier, "wechat", ANONYMOUS_TESTIFIER_WECHAT, confidentiality="restricted"
    )
    operations.add_relationship(testifier, "reports_on", restricted, confidentiality="restricted")
    address = operations.add_identifier(restricted, "address", CONFIDENTIAL_ADDRESS)
    return {
        "testifier": testifier,
        "address": address,
        "alias": alias,
        "event": event,
        "relative_event": relative_event,
        "report": report,
        "relationship": relationship,
        "candidate": candidate,
        "raised_source": raised,
        "raised_suggestion": suggestion,
        "raised_citation": citation,
        "linked_suggestion": linked,
    }


def world_event(person: "Person") -> "Event | None":
    """Return the first event about this person (the `world` fixture gives the public one two)."""
    return person.events.order_by("id").first()


# Where browser tests save their screenshots (README: look at them after changing a page).
SCREENSHOTS = Path(
    os.environ.get("TUGAN_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "screenshots"
)


def save_screenshot(page: "Page", name: str) -> None:
    """Save a full-page screenshot of a browser test into SCREENSHOTS."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# In the browser: each table cell's text where a line breaks inside a word, between two letters
# or digits (in Chinese, between two Han characters), marked "|" where it breaks; long text
# (class long-text, of a cell or its table: a title, a quote) wraps as running text may.
WORDS_BROKEN_IN_TABLES = """() => {
  const word = /[\\p{L}\\p{N}]/u;
  const broken = [];
  for (const cell of document.querySelectorAll("th, td:not(.long-text, .long-text td)")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      const range = document.createRange();
      let previousBottom = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        // A character below the one before it (no overlap) starts a new line.
        if (previousBottom !== null && rect.top >= previousBottom - 1
            && word.test(text[i - 1]) && word.test(text[i])) {
          broken.push(text.slice(0, i) + "|" + text.slice(i));
        }
        previousBottom = rect.bottom;
      }
    }
  }
  return broken;
}"""


def words_broken_in_tables(page: "Page") -> list[str]:
    """Return the texts of the page's table cells that break a line inside a word."""
    broken: list[str] = page.evaluate(WORDS_BROKEN_IN_TABLES)
    return broken


def shaded_edges(box: "Locator") -> set[str]:
    """Return the edges ("left", "right") of a box whose screenshot shows the scroll hint's
    shadow there: no pixel of a strip just inside the edge (above a scrollbar) is white, as
    text and lines are darker and the shadow darkens all the rest."""
    from PIL import Image

    image = Image.open(io.BytesIO(box.screenshot())).convert("L")
    width, height = image.size
    # The outermost pixels may be the page behind a box of fractional size.
    strips = {"left": (1, 4), "right": (width - 4, width - 1)}
    top, bottom = 2, max(height - 20, 3)
    return {
        edge
        for edge, (start, end) in strips.items()
        # No pixel from 235 (near white) up, by the strip's histogram of grey levels.
        if not any(image.crop((start, top, end, bottom)).histogram()[235:])
    }


def page_overflow(page: "Page") -> int:
    """Return by how many pixels the page is wider than the window (0: it does not scroll)."""
    overflow: int = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    return overflow
