"""Work the upper apps do after a record's fields are changed; they register it at start-up.

audit sits below every app whose records it changes (change_record serves the admin, the
person edit page and reverts), yet a changed person or event must be counted again by the
monitor. Each such app adds its step in its AppConfig.ready(); change_record calls the
steps in its own transaction. No Django signals.
"""

from collections.abc import Callable
from typing import Any

# Called with each record whose stored fields a change_record or revert_change changed.
after_record_changed: list[Callable[[Any], None]] = []
