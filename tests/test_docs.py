"""Docs stay true to the code: every setting documented, the CLI reference current."""

import re
from pathlib import Path

from tugan.cli import main
from tugan.cli.reference import render_cli_reference

ROOT = Path(__file__).resolve().parents[1]


def test_every_environment_variable_is_documented():
    settings_source = (ROOT / "src/tugan/settings.py").read_text()
    variables = set(re.findall(r'env_(?:text|bool|int)\("([A-Z_]+)"', settings_source))
    documented = (ROOT / "docs/configuration.md").read_text()
    assert variables >= {"TUGAN_HOME", "DATABASE_URL", "TUGAN_SECRET_KEY"}
    assert [name for name in sorted(variables) if f"`{name}`" not in documented] == []


def test_the_cli_reference_is_current():
    expected = render_cli_reference(main)
    assert (ROOT / "docs/cli.md").read_text() == expected, (
        "docs/cli.md is out of date: run python -m tugan.cli.reference > docs/cli.md"
    )


def test_the_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci/run").read_text()
    # .ci/run takes the command from between these markers and runs it as written.
    assert re.search(r"<!-- test-command -->\n```sh\n.*pytest.*\n```", readme)
    assert "sed -n '/<!-- test-command -->/" in ci
