"""Score event finding on fictional probe snippets in the styles of outlets nobody read.

Every sentence, every person and every incident below is made up by us; any likeness to a real
person is chance. The snippets were written before any code ran on them, in the wording of
outlets the rules were not written on (Taiwan: 中央社, 自由時報, 聯合報; Hong Kong: 明報,
HK01, 立場; 大紀元, 新唐人, BBC中文, 德國之聲, 美國之音, 自由亞洲電台, 端傳媒, 法廣;
first-person testimonies as Atajurt records them), in Simplified and Traditional script. They
cover the eleven event types and the three kinds of subject of shared/corpus/GOLD.md (a named
person, an unnamed relative of a named person, a group), with reported speech, headlines,
interviews, lists of people and of relatives, counts, passive and active verbs, and hedges
(fears, denials, likelihoods, rumours, promises) that must give no event.

Gold events are written as GOLD.md says, with one choice made for every probe alike: an event a
text only presupposes of a place (死於獄中: held) is not written, and a demand for the release
of a group's relatives gives no event for them (no subject kind fits). Names are written as the
snippet writes them (the scorer folds Traditional into Simplified).

Prints one JSON line: event precision, recall and F1 over all probes by type and subject
(`tugan.core.extract.scoring.score_events`), date agreement over matched events, and the gold
events missed and the events wrongly found, each as "probe-number type subject". `--set 2`
scores a second set written after the first had been used; `--set 3` a third, of 53 longer
snippets (2-4 sentences) hard for subject attachment: several persons and relatives in one
sentence, reported speech, appositives, relatives named later, groups beside named people;
`--set 5` a fifth, of 13 in the wording where eight real reports of unread outlets went wrong.

    PYTHONPATH=src .venv/bin/python bench/event_probes.py
"""

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from tugan.core.extract import ExtractionModels, extract_report
from tugan.core.extract.scoring import Counts, match_events, score_events

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_options import read_probe_options  # noqa: E402

GoldEvent = dict[str, Any]


def person(name: str) -> dict[str, Any]:
    """Return the subject of a named person."""
    return {"person": name}


def relative(anchor: str, relation: str, count: int | None = None) -> dict[str, Any]:
    """Return the subject of an unnamed relative of a named person."""
    subject: dict[str, Any] = {"relative_of": anchor, "relation": relation}
    if count is not None:
        subject["count"] = count
    return subject


def group(ethnicity: str | None, place: str | None = None) -> dict[str, Any]:
    """Return the subject of a group, described by ethnicity and place."""
    return {"group": {"ethnicity": ethnicity, "place": place}}


def event(event_type: str, subject: dict[str, Any], when: str | None = None) -> GoldEvent:
    """Return a gold event of type, subject and date."""
    return {"type": event_type, "subject": subject, "date": when}


class Probe(NamedTuple):
    style: str
    published: str
    text: str
    events: tuple[GoldEvent, ...]
    aliases: tuple[tuple[str, str], ...] = ()  # (name, short form the snippet also uses)


