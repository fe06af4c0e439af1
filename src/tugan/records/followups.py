"""Work the upper apps do after a records operation; they register it here at start-up.

records sits below search and linkage (STYLE.md i), yet a new name must be indexed for
search and matched against other persons. Each of those apps adds its step in its
AppConfig.ready(), and the operation runs the steps in its own transaction, in the order
the apps are installed. No Django signals: a step here is called by the operation itself.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tugan.records.models import Person, PersonName

# Called with each new written name, once it is saved.
after_name_added: list[Callable[["PersonName"], None]] = []
# Called with a person given an identifier that can settle who they are (a resident ID).
after_person_identified: list[Callable[["Person"], object]] = []
# Called with the ids of persons, events and contact reports that were created, changed,
# moved or are about to be deleted, and of sources whose publication date, level or
# publication changed (they date the undated reports they cite), by every operation that
# does so (counts derived from them).
after_records_changed: list[Callable[..., None]] = []


# The ids gathered by an open `changes_gathered()` block of this thread, by keyword.
_gathered: ContextVar[dict[str, set[int]] | None] = ContextVar("gathered_changes", default=None)


def records_changed(
    persons: Iterable[int] = (),
    events: Iterable[int] = (),
    reports: Iterable[int] = (),
    sources: Iterable[int] = (),
) -> None:
    """Run the registered steps for these changed records (persons=, events=, reports=,
    sources= ids), or keep the ids for the end of an open `changes_gathered()` block."""
    changed = {"persons": persons, "events": events, "reports": reports, "sources": sources}
    gathered = _gathered.get()
    if gathered is not None:
        for keyword, ids in changed.items():
            gathered[keyword].update(ids)
        return
    lists = {keyword: list(ids) for keyword, ids in changed.items()}
    if not any(lists.values()):
        return
    for step in after_records_changed:
        step(**lists)


@contextmanager
def changes_gathered() -> Iterator[None]:
    """Run the steps once, when the block ends, for every record created or changed in it.

    For bulk creation (a person CSV of thousands of rows): the counts are then computed once
    rather than once per row. Use it inside the caller's transaction, so that the counts
    commit with the records, and not around deletions (a step reads a record before it goes).
    A block inside another adds to the outer one.
    """
    if _gathered.get() is not None:
        yield
        return
    gathered: dict[str, set[int]] = {
        "persons": set(),
        "events": set(),
        "reports": set(),
        "sources": set(),
    }
    token = _gathered.set(gathered)
    try:
        yield
    finally:
        _gathered.reset(token)
    records_changed(**gathered)
