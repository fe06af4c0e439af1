"""Import of archived reports. Reports written here are fictional; the corpus is only read."""

import hashlib
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import DatabaseError

from tugan.audit.log import verify_audit_chain
from tugan.sources import importing, preparing
from tugan.sources.importing import import_paths
from tugan.sources.models import Source
from tugan.sources.raw_store import read_raw_bytes
from tugan.testing import CORPUS

pytestmark = pytest.mark.django_db
CORPUS_DOCS = CORPUS / "dev" / "docs"


def fictional_report(number: int, timestamp: str | None = "1614598509000") -> bytes:
    header = f"<!--{timestamp}-->\n" if timestamp is not None else ""
    return (
        f"{header}[虚构报道第{number}号](https://news.example.org/fictional/{number}.html)\n------\n\n"
        f"<p>虚构人物阿力木第{number}次说，他的家人失联。</p>"
        f"<figure><img src='x.jpg'/><figcaption>虚构图片说明{number}</figcaption></figure>"
    ).encode()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_it_stores_metadata_clean_text_and_the_raw_bytes(tmp_path, settings):
    data = fictional_report(1)
    outcome = import_paths([write(tmp_path, "one.md", data)])
    source = outcome.new[0]
    assert source.title == "虚构报道第1号"
    assert source.url == "https://news.example.org/fictional/1.html"
    assert source.publisher == "example.org"
    assert source.published == datetime(2021, 3, 1, 11, 35, 9, tzinfo=UTC)
    assert source.text == "虚构人物阿力木第1次说，他的家人失联。\n\n虚构图片说明1"
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert read_raw_bytes(settings.BLOB_DIR, source.sha256) == data
    assert source.public_id == f"SRC-{source.pk:06d}"


def test_it_allows_a_report_without_a_timestamp(tmp_path):
    outcome = import_paths([write(tmp_path, "undated.md", fictional_report(2, timestamp=None))])
    assert outcome.new[0].published is None


def test_it_stores_the_same_file_once(tmp_path):
    path = write(tmp_path, "one.md", fictional_report(1))
    copy = write(tmp_path, "copy-of-one.md", fictional_report(1))
    first = import_paths([path])
    second = import_paths([path, copy])
    assert (len(first.new), first.known) == (1, 0)
    assert (len(second.new), second.known) == (0, 2)
    assert Source.objects.count() == 1


def test_it_reads_folders_and_zip_archives(tmp_path):
    folder = tmp_path / "reports"
    (folder / "nested").mkdir(parents=True)
    write(folder, "a.md", fictional_report(1))
    write(folder / "nested", "b.md", fictional_report(2))
    archive = tmp_path / "more.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("c.md", fictional_report(3))
        bundle.writestr("sub/d.md", fictional_report(4))
    outcome = import_paths([folder, archive])
    assert outcome.summary == "imported 4 new, 0 already known, 0 rejected"


def test_it_rejects_each_bad_file_by_name_and_imports_the_rest(tmp_path):
    good = write(tmp_path, "good.md", fictional_report(1))
    bad = {
        "not-format.md": b"no headline here\n",
        "truncated.md": fictional_report(2)[:-20],
        "bad-time.md": fictional_report(3, timestamp="yesterday"),
        # Bytes no supported encoding (UTF-8, GBK, GB18030, Big5) can read.
        "not-utf8.md": fictional_report(4).replace("阿力木".encode(), b"\xff\xfe\xff"),
    }
    paths = [write(tmp_path, name, data) for name, data in bad.items()]
    errors = []
    outcome = import_paths(
        [*paths, good], on_error=lambda name, problem: errors.append((name, problem))
    )
    assert outcome.summary == "imported 1 new, 0 already known, 4 rejected"
    assert [Path(name).name for name, _ in errors] == list(bad)
    problems = dict((Path(name).name, problem) for name, problem in errors)
    assert "expected a headline" in problems["not-format.md"]
    assert problems["truncated.md"].startswith("truncated")
    assert "not a valid time" in problems["bad-time.md"]
    assert "not UTF-8" in problems["not-utf8.md"]
    assert all("\n" not in problem for problem in problems.values())


def test_it_converts_gb18030_text_and_keeps_the_original_bytes(tmp_path, settings):
    data = fictional_report(5).decode().encode("gb18030")
    source = import_paths([write(tmp_path, "gb.md", data)]).new[0]
    assert source.raw_encoding in {"gbk", "gb18030"}  # the same bytes for these characters
    assert source.text.startswith("虚构人物阿力木第5次说")
    assert read_raw_bytes(settings.BLOB_DIR, source.sha256) == data


