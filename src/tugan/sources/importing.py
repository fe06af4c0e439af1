"""Import of source files: raw bytes kept, the same file stored once, a bad file skipped alone.

import_paths stores files in batches, one transaction each: it commits every BATCH_FILES
files or after BATCH_SECONDS, whichever comes first, and each file has its own savepoint
inside the batch. A file that fails is rolled back to its savepoint and reported; the rest of
its batch is kept. Should the commit itself fail, each file of the batch is stored again in
its own transaction, so that only the file that cannot be stored is rejected. A killed import
loses the batch it was storing, never part of a file: run again, it stores those files.
"""

import hashlib
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from tugan.accounts.models import AnyUser
from tugan.audit.log import record_audit
from tugan.core.formats import InputFormatError, ParsedDocument
from tugan.core.formats.limits import InputLimits, check_expansion, check_file_size
from tugan.core.publishers import publisher_from_url
from tugan.sources import followups
from tugan.sources.models import DEFAULT_SOURCE_CONFIDENTIALITY, Source, SourceKind
from tugan.sources.near_duplicates import SourceCopies
from tugan.sources.preparing import (
    FileList,
    FileToStore,
    PreparedDocument,
    Refusal,
    prepare_document,
    prepare_file,
    prepare_files,
)
from tugan.sources.raw_store import flush_raw_bytes, store_raw_bytes

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class InputFile:
    name: str  # as shown to the user: a path, or "archive.zip:member"
    read: Callable[[], bytes]
    size: int = 0  # as declared (a zip member) or found (a file); 0 when unknown


# For speed: a commit per file wrote again the pages it shared with the file before (indexes,
# the audit log's tail, the search index's structure), and synced SQLite's write-ahead log to
# disk seven times as often. A batch is also the most a killed import loses, and about how
# long it keeps other writers to an SQLite database waiting.
BATCH_FILES = 200
BATCH_SECONDS = 1.0

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


def input_limits() -> InputLimits:
    """Return the limits on one input file, from the settings."""
    return InputLimits(
        max_file_bytes=settings.MAX_FILE_BYTES,
        max_expanded_bytes=settings.MAX_EXPANDED_BYTES,
        max_ratio=settings.MAX_COMPRESSION_RATIO,
    )


def is_unsafe_member_name(member: str) -> bool:
    """Return whether a zip member's name climbs out of the archive or is absolute."""
    parts = member.replace("\\", "/").split("/")
    return member.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]


def check_zip_archive(path: Path, infos: list[zipfile.ZipInfo], limits: InputLimits) -> None:
    """Raise InputFormatError naming the archive when it expands too far in all.

    zipfile reads no member past the size the archive declares for it, so the declared sizes
    bound what reading the members can take.
    """
    check_expansion(
        str(path),
        sum(info.compress_size for info in infos),
        sum(info.file_size for info in infos),
        limits,
    )


def iter_zip_members(
    path: Path, limits: InputLimits | None = None
) -> Iterator[InputFile | tuple[str, str]]:
    """Yield the regular files inside a zip archive, in name order, or (name, error) for a
    member refused: a name with '..' or an absolute path, or one that expands too far."""
    limits = limits or input_limits()
    with zipfile.ZipFile(path) as archive:
        infos = sorted(
            (info for info in archive.infolist() if not info.is_dir()),
            key=lambda info: info.filename,
        )
    try:
        check_zip_archive(path, infos, limits)
    except InputFormatError as error:
        yield str(path), str(error).removeprefix(f"{path}: ")
        return
    for info in infos:
        member = info.filename
        name = f"{path}:{member}"
        if is_unsafe_member_name(member):
            yield name, "refused: the member's name leaves the archive ('..' or an absolute path)"
            continue
        if Path(member.replace("\\", "/")).name.startswith("."):
            continue
        try:
            check_file_size(name, info.file_size, limits)
            check_expansion(name, info.compress_size, info.file_size, limits)
        except InputFormatError as error:
            yield name, str(error).removeprefix(f"{name}: ")
            continue

        def read(member: str = member) -> bytes:
            with zipfile.ZipFile(path) as archive:
                return archive.read(member)

        yield InputFile(name, read, info.file_size)


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
        elif path.stat().st_size > settings.MAX_FILE_BYTES:
            yield (
                str(path),
                (
                    f"too large ({path.stat().st_size:,} bytes; the limit is"
                    f" {settings.MAX_FILE_BYTES:,}, TUGAN_MAX_FILE_BYTES)"
                ),
            )
        else:
            yield InputFile(str(path), path.read_bytes, path.stat().st_size)


def count_known_documents(digest: str) -> int:
    """Return how many documents of the file with this sha256 are stored (0: a new file)."""
    # For speed: a bulk import asks this twice a file; the ORM took longer than the query.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {Source._meta.db_table} WHERE sha256 = %s", [digest])
        count: int = cursor.fetchone()[0]
        return count