# Fictional: written before any code ran on them.
PROBES: tuple[Probe, ...] = (
    # 1
    Probe(
        "rfa",
        "2021-05-10",
        "据自由亚洲电台报道，伊犁州霍城县居民吐尔逊别克·卡斯木汗于2018年4月被当局带走，至今下落不明。",
        (
            event("detained", person("吐尔逊别克·卡斯木汗"), "2018-04"),
            event("disappeared", person("吐尔逊别克·卡斯木汗")),
        ),
    ),
    # 2
    Probe(
        "voa",
        "2020-03-02",
        "美国之音获悉，新疆塔城的哈萨克族商人叶尔兰·努尔兰去年被判处十二年有期徒刑。"
        "他的妻子说，法院从未通知家属。",
        (event("sentenced", person("叶尔兰·努尔兰"), "2019"),),
    ),
    # 3
    Probe(
        "cna",
        "2022-01-15",
        "維吾爾族學者阿布都熱西提·吐爾遜獲釋 家屬證實已返家",
        (event("released", person("阿布都熱西提·吐爾遜")),),
    ),
    # 4
    Probe(
        "ltn",
        "2020-11-03",
        "哈薩克裔的阿依達娜·別克說，她的父親去年在家中過世，家人直到今年才得知消息。",
        (event("died", relative("阿依達娜·別克", "father"), "2019"),),
    ),
    # 5
    Probe(
        "atajurt",
        "2019-06-01",
        "我叫古丽娜尔·吐尔逊巴依，来自新疆阿勒泰。2017年11月，我的丈夫和两个弟弟被警察带走，"
        "从那以后我再也联系不上他们。",
        (
            event("detained", relative("古丽娜尔·吐尔逊巴依", "spouse"), "2017-11"),
            event("detained", relative("古丽娜尔·吐尔逊巴依", "brother", 2), "2017-11"),
            event("contact_lost", relative("古丽娜尔·吐尔逊巴依", "spouse")),
            event("contact_lost", relative("古丽娜尔·吐尔逊巴依", "brother", 2)),
        ),
    ),
    # 6
    Probe(
        "epoch",
        "2019-09-10",
        "据大纪元报道，喀什地区部分维吾尔族妇女近日被强制送往所谓的“教育转化培训中心”。",
        (event("detained", group("uyghur", "CN-653100")),),
    ),
    # 7
    Probe(
        "bbc",
        "2019-04-20",
        "据BBC报道，新疆伊犁的许多哈萨克族居民的护照被当地警方收走，无法出境。",
        (event("passport_confiscated", group("kazakh", "CN-654000")),),
    ),
    # 8
    Probe(
        "dw",
        "2019-09-20",
        "接受德國之聲採訪的努爾蘭·賽里克說，當局上個月終於把護照還給了他的母親。",
        (event("passport_returned", relative("努爾蘭·賽里克", "mother"), "2019-08"),),
    ),
    # 9
    Probe(
        "rfa",
        "2020-08-01",
        "阿不都外力·买买提告诉本台，他与在和田的妻子已失联三年。",
        (event("contact_lost", relative("阿不都外力·买买提", "spouse")),),
    ),
    # 10
    Probe(
        "hk01",
        "2021-03-12",
        "據了解，港大維吾爾學生麥爾旦·艾力日前終於與失聯多年的兄長重新取得聯繫。",
        (
            event("contact_restored", relative("麥爾旦·艾力", "brother"), "2021-03"),
            event("contact_lost", relative("麥爾旦·艾力", "brother")),
        ),
    ),
    # 11
    Probe(
        "standnews",
        "2019-12-02",
        "數十名在港哈薩克族人昨日到中聯辦外請願，要求釋放被關押在新疆的家人。",
        (event("protested", group("kazakh"), "2019-12-01"),),
    ),
    # 12
    Probe(
        "initium",
        "2020-07-15",
        "熱依拉·阿不都說，警察多次打電話到她父母家，警告她不要再接受外媒採訪。",
        (event("threatened", person("熱依拉·阿不都")),),
    ),
    # 13
    Probe(
        "rfi",
        "2020-02-10",
        "法广获悉，乌鲁木齐维吾尔族作家帕尔哈提·吐尔逊被判处无期徒刑。",
        (event("sentenced", person("帕尔哈提·吐尔逊")),),
    ),
    # 14: a fear
    Probe("rfa", "2021-06-01", "阿依古丽·沙比尔说，她担心自己回国后也会被捕。", ()),
    # 15: a denial
    Probe("cna", "2021-06-02", "新疆當局否認拘押了艾爾肯·托合提，稱他「正在接受治療」。", ()),
    # 16: a likelihood
    Probe("mingpao", "2021-06-03", "律師表示，阿曼·卡德爾可能被判刑十年以上。", ()),
    # 17: a rumour
    Probe("epoch", "2021-06-04", "有传言称，吐尔洪·依明已在狱中死亡，但家属无法证实。", ()),
    # 18
    Probe(
        "voa",
        "2018-11-05",
        "美国之音记者致电新疆昭苏县公安局，一名值班警察承认，当地有“一部分哈萨克族人”被送去学习。",
        (event("detained", group("kazakh", "CN-654026")),),
    ),
    # 19
    Probe(
        "atajurt",
        "2019-02-20",
        "我是哈萨克斯坦公民别克扎提·努尔江。我的父亲2018年被判了十年，母亲至今被禁止出境。",
        (
            event("sentenced", relative("别克扎提·努尔江", "father"), "2018"),
            event("passport_confiscated", relative("别克扎提·努尔江", "mother")),
        ),
    ),
    # 20
    Probe(
        "ltn",
        "2021-04-08",
        "自由時報報導，在台灣求學的維吾爾學生阿迪力·吐爾地表示，他的姊姊2017年被送進「再教育營」，"
        "兩年後獲釋，但至今仍被監控。",
        (
            event("detained", relative("阿迪力·吐爾地", "sister"), "2017"),
            event("released", relative("阿迪力·吐爾地", "sister"), "2019"),
        ),
    ),
    # 21
    Probe(
        "udn",
        "2019-10-30",
        "聯合報記者查證，新疆和田地區一名伊瑪目阿卜杜拉·熱合曼已於上月死於獄中。",
        (event("died", person("阿卜杜拉·熱合曼"), "2019-09"),),
    ),
    # 22
    Probe(
        "mingpao",
        "2020-05-20",
        "明報引述人權組織指，至少三名維吾爾族穆斯林因出國朝覲被判刑，刑期由七年至十五年不等。",
        (event("sentenced", group("uyghur")),),
    ),
    # 23: the father is the named man, told by his son
    Probe(
        "rfa",
        "2021-01-20",
        "家住阿克苏的艾则孜·努尔的儿子透露，父亲去年12月被释放回家，但护照仍被扣押。",
        (
            event("released", person("艾则孜·努尔"), "2020-12"),
            event("passport_confiscated", person("艾则孜·努尔")),
        ),
    ),
    # 24
    Probe(
        "bbc",
        "2019-07-05",
        "BBC記者在阿拉木圖見到了古麗巴哈爾·哈斯木，她說自己2018年才被允許離開中國，護照也是那時才拿回來的。",
        (event("passport_returned", person("古麗巴哈爾·哈斯木"), "2018"),),
    ),
    # 25
    Probe(
        "dw",
        "2020-10-12",
        "德国之声报道，新疆塔城地区额敏县多名哈萨克族牧民上周被边防警察扣押。",
        (event("detained", group("kazakh", "CN-654221"), "2020-10"),),
    ),
    # 26
    Probe(
        "voa",
        "2021-02-03",
        "住在伊斯坦堡的阿卜杜勒克里木·伊明說，他已經四年聯繫不上在喀什的母親。",
        (event("contact_lost", relative("阿卜杜勒克里木·伊明", "mother")),),
    ),
    # 27
    Probe(
        "rfi",
        "2019-05-16",
        "法廣報導，一群流亡海外的維吾爾人週三在巴黎中國大使館前集會抗議，要求中方公布被拘押者名單。",
        (event("protested", group("uyghur"), "2019-05-15"),),
    ),
    # 28: the threat quotes an arrest that did not happen
    Probe(
        "epoch",
        "2018-12-10",
        "新唐人記者採訪到的木拉提·哈力克說，當地派出所以「不配合就抓你家人」威脅他，要他從哈薩克斯坦回國。",
        (event("threatened", person("木拉提·哈力克")),),
    ),
    # 29
    Probe(
        "atajurt",
        "2019-03-01",
        "我叫阿斯卡尔·叶尔肯。我的哥哥去年在看守所里去世了，警察只让我们领回了骨灰。",
        (event("died", relative("阿斯卡尔·叶尔肯", "brother"), "2018"),),
    ),
    # 30
    Probe(
        "cna",
        "2023-03-08",
        "中央社電 據維吾爾人權組織統計，新疆至少有四百多名維吾爾族知識分子遭到拘押，"
        "其中許多人下落不明。",
        (
            event("detained", group("uyghur", "CN-650000")),
            event("disappeared", group("uyghur", "CN-650000")),
        ),
    ),
    # 31: an appeal for release implies the detention
    Probe(
        "hk01",
        "2019-08-20",
        "哈薩克斯坦籍男子賽力克·阿曼的妻子日前致函聯合國，呼籲中國釋放他。",
        (
            event("protested", relative("賽力克·阿曼", "spouse")),
            event("detained", person("賽力克·阿曼")),
        ),
    ),
    # 32
    Probe(
        "rfa",
        "2018-10-10",
        "本台记者致电吐鲁番市一个村委会，工作人员证实，村里的阿卜力米提·赛买提“已经判了”，但拒绝透露刑期。",
        (event("sentenced", person("阿卜力米提·赛买提")),),
    ),
    # 33
    Probe(
        "initium",
        "2021-06-01",
        "在阿拉木圖，每週都有十多名哈薩克人聚集在中國領事館門前，舉著親人的照片，要求中方放人。",
        (event("protested", group("kazakh")),),
    ),
    # 34: a list, the verb before it
    Probe(
        "rfa",
        "2019-01-15",
        "据悉，被带走的还有阿布拉江·买买提、麦合木提·托乎提和吐尔洪·卡德尔三人，他们都是喀什的商人。",
        (
            event("detained", person("阿布拉江·买买提")),
            event("detained", person("麦合木提·托乎提")),
            event("detained", person("吐尔洪·卡德尔")),
        ),
    ),
    # 35
    Probe(
        "voa",
        "2020-06-06",
        "塔依尔·阿布都拉和他的两个儿子都在2017年被捕，其中塔依尔被判处二十年徒刑。",
        (
            event("detained", person("塔依尔·阿布都拉"), "2017"),
            event("detained", relative("塔依尔·阿布都拉", "son", 2), "2017"),
            event("sentenced", person("塔依尔·阿布都拉")),
        ),
        (("塔依尔·阿布都拉", "塔依尔"),),
    ),
    # 36
    Probe(
        "ltn",
        "2022-05-01",
        "據報導，新疆伊寧市多名維吾爾族青年因參加婚禮時祈禱，被當地法院以「宗教極端」罪名判處五到十年徒刑。",
        (event("sentenced", group("uyghur", "CN-654002")),),
    ),
    # 37
    Probe(
        "atajurt",
        "2019-05-05",
        "我叫努爾蘭·卡里木，是哈薩克斯坦公民。去年我回新疆探親，入境時護照就被邊檢沒收了，直到今年三月才還給我。",
        (
            event("passport_confiscated", person("努爾蘭·卡里木"), "2018"),
            event("passport_returned", person("努爾蘭·卡里木"), "2019-03"),
        ),
    ),
    # 38: the speaker is named after the quotation
    Probe(
        "bbc",
        "2021-03-01",
        "“他们威胁我说，如果我继续说话，我的家人就会有麻烦。”居住在荷兰的阿斯娅·买买提对BBC说。",
        (event("threatened", person("阿斯娅·买买提")),),
    ),
    # 39
    Probe(
        "dw",
        "2020-01-16",
        "德國之聲獲悉，因在網上發文聲援家人而被拘押的哈薩克族青年葉爾江·托列根上週已經獲釋。",
        (
            event("detained", person("葉爾江·托列根")),
            event("released", person("葉爾江·托列根"), "2020-01"),
        ),
    ),
    # 40
    Probe(
        "epoch",
        "2019-11-11",
        "大纪元获得的内部文件显示，伊犁州的一些哈萨克族干部因拒绝放弃伊斯兰信仰受到警告和处分。",
        (event("threatened", group("kazakh", "CN-654000")),),
    ),
    # 41
    Probe(
        "rfa",
        "2020-09-09",
        "自由亞洲電台粵語部報道，新疆博樂市的蒙古族作家巴特爾·額爾登在獄中病逝，終年五十六歲。",
        (event("died", person("巴特爾·額爾登")),),
    ),
    # 42
    Probe(
        "udn",
        "2021-10-10",
        "聯合報記者訪問的台商陳志宏說，他在烏魯木齊的維吾爾族員工熱合曼·艾買提三年前突然失蹤，至今音訊全無。",
        (event("disappeared", person("熱合曼·艾買提"), "2018"),),
    ),
    # 43
    Probe(
        "rfi",
        "2022-02-14",
        "法广：流亡德国的维吾尔人玛合木提·艾沙说，他的父母和妹妹在2017年“被消失”，他至今不知道他们被关在哪里。",
        (
            event("disappeared", relative("玛合木提·艾沙", "parent"), "2017"),
            event("disappeared", relative("玛合木提·艾沙", "sister"), "2017"),
            event("detained", relative("玛合木提·艾沙", "parent")),
            event("detained", relative("玛合木提·艾沙", "sister")),
        ),
    ),
    # 44
    Probe(
        "voa",
        "2019-12-20",
        "新疆阿勒泰地区部分哈萨克族居民最近领回了被收缴两年的护照。",
        (
            event("passport_returned", group("kazakh", "CN-654300")),
            event("passport_confiscated", group("kazakh", "CN-654300")),
        ),
    ),
    # 45: a denial
    Probe(
        "hk01",
        "2018-08-10",
        "本網致電伊犁州察布查爾縣公安局，接線人員否認當地有錫伯族人被抓，隨即掛線。",
        (),
    ),
    # 46
    Probe(
        "mingpao",
        "2019-02-28",
        "聯合國人權專家表示，他們收到報告指，有維吾爾族人在拘留期間死亡。",
        (event("died", group("uyghur")),),
    ),
    # 47: hearsay in a testimony is still what the witness reports
    Probe(
        "atajurt",
        "2019-04-04",
        "我的名字是阿依夏·努尔别克。2018年3月，我的丈夫被带走了。后来听说他被判了七年，但我们从来没有收到判决书。",
        (
            event("detained", relative("阿依夏·努尔别克", "spouse"), "2018-03"),
            event("sentenced", relative("阿依夏·努尔别克", "spouse")),
        ),
    ),
    # 48
    Probe(
        "rfa",
        "2020-04-04",
        "阿克苏一位不愿具名的维吾尔族居民说，他们村至少有三十人被关进了“学习班”，“整个村子都空了”。",
        (event("detained", group("uyghur")),),
    ),
    # 49
    Probe(
        "cna",
        "2020-12-03",
        "中央社報導，在美國的維吾爾族人權人士艾克拜爾·阿不都熱依木今天表示，他的弟弟因為他的維權工作被當局判刑十五年。",
        (event("sentenced", relative("艾克拜爾·阿不都熱依木", "brother")),),
    ),
    # 50
    Probe(
        "dw",
        "2021-07-07",
        "德国之声记者联系上的哈萨克斯坦人巴合提别克·哈比坦说，他的妻子上个月终于获准离开中国，与他在阿拉木图团聚。",
        (event("passport_returned", relative("巴合提别克·哈比坦", "spouse"), "2021-06"),),
    ),
    # 51
    Probe(
        "epoch",
        "2020-03-03",
        "新唐人電視台報導，上百名在土耳其的維吾爾人在伊斯坦堡中國領事館前示威，要求中共說明他們失聯家人的下落。",
        (event("protested", group("uyghur")),),
    ),
    # 52
    Probe(
        "bbc",
        "2019-06-15",
        "BBC取得的名單顯示，墨玉縣至少有一百五十名維吾爾人被送入「職業技能教育培訓中心」，其中部分人已經「結業」。",
        (
            event("detained", group("uyghur", "CN-653222")),
            event("released", group("uyghur", "CN-653222")),
        ),
    ),
    # 53
    Probe(
        "rfa",
        "2018-05-05",
        "维吾尔族足球运动员买买提江·阿吾提的家人证实，他今年二月在回国探亲时被当局拘留，目前被关押在喀什。",
        (event("detained", person("买买提江·阿吾提"), "2018-02"),),
    ),
    # 54
    Probe(
        "ltn",
        "2019-01-22",
        "自由時報：在新疆經商的台商透露，當地的維吾爾族店主幾乎都被約談，不少人被警告不准做禮拜。",
        (event("threatened", group("uyghur", "CN-650000")),),
    ),
    # 55
    Probe(
        "initium",
        "2019-09-09",
        "端傳媒記者與阿依登·別克江多次通話。她說，丈夫出獄後被要求每天到派出所報到，「他不敢跟我說太多」。",
        (event("released", relative("阿依登·別克江", "spouse")),),
    ),
    # 56
    Probe(
        "hk01",
        "2020-11-11",
        "香港維吾爾人組織發起聯署，要求港府關注被判刑的維吾爾學者伊力夏提·沙吾提。",
        (
            event("protested", group("uyghur")),
            event("sentenced", person("伊力夏提·沙吾提")),
        ),
    ),
    # 57
    Probe(
        "voa",
        "2018-10-20",
        "美國之音記者聯繫的多名哈薩克族受訪者都表示，他們在新疆的親屬被迫上交了護照。",
        (event("passport_confiscated", group("kazakh", "CN-650000")),),
    ),
    # 58: two terms, two events
    Probe(
        "atajurt",
        "2019-07-07",
        "我叫扎尔肯·托合塔尔别克。我的两个儿子2017年被抓，大儿子被判了十五年，小儿子被判了十年。",
        (
            event("detained", relative("扎尔肯·托合塔尔别克", "son", 2), "2017"),
            event("sentenced", relative("扎尔肯·托合塔尔别克", "son")),
            event("sentenced", relative("扎尔肯·托合塔尔别克", "son")),
        ),
    ),
    # 59
    Probe(
        "rfi",
        "2020-05-25",
        "法廣記者聯繫到人在伊斯坦堡的美合麗班·吐爾遜。她說，去年底終於接到妹妹的電話，這是兩年來的第一次。",
        (event("contact_restored", relative("美合麗班·吐爾遜", "sister"), "2019-12"),),
    ),
    # 60: an interview
    Probe(
        "rfa",
        "2021-09-01",
        "记者：您的父亲现在在哪里？\n阿卜杜萨拉木·托乎提：不知道。他2019年被带走后就没有了音讯。",
        (
            event("detained", relative("阿卜杜萨拉木·托乎提", "father"), "2019"),
            event("disappeared", relative("阿卜杜萨拉木·托乎提", "father")),
        ),
    ),
    # 61: the threat quotes an arrest that did not happen
    Probe(
        "epoch",
        "2018-07-07",
        "据明慧网消息，哈萨克族教师古丽米拉·萨肯因“戴头巾”被学校开除，随后被派出所传唤，警告她“再戴就抓人”。",
        (event("threatened", person("古丽米拉·萨肯")),),
    ),
    # 62
    Probe(
        "cna",
        "2019-03-27",
        "中央社駐阿拉木圖記者報導，數百名哈薩克人今天上午聚集在外交部外，要求政府出面協助營救被中國拘押的親人。",
        (event("protested", group("kazakh"), "2019-03-27"),),
    ),
    # 63
    Probe(
        "mingpao",
        "2021-01-05",
        "明報記者查證，前新疆大學校長塔西甫拉提·特依拜已被判處死緩。",
        (event("sentenced", person("塔西甫拉提·特依拜")),),
    ),
    # 64
    Probe(
        "rfa",
        "2019-12-12",
        "烏魯木齊一名漢族退休教師王淑芬因在微信群轉發新疆拘留營的文章，被警方拘留十日。",
        (event("detained", person("王淑芬")),),
    ),
    # 65
    Probe(
        "voa",
        "2020-02-02",
        "几名来自哈萨克斯坦的哈萨克族人说，他们已经有两年无法联系在新疆的家人了。",
        (event("contact_lost", group("kazakh")),),
    ),
    # 66
    Probe(
        "dw",
        "2020-03-15",
        "德國之聲報導，維吾爾青年艾合買提江·吐爾遜在烏魯木齊被拘留期間，曾用手機向家人傳出影片，之後便與家人失去聯繫。",
        (
            event("detained", person("艾合買提江·吐爾遜")),
            event("contact_lost", person("艾合買提江·吐爾遜")),
        ),
    ),
    # 67
    Probe(
        "udn",
        "2018-12-12",
        "聯合報系記者獲悉，中國官方已歸還哈薩克籍女子阿依古麗·斯馬依勒的護照，她將於下週返回阿拉木圖。",
        (event("passport_returned", person("阿依古麗·斯馬依勒")),),
    ),
    # 68: a fear
    Probe(
        "ltn",
        "2021-06-05",
        "葉爾波拉·阿曼擔心，如果自己公開發聲，留在新疆的父母恐怕會遭到報復。",
        (),
    ),
    # 69: a promise
    Probe("rfa", "2021-06-06", "当局曾承诺，只要阿力木·热合曼回国，就允许他出境。", ()),
    # 70: an expectation
    Probe("cna", "2021-06-07", "法院將於下月審理此案，外界預料伊斯蘭·托合提將被判重刑。", ()),
    # 71: a warning is a threat though it speaks of the future
    Probe(
        "rfa",
        "2021-06-08",
        "警方表示，如果努尔古丽·卡米力不删除视频，将对她采取措施。",
        (event("threatened", person("努尔古丽·卡米力")),),
    ),
    # 72: a rumour denied
    Probe(
        "epoch",
        "2021-06-09",
        "网传新疆一名维吾尔族歌手已在狱中去世，官方随后辟谣称其“身体健康”。",
        (),
    ),
    # 73: a condition
    Probe("voa", "2021-06-10", "如果被遣返，艾山江·吐尔迪很可能会被关进集中营。", ()),
    # 74
    Probe(
        "rfa",
        "2019-08-08",
        "伊犁州新源县的哈萨克族牧民近日陆续与国外的亲属恢复了联系，但通话时“只敢报平安”。",
        (event("contact_restored", group("kazakh", "CN-654025")),),
    ),
    # 75
    Probe(
        "voa",
        "2020-04-18",
        "美國之音報導，新疆疫情封城期間，伊寧市多名居民在家中死亡，家屬指當局延誤送醫。",
        (event("died", group(None, "CN-654002")),),
    ),
    # 76
    Probe(
        "ltn",
        "2021-12-12",
        "在土耳其的維吾爾人薩伊普·阿不拉說，中國警察透過微信聯繫他，要他監視當地的維吾爾社群，"
        "否則「你在喀什的弟弟會有麻煩」。",
        (event("threatened", person("薩伊普·阿不拉")),),
    ),
    # 77
    Probe(
        "bbc",
        "2021-05-05",
        "BBC看到的一份判决书显示，阿卜杜喀迪尔·亚森的妻子以“煽动民族仇恨罪”被判处有期徒刑七年。",
        (event("sentenced", relative("阿卜杜喀迪尔·亚森", "spouse")),),
    ),
    # 78
    Probe(
        "atajurt",
        "2019-02-02",
        "我叫哈麗瑪·努爾蘭。我的舅舅和表哥都被抓進了集中營，舅舅去年死在裡面。",
        (
            event("detained", relative("哈麗瑪·努爾蘭", "relative")),
            event("detained", relative("哈麗瑪·努爾蘭", "cousin")),
            event("died", relative("哈麗瑪·努爾蘭", "relative"), "2018"),
        ),
    ),
    # 79
    Probe(
        "rfa",
        "2020-10-20",
        "被关押的维吾尔族学者拉希达·阿不都热依木的女儿本周在美国国会作证，呼吁中国释放她的母亲。",
        (
            event("detained", person("拉希达·阿不都热依木")),
            event("protested", relative("拉希达·阿不都热依木", "daughter"), "2020-10"),
        ),
    ),
    # 80
    Probe(
        "hk01",
        "2021-07-21",
        "蒙古族牧民巴雅爾的兩名兒子因抗議開礦被捕，他本人也遭到警方恐嚇。",
        (
            event("detained", relative("巴雅爾", "son", 2)),
            event("threatened", person("巴雅爾")),
        ),
    ),
    # 81
    Probe(
        "dw",
        "2019-08-30",
        "德国之声获悉，在德国的维吾尔人图尔孙江·吾守尔本月在柏林中国大使馆前独自举牌抗议，要求释放他的哥哥。",
        (
            event("protested", person("图尔孙江·吾守尔"), "2019-08"),
            event("detained", relative("图尔孙江·吾守尔", "brother")),
        ),
    ),
    # 82
    Probe(
        "cna",
        "2022-06-06",
        "中央社報導，旅居土耳其的哈薩克人胡爾曼別克·阿合買提說，他在伊犁的姐姐上月被警察帶走後，就再也聯繫不上了。",
        (
            event("detained", relative("胡爾曼別克·阿合買提", "sister"), "2022-05"),
            event("contact_lost", relative("胡爾曼別克·阿合買提", "sister")),
        ),
    ),
    # 83
    Probe(
        "voa",
        "2021-11-11",
        "阿衣木妮萨·吐尔逊说，丈夫2020年在拘留中心死亡后，当局一直不允许她出境。",
        (
            event("died", relative("阿衣木妮萨·吐尔逊", "spouse"), "2020"),
            event("passport_confiscated", person("阿衣木妮萨·吐尔逊")),
        ),
    ),
    # 84
    Probe(
        "rfi",
        "2018-09-09",
        "法广：新疆和田的维吾尔人过去一年大批失踪，当地人说，“几乎每家都有人被带走”。",
        (
            event("disappeared", group("uyghur", "CN-653200")),
            event("detained", group("uyghur", "CN-653200")),
        ),
    ),
    # 85
    Probe(
        "hk01",
        "2019-04-04",
        "獲釋的哈薩克族女子薩依拉古麗·沙吾提巴依今天抵達阿拉木圖機場，與丈夫和兩個孩子團聚。",
        (event("released", person("薩依拉古麗·沙吾提巴依")),),
    ),
    # 86
    Probe(
        "epoch",
        "2019-10-01",
        "吐鲁番维吾尔族老人尼亚孜·卡热因为孙子在国外留学，被警察多次上门骚扰，要求他让孙子回国。",
        (event("threatened", person("尼亚孜·卡热")),),
    ),
    # 87
    Probe(
        "bbc",
        "2020-09-09",
        "他的家人說，伊明江·塞都拉2018年從埃及回國後即被當局帶走，今年初被判處十年徒刑，家人直到上月才得知。",
        (
            event("detained", person("伊明江·塞都拉"), "2018"),
            event("sentenced", person("伊明江·塞都拉"), "2020"),
        ),
    ),
    # 88: a headline
    Probe(
        "ltn",
        "2023-02-02",
        "維吾爾詩人阿不都熱合曼·艾拜遭重判 妻子赴聯合國陳情",
        (
            event("sentenced", person("阿不都熱合曼·艾拜")),
            event("protested", relative("阿不都熱合曼·艾拜", "spouse")),
        ),
    ),
    # 89
    Probe(
        "mingpao",
        "2018-11-11",
        "明報記者在阿拉木圖訪問的一名哈薩克族母親古麗巴努·卡斯木表示，她的女兒在新疆被禁止出境已經一年。",
        (event("passport_confiscated", relative("古麗巴努·卡斯木", "daughter")),),
    ),
    # 90
    Probe(
        "rfa",
        "2021-02-15",
        "家住伊犁的哈薩克族老人卡德爾別克·加納提上月恢復了與在哈薩克斯坦的女兒的聯繫。",
        (event("contact_restored", person("卡德爾別克·加納提"), "2021-01"),),
    ),
    # 91: in-laws and their children are relatives
    Probe(
        "atajurt",
        "2019-10-10",
        "我是阿娜尔古丽·叶尔江。我的姐姐、姐夫和他们的孩子2018年起就下落不明。",
        (
            event("disappeared", relative("阿娜尔古丽·叶尔江", "sister"), "2018"),
            event("disappeared", relative("阿娜尔古丽·叶尔江", "relative"), "2018"),
        ),
    ),
    # 92: the active voice
    Probe(
        "rfa",
        "2020-12-12",
        "今年十月，和田县公安局以“非法宗教活动”为由逮捕了维吾尔族伊玛目阿不都克里木·热扎克。",
        (event("detained", person("阿不都克里木·热扎克"), "2020-10"),),
    ),
    # 93: the active voice
    Probe(
        "mingpao",
        "2021-03-03",
        "喀什地區中級法院去年以「分裂國家罪」判處維吾爾族教師麥麥提明·艾買提有期徒刑十二年。",
        (event("sentenced", person("麥麥提明·艾買提"), "2020"),),
    ),
    # 94: the subject left unsaid in the second sentence
    Probe(
        "rfa",
        "2021-04-04",
        "买合木提·依明2016年从埃及回国。第二年被带走，此后音讯全无。",
        (
            event("detained", person("买合木提·依明"), "2017"),
            event("disappeared", person("买合木提·依明")),
        ),
    ),
    # 95
    Probe(
        "ltn",
        "2020-06-20",
        "維吾爾裔美國人米日古麗·塔依爾說，自從她接受媒體採訪後，她在新疆的父母和弟弟多次被警察上門約談、恐嚇。",
        (
            event("threatened", relative("米日古麗·塔依爾", "parent")),
            event("threatened", relative("米日古麗·塔依爾", "brother")),
        ),
    ),
    # 96
    Probe(
        "voa",
        "2019-05-05",
        "居住在哈萨克斯坦的热依扎·卡林说，她在塔城的哥哥因为她而受到当地官员施压，被要求劝她回国。",
        (event("threatened", relative("热依扎·卡林", "brother")),),
    ),
    # 97: not released: still held
    Probe(
        "mingpao",
        "2019-12-20",
        "阿依蘇魯·別克說，她的丈夫至今仍未獲釋。",
        (event("detained", relative("阿依蘇魯·別克", "spouse")),),
    ),
    # 98
    Probe(
        "rfa",
        "2019-10-10",
        "当地官员对本台证实，霍城县一批“学员”近日已经获释回家。",
        (event("released", group(None, "CN-654023")),),
    ),
)


