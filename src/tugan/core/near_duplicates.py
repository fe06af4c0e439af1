"""Near-duplicate reports: one story republished by other sites, or in Traditional characters.

Text is folded to Simplified, stripped of spaces and punctuation, and cut into overlapping
5-character shingles; a 64-value MinHash signature estimates the Jaccard similarity of two
shingle sets (Broder 1997). Signatures are split into 16 bands of 4 values for
locality-sensitive hashing, so finding the copies of a new report looks up 16 dictionary
keys instead of comparing it with every stored report.

A signature is 256 bytes (64 little-endian uint32 values) for storing in a database. The
hash constants below are fixed: changing them invalidates every stored signature.
"""

import re
from collections.abc import Iterable

import numpy as np

from tugan.core.scripts import to_simplified

SHINGLE_LENGTH = 5
PERMUTATIONS = 64
BANDS = 16
ROWS_PER_BAND = PERMUTATIONS // BANDS
SIGNATURE_BYTES = PERMUTATIONS * 4
# Two reports are copies of one story when their estimated shingle Jaccard similarity is at
# least this. A republished copy with a site's header, footer and notices around it scores 0.7
# to 0.95; unrelated real reports on the same subject score under 0.05 (the 13 dev reports of
# shared/corpus), and the benchmark's template-built ones under 0.25.
SIMILARITY_THRESHOLD = 0.5
# Bands catch pairs above about (1/16) ** (1/4) = 0.5 similarity; each candidate is then checked.
_constants = np.random.default_rng(20260301)
SHINGLE_MULTIPLIERS = _constants.integers(1, 2**32, size=SHINGLE_LENGTH, dtype=np.uint32) | 1
PERMUTATION_A = _constants.integers(1, 2**32, size=PERMUTATIONS, dtype=np.uint32) | 1
PERMUTATION_B = _constants.integers(0, 2**32, size=PERMUTATIONS, dtype=np.uint32)
BAND_MULTIPLIERS = _constants.integers(
    1, 2**63, size=(BANDS, ROWS_PER_BAND), dtype=np.uint64
) | np.uint64(1)
del _constants
# MurmurHash3's 32-bit finaliser constants: they make every output bit depend on every input bit.
FMIX_1, FMIX_2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)
EMPTY_SIGNATURE = bytes([0xFF]) * SIGNATURE_BYTES
PERMUTATION_CHUNK = 1024
BAND_KEY_MASK = np.uint64(0xFFFFFFFFFFFFFFF0)
BAND_NUMBERS = np.arange(BANDS, dtype=np.uint64)
INITIAL_CAPACITY = 1024
MIN_MERGE_ENTRIES = 65536
NOT_WORD = re.compile(r"[\W_]+")


def normalize_for_shingles(text: str) -> str:
    """Return text folded to Simplified and lower case, keeping only letters and digits."""
    return NOT_WORD.sub("", to_simplified(text).casefold())


def shingle_hashes(text: str) -> np.ndarray:
    """Return the 32-bit hashes of the 5-character shingles of normalised text (with repeats)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(codes) == 0:
        return np.empty(0, dtype=np.uint32)
    if len(codes) < SHINGLE_LENGTH:
        codes = np.concatenate([codes, np.zeros(SHINGLE_LENGTH - len(codes), dtype=np.uint32)])
    count = len(codes) - SHINGLE_LENGTH + 1
    hashes = np.zeros(count, dtype=np.uint32)
    # uint32 arithmetic wraps, as intended: a multiply-add of the code points, then mixed.
    for offset in range(SHINGLE_LENGTH):
        hashes += codes[offset : offset + count] * SHINGLE_MULTIPLIERS[offset]
    hashes ^= hashes >> 16
    hashes *= FMIX_1
    hashes ^= hashes >> 13
    hashes *= FMIX_2
    hashes ^= hashes >> 16
    return hashes


def minhash_signature(text: str) -> bytes:
    """Return the 256-byte MinHash signature of a text; 哈薩克 and 哈萨克 give the same one."""
    hashes = shingle_hashes(normalize_for_shingles(text))
    if len(hashes) == 0:
        return EMPTY_SIGNATURE
    # One affine permutation of the mixed hashes per signature value; repeats do not change a min.
    signature = np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32)
    # For speed: chunks keep each temporary under 256 KB, which numpy allocates without mmap.
    for start in range(0, len(hashes), PERMUTATION_CHUNK):
        permuted = hashes[start : start + PERMUTATION_CHUNK, None] * PERMUTATION_A[None, :]
        permuted += PERMUTATION_B
        np.minimum(signature, permuted.min(axis=0), out=signature)
    return signature.astype("<u4").tobytes()


def load_signature(signature: bytes) -> np.ndarray:
    """Return a stored signature as an array of 64 uint32 values, checking its length."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError(f"a signature has {SIGNATURE_BYTES} bytes, not {len(signature)}")
    return np.frombuffer(signature, dtype="<u4")


