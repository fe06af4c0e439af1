"""Near-duplicate grouping. Both stories here are fictional, written for these tests."""

import subprocess
import sys

import pytest

from tugan.core import near_duplicates
from tugan.core.formats import parse_archived_document
from tugan.core.near_duplicates import (
    SIGNATURE_BYTES,
    NearDuplicateIndex,
    band_keys,
    estimate_similarity,
    minhash_signature,
)
from tugan.core.scripts import to_traditional

STORY = [
    "虚构人物努尔兰·巴合提本周对本站说，他的父亲于2018年4月在新疆塔城地区额敏县的家中被当地警察带走，"
    "此后被送进一所“职业技能教育培训中心”，家人至今不知道他被关在哪里。",
    "努尔兰今年三十五岁，2012年随妻子移居哈萨克斯坦阿拉木图，已经取得哈国国籍。他说，父亲一辈子在草原上放羊，"
    "从来没有出过国，唯一的“问题”是手机里存着儿子在国外的电话号码。",
    "他说，父亲被带走以后，母亲也不敢再接他的微信语音，只在朋友圈里发过一张院子里苹果树的照片。"
    "2019年春节前后，他通过一位远房表哥得知，父亲已经被判处十年徒刑，罪名是“煽动民族仇恨”。",
    "努尔兰多次给额敏县公安局打电话，但对方每次都说“不清楚”，然后挂断。他还和其他十几名家属一起，"
    "到阿拉木图的中国领事馆递交了请愿信，要求当局说明亲人的下落，但没有收到任何答复。",
    "“我只想知道他还活着。”努尔兰说。本文所有人物和事件均为虚构。",
]
OTHER_STORY = [
    "虚构人物古丽巴哈尔·依明日前对本站表示，她的两个弟弟在2017年秋天先后从新疆伊犁哈萨克自治州巩留县的村子里"
    "被带走，一个被关进看守所，另一个据说被判了七年。",
    "古丽巴哈尔二十年前嫁到土耳其伊斯坦布尔，在一家面包店做工。她说，自从2017年以后，她就再也联系不上留在村里的"
    "母亲，每次拨打家里的座机，听到的都是空号提示音。",
    "她把两个弟弟的照片交给了一个海外维吾尔人团体，希望能够引起外界关注。该团体的负责人说，他们已经记录了"
    "四百多起类似的案例，大多数家属都不敢公开说话。",
    "古丽巴哈尔说，她不知道母亲是否还健在，也不知道弟弟们会被关到什么时候。本文所有人物和事件均为虚构。",
]


def archived(paragraphs: list[str], url: str, before: str = "", after: str = "") -> bytes:
    """Return an archived report whose body has the story between a site's own furniture."""
    body = before + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + after
    return f"<!--1614598509000-->\n[虚构标题]({url})\n------\n\n{body}".encode()


def signature_of(data: bytes) -> bytes:
    return minhash_signature(parse_archived_document(data).text.text)


ORIGINAL = archived(
    STORY,
    "https://news-a.example.org/2021/03/fictional.html",
    after="<p>记者：虚构记者　责编：虚构编辑</p><ul><li><a href='/x'>相关报道一</a></li></ul>",
)
REPUBLISHED = archived(
    STORY,
    "https://reposts.example.net/view/88123",
    before="<p>首页 | 要闻 | 中亚 | 人权 | 评论 | 视频</p><p>当前位置：首页 > 国际 > 正文</p>",
    after="<p>本文转载自虚构新闻网，版权归原作者所有，如有侵权请联系删除。</p>"
    "<p>分享到：微信 微博 推特　字号：大 中 小</p>",
)
TRADITIONAL_COPY = archived(
    [to_traditional(paragraph) for paragraph in STORY],
    "https://hant.example.com/articles/4411",
    before="<p>首頁 ｜ 新聞 ｜ 國際 ｜ 專題</p>",
)
UNRELATED = archived(OTHER_STORY, "https://news-a.example.org/2021/02/other.html")


def test_a_signature_is_256_bytes_and_the_same_in_every_process():
    signature = minhash_signature("虚构的文字，用来检验签名是否稳定。")
    assert len(signature) == SIGNATURE_BYTES == 256
    code = (
        "import sys; from tugan.core.near_duplicates import minhash_signature;"
        "sys.stdout.write(minhash_signature('虚构的文字，用来检验签名是否稳定。').hex())"
    )
    # A different hash seed in the child would change any signature built on Python's hash().
    child = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    )
    assert child.stdout == signature.hex()