# A second set, written after the rules had been changed against the first and run once: how
# far the changes carry to text they were not fitted to. Fictional like the first.
SECOND_PROBES: tuple[Probe, ...] = (
    Probe(
        "rfa",
        "2022-03-10",
        "据本台了解，喀什市维吾尔族企业家艾尔肯·吐拉克去年10月被警方带走，"
        "今年初以“分裂国家罪”被判处十五年徒刑。",
        (
            event("detained", person("艾尔肯·吐拉克"), "2021-10"),
            event("sentenced", person("艾尔肯·吐拉克"), "2022"),
        ),
    ),
    Probe(
        "cna",
        "2021-08-18",
        "中央社報導，旅居荷蘭的維吾爾人阿迪萊·努爾說，她的兩個哥哥2018年被關進再教育營後，至今下落不明。",
        (
            event("detained", relative("阿迪萊·努爾", "brother", 2), "2018"),
            event("disappeared", relative("阿迪萊·努爾", "brother", 2)),
        ),
    ),
    Probe(
        "atajurt",
        "2019-08-08",
        "我叫叶尔保拉·托列吾汗。我的母亲2018年被送进“学习班”，去年才放出来，现在她的护照还被扣着。",
        (
            event("detained", relative("叶尔保拉·托列吾汗", "mother"), "2018"),
            event("released", relative("叶尔保拉·托列吾汗", "mother"), "2018"),
            event("passport_confiscated", relative("叶尔保拉·托列吾汗", "mother")),
        ),
    ),
    Probe(
        "hk01",
        "2020-06-06",
        "新疆烏魯木齊多名哈薩克族大學生去年被當局以「宗教極端」為由拘押，部分人已獲釋。",
        (
            event("detained", group("kazakh", "CN-650100"), "2019"),
            event("released", group("kazakh", "CN-650100")),
        ),
    ),
    Probe(
        "dw",
        "2021-10-10",
        "德国之声获悉，维吾尔族学者古丽娜·艾买提的丈夫日前获释，但两人至今无法联系。",
        (
            event("released", relative("古丽娜·艾买提", "spouse")),
            event("contact_lost", relative("古丽娜·艾买提", "spouse")),
        ),
    ),
    Probe(
        "voa",
        "2020-12-12",
        "美國之音：哈薩克斯坦公民阿依江·賽力克說，中國警察多次打電話給他在伊犁的父親，要求父親勸他回國。",
        (event("threatened", relative("阿依江·賽力克", "father")),),
    ),
    Probe(
        "ltn",
        "2022-09-09",
        "自由時報報導，在新疆服刑的維吾爾族經濟學家吐爾洪·買買提上月在獄中去世，享年六十二歲。",
        (
            event("sentenced", person("吐爾洪·買買提")),
            event("died", person("吐爾洪·買買提"), "2022-08"),
        ),
    ),
    Probe(
        "epoch",
        "2019-05-05",
        "新唐人报道，伊犁州一些哈萨克族牧民的护照被没收后，至今仍无法出境探亲。",
        (event("passport_confiscated", group("kazakh", "CN-654000")),),
    ),
    Probe(
        "rfi",
        "2021-03-03",
        "法廣記者聯繫上的努爾蘭·阿曼說，他三年來第一次和在塔城的妹妹通上了電話。",
        (event("contact_restored", relative("努爾蘭·阿曼", "sister")),),
    ),
    Probe(
        "standnews",
        "2019-11-11",
        "數百名在港維吾爾人及支持者昨晚在中環集會，聲援新疆被關押的族人。",
        (
            event("protested", group("uyghur"), "2019-11-10"),
            event("detained", group("uyghur", "CN-650000")),
        ),
    ),
    Probe(
        "bbc",
        "2021-01-01",
        "BBC记者联系到的阿布都热合曼·托合提说，警方威胁他，如果继续接受采访，就把他在和田的弟弟抓起来。",
        (event("threatened", person("阿布都热合曼·托合提")),),
    ),
    Probe(
        "mingpao", "2021-06-01", "外界擔心，剛回國的哈薩克族青年努爾別克·卡斯木可能已遭拘押。", ()
    ),
    Probe("rfa", "2021-06-02", "当局否认伊力亚尔·买买提已经死亡，但拒绝让家属探视。", ()),
    Probe(
        "udn",
        "2020-10-10",
        "聯合報獲悉，新疆阿勒泰地區的哈薩克族居民近日陸續獲准出境，前往哈薩克斯坦探親。",
        (event("passport_returned", group("kazakh", "CN-654300")),),
    ),
    Probe(
        "initium",
        "2021-12-12",
        "端傳媒訪問的米爾扎提·沙吾提說，他的父母和妹妹都在2017年被帶走，父親去年死於拘留營。",
        (
            event("detained", relative("米爾扎提·沙吾提", "parent"), "2017"),
            event("detained", relative("米爾扎提·沙吾提", "sister"), "2017"),
            event("died", relative("米爾扎提·沙吾提", "father"), "2020"),
        ),
    ),
    Probe(
        "voa",
        "2019-07-17",
        "美国之音获悉，乌鲁木齐维吾尔族商人买买提·吐尔逊被判刑后，其妻子和女儿也遭到拘押。",
        (
            event("sentenced", person("买买提·吐尔逊")),
            event("detained", relative("买买提·吐尔逊", "spouse")),
            event("detained", relative("买买提·吐尔逊", "daughter")),
        ),
    ),
    Probe(
        "atajurt",
        "2019-09-09",
        "我是阿勒瑪·葉爾蘭。二〇一八年起我就聯繫不上在昭蘇縣的姐姐，聽鄰居說她被抓進了集中營。",
        (
            event("contact_lost", relative("阿勒瑪·葉爾蘭", "sister"), "2018"),
            event("detained", relative("阿勒瑪·葉爾蘭", "sister")),
        ),
    ),
    Probe(
        "cna",
        "2021-05-05",
        "中央社電 新疆和田地區墨玉縣一名維吾爾族伊瑪目阿不都熱依木·卡迪爾遭判無期徒刑，"
        "其家屬向聯合國陳情。",
        (
            event("sentenced", person("阿不都熱依木·卡迪爾")),
            event("protested", relative("阿不都熱依木·卡迪爾", "family")),
        ),
    ),
    Probe(
        "rfa",
        "2020-11-11",
        "本台获悉，在押的维吾尔族诗人阿不都许库尔·买买提已于上月获释回家。",
        (
            event("detained", person("阿不都许库尔·买买提")),
            event("released", person("阿不都许库尔·买买提"), "2020-10"),
        ),
    ),
    Probe(
        "dw",
        "2021-04-04",
        "德國之聲記者採訪的多名在德國的維吾爾人表示，他們的手機經常接到中國警察的騷擾電話。",
        (event("threatened", group("uyghur")),),
    ),
    Probe(
        "rfa",
        "2021-06-03",
        "據傳，哈薩克族阿訇努爾蘭·賽買提已在拘留期間身亡，但消息未獲證實。",
        (),
    ),
    Probe(
        "rfa",
        "2018-12-12",
        "阿克苏地区拜城县的维吾尔族村民说，村里的年轻人几乎都被带走了。",
        (event("detained", group("uyghur", "CN-652926")),),
    ),
    Probe(
        "bbc",
        "2020-02-20",
        "在英國的維吾爾人阿布都外力·艾山說，姐姐被釋放後一直被禁止離開烏魯木齊，護照也被收走了。",
        (
            event("released", relative("阿布都外力·艾山", "sister")),
            event("passport_confiscated", relative("阿布都外力·艾山", "sister")),
        ),
    ),
    Probe(
        "mingpao",
        "2019-03-03",
        "哈薩克斯坦籍女子古麗夏·托列根在烏魯木齊機場被扣押三天後，終於獲准返回阿拉木圖。",
        (
            event("detained", person("古麗夏·托列根")),
            event("passport_returned", person("古麗夏·托列根")),
        ),
    ),
    Probe(
        "voa",
        "2021-09-09",
        "维吾尔人权项目说，被判刑的维吾尔族学者至少有四百三十人。",
        (event("sentenced", group("uyghur")),),
    ),
)


