"""Refresh and check Tugan's translation catalogues (src/tugan/locale/<lang>/LC_MESSAGES).

    python tools/catalogues.py refresh   # gather every msgid from the code and templates into
                                         # each catalogue (keeping translations), then compile
    python tools/catalogues.py compile   # only compile the .po files to .mo
    python tools/catalogues.py check     # msgfmt --statistics; exit 1 unless all translated

After merging branches that add pages, run `refresh`, translate the new empty msgstr entries
(docs/translation.md), then `compile`. Needs GNU gettext (xgettext, msgmerge, msgfmt).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src/tugan"
LOCALE = PACKAGE / "locale"
LANGUAGES = ["zh_Hans", "kk", "ug", "ru"]
# Code that shows no text to users: tests, migrations, the Django-free core, benchmarks.
IGNORED = ["*/tests/*", "*/migrations/*", "core/*", "sample/*", "static/fonts/*"]


def run_django(*arguments: str) -> None:
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    environment.setdefault("DJANGO_SETTINGS_MODULE", "tugan.settings")
    environment.setdefault("TUGAN_HOME", tempfile.mkdtemp(prefix="tugan-catalogues-"))
    subprocess.run(
        [sys.executable, "-m", "django", *arguments], cwd=PACKAGE, env=environment, check=True
    )


def refresh() -> None:
    """Gather the msgids into every catalogue, keeping translations, then compile."""
    ignored = [option for pattern in IGNORED for option in ("--ignore", pattern)]
    languages = [option for language in LANGUAGES for option in ("--locale", language)]
    run_django("makemessages", *languages, *ignored, "--no-obsolete", "--add-location=never")
    compile_catalogues()


def compile_catalogues() -> None:
    for language in LANGUAGES:
        folder = LOCALE / language / "LC_MESSAGES"
        subprocess.run(
            ["msgfmt", "--check", "-o", str(folder / "django.mo"), str(folder / "django.po")],
            check=True,
        )


def check() -> int:
    """Print msgfmt's statistics; return 1 if any catalogue has untranslated or fuzzy entries."""
    status = 0
    for language in LANGUAGES:
        po = LOCALE / language / "LC_MESSAGES" / "django.po"
        result = subprocess.run(
            ["msgfmt", "--statistics", "--check", "-o", os.devnull, str(po)],
            capture_output=True,
            text=True,
        )
        line = result.stderr.strip()
        print(f"{language}: {line}")
        if result.returncode or "untranslated" in line or "fuzzy" in line:
            status = 1
    return status


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "refresh":
        refresh()
    elif command == "compile":
        compile_catalogues()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
