"""Search over sources and persons: one interface, implemented on SQLite FTS5 and PostgreSQL."""
