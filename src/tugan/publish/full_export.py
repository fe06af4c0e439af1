"""The complete export: every record at a level, in one zip that imports into an empty Tugan.

The zip holds `export.json` (the records in Django's serialization, with their database ids,
plus the audit references) and `blobs/<sha256>`: the raw bytes of each exported source.
Importing it (`tugan import-export`) restores each record with its id and every field, the raw
files checked against their sha256, and, at the confidential level, the audit chain itself.
"""

import datetime
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.audit.log import record_audit
from tugan.audit.models import AuditEntry
from tugan.linkage.candidates import index_person_name
from tugan.publish.selection import Selection, select_records
from tugan.records.models import Person, PersonName, Place
from tugan.search.indexing import rebuild_search_index
from tugan.sources.models import Source
from tugan.sources.raw_store import blob_path, read_raw_bytes, store_raw_bytes

EXPORT_FORMAT = "tugan-export"
EXPORT_VERSION = 1
RECORDS_FILE = "export.json"


class ExportFileError(ValueError):
    """The file is not an export this Tugan can import; the message says why."""


def encode_value(value: object) -> str:
    """Return dates and times in full ISO form (Django's encoder drops microseconds)."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    raise TypeError(f"cannot export a {type(value).__name__}")


def audit_references(selection: Selection) -> dict[str, list[str]]:
    """Return, for each exported person and source, the hashes of its audit entries."""
    ids = {
        "records.Person": {r["fields"]["public_id"] for r in selection.of("records.person")},
        "sources.Source": {r["fields"]["public_id"] for r in selection.of("sources.source")},
    }
    references: dict[str, list[str]] = {}
    entries = AuditEntry.objects.filter(record_type__in=list(ids)).order_by("id")
    for record_type, record_id, entry_hash in entries.values_list(
        "record_type", "record_id", "entry_hash"
    ):
        if record_id in ids[record_type]:
            references.setdefault(f"{record_type}:{record_id}", []).append(entry_hash)
    return references


def build_export_document(level: str) -> tuple[dict[str, Any], list[str]]:
    """Return the export's JSON document at this level and the sha256 of its raw files."""
    selection = select_records(level)
    digests = sorted({row["fields"]["sha256"] for row in selection.of("sources.source")})
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "level": level,
        "exported_at": timezone.now().isoformat(),
        "records": selection.records,
        "audit_references": audit_references(selection),
        "blobs": digests,
    }
    return document, digests


@dataclass
class ExportOutcome:
    records: int
    blobs: int
    missing_blobs: list[str]


def write_full_export(level: str, out: Path) -> ExportOutcome:
    """Write the complete export at this level to a zip file; return what it holds."""
    document, digests = build_export_document(level)
    missing = [d for d in digests if not blob_path(settings.BLOB_DIR, d).exists()]
    document["blobs"] = [d for d in digests if d not in missing]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(document, ensure_ascii=False, indent=1, default=encode_value)
        archive.writestr(RECORDS_FILE, text)
        for digest in document["blobs"]:
            archive.writestr(f"blobs/{digest}", read_raw_bytes(settings.BLOB_DIR, digest))
    return ExportOutcome(len(document["records"]), len(document["blobs"]), missing)


def read_export_file(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Return the document and raw files of an export zip; ExportFileError naming the problem."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise ExportFileError(f"{path}: not a zip file ({error})") from None
    with archive:
        try:
            document = json.loads(archive.read(RECORDS_FILE).decode("utf-8"))
        except KeyError:
            raise ExportFileError(f"{path}: no {RECORDS_FILE} inside: not a Tugan export") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ExportFileError(f"{path}: {RECORDS_FILE} is not valid JSON ({error})") from None
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise ExportFileError(f"{path}: {RECORDS_FILE} is not a {EXPORT_FORMAT} document")
        if document.get("version") != EXPORT_VERSION:
            raise ExportFileError(
                f"{path}: export version {document.get('version')!r}; this Tugan reads "
                f"version {EXPORT_VERSION}"
            )
        blobs = {}
        for digest in document.get("blobs", []):
            try:
                data = archive.read(f"blobs/{digest}")
            except KeyError:
                raise ExportFileError(f"{path}: blobs/{digest} is missing") from None
            if hashlib.sha256(data).hexdigest() != digest:
                raise ExportFileError(f"{path}: blobs/{digest} does not match its sha256")
            blobs[digest] = data
    return document, blobs


def check_empty(document: dict[str, Any]) -> None:
    """Raise unless this installation holds none of the records the export would restore."""
    for model in (Person, PersonName, Source, Place):
        if model.objects.exists():
            raise ExportFileError(
                f"this Tugan already holds {model._meta.verbose_name_plural}: import an export "
                "only into an empty data folder (a new TUGAN_HOME or database)"
            )
    if document["level"] == Confidentiality.CONFIDENTIAL and AuditEntry.objects.exists():
        raise ExportFileError(
            "this Tugan's audit log is not empty: a confidential export restores the audit "
            "chain itself, so import it before adding users or records"
        )


@dataclass(frozen=True)
class ExportFile:
    """The imported file, as the record of the import's audit entry."""

    public_id: str


@dataclass
class ImportOutcome:
    records: int
    blobs: int
    level: str


@transaction.atomic
def import_full_export(path: Path, by: AnyUser | None = None) -> ImportOutcome:
    """Restore an export into this empty Tugan: every record, raw file and audit reference."""
    document, blobs = read_export_file(path)
    check_empty(document)
    try:
        objects = list(serializers.deserialize("python", document["records"]))
    except serializers.base.DeserializationError as error:
        raise ExportFileError(f"{path}: a record cannot be read: {error}") from None
    models = []
    for deserialized in objects:
        deserialized.save()
        models.append(type(deserialized.object))
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), list(set(models))):
            cursor.execute(statement)
    for digest, data in blobs.items():
        store_raw_bytes(settings.BLOB_DIR, data, digest=digest)
    # What is computed from the records is computed again: the search index and name blocks.
    rebuild_search_index()
    for name in PersonName.objects.order_by("pk"):
        index_person_name(name)
    record_audit(
        "import_export",
        ExportFile(path.name),
        by=by,
        changes={
            "level": document["level"],
            "exported_at": document.get("exported_at"),
            "records": len(objects),
            "audit_references": document.get("audit_references", {}),
        },
    )
    return ImportOutcome(len(objects), len(blobs), document["level"])
