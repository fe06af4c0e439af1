"""Create the search index tables: FTS5 on SQLite, tsvector with GIN on PostgreSQL.

Database-specific SQL lives here only (STYLE.md h). The tables have no foreign keys: reading
checks every match against the sources and names tables, and ids are never reused.
"""

from django.db import migrations

SQLITE_TABLES = [
    # Contentless: the text stays in sources_source; the index keeps words and positions only.
    "CREATE VIRTUAL TABLE search_source USING fts5(title, body, content='',"
    " tokenize='unicode61 remove_diacritics 2')",
    # For speed: each import commits one file, which writes a small segment; merging 16 at a
    # time instead of 4 halves the time an import spends in the index.
    "INSERT INTO search_source (search_source, rank) VALUES ('automerge', 16)",
    "CREATE VIRTUAL TABLE search_name USING fts5(name, tokenize='unicode61 remove_diacritics 2')",
]
POSTGRES_TABLES = [
    "CREATE TABLE search_source (source_id bigint PRIMARY KEY, document tsvector NOT NULL)",
    "CREATE INDEX search_source_document ON search_source USING gin (document)",
    "CREATE TABLE search_name (name_id bigint PRIMARY KEY, document tsvector NOT NULL)",
    "CREATE INDEX search_name_document ON search_name USING gin (document)",
]


def create_index(apps, schema_editor):
    connection = schema_editor.connection
    statements = SQLITE_TABLES if connection.vendor == "sqlite" else POSTGRES_TABLES
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    fill_index(apps, connection)


def fill_index(apps, connection):
    """Index the sources and names stored before search existed."""
    from tugan.core.search_text import index_text

    if connection.vendor == "sqlite":
        from tugan.search.sqlite import SqliteSearch as Backend
    else:
        from tugan.search.postgres import PostgresSearch as Backend
    backend = Backend()
    for source in apps.get_model("sources", "Source").objects.order_by("pk").iterator():
        backend.write_source(source.pk, index_text(source.title), index_text(source.text))
    for name in apps.get_model("records", "PersonName").objects.order_by("pk").iterator():
        backend.write_name(name.pk, index_text(name.text))


def drop_index(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for table in ("search_source", "search_name"):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_source_documents_per_raw_file"),
        ("records", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
