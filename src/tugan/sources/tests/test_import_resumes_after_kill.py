"""`tugan import` killed with SIGKILL midway, then run again: every file stored exactly once,
no partial record. Runs the real command in a subprocess on its own data folder (SQLite).
The kill comes once a first batch is committed, while a later one is being stored.

The reports are fictional, generated here.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tugan.sources.importing import BATCH_FILES

# Several batches, so that the kill falls after a commit and before the last one.
FILES = 2 * BATCH_FILES + 200


def fictional_report(number: int) -> bytes:
    body = "".join(
        f"<p>虚构段落{number}之{part}：虚构人物第{number}号说，他的亲属在第{part}个月失联。</p>"
        for part in range(12)
    )
    return (
        f"<!--1614598509000-->\n[虚构报道第{number}号](https://news.example.org/{number}.html)"
        f"\n------\n\n{body}"
    ).encode()


def count_sources(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM sources_source").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def run_import(folder: Path, home: Path) -> subprocess.Popen:
    environment = {**os.environ, "TUGAN_HOME": str(home)}
    environment.pop("DATABASE_URL", None)
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tugan", "import", "--no-extract", str(folder)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the subprocess imports into SQLite"
)
def test_a_killed_import_resumes_and_stores_every_file_once(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(FILES):
        (folder / f"report-{number:04d}.md").write_bytes(fictional_report(number))
    home = tmp_path / "home"
    database = home / "tugan.sqlite3"

    first = run_import(folder, home)
    deadline = time.monotonic() + 120
    while count_sources(database) < 30 and first.poll() is None:
        assert time.monotonic() < deadline, "the import stored nothing for two minutes"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    stored_before = count_sources(database)
    assert 0 < stored_before < FILES, "the import was not killed midway"

    second = run_import(folder, home)
    stdout, stderr = second.communicate(timeout=600)
    assert second.returncode == 0, stderr.decode()
    assert stdout.decode() == (
        f"imported {FILES - stored_before} new, {stored_before} already known, 0 rejected\n"
    )
    with sqlite3.connect(database) as connection:

        def one(sql: str):
            return connection.execute(sql).fetchone()[0]

        assert one("SELECT count(*) FROM sources_source") == FILES
        assert one("SELECT count(DISTINCT sha256) FROM sources_source") == FILES
        # Every source has its audit entry, its signature and its search entry; no entry is
        # left of a source that was not stored.
        assert (
            one(
                "SELECT count(*) FROM sources_source WHERE public_id NOT IN"
                " (SELECT record_id FROM audit_auditentry WHERE action = 'import_source')"
            )
            == 0
        )
        assert one("SELECT count(*) FROM audit_auditentry WHERE action = 'import_source'") == FILES
        assert one("SELECT count(*) FROM sources_source WHERE minhash IS NULL") == 0
        assert one("SELECT count(*) FROM search_source_docsize") == FILES
        assert (
            one(
                "SELECT count(*) FROM search_source_docsize WHERE id NOT IN"
                " (SELECT id FROM sources_source)"
            )
            == 0
        )
        assert one("SELECT count(*) FROM sources_source WHERE public_id IS NULL") == 0
    blobs = [path for path in (home / "blobs").rglob("*") if path.is_file()]
    assert len([path for path in blobs if not path.name.startswith(".")]) == FILES
    environment = {**os.environ, "TUGAN_HOME": str(home)}
    environment.pop("DATABASE_URL", None)
    verify = subprocess.run(
        [sys.executable, "-m", "tugan", "audit", "verify"], env=environment, capture_output=True
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
