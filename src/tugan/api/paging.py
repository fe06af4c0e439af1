"""Cursor pagination: each page ends with an opaque cursor for the next one (keyset on id).

A cursor stays valid while records are added or removed, unlike a page number.
"""

import base64
import binascii
from typing import TypeVar

from django.db.models import Model, QuerySet
from ninja.errors import ValidationError

ModelT = TypeVar("ModelT", bound=Model)

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
CURSOR_PREFIX = "after:"


def encode_cursor(pk: int) -> str:
    """Return the cursor of the page that starts after the record with this key."""
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{pk}".encode()).decode("ascii")


def decode_cursor(cursor: str | None) -> int:
    """Return the key a cursor starts after (0 for none); a 422 naming `cursor` if it is bad."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
        if not text.startswith(CURSOR_PREFIX):
            raise ValueError(text)
        pk = int(text.removeprefix(CURSOR_PREFIX))
        if pk < 0:
            raise ValueError(text)
    except (ValueError, UnicodeError, binascii.Error):
        raise ValidationError(
            [
                {
                    "loc": ["query", "cursor"],
                    "msg": "not a cursor this API gave",
                    "type": "value_error",
                }
            ]
        ) from None
    return pk


def page_of(
    queryset: QuerySet[ModelT], cursor: str | None, limit: int
) -> tuple[list[ModelT], str | None]:
    """Return the records after the cursor (at most limit) and the next page's cursor."""
    after = decode_cursor(cursor)
    rows = list(queryset.filter(pk__gt=after).order_by("pk")[: limit + 1])
    next_cursor = encode_cursor(rows[limit - 1].pk) if len(rows) > limit else None
    return rows[:limit], next_cursor
