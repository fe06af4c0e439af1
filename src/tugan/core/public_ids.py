"""Public ids (TG-000123, SRC-000045): the one definition of how records are numbered.

Numbers have at least six digits; the millionth person and after get more (TG-1000000).
"""

import re

PERSON_ID_PREFIX = "TG-"
SOURCE_ID_PREFIX = "SRC-"
# The digits of an id, as a regular expression (also used by URL path converters).
ID_DIGITS = r"\d{6,}"
PERSON_ID = re.compile(rf"{PERSON_ID_PREFIX}{ID_DIGITS}")
SOURCE_ID = re.compile(rf"{SOURCE_ID_PREFIX}{ID_DIGITS}")


def format_public_id(prefix: str, number: int) -> str:
    """Return the public id of row number `number`: format_public_id("TG-", 7) is "TG-000007"."""
    return f"{prefix}{number:06d}"


def is_person_id(text: str) -> bool:
    """Return whether text is a person's public id, such as TG-000123 or TG-1000000."""
    return PERSON_ID.fullmatch(text) is not None