def test_it_reports_a_missing_path_and_a_broken_zip(tmp_path):
    broken = write(tmp_path, "broken.zip", b"PK\x03\x04" + b"\0" * 40)
    outcome = import_paths([tmp_path / "missing.md", broken])
    assert len(outcome.rejected) == 2
    assert outcome.rejected[0] == (str(tmp_path / "missing.md"), "no such file or folder")


def test_it_leaves_nothing_half_written_when_storing_fails(tmp_path, monkeypatch):
    paths = [write(tmp_path, f"{n}.md", fictional_report(n)) for n in (1, 2, 3)]
    real_record_audit = importing.record_audit

    def fail_on_second(action, record, **kwargs):
        if record.title == "虚构报道第2号":
            raise DatabaseError("disk full (simulated)")
        return real_record_audit(action, record, **kwargs)

    monkeypatch.setattr(importing, "record_audit", fail_on_second)
    outcome = import_paths(paths)
    assert outcome.summary == "imported 2 new, 0 already known, 1 rejected"
    assert "could not be stored" in outcome.rejected[0][1]
    assert sorted(Source.objects.values_list("title", flat=True)) == [
        "虚构报道第1号",
        "虚构报道第3号",
    ]
    monkeypatch.setattr(importing, "record_audit", real_record_audit)
    assert len(import_paths(paths).new) == 1
    assert verify_audit_chain().is_intact


@pytest.mark.corpus
def test_it_imports_every_dev_document_once():
    first = import_paths([CORPUS_DOCS])
    documents = sorted(CORPUS_DOCS.iterdir())
    assert first.summary == f"imported {len(documents)} new, 0 already known, 0 rejected"
    assert import_paths([CORPUS_DOCS]).summary == (
        f"imported 0 new, {len(documents)} already known, 0 rejected"
    )


def test_a_zip_bomb_is_refused_naming_the_archive(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("report.md", fictional_report(1))
        bundle.writestr("zeros.md", b"\0" * (60 * 1024 * 1024))
    problems = []
    outcome = import_paths([archive], on_error=lambda name, problem: problems.append(name))
    assert outcome.new_count == 0
    assert problems == [str(archive)]
    assert "expands more than 100 times" in outcome.rejected[0][1]


def test_a_zip_member_climbing_out_with_backslashes_is_refused_alone(tmp_path):
    archive = tmp_path / "climb.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("report.md", fictional_report(1))
        bundle.writestr("..\\..\\outside.md", fictional_report(2))
    outcome = import_paths([archive])
    assert outcome.new_count == 1
    [(name, problem)] = outcome.rejected
    assert name == f"{archive}:..\\..\\outside.md"
    assert "leaves the archive" in problem


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, settings):
    settings.MAX_FILE_BYTES = 100
    outcome = import_paths([write(tmp_path, "large.md", fictional_report(1))])
    [(name, problem)] = outcome.rejected
    assert name.endswith("large.md")
    assert "too large" in problem and "TUGAN_MAX_FILE_BYTES" in problem


def test_a_file_that_needs_more_memory_than_allowed_is_refused_alone(
    tmp_path, settings, monkeypatch
):
    settings.MAX_PARSE_MEMORY_BYTES = 8 * 1024 * 1024
    monkeypatch.setattr(preparing, "PARSE_IN_WORKER_FROM", 100_000)
    # A fictional feed of 18 MB: a worker with the budget parses it, and parsing it takes
    # hundreds of MB. A worker may first reuse heap it inherited free, as much as tens of MB
    # in a test run, so the file is far larger than the budget.
    entries = "".join(
        f"<item><guid>fictional-{number}</guid><title>虚构{number}</title>"
        f"<description>{'虚构的家人失联。' * 60}</description></item>"
        for number in range(12000)
    )
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel>{entries}</channel></rss>"
    path = write(tmp_path, "huge.rss", feed.encode())
    small = write(tmp_path, "small.md", fictional_report(7))
    outcome = import_paths([path, small], extract=False)
    assert outcome.new_count == 1
    [(name, problem)] = outcome.rejected
    assert name == str(path)
    assert "TUGAN_MAX_PARSE_MEMORY_BYTES" in problem
