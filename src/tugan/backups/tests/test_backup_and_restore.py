"""`tugan backup` then `tugan restore`: everything comes back, and a bad file writes nothing.

The reports here are fictional.
"""

import os
import shutil
import sqlite3
import stat
import subprocess
import uuid
from pathlib import Path

import dj_database_url
import pytest
from click.testing import CliRunner
from django.conf import settings
from django.db import connection

from tugan.backups.making import postgres_environment
from tugan.cli import main
from tugan.core import encrypted_stream
from tugan.sources.importing import import_paths
from tugan.sources.raw_store import blob_path

pytestmark = pytest.mark.django_db(transaction=True)
PASSPHRASE = "fictional correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_key_derivation(monkeypatch):
    # For speed: the format records the cost it was written with; restore reads it from there.
    monkeypatch.setattr(encrypted_stream, "ARGON2_MEMORY_KIB", 8)
    monkeypatch.setattr(encrypted_stream, "ARGON2_TIME_COST", 1)


def fictional_report(number: int) -> bytes:
    return (
        f"<!--1614598509000-->\n[虚构备份报道{number}](https://news.example.org/f/{number}.html)"
        f"\n------\n\n<p>虚构人物第{number}号说，他的家人失联。</p>"
    ).encode()


@pytest.fixture
def stored(tmp_path) -> list[bytes]:
    folder = tmp_path / "reports"
    folder.mkdir()
    reports = [fictional_report(number) for number in range(3)]
    for number, data in enumerate(reports):
        (folder / f"{number}.md").write_bytes(data)
    assert import_paths([folder], extract=False).new_count == 3
    return reports


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(*arguments: str):
    return CliRunner().invoke(main, [str(argument) for argument in arguments])


def make_backup(tmp_path: Path, passphrase_file: Path) -> Path:
    backup = tmp_path / "fictional.tgb"
    result = run("backup", backup, "--passphrase-file", passphrase_file)
    assert result.exit_code == 0, result.output
    assert "3 raw files" in result.output
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    return backup


def assert_blobs_restored(home: Path, reports: list[bytes]) -> None:
    import hashlib

    for data in reports:
        path = blob_path(home / "blobs", hashlib.sha256(data).hexdigest())
        assert path.read_bytes() == data
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert (home / "secret_key").read_text() == (settings.TUGAN_HOME / "secret_key").read_text()


def test_a_backup_holds_no_plaintext(tmp_path, stored, passphrase_file):
    backup = make_backup(tmp_path, passphrase_file)
    content = backup.read_bytes()
    assert "虚构备份报道".encode() not in content and b"SQLite format" not in content


def test_sqlite_round_trip(tmp_path, stored, passphrase_file):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite round trip: runs on the SQLite pass of the suite")
    backup = make_backup(tmp_path, passphrase_file)
    home = tmp_path / "restored"
    result = run("restore", backup, "--home", home, "--passphrase-file", passphrase_file)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(home / "tugan.sqlite3") as database:
        titles = sorted(row[0] for row in database.execute("SELECT title FROM sources_source"))
    assert titles == ["虚构备份报道0", "虚构备份报道1", "虚构备份报道2"]
    assert stat.S_IMODE((home / "tugan.sqlite3").stat().st_mode) == 0o600
    assert_blobs_restored(home, stored)


@pytest.fixture
def empty_postgres_database():
    name = f"tugan_restore_{uuid.uuid4().hex[:12]}"
    server = dict(connection.settings_dict, NAME="postgres")
    environment = postgres_environment(server)
    subprocess.run(["psql", "-qc", f'CREATE DATABASE "{name}"'], env=environment, check=True)
    url = "postgres://{USER}@{HOST}:{PORT}/".format(**connection.settings_dict) + name
    if connection.settings_dict.get("PASSWORD"):
        url = url.replace("@", f":{connection.settings_dict['PASSWORD']}@", 1)
    yield url
    subprocess.run(["psql", "-qc", f'DROP DATABASE "{name}"'], env=environment, check=True)


