"""Copies of one story among stored sources: the same report republished, or in Traditional.

Each source keeps its text's MinHash signature (Source.minhash). An import finds a new
source's first stored copy with tugan.core.near_duplicates.NearDuplicateIndex, rebuilt from
the stored signatures when the import first needs it (about 3 s and 70 MB for 100,000
sources), then kept up to date as files are stored. Sources stored meanwhile by another
process are not seen until the next import.
"""

from tugan.core.near_duplicates import NearDuplicateIndex
from tugan.sources.models import Source


class SourceCopies:
    """Finds the first stored copy of a new source, from the signatures stored so far."""

    def __init__(self) -> None:
        self._index: NearDuplicateIndex | None = None

    def _loaded(self) -> NearDuplicateIndex:
        if self._index is None:
            rows = (
                Source.objects.exclude(minhash=None)
                .order_by("pk")
                .values_list("pk", "minhash", "near_duplicate_of_id")
                .iterator(chunk_size=2000)
            )
            self._index = NearDuplicateIndex.from_signatures(
                (pk, bytes(signature), first_copy or pk)
                for pk, signature, first_copy in rows
                if signature is not None
            )
        return self._index

    def first_copy_of(self, signature: bytes) -> int | None:
        """Return the id of the first stored copy of a text with this signature, or None."""
        return self._loaded().find_cluster(signature)

    def add(self, source: Source) -> None:
        """Remember a newly stored source, so that its own copies find it."""
        assert source.minhash is not None  # store_source gives every source its signature
        self._loaded().add(
            source.pk, bytes(source.minhash), cluster=source.near_duplicate_of_id or source.pk
        )

    def forget_unsaved(self) -> None:
        """Drop what was remembered: a transaction that added sources was rolled back."""
        self._index = None
