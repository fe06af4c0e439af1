"""Two `tugan import` runs into one SQLite data folder at the same time: each waits for the
other's write lock, every file is stored once and the audit chain stays one chain.

The reports are fictional, generated here.
"""

import os
import subprocess
import sys

import pytest

from tugan.sources.tests.test_import_resumes_after_kill import fictional_report, run_import

FILES_EACH = 150


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the subprocesses import into SQLite"
)
def test_two_imports_at_once_keep_one_audit_chain(tmp_path):
    home = tmp_path / "home"
    folders = [tmp_path / "first", tmp_path / "second"]
    for offset, folder in enumerate(folders):
        folder.mkdir()
        for number in range(FILES_EACH):
            report = fictional_report(offset * FILES_EACH + number)
            (folder / f"report-{number:04d}.md").write_bytes(report)
    # The data folder is created and migrated first: only the imports run side by side.
    (tmp_path / "empty").mkdir()
    assert run_import(tmp_path / "empty", home).wait(timeout=120) == 0

    imports = [run_import(folder, home) for folder in folders]
    for running in imports:
        stdout, stderr = running.communicate(timeout=600)
        assert running.returncode == 0, stderr.decode()
        assert stdout.decode() == f"imported {FILES_EACH} new, 0 already known, 0 rejected\n"

    environment = {**os.environ, "TUGAN_HOME": str(home)}
    environment.pop("DATABASE_URL", None)
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    verify = subprocess.run(
        [sys.executable, "-m", "tugan", "audit", "verify"], env=environment, capture_output=True
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert f"intact: {2 * FILES_EACH} entries" in verify.stdout.decode()
