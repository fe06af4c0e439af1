"""Import of source files: one transaction per file, raw bytes kept, the same file stored once."""

import hashlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from tugan.audit.log import record_audit
from tugan.core.formats import InputFormatError, ParsedDocument
from tugan.core.publishers import publisher_from_url
from tugan.review.suggesting import suggest_facts
from tugan.search.indexing import OPTIMIZE_AFTER, index_source, optimize_search_index
from tugan.sources.models import DEFAULT_SOURCE_CONFIDENTIALITY, Source, SourceKind
from tugan.sources.near_duplicates import SourceCopies
from tugan.sources.preparing import (
    PreparedDocument,
    prepare_document,
    prepare_file,
    prepare_files,
)
from tugan.sources.raw_store import flush_raw_bytes, store_raw_bytes


@dataclass(frozen=True)
class InputFile:
    name: str  # as shown to the user: a path, or "archive.zip:member"
    read: Callable[[], bytes]


# An import keeps this many of its new sources at hand; the rest are only counted, so that
# memory stays flat however many files an import stores.
KEPT_NEW_SOURCES = 1000


@dataclass
class ImportOutcome:
    new: list[Source] = field(default_factory=list)  # the first KEPT_NEW_SOURCES
    known: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    new_count: int = 0

    def add_new(self, sources: list[Source]) -> None:
        """Count newly stored sources, keeping the first ones."""
        self.new.extend(sources[: max(0, KEPT_NEW_SOURCES - len(self.new))])
        self.new_count += len(sources)

    @property
    def summary(self) -> str:
        new, rejected = max(self.new_count, len(self.new)), len(self.rejected)
        return f"imported {new} new, {self.known} already known, {rejected} rejected"


def iter_zip_members(path: Path) -> Iterator[InputFile]:
    """Yield the regular files inside a zip archive, in name order."""
    with zipfile.ZipFile(path) as archive:
        names = sorted(info.filename for info in archive.infolist() if not info.is_dir())
    for member in names:
        if Path(member).name.startswith("."):
            continue

        def read(member: str = member) -> bytes:
            with zipfile.ZipFile(path) as archive:
                return archive.read(member)

        yield InputFile(f"{path}:{member}", read)


def iter_input_files(paths: list[Path]) -> Iterator[InputFile | tuple[str, str]]:
    """Yield each file under the given files, folders and zip archives, or (name, error)."""
    for path in paths:
        if not path.exists():
            yield str(path), "no such file or folder"
        elif path.is_dir():
            children = sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
            yield from iter_input_files(children)
        elif zipfile.is_zipfile(path):
            try:
                yield from iter_zip_members(path)
            except (zipfile.BadZipFile, OSError) as error:
                yield str(path), f"unreadable zip archive: {error}"
        else:
            yield InputFile(str(path), path.read_bytes)


def count_known_documents(digest: str) -> int:
    """Return how many documents of the file with this sha256 are stored (0: a new file)."""
    # For speed: a bulk import asks this twice a file; the ORM took longer than the query.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {Source._meta.db_table} WHERE sha256 = %s", [digest]
        )
        return cursor.fetchone()[0]


def store_source(
    document: ParsedDocument,
    digest: str,
    data: bytes,
    name: str,
    by=None,
    copies: SourceCopies | None = None,
    prepared: PreparedDocument | None = None,
) -> Source:
    """Create the Source for one parsed document of a stored raw file, with its audit entry.

    With copies, the source points at the first stored copy of its story, if any. prepared
    is the document's signature, language and search text, when computed already.
    """
    text = document.text.text
    prepared = prepared if prepared is not None else prepare_document(document)
    signature = prepared.signature
    source = Source.objects.create(
        kind=SourceKind.NEWS,
        title=document.title,
        url=document.url or "",
        publisher=publisher_from_url(document.url) if document.url else "",
        published=document.published,
        language=prepared.language,
        text=text,
        sha256=digest,
        record_id=document.record_id or "",
        raw_size=len(data),
        raw_format=document.kind,
        raw_encoding=document.encoding,
        original_name=Path(name).name[:500],
        retrieved=timezone.now(),
        confidentiality=DEFAULT_SOURCE_CONFIDENTIALITY,
        created_by=by if by is not None and by.is_authenticated else None,
        minhash=signature,
        near_duplicate_of_id=copies.first_copy_of(signature) if copies is not None else None,
    )
    record_audit("import_source", source, by=by, changes={"file": name, "sha256": digest})
    index_source(source, prepared.search_title, prepared.search_text)
    if copies is not None:
        copies.add(source)
    return source


def import_file(
    name: str,
    data: bytes,
    by=None,
    extract: bool = True,
    copies: SourceCopies | None = None,
    prepared: list[PreparedDocument] | None = None,
) -> tuple[list[Source], int]:
    """Store every document of one file in one transaction, with suggested facts unless told.

    Returns (new sources, documents already known): a file seen before adds nothing.
    Raises InputFormatError when the file is in no supported format or is broken.
    """
    digest = hashlib.sha256(data).hexdigest()
    known = count_known_documents(digest)
    if known:
        # Restores raw bytes lost since (stored without fsync, then a power cut).
        store_raw_bytes(settings.BLOB_DIR, data, durable=False)
        return [], known
    documents = prepared if prepared is not None else prepare_file(name, data)
    store_raw_bytes(settings.BLOB_DIR, data, durable=False)
    copies = copies if copies is not None else SourceCopies()
    try:
        with transaction.atomic():
            sources = []
            for document in documents:
                source = store_source(
                    document.document, digest, data, name, by, copies, prepared=document
                )
                if extract:
                    suggest_facts(source, by=by)
                sources.append(source)
            return sources, 0
    except IntegrityError:
        copies.forget_unsaved()
        # Another import stored the same bytes between our check and our insert.
        known = count_known_documents(digest)
        if known:
            return [], known
        raise
    except DatabaseError:
        copies.forget_unsaved()
        raise


def import_paths(
    paths: list[Path],
    by=None,
    on_error: Callable[[str, str], None] | None = None,
    extract: bool = True,
    progress: Callable[[list], Iterable] | None = None,
) -> ImportOutcome:
    """Import every file under paths; bad files are reported and skipped, the rest go on.

    progress, if given, wraps the list of files (a progress bar) and is iterated instead.
    """
    outcome = ImportOutcome()
    copies = SourceCopies()
    items = list(iter_input_files(paths))
    wrapped: Iterable = progress(items) if progress is not None else items

    def is_known(digest: str) -> bool:
        return count_known_documents(digest) > 0

    for item in prepare_files(wrapped, is_known):
        if isinstance(item, tuple):
            name, problem = item
        else:
            name = item.name
            try:
                if item.error is not None:
                    raise item.error
                sources, known = import_file(
                    name, item.data, by=by, extract=extract, copies=copies,
                    prepared=item.prepared,
                )
            except InputFormatError as error:
                problem = str(error).removeprefix(f"{name}: ")
            except OSError as error:
                problem = f"cannot be read: {error.strerror or error}"
            except DatabaseError as error:
                # Its transaction was rolled back; nothing of this file is stored.
                problem = f"could not be stored: {error}"
            else:
                outcome.add_new(sources)
                outcome.known += known
                continue
        outcome.rejected.append((name, problem))
        if on_error is not None:
            on_error(name, problem)
    flush_raw_bytes()
    if outcome.new_count >= OPTIMIZE_AFTER:
        optimize_search_index()
    return outcome
