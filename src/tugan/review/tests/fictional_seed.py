"""A FICTIONAL report shaped like the seed news report, for the browser test of review.

Every name, place, date and sentence in it is invented for these tests; none is copied from a
real report. Its shape is the seed report's: a man abroad whose two brothers were sentenced in
2017 (to 15 and 25 years), whose two sisters disappeared, whose parents disappeared and whom
he cannot reach; and a few other persons, each named several times, by full and short name.
"""

from pathlib import Path

from tugan.sources.importing import import_paths
from tugan.sources.models import Source

# 2021-03-01 00:00 UTC
SEED_SHAPED_REPORT = """<!--1614556800000-->
[虚构报道：新疆部分家庭恢复联系 维吾尔人仍联系不上家人](https://news.example.org/fictional-seed.html)
------

<p>据一个虚构的海外人权团体对本网介绍，新疆伊犁的官员最近告诉一些哈萨克族居民，他们可以申请护照出国探亲。\
</p><p>虚构的志愿者团体负责人别克苏丹.阿合买提周日对本网说，很多家庭最近接到新疆亲人的电话：\
“他们说现在可以用微信和国外的亲戚通话了。”别克苏丹说，这只是部分家庭的情况。</p>\
<p><figure><figcaption class="image-caption">\
虚构的哈萨克斯坦公民叶尔兰.托合塔尔讲述家人被抓的经过。（虚构图片）</figcaption></figure></p><p>虚构人物叶尔兰.托合塔尔说，他的家人仍然没有消息。\
叶尔兰说，他已经多次向当局询问。</p><p><strong>维吾尔人仍无法联系家人</strong></p>\
<p>父母在新疆失踪、两个哥哥被判刑的维吾尔族虚构人物艾尔肯.吐尔逊，在土耳其通过电话对本网说，\
他已经四年多没有和家人联系，微信仍然不通。</p><p>现居土耳其的艾尔肯说，他的两个哥哥都是商人，\
2017年，分别被判刑15年及25年，他的两个姐姐至今下落不明，四年来，他无法和父母联系。\
艾尔肯说，他的妻子2018年回乡后再也没能出境。</p><p>虚构的学者努尔兰.萨比特对本网说，\
这与国际媒体的关注有关。别克苏丹告诉本网，虚构人物马迪娜.卡里姆前不久在阿拉木图带头抗议，\
被哈国法院判处拘留10天。上周六，马迪娜被警察警告不得参加集会。</p><p>记者：林虚构</p>
""".encode()
MAN_ABROAD = "艾尔肯.吐尔逊"
# The persons the report names, as their records are first named.
PERSONS = ["别克苏丹.阿合买提", "叶尔兰.托合塔尔", MAN_ABROAD, "努尔兰.萨比特", "马迪娜.卡里姆"]
# A fact extraction misses: the reviewer selects these words and adds it.
MISSED_EVENT = "他的妻子2018年回乡后再也没能出境"


def import_seed_shaped_report(folder: Path, by=None) -> Source:
    """Import the fictional seed-shaped report through the real import path; return its source."""
    path = folder / "fictional-seed-shaped-report.md"
    path.write_bytes(SEED_SHAPED_REPORT)
    outcome = import_paths([path], by=by)
    assert outcome.rejected == [], outcome.rejected
    return outcome.new[0]
