"""Secret values planted in every confidential or unpublished field never reach public outputs.

Public outputs are listed in PUBLIC_OUTPUTS: each producer takes the planted world and returns
what it published, as {where: text}: the pages an anonymous visitor reaches (statistics, map and
case files included), search, the exports and open-data formats, the published site, the API
and the public statistics commands. To cover a new public output, write a producer that renders
it as the public would get it and append it to the list; the test then searches it for every
planted secret, JSON escapes decoded.
"""

import json
import re
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
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
    make_person,
    plant_admin_secrets,
)

pytestmark = pytest.mark.django_db

# Planted on the public, published person: each field is hidden while the person is not.
PUBLIC_PERSONS_CONFIDENTIAL_ALIAS = "虚构公开者机密别名丑"
PUBLIC_PERSONS_RESTRICTED_FACILITY = "虚构受限设施寅"
PUBLIC_PERSONS_UNPUBLISHED_FACILITY = "虚构未发布设施卯"
PUBLIC_PERSONS_CONFIDENTIAL_NOTE = "虚构机密联系备注辰"
# A public, published testifier who asked not to be named: their public name form is hidden.
PUBLIC_ANONYMOUS_TESTIFIER_NAME = "虚构公开匿名证人亥"
# Contact details and an address of the public person, asked for at the public level: they
# are never published.
PUBLIC_PERSONS_WECHAT = "虚构公开者微信戌"
PUBLIC_PERSONS_ADDRESS = "虚构公开者地址巳"
SECRETS = [
    *CONFIDENTIAL_MARKERS,
    RESTRICTED_NAME,
    UNPUBLISHED_NAME,
    CONTRIBUTOR_NAME,
    PUBLIC_PERSONS_CONFIDENTIAL_ALIAS,
    PUBLIC_PERSONS_RESTRICTED_FACILITY,
    PUBLIC_PERSONS_UNPUBLISHED_FACILITY,
    PUBLIC_PERSONS_CONFIDENTIAL_NOTE,
    PUBLIC_ANONYMOUS_TESTIFIER_NAME,
    PUBLIC_PERSONS_WECHAT,
    PUBLIC_PERSONS_ADDRESS,
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
    testifier = make_person([PUBLIC_ANONYMOUS_TESTIFIER_NAME], is_anonymous=True)
    operations.add_relationship(
        testifier, "reports_on", public, confidentiality="public", is_published=True
    )
    for kind, value in [("wechat", PUBLIC_PERSONS_WECHAT), ("address", PUBLIC_PERSONS_ADDRESS)]:
        operations.add_identifier(public, kind, value, confidentiality="public", is_published=True)
    return {**world, "planted": records, "anonymous_testifier": testifier}


def response_text(response) -> str:
    """Return what a response shows a reader: its text, or a PDF's text (a public case file)."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    content_type = response.get("Content-Type", "")
    if content_type.startswith("image/") and not content_type.startswith("image/svg"):
        return ""  # a bitmap (the site's icon) has no text to read
    if content_type.startswith("application/pdf"):
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


def run_command(arguments: list[str]) -> str:
    from click.testing import CliRunner

    from tugan.cli import main

    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    return result.output


def public_open_data(planted: dict) -> dict[str, str]:
    """Return every file of the open-data exports at their default (public) level."""
    outputs = {}
    with tempfile.TemporaryDirectory() as folder:
        for export_format in ["full", "tables", "huridocs", "popolo"]:
            path = Path(folder) / f"export-{export_format}"
            run_command(["export", "--format", export_format, "-o", str(path)])
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    for member in archive.namelist():
                        text = archive.read(member).decode("utf-8", errors="replace")
                        outputs[f"export --format {export_format}: {member}"] = text
            else:
                outputs[f"export --format {export_format}"] = path.read_text()
    return outputs


def published_site(planted: dict) -> dict[str, str]:
    """Return every file `tugan publish --language all` writes."""
    with tempfile.TemporaryDirectory() as folder:
        run_command(["publish", folder, "--language", "all"])
        return {
            f"publish: {path.relative_to(folder)}": path.read_text(errors="replace")
            for path in Path(folder).rglob("*")
            if path.is_file() and path.suffix in {".html", ".js", ".json", ".csv", ".css", ".svg"}
        }


def public_api(planted: dict) -> dict[str, str]:
    """Return what the API answers an anonymous caller: every list, and each record's own."""
    client = Client()
    paths = [
        "/api/persons?limit=500",
        "/api/events?limit=500",
        "/api/relationships?limit=500",
        "/api/sources?limit=500",
        "/api/citations?limit=500",
        "/api/places?limit=500",
    ]
    paths += [f"/api/search?{urlencode({'q': term})}" for term in SEARCH_TERMS]
    paths += [f"/api/persons/{person.public_id}" for person in Person.objects.all()]
    paths += [f"/api/sources/{source.public_id}" for source in Source.objects.all()]
    return {path: client.get(path).content.decode() for path in paths}


def public_statistics(planted: dict) -> dict[str, str]:
    """Return what `tugan stats` and `tugan monitor` print at the public level."""
    outputs = {}
    for fields in ["type", "year", "ethnicity", "prefecture", "gender", "type,year"]:
        arguments = ["stats", "--json", "--level", "public", "--by", fields]
        outputs[" ".join(arguments)] = run_command(arguments)
    for arguments in [["monitor", "--json", "--level", "public"], ["monitor", "--level", "public"]]:
        outputs[" ".join(arguments)] = run_command(arguments)
    return outputs


PUBLIC_OUTPUTS: list[Callable[[dict], dict[str, str]]] = [
    crawl_public_pages,
    public_search,
    public_exports,
    public_command_line,
    public_open_data,
    published_site,
    public_api,
    public_statistics,
]


def readable(text: str) -> str:
    """Return text with JSON's and JavaScript's \\uXXXX escapes decoded, so an escaped secret
    is found too."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), text)


@pytest.mark.parametrize("produce", PUBLIC_OUTPUTS, ids=lambda produce: produce.__name__)
def test_no_public_output_contains_a_planted_secret(planted, produce):
    outputs = produce(planted)
    assert outputs
    leaks = {
        (where, secret)
        for where, text in outputs.items()
        for secret in SECRETS
        if secret in readable(text)
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
    for produce in [public_open_data, published_site, public_api]:
        assert any(PUBLIC_NAME in readable(text) for text in produce(planted).values()), produce
    # Public counts are small here, so they show as "<5": counted, then suppressed.
    assert any('"count": "<5"' in text for text in public_statistics(planted).values())


def test_the_public_sees_an_anonymous_testifier_by_the_neutral_label(planted):
    testifier = planted["anonymous_testifier"]
    pages = crawl_public_pages(planted)
    assert "anonymous testifier" in pages[f"/persons/{testifier.public_id}/"]
    answer = json.loads(public_api(planted)[f"/api/persons/{testifier.public_id}"])
    assert (answer["display_name"], answer["names"]) == ("anonymous testifier", [])


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
        PUBLIC_ANONYMOUS_TESTIFIER_NAME,
        PUBLIC_PERSONS_WECHAT,
        PUBLIC_PERSONS_ADDRESS,
    }
