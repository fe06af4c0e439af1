"""Work the upper apps do as sources are imported; they register it here at start-up.

sources sits below search and review (STYLE.md i), yet a new source must be indexed for
search and, unless told otherwise, read for suggested facts. Each of those apps adds its step
in its AppConfig.ready(); the import calls the steps inside the file's own savepoint, so a
file is stored with its index entry and suggestions, or not at all. No Django signals.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tugan.sources.models import Source

# Called with each new source, its search title and search text (None: compute them).
after_source_stored: list[Callable[["Source", str | None, str | None], None]] = []
# Called with each new source, and by= the importing user, when the import extracts facts.
suggest_facts_steps: list[Callable[..., object]] = []
# Called once an import ends, with the number of sources it stored.
after_import: list[Callable[[int], None]] = []
