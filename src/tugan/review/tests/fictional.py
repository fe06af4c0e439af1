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


# A second FICTIONAL report, shaped like a common news story: a man abroad whose brothers were
# sentenced, whose sisters disappeared and whose parents he cannot reach. Invented for tests.
FAMILY_REPORT = """<!--1614556800000-->
[虚构报道：旅居土耳其的维吾尔人说新疆家人失踪](https://news.example.org/fictional-family.html)
------

<p>父母在新疆失踪、两个弟弟被判刑的维吾尔族虚构人物阿迪力.玉素甫江，在土耳其通过电话对本网说，\
他已经三年多无法和家人联系，微信一直不通。</p><p>旅居土耳其的阿迪力说，他的两个弟弟都是教师，\
2017年，分别被判刑12年及20年，他的两个妹妹至今下落不明，三年来，无法和父母联系。</p>\
<p>记者：林虚构</p>
""".encode()
FAMILY_MAN = "阿迪力·玉素甫江"
FAMILY_MAN_AS_WRITTEN = "阿迪力.玉素甫江"
FAMILY_MAN_SHORT = "阿迪力"
FAMILY_MAN_LATIN = "Adil Yusupjan"


def import_family_report(folder: Path, by=None) -> Source:
    """Import the fictional family report from a file in folder and return its source."""
    path = folder / "fictional-family-report.md"
    path.write_bytes(FAMILY_REPORT)
    outcome = import_paths([path], by=by)
    assert outcome.rejected == [], outcome.rejected
    return outcome.new[0]