# A third set, on subject attachment in long news sentences: several persons and relatives in
# one sentence, reported speech (X說，她的哥哥被帶走), first-person quotes after a named speaker,
# appositives (學者X的妹妹Y), relatives named later (她的妹妹Y), lists of relatives with counts,
# the same relative taken up by 他/她/其/該男子, groups beside named people, officials as agents
# (警方拘留了X的丈夫), clauses of time and reason (在X被捕後，其妻子…), subjects left unsaid across
# sentences, relatives of people the text does not name (no event: no anchor), and kin words
# said from the side of a named person's relative (his daughter's 父親 is that man). Written
# before any code ran on them, in Taiwanese, Hong Kong and overseas outlets' wording and as
# testimonies, 34 of the 53 in Traditional script. Fictional like the others. In-laws are
# "relative" as GOLD.md says; an event a place only presupposes (死在看守所) is not written, as
# in the first set; a group's relatives held at home are the group, of no stated place.
# Run once on the code before any rule was written for it (457e234): F1 0.738 (P 0.753 /
# R 0.724); after the rules of docs/extraction.md ("third set"): 0.931.
THIRD_PROBES: tuple[Probe, ...] = (
    # 1: a sister-in-law is the spouse of the named brother
    Probe(
        "cna",
        "2021-03-15",
        "中央社報導，旅居土耳其的維吾爾人阿依努爾·卡迪爾說，她的哥哥艾克拜爾·卡迪爾2017年被警方帶走，"
        "次年被判刑十五年。阿依努爾說，自那以後她再也聯繫不上哥哥的妻子。",
        (
            event("detained", person("艾克拜爾·卡迪爾"), "2017"),
            event("sentenced", person("艾克拜爾·卡迪爾"), "2018"),
            event("contact_lost", relative("艾克拜爾·卡迪爾", "spouse")),
        ),
        (("阿依努爾·卡迪爾", "阿依努爾"),),
    ),
    # 2: an official as agent of an active verb
    Probe(
        "ltn",
        "2020-09-01",
        "自由時報報導，哈薩克裔女子古麗巴赫拉·努爾蘭告訴記者，警方去年拘留了她的弟弟，"
        "她的丈夫則在2018年被判處十年徒刑。她說，母親因此病倒，今年初在家中去世。",
        (
            event("detained", relative("古麗巴赫拉·努爾蘭", "brother"), "2019"),
            event("sentenced", relative("古麗巴赫拉·努爾蘭", "spouse"), "2018"),
            event("died", relative("古麗巴赫拉·努爾蘭", "mother"), "2020"),
        ),
    ),
    # 3: a clause of time, then the sister speaks of her brother
    Probe(
        "mingpao",
        "2019-12-02",
        "明報訊 新疆伊犁的哈薩克族牧民葉爾江·托汗在2018年被捕後，其妻子和兩名兒子也先後被帶走。"
        "他的妹妹說，哥哥至今下落不明。",
        (
            event("detained", person("葉爾江·托汗"), "2018"),
            event("detained", relative("葉爾江·托汗", "spouse")),
            event("detained", relative("葉爾江·托汗", "son", 2)),
            event("disappeared", person("葉爾江·托汗")),
        ),
    ),
    # 4: an appositive: the scholar's sister is named
    Probe(
        "hk01",
        "2021-07-07",
        "HK01報道，維吾爾族學者阿布力孜·熱合曼的妹妹阿米娜·熱合曼上月在喀什被警方拘留。"
        "阿布力孜本人2019年已被判刑，目前在獄中服刑。",
        (
            event("detained", person("阿米娜·熱合曼"), "2021-06"),
            event("sentenced", person("阿布力孜·熱合曼"), "2019"),
        ),
        (("阿布力孜·熱合曼", "阿布力孜"),),
    ),
    # 5: a first-person quote after a named speaker, and a group
    Probe(
        "voa",
        "2020-05-20",
        "美国之音记者采访了在美国的维吾尔人努尔古丽·艾买提。她说：「我的哥哥2017年被抓进集中营，"
        "我的父亲去年在拘留期间去世。」她说，当地数百名维吾尔人也被关押。",
        (
            event("detained", relative("努尔古丽·艾买提", "brother"), "2017"),
            event("died", relative("努尔古丽·艾买提", "father"), "2019"),
            event("detained", group("uyghur")),
        ),
    ),
    # 6: a cousin tells of the man's wife
    Probe(
        "rfa",
        "2019-04-10",
        "自由亚洲电台获悉，和田地区墨玉县的维吾尔族教师阿卜杜拉·吐尔逊被判处十年徒刑。"
        "据他在海外的表弟透露，阿卜杜拉的妻子也于同年被送进再教育营，两个孩子被送往寄宿学校。",
        (
            event("sentenced", person("阿卜杜拉·吐尔逊")),
            event("detained", relative("阿卜杜拉·吐尔逊", "spouse")),
        ),
        (("阿卜杜拉·吐尔逊", "阿卜杜拉"),),
    ),
    # 7: parents, then each of them
    Probe(
        "bbc",
        "2021-02-02",
        "BBC中文採訪了哈薩克斯坦公民別克紮特·努爾蘭。他說，他在伊犁的父母2018年被帶走，"
        "父親次年獲釋，但母親至今音訊全無。",
        (
            event("detained", relative("別克紮特·努爾蘭", "parent"), "2018"),
            event("released", relative("別克紮特·努爾蘭", "father"), "2019"),
            event("disappeared", relative("別克紮特·努爾蘭", "mother")),
        ),
    ),
    # 8: the husband named in apposition; his mother is his relative
    Probe(
        "dw",
        "2020-10-10",
        "德國之聲報導，在德國生活的維吾爾人卡米拉·吐爾遜表示，她的丈夫艾山·買買提2018年回新疆探親時"
        "被警方扣押。她說，丈夫被捕後，丈夫的母親也被禁止出境，護照被沒收。",
        (
            event("detained", person("艾山·買買提"), "2018"),
            event("passport_confiscated", relative("艾山·買買提", "mother")),
        ),
    ),
    # 9: counted relatives, then one of each
    Probe(
        "initium",
        "2022-03-03",
        "端傳媒訪問的烏茲別克裔商人阿里木·沙比爾回憶，2017年冬天他的兩個弟弟和一個妹妹相繼被關進拘留營。"
        "其中小弟在營中死亡，妹妹去年獲釋。",
        (
            event("detained", relative("阿里木·沙比爾", "brother", 2), "2017"),
            event("detained", relative("阿里木·沙比爾", "sister", 1), "2017"),
            event("died", relative("阿里木·沙比爾", "brother")),
            event("released", relative("阿里木·沙比爾", "sister"), "2021"),
        ),
    ),
    # 10: police as agent; the son named after the verb
    Probe(
        "rfi",
        "2021-11-11",
        "法广记者联系到在阿拉木图的哈萨克族妇女萨吾列·别克。她说，2019年3月，警方拘留了她的丈夫，"
        "随后又带走了她的儿子努尔苏丹。她说，儿子上个月被判刑七年。",
        (
            event("detained", relative("萨吾列·别克", "spouse"), "2019-03"),
            event("detained", person("努尔苏丹"), "2019"),
            event("sentenced", person("努尔苏丹"), "2021-10"),
        ),
    ),
    # 11: a testimony: the named sister and her husband
    Probe(
        "atajurt",
        "2019-07-01",
        "我叫阿依古丽·哈力别克，是哈萨克斯坦公民。我的妹妹古丽扎达2018年在塔城被抓，她的丈夫也被带走了。"
        "妹妹的两个孩子现在由我母亲照顾，我已经两年联系不上妹妹。",
        (
            event("detained", person("古丽扎达"), "2018"),
            event("detained", relative("古丽扎达", "spouse")),
            event("contact_lost", person("古丽扎达"), "2017"),
        ),
    ),
    # 12: a group, then one woman's father among them
    Probe(
        "udn",
        "2020-08-08",
        "聯合報報導，新疆喀什地區當地數百名維吾爾人去年被送往「職業技能培訓中心」。"
        "一名受訪的維吾爾族婦女阿塞姆·托合提說，她的父親也在其中，至今下落不明。",
        (
            event("detained", group("uyghur", "CN-653100"), "2019"),
            event("detained", relative("阿塞姆·托合提", "father"), "2019"),
            event("disappeared", relative("阿塞姆·托合提", "father")),
        ),
    ),
    # 13: a group, two cousins of a named man, his mother's contact
    Probe(
        "mingpao",
        "2018-11-20",
        "明報訊 據在港維吾爾人組織透露，新疆阿克蘇地區多名維吾爾族商人近月被拘押，"
        "其中包括香港居民艾合買提·尼亞孜的兩名堂兄。艾合買提說，他的母親亦被禁止與他通電話。",
        (
            event("detained", group("uyghur", "CN-652900")),
            event("detained", relative("艾合買提·尼亞孜", "cousin", 2)),
            event("contact_lost", relative("艾合買提·尼亞孜", "mother")),
        ),
        (("艾合買提·尼亞孜", "艾合買提"),),
    ),
    # 14: the speaker is the musician's sister
    Probe(
        "voa",
        "2021-04-12",
        "美國之音：維吾爾族音樂家熱依拉·阿不都的姐姐說，熱依拉去年8月在烏魯木齊被國安人員帶走，此後下落不明。"
        "她說，熱依拉的丈夫也在同月被捕。",
        (
            event("detained", person("熱依拉·阿不都"), "2020-08"),
            event("disappeared", person("熱依拉·阿不都")),
            event("detained", relative("熱依拉·阿不都", "spouse"), "2020-08"),
        ),
        (("熱依拉·阿不都", "熱依拉"),),
    ),
    # 15: a policeman confirms the son's detention
    Probe(
        "rfa",
        "2020-01-15",
        "本台记者致电伊犁州察布查尔县一派出所，一名警察证实，当地居民吐尔逊江·沙塔尔的儿子去年被拘留，"
        "但拒绝透露原因。吐尔逊江本人2018年已去世。",
        (
            event("detained", relative("吐尔逊江·沙塔尔", "son"), "2019"),
            event("died", person("吐尔逊江·沙塔尔"), "2018"),
        ),
        (("吐尔逊江·沙塔尔", "吐尔逊江"),),
    ),
    # 16: a group, a named man, his two sons with two terms
    Probe(
        "bbc",
        "2022-05-05",
        "BBC中文获得的一份名单显示，阿克苏地区温宿县至少有三十名维吾尔族村民被判刑。"
        "名单上的买买提·艾力被判处二十年徒刑，他的两个儿子分别被判十年和十二年。",
        (
            event("sentenced", group("uyghur", "CN-652922")),
            event("sentenced", person("买买提·艾力")),
            event("sentenced", relative("买买提·艾力", "son", 2)),
            event("sentenced", relative("买买提·艾力", "son", 2)),
        ),
    ),
    # 17: a group's relatives held at home, then a father-in-law
    Probe(
        "cna",
        "2019-10-10",
        "中央社電 旅居哈薩克斯坦的哈薩克族人努爾蘭·阿曼表示，"
        "在哈薩克斯坦的數千名哈薩克族人的親屬仍被關押在新疆。"
        "他自己的岳父2018年被捕，至今仍未獲釋。",
        (
            event("detained", group("kazakh")),
            event("detained", relative("努爾蘭·阿曼", "relative"), "2018"),
        ),
    ),
    # 18: father and uncles, then the mother
    Probe(
        "ltn",
        "2021-12-01",
        "自由時報報導，維吾爾族模特兒米日古麗·阿布拉在社群媒體上發文說，她的父親與兩名叔叔於2017年被送進集中營，"
        "父親2020年出營後不久病逝。她的母親則因「與境外聯繫」被判刑五年。",
        (
            event("detained", relative("米日古麗·阿布拉", "father"), "2017"),
            event("detained", relative("米日古麗·阿布拉", "relative", 2), "2017"),
            event("released", relative("米日古麗·阿布拉", "father"), "2020"),
            event("died", relative("米日古麗·阿布拉", "father"), "2020"),
            event("sentenced", relative("米日古麗·阿布拉", "mother")),
        ),
    ),
    # 19: 該男子 takes up the poet; his arrest told in a clause of time
    Probe(
        "hk01",
        "2020-03-03",
        "據HK01報道，新疆塔城地區的哈薩克族詩人阿肯·薩吾提被當局以「煽動民族仇恨」罪名判處十二年徒刑。"
        "消息人士指，該男子的妻子在他被捕後也被拘留，其十歲的女兒則由親戚撫養。",
        (
            event("sentenced", person("阿肯·薩吾提")),
            event("detained", person("阿肯·薩吾提")),
            event("detained", relative("阿肯·薩吾提", "spouse")),
        ),
    ),
    # 20: father and three sisters of the speaker
    Probe(
        "rfa",
        "2019-02-14",
        "自由亞洲電台記者聯絡上在土耳其的維吾爾人阿卜杜熱合曼·伊明。他說，去年5月他的父親在喀什被拘押，"
        "他的三個姐妹也在同一個月被帶走。他已有半年無法聯繫家人。",
        (
            event("detained", relative("阿卜杜熱合曼·伊明", "father"), "2018-05"),
            event("detained", relative("阿卜杜熱合曼·伊明", "sister", 3), "2018-05"),
            event("contact_lost", relative("阿卜杜熱合曼·伊明", "family"), "2018"),
        ),
    ),
    # 21: the daughter's 父親 and 母親 are the man and his wife
    Probe(
        "voa",
        "2020-07-07",
        "美国之音获悉，新疆阿勒泰地区的哈萨克族退休教师哈力木·加帕尔及其妻子2019年初被警方带走。"
        "他在哈萨克斯坦的女儿阿丽娅说，父亲已被判刑，但母亲至今下落不明。",
        (
            event("detained", person("哈力木·加帕尔"), "2019"),
            event("detained", relative("哈力木·加帕尔", "spouse"), "2019"),
            event("sentenced", person("哈力木·加帕尔")),
            event("disappeared", relative("哈力木·加帕尔", "spouse")),
        ),
    ),
    # 22: a grandfather and uncles are relatives
    Probe(
        "dw",
        "2019-09-09",
        "德国之声采访的维吾尔族留学生穆罕默德·阿里说，他的祖父和两个舅舅都被关进了再教育营。"
        "他说，祖父今年春天在营中去世。",
        (
            event("detained", relative("穆罕默德·阿里", "relative", 3)),
            event("died", relative("穆罕默德·阿里", "relative"), "2019"),
        ),
    ),
    # 23: the husband's brother and his son are relatives (in-laws)
    Probe(
        "initium",
        "2020-12-12",
        "端傳媒記者在阿拉木圖見到了哈薩克族婦女扎米拉·葉爾肯。她的丈夫2017年在伊寧被帶走，兩年後被判刑。"
        "她說，丈夫的弟弟後來也被抓，「連他十六歲的兒子都沒放過」。",
        (
            event("detained", relative("扎米拉·葉爾肯", "spouse"), "2017"),
            event("sentenced", relative("扎米拉·葉爾肯", "spouse"), "2019"),
            event("detained", relative("扎米拉·葉爾肯", "relative")),
        ),
    ),
    # 24: a testimony: the named sister, her husband's death
    Probe(
        "atajurt",
        "2019-05-05",
        "我叫努爾別克·薩帕爾，住在阿拉木圖。我的姐姐古麗娜·薩帕爾2018年被送去「學習」，"
        "她的兩個孩子也被送進了寄宿學校。姐姐的丈夫去年死在看守所裡，我們到現在也不知道原因。",
        (
            event("detained", person("古麗娜·薩帕爾"), "2018"),
            event("died", relative("古麗娜·薩帕爾", "spouse"), "2018"),
        ),
    ),
    # 25: three sons, two terms; the mother under house arrest
    Probe(
        "rfa",
        "2021-08-20",
        "本台获悉，喀什地区叶城县一名维吾尔族妇女阿娜尔古丽·买买提的三个儿子均被判刑。"
        "据知情人士说，她的大儿子被判十五年，二儿子和小儿子各被判十年。阿娜尔古丽本人目前被软禁在家。",
        (
            event("sentenced", relative("阿娜尔古丽·买买提", "son")),
            event("sentenced", relative("阿娜尔古丽·买买提", "son")),
            event("detained", person("阿娜尔古丽·买买提")),
        ),
        (("阿娜尔古丽·买买提", "阿娜尔古丽"),),
    ),
    # 26: a group, and an uncle is one of it
    Probe(
        "cna",
        "2022-02-22",
        "中央社報導，美國維吾爾協會指出，新疆和田地區至少有兩百名維吾爾族宗教人士被判重刑。"
        "該協會成員、旅美維吾爾人阿迪力·吐爾遜說，他的叔叔是其中之一。",
        (
            event("sentenced", group("uyghur", "CN-653200")),
            event("sentenced", relative("阿迪力·吐爾遜", "relative")),
        ),
    ),
    # 27: the speaker is named only at the end
    Probe(
        "ltn",
        "2018-10-10",
        "自由時報報導，一名來自伊犁的哈薩克族女子在接受採訪時說，她的哥哥兩年前被警方拘留，嫂子隨後也被帶走，"
        "「他們的三個孩子沒有人照顧」。這名女子名叫阿依達·努爾蘭，目前住在哈薩克斯坦。",
        (
            event("detained", relative("阿依達·努爾蘭", "brother"), "2016"),
            event("detained", relative("阿依達·努爾蘭", "relative")),
        ),
    ),
    # 28: one wife: her passport, her detention, the contact
    Probe(
        "voa",
        "2019-11-25",
        "美国之音记者联系上在荷兰的维吾尔人阿不都外力·肉孜。他说，他的妻子2017年回喀什探亲时护照被收走，"
        "随后被关进拘留营。他已经三年没有和妻子说过话。",
        (
            event("passport_confiscated", relative("阿不都外力·肉孜", "spouse"), "2017"),
            event("detained", relative("阿不都外力·肉孜", "spouse"), "2017"),
            event("contact_lost", relative("阿不都外力·肉孜", "spouse"), "2016"),
        ),
    ),
    # 29: the mother's passport, the father threatened
    Probe(
        "hk01",
        "2021-09-09",
        "HK01報道，哈薩克斯坦公民賽里克·托列根的母親在新疆塔城被警方問話後，被要求交出護照。"
        "賽里克說，警方還多次打電話恐嚇他的父親，要他勸兒子不要再接受外國媒體訪問。",
        (
            event("passport_confiscated", relative("賽里克·托列根", "mother")),
            event("threatened", relative("賽里克·托列根", "father")),
        ),
        (("賽里克·托列根", "賽里克"),),
    ),
    # 30: a daughter's appeal implies her father's detention
    Probe(
        "bbc",
        "2020-06-06",
        "BBC中文報導，維吾爾族學者伊力夏提·吐爾遜2017年失蹤後，其妻子多次向當局查詢，均無結果。"
        "去年，他的女兒在美國國會作證，呼籲中國釋放她的父親。",
        (
            event("disappeared", person("伊力夏提·吐爾遜"), "2017"),
            event("protested", relative("伊力夏提·吐爾遜", "daughter"), "2019"),
            event("detained", person("伊力夏提·吐爾遜")),
        ),
    ),
    # 31: the daughter's 父親 and 叔叔 are the man and his brothers
    Probe(
        "rfa",
        "2020-04-04",
        "自由亚洲电台报道，昌吉州呼图壁县的哈萨克族牧民阿斯卡尔·别克和他的两个兄弟于2018年被捕。"
        "据他在阿拉木图的女儿说，父亲去年被判刑，两个叔叔至今下落不明。",
        (
            event("detained", person("阿斯卡尔·别克"), "2018"),
            event("detained", relative("阿斯卡尔·别克", "brother", 2), "2018"),
            event("sentenced", person("阿斯卡尔·别克"), "2019"),
            event("disappeared", relative("阿斯卡尔·别克", "brother", 2)),
        ),
    ),
    # 32: an unnamed merchant's relatives: no anchor, no event
    Probe(
        "udn",
        "2019-12-12",
        "聯合報報導，新疆喀什地區疏附縣的維吾爾人近年大量被拘押。"
        "一位不願具名的維吾爾族商人說，他的表哥與表嫂都被帶走，他的父親則在去年被判刑十年。",
        (event("detained", group("uyghur", "CN-653121")),),
    ),
    # 33: a first-person quote: the speaker's mother, not her brother
    Probe(
        "dw",
        "2021-05-05",
        "德國之聲記者聯繫上在慕尼黑的維吾爾人阿依努爾·阿卜杜拉。她的弟弟麥麥提江2019年在烏魯木齊被判刑十三年。"
        "她說：「我的母親為了他四處奔走，結果也被關進了看守所。」",
        (
            event("sentenced", person("麥麥提江"), "2019"),
            event("detained", relative("阿依努爾·阿卜杜拉", "mother")),
        ),
    ),
    # 34: an unnamed speaker's named brother, his wife and child
    Probe(
        "rfi",
        "2022-01-20",
        "法廣報導，一名在法國的維吾爾人說，他的哥哥吐爾洪·卡德爾2018年被捕，今年初在獄中死亡。"
        "吐爾洪的妻子和孩子則被禁止出境。",
        (
            event("detained", person("吐爾洪·卡德爾"), "2018"),
            event("died", person("吐爾洪·卡德爾"), "2022"),
            event("passport_confiscated", relative("吐爾洪·卡德爾", "spouse")),
            event("passport_confiscated", relative("吐爾洪·卡德爾", "child")),
        ),
        (("吐爾洪·卡德爾", "吐爾洪"),),
    ),
    # 35: a testimony: husband and father-in-law
    Probe(
        "atajurt",
        "2018-12-20",
        "我叫巴合提古丽·努尔江。2017年10月，警察把我的丈夫叫到派出所，之后就没有回来。"
        "今年3月我才知道他被判了十年。我的公公也在同一天被带走了。",
        (
            event("detained", relative("巴合提古丽·努尔江", "spouse"), "2017-10"),
            event("sentenced", relative("巴合提古丽·努尔江", "spouse")),
            event("detained", relative("巴合提古丽·努尔江", "relative"), "2017-10"),
        ),
    ),
    # 36: the wife named in apposition petitions, then is held
    Probe(
        "voa",
        "2021-03-08",
        "美国之音报道，新疆伊犁州的哈萨克族人努尔波拉提·哈山被判刑后，他的妻子古丽米拉向当局请愿，"
        "随后她本人也被拘留。她的父亲告诉记者，女儿至今下落不明。",
        (
            event("sentenced", person("努尔波拉提·哈山")),
            event("protested", person("古丽米拉")),
            event("detained", person("古丽米拉")),
            event("disappeared", person("古丽米拉")),
        ),
    ),
    # 37: 其兄長 speaks of 弟弟, the man himself
    Probe(
        "rfa",
        "2020-10-22",
        "自由亞洲電台獲悉，新疆阿勒泰地區富蘊縣的哈薩克族人阿依木拉提·塔斯坦被判刑七年。"
        "其兄長在哈薩克斯坦對記者說，弟弟被捕前曾多次遭警方約談和恐嚇。",
        (
            event("sentenced", person("阿依木拉提·塔斯坦")),
            event("detained", person("阿依木拉提·塔斯坦")),
            event("threatened", person("阿依木拉提·塔斯坦")),
        ),
    ),
    # 38: parents and parents-in-law
    Probe(
        "voa",
        "2022-06-15",
        "美國之音：在維吉尼亞州居住的維吾爾族工程師艾孜買提·阿不力米提說，他的父母和岳父母都在2018年被送進集中營。"
        "他說，岳父去年死於營中，父母則在今年初獲釋。",
        (
            event("detained", relative("艾孜買提·阿不力米提", "parent"), "2018"),
            event("detained", relative("艾孜買提·阿不力米提", "relative", 2), "2018"),
            event("died", relative("艾孜買提·阿不力米提", "relative"), "2021"),
            event("released", relative("艾孜買提·阿不力米提", "parent"), "2022"),
        ),
    ),
    # 39: brother and sister-in-law, the mother after his arrest
    Probe(
        "bbc",
        "2019-08-30",
        "BBC记者在伊斯坦布尔采访了维吾尔族妇女米娜瓦尔·图尔迪。她说，她的哥哥和嫂子2017年被抓后，"
        "他们的四个孩子被送进了孤儿院。她还说，她的母亲在哥哥被捕一年后去世。",
        (
            event("detained", relative("米娜瓦尔·图尔迪", "brother"), "2017"),
            event("detained", relative("米娜瓦尔·图尔迪", "relative"), "2017"),
            event("died", relative("米娜瓦尔·图尔迪", "mother"), "2018"),
        ),
    ),
    # 40: a group petitions; one of it is named; his sisters
    Probe(
        "mingpao",
        "2020-12-05",
        "明報訊 多名在港生活的維吾爾人昨日到中聯辦請願，要求交代新疆家人的下落。"
        "其中一人阿不都拉·艾沙說，他的兩個妹妹自2017年起失聯。",
        (
            event("protested", group("uyghur"), "2020-12-04"),
            event("protested", person("阿不都拉·艾沙"), "2020-12-04"),
            event("contact_lost", relative("阿不都拉·艾沙", "sister", 2), "2017"),
        ),
    ),
    # 41: the assistants are no relatives of a named person
    Probe(
        "bbc",
        "2021-10-01",
        "BBC中文取得的判決書顯示，維吾爾族企業家阿里甫·吐爾地被判處無期徒刑，他的兩名助手分別被判十八年和十五年。"
        "阿里甫的妻子說，她是從判決書上才知道丈夫被判刑的。",
        (event("sentenced", person("阿里甫·吐爾地")),),
        (("阿里甫·吐爾地", "阿里甫"),),
    ),
    # 42: a cadre confirms; 她 is the cadre
    Probe(
        "rfa",
        "2019-03-03",
        "本台记者联系上哈密市一名社区干部，她承认，辖区内的维吾尔人亚森·卡德尔和他的儿子被送去“学习”了。"
        "当被问及亚森的妻子时，她说“这个我不清楚”。",
        (
            event("detained", person("亚森·卡德尔")),
            event("detained", relative("亚森·卡德尔", "son")),
        ),
        (("亚森·卡德尔", "亚森"),),
    ),
    # 43: the other mother is not named: no event
    Probe(
        "initium",
        "2019-06-06",
        "端傳媒訪問了三位在阿拉木圖的哈薩克族母親。其中一位名叫古麗米娜·阿斯哈爾，"
        "她的兩個兒子在2018年同一天被帶走；另一位的丈夫則已被判刑二十年。",
        (event("detained", relative("古麗米娜·阿斯哈爾", "son", 2), "2018"),),
    ),
    # 44: the nephew's 叔叔 is the doctor
    Probe(
        "ltn",
        "2020-02-02",
        "自由時報報導，新疆烏魯木齊的維吾爾族醫生吾買爾·哈斯木在2018年被捕後，他的妻子也被關押，"
        "他的父母則被禁止出國。其在荷蘭的姪子阿合買提說，他已兩年無法聯繫叔叔。",
        (
            event("detained", person("吾買爾·哈斯木"), "2018"),
            event("detained", relative("吾買爾·哈斯木", "spouse")),
            event("passport_confiscated", relative("吾買爾·哈斯木", "parent")),
            event("contact_lost", person("吾買爾·哈斯木"), "2018"),
        ),
    ),
    # 45: the son tells of his father
    Probe(
        "voa",
        "2020-09-19",
        "美国之音获悉，新疆喀什地区的维吾尔族作家努尔穆罕默德·吐尔逊今年6月在看守所内死亡，终年六十岁。"
        "他的儿子说，父亲2018年被捕，一直没有经过审判。家属至今未获准领回遗体。",
        (
            event("died", person("努尔穆罕默德·吐尔逊"), "2020-06"),
            event("detained", person("努尔穆罕默德·吐尔逊"), "2018"),
        ),
    ),
    # 46: a group abroad protests; its organiser's father and brother
    Probe(
        "dw",
        "2022-04-04",
        "德国之声报道，一批在德国的维吾尔人上周在柏林中国大使馆前集会，要求释放他们在新疆被关押的亲属。"
        "集会组织者阿布都克里木·阿巴斯说，他的父亲和弟弟仍被关在喀什的监狱里。",
        (
            event("protested", group("uyghur", "DE")),
            event("protested", person("阿布都克里木·阿巴斯")),
            event("detained", relative("阿布都克里木·阿巴斯", "father")),
            event("detained", relative("阿布都克里木·阿巴斯", "brother")),
        ),
    ),
    # 47: an unnamed wife tells of her named husband, their son, his brother
    Probe(
        "hk01",
        "2019-08-08",
        "HK01報道，一名哈薩克族婦女對記者哭訴，她的丈夫葉爾波拉提·努爾蘭去年被判刑後，"
        "當局又把她十八歲的兒子送進了「職業培訓中心」。她說，葉爾波拉提的哥哥早在2017年就已被捕。",
        (
            event("sentenced", person("葉爾波拉提·努爾蘭"), "2018"),
            event("detained", relative("葉爾波拉提·努爾蘭", "son")),
            event("detained", relative("葉爾波拉提·努爾蘭", "brother"), "2017"),
        ),
        (("葉爾波拉提·努爾蘭", "葉爾波拉提"),),
    ),
    # 48: the named father, the speaker's mother threatened
    Probe(
        "cna",
        "2021-11-11",
        "中央社報導，旅居日本的維吾爾人古麗尼格爾·阿不都熱依木表示，她的父親阿不都熱依木·伊敏2017年被關押，"
        "三年後獲釋，但今年又被判刑。她說，父親獲釋期間，警察每週都到家中騷擾她的母親。",
        (
            event("detained", person("阿不都熱依木·伊敏"), "2017"),
            event("released", person("阿不都熱依木·伊敏"), "2020"),
            event("sentenced", person("阿不都熱依木·伊敏"), "2021"),
            event("threatened", relative("古麗尼格爾·阿不都熱依木", "mother")),
        ),
    ),
    # 49: 她 is the wife; his own passport; two children
    Probe(
        "rfa",
        "2018-09-09",
        "自由亚洲电台获悉，伊犁州新源县的哈萨克族牧民别克波拉提·努尔兰的妻子去年被拘押。"
        "别克波拉提说，警方拘留了她之后，还没收了他本人的护照，他的两个孩子也被禁止出境。",
        (
            event("detained", relative("别克波拉提·努尔兰", "spouse"), "2017"),
            event("passport_confiscated", person("别克波拉提·努尔兰")),
            event("passport_confiscated", relative("别克波拉提·努尔兰", "child", 2)),
        ),
        (("别克波拉提·努尔兰", "别克波拉提"),),
    ),
    # 50: a group's relatives, then one woman's brothers
    Probe(
        "voa",
        "2021-01-25",
        "美國之音報導，在哈薩克斯坦的哈薩克族人的親屬近年在新疆大批被拘押。"
        "阿拉木圖居民沙拉·托合塔爾說，她的三個兄弟中有兩人被判刑，另一人獲釋後仍被監控。",
        (
            event("detained", group("kazakh")),
            event("sentenced", relative("沙拉·托合塔爾", "brother", 2)),
            event("released", relative("沙拉·托合塔爾", "brother")),
        ),
    ),
    # 51: a testimony: the named father, two aunts, the mother
    Probe(
        "atajurt",
        "2020-01-01",
        "我是哈薩克斯坦公民卡麗瑪·沙肯。2018年2月，我的父親沙肯·托合提在伊寧被抓。"
        "同年，我的兩個姑姑也被帶走了，其中一位已經在營裡去世。我從去年起就聯繫不上母親。",
        (
            event("detained", person("沙肯·托合提"), "2018-02"),
            event("detained", relative("卡麗瑪·沙肯", "relative", 2), "2018"),
            event("died", relative("卡麗瑪·沙肯", "relative")),
            event("contact_lost", relative("卡麗瑪·沙肯", "mother"), "2019"),
        ),
    ),
    # 52: an unnamed student's contact: no anchor; his named cousin
    Probe(
        "udn",
        "2021-06-06",
        "聯合報報導，一名在台灣留學的維吾爾族學生說，他已三年無法與在和田的家人聯繫。"
        "他的表姐熱娜古麗·托合提是醫生，2019年被判刑九年，她的丈夫也下落不明。",
        (
            event("sentenced", person("熱娜古麗·托合提"), "2019"),
            event("disappeared", relative("熱娜古麗·托合提", "spouse")),
        ),
    ),
    # 53: the subject left unsaid in the next sentence
    Probe(
        "rfa",
        "2021-02-02",
        "本台获悉，阿图什市的柯尔克孜族教师托合塔尔·阿散2019年被警方带走。"
        "后被以“宣扬极端主义”罪判处十四年徒刑。他的妻子说，去年底曾在监狱见过他一面。",
        (
            event("detained", person("托合塔尔·阿散"), "2019"),
            event("sentenced", person("托合塔尔·阿散")),
        ),
    ),
)


