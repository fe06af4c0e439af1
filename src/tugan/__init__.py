"""Tugan: sourced documentation of separated families."""

__version__ = "0.1.0"
