"""Each input kind through the importer, good and broken: raw bytes kept, nothing half-written.

The pages, feeds and WARC files are the fictional fixtures of the core tests.
"""

from pathlib import Path

import pytest

from tugan.core.tests.test_formats_warc import GOOD_RECORDS, write_warc
from tugan.search.reading import read_search_results
from tugan.sources.importing import import_paths
from tugan.sources.models import Source
from tugan.sources.raw_store import read_raw_bytes
from tugan.testing import make_user

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "core" / "tests" / "fixtures"
GOOD_FILES = {
    # name: (bytes, documents, encoding)
    "article-gbk.html": ((FIXTURES / "article-gbk.html").read_bytes(), 1, "gbk"),
    "article-big5.html": ((FIXTURES / "article-big5.html").read_bytes(), 1, "big5"),
    "feed-rss2.xml": ((FIXTURES / "feed-rss2.xml").read_bytes(), 2, "utf-8"),
    "feed-atom-big5.xml": ((FIXTURES / "feed-atom-big5.xml").read_bytes(), 1, "big5"),
    "crawl.warc": (write_warc(GOOD_RECORDS), 2, None),
    "crawl.warc.gz": (write_warc(GOOD_RECORDS, compress=True), 2, None),
    # 𠀀 lies outside GBK: only GB18030 encodes it.
    "note-gb18030.txt": ("虚构笔记\n虚构人物说，家人失联。𠀀".encode("gb18030"), 1, "gb18030"),
}
BAD_FILES = {
    "feed-truncated.xml": (FIXTURES / "feed-truncated.xml").read_bytes(),
    "cut.warc": write_warc(GOOD_RECORDS)[:-200],
    "cut.warc.gz": write_warc(GOOD_RECORDS, compress=True)[:-40],
    "empty.html": b"   \n",
    "unknown.bin": b"\x00\x01\x02 not a document",
}


@pytest.mark.parametrize("name", GOOD_FILES)
def test_it_stores_each_document_of_a_good_file_with_its_raw_bytes(tmp_path, settings, name):
    data, documents, encoding = GOOD_FILES[name]
    (tmp_path / name).write_bytes(data)
    outcome = import_paths([tmp_path / name], extract=False)
    assert outcome.rejected == []
    assert len(outcome.new) == documents
    for source in outcome.new:
        assert source.text
        assert read_raw_bytes(settings.BLOB_DIR, source.sha256) == data
        assert len(bytes(Source.objects.get(pk=source.pk).minhash)) == 256
        if encoding:
            assert source.raw_encoding == encoding
    # The same file again adds nothing.
    again = import_paths([tmp_path / name], extract=False)
    assert (len(again.new), again.known) == (0, documents)


@pytest.mark.parametrize("name", BAD_FILES)
def test_it_rejects_a_broken_file_by_name_and_stores_nothing(tmp_path, name):
    (tmp_path / name).write_bytes(BAD_FILES[name])
    (tmp_path / "good.html").write_bytes(GOOD_FILES["article-gbk.html"][0])
    outcome = import_paths([tmp_path / name, tmp_path / "good.html"], extract=False)
    assert [rejected for rejected, _problem in outcome.rejected] == [str(tmp_path / name)]
    assert "\n" not in outcome.rejected[0][1]
    assert Source.objects.count() == 1


def test_a_big5_page_and_its_gbk_original_are_one_story_found_in_simplified(tmp_path):
    import re

    (tmp_path / "a-gbk.html").write_bytes(GOOD_FILES["article-gbk.html"][0])
    (tmp_path / "b-big5.html").write_bytes(GOOD_FILES["article-big5.html"][0])
    original, traditional = import_paths([tmp_path], extract=False).new
    assert traditional.near_duplicate_of == original
    phrase = re.search(r"[\u4e00-\u9fff]{4}", original.text).group()
    results = read_search_results(make_user("fictional-kinds-admin", "admin"), phrase)
    assert [(result.id, result.copies) for result in results] == [(original.public_id, 1)]
