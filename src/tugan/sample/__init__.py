"""The bundled fictional demo sample (see README.md in this folder)."""
