"""The encrypted backup format: what goes in comes out, and any change is refused."""

import io

import pytest

from tugan.core import encrypted_stream
from tugan.core.encrypted_stream import (
    CHUNK_SIZE,
    BackupFileError,
    EncryptingWriter,
    iter_decrypted_chunks,
)

# For speed: the smallest Argon2id cost; the format stores it, so reading needs no change.
FAST = {"memory_kib": 8, "time_cost": 1}


def encrypt(data: bytes, passphrase: str = "fictional passphrase") -> bytes:
    output = io.BytesIO()
    with EncryptingWriter(output, passphrase, **FAST) as writer:
        for start in range(0, len(data), 100_000):
            writer.write(data[start : start + 100_000])
    return output.getvalue()


def decrypt(sealed: bytes, passphrase: str = "fictional passphrase") -> bytes:
    return b"".join(iter_decrypted_chunks(io.BytesIO(sealed), passphrase))


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE - 7])
def test_what_is_written_is_read_back(size):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    assert decrypt(encrypt(data)) == data


def test_a_wrong_passphrase_is_refused():
    with pytest.raises(BackupFileError, match="passphrase is wrong"):
        decrypt(encrypt(b"fictional"), "another passphrase")


@pytest.mark.parametrize("position", [0, 20, 40, -1, -20, CHUNK_SIZE + 200])
def test_one_flipped_byte_anywhere_is_refused(position):
    sealed = bytearray(encrypt(b"a" * (2 * CHUNK_SIZE)))
    sealed[position] ^= 0x01
    with pytest.raises(BackupFileError):
        decrypt(bytes(sealed))


def test_a_file_cut_short_at_a_chunk_boundary_is_refused():
    sealed = encrypt(b"a" * (2 * CHUNK_SIZE + 10))
    header_end = sealed.index(b"}") + 1
    first_chunk_end = header_end + 4 + CHUNK_SIZE + 16
    with pytest.raises(BackupFileError, match="cut short"):
        decrypt(sealed[:first_chunk_end])


def test_chunks_swapped_are_refused():
    sealed = encrypt(b"a" * CHUNK_SIZE + b"b" * CHUNK_SIZE + b"c")
    header_end = sealed.index(b"}") + 1
    size = 4 + CHUNK_SIZE + 16
    first, second = (
        sealed[header_end : header_end + size],
        sealed[header_end + size : header_end + 2 * size],
    )
    swapped = sealed[:header_end] + second + first + sealed[header_end + 2 * size :]
    with pytest.raises(BackupFileError, match="chunk 0|passphrase"):
        decrypt(swapped)


def test_bytes_appended_after_the_last_chunk_are_refused():
    with pytest.raises(BackupFileError, match="bytes follow"):
        decrypt(encrypt(b"fictional") + b"\0")


def test_a_header_asking_for_too_much_memory_is_refused(monkeypatch):
    monkeypatch.setattr(encrypted_stream, "ARGON2_MAX_MEMORY_KIB", 4)
    with pytest.raises(BackupFileError, match="out of range"):
        decrypt(encrypt(b"fictional"))


def test_a_file_that_is_not_a_backup_is_named_so():
    with pytest.raises(BackupFileError, match="not a Tugan backup"):
        decrypt(b"PK\x03\x04 a zip file")


def test_the_default_key_derivation_is_memory_hard():
    assert encrypted_stream.ARGON2_MEMORY_KIB >= 64 * 1024