def gold_persons(probe: Probe) -> list[dict[str, Any]]:
    """Return the probe's named persons in GOLD.md's shape, with the short forms it uses."""
    names = [
        event["subject"].get("person") or event["subject"].get("relative_of")
        for event in probe.events
    ]
    return [
        {"name": name, "aliases": [alias for full, alias in probe.aliases if full == name]}
        for name in dict.fromkeys(name for name in names if name)
    ]


def describe(number: int, event: GoldEvent) -> str:
    """Return an event as "number type subject" for the misses."""
    subject = event["subject"]
    if "person" in subject:
        who = subject["person"]
    elif "relative_of" in subject:
        who = f"{subject['relative_of']}/{subject['relation']}"
    else:
        who = f"group:{subject['group']['ethnicity']}@{subject['group']['place']}"
    return f"{number} {event['type']} {who}"


def score_probes(
    models: ExtractionModels, probes: tuple[Probe, ...] = PROBES
) -> tuple[Counts, int, list[str], list[str]]:
    """Return event counts over probes, dates right, gold events missed, events wrongly found."""
    total = Counts()
    dates_right = 0
    missed: list[str] = []
    wrong: list[str] = []
    for number, probe in enumerate(probes, start=1):
        extraction = extract_report(probe.text, date.fromisoformat(probe.published), models)
        predicted = extraction.to_gold_dict("probe")["events"]
        persons = gold_persons(probe)
        counts, dates, _years, _errors = score_events(predicted, list(probe.events), persons)
        total.add(counts)
        dates_right += dates
        pairs = match_events(predicted, list(probe.events), persons)
        matched_predicted = {p for p, _g in pairs}
        matched_gold = {g for _p, g in pairs}
        missed += [
            describe(number, gold)
            for index, gold in enumerate(probe.events)
            if index not in matched_gold
        ]
        wrong += [
            describe(number, found)
            for index, found in enumerate(predicted)
            if index not in matched_predicted
        ]
    return total, dates_right, missed, wrong


