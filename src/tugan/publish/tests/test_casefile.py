"""The printable case file: names in every script print as text, never as boxes. FICTIONAL."""

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from tugan.audit.models import AuditEntry
from tugan.cli import main
from tugan.records import operations
from tugan.testing import CONFIDENTIAL_NAME, PERSONS_SEEN_BY, PUBLIC_NAME, ROLES, SECRET_ID_VALUE

pytestmark = pytest.mark.django_db
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
# One FICTIONAL person's name in each script Tugan records.
SCRIPT_NAMES = {
    "Hans": "虚构阿依古丽",
    "Hant": "虛構阿依古麗",
    "Latn": "Fictional Aygul",
    "Cyrl": "Ойдан Айгүл",
    "Arab": "ئويدىكى ئايگۈل",
}


@pytest.fixture
def person_in_all_scripts(world):
    person = world["persons"]["public"]
    for text in SCRIPT_NAMES.values():
        operations.add_person_name(person, text, kind="alias")
    return person


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout


@needs_poppler
def test_names_in_every_script_print_as_text(person_in_all_scripts, tmp_path):
    out = tmp_path / "case.pdf"
    result = CliRunner().invoke(
        main, ["casefile", person_in_all_scripts.public_id, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = pdf_text(out)
    for script, name in SCRIPT_NAMES.items():
        assert name in text, (script, name)
    fonts = pdf_fonts(out)
    assert "CJK" in fonts and "Arabic" in fonts
    assert "Type 3" not in fonts  # a bitmap fallback would mean a missing glyph


@needs_poppler
def test_it_quotes_and_cites_each_fact_with_the_audit_hash(person_in_all_scripts, world, tmp_path):
    out = tmp_path / "case.pdf"
    CliRunner().invoke(main, ["casefile", person_in_all_scripts.public_id, "-o", str(out)])
    text = " ".join(pdf_text(out).split())
    assert f"{PUBLIC_NAME}于2018年被拘留" in text
    assert world["sources"]["public"].public_id in text
    latest = AuditEntry.objects.filter(record_id=person_in_all_scripts.public_id).last()
    assert latest.entry_hash[:40] in text.replace(" ", "")


@needs_poppler
def test_the_public_file_holds_no_confidential_value(person_in_all_scripts, tmp_path):
    out = tmp_path / "case.pdf"
    CliRunner().invoke(main, ["casefile", person_in_all_scripts.public_id, "-o", str(out)])
    text = pdf_text(out)
    assert CONFIDENTIAL_NAME not in text and SECRET_ID_VALUE not in text
    confidential = tmp_path / "confidential.pdf"
    CliRunner().invoke(main, ["casefile", person_in_all_scripts.public_id, "--level",
                              "confidential", "-o", str(confidential)])  # fmt: skip
    assert SECRET_ID_VALUE in pdf_text(confidential)


def test_a_hidden_person_is_refused_by_name(world, tmp_path):
    hidden = world["persons"]["confidential"].public_id
    result = CliRunner().invoke(main, ["casefile", hidden, "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1
    assert f"no person {hidden} at level public" in result.output


@pytest.mark.parametrize("role", ROLES)
def test_the_person_page_button_prints_what_the_page_shows(client_as, world, role):
    for key in ["public", "confidential"]:
        person = world["persons"][key]
        response = client_as(role).get(f"/persons/{person.public_id}/casefile.pdf")
        expected = 200 if key in PERSONS_SEEN_BY[role] else 404
        assert response.status_code == expected
        if expected == 200:
            assert response["Content-Type"] == "application/pdf"
            assert response.content.startswith(b"%PDF")


def test_the_person_page_links_to_the_case_file(client, world):
    person = world["persons"]["public"]
    page = client.get(f"/persons/{person.public_id}/").content.decode()
    assert f"/persons/{person.public_id}/casefile.pdf" in page


def test_the_status_holds_only_the_events_the_file_may_show(world):
    import datetime

    from django.template.loader import render_to_string

    from tugan.publish.casefile import read_casefile
    from tugan.records.exporting import viewer_for_level

    person = world["persons"]["public"]
    operations.add_event(
        type="died", person=person, date=datetime.date(2024, 1, 1), date_precision="year",
        confidentiality="confidential",
    )  # fmt: skip
    public = render_to_string(
        "publish/casefile.html", read_casefile(viewer_for_level("public"), person.public_id, "")
    )
    assert "<dd>detained" in public and "died" not in public
    confidential = render_to_string(
        "publish/casefile.html",
        read_casefile(viewer_for_level("confidential"), person.public_id, ""),
    )
    assert "<dd>died (\u20662024\u2069)</dd>" in confidential
