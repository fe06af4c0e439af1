"""Import in batch transactions with a savepoint per file. The reports are fictional.

These tests commit for real (transaction=True): a batch's commit is what they are about.
"""

from pathlib import Path

import pytest
from django.db import connection

from tugan.audit.log import verify_audit_chain
from tugan.audit.models import AuditEntry
from tugan.sources import followups, importing
from tugan.sources.importing import import_paths
from tugan.sources.models import Source
from tugan.sources.near_duplicates import SourceCopies
from tugan.sources.preparing import prepare_file

pytestmark = pytest.mark.django_db(transaction=True)


def fictional_report(number: int) -> bytes:
    return (
        f"<!--1614598509000-->\n[虚构批次报道第{number}号](https://news.example.org/batch/{number}.html)"
        f"\n------\n\n<p>虚构人物第{number}号说，他的表姐在第{number}个月失联。</p>"
    ).encode()


def write_reports(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(1, count + 1):
        path = folder / f"report-{number:02d}.md"
        path.write_bytes(fictional_report(number))
        paths.append(path)
    return paths


def stored_titles() -> list[str]:
    return sorted(Source.objects.values_list("title", flat=True))


def titles(*numbers: int) -> list[str]:
    return sorted(f"虚构批次报道第{number}号" for number in numbers)


def test_a_database_error_mid_batch_rolls_back_that_file_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_FILES", 100)

    def fail_on_third(source, *args):
        if source.title == "虚构批次报道第3号":
            # A real error from the database: on PostgreSQL it aborts the whole transaction
            # unless rolled back to the file's savepoint.
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO no_such_table_in_tugan VALUES (1)")

    monkeypatch.setattr(
        followups, "after_source_stored", [*followups.after_source_stored, fail_on_third]
    )
    errors = []
    outcome = import_paths(
        write_reports(tmp_path, 5), on_error=lambda name, problem: errors.append((name, problem))
    )
    assert outcome.summary == "imported 4 new, 0 already known, 1 rejected"
    assert [Path(name).name for name, _ in errors] == ["report-03.md"]
    assert errors[0][1].startswith("could not be stored: ")
    assert stored_titles() == titles(1, 2, 4, 5)
    assert AuditEntry.objects.filter(action="import_source").count() == 4
    assert verify_audit_chain().is_intact


@pytest.mark.parametrize(
    ("batch_files", "batch_seconds", "kept"),
    [(3, 60.0, [1, 2, 3]), (100, 0.0, [1, 2, 3, 4])],
    ids=["every-3-files", "every-file-once-its-time-is-up"],
)
def test_an_import_stopped_midway_keeps_its_committed_batches_and_resumes(
    tmp_path, monkeypatch, batch_files, batch_seconds, kept
):
    monkeypatch.setattr(importing, "BATCH_FILES", batch_files)
    monkeypatch.setattr(importing, "BATCH_SECONDS", batch_seconds)
    paths = write_reports(tmp_path, 8)
    real_record_audit = importing.record_audit

    def stop_at_fifth(action, record, **kwargs):
        if record.title == "虚构批次报道第5号":
            raise KeyboardInterrupt  # as if the process were stopped here
        return real_record_audit(action, record, **kwargs)

    monkeypatch.setattr(importing, "record_audit", stop_at_fifth)
    with pytest.raises(KeyboardInterrupt):
        import_paths(paths)
    # The batch being stored is rolled back whole; the batches before it are kept.
    assert stored_titles() == titles(*kept)

    monkeypatch.setattr(importing, "record_audit", real_record_audit)
    outcome = import_paths(paths)
    assert outcome.summary == f"imported {8 - len(kept)} new, {len(kept)} already known, 0 rejected"
    assert stored_titles() == titles(*range(1, 9))
    assert AuditEntry.objects.filter(action="import_source").count() == 8
    assert verify_audit_chain().is_intact


def test_a_batch_whose_commit_fails_is_stored_again_file_by_file(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_FILES", 100)
    # One batch whatever the machine's load: a slow file must not close it after a second.
    monkeypatch.setattr(importing, "BATCH_SECONDS", 600.0)
    paths = write_reports(tmp_path, 4)
    bad_signature = prepare_file(paths[1].name, paths[1].read_bytes())[0].signature
    real_first_copy_of = SourceCopies.first_copy_of

    def point_second_at_a_missing_source(copies, signature):
        # Foreign keys are checked when the transaction commits: the batch's commit fails.
        if signature == bad_signature:
            return 10**9
        return real_first_copy_of(copies, signature)

    monkeypatch.setattr(SourceCopies, "first_copy_of", point_second_at_a_missing_source)
    real_import_file = importing.import_file
    attempts = []

    def count_attempts(name, *args, **kwargs):
        attempts.append(Path(name).name)
        return real_import_file(name, *args, **kwargs)

    monkeypatch.setattr(importing, "import_file", count_attempts)
    errors = []
    outcome = import_paths(paths, on_error=lambda name, problem: errors.append((name, problem)))
    # Every file went into the batch, whose commit failed, then again in its own transaction.
    assert attempts == [path.name for path in paths] * 2
    assert outcome.summary == "imported 3 new, 0 already known, 1 rejected"
    assert [Path(name).name for name, _ in errors] == ["report-02.md"]
    assert errors[0][1].startswith("could not be stored: ")
    assert stored_titles() == titles(1, 3, 4)
    assert AuditEntry.objects.filter(action="import_source").count() == 3
    assert verify_audit_chain().is_intact
