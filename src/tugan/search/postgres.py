"""The search index on PostgreSQL: tsvector columns over text with each Han character a word.

Tables search_source and search_name (created by migration 0001) hold one tsvector per source
and per name form, with a GIN index; a query is a conjunction of phrase queries
(phraseto_tsquery), so one- and two-character Chinese queries match as longer ones do.
PostgreSQL records word positions up to 16,383: in a text longer than about 8,000 Han
characters, phrases are found in its first part only, words in all of it.
"""

from django.db import connection

from tugan.search.backend import MatchWindow

# A tsvector holds at most 1 MB; the folded text of a long document is cut to stay well below.
MAX_INDEXED_CHARACTERS = 200_000


def query_sql(phrases: list[list[str]]) -> tuple[str, list[str]]:
    """Return SQL for the tsquery requiring every phrase, and its parameters."""
    sql = " && ".join("phraseto_tsquery('simple', %s)" for _ in phrases)
    return f"({sql})", [" ".join(words) for words in phrases]


class PostgresSearch:
    def write_source(self, source_id: int, title: str, text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_source (source_id, document) VALUES (%s,"
                " setweight(to_tsvector('simple', %s), 'A')"
                " || setweight(to_tsvector('simple', %s), 'B'))"
                " ON CONFLICT (source_id) DO NOTHING",
                [source_id, title[:MAX_INDEXED_CHARACTERS], text[:MAX_INDEXED_CHARACTERS]],
            )

    def write_name(self, name_id: int, text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_name (name_id, document) VALUES (%s, to_tsvector('simple', %s))"
                " ON CONFLICT (name_id) DO UPDATE SET document = EXCLUDED.document",
                [name_id, text],
            )

    def remove_names(self, name_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_name WHERE name_id = ANY(%s)", [list(name_ids)])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_source")
            cursor.execute("DELETE FROM search_name")

    def optimize(self) -> None:
        # GIN indexes merge their pending lists on their own; after a bulk import the planner
        # needs fresh statistics to choose them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_source, search_name")

    def match_sources(
        self, phrases: list[list[str]], before: int | None, window: int
    ) -> MatchWindow:
        return self._match("search_source", "source_id", phrases, before, window)

    def match_names(self, phrases: list[list[str]], before: int | None, window: int) -> MatchWindow:
        return self._match("search_name", "name_id", phrases, before, window)

    def _match(
        self, table: str, key: str, phrases: list[list[str]], before: int | None, window: int
    ) -> MatchWindow:
        tsquery, parameters = query_sql(phrases)
        below = "" if before is None else f" AND {key} < {int(before)}"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {key} FROM {table} WHERE document @@ {tsquery}{below}"
                f" ORDER BY {key} DESC OFFSET {int(window) - 1} LIMIT 1",
                parameters,
            )
            row = cursor.fetchone()
            cut = row[0] if row else None
            within = "" if cut is None else f" AND {key} >= {int(cut)}"
            cursor.execute(
                f"SELECT {key}, ts_rank(document, {tsquery}) FROM {table}"
                f" WHERE document @@ {tsquery}{below}{within}",
                parameters + parameters,
            )
            scores = dict(cursor.fetchall())
        return MatchWindow(scores=scores, next_before=cut)
