"""Copies of one story on import. The reports are the fictional ones of the core tests."""

import pytest

from tugan.core.tests.test_near_duplicates import (
    ORIGINAL,
    REPUBLISHED,
    TRADITIONAL_COPY,
    UNRELATED,
)
from tugan.search.reading import read_search_results
from tugan.sources.importing import import_paths
from tugan.sources.models import Source
from tugan.testing import make_user

pytestmark = pytest.mark.django_db


def import_reports(folder, reports: dict[str, bytes]) -> dict[str, Source]:
    for name, data in reports.items():
        (folder / name).write_bytes(data)
    outcome = import_paths([folder / name for name in reports], extract=False)
    assert outcome.rejected == []
    return {source.original_name: source for source in outcome.new}


def test_copies_point_at_the_first_stored_copy(tmp_path):
    sources = import_reports(
        tmp_path,
        {
            "original.md": ORIGINAL,
            "traditional.md": TRADITIONAL_COPY,
            "republished.md": REPUBLISHED,
            "unrelated.md": UNRELATED,
        },
    )
    first = sources["original.md"]
    assert first.near_duplicate_of is None
    assert sources["traditional.md"].near_duplicate_of == first
    assert sources["republished.md"].near_duplicate_of == first
    assert sources["unrelated.md"].near_duplicate_of is None
    assert len(bytes(Source.objects.get(pk=first.pk).minhash)) == 256


def test_a_later_import_finds_copies_from_the_stored_signatures(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = import_reports(tmp_path / "one", {"original.md": ORIGINAL})["original.md"]
    later = import_reports(tmp_path / "two", {"traditional.md": TRADITIONAL_COPY})
    assert later["traditional.md"].near_duplicate_of == first


def test_search_shows_the_story_once(tmp_path):
    sources = import_reports(
        tmp_path,
        {
            "original.md": ORIGINAL,
            "traditional.md": TRADITIONAL_COPY,
            "republished.md": REPUBLISHED,
        },
    )
    results = read_search_results(make_user("fictional-admin-nd", "admin"), "努尔兰")
    assert [(result.id, result.copies) for result in results] == [
        (sources["original.md"].public_id, 2)
    ]


def test_a_bulk_import_reorganises_the_search_index_and_search_still_works(tmp_path, monkeypatch):
    from tugan.search import indexing

    optimized = []
    optimize = indexing.optimize_search_index
    monkeypatch.setattr(indexing, "OPTIMIZE_AFTER", 2)
    monkeypatch.setattr(indexing, "optimize_search_index", lambda: optimized.append(optimize()))
    sources = import_reports(tmp_path, {"original.md": ORIGINAL, "unrelated.md": UNRELATED})
    results = read_search_results(make_user("fictional-admin-opt", "admin"), "古丽巴哈尔")
    assert [result.id for result in results] == [sources["unrelated.md"].public_id]
    assert len(optimized) == 1