@pytest.fixture
def postgres_tools():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL round trip: runs on the PostgreSQL pass of the suite")
    if shutil.which("pg_dump") is None or shutil.which("psql") is None:
        pytest.skip("PostgreSQL round trip SKIPPED: pg_dump or psql is not installed")


def test_postgres_round_trip(
    tmp_path, postgres_tools, stored, passphrase_file, empty_postgres_database, settings
):
    backup = make_backup(tmp_path, passphrase_file)
    settings.DATABASE_URL = empty_postgres_database
    home = tmp_path / "restored"
    result = run("restore", backup, "--home", home, "--passphrase-file", passphrase_file)
    assert result.exit_code == 0, result.output
    query = subprocess.run(
        ["psql", "-tAc", "SELECT string_agg(title, ',' ORDER BY title) FROM sources_source"],
        env=postgres_environment(dj_database_url.parse(empty_postgres_database)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert query.stdout.strip() == "虚构备份报道0,虚构备份报道1,虚构备份报道2"
    assert not (home / "database.sql").exists()
    assert_blobs_restored(home, stored)


def test_postgres_restore_refuses_a_database_in_use(
    tmp_path, postgres_tools, stored, passphrase_file, settings
):
    backup = make_backup(tmp_path, passphrase_file)
    settings.DATABASE_URL = "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
        **connection.settings_dict
    )
    home = tmp_path / "restored"
    result = run("restore", backup, "--home", home, "--passphrase-file", passphrase_file)
    assert result.exit_code == 1
    assert "is not empty" in result.output
    assert not home.exists()


def test_a_wrong_passphrase_restores_nothing(tmp_path, stored, passphrase_file):
    backup = make_backup(tmp_path, passphrase_file)
    wrong = tmp_path / "wrong"
    wrong.write_text("not the fictional passphrase")
    home = tmp_path / "restored"
    result = run("restore", backup, "--home", home, "--passphrase-file", wrong)
    assert result.exit_code == 1
    assert "passphrase is wrong" in result.output and "nothing was restored" in result.output
    assert not home.exists()


@pytest.mark.parametrize("where", [0.1, 0.5, 0.97])
def test_one_flipped_byte_restores_nothing(tmp_path, stored, passphrase_file, where):
    backup = make_backup(tmp_path, passphrase_file)
    data = bytearray(backup.read_bytes())
    data[int(len(data) * where)] ^= 0x40
    backup.write_bytes(bytes(data))
    home = tmp_path / "restored"
    home.mkdir()
    result = run("restore", backup, "--home", home, "--passphrase-file", passphrase_file)
    assert result.exit_code == 1
    assert "nothing was restored" in result.output
    assert list(home.iterdir()) == []


def test_restore_refuses_a_folder_with_files(tmp_path, stored, passphrase_file):
    backup = make_backup(tmp_path, passphrase_file)
    home = tmp_path / "restored"
    home.mkdir()
    (home / "notes.txt").write_text("fictional")
    result = run("restore", backup, "--home", home, "--passphrase-file", passphrase_file)
    assert result.exit_code == 1 and "not an empty folder" in result.output
    assert [path.name for path in home.iterdir()] == ["notes.txt"]


def test_the_passphrase_is_never_an_argument(tmp_path, stored, settings):
    settings.BACKUP_PASSPHRASE = None
    result = run("backup", tmp_path / "x.tgb")
    assert result.exit_code == 2 and "no passphrase" in result.output
    assert "--passphrase " not in run("backup", "--help").output


def test_the_passphrase_may_come_from_the_environment_setting(tmp_path, stored, settings):
    settings.BACKUP_PASSPHRASE = PASSPHRASE
    result = run("backup", tmp_path / "x.tgb")
    assert result.exit_code == 0, result.output


def test_the_data_folder_and_raw_files_are_for_their_owner_only(stored):
    import hashlib

    path = blob_path(settings.BLOB_DIR, hashlib.sha256(stored[0]).hexdigest())
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert os.umask(0o077) == 0o077
