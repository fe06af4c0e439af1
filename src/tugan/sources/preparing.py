"""The work of importing a file that needs no database, done in worker processes for speed.

Parsing a report, its MinHash signature and its folded search text take about as long as
storing it. A bulk import hands them to other processes, one fewer than the machine has
cores, and stores the results in the order of the files (tugan.sources.importing says
how). Files are read, and known files skipped, in the importing process.
"""

import contextlib
import ctypes
import hashlib
import multiprocessing
import os
import resource
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol, TypeAlias, TypeGuard

from tugan.core.formats import InputFormatError, ParsedDocument, parse_input_file
from tugan.core.formats.limits import DEFAULT_LIMITS, InputLimits
from tugan.core.near_duplicates import minhash_signature
from tugan.core.scripts import HANS, HANT, detect_script
from tugan.core.search_text import index_text

LANGUAGE_BY_SCRIPT = {HANS: "zh-Hans", HANT: "zh-Hant"}
# For speed: the script of a report's first characters is its script; detecting it over a
# whole 2,000-character report took longer than parsing the report.
SCRIPT_SAMPLE = 300
# Fewer files than this are prepared in the importing process: starting workers costs more.
PARALLEL_FROM = 64
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# A file this large is parsed in a worker process with a memory budget, even alone.
PARSE_IN_WORKER_FROM = 4 * 1024 * 1024
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


def prepare_file(
    name: str, data: bytes, limits: InputLimits = DEFAULT_LIMITS
) -> list[PreparedDocument]:
    """Return the prepared documents of a file; raises InputFormatError for a bad file."""
    return [prepare_document(document) for document in parse_input_file(name, data, limits)]


def _prepare_in_worker(
    task: tuple[str, bytes, InputLimits],
) -> list[PreparedDocument] | InputFormatError:
    name = task[0]
    try:
        return prepare_file(*task)
    except InputFormatError as error:
        return error
    except MemoryError:
        return InputFormatError(
            f"{name}: parsing it needed more memory than one file may use"
            " (TUGAN_MAX_PARSE_MEMORY_BYTES)"
        )


def current_data_bytes() -> int:
    """Return this process's private data size (VmData), or 0 where /proc cannot tell."""
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def start_worker(memory_budget: int) -> None:
    """Set up a worker process: it dies with the importing process, within a memory budget."""
    die_with_parent()
    limit_worker_memory(memory_budget)


def die_with_parent() -> None:
    """Have Linux kill this process when its parent dies (an import killed with SIGKILL
    would otherwise leave its workers waiting for tasks forever)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def limit_worker_memory(budget: int) -> None:
    """Let this worker process grow its data by at most budget bytes: past it, an allocation
    fails with MemoryError and only the file being parsed is rejected."""
    if budget <= 0:
        return
    # RLIMIT_DATA counts the heap and private mappings since Linux 4.7; the fork inherited
    # the importing process's, so the budget is added to what the worker already holds.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(
            resource.RLIMIT_DATA, (current_data_bytes() + budget, resource.RLIM_INFINITY)
        )


# What a worker hands back for each file of a task: its documents, or why it was refused.
PreparedResults: TypeAlias = list[list[PreparedDocument] | InputFormatError]


class FileToRead(Protocol):
    """A file to import: a name to show, and its bytes when read."""

    @property
    def name(self) -> str: ...

    @property
    def read(self) -> Callable[[], bytes]: ...


# A file refused before it was read: (name, why).
Refusal: TypeAlias = tuple[str, str]


class FileList(Protocol):
    """The files to prepare: a list, or a progress bar wrapping one (it knows its length)."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[FileToRead | Refusal]: ...


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


def read_file(item: FileToRead, is_known: Callable[[str], bool]) -> FileToStore:
    """Return a file read, and whether its sha256 is known; a read error is kept, not raised."""
    try:
        data = item.read()
    except OSError as error:
        return FileToStore(item.name, error=error)
    # For speed: the digest is computed here once; storing the file uses it again.
    digest = hashlib.sha256(data).hexdigest()
    return FileToStore(item.name, data, digest, is_known(digest))