def store_source(
    document: ParsedDocument,
    digest: str,
    data: bytes,
    name: str,
    by: AnyUser | None = None,
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
    for step in followups.after_source_stored:
        step(source, prepared.search_title, prepared.search_text)
    if copies is not None:
        copies.add(source)
    return source


def import_file(
    name: str,
    data: bytes,
    by: AnyUser | None = None,
    extract: bool = True,
    copies: SourceCopies | None = None,
    prepared: list[PreparedDocument] | None = None,
    digest: str | None = None,
) -> tuple[list[Source], int]:
    """Store every document of one file, with suggested facts unless told, all or nothing:
    in one transaction, or in a savepoint when called inside one (a batch of import_paths).

    Returns (new sources, documents already known): a file seen before adds nothing.
    Raises InputFormatError when the file is in no supported format or is broken.
    digest is data's sha256, when computed already.
    """
    digest = digest or hashlib.sha256(data).hexdigest()
    known = count_known_documents(digest)
    if known:
        # Restores raw bytes lost since (stored without fsync, then a power cut).
        store_raw_bytes(settings.BLOB_DIR, data, durable=False, digest=digest)
        return [], known
    documents = prepared if prepared is not None else prepare_file(name, data, input_limits())
    store_raw_bytes(settings.BLOB_DIR, data, durable=False, digest=digest)
    copies = copies if copies is not None else SourceCopies()
    try:
        with transaction.atomic():
            sources = []
            for document in documents:
                source = store_source(
                    document.document, digest, data, name, by, copies, prepared=document
                )
                if extract:
                    for suggest in followups.suggest_facts_steps:
                        suggest(source, by=by)
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


def take_batch(files: Iterator[ItemT]) -> Iterator[ItemT]:
    """Yield from files until BATCH_FILES have been yielded or BATCH_SECONDS have passed."""
    started = time.monotonic()
    for count, item in enumerate(files, start=1):
        yield item
        if count >= BATCH_FILES or time.monotonic() - started >= BATCH_SECONDS:
            return


def describe_problem(name: str, error: Exception) -> str:
    """Return, in one line, why a file was not stored."""
    if isinstance(error, InputFormatError):
        return str(error).removeprefix(f"{name}: ")
    if isinstance(error, OSError):
        return f"cannot be read: {error.strerror or error}"
    # Its savepoint or transaction was rolled back; nothing of this file is stored.
    return f"could not be stored: {error}"


def import_paths(
    paths: list[Path],
    by: AnyUser | None = None,
    on_error: Callable[[str, str], None] | None = None,
    extract: bool = True,
    progress: Callable[[list[InputFile | Refusal]], FileList] | None = None,
) -> ImportOutcome:
    """Import every file under paths, in batches; bad files are reported and skipped, the
    rest go on (the module's docstring says how).

    progress, if given, wraps the list of files (a progress bar) and is iterated instead.
    """
    outcome = ImportOutcome()
    copies = SourceCopies()
    items = list(iter_input_files(paths))
    wrapped: FileList = progress(items) if progress is not None else items

    def is_known(digest: str) -> bool:
        return count_known_documents(digest) > 0

    def reject(name: str, problem: str) -> None:
        outcome.rejected.append((name, problem))
        if on_error is not None:
            on_error(name, problem)

    def store(item: FileToStore) -> tuple[list[Source], int] | None:
        try:
            if item.error is not None:
                raise item.error
            return import_file(
                item.name,
                item.data,
                by=by,
                extract=extract,
                copies=copies,
                prepared=item.prepared,
                digest=item.sha256,
            )
        except (InputFormatError, OSError, DatabaseError) as error:
            reject(item.name, describe_problem(item.name, error))
            return None

    files = prepare_files(wrapped, is_known, input_limits(), settings.MAX_PARSE_MEMORY_BYTES)
    while True:
        taken = 0
        stored: list[tuple[FileToStore, tuple[list[Source], int]]] = []
        is_committing = False
        try:
            with transaction.atomic():
                for item in take_batch(files):
                    taken += 1
                    if isinstance(item, tuple):
                        reject(*item)
                    elif (result := store(item)) is not None:
                        stored.append((item, result))
                is_committing = True
        except DatabaseError:
            if not is_committing:
                raise
            # Nothing of the batch is stored: each file goes again in its own transaction.
            copies.forget_unsaved()
            stored = [(item, result) for item, _ in stored if (result := store(item)) is not None]
        for _, (sources, known) in stored:
            outcome.add_new(sources)
            outcome.known += known
        if not taken:
            break
    flush_raw_bytes()
    for step in followups.after_import:
        step(outcome.new_count)
    return outcome
