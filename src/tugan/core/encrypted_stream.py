"""An encrypted, authenticated file format for backups, written and read as a stream.

Layout: the magic bytes, a JSON header (format, key derivation and its parameters, salt,
cipher, nonce prefix, chunk size), then chunks of at most CHUNK_SIZE plaintext bytes, each
stored as a 4-byte big-endian length and its ChaCha20-Poly1305 ciphertext. The key is derived
from a passphrase by Argon2id (RFC 9106), memory-hard, so guessing passphrases is slow on any
hardware. Each chunk's nonce is the header's random prefix, the chunk's number and a flag
marking the last chunk (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár,
2015), and the whole header is authenticated with every chunk: a changed, removed, reordered
or appended chunk, a changed header, or a file cut short is detected. Only one chunk is in
memory at a time, whatever the size of what is stored.
"""

import json
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"TUGAN-BACKUP\x00\x01"
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
NONCE_PREFIX_SIZE = 7
MAX_HEADER_SIZE = 4096
# Argon2id at 256 MiB, 3 passes: about a second on a laptop core. RFC 9106's second
# recommended option is 64 MiB; a backup key is derived rarely, so more memory costs little.
ARGON2_MEMORY_KIB = 256 * 1024
ARGON2_TIME_COST = 3
ARGON2_PARALLELISM = 1
# A file may ask for at most this much, so a forged header cannot exhaust the machine.
ARGON2_MAX_MEMORY_KIB = 4 * 1024 * 1024
ARGON2_MAX_TIME_COST = 20


class BackupFileError(ValueError):
    """A backup file is not one, is damaged or altered, or the passphrase is wrong."""


