"""The published site holds only published, public values. Every record here is FICTIONAL."""

import pytest
from click.testing import CliRunner
from django.conf import settings
from django.utils.translation import gettext as _

from tugan.cli import main
from tugan.cli.publish import LANGUAGE_CHOICES
from tugan.records import operations
from tugan.testing import (
    CONFIDENTIAL_NAME,
    CONTRIBUTOR_NAME,
    PUBLIC_NAME,
    RESTRICTED_NAME,
    SECRET_ID_VALUE,
    UNPUBLISHED_NAME,
)

pytestmark = pytest.mark.django_db
# Planted on the public person: a confidential name form, a passport, a WeChat id, a
# confidential event with its quote, a confidential contact note.
PLANTED = {
    "name": "虚构隐藏别名庚",
    "passport": "E98765432",
    "wechat": "fictional_wechat_8841",
    "quote": "虚构机密引文辛",
    "note": "虚构机密联系备注壬",
}


@pytest.fixture
def planted(world):
    public = world["persons"]["public"]
    operations.add_person_name(
        public, PLANTED["name"], kind="alias", confidentiality="confidential", is_published=False
    )
    operations.add_identifier(public, "passport", PLANTED["passport"])
    operations.add_identifier(public, "wechat", PLANTED["wechat"])
    hidden_source = world["sources"]["confidential"]
    event = operations.add_event(
        type="died", person=public, confidentiality="confidential", is_published=False
    )
    operations.cite_source(hidden_source, PLANTED["quote"], event=event)
    operations.add_contact_report(
        public, "blocked", note=PLANTED["note"], confidentiality="confidential"
    )
    return world


def all_output(folder) -> str:
    """Return the text of every file written, but the icons (the package's own images)."""
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix != ".ico"
    )


def test_the_command_says_how_many_entries_it_published_in_plain_english(db, tmp_path):
    from tugan.testing import make_person

    make_person(["虚构的公开条目"], confidentiality="public", is_published=True)
    result = CliRunner().invoke(main, ["publish", str(tmp_path / "site")])
    assert result.output.startswith("published 1 entry in en: "), result.output  # "1 entries"


def test_no_file_holds_a_value_the_public_may_not_see(planted, tmp_path):
    result = CliRunner().invoke(main, ["publish", str(tmp_path / "site"), "--language", "all"])
    assert result.exit_code == 0, result.output
    text = all_output(tmp_path / "site")
    secrets = [CONFIDENTIAL_NAME, RESTRICTED_NAME, UNPUBLISHED_NAME, CONTRIBUTOR_NAME,
               SECRET_ID_VALUE, "的家人失联", *PLANTED.values()]  # fmt: skip
    assert [secret for secret in secrets if secret in text] == []
    assert PUBLIC_NAME in text


def test_the_status_comes_from_the_published_timeline(planted, tmp_path):
    # The stored summary says "died" (the confidential event); the site must not.
    CliRunner().invoke(main, ["publish", str(tmp_path / "site")])
    public = planted["persons"]["public"].public_id
    entry = (tmp_path / "site" / "entries" / f"{public}.html").read_text()
    assert "detained" in entry
    assert "died" not in all_output(tmp_path / "site")


def test_an_entry_quotes_its_sources_and_names_every_script(world, tmp_path):
    from tugan.testing import make_person

    public = world["persons"]["public"]
    operations.add_person_name(public, "Фиктивті Бесінші", kind="alias")
    brother = make_person(["虚构公开兄弟己"])
    operations.add_relationship(
        brother, "sibling", public, confidentiality="public", is_published=True
    )
    CliRunner().invoke(main, ["publish", str(tmp_path / "site")])
    entry = (tmp_path / "site" / "entries" / f"{public.public_id}.html").read_text()
    for text in [PUBLIC_NAME, "Fictional Public Person", "Фиктивті Бесінші",
                 f"{PUBLIC_NAME}于2018年被拘留", "news.example.org"]:  # fmt: skip
        assert text in entry
    assert f'href="{brother.public_id}.html"' in entry and "虚构公开兄弟己" in entry


def test_every_language_gets_its_own_folder(world, tmp_path):
    CliRunner().invoke(main, ["publish", str(tmp_path / "site"), "--language", "all"])
    for code, _name in settings.LANGUAGES:
        page = (tmp_path / "site" / code / "index.html").read_text()
        assert f'<html lang="{code}"' in page
    assert (tmp_path / "site" / "ug" / "index.html").read_text().count('dir="rtl"') == 1


def test_each_language_says_the_status_and_the_chart_labels_in_that_language(world, tmp_path):
    from django.utils import translation

    CliRunner().invoke(main, ["publish", str(tmp_path / "site"), "--language", "all"])
    public = world["persons"]["public"].public_id
    for code in ("ug", "zh-hans", "en"):
        with translation.override(code):
            detained, fewer = _("detained"), _("fewer than %(n)s") % {"n": 5}
        entry = (tmp_path / "site" / code / "entries" / f"{public}.html").read_text()
        assert f"<dd>{detained}" in entry, code
        statistics = (tmp_path / "site" / code / "statistics.html").read_text()
        assert f">{detained}</text>" in statistics and fewer in statistics, code
    # The Uyghur and Chinese pages carry no English label.
    for code in ("ug", "zh-hans"):
        statistics = (tmp_path / "site" / code / "statistics.html").read_text()
        entry = (tmp_path / "site" / code / "entries" / f"{public}.html").read_text()
        assert ">detained<" not in statistics and "fewer than" not in statistics
        assert "<dd>detained" not in entry


def test_the_language_choices_are_the_settings_languages():
    assert [code for code, _name in settings.LANGUAGES] + ["all"] == LANGUAGE_CHOICES


def test_statistics_hide_small_counts(world, tmp_path):
    CliRunner().invoke(main, ["publish", str(tmp_path / "site")])
    statistics = (tmp_path / "site" / "statistics.html").read_text()
    assert "fewer than" in statistics
    assert "<svg" in statistics


def test_the_site_loads_nothing_from_elsewhere(world, tmp_path):
    import re

    CliRunner().invoke(main, ["publish", str(tmp_path / "site")])
    for page in (tmp_path / "site").rglob("*.html"):
        assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page.read_text())
        assert assets and not [a for a in assets if "://" in a or a.startswith("//")], page


def test_every_page_links_the_icons_shipped_beside_it(world, tmp_path):
    import re

    from tugan.publish.site import ICONS

    CliRunner().invoke(main, ["publish", str(tmp_path / "site"), "--language", "all"])
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) > len(settings.LANGUAGES) * 2
    for page in pages:
        icons = re.findall(r'<link rel="icon" href="([^"]+)"', page.read_text())
        assert [icon.rsplit("/", 1)[-1] for icon in icons] == ["favicon.ico", "favicon.svg"], page
        for icon, shipped in zip(icons, ICONS, strict=True):
            assert (page.parent / icon).read_bytes() == shipped.read_bytes(), (page, icon)