def estimate_similarity(first: bytes, second: bytes) -> float:
    """Return the estimated Jaccard similarity (0 to 1) of the texts behind two signatures."""
    if first == EMPTY_SIGNATURE or second == EMPTY_SIGNATURE:
        return 0.0
    return float(np.mean(load_signature(first) == load_signature(second)))


def band_key_array(signature: np.ndarray) -> np.ndarray:
    """Return the 16 band keys of a loaded signature as a uint64 array."""
    rows = signature.astype(np.uint64).reshape(BANDS, ROWS_PER_BAND)
    keys = (rows * BAND_MULTIPLIERS).sum(axis=1, dtype=np.uint64)
    # The band number goes in the low bits so that equal rows in different bands do not meet.
    banded: np.ndarray = (keys & BAND_KEY_MASK) | BAND_NUMBERS
    return banded


def band_keys(signature: bytes) -> list[int]:
    """Return the 16 locality-sensitive band keys of a signature, as 64-bit integers.

    Two signatures that share any band key are candidate copies. A database can index these
    keys instead of holding a NearDuplicateIndex in memory.
    """
    return [int(key) for key in band_key_array(load_signature(signature))]


class NearDuplicateIndex:
    """An in-memory LSH index that assigns each added document to a cluster of copies.

    A cluster is named by the key of its first document. Adding is incremental and never
    changes an earlier document's cluster. Band keys live in sorted numpy arrays plus a small
    dictionary of recent additions: about 700 bytes per document, 70 MB for 100,000 (130 MB
    at the peak of a merge); adding takes under 0.1 ms, rebuilding 100,000 about 3 s.
    """

    def __init__(self, threshold: float = SIMILARITY_THRESHOLD) -> None:
        self.threshold = threshold
        self._size = 0
        self._keys = np.zeros(INITIAL_CAPACITY, dtype=np.int64)
        self._clusters = np.zeros(INITIAL_CAPACITY, dtype=np.int64)
        self._signatures = np.zeros((INITIAL_CAPACITY, PERMUTATIONS), dtype=np.uint32)
        self._slots: dict[int, int] = {}
        # Band keys, sorted, and the slot of the document each belongs to.
        self._sorted_band_keys = np.empty(0, dtype=np.uint64)
        self._sorted_band_slots = np.empty(0, dtype=np.int32)
        # Recent band keys -> slot, or a list of slots; merged into the arrays when large.
        self._recent: dict[int, int | list[int]] = {}
        self._recent_count = 0

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: int) -> bool:
        return key in self._slots

    @classmethod
    def from_signatures(
        cls, rows: Iterable[tuple[int, bytes, int | None]], threshold: float = SIMILARITY_THRESHOLD
    ) -> "NearDuplicateIndex":
        """Return an index rebuilt from stored (key, signature, cluster) rows, in import order.

        A stored cluster is kept as it is; a row whose cluster is None is clustered anew.
        """
        index = cls(threshold)
        for key, signature, cluster in rows:
            index.add(key, signature, cluster=cluster)
        return index

    def _candidate_slots(self, band_key_values: np.ndarray) -> set[int]:
        slots: set[int] = set()
        sorted_keys = self._sorted_band_keys
        if len(sorted_keys):
            low = np.searchsorted(sorted_keys, band_key_values)
            found = sorted_keys[np.minimum(low, len(sorted_keys) - 1)] == band_key_values
            if found.any():
                high = np.searchsorted(sorted_keys, band_key_values[found], side="right")
                for first, last in zip(low[found].tolist(), high.tolist(), strict=True):
                    slots.update(self._sorted_band_slots[first:last].tolist())
        for band_key in band_key_values.tolist():
            bucket = self._recent.get(band_key)
            if bucket is None:
                continue
            if isinstance(bucket, int):
                slots.add(bucket)
            else:
                slots.update(bucket)
        return slots

    def find_similar(self, signature: bytes) -> list[tuple[int, float]]:
        """Return (key, similarity) of indexed documents at or above the threshold, best first."""
        if signature == EMPTY_SIGNATURE:
            return []
        values = load_signature(signature)
        return self._find_similar(values, band_key_array(values))

    def _find_similar(
        self, values: np.ndarray, band_key_values: np.ndarray
    ) -> list[tuple[int, float]]:
        slots = self._candidate_slots(band_key_values)
        if not slots:
            return []
        candidates = np.fromiter(slots, dtype=np.int64, count=len(slots))
        similarities = (self._signatures[candidates] == values).mean(axis=1)
        order = np.argsort(-similarities, kind="stable")
        return [
            (int(self._keys[candidates[i]]), float(similarities[i]))
            for i in order
            if similarities[i] >= self.threshold
        ]

    def find_cluster(self, signature: bytes) -> int | None:
        """Return the cluster of the indexed document most similar to signature, or None."""
        similar = self.find_similar(signature)
        if not similar:
            return None
        return self.cluster_of(similar[0][0])

    def cluster_of(self, key: int) -> int:
        """Return the cluster of an indexed document."""
        return int(self._clusters[self._slots[key]])

    def add(self, key: int, signature: bytes, cluster: int | None = None) -> int:
        """Return the cluster of a document after adding it: its copies' cluster, else its own key.

        Adding a key already in the index changes nothing and returns its cluster.
        """
        if key in self._slots:
            return self.cluster_of(key)
        values = load_signature(signature)
        is_empty = signature == EMPTY_SIGNATURE
        band_key_values = band_key_array(values)
        if cluster is None and not is_empty:
            similar = self._find_similar(values, band_key_values)
            cluster = self.cluster_of(similar[0][0]) if similar else None
        if cluster is None:
            cluster = key
        slot = self._size
        if slot == len(self._keys):
            self._grow()
        self._keys[slot] = key
        self._clusters[slot] = cluster
        self._signatures[slot] = values
        self._slots[key] = slot
        self._size += 1
        if not is_empty:
            for band_key in band_key_values.tolist():
                bucket = self._recent.get(band_key)
                if bucket is None:
                    self._recent[band_key] = slot
                elif isinstance(bucket, int):
                    self._recent[band_key] = [bucket, slot]
                else:
                    bucket.append(slot)
            self._recent_count += BANDS
            # Merging when the recent part reaches a quarter of the sorted part keeps the
            # total sorting work proportional to n log n.
            if self._recent_count >= max(MIN_MERGE_ENTRIES, len(self._sorted_band_keys) // 4):
                self._merge_recent()
        return cluster

    def _merge_recent(self) -> None:
        band_key_list: list[int] = []
        slot_list: list[int] = []
        for band_key, bucket in self._recent.items():
            if isinstance(bucket, int):
                band_key_list.append(band_key)
                slot_list.append(bucket)
            else:
                band_key_list.extend([band_key] * len(bucket))
                slot_list.extend(bucket)
        merged_keys = np.concatenate(
            [self._sorted_band_keys, np.array(band_key_list, dtype=np.uint64)]
        )
        merged_slots = np.concatenate(
            [self._sorted_band_slots, np.array(slot_list, dtype=np.int32)]
        )
        order = np.argsort(merged_keys, kind="stable")
        self._sorted_band_keys = merged_keys[order]
        self._sorted_band_slots = merged_slots[order]
        self._recent = {}
        self._recent_count = 0

    def _grow(self) -> None:
        capacity = len(self._keys) * 2
        self._keys = np.resize(self._keys, capacity)
        self._clusters = np.resize(self._clusters, capacity)
        signatures = np.zeros((capacity, PERMUTATIONS), dtype=np.uint32)
        signatures[: self._size] = self._signatures[: self._size]
        self._signatures = signatures
