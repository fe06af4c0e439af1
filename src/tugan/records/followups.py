"""Work the upper apps do after a records operation; they register it here at start-up.

records sits below search and linkage (STYLE.md i), yet a new name must be indexed for
search and matched against other persons. Each of those apps adds its step in its
AppConfig.ready(), and the operation runs the steps in its own transaction, in the order
the apps are installed. No Django signals: a step here is called by the operation itself.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tugan.records.models import Person, PersonName

# Called with each new written name, once it is saved.
after_name_added: list[Callable[["PersonName"], None]] = []
# Called with a person given an identifier that can settle who they are (a resident ID).
after_person_identified: list[Callable[["Person"], object]] = []
