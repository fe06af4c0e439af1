"""Parsers for the input formats Tugan imports, one module per format."""


class InputFormatError(ValueError):
    """An input file is not in the format its parser expects; the message says why."""
