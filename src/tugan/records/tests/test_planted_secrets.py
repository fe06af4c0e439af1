"""Secret values planted in every confidential or unpublished field never reach public outputs.

Public outputs are listed in PUBLIC_OUTPUTS: each producer takes the planted world and returns
what it published, as {where: text}. To cover a new public output (statistics, the published
site, the API), write a producer that renders it as the public would get it and append it to
the list; the test then searches it for every planted secret.
"""

import json
import re
import subprocess
from collections.abc import Callable
from urllib.parse import urlencode, urlparse

import pytest
from django.test import Client

from tugan.records import operations
from tugan.records.exporting import export_csv, export_records
from tugan.records.models import Person
from tugan.sources.models import Source
from tugan.testing import (
    CONFIDENTIAL_MARKERS,
    CONTRIBUTOR_NAME,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    UNPUBLISHED_NAME,
    plant_admin_secrets,
)

pytestmark = pytest.mark.django_db

# Planted on the public, published person: each field is hidden while the person is not.
PUBLIC_PERSONS_CONFIDENTIAL_ALIAS = "虚构公开者机密别名丑"
PUBLIC_PERSONS_RESTRICTED_FACILITY = "虚构受限设施寅"
PUBLIC_PERSONS_UNPUBLISHED_FACILITY = "虚构未发布设施卯"
PUBLIC_PERSONS_CONFIDENTIAL_NOTE = "虚构机密联系备注辰"
SECRETS = [
    *CONFIDENTIAL_MARKERS,
    RESTRICTED_NAME,
    UNPUBLISHED_NAME,
    CONTRIBUTOR_NAME,
    PUBLIC_PERSONS_CONFIDENTIAL_ALIAS,
    PUBLIC_PERSONS_RESTRICTED_FACILITY,
    PUBLIC_PERSONS_UNPUBLISHED_FACILITY,
    PUBLIC_PERSONS_CONFIDENTIAL_NOTE,
    "虚构证词",  # the restricted source's text
]
# Searched for on the public search page: each begins secrets and is none of them, so the
# page echoing the query shows no secret.
SEARCH_TERMS = ["虚构", "虚构机密", "虚构受限", "虚构未发布", "654022", "19780412"]
CRAWL_LIMIT = 300


@pytest.fixture
def planted(world, users):
    records = plant_admin_secrets(world, by=users["admin"])
    public = world["persons"]["public"]
    operations.add_person_name(
        public, PUBLIC_PERSONS_CONFIDENTIAL_ALIAS, kind="alias", confidentiality="confidential"
    )
    operations.add_event(
        type="detained",
        person=public,
        facility=PUBLIC_PERSONS_RESTRICTED_FACILITY,
        confidentiality="restricted",
    )
    operations.add_event(
        type="sentenced",
        person=public,
        facility=PUBLIC_PERSONS_UNPUBLISHED_FACILITY,
        confidentiality="public",
        is_published=False,
    )
    operations.add_contact_report(
        public, "failed", note=PUBLIC_PERSONS_CONFIDENTIAL_NOTE, confidentiality="confidential"
    )
    return {**world, "planted": records}


def response_text(response) -> str:
    """Return what a response shows a reader: its text, or a PDF's text (a public case file)."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/pdf"):
        return subprocess.run(
            ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
        ).stdout.decode()
    return content.decode()


def crawl_public_pages(planted: dict) -> dict[str, str]:
    """Return every page an anonymous visitor reaches by links, and each record's own page."""
    client = Client()
    queue = ["/", "/persons/", "/sources/", "/search/"]
    queue += [f"/persons/{person.public_id}/" for person in Person.objects.all()]
    queue += [f"/sources/{source.public_id}/" for source in Source.objects.all()]
    pages: dict[str, str] = {}
    while queue and len(pages) < CRAWL_LIMIT:
        url = queue.pop(0)
        if url in pages:
            continue
        response = client.get(url, follow=True)
        text = response_text(response)
        pages[url] = text
        for link in re.findall(r'href="([^"#]+)', text):
            parsed = urlparse(link)
            if not parsed.netloc and link.startswith("/") and not link.startswith("/static/"):
                queue.append(link)
    return pages


def public_search(planted: dict) -> dict[str, str]:
    """Return the public search page's answer to each search term."""
    client = Client()
    return {
        f"/search/?{urlencode({'q': term})}": client.get("/search/", {"q": term}).content.decode()
        for term in SEARCH_TERMS
    }


def public_exports(planted: dict) -> dict[str, str]:
    """Return `tugan export` at the default (public) level, JSON and every CSV table."""
    outputs = {"export --format json": json.dumps(export_records("public"), ensure_ascii=False)}
    for table in ["persons", "events", "sources"]:
        outputs[f"export --format csv --table {table}"] = export_csv("public", table)
    return outputs


def public_command_line(planted: dict) -> dict[str, str]:
    """Return what `tugan search --level public` and `tugan export` print by default."""
    from click.testing import CliRunner

    from tugan.cli import main

    runner = CliRunner()
    outputs = {}
    for term in SEARCH_TERMS:
        for arguments in [
            ["search", term, "--level", "public", "--json"],
            ["search", term, "--level", "public"],
        ]:
            result = runner.invoke(main, arguments)
            assert result.exit_code == 0, result.output
            outputs[" ".join(arguments)] = result.output
    for arguments in [["export"], ["export", "--format", "csv", "--table", "events"]]:
        result = runner.invoke(main, arguments)
        assert result.exit_code == 0, result.output
        outputs[" ".join(arguments)] = result.output
    return outputs


PUBLIC_OUTPUTS: list[Callable[[dict], dict[str, str]]] = [
    crawl_public_pages,
    public_search,
    public_exports,
    public_command_line,
]


@pytest.mark.parametrize("produce", PUBLIC_OUTPUTS, ids=lambda produce: produce.__name__)
def test_no_public_output_contains_a_planted_secret(planted, produce):
    outputs = produce(planted)
    assert outputs
    leaks = {
        (where, secret) for where, text in outputs.items() for secret in SECRETS if secret in text
    }
    assert leaks == set()


def test_the_public_outputs_do_show_the_public_values(planted):
    # Otherwise the test above would pass on outputs that show nothing at all.
    pages = crawl_public_pages(planted)
    public = planted["persons"]["public"]
    assert PUBLIC_NAME in pages[f"/persons/{public.public_id}/"]
    assert f"/sources/{planted['sources']['public'].public_id}/" in pages
    assert PUBLIC_NAME in public_exports(planted)["export --format json"]
    assert any(PUBLIC_NAME in text for text in public_search(planted).values())
    assert any(PUBLIC_NAME in text for text in public_command_line(planted).values())


def test_the_secrets_are_there_for_those_who_may_see_them(planted, client_as):
    # The same search finds them in what an admin gets: they were planted where outputs read.
    export = json.dumps(export_records("confidential"), ensure_ascii=False)
    public = planted["persons"]["public"]
    page = client_as("admin").get(f"/persons/{public.public_id}/").content.decode()
    found = {secret for secret in SECRETS if secret in export or secret in page}
    assert found >= {
        "虚构机密名字甲",
        RESTRICTED_NAME,
        UNPUBLISHED_NAME,
        PUBLIC_PERSONS_CONFIDENTIAL_ALIAS,
        PUBLIC_PERSONS_RESTRICTED_FACILITY,
        PUBLIC_PERSONS_UNPUBLISHED_FACILITY,
        PUBLIC_PERSONS_CONFIDENTIAL_NOTE,
    }
