"""The site's icon: served at /favicon.ico and linked from every page, from our own files."""

import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


def served(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    icon = served(response)
    assert icon == (ROOT / "src/tugan/site_root/favicon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", icon[:6])
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    sizes = [icon[6 + 16 * i] for i in range(count)]
    assert sizes == [16, 32, 48]


def test_every_page_links_the_icon_and_its_svg_is_served(client):
    page = client.get("/accounts/login/").content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in page
    assert '<link rel="icon" href="/static/tugan/favicon.svg" type="image/svg+xml">' in page
    response = client.get("/static/tugan/favicon.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = served(response).decode()
    # Nothing the page's Content-Security-Policy would refuse: no script, style or outside link.
    assert "<script" not in svg and "style" not in svg
    assert svg.count("http") == 1 and 'xmlns="http://www.w3.org/2000/svg"' in svg


def test_the_icon_files_are_what_tools_favicon_draws():
    import runpy

    drawing = runpy.run_path(str(ROOT / "tools/favicon.py"))
    assert (ROOT / "src/tugan/static/tugan/favicon.svg").read_text() == drawing["svg"]()
    assert (ROOT / "src/tugan/site_root/favicon.ico").read_bytes() == drawing["ico"]()