# Fictional, a fourth set: written before any code ran on it, for the wording of the types whose
# triggers were most often missing on reports nobody read (passports taken and given back,
# protests, threats, releases, contact lost and restored, detentions and disappearances told
# in other words), in Taiwanese, Hong Kong and overseas outlets' styles and testimonies, about
# half in Traditional script; the last ones are hedged or negated and must give no event.
FOURTH_PROBES: tuple[Probe, ...] = (
    # 1
    Probe(
        "cna",
        "2021-04-12",
        "中央社電 旅居哈薩克的維吾爾人阿依努爾·托合提說，她的護照在2018年回鄉探親時"
        "被當地派出所收繳，至今無法出境。",
        (event("passport_confiscated", person("阿依努爾·托合提"), "2018"),),
    ),
    Probe(
        "ltn",
        "2020-09-08",
        "自由時報報導，哈薩克族牧民葉爾蘭·努爾江的身分證被警方扣著不還，連火車票都買不了。",
        (event("passport_confiscated", person("葉爾蘭·努爾江")),),
    ),
    Probe(
        "hk01",
        "2021-02-03",
        "HK01獲悉，維吾爾族商人麥麥提·艾力去年被邊檢人員攔下，此後一直被限制離開新疆。",
        (event("passport_confiscated", person("麥麥提·艾力"), "2020"),),
    ),
    Probe(
        "rfa",
        "2019-05-20",
        "本台获悉，伊犁的哈萨克族教师古丽巴哈尔·沙比提被要求把护照交给单位统一保管。",
        (event("passport_confiscated", person("古丽巴哈尔·沙比提")),),
    ),
    # 5
    Probe(
        "atajurt",
        "2019-11-02",
        "我叫别克波拉特·卡斯木，2019年我回国办事，一下飞机护照就被没收了，他们说我上了边控名单。",
        (event("passport_confiscated", person("别克波拉特·卡斯木"), "2019"),),
    ),
    Probe(
        "mingpao",
        "2020-07-15",
        "明報記者接觸的哈薩克族女子阿依古麗·別克說，她在新疆的母親的戶口本和身分證全被村幹部收走。",
        (event("passport_confiscated", relative("阿依古麗·別克", "mother")),),
    ),
    Probe(
        "dw",
        "2021-01-20",
        "德國之聲報導，維吾爾族留學生艾克拜爾·吐爾遜回國後，護照被有關部門「代為保管」，從此無法返回德國。",
        (event("passport_confiscated", person("艾克拜爾·吐爾遜")),),
    ),
    Probe(
        "bbc",
        "2020-12-01",
        "BBC中文采访的哈萨克人努尔苏丹·阿曼说，边境官员在霍尔果斯口岸把他拦下，不准他出关。",
        (event("passport_confiscated", person("努尔苏丹·阿曼")),),
    ),
    Probe(
        "cna",
        "2021-06-07",
        "中央社報導，被扣押護照兩年的哈薩克族商人賽力克·托列根日前終於拿回證件，已返回阿拉木圖。",
        (
            event("passport_confiscated", person("賽力克·托列根")),
            event("passport_returned", person("賽力克·托列根")),
        ),
    ),
    # 10
    Probe(
        "rfa",
        "2019-08-05",
        "本台获悉，塔城的哈萨克族老人阿合买提·努尔上个月领到了新护照，前往哈萨克斯坦与子女团聚。",
        (event("passport_returned", person("阿合买提·努尔"), "2019-07"),),
    ),
    Probe(
        "udn",
        "2020-10-21",
        "聯合報報導，維吾爾族學者阿迪力·哈斯木的出國申請日前獲批，他已搭機抵達伊斯坦堡。",
        (event("passport_returned", person("阿迪力·哈斯木")),),
    ),
    Probe(
        "hk01",
        "2021-05-10",
        "據HK01了解，當局今年三月把護照交還給哈薩克族女子古麗娜·沙比爾，她隨即飛往阿拉木圖探望丈夫。",
        (event("passport_returned", person("古麗娜·沙比爾"), "2021-03"),),
    ),
    Probe(
        "voa",
        "2019-12-09",
        "美国之音获悉，哈萨克族青年叶尔肯·别克的出境手续终于办下来了，他上周已飞抵伊斯坦布尔。",
        (event("passport_returned", person("叶尔肯·别克")),),
    ),
    Probe(
        "atajurt",
        "2020-02-14",
        "我是阿依夏·努爾蘭。邊防去年底解除了對我的出境限制，我才回到了哈薩克斯坦。",
        (event("passport_returned", person("阿依夏·努爾蘭"), "2019"),),
    ),
    # 15
    Probe(
        "initium",
        "2021-03-22",
        "端傳媒訪問的烏茲別克族人阿里木·卡德爾說，他的父親上個月終於被允許出國治病。",
        (event("passport_returned", relative("阿里木·卡德爾", "father"), "2021-02"),),
    ),
    Probe(
        "cna",
        "2020-11-26",
        "中央社電 數十名旅居台灣的維吾爾人今天在立法院外舉行記者會，要求中國放回被關押的親人。",
        (event("protested", group("uyghur", "TW"), "2020-11-26"),),
    ),
    Probe(
        "ltn",
        "2021-07-01",
        "維吾爾族女子米娜瓦爾·艾山連日在臉書發文，為被判刑十年的丈夫發聲。",
        (
            event("protested", person("米娜瓦爾·艾山")),
            event("sentenced", relative("米娜瓦爾·艾山", "spouse")),
        ),
    ),
    Probe(
        "mingpao",
        "2019-09-17",
        "哈薩克族男子努爾蘭·阿合買提昨日到中國駐阿拉木圖領事館遞交請願信，要求與失聯的妹妹見面。",
        (
            event("protested", person("努爾蘭·阿合買提"), "2019-09-16"),
            event("contact_lost", relative("努爾蘭·阿合買提", "sister")),
        ),
    ),
    Probe(
        "rfa",
        "2020-06-30",
        "维吾尔人古丽·吐尔逊向联合国人权理事会提交申诉，指控中国任意拘押她的父亲。",
        (
            event("protested", person("古丽·吐尔逊")),
            event("detained", relative("古丽·吐尔逊", "father")),
        ),
    ),
    # 20
    Probe(
        "dw",
        "2021-08-16",
        "德國之聲報導，維吾爾族女子熱依拉·阿布都拉在柏林中國大使館前絕食三天，抗議其兄長遭無理關押。",
        (
            event("protested", person("熱依拉·阿布都拉")),
            event("detained", relative("熱依拉·阿布都拉", "brother")),
        ),
    ),
    Probe(
        "bbc",
        "2020-10-05",
        "BBC中文获悉，哈萨克族学者叶尔兰·卡斯木已就妻子被关押一事向联合国任意拘留问题工作组提出申诉。",
        (
            event("protested", person("叶尔兰·卡斯木")),
            event("detained", relative("叶尔兰·卡斯木", "spouse")),
        ),
    ),
    Probe(
        "voa",
        "2019-10-14",
        "数百名哈萨克斯坦公民周六在阿拉木图街头聚集，要求中方放回被关在新疆的亲属。",
        (event("protested", group("kazakh", "KZ"), "2019-10-12"),),
    ),
    Probe(
        "atajurt",
        "2019-04-08",
        "我叫托合塔尔·努尔兰。为了救出被关的哥哥，我给外交部写了好几封求助信，还在法院门口举了牌子。",
        (
            event("protested", person("托合塔尔·努尔兰")),
            event("detained", relative("托合塔尔·努尔兰", "brother")),
        ),
    ),
    Probe(
        "initium",
        "2021-09-13",
        "端傳媒報導，哈薩克族青年阿斯哈爾·別克在社交媒體上公開喊話，要求中國政府釋放他的父母。",
        (
            event("protested", person("阿斯哈爾·別克")),
            event("detained", relative("阿斯哈爾·別克", "parent")),
        ),
    ),
    # 25
    Probe(
        "cna",
        "2021-05-19",
        "旅美維吾爾人阿卜杜勒·卡迪爾到美國國會作證，講述妹妹被送進再教育營的經過。",
        (
            event("protested", person("阿卜杜勒·卡迪爾")),
            event("detained", relative("阿卜杜勒·卡迪爾", "sister")),
        ),
    ),
    Probe(
        "voa",
        "2020-01-07",
        "维吾尔族商人买合木提·阿山的妻子昨天在伊斯坦布尔举行记者会，为被关押的丈夫鸣冤。",
        (
            event("protested", relative("买合木提·阿山", "spouse"), "2020-01-06"),
            event("detained", person("买合木提·阿山")),
        ),
    ),
    Probe(
        "hk01",
        "2019-12-02",
        "在港維吾爾人阿不都熱合曼·艾力上周於中聯辦外拉起橫額，為被判刑的弟弟討說法。",
        (
            event("protested", person("阿不都熱合曼·艾力")),
            event("sentenced", relative("阿不都熱合曼·艾力", "brother")),
        ),
    ),
    Probe(
        "rfa",
        "2021-02-22",
        "维吾尔人迪丽拜尔·阿布拉就父亲被判刑一事，向土耳其检方提出控告。",
        (
            event("protested", person("迪丽拜尔·阿布拉")),
            event("sentenced", relative("迪丽拜尔·阿布拉", "father")),
        ),
    ),
    Probe(
        "cna",
        "2020-08-03",
        "中央社報導，旅台維吾爾人吐爾洪·阿不都說，新疆警方透過他的母親傳話，要他不要再對外講話。",
        (event("threatened", person("吐爾洪·阿不都")),),
    ),
    # 30
    Probe(
        "ltn",
        "2021-03-09",
        "哈薩克族女子古麗彩·努爾蘭接受本報訪問時說，她近來不斷接到新疆公安的電話，要她回國「配合調查」。",
        (event("threatened", person("古麗彩·努爾蘭")),),
    ),
    Probe(
        "mingpao",
        "2020-05-25",
        "維吾爾族學生艾爾肯·圖爾蘇恩說，中國警方以他在喀什的父母作要挾，要他提供同學的資料。",
        (event("threatened", person("艾爾肯·圖爾蘇恩")),),
    ),
    Probe(
        "rfa",
        "2019-07-29",
        "本台获悉，伊宁市的哈萨克族退休干部沙比提·阿山多次被国保约去“喝茶”。",
        (event("threatened", person("沙比提·阿山")),),
    ),
    Probe(
        "bbc",
        "2021-04-26",
        "BBC采访的哈萨克人叶尔波拉提·托合塔尔说，当地干部多次上门找他的父母“做工作”，"
        "要他们劝儿子闭嘴。",
        (event("threatened", relative("叶尔波拉提·托合塔尔", "parent")),),
    ),
    Probe(
        "dw",
        "2020-11-16",
        "德國之聲記者聯繫到的維吾爾人努爾古麗·艾買提表示，她收到匿名訊息，對方揚言要讓她在新疆的家人「付出代價」。",
        (event("threatened", person("努爾古麗·艾買提")),),
    ),
    # 35
    Probe(
        "voa",
        "2021-06-21",
        "美国之音获悉，在美国的维吾尔族记者古丽扎尔·阿不都的弟弟被当地警方勒令在网上公开谴责她。",
        (event("threatened", relative("古丽扎尔·阿不都", "brother")),),
    ),
    Probe(
        "initium",
        "2020-03-30",
        "在土耳其的維吾爾人阿依謝姆·吐爾遜說，中國領事館的人約她見面，暗示她若不合作，她在和田的弟弟就會有麻煩。",
        (event("threatened", person("阿依謝姆·吐爾遜")),),
    ),
    Probe(
        "atajurt",
        "2019-06-17",
        "我叫卡德爾別克·努爾蘭。我在阿拉木圖接受採訪以後，警察就天天到我姐姐家裡去，逼她勸我閉嘴。",
        (
            event("threatened", relative("卡德爾別克·努爾蘭", "sister")),
            event("threatened", person("卡德爾別克·努爾蘭")),
        ),
    ),
    Probe(
        "cna",
        "2021-10-11",
        "中央社電 遭關押近三年的哈薩克族詩人阿斯卡爾·托列根上月重獲自由，目前在家休養。",
        (
            event("detained", person("阿斯卡爾·托列根")),
            event("released", person("阿斯卡爾·托列根"), "2021-09"),
        ),
    ),
    Probe(
        "ltn",
        "2021-06-14",
        "自由時報報導，維吾爾族醫生阿依古麗·沙比爾服滿七年刑期後，上週回到喀什家中。",
        (
            event("sentenced", person("阿依古麗·沙比爾")),
            event("released", person("阿依古麗·沙比爾")),
        ),
    ),
    # 40
    Probe(
        "mingpao",
        "2020-04-20",
        "被送往「教培中心」的哈薩克族婦女古麗帕麗·別克，去年底獲准回家。",
        (
            event("detained", person("古麗帕麗·別克")),
            event("released", person("古麗帕麗·別克"), "2019"),
        ),
    ),
    Probe(
        "rfa",
        "2019-03-25",
        "本台获悉，和田的维吾尔族商人吐尔逊·买买提已经从“学习班”回到家中。",
        (event("released", person("吐尔逊·买买提")),),
    ),
    Probe(
        "voa",
        "2021-01-11",
        "美国之音获悉，被羁押两年的维吾尔族作家阿不都克里木·艾山本月初获保外就医。",
        (
            event("detained", person("阿不都克里木·艾山")),
            event("released", person("阿不都克里木·艾山"), "2021-01"),
        ),
    ),
    Probe(
        "bbc",
        "2020-09-28",
        "BBC中文報導，哈薩克族男子努爾蘭·葉森被關了一年半後終於「畢業」，回到了伊犁的家。",
        (
            event("detained", person("努爾蘭·葉森")),
            event("released", person("努爾蘭·葉森")),
        ),
    ),
    Probe(
        "dw",
        "2020-07-06",
        "德国之声获悉，维吾尔族青年阿不都·卡迪尔结束了在再教育营十四个月的“学习”，上月返回家中。",
        (
            event("detained", person("阿不都·卡迪尔")),
            event("released", person("阿不都·卡迪尔"), "2020-06"),
        ),
    ),
    # 45
    Probe(
        "atajurt",
        "2020-05-04",
        "我的名字叫努爾別克·賽力克。我的妻子被抓走一年多，2019年夏天他們才放她回家。",
        (
            event("detained", relative("努爾別克·賽力克", "spouse")),
            event("released", relative("努爾別克·賽力克", "spouse"), "2019"),
        ),
    ),
    Probe(
        "hk01",
        "2021-08-09",
        "HK01記者聯絡上的維吾爾族女子麥爾旦·吐爾洪說，她的哥哥已經獲得釋放，但「人瘦了一大圈」。",
        (event("released", relative("麥爾旦·吐爾洪", "brother")),),
    ),
    Probe(
        "rfa",
        "2020-10-19",
        "在伊斯坦布尔的维吾尔人阿卜杜萨拉木·艾力说，自2017年起，他在阿克苏的母亲就把他从微信好友中删除了。",
        (event("contact_lost", relative("阿卜杜萨拉木·艾力", "mother"), "2017"),),
    ),
    Probe(
        "cna",
        "2021-02-08",
        "旅居土耳其的維吾爾族女子阿依努爾·沙吾提表示，她在喀什的父母的電話號碼幾年前就成了空號。",
        (event("contact_lost", relative("阿依努爾·沙吾提", "parent")),),
    ),
    Probe(
        "ltn",
        "2020-06-22",
        "哈薩克族商人葉爾江·阿曼說，他在塔城的弟弟的手機兩年來一直關機。",
        (event("contact_lost", relative("葉爾江·阿曼", "brother")),),
    ),
    # 50
    Probe(
        "mingpao",
        "2021-11-15",
        "哈薩克族女子沙拉·托列根說，她在新疆的丈夫三年來毫無音訊，她不知道他是生是死。",
        (event("disappeared", relative("沙拉·托列根", "spouse")),),
    ),
    Probe(
        "voa",
        "2021-05-03",
        "美国之音采访的维吾尔人热比娅·阿不都说，她上周终于和在乌鲁木齐的妹妹视频通话了，这是五年来第一次。",
        (event("contact_restored", relative("热比娅·阿不都", "sister")),),
    ),
    Probe(
        "bbc",
        "2020-12-14",
        "BBC中文聯繫到的哈薩克人努爾蘭·賽力克說，失聯三年的父親上個月主動打電話給他，報了平安。",
        (
            event("contact_lost", relative("努爾蘭·賽力克", "father")),
            event("contact_restored", relative("努爾蘭·賽力克", "father"), "2020-11"),
        ),
    ),
    Probe(
        "dw",
        "2021-09-27",
        "德國之聲報導，維吾爾族學生艾孜買提·圖爾蘇恩的母親把他重新加回微信好友，兩人又能通話了。",
        (event("contact_restored", relative("艾孜買提·圖爾蘇恩", "mother")),),
    ),
    Probe(
        "initium",
        "2021-04-05",
        "在阿拉木图的哈萨克人古丽米拉·叶森说，她的哥哥去年底出狱后，兄妹俩终于说上了话。",
        (
            event("released", relative("古丽米拉·叶森", "brother"), "2020"),
            event("contact_restored", relative("古丽米拉·叶森", "brother")),
        ),
    ),
    # 55
    Probe(
        "atajurt",
        "2019-10-28",
        "我叫阿依达娜·沙比提。我给在阿勒泰的爸爸发了无数条语音，他一条也没回，后来连号码都注销了。",
        (event("contact_lost", relative("阿依达娜·沙比提", "father")),),
    ),
    Probe(
        "rfa",
        "2020-08-24",
        "自由亞洲電台獲悉，喀什的維吾爾族教師阿不來提·吐爾遜2017年被送去「學習」，此後一直下落不明。",
        (
            event("detained", person("阿不來提·吐爾遜"), "2017"),
            event("disappeared", person("阿不來提·吐爾遜")),
        ),
    ),
    Probe(
        "voa",
        "2019-11-25",
        "美国之音获悉，伊犁的哈萨克族退休教师沙吾提·努尔兰被“请”进了职业技能教育培训中心。",
        (event("detained", person("沙吾提·努尔兰")),),
    ),
    Probe(
        "hk01",
        "2021-07-19",
        "哈薩克族牧民阿合買提·別克去年被叫到派出所後，就再也沒有回家。",
        (event("detained", person("阿合買提·別克"), "2020"),),
    ),
    Probe(
        "ltn",
        "2020-03-16",
        "自由時報報導，維吾爾族學者吐爾洪·阿不拉2018年在烏魯木齊機場被國安人員帶離，此後音訊全無。",
        (
            event("detained", person("吐爾洪·阿不拉"), "2018"),
            event("disappeared", person("吐爾洪·阿不拉")),
        ),
    ),
    # 60
    Probe(
        "mingpao",
        "2019-08-12",
        "哈薩克族婦女巴合提古麗·阿曼說，她的丈夫2018年被拉去集中營。",
        (event("detained", relative("巴合提古麗·阿曼", "spouse"), "2018"),),
    ),
    Probe(
        "cna",
        "2019-02-18",
        "哈薩克斯坦籍商人葉爾蘭·托合塔爾在邊境口岸遭中國警方扣下，隨後被押往伊寧。",
        (event("detained", person("葉爾蘭·托合塔爾")),),
    ),
    Probe(
        "initium",
        "2021-10-25",
        "在哈薩克斯坦的葉森·阿曼說，他的姐姐被帶走後至今下落成謎。",
        (
            event("detained", relative("葉森·阿曼", "sister")),
            event("disappeared", relative("葉森·阿曼", "sister")),
        ),
    ),
    Probe(
        "bbc",
        "2021-02-15",
        "BBC中文報導，外界盛傳被關押多年的維吾爾族經濟學家阿不都·熱合曼即將獲釋，但官方未予證實。",
        (event("detained", person("阿不都·熱合曼")),),
    ),
    # Hedged or negated: no event.
    Probe(
        "cna",
        "2021-03-29",
        "中央社報導，當局承諾將在年底前歸還哈薩克族商人阿斯哈爾·托列根的護照。",
        (),
    ),
    # 65
    Probe(
        "ltn",
        "2020-02-10",
        "維吾爾族女子古麗努爾·吐爾遜擔心，她在和田的哥哥可能已被送進集中營。",
        (),
    ),
    Probe(
        "mingpao",
        "2021-01-25",
        "警方否認曾扣押哈薩克族記者努爾蘭·別克的護照。",
        (),
    ),
    Probe(
        "voa",
        "2020-04-27",
        "美国之音联系到的维吾尔人阿依古丽·哈斯木说，她的弟弟并没有被捕，目前在乌鲁木齐打工。",
        (),
    ),
    Probe(
        "hk01",
        "2021-06-28",
        "有消息指，哈薩克族歌手阿依波拉特·葉森或已獲准出境，但其家人未有證實。",
        (),
    ),
    Probe(
        "atajurt",
        "2019-12-23",
        "我叫別克江·托合提。我很怕他們會沒收我母親的身分證，所以一直不敢公開說話。",
        (),
    ),
    # 70
    Probe(
        "rfa",
        "2020-07-27",
        "哈萨克族牧民托列根·别克说，警察扬言要没收他的护照，但最终并没有这样做。",
        (event("threatened", person("托列根·别克")),),
    ),
    Probe(
        "dw",
        "2021-11-29",
        "德国之声获悉，维吾尔族学生迪丽努尔·艾山一旦回国，很可能会被关进再教育营。",
        (),
    ),
)


