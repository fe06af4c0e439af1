"""The work of importing a file that needs no database, done in worker processes for speed.

Parsing a report, its MinHash signature and its folded search text take about as long as
storing it. A bulk import hands them to other processes, one fewer than the machine has
cores, and stores the results in the order of the files (tugan.sources.importing says
how). Files are read, and known files skipped, in the importing process.
"""

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tugan.core.formats import InputFormatError, ParsedDocument, parse_input_file
from tugan.core.near_duplicates import minhash_signature
from tugan.core.scripts import HANS, HANT, detect_script
from tugan.core.search_text import index_text

LANGUAGE_BY_SCRIPT = {HANS: "zh-Hans", HANT: "zh-Hant"}
# For speed: the script of a report's first characters is its script; detecting it over a
# whole 2,000-character report took longer than parsing the report.
SCRIPT_SAMPLE = 300
# Fewer files than this are prepared in the importing process: starting workers costs more.
PARALLEL_FROM = 64
# For speed: a task per file cost the importing process almost as much CPU as parsing in it
# (each task and its result is handed between the pool's threads and processes, waking each).
FILES_PER_TASK = 16
# Files handed to the workers ahead of the one being stored, per worker: two tasks.
AHEAD_PER_WORKER = 2 * FILES_PER_TASK


@dataclass(frozen=True)
class PreparedDocument:
    document: ParsedDocument
    signature: bytes  # MinHash, tugan.core.near_duplicates
    language: str
    search_title: str  # folded for the search index, tugan.core.search_text
    search_text: str


def prepare_document(document: ParsedDocument) -> PreparedDocument:
    """Return a parsed document with its signature, language and search text computed."""
    text = document.text.text
    return PreparedDocument(
        document=document,
        signature=minhash_signature(text),
        language=LANGUAGE_BY_SCRIPT.get(detect_script(text[:SCRIPT_SAMPLE]), ""),
        search_title=index_text(document.title),
        search_text=index_text(text),
    )


def prepare_file(name: str, data: bytes) -> list[PreparedDocument]:
    """Return the prepared documents of a file; raises InputFormatError for a bad file."""
    return [prepare_document(document) for document in parse_input_file(name, data)]


def _prepare_in_worker(task: tuple[str, bytes]) -> list[PreparedDocument] | InputFormatError:
    try:
        return prepare_file(*task)
    except InputFormatError as error:
        return error


@dataclass
class FileToStore:
    name: str
    data: bytes = b""
    sha256: str = ""
    is_known: bool = False  # stored before: nothing to prepare
    prepared: list[PreparedDocument] | None = None
    error: InputFormatError | OSError | None = None


def worker_count() -> int:
    """Return how many worker processes prepare files: one fewer than the cores, at least 1."""
    return max(1, (os.cpu_count() or 1) - 1)


def read_file(item, is_known: Callable[[str], bool]) -> FileToStore:
    """Return a file read, and whether its sha256 is known; a read error is kept, not raised."""
    try:
        data = item.read()
    except OSError as error:
        return FileToStore(item.name, error=error)
    # For speed: the digest is computed here once; storing the file uses it again.
    digest = hashlib.sha256(data).hexdigest()
    return FileToStore(item.name, data, digest, is_known(digest))


def prepare_files(items: list, is_known: Callable[[str], bool]) -> Iterator:
    """Yield each item prepared, in order: a file (.name, .read()) as a FileToStore; anything
    else (an error tuple) as it is. Known files are not parsed.

    With many files, where processes can be forked, worker processes parse them.
    """
    use_workers = (
        len(items) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods()
    )
    if not use_workers:
        for item in items:
            if isinstance(item, tuple):
                yield item
                continue
            prepared = read_file(item, is_known)
            if not prepared.is_known and prepared.error is None:
                try:
                    prepared.prepared = prepare_file(prepared.name, prepared.data)
                except InputFormatError as error:
                    prepared.error = error
            yield prepared
        return
    workers = worker_count()
    # fork: the workers need no set-up, and never use the parent's database connection.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[tuple[list, object]] = deque()
        for group in _in_groups(items, FILES_PER_TASK):
            group = [
                item if isinstance(item, tuple) else read_file(item, is_known) for item in group
            ]
            to_prepare = [item for item in group if _needs_preparing(item)]
            task = None
            if to_prepare:
                tasks = [(item.name, item.data) for item in to_prepare]
                task = pool.apply_async(_prepare_all_in_worker, (tasks,))
            pending.append((group, task))
            while len(pending) * FILES_PER_TASK > workers * AHEAD_PER_WORKER:
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())


def _in_groups(items, size: int) -> Iterator[list]:
    group = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def _needs_preparing(item) -> bool:
    return isinstance(item, FileToStore) and not item.is_known and item.error is None


def _prepare_all_in_worker(
    tasks: list[tuple[str, bytes]],
) -> list[list[PreparedDocument] | InputFormatError]:
    return [_prepare_in_worker(task) for task in tasks]


def _finish(group: list, task) -> Iterator:
    results = iter(task.get() if task is not None else [])
    for item in group:
        if _needs_preparing(item):
            result = next(results)
            if isinstance(result, InputFormatError):
                item.error = result
            else:
                item.prepared = result
        yield item
