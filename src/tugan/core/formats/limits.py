"""Limits on what one input file may make Tugan read, expand and hold in memory.

A hostile zip or gzip file can expand a thousandfold (a 1.26 MB zip once expanded to 14 GB),
and a very large file can keep a parser busy for minutes. The callers pass the limits from
their settings; the defaults here are the safe ones settings.py also uses.
"""

import zlib
from dataclasses import dataclass

from tugan.core.formats import InputFormatError

MB = 1024 * 1024


@dataclass(frozen=True)
class InputLimits:
    max_file_bytes: int = 50 * MB  # one file as read, or one zip member once expanded
    max_expanded_bytes: int = 2048 * MB  # a gzip stream, or all members of one zip, expanded
    max_ratio: int = 100  # expanded size over compressed size, per zip member or gzip stream


DEFAULT_LIMITS = InputLimits()
# Ratios are not checked below this expanded size: small text compresses well, harmlessly.
RATIO_CHECKED_FROM = 1 * MB


def check_file_size(name: str, size: int, limits: InputLimits) -> None:
    """Raise InputFormatError naming the file when it is larger than one file may be."""
    if size > limits.max_file_bytes:
        raise InputFormatError(
            f"{name}: too large ({size:,} bytes; the limit is {limits.max_file_bytes:,},"
            " TUGAN_MAX_FILE_BYTES)"
        )


def check_expansion(name: str, compressed: int, expanded: int, limits: InputLimits) -> None:
    """Raise InputFormatError naming the file when compressed data expands too far."""
    if expanded > limits.max_expanded_bytes:
        raise InputFormatError(
            f"{name}: expands to more than {limits.max_expanded_bytes:,} bytes"
            " (TUGAN_MAX_EXPANDED_BYTES)"
        )
    if expanded >= RATIO_CHECKED_FROM and expanded > limits.max_ratio * max(compressed, 1):
        raise InputFormatError(
            f"{name}: expands more than {limits.max_ratio} times ({compressed:,} bytes to at"
            f" least {expanded:,}; TUGAN_MAX_COMPRESSION_RATIO): refused as a likely zip bomb"
        )


def gunzip_within_limits(name: str, data: bytes, limits: InputLimits = DEFAULT_LIMITS) -> bytes:
    """Return gzip data (one member or several) expanded, never past the limits.

    Raises InputFormatError naming the file when the data is broken or expands too far.
    """
    # Expanded at most this much at a time, so a bomb is stopped after one step past the limit.
    step = 1 * MB
    allowed = min(limits.max_expanded_bytes, limits.max_file_bytes)
    parts: list[bytes] = []
    expanded = 0
    remaining = data
    try:
        while remaining:
            stream = zlib.decompressobj(wbits=31)
            pending = remaining
            while True:
                chunk = stream.decompress(pending, step)
                parts.append(chunk)
                expanded += len(chunk)
                check_expansion(name, len(data), expanded, limits)
                if expanded > allowed:
                    check_file_size(name, expanded, limits)
                if stream.eof:
                    remaining = stream.unused_data.lstrip(b"\x00")
                    break
                pending = stream.unconsumed_tail
                if not pending and not chunk:
                    raise InputFormatError(
                        f"{name}: truncated or broken gzip data (it stops short)"
                    )
    except zlib.error as error:
        raise InputFormatError(f"{name}: truncated or broken gzip data ({error})") from None
    return b"".join(parts)
