"""The search interface: what an index implementation does, and which one the database uses.

The index holds each source (title and text) and each written form of a person's name, as
tugan.core.search_text folds them. It answers one question, the newest matches of a query
below an id, with a relevance score; reading.py ranks, checks access and filters.
"""

from dataclasses import dataclass
from typing import Protocol

from django.db import connection

# Matches ranked together. A query that matches more (a common character in 100,000 reports)
# is ranked one window at a time, newest window first: scoring every match would take seconds.
RANK_WINDOW = 1000


@dataclass(frozen=True)
class MatchWindow:
    scores: dict[int, float]  # id -> relevance, higher is better
    next_before: int | None  # the id to continue below, None when no older match remains


class SearchBackend(Protocol):
    def write_source(self, source_id: int, title: str, text: str) -> None:
        """Index a source's folded title and text (once; a second call changes nothing)."""

    def write_name(self, name_id: int, text: str) -> None:
        """Index one folded written form of a person's name, replacing an earlier form."""

    def remove_names(self, name_ids: list[int]) -> None:
        """Remove these written forms of names from the index (their records were removed)."""

    def clear(self) -> None:
        """Remove everything from the index."""

    def optimize(self) -> None:
        """Reorganise the index for fast queries after many additions."""

    def match_sources(
        self, phrases: list[list[str]], before: int | None, window: int
    ) -> MatchWindow:
        """Return the newest `window` sources below id `before` that contain every phrase."""

    def match_names(self, phrases: list[list[str]], before: int | None, window: int) -> MatchWindow:
        """Return the newest `window` person names below id `before` containing every phrase."""


def get_search_backend() -> SearchBackend:
    """Return the index implementation of the database in use."""
    if connection.vendor == "postgresql":
        from tugan.search.postgres import PostgresSearch

        return PostgresSearch()
    from tugan.search.sqlite import SqliteSearch

    return SqliteSearch()
