"""Writers in parallel processes, on SQLite and on PostgreSQL: no write is lost, every
public id is distinct, and the audit log stays one intact chain.

The persons written are fictional.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from tugan.backups.making import postgres_environment

WRITERS = 4
WRITES_EACH = 25
WRITER = """
import sys
from django.db import transaction
from tugan.cli.options import setup_django
setup_django()
from tugan.records import operations
writer, count = sys.argv[1], int(sys.argv[2])
for number in range(count):
    with transaction.atomic():
        person = operations.create_person(confidentiality="restricted")
        operations.add_person_name(person, f"虚构写入者{writer}-{number}", kind="primary")
"""
CHECK = """
from tugan.cli.options import setup_django
setup_django()
from tugan.audit.log import verify_audit_chain
from tugan.records.models import Person, PersonName
ids = list(Person.objects.values_list("public_id", flat=True))
print(len(ids), len(set(ids)), PersonName.objects.count(), verify_audit_chain().is_intact)
"""


def run_python(code: str, environment: dict, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *arguments],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def write_in_parallel(environment: dict) -> str:
    # The database is created and migrated first: only the writers run side by side.
    first = run_python("from tugan.cli.options import setup_django; setup_django()", environment)
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    writers = [
        run_python(WRITER, environment, str(writer), str(WRITES_EACH)) for writer in range(WRITERS)
    ]
    for writer in writers:
        _, stderr = writer.communicate(timeout=600)
        assert writer.returncode == 0, stderr.decode()
    check = run_python(CHECK, environment)
    stdout, stderr = check.communicate(timeout=300)
    assert check.returncode == 0, stderr.decode()
    return stdout.decode().strip()


def base_environment(home: Path) -> dict:
    environment = {**os.environ, "TUGAN_HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    environment.pop("DATABASE_URL", None)
    return environment


def test_parallel_writers_on_sqlite_lose_nothing(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite writers: run on the SQLite pass (the same test, run once)")
    result = write_in_parallel(base_environment(tmp_path / "home"))
    total = WRITERS * WRITES_EACH
    assert result == f"{total} {total} {total} True"


@pytest.mark.django_db
def test_parallel_writers_on_postgres_lose_nothing(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL writers: run on the PostgreSQL pass (DATABASE_URL set)")
    name = f"tugan_writers_{uuid.uuid4().hex[:12]}"
    server = postgres_environment(dict(connection.settings_dict, NAME="postgres"))
    subprocess.run(["psql", "-qc", f'CREATE DATABASE "{name}"'], env=server, check=True)
    try:
        settings = connection.settings_dict
        password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
        environment = base_environment(tmp_path / "home")
        environment["DATABASE_URL"] = (
            f"postgres://{settings['USER']}{password}@{settings['HOST']}:{settings['PORT']}/{name}"
        )
        result = write_in_parallel(environment)
    finally:
        subprocess.run(["psql", "-qc", f'DROP DATABASE "{name}"'], env=server, check=True)
    total = WRITERS * WRITES_EACH
    assert result == f"{total} {total} {total} True"