# A fifth set, from what went wrong on eight real reports of outlets nobody had read (DW,
# Amnesty, VOA, NYT, BBC; collected and annotated for issue work, kept outside the repository):
# names opening with a function character's syllable (于苏甫, 再努拉) or after one (照片由…提供),
# relatives as the object of a visit (回新疆探望女儿，却被带走), an aside in brackets, 姊姊,
# peoples listed with a count (数十万维吾尔人、哈萨克人和其他…的人), 我家人, a quoted 我 after a
# relative's sentence, a date carried over 过了几天. Every sentence and name is made up by us,
# written before any code ran on them, in the wording of those outlets; 6 of the 13 in
# Traditional script. Run once on the code before any rule was written for it (767e2e3): F1 0.609
# (P 0.609 / R 0.609); reworded then to keep further from the reports' sentences, 0.681 on that
# code; after the rules of docs/extraction.md (round a): 0.909.
FIFTH_PROBES: tuple[Probe, ...] = (
    # 1: a caption's credit, 由 before a bare name
    Probe(
        "voa",
        "2022-04-11",
        "（图片由古丽巴哈尔提供）\n古丽巴哈尔在比利时当护士。她说，她的父亲2019年在喀什去世，"
        "她的哥哥被判刑12年。",
        (
            event("died", relative("古丽巴哈尔", "father"), "2019"),
            event("sentenced", relative("古丽巴哈尔", "brother")),
        ),
    ),
    # 2: a separated name whose last part opens with 于
    Probe(
        "dw",
        "2020-05-01",
        "居住在美国的维吾尔人阿迪拉·买买提·于苏甫告诉记者，她的母亲2018年3月被警方带走。"
        "于苏甫说，母亲去年被判刑7年。",
        (
            event("detained", relative("阿迪拉·买买提·于苏甫", "mother"), "2018-03"),
            event("sentenced", relative("阿迪拉·买买提·于苏甫", "mother"), "2019"),
        ),
        (("阿迪拉·买买提·于苏甫", "于苏甫"),),
    ),
    # 3: a first part with 再 inside, opening a paragraph
    Probe(
        "amnesty",
        "2019-02-20",
        "再努拉‧艾山（Zainura Hasan）是一名護士，2018年5月在和田被警方帶走，家人至今無法與她聯繫。",
        (
            event("detained", person("再努拉‧艾山"), "2018-05"),
            event("contact_lost", person("再努拉‧艾山")),
        ),
    ),
    # 4: the daughter is whom he visited, not who was taken
    Probe(
        "dw",
        "2019-03-01",
        "旅居哈萨克斯坦的加娜尔·别克说，她的丈夫叶森·阿曼2018年4月回伊宁照顾生病的女儿，却在那里被警方带走。",
        (event("detained", person("叶森·阿曼"), "2018-04"),),
    ),
    # 5: the grandson he went to see
    Probe(
        "voa",
        "2020-06-10",
        "阿不都熱合曼·吐爾遜說，他的父親去年前往喀什看望孫子時被捕，至今下落不明。",
        (
            event("detained", relative("阿不都熱合曼·吐爾遜", "father"), "2019"),
            event("disappeared", relative("阿不都熱合曼·吐爾遜", "father")),
        ),
    ),
    # 6: an aside in brackets between the subject and its verb
    Probe(
        "nyt",
        "2019-02-19",
        "维吾尔医生艾克拜尔·马木提住在挪威。艾克拜尔的父母（右起第二、三位，旁边是他的女儿）2018年被关押在再教育营。",
        (event("detained", relative("艾克拜尔·马木提", "parent"), "2018"),),
        (("艾克拜尔·马木提", "艾克拜尔"),),
    ),
    # 7: 姊姊, the Taiwanese and Hong Kong word for an elder sister
    Probe(
        "voa",
        "2021-08-02",
        "住在瑞典的維吾爾人米娜瓦爾·吐爾遜說，她的姊姊和弟弟在2019年分別被判處12年和8年有期徒刑。",
        (
            event("sentenced", relative("米娜瓦爾·吐爾遜", "sister"), "2019"),
            event("sentenced", relative("米娜瓦爾·吐爾遜", "brother"), "2019"),
        ),
    ),
    # 8: peoples listed after a count, as the object of 將
    Probe(
        "bbc",
        "2021-06-01",
        "報告指出，當局把數十萬哈薩克人、維吾爾人和其他少數民族送進了新疆各地的營地。",
        (
            event("detained", group("uyghur", "CN-650000")),
            event("detained", group("kazakh", "CN-650000")),
            event("detained", group(None, "CN-650000")),
        ),
    ),
    # 9: a people and 少数民族穆斯林 joined by 与
    Probe(
        "dw",
        "2020-11-30",
        "人权组织估计，2017年起已有上百万维吾尔人与少数民族穆斯林被关进新疆的营地。",
        (
            event("detained", group("uyghur"), "2017"),
            event("detained", group(None), "2017"),
        ),
    ),
    # 10: a few days later, still in that month
    Probe(
        "dw",
        "2021-01-10",
        "古丽米拉·艾则孜说，2018年3月初，她联系不上在喀什的哥哥。过了几天，她的母亲告诉她，哥哥已经被警察带走。",
        (
            event("contact_lost", relative("古丽米拉·艾则孜", "brother"), "2018-03"),
            event("detained", relative("古丽米拉·艾则孜", "brother"), "2018-03"),
        ),
    ),
    # 11: the quoted 我 is the father the sentence before spoke of
    Probe(
        "dw",
        "2019-03-07",
        "葉爾蘭·賽力克的父親在阿拉木圖的集會上發言。他說：「我呼籲各國政府關注我們一家的遭遇。」",
        (event("protested", relative("葉爾蘭·賽力克", "father")),),
    ),
    # 12: 我家人, a possessive without 的
    Probe(
        "rfa",
        "2020-02-03",
        "阿依古丽·沙吾提说：「2017年以后，我家人都被带走了。」",
        (event("detained", relative("阿依古丽·沙吾提", "family"), "2017"),),
    ),
    # 13: a standfirst that speaks of the brother before the story names him
    Probe(
        "dw",
        "2020-12-01",
        "一位在德國教書的維吾爾人得知，她在喀什的弟弟已被判刑七年。\n"
        "努爾古麗·阿不都拉是一名教師。她說，她的弟弟艾爾肯·阿不都拉2018年6月被警察帶走。",
        (
            event("sentenced", person("艾爾肯·阿不都拉")),
            event("detained", person("艾爾肯·阿不都拉"), "2018-06"),
        ),
    ),
)


PROBE_SETS = (PROBES, SECOND_PROBES, THIRD_PROBES, FOURTH_PROBES, FIFTH_PROBES)


def main() -> None:
    """Print the probes' event precision, recall and F1 as one JSON line."""
    chosen, models = read_probe_options(__doc__.split("\n")[0], len(PROBE_SETS))
    probes = PROBE_SETS[chosen]
    counts, dates_right, missed, wrong = score_probes(models, probes)
    print(
        json.dumps(
            {
                "probes": len(probes),
                "gold_events": counts.gold,
                "precision": round(counts.precision, 3),
                "recall": round(counts.recall, 3),
                "f1": round(counts.f1, 3),
                "date_accuracy": round(dates_right / counts.true_positives, 3)
                if counts.true_positives
                else None,
                "missed": missed,
                "wrong": wrong,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
