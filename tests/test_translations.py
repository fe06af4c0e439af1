"""The five-language catalogues are complete: every user-facing string of the code and
templates is in each catalogue, translated, not fuzzy, and compiled into the shipped .mo."""

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src/tugan"
LANGUAGES = ["zh_Hans", "kk", "ug", "ru"]
# Kept in step with tools/catalogues.py, which refreshes the catalogues.
IGNORED = ["*/tests/*", "*/migrations/*", "core/*", "sample/*", "static/fonts/*"]

needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("xgettext") is None,
    reason="GNU gettext (msgfmt, xgettext) is not installed",
)


def read_msgids(po: Path) -> set[str]:
    """Return the msgids of a .po file (plural entries by their singular), header left out."""
    ids, current, in_id = set(), [], False
    for line in po.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("msgid "):
            current, in_id = [line[6:]], True
        elif in_id and line.startswith('"'):
            current.append(line)
        elif in_id:
            text = "".join(part.strip()[1:-1] for part in current)
            if text:
                ids.add(text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
            in_id = False
    return ids


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[str]:
    """Return the msgids makemessages finds in the code now, extracted into a temp folder."""
    work = tmp_path_factory.mktemp("catalogues")
    (work / "locale").mkdir()
    (work / "extract_settings.py").write_text(
        textwrap.dedent(f"""
            from tugan.settings import *  # noqa: F403
            LOCALE_PATHS = [{str(work / "locale")!r}]
        """)
    )
    # The package's files, linked into a folder without its locale/: makemessages writes the
    # new catalogue beside them, here, and never touches the shipped ones.
    tree = work / "tugan"
    tree.mkdir()
    for entry in PACKAGE.iterdir():
        if entry.name != "locale":
            (tree / entry.name).symlink_to(entry)
    ignored = [option for pattern in IGNORED for option in ("--ignore", pattern)]
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "--locale", "en", "--symlinks", *ignored],
        cwd=tree,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": f"{work}:{ROOT / 'src'}",
            "DJANGO_SETTINGS_MODULE": "extract_settings",
            "TUGAN_HOME": str(work / "home"),
        },
        check=True,
        capture_output=True,
    )
    return read_msgids(work / "locale/en/LC_MESSAGES/django.po")


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_user_facing_string_is_in_the_catalogue(extracted, language):
    shipped = read_msgids(PACKAGE / f"locale/{language}/LC_MESSAGES/django.po")
    assert len(extracted) > 300
    missing = sorted(extracted - shipped)
    assert missing == [], (
        f"strings missing from {language}: run `python tools/catalogues.py refresh`, "
        "translate them, then `python tools/catalogues.py compile` (docs/translation.md)"
    )


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_is_wholly_translated_with_no_fuzzy_entries(language):
    po = PACKAGE / f"locale/{language}/LC_MESSAGES/django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ translated messages\.", result.stderr.strip()), result.stderr


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_mo_is_compiled_from_the_po(tmp_path, language):
    folder = PACKAGE / f"locale/{language}/LC_MESSAGES"
    subprocess.run(
        ["msgfmt", "-o", str(tmp_path / "django.mo"), str(folder / "django.po")], check=True
    )
    assert (tmp_path / "django.mo").read_bytes() == (folder / "django.mo").read_bytes(), (
        "run `python tools/catalogues.py compile`"
    )


# Template text outside tags that is not translated: a word of three Latin letters or more.
TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}|<script.*?</script>|<style.*?</style>|<[^>]*>", re.S)
TRANSLATED_BLOCK = re.compile(r"{% blocktranslate.*?{% endblocktranslate %}", re.S)
NOT_WORDS = {"Tugan", "sha", "TG"}


def test_templates_have_no_untranslated_text():
    untranslated = []
    for template in sorted(PACKAGE.rglob("templates/**/*.html")):
        text = TRANSLATED_BLOCK.sub(" ", template.read_text(encoding="utf-8"))
        for word in re.findall(r"[A-Za-z]{3,}", TAG.sub(" ", text)):
            if word not in NOT_WORDS:
                untranslated.append(f"{template.relative_to(PACKAGE)}: {word}")
    assert untranslated == []
