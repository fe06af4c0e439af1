import time

import pytest
from click.testing import CliRunner
from django.db import connection

from tugan.audit.head import ChainHead, read_chain_head
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
    assert result.output.endswith(
        f"audit log intact: 2 entries, last hash {entries[1].entry_hash}\n"
    )


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


def cut_tail(count: int) -> list[int]:
    """Remove the last entries with their history, as an attacker with the database would."""
    removed = list(AuditEntry.objects.order_by("-id").values_list("id", flat=True)[:count])
    RecordChange.objects.filter(audit_entry__in=removed).delete()
    AuditEntry.objects.filter(pk__in=removed).delete()
    return removed


def test_the_chain_head_is_kept_in_the_data_folder_after_each_commit(
    settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_person(["虚构人物丁", "Fictional Ding"])
    last = AuditEntry.objects.order_by("id").last()
    assert read_chain_head() == ChainHead(3, last.pk, last.entry_hash)
    assert settings.AUDIT_HEAD_FILE.stat().st_mode & 0o777 == 0o600


def test_a_rolled_back_change_leaves_the_kept_head(django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        make_person(["虚构人物戊"])
    kept = read_chain_head()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        make_person(["虚构人物己"])
        raise RuntimeError("the change fails")
    assert read_chain_head() == kept


def test_verify_names_the_last_entries_cut_with_their_history(
    settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_person(["虚构人物庚", "Fictional Geng", "Фиктивный Гэн"])
    last = AuditEntry.objects.order_by("id").last()
    cut_tail(2)
    assert verify_audit_chain().first_broken_id is None  # what is left links up
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: audit log cut: the last 2 entries were removed: {settings.AUDIT_HEAD_FILE} "
        f"says the chain had 4 entries ending with entry {last.pk} (hash {last.entry_hash}), "
        "the database holds 2\n"
    )


def test_a_cut_tail_stays_visible_after_new_changes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_person(["虚构人物辛", "Fictional Xin"])
    kept = read_chain_head()
    cut_tail(2)
    with django_capture_on_commit_callbacks(execute=True):
        make_person(["虚构人物壬", "Fictional Ren"])
    assert read_chain_head() == kept
    check = verify_audit_chain()
    assert not check.is_intact
    assert check.problem.startswith(
        f"entry {kept.last_id} (hash {kept.last_hash}), the last kept in "
    )


def test_verify_starts_keeping_the_head_of_an_older_install(settings):
    make_person(["虚构人物癸"])
    last = AuditEntry.objects.order_by("id").last()
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"started keeping the chain head in {settings.AUDIT_HEAD_FILE}\n"
        f"audit log intact: 2 entries, last hash {last.entry_hash}\n"
    )
    assert read_chain_head() == ChainHead(2, last.pk, last.entry_hash)


def test_an_unreadable_head_file_is_named(settings):
    make_person(["虚构人物子"])
    settings.AUDIT_HEAD_FILE.write_text("not json")
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {settings.AUDIT_HEAD_FILE}: not a chain head (")


def test_the_head_is_noted_once_per_transaction(django_capture_on_commit_callbacks):
    from tugan.audit.head import note_chain_head

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_person(["虚构人物丑", "Fictional Chou", "Фиктивный Чоу"])
    assert [callback for callback in callbacks if callback is note_chain_head] == [note_chain_head]
    assert read_chain_head().entries == 4
