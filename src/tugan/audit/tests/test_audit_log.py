import time

import pytest
from click.testing import CliRunner
from django.db import connection

from tugan.audit.log import record_audit, verify_audit_chain
from tugan.audit.models import AuditEntry, RecordChange
from tugan.cli import main
from tugan.testing import make_person

pytestmark = pytest.mark.django_db


def test_each_change_extends_an_intact_chain():
    make_person(["虚构人物甲"])
    entries = list(AuditEntry.objects.order_by("id"))
    assert [entry.action for entry in entries] == ["create_person", "add_person_name"]
    assert entries[1].previous_hash == entries[0].entry_hash
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert result.output == "audit log intact: 2 entries\n"


def test_verify_names_an_altered_entry():
    make_person(["虚构人物乙"])
    tampered = AuditEntry.objects.order_by("id").first()
    AuditEntry.objects.filter(pk=tampered.pk).update(actor_name="someone-else")
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert f"audit entry {tampered.pk} was altered after it was written" in result.output


def test_verify_names_a_removed_entry():
    make_person(["虚构人物丙", "Fictional Bing"])
    removed = AuditEntry.objects.order_by("id")[1]
    # Its history row protects it from a plain delete: remove both, as an attacker would.
    RecordChange.objects.filter(audit_entry=removed).delete()
    removed.delete()
    following = AuditEntry.objects.order_by("id")[1]
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert f"audit entry {following.pk} does not link to the entry before it" in result.output


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the SQLite test database is shared in memory and locks instead of waiting;"
    " two imports into one SQLite file are tested in tugan.sources",
)
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_extend_one_chain():
    # Several writers at once (an import beside the web app): none may extend an entry that
    # another has already extended.
    from threading import Thread

    from django.db import transaction

    def write(entries: int) -> None:
        try:
            for number in range(entries):
                with transaction.atomic():
                    record_audit("concurrent_test", AuditEntry, changes={"n": number})
                    time.sleep(0.002)  # hold the transaction open, as a real change does
        finally:
            connection.close()

    writers = [Thread(target=write, args=(15,)) for _ in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    check = verify_audit_chain()
    assert check.entries == 60
    assert check.is_intact, check.problem
