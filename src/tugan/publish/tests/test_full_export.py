"""The complete export imports into an empty Tugan and gives back every record exactly."""

import json
import zipfile

import pytest

from tugan.accounts.models import User
from tugan.api.models import ApiToken
from tugan.audit.log import verify_audit_chain
from tugan.audit.models import AuditEntry, RecordChange
from tugan.linkage.models import MatchCandidate, Merge, NameBlock
from tugan.publish.full_export import ExportFileError, import_full_export, write_full_export
from tugan.publish.selection import select_records
from tugan.records.models import (
    Citation,
    ContactReport,
    Event,
    Identifier,
    Person,
    PersonName,
    Place,
    Relationship,
)
from tugan.review.models import Suggestion
from tugan.search.reading import read_search_results
from tugan.sources.models import Source
from tugan.sources.raw_store import read_raw_bytes
from tugan.testing import CONFIDENTIAL_NAME, SECRET_ID_VALUE

pytestmark = pytest.mark.django_db


def empty_the_installation() -> None:
    """Delete every record, as if this were a new data folder."""
    for model in (MatchCandidate, Merge, NameBlock, Suggestion, Citation, ContactReport, Event):
        model.objects.all().delete()
    for model in (Relationship, Identifier, PersonName):
        model.objects.all().delete()
    Person.objects.update(merged_into=None)
    for model in (Person, Source, Place, ApiToken, RecordChange, AuditEntry, User):
        model.objects.all().delete()


def by_key(records: list[dict]) -> dict[tuple, dict]:
    return {(record["model"], record["pk"]): record for record in records}


@pytest.mark.parametrize("level", ["public", "restricted", "confidential"])
def test_an_export_imports_into_an_empty_tugan_field_by_field(
    full_world, tmp_path, level, settings
):
    before = select_records(level).records
    assert {r["model"] for r in before} >= {"records.person", "records.citation", "sources.source"}
    digests = {r["fields"]["sha256"] for r in before if r["model"] == "sources.source"}
    raw = {d: read_raw_bytes(settings.BLOB_DIR, d) for d in digests if d in _stored(settings)}
    assert raw, "the fictional report's raw file is exported"
    out = tmp_path / "export.zip"
    write_full_export(level, out)

    empty_the_installation()
    settings.BLOB_DIR = tmp_path / "new-blobs"
    import_full_export(out)

    after = by_key(select_records(level).records)
    imported_audit = [k for k in after if k[0] == "audit.auditentry"]
    if level == "confidential":
        # The restored chain plus the import's own entry, which extends it.
        assert (
            len(imported_audit) == len([r for r in before if r["model"] == "audit.auditentry"]) + 1
        )
        after.pop(max(imported_audit))
    for key, record in by_key(before).items():
        assert after.pop(key)["fields"] == record["fields"], key
    assert after == {}
    for digest, data in raw.items():
        assert read_raw_bytes(settings.BLOB_DIR, digest) == data
    assert verify_audit_chain().is_intact


def _stored(settings) -> set[str]:
    return {path.name for path in settings.BLOB_DIR.rglob("*") if path.is_file()}


def test_citations_keep_their_spans(full_world, tmp_path):
    out = tmp_path / "export.zip"
    write_full_export("restricted", out)
    empty_the_installation()
    import_full_export(out)
    citations = Citation.objects.exclude(start=None).select_related("source")
    assert citations.exists()
    for citation in citations:
        assert citation.source.text[citation.start : citation.end] == citation.quote


def test_the_import_keeps_the_audit_references(full_world, tmp_path):
    public = full_world["persons"]["public"]
    hashes = list(
        AuditEntry.objects.filter(record_id=public.public_id).values_list("entry_hash", flat=True)
    )
    out = tmp_path / "export.zip"
    write_full_export("public", out)
    empty_the_installation()
    import_full_export(out)
    entry = AuditEntry.objects.get(action="import_export")
    references = entry.record_change.changes["audit_references"]
    assert references[f"records.Person:{public.public_id}"] == hashes


def test_the_imported_records_can_be_searched_and_numbered_on(full_world, tmp_path):
    out = tmp_path / "export.zip"
    write_full_export("confidential", out)
    highest = Person.objects.order_by("-pk").first().pk
    empty_the_installation()
    import_full_export(out)
    assert read_search_results(None, "戊")
    from tugan.testing import make_person

    assert make_person(["虚构新名字"]).pk == highest + 1


def test_a_public_export_holds_no_confidential_value(full_world, tmp_path):
    out = tmp_path / "export.zip"
    write_full_export("public", out)
    with zipfile.ZipFile(out) as archive:
        text = archive.read("export.json").decode()
    for secret in [CONFIDENTIAL_NAME, SECRET_ID_VALUE, "fictional-editor", "的家人失联"]:
        assert secret not in text


def test_it_refuses_a_tugan_that_holds_records(full_world, tmp_path):
    out = tmp_path / "export.zip"
    write_full_export("public", out)
    with pytest.raises(ExportFileError, match="already holds persons"):
        import_full_export(out)


def test_it_names_a_damaged_raw_file(full_world, tmp_path):
    out = tmp_path / "export.zip"
    write_full_export("public", out)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"tampered" if item.filename.startswith("blobs/") else data)
        digest = json.loads(source.read("export.json"))["blobs"][0]
    empty_the_installation()
    with pytest.raises(ExportFileError, match=f"blobs/{digest} does not match its sha256"):
        import_full_export(damaged)
    assert not Person.objects.exists()


def test_it_names_a_file_that_is_no_export(tmp_path, db):
    bad = tmp_path / "notes.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("notes.txt", "no export here")
    with pytest.raises(ExportFileError, match="no export.json inside"):
        import_full_export(bad)


def test_a_status_from_a_hidden_event_is_not_exported(world, tmp_path):
    from tugan.records import operations

    public = world["persons"]["public"]
    operations.add_event(type="died", person=public, confidentiality="confidential")
    public.refresh_from_db()
    assert public.status_summary.startswith("died")
    person = next(r for r in select_records("public").of("records.person") if r["pk"] == public.pk)
    assert person["fields"]["status_summary"] == "detained"
