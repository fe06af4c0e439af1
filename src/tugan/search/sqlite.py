"""The search index on SQLite: two FTS5 tables (created by migration 0001).

search_source holds no copy of the text (contentless, content=''): snippets are cut from
Source.text. search_name keeps its short texts so that a name form can be replaced.
Each Han character is a word of its own, so a query is a phrase of one-character words:
that answers one- and two-character queries too, and needs no LIKE, whose use of an FTS5
trigram index gives wrong results before SQLite 3.42.
"""

from django.db import connection

from tugan.search.backend import MatchWindow

# bm25 column weights: a match in a source's title counts four times one in its text.
TITLE_WEIGHT, TEXT_WEIGHT = 4.0, 1.0
# Ids divided by this stay below 1: newer breaks ties without outweighing a title match.
NEWEST_ID_SCALE = 2.0**53


def match_expression(phrases: list[list[str]]) -> str:
    """Return an FTS5 query requiring every phrase ("哈 萨 克" AND "nurlan").

    Words come from tugan.core.search_text.query_words: letters and digits only, so they
    need no quoting beyond the phrase's double quotes.
    """
    return " AND ".join('"' + " ".join(words) + '"' for words in phrases)


class SqliteSearch:
    def write_source(self, source_id: int, title: str, text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM search_source_docsize WHERE id = %s", [source_id])
            if cursor.fetchone() is None:
                cursor.execute(
                    "INSERT INTO search_source (rowid, title, body) VALUES (%s, %s, %s)",
                    [source_id, title, text],
                )

    def write_name(self, name_id: int, text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_name WHERE rowid = %s", [name_id])
            cursor.execute("INSERT INTO search_name (rowid, name) VALUES (%s, %s)", [name_id, text])

    def remove_names(self, name_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            for name_id in name_ids:
                cursor.execute("DELETE FROM search_name WHERE rowid = %s", [name_id])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_source (search_source) VALUES ('delete-all')")
            cursor.execute("DELETE FROM search_name")

    def optimize(self) -> None:
        # Each committed file left a small segment; merging them into one makes a phrase
        # query over 100,000 reports about a third faster, for about 10 s of work.
        with connection.cursor() as cursor:
            for table in ("search_source", "search_name"):
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def match_sources(
        self, phrases: list[list[str]], before: int | None, window: int
    ) -> MatchWindow:
        weights = f"{TITLE_WEIGHT}, {TEXT_WEIGHT}"
        return self._match("search_source", weights, phrases, before, window)

    def match_names(self, phrases: list[list[str]], before: int | None, window: int) -> MatchWindow:
        return self._match("search_name", "1.0", phrases, before, window)

    def _match(
        self, table: str, weights: str, phrases: list[list[str]], before: int | None, window: int
    ) -> MatchWindow:
        expression = match_expression(phrases)
        below = "" if before is None else f" AND rowid < {int(before)}"
        with connection.cursor() as cursor:
            # FTS5 walks matches newest first and stops after the window (and one more, to
            # know whether older matches remain).
            cursor.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH %s{below}"
                f" ORDER BY rowid DESC LIMIT {int(window) + 1}",
                [expression],
            )
            ids = [row[0] for row in cursor.fetchall()]
            if before is None and len(ids) <= window:
                # Few matches: rank them all by BM25 (lower is better, so negated).
                cursor.execute(
                    f"SELECT rowid, -bm25({table}, {weights}) FROM {table} WHERE {table} MATCH %s",
                    [expression],
                )
                return MatchWindow(scores=dict(cursor.fetchall()), next_before=None)
            # Many matches: BM25 would first count every match of each phrase (its inverse
            # document frequency), seconds for a common character in 100,000 reports. A match
            # in the title ranks first instead, then the newer.
            ids, more = ids[:window], len(ids) > window
            scores = {pk: pk / NEWEST_ID_SCALE for pk in ids}
            if table == "search_source" and ids:
                cursor.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH %s"
                    f" AND rowid >= {int(ids[-1])}{below}",
                    [f"{{title}} : ({expression})"],
                )
                for (pk,) in cursor.fetchall():
                    scores[pk] += 1.0
        return MatchWindow(scores=scores, next_before=ids[-1] if more else None)