def prepare_files(
    items: FileList,
    is_known: Callable[[str], bool],
    limits: InputLimits = DEFAULT_LIMITS,
    memory_budget: int = 0,
) -> Iterator[FileToStore | Refusal]:
    """Yield each item prepared, in order: a file (.name, .read()) as a FileToStore; anything
    else (an error tuple) as it is. Known files are not parsed.

    Where processes can be forked, worker processes parse them when there are many, or when
    one is large and there is a memory budget; each worker may then grow by memory_budget
    bytes. Small files are parsed in this process: their size limits bound their memory.
    """
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    has_large_file = memory_budget > 0 and any(
        getattr(item, "size", 0) >= PARSE_IN_WORKER_FROM for item in items
    )
    use_workers = can_fork and (len(items) >= PARALLEL_FROM or has_large_file)
    if not use_workers:
        for item in items:
            if isinstance(item, tuple):
                yield item
                continue
            prepared = read_file(item, is_known)
            if not prepared.is_known and prepared.error is None:
                try:
                    prepared.prepared = prepare_file(prepared.name, prepared.data, limits)
                except InputFormatError as error:
                    prepared.error = error
            yield prepared
        return
    workers = WorkerProcesses(worker_count() if len(items) >= PARALLEL_FROM else 1, memory_budget)
    try:
        pending: deque[tuple[list[FileToStore | Refusal], Future[PreparedResults] | None]]
        pending = deque()
        for files in _in_groups(items, FILES_PER_TASK):
            group = [
                item if isinstance(item, tuple) else read_file(item, is_known) for item in files
            ]
            to_prepare = [item for item in group if _needs_preparing(item)]
            task = None
            if to_prepare:
                task = workers.submit([(item.name, item.data, limits) for item in to_prepare])
            pending.append((group, task))
            while len(pending) * FILES_PER_TASK > workers.count * AHEAD_PER_WORKER:
                yield from _finish(*pending.popleft(), workers, limits)
        while pending:
            yield from _finish(*pending.popleft(), workers, limits)
    finally:
        workers.shutdown()


class WorkerProcesses:
    """Forked processes that parse files; when one dies (out of memory, a crash in a C
    library), its files are parsed again one by one so only the file that kills it is lost."""

    def __init__(self, count: int, memory_budget: int) -> None:
        self.count = count
        self.memory_budget = memory_budget
        self.executor = self._start(count)

    def _start(self, count: int) -> ProcessPoolExecutor:
        # fork: the workers need no set-up, and never use the parent's database connection.
        return ProcessPoolExecutor(
            count,
            mp_context=multiprocessing.get_context("fork"),
            initializer=start_worker,
            initargs=(self.memory_budget,),
        )

    def submit(self, tasks: list[tuple[str, bytes, InputLimits]]) -> Future[PreparedResults]:
        """Start parsing tasks; return the future list of results."""
        try:
            return self.executor.submit(_prepare_all_in_worker, tasks)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False)
            self.executor = self._start(self.count)
            return self.executor.submit(_prepare_all_in_worker, tasks)

    def prepare_alone(
        self, task: tuple[str, bytes, InputLimits]
    ) -> list[PreparedDocument] | InputFormatError:
        """Return one file's result parsed in a process of its own, or an error if it died."""
        with self._start(1) as alone:
            try:
                return alone.submit(_prepare_in_worker, task).result()
            except (BrokenProcessPool, MemoryError):
                return InputFormatError(
                    f"{task[0]}: parsing it needed more memory than one file may use"
                    " (TUGAN_MAX_PARSE_MEMORY_BYTES), or crashed the parser"
                )

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_groups(items: FileList, size: int) -> Iterator[list[FileToRead | Refusal]]:
    group: list[FileToRead | Refusal] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def _needs_preparing(item: FileToStore | Refusal) -> TypeGuard[FileToStore]:
    return isinstance(item, FileToStore) and not item.is_known and item.error is None


def _prepare_all_in_worker(tasks: list[tuple[str, bytes, InputLimits]]) -> PreparedResults:
    return [_prepare_in_worker(task) for task in tasks]


def _finish(
    group: list[FileToStore | Refusal],
    task: "Future[PreparedResults] | None",
    workers: WorkerProcesses,
    limits: InputLimits,
) -> Iterator[FileToStore | Refusal]:
    try:
        results = iter(task.result() if task is not None else [])
    except (BrokenProcessPool, MemoryError):
        # A worker died, or could not hand back its results: each file again, alone.
        results = iter(
            [
                workers.prepare_alone((item.name, item.data, limits))
                for item in group
                if _needs_preparing(item)
            ]
        )
    for item in group:
        if _needs_preparing(item):
            result = next(results)
            if isinstance(result, InputFormatError):
                item.error = result
            else:
                item.prepared = result
        yield item
