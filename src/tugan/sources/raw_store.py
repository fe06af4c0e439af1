"""Content-addressed storage of raw source bytes: one file per sha256, never modified."""

import hashlib
import os
import tempfile
from pathlib import Path


def blob_path(blob_dir: Path, digest: str) -> Path:
    """Return where the bytes with this sha256 live (two levels of fan-out)."""
    return blob_dir / digest[:2] / digest[2:4] / digest


def store_raw_bytes(
    blob_dir: Path, data: bytes, durable: bool = True, digest: str | None = None
) -> str:
    """Store data under its sha256 unless already there, and return the digest.

    digest is data's sha256, when the caller has computed it already.

    durable=False skips the fsync: a killed process loses nothing (the bytes are in the
    operating system's cache), a power cut may. A bulk import stores its files so, then calls
    flush_raw_bytes once; importing a file again restores bytes a power cut lost.
    """
    digest = digest or hashlib.sha256(data).hexdigest()
    path = blob_path(blob_dir, digest)
    if path.exists():
        return digest
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Write then rename: a crash leaves no half-written blob under the final name.
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o400)  # never modified, and read by its owner only
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return digest


def flush_raw_bytes() -> None:
    """Write every stored file still in the operating system's cache to disk."""
    # One sync for a whole import: an fsync per file took longer than parsing the file.
    os.sync()


def read_raw_bytes(blob_dir: Path, digest: str) -> bytes:
    """Return the stored bytes with this sha256."""
    return blob_path(blob_dir, digest).read_bytes()
