"""Work the upper apps do after a records operation; they register it here at start-up.

records sits below search and linkage (STYLE.md i), yet a new name must be indexed for
search and matched against other persons. Each of those apps adds its step in its
AppConfig.ready(), and the operation runs the steps in its own transaction, in the order
the apps are installed. No Django signals: a step here is called by the operation itself.
"""

from collections.abc import Callable, Iterable
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


def records_changed(
    persons: Iterable[int] = (),
    events: Iterable[int] = (),
    reports: Iterable[int] = (),
    sources: Iterable[int] = (),
) -> None:
    """Run the registered steps for these changed records (persons=, events=, reports=,
    sources= ids)."""
    persons, events, reports = list(persons), list(events), list(reports)
    sources = list(sources)
    if not (persons or events or reports or sources):
        return
    for step in after_records_changed:
        step(persons=persons, events=events, reports=reports, sources=sources)
