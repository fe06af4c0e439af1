"""Clean article text. The HTML here is fictional, shaped like real archived pages."""

from tugan.core.html_text import extract_article_text

PAGE = """
<p>虚构人物古丽说，她的哥哥被带走。</p>
<script>var tracking = "should never show";</script><style>p { color: red }</style>
<ul><li><a href="/a"><strong>相关报道：虚构标题一</strong></a></li>
<li><a href="/b">相关报道：虚构标题二</a></li></ul>
<p><strong>小标题：家人失联</strong></p>
<p><figure><img alt="图片说明不应重复" src="x.jpg"/>
<figcaption>虚构图片说明：一家五口。</figcaption>
<div id="zoomattribute"><a data-caption="图片说明不应重复" href="x.jpg"></a></div></figure></p>
<nav>首页 | 新闻</nav>
<p>第二段<br/>换行之后。</p>
<ul><li>清单里的正文一</li><li>清单里的正文二</li></ul>
"""


def test_it_keeps_paragraphs_headings_and_captions_in_order():
    blocks = extract_article_text(PAGE).blocks
    assert [(block.kind, block.text) for block in blocks] == [
        ("paragraph", "虚构人物古丽说，她的哥哥被带走。"),
        ("heading", "小标题：家人失联"),
        ("caption", "虚构图片说明：一家五口。"),
        ("paragraph", "第二段\n换行之后。"),
        ("paragraph", "清单里的正文一"),
        ("paragraph", "清单里的正文二"),
    ]


def test_it_leaves_out_scripts_styles_navigation_and_related_links():
    text = extract_article_text(PAGE).text
    for noise in ["tracking", "color", "相关报道", "首页", "不应重复"]:
        assert noise not in text


def test_it_joins_blocks_with_blank_lines():
    assert extract_article_text("<p>一</p><p>二</p>").text == "一\n\n二"


def test_it_returns_nothing_for_an_empty_body():
    assert extract_article_text("   ").blocks == ()
