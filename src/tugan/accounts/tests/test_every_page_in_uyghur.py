"""With Accept-Language: ug, every page is laid out right to left and written in Uyghur.

The pages are found from the URL configuration, so a page added later is checked too. Every
record here is FICTIONAL (the `world` fixture)."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tugan.intake.models import Attachment
from tugan.sources.models import Source
from tugan.sources.raw_store import store_raw_bytes

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def page_paths(patterns, prefix: str = "") -> list[str]:
    """Return the path template of every URL pattern outside the admin site."""
    paths = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            paths += page_paths(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            paths.append(prefix + str(pattern.pattern))
    return paths


def fill_path(template: str, values: dict) -> str:
    """Return the path with each <converter:name> replaced by a value for that converter."""
    return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: values[m.group(1) or "str"], template)


@pytest.fixture
def values(world, settings):
    source = world["sources"]["public"]
    # A testimony with an attachment, so the testimony pages have something to show.
    Source.objects.filter(pk=source.pk).update(kind="testimony")
    digest = store_raw_bytes(settings.BLOB_DIR, b"fictional scan")
    Attachment.objects.create(source=source, sha256=digest, size=14, content_type="image/png")
    return {
        "person_id": world["persons"]["public"].public_id,
        "source_id": source.public_id,
        "int": "1",
        "path": "CN-654000",
        "str": digest,
    }


def test_every_page_is_right_to_left_and_in_uyghur(client_as, values):
    client = client_as("admin")
    checked, outside = [], []
    for template in page_paths(get_resolver().url_patterns):
        path = fill_path(template, values)
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ug", follow=True)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        if "<main>" not in html:
            outside.append(path)
            continue
        main = html.split("<main>")[1].split("</main>")[0]
        assert '<html lang="ug" dir="rtl">' in html, path
        assert ARABIC_SCRIPT.search(main), f"{path} has no Uyghur text in its main part"
        checked.append(path)
    # The persons, sources, search, review, matches and testimony pages, at least.
    assert len(checked) >= 10, checked
    # Only the API's docs page (django-ninja's bundled Swagger UI) is not Tugan's own layout.
    assert outside == ["/api/docs"], outside
