"""Encrypted backups of a whole installation, and their restore (docs/backup.md)."""