def test_traditional_and_simplified_copies_get_the_same_signature_text():
    text = "".join(STORY)
    traditional = to_traditional(text)
    assert traditional != text
    assert minhash_signature(traditional) == minhash_signature(text)


def test_it_groups_a_traditional_copy_with_its_simplified_original():
    index = NearDuplicateIndex()
    original = index.add(1, signature_of(ORIGINAL))
    assert index.add(2, signature_of(TRADITIONAL_COPY)) == original == 1


def test_it_groups_a_copy_republished_with_other_navigation_noise():
    assert estimate_similarity(signature_of(ORIGINAL), signature_of(REPUBLISHED)) >= 0.7
    index = NearDuplicateIndex()
    index.add(1, signature_of(ORIGINAL))
    assert index.add(2, signature_of(REPUBLISHED)) == 1


def test_it_keeps_unrelated_reports_apart():
    assert estimate_similarity(signature_of(ORIGINAL), signature_of(UNRELATED)) < 0.2
    index = NearDuplicateIndex()
    index.add(1, signature_of(ORIGINAL))
    assert index.add(2, signature_of(UNRELATED)) == 2
    assert index.add(3, signature_of(REPUBLISHED)) == 1
    assert index.add(4, signature_of(TRADITIONAL_COPY)) == 1
    similar = index.find_similar(signature_of(ORIGINAL))
    assert similar[0] == (1, 1.0)
    assert sorted(key for key, _ in similar) == [1, 3, 4]


def test_copies_share_a_band_key_and_unrelated_reports_do_not():
    original = set(band_keys(signature_of(ORIGINAL)))
    assert len(original) == 16
    assert original & set(band_keys(signature_of(REPUBLISHED)))
    assert not original & set(band_keys(signature_of(UNRELATED)))


def test_it_rebuilds_from_stored_signatures_and_keeps_stored_clusters():
    rows = [
        (10, signature_of(ORIGINAL), 10),
        (11, signature_of(UNRELATED), 11),
        (12, signature_of(REPUBLISHED), 10),
        (13, signature_of(TRADITIONAL_COPY), None),
    ]
    index = NearDuplicateIndex.from_signatures(rows)
    assert len(index) == 4
    assert [index.cluster_of(key) for key in (10, 11, 12, 13)] == [10, 11, 10, 10]
    assert index.find_cluster(signature_of(REPUBLISHED)) == 10


def test_adding_a_key_again_changes_nothing():
    index = NearDuplicateIndex()
    index.add(1, signature_of(ORIGINAL))
    assert index.add(1, signature_of(UNRELATED)) == 1
    assert len(index) == 1


def test_empty_texts_are_never_copies_of_each_other():
    index = NearDuplicateIndex()
    assert index.add(1, minhash_signature("")) == 1
    assert index.add(2, minhash_signature("。，！")) == 2
    assert index.find_similar(minhash_signature("")) == []


def test_a_text_shorter_than_a_shingle_still_gets_a_signature():
    assert minhash_signature("哈萨克") == minhash_signature("哈薩克")
    assert minhash_signature("哈萨克") != minhash_signature("维吾尔")


def test_it_rejects_a_signature_of_the_wrong_length():
    with pytest.raises(ValueError, match="256 bytes"):
        NearDuplicateIndex().add(1, b"\x00" * 10)


def test_it_still_finds_copies_after_moving_recent_keys_into_sorted_arrays(monkeypatch):
    monkeypatch.setattr(near_duplicates, "MIN_MERGE_ENTRIES", 64)
    index = NearDuplicateIndex()
    index.add(0, signature_of(ORIGINAL))
    for key in range(1, 300):
        index.add(key, minhash_signature(f"虚构的第{key}篇无关报道，内容编号{key * 7919}，" * 3))
    assert len(index._recent) < 300 * 16  # the merge ran
    assert index.add(1000, signature_of(REPUBLISHED)) == 0
    assert index.add(1001, signature_of(TRADITIONAL_COPY)) == 0
    assert index.add(1002, signature_of(UNRELATED)) == 1002