def derive_key(passphrase: str, salt: bytes, memory_kib: int, time_cost: int, lanes: int) -> bytes:
    """Return the 32-byte key Argon2id derives from a passphrase and salt."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
    )


def _nonce(prefix: bytes, number: int, is_last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if is_last else 0)


class EncryptingWriter:
    """A write-only binary file that encrypts what is written to it into `output`."""

    def __init__(
        self,
        output: BinaryIO,
        passphrase: str,
        memory_kib: int | None = None,
        time_cost: int | None = None,
    ) -> None:
        memory_kib = memory_kib or ARGON2_MEMORY_KIB
        time_cost = time_cost or ARGON2_TIME_COST
        if not passphrase:
            raise ValueError("the passphrase is empty")
        salt = os.urandom(16)
        self._prefix = os.urandom(NONCE_PREFIX_SIZE)
        header = {
            "format": "tugan-backup",
            "version": 1,
            "kdf": "argon2id",
            "salt": salt.hex(),
            "memory_kib": memory_kib,
            "time_cost": time_cost,
            "parallelism": ARGON2_PARALLELISM,
            "cipher": "chacha20-poly1305",
            "nonce_prefix": self._prefix.hex(),
            "chunk_size": CHUNK_SIZE,
        }
        self._header = json.dumps(header, sort_keys=True).encode()
        key = derive_key(passphrase, salt, memory_kib, time_cost, ARGON2_PARALLELISM)
        self._cipher = ChaCha20Poly1305(key)
        self._output = output
        self._buffer = bytearray()
        self._number = 0
        self._closed = False
        output.write(MAGIC + struct.pack(">I", len(self._header)) + self._header)

    def write(self, data: bytes) -> int:
        """Take data to encrypt; return its length."""
        self._buffer.extend(data)
        # Keep at least one byte back: the last chunk must be written by close(), flagged.
        while len(self._buffer) > CHUNK_SIZE:
            self._write_chunk(bytes(self._buffer[:CHUNK_SIZE]), is_last=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def _write_chunk(self, plaintext: bytes, is_last: bool) -> None:
        nonce = _nonce(self._prefix, self._number, is_last)
        sealed = self._cipher.encrypt(nonce, plaintext, self._header)
        self._output.write(struct.pack(">I", len(sealed)) + sealed)
        self._number += 1

    def close(self) -> None:
        """Write the last chunk, marked as last."""
        if not self._closed:
            self._write_chunk(bytes(self._buffer), is_last=True)
            self._buffer.clear()
            self._closed = True

    def __enter__(self) -> "EncryptingWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.close()


def _read_exactly(source: BinaryIO, size: int, what: str) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise BackupFileError(f"the file is cut short: it ends inside {what}")
    return data


def _open_header(source: BinaryIO, passphrase: str) -> tuple[bytes, ChaCha20Poly1305, bytes]:
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupFileError("not a Tugan backup file (its first bytes are wrong)")
    (size,) = struct.unpack(">I", _read_exactly(source, 4, "its header"))
    if size > MAX_HEADER_SIZE:
        raise BackupFileError("the header is damaged (it claims to be too long)")
    header_bytes = _read_exactly(source, size, "its header")
    try:
        header = json.loads(header_bytes)
        salt = bytes.fromhex(header["salt"])
        prefix = bytes.fromhex(header["nonce_prefix"])
        memory_kib, time_cost = int(header["memory_kib"]), int(header["time_cost"])
        lanes = int(header["parallelism"])
        known = (header["kdf"], header["cipher"]) == ("argon2id", "chacha20-poly1305")
    except (ValueError, KeyError, TypeError):
        raise BackupFileError("the header is damaged (it cannot be read)") from None
    if not known or header.get("version") != 1:
        raise BackupFileError("the header names a format this Tugan does not know")
    if (
        not 8 * lanes <= memory_kib <= ARGON2_MAX_MEMORY_KIB
        or not 1 <= time_cost <= ARGON2_MAX_TIME_COST
        or not 1 <= lanes <= 16
        or len(prefix) != NONCE_PREFIX_SIZE
        or len(salt) < 16
    ):
        raise BackupFileError("the header is damaged (its key parameters are out of range)")
    key = derive_key(passphrase, salt, memory_kib, time_cost, lanes)
    return header_bytes, ChaCha20Poly1305(key), prefix


def iter_decrypted_chunks(source: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """Yield the plaintext of each chunk in order, each checked before it is yielded.

    Raises BackupFileError at the first chunk that does not authenticate (a wrong passphrase
    fails at the first), when the file is cut short, or when bytes follow the last chunk.
    """
    header, cipher, prefix = _open_header(source, passphrase)
    number = 0
    while True:
        length_bytes = source.read(4)
        if len(length_bytes) < 4:
            raise BackupFileError(
                "the file is cut short: its last part is missing"
                if not length_bytes
                else "the file is cut short: it ends inside a chunk's length"
            )
        (length,) = struct.unpack(">I", length_bytes)
        if not TAG_SIZE <= length <= CHUNK_SIZE + TAG_SIZE:
            raise BackupFileError(f"chunk {number} is damaged (its length is impossible)")
        sealed = _read_exactly(source, length, f"chunk {number}")
        plaintext = _open_chunk(cipher, prefix, number, sealed, header)
        if plaintext is None:
            if number == 0:
                raise BackupFileError(
                    "the passphrase is wrong, or the file was altered (its first part does not"
                    " authenticate)"
                )
            raise BackupFileError(
                f"the file was altered or damaged: chunk {number} does not authenticate"
            )
        data, was_last = plaintext
        yield data
        number += 1
        if was_last:
            if source.read(1):
                raise BackupFileError("the file was altered: bytes follow its last part")
            return


def _open_chunk(
    cipher: ChaCha20Poly1305, prefix: bytes, number: int, sealed: bytes, header: bytes
) -> tuple[bytes, bool] | None:
    # The last-chunk flag is part of the nonce: a chunk opens as one or the other, never both.
    for is_last in (False, True):
        try:
            return cipher.decrypt(_nonce(prefix, number, is_last), sealed, header), is_last
        except InvalidTag:
            continue
    return None


class DecryptingReader:
    """A read-only binary file of the plaintext, for tarfile's stream mode."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        """Return up to size bytes of plaintext (all that is left when size < 0)."""
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            data, self._buffer = self._buffer, b""
        else:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data
