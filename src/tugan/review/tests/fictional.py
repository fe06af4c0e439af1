"""A FICTIONAL report for the review tests: every name, place and event in it is invented.

The sentences were written for these tests; they copy no real report.
"""

from pathlib import Path

from tugan.core.resident_id import compute_check_character
from tugan.sources.importing import import_paths
from tugan.sources.models import Source

# 2021-03-01 00:00 UTC
FICTIONAL_REPORT = """<!--1614556800000-->
[虚构报道：阿力木·吐尔逊的家人](https://news.example.org/fictional-review.html)
------

<p>居住在阿拉木图的哈萨克族虚构人物古丽娜尔·卡德尔对本网说，她的哥哥阿力木·吐尔逊2018年5月在伊宁被捕，\
2019年被判处十五年有期徒刑。</p><p>古丽娜尔说，她的两个姐姐下落不明。</p><p>记者：林虚构</p>
""".encode()
SISTER = "古丽娜尔·卡德尔"
BROTHER = "阿力木·吐尔逊"
# A made-up number with a valid GB 11643 check character (Qapqal county, born 1978-04-12).
FICTIONAL_ID = "65402219780412123" + compute_check_character("65402219780412123")


def import_fictional_report(folder: Path, by=None, **options) -> Source:
    """Import the fictional report from a file in folder and return its source."""
    path = folder / "fictional-report.md"
    path.write_bytes(FICTIONAL_REPORT)
    outcome = import_paths([path], by=by, **options)
    assert outcome.rejected == [], outcome.rejected
    return outcome.new[0]
