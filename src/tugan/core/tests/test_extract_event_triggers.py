"""Trigger words and hedges of events, one fictional sentence each (people we invented for it)."""

from datetime import date

import pytest

from tugan.core.extract import extract_report

PUBLISHED = date(2021, 3, 1)


def events_of(text: str) -> list[tuple[str, dict[str, object]]]:
    """Return the (type, subject) pairs extracted from a text."""
    found = extract_report(text, PUBLISHED).events
    return [(event.type, event.subject) for event in found]


FOUND = [
    # No news at all received since, of whom told between (fictional).
    (
        "disappeared",
        "哈萨克人叶尔兰·托合提去年回国，家人从此没有再收过任何和叶尔兰·托合提有关的确切消息。",
        {"person": "叶尔兰·托合提"},
    ),
    # 終斷, a variant writing of 中断, folded to 终断 (fictional).
    (
        "contact_lost",
        "维吾尔人古丽娜·艾山说，2017年4月，她与丈夫的电话联系也终断了。",
        {"relative_of": "古丽娜·艾山", "relation": "spouse"},
    ),
    # Back at last in the country one lives in, after the passport was taken (fictional).
    (
        "passport_returned",
        "哈国公民萨乌列·托合提的护照被没收，她最终签了字，回到哈萨克斯坦。",
        {"person": "萨乌列·托合提"},
    ),
    # Taiwan's press: 留置 for one held in China, and deaths told as cruel or of abuse.
    (
        "detained",
        "维吾尔人阿依夏·买提的哥哥回乡后遭当局「留置」。",
        {"relative_of": "阿依夏·买提", "relation": "brother"},
    ),
    # 繫獄 (in prison), folded to 系狱.
    (
        "detained",
        "维吾尔人阿依夏·买提的哥哥已系狱三年。",
        {"relative_of": "阿依夏·买提", "relation": "brother"},
    ),
    (
        "died",
        "维吾尔人阿依夏·买提的丈夫去年惨死狱中。",
        {"relative_of": "阿依夏·买提", "relation": "spouse"},
    ),
    (
        "died",
        "维吾尔人阿依夏·买提的弟弟遭狱警虐待致死。",
        {"relative_of": "阿依夏·买提", "relation": "brother"},
    ),
    (
        "protested",
        "去年冬天，住在德国的维吾尔人古丽·阿布都拉在推特上寻求帮助。",
        {"person": "古丽·阿布都拉"},
    ),
    (
        "threatened",
        "住在瑞典的维吾尔人阿里木·吐尔逊说，警方要求他提供妻子护照的照片。",
        {"person": "阿里木·吐尔逊"},
    ),
    (
        "threatened",
        "旅居荷兰的一些维吾尔人说，北京政府向他们索要住址和工作单位等个人信息。",
        {"group": {"ethnicity": "uyghur", "place": "NL"}},
    ),
    (
        "contact_lost",
        "哈萨克人努尔兰·别克说，他一直无法拨通父亲的电话。",
        {"relative_of": "努尔兰·别克", "relation": "father"},
    ),
    ("passport_confiscated", "哈萨克人别克·努尔兰的护照申请遭驳回。", {"person": "别克·努尔兰"}),
    (
        "passport_confiscated",
        "旅居海外的维吾尔人中，有的申请护照被拒。",
        {"group": {"ethnicity": "uyghur", "place": None}},
    ),
    (
        "passport_confiscated",
        "去年起，当局开始对塔城哈萨克族牧民的护照实施限制。",
        {"group": {"ethnicity": "kazakh", "place": "CN-654200"}},
    ),
    (
        "passport_confiscated",
        "据说，富蕴县的哈萨克族牧民从去年起被禁止赴邻国探亲。",
        {"group": {"ethnicity": "kazakh", "place": "CN-654322"}},
    ),
    (
        "passport_confiscated",
        "哈国公民巴合提·努尔兰回乡探亲后被困在中国两年。",
        {"person": "巴合提·努尔兰"},
    ),
    (
        "passport_confiscated",
        "据一名空乘说，边检人员不让塔城的哈萨克族牧民登上国际班机。",
        {"group": {"ethnicity": "kazakh", "place": "CN-654200"}},
    ),
    (
        "passport_returned",
        "雖然哈薩克人被允許申請護照，但出境仍受限制。",
        {"group": {"ethnicity": "kazakh", "place": None}},
    ),
    ("protested", "住在德国的维吾尔人阿里木·吐尔洪也参与了这场运动。", {"person": "阿里木·吐尔洪"}),
    ("protested", "哈萨克老人叶尔兰·别克在视频中控诉着当局。", {"person": "叶尔兰·别克"}),
    ("protested", "哈薩克老人葉爾蘭·別克在影片中控訴著兒子遭受的冤屈。", {"person": "叶尔兰·别克"}),
    ("detained", "维吾尔人阿依古丽·卡德尔回国后被软禁在家中。", {"person": "阿依古丽·卡德尔"}),
    ("detained", "牧民叶尔兰·阿合买提去年被当地公安局拘捕。", {"person": "叶尔兰·阿合买提"}),
    ("detained", "商人努尔兰·别克去年遭边防警察扣留。", {"person": "努尔兰·别克"}),
    (
        "detained",
        "教师萨吾丽·哈木提说，她在再教育营里待了八个月。",
        {"person": "萨吾丽·哈木提"},
    ),
    (
        "detained",
        "阿訇吐尔洪·沙比尔去年遭警方以“不得私自传教”为由逮捕。",
        {"person": "吐尔洪·沙比尔"},
    ),
    ("sentenced", "农民阿山·吐尔逊目前在监狱服刑。", {"person": "阿山·吐尔逊"}),
    ("sentenced", "教师阿娜古丽·别克多年后遭判五年徒刑。", {"person": "阿娜古丽·别克"}),
    ("released", "医生卡米拉·艾山后来从集中营出来了。", {"person": "卡米拉·艾山"}),
    ("died", "学生古丽米拉·热合曼去年在宿舍自杀。", {"person": "古丽米拉·热合曼"}),
    ("died", "歌手巴合提·努尔兰在看守所猝死。", {"person": "巴合提·努尔兰"}),
    ("died", "阿訇努尔·哈力克因遭受迫害而离开人世。", {"person": "努尔·哈力克"}),
    ("disappeared", "工程师艾力·阿不都2018年回国后人间蒸发。", {"person": "艾力·阿不都"}),
    ("disappeared", "诗人阿迪力·买买提至今下落不详。", {"person": "阿迪力·买买提"}),
    # News gone dark, whereabouts nobody knows, alive or dead unknown, no news any more with
    # 了 after the verb (fictional).
    (
        "disappeared",
        "移居荷兰的努尔古丽·沙比尔说，她的家人至今音讯杳然。",
        {"relative_of": "努尔古丽·沙比尔", "relation": "family"},
    ),
    (
        "disappeared",
        "牧民别克·卡森说，他的岳父被带走以后下落一直无人知晓。",
        {"relative_of": "别克·卡森", "relation": "relative"},
    ),
    (
        "disappeared",
        "留学生阿迪拉·吐尔逊说，母亲现在是死是活，自己都无从得知。",
        {"relative_of": "阿迪拉·吐尔逊", "relation": "mother"},
    ),
    (
        "disappeared",
        "商人艾克然·尼亚孜说，堂弟回国后就再也没有了消息。",
        {"relative_of": "艾克然·尼亚孜", "relation": "cousin"},
    ),
    # No news any more without 任何 (fictional).
    (
        "disappeared",
        "教师阿迪拉·吐尔逊说，她的舅舅前年被带走，从此再无音讯。",
        {"relative_of": "阿迪拉·吐尔逊", "relation": "relative"},
    ),
    ("threatened", "哈萨克人别克江·努尔说，他多次受到警察威吓。", {"person": "别克江·努尔"}),
    # Wording of outlets the rules were first not written on (bench/event_probes.py).
    (
        "passport_confiscated",
        "维吾尔人阿米娜·托乎提说，当局不允许她出境。",
        {"person": "阿米娜·托乎提"},
    ),
    (
        "passport_confiscated",
        "哈萨克人叶森·努尔的妻子被迫上交了护照。",
        {"relative_of": "叶森·努尔", "relation": "spouse"},
    ),
    ("passport_returned", "警方上月归还了哈萨克人别克·努尔兰的护照。", {"person": "别克·努尔兰"}),
    (
        "passport_returned",
        "哈萨克人阿山·别克说，他的护照被收走了，直到去年才还给他。",
        {"person": "阿山·别克"},
    ),
    (
        "contact_restored",
        "维吾尔人阿依努尔·艾山上周恢复了与在喀什的哥哥的联系。",
        {"relative_of": "阿依努尔·艾山", "relation": "brother"},
    ),
    (
        "contact_restored",
        "哈萨克人古丽·努尔说，她上个月终于接到了父亲的电话。",
        {"relative_of": "古丽·努尔", "relation": "father"},
    ),
    (
        "contact_restored",
        "维吾尔人米娜·艾山去年与父母重新建立联系时，才得知哥哥被捕。",
        {"relative_of": "米娜·艾山", "relation": "parent"},
    ),
    (
        "contact_lost",
        "维吾尔人米娜·艾山说，她至今无法与母亲沟通。",
        {"relative_of": "米娜·艾山", "relation": "mother"},
    ),
    (
        "contact_lost",
        "哈萨克人古丽·努尔说，她的丈夫回国后就失去了消息。",
        {"relative_of": "古丽·努尔", "relation": "spouse"},
    ),
    ("released", "维吾尔人吐尔逊·买买提去年从教育培训中心结业。", {"person": "吐尔逊·买买提"}),
    ("detained", "哈萨克人叶尔兰·托合塔尔至今仍未获释。", {"person": "叶尔兰·托合塔尔"}),
    (
        "disappeared",
        "哈萨克人古丽·别克说，她的弟弟被带走后就没有了音讯。",
        {"relative_of": "古丽·别克", "relation": "brother"},
    ),
    (
        "passport_confiscated",
        "哈萨克人别克·努尔上月领回了被没收三年的护照。",
        {"person": "别克·努尔"},
    ),
    (
        "sentenced",
        "哈萨克人叶森·别克说，他的哥哥被抓走，后来听说哥哥被判了七年。",
        {"relative_of": "叶森·别克", "relation": "brother"},
    ),
    ("protested", "哈萨克人努尔兰·卡德尔上周致函联合国人权高专。", {"person": "努尔兰·卡德尔"}),
    # A witness at a legislature's hearing; police posted to watch a family (fictional).
    ("protested", "维吾尔人古丽·艾山上周出席了美国国会的一场听证会。", {"person": "古丽·艾山"}),
    (
        "threatened",
        "警方安排两名便衣日夜监控艾山·托合提的家人。",
        {"relative_of": "艾山·托合提", "relation": "family"},
    ),
    # Demanding to be told where the missing are (fictional).
    ("protested", "维吾尔人艾山·托合提要求中国当局公布他妹妹的下落。", {"person": "艾山·托合提"}),
    # The one who started a campaign (fictional).
    (
        "protested",
        "据报道，维吾尔医生阿里木·吐尔洪是那次网上活动的发起人。",
        {"person": "阿里木·吐尔洪"},
    ),
    ("threatened", "维吾尔人热依汗·艾力遭到当局胁迫。", {"person": "热依汗·艾力"}),
    ("threatened", "官员强迫哈萨克人别克·托列与妻子离婚。", {"person": "别克·托列"}),
    (
        "threatened",
        "哈萨克人阿依达·木拉提被当地警方施加压力。",
        {"person": "阿依达·木拉提"},
    ),
    ("protested", "维吾尔人帕提古丽·阿山发出寻人启事。", {"person": "帕提古丽·阿山"}),
    (
        "protested",
        "哈萨克人古丽江·叶森向国际社会求援。",
        {"person": "古丽江·叶森"},
    ),
    ("passport_confiscated", "哈萨克人达吾列·别克被禁出国。", {"person": "达吾列·别克"}),
    (
        "passport_confiscated",
        "维吾尔人麦迪娜·吾守尔获释后被禁止离境。",
        {"person": "麦迪娜·吾守尔"},
    ),
    ("passport_returned", "哈萨克人叶尔江·托列去年获准离开中国。", {"person": "叶尔江·托列"}),
    (
        "passport_confiscated",
        "维吾尔人阿依夏·买提的身份证被派出所没收。",
        {"person": "阿依夏·买提"},
    ),
    ("died", "维吾尔人阿卜杜·热依木2019年在狱中被处决。", {"person": "阿卜杜·热依木"}),
    ("detained", "回族商人马文·哈桑1990年代曾被劳教三年。", {"person": "马文·哈桑"}),
    (
        "contact_lost",
        "哈萨克人努尔江·别克说，他一直联系不到父亲。",
        {"relative_of": "努尔江·别克", "relation": "father"},
    ),
    ("contact_lost", "哈萨克人阿曼·努尔兰从那以后与外界失去了联系。", {"person": "阿曼·努尔兰"}),
    # 没能 (did not manage to): a contact never made, not one restored.
    (
        "contact_lost",
        "哈萨克人萨吾列·别克说，她几个月来没能和弟弟取得联系。",
        {"relative_of": "萨吾列·别克", "relation": "brother"},
    ),
    # Gathered before an embassy: a rally.
    (
        "protested",
        "维吾尔人古丽米拉·阿山每周都与朋友聚集在中国驻柏林大使馆门前。",
        {"person": "古丽米拉·阿山"},
    ),
    # 难以 (hard to): a contact out of reach, not one restored.
    (
        "contact_lost",
        "维吾尔人古丽米拉·阿山说，她如今难以和母亲取得联系。",
        {"relative_of": "古丽米拉·阿山", "relation": "mother"},
    ),
    (
        "contact_lost",
        "维吾尔人阿布都·热西提被捕后，没有任何人能与他取得联系。",
        {"person": "阿布都·热西提"},
    ),
    (
        "contact_lost",
        "哈萨克人玛丽亚·努尔说，她的母亲被禁止与她通话。",
        {"relative_of": "玛丽亚·努尔", "relation": "mother"},
    ),
    # Wording of Taiwan and Hong Kong (in Traditional script), and of other outlets.
    ("detained", "维吾尔记者艾山·吐尔逊被囚两年。", {"person": "艾山·吐尔逊"}),
    (
        "contact_lost",
        "哈萨克人阿丽娅·别克说，她一直得不到父亲的任何消息。",
        {"relative_of": "阿丽娅·别克", "relation": "father"},
    ),
    ("passport_returned", "哈萨克人叶尔兰·努尔去年领到护照。", {"person": "叶尔兰·努尔"}),
    ("threatened", "维吾尔人阿依古丽·托乎提多次遭公安传讯。", {"person": "阿依古丽·托乎提"}),
    ("sentenced", "維吾爾人阿不都·熱合曼去年獲判入獄。", {"person": "阿不都·热合曼"}),
    ("sentenced", "法院判维吾尔人艾孜买提·吐尔逊十五年。", {"person": "艾孜买提·吐尔逊"}),
    ("detained", "警察把哈萨克人别克·努尔兰抓去了派出所。", {"person": "别克·努尔兰"}),
    ("detained", "维吾尔人古丽娜·艾山2018年被投入集中营。", {"person": "古丽娜·艾山"}),
    ("released", "哈萨克人阿斯哈尔·托列上个月获得保释。", {"person": "阿斯哈尔·托列"}),
    ("released", "维吾尔人吐尔逊·卡德尔去年走出了再教育营。", {"person": "吐尔逊·卡德尔"}),
    (
        "died",
        "哈薩克人努爾蘭·別克的父親上月過身。",
        {"relative_of": "努尔兰·别克", "relation": "father"},
    ),
    (
        "disappeared",
        "哈萨克人阿丽雅·努尔说，她一直在打听哥哥的下落。",
        {"relative_of": "阿丽雅·努尔", "relation": "brother"},
    ),
    (
        "passport_confiscated",
        "维吾尔人热依拉·买买提说，当局拒绝为她办理护照。",
        {"person": "热依拉·买买提"},
    ),
    ("passport_confiscated", "哈萨克人叶森·别克无法离开中国。", {"person": "叶森·别克"}),
    (
        "passport_returned",
        "哈萨克人古丽·阿曼说，她的护照上周已经还给她。",
        {"person": "古丽·阿曼"},
    ),
    (
        "contact_lost",
        "維吾爾人阿依努爾·艾山說，她與母親失去連絡。",
        {"relative_of": "阿依努尔·艾山", "relation": "mother"},
    ),
    (
        "contact_lost",
        "哈萨克人别克·托列说，他的弟弟把他从微信好友中删除了。",
        {"relative_of": "别克·托列", "relation": "brother"},
    ),
    ("threatened", "维吾尔人玛依拉·艾力说，她回国后一直被警察跟踪。", {"person": "玛依拉·艾力"}),
    ("protested", "哈萨克人努尔兰·别克给联合国写了公开信。", {"person": "努尔兰·别克"}),
    (
        "protested",
        "维吾尔人阿依谢姆·吐尔逊手持父亲的照片站在使馆外。",
        {"person": "阿依谢姆·吐尔逊"},
    ),
    # Wording the fourth probe set found missing (bench/event_probes.py --set 3).
    ("passport_confiscated", "哈薩克人阿山·努爾的身分證被派出所扣著。", {"person": "阿山·努尔"}),
    (
        "passport_confiscated",
        "维吾尔人古丽·买买提的护照由社区“统一保管”。",
        {"person": "古丽·买买提"},
    ),
    ("passport_confiscated", "边防人员不准哈萨克人叶森·阿曼出关。", {"person": "叶森·阿曼"}),
    ("passport_confiscated", "维吾尔人艾山·吐尔洪被限制离开和田。", {"person": "艾山·吐尔洪"}),
    ("passport_returned", "哈萨克人别克·卡斯木上周拿回了证件。", {"person": "别克·卡斯木"}),
    ("passport_returned", "当局把护照交还给哈萨克人阿依娜·别克。", {"person": "阿依娜·别克"}),
    ("passport_returned", "哈萨克人努尔·阿曼的出国申请已经获批。", {"person": "努尔·阿曼"}),
    ("passport_returned", "维吾尔人热娜·艾力去年获准前往土耳其。", {"person": "热娜·艾力"}),
    ("passport_returned", "哈萨克人塞力克·努汗终于得以重返阿拉木图。", {"person": "塞力克·努汗"}),
    (
        "threatened",
        "派出所民警三番五次上门找维吾尔人阿曼古丽·托合提。",
        {"person": "阿曼古丽·托合提"},
    ),
    (
        "threatened",
        "国安人员上门盘问哈萨克人赛里克·别克的父母。",
        {"relative_of": "赛里克·别克", "relation": "parent"},
    ),
    (
        "contact_lost",
        "牧民叶森·托列说，他最后一次与女儿通电话是在前年。",
        {"relative_of": "叶森·托列", "relation": "daughter"},
    ),
    ("disappeared", "工程师艾力·托合提的行踪至今仍处于未知状态。", {"person": "艾力·托合提"}),
    (
        "contact_lost",
        "牧民叶森·托列说，他的妹妹被禁止与国外亲友通讯。",
        {"relative_of": "叶森·托列", "relation": "sister"},
    ),
    (
        "passport_confiscated",
        "维吾尔人阿依仙·卡德尔的护照申请一直被拒。",
        {"person": "阿依仙·卡德尔"},
    ),
    ("passport_confiscated", "哈萨克人别克·努汗的出国申请未获批准。", {"person": "别克·努汗"}),
    # A denial of something else does not undo the death.
    ("died", "维吾尔商人艾买提·托乎提死在狱中。当局否认他受过虐待。", {"person": "艾买提·托乎提"}),
    ("detained", "留学生迪里拜·卡斯木被公安从迪拜带回乌鲁木齐。", {"person": "迪里拜·卡斯木"}),
    ("passport_returned", "边防解除了对哈萨克人叶尔兰·别克的出境限制。", {"person": "叶尔兰·别克"}),
    (
        "protested",
        "维吾尔人阿依努尔·卡德尔向联合国提交了申诉。",
        {"person": "阿依努尔·卡德尔"},
    ),
    ("protested", "維吾爾人麥迪娜·艾山到議會作證。", {"person": "麦迪娜·艾山"}),
    # 会 closing an institution's name is no "will": 向人权理事会提交申诉.
    (
        "protested",
        "维吾尔人古丽·艾山向人权理事会提交申诉。",
        {"person": "古丽·艾山"},
    ),
    ("protested", "哈萨克人阿曼·托列为失踪的父亲发声。", {"person": "阿曼·托列"}),
    # 替 as Taiwanese outlets write 为 before 发声.
    (
        "protested",
        "住在荷兰的维吾尔人阿依努尔·托合提多年来替被判刑的哥哥发声。",
        {"person": "阿依努尔·托合提"},
    ),
    # Help asked of a foreign state's mission.
    ("protested", "哈萨克人努尔兰·别克向加拿大驻阿斯塔纳大使馆求援。", {"person": "努尔兰·别克"}),
    # A call out of the blue from one held.
    (
        "contact_restored",
        "被关押三年后，维吾尔商人艾山·托合提突然从监狱打来电话。",
        {"person": "艾山·托合提"},
    ),
    # Told not to leave home: confined.
    (
        "threatened",
        "警察来到家中，叫哈萨克人古丽·努尔不准离开住处。",
        {"person": "古丽·努尔"},
    ),
    # Summoned for a talk, the one summoned told by kin.
    (
        "threatened",
        "哈萨克人别克·塔斯回乡后，派出所民警找他的儿子谈话。",
        {"relative_of": "别克·塔斯", "relation": "son"},
    ),
    ("protested", "哈萨克人别克·努尔在领事馆外拉起横额。", {"person": "别克·努尔"}),
    ("protested", "维吾尔人吐尔逊·艾力为哥哥鸣冤。", {"person": "吐尔逊·艾力"}),
    ("threatened", "维吾尔人阿布都·卡迪尔多次被国保约去喝茶。", {"person": "阿布都·卡迪尔"}),
    ("threatened", "警方勒令哈萨克人叶森·努尔删除视频。", {"person": "叶森·努尔"}),
    (
        "threatened",
        "维吾尔人古丽巴哈·艾山说，她常常接到喀什警察的电话。",
        {"person": "古丽巴哈·艾山"},
    ),
    ("threatened", "官员要维吾尔人艾力·吐尔逊不要再接受采访。", {"person": "艾力·吐尔逊"}),
    ("released", "哈萨克人努尔兰·阿山去年重获自由。", {"person": "努尔兰·阿山"}),
    ("released", "维吾尔作家艾山·买买提上月获保外就医。", {"person": "艾山·买买提"}),
    ("released", "哈萨克人别克·托列上周从学习班回到家中。", {"person": "别克·托列"}),
    ("released", "维吾尔人阿依古丽·吐尔洪终于“毕业”了。", {"person": "阿依古丽·吐尔洪"}),
    ("released", "哈萨克人古丽·努尔兰去年获准回家。", {"person": "古丽·努尔兰"}),
    (
        "contact_lost",
        "哈萨克人阿曼·别克说，他父亲的手机一直关机。",
        {"relative_of": "阿曼·别克", "relation": "father"},
    ),
    (
        "contact_lost",
        "哈萨克人古丽娜·叶森说，此后她和家乡的亲人失去了一切联系。",
        {"relative_of": "古丽娜·叶森", "relation": "family"},
    ),
    (
        "contact_lost",
        "维吾尔人托合提·艾山记得，父亲在前年春天和他通了最后一通电话。",
        {"relative_of": "托合提·艾山", "relation": "father"},
    ),
    (
        "contact_lost",
        "哈萨克人叶森·努尔回忆，2019年除夕是他最后一次听到姐姐的声音。",
        {"relative_of": "叶森·努尔", "relation": "sister"},
    ),
    (
        "contact_restored",
        "维吾尔人米娜·吐尔逊说，她终于和母亲视频通话了。",
        {"relative_of": "米娜·吐尔逊", "relation": "mother"},
    ),
    (
        "contact_restored",
        "哈萨克人叶森·卡德尔说，他的哥哥上周打来电话报了平安。",
        {"relative_of": "叶森·卡德尔", "relation": "brother"},
    ),
    ("detained", "维吾尔人阿不都·艾山2018年被送去“学习”。", {"person": "阿不都·艾山"}),
    ("detained", "哈萨克人努尔·别克被“请”进了培训中心。", {"person": "努尔·别克"}),
    ("detained", "维吾尔人艾力·卡斯木在机场被警察带离。", {"person": "艾力·卡斯木"}),
    ("detained", "哈萨克人叶尔兰·阿山去年被押往伊宁。", {"person": "叶尔兰·阿山"}),
    ("passport_confiscated", "哈萨克人别克·努尔的护照交给了派出所。", {"person": "别克·努尔"}),
    ("passport_confiscated", "维吾尔人艾山·托合提在机场出境被拒。", {"person": "艾山·托合提"}),
    ("passport_returned", "哈萨克人阿曼·别克的护照上月拿回来了。", {"person": "阿曼·别克"}),
    ("protested", "维吾尔人古丽·艾山把警方告上法庭。", {"person": "古丽·艾山"}),
    ("released", "維吾爾人艾山·托合提上月放監。", {"person": "艾山·托合提"}),
    (
        "contact_lost",
        "哈萨克人别克·阿曼说，他母亲的电话一直没人接。",
        {"relative_of": "别克·阿曼", "relation": "mother"},
    ),
    (
        "contact_restored",
        "哈萨克人叶森·别克说，他上月和母亲通了电话。",
        {"relative_of": "叶森·别克", "relation": "mother"},
    ),
    ("detained", "维吾尔族干部艾山·卡德尔被双规。", {"person": "艾山·卡德尔"}),
    # Taiwanese and Hong Kong words: 還押, 訊息, 視訊, 滋擾, 連署, 舉著.
    ("detained", "維吾爾人艾山·吐爾洪遭還押候審。", {"person": "艾山·吐尔洪"}),
    (
        "disappeared",
        "哈薩克人別克·托列說，他三年來沒有父親的任何訊息。",
        {"relative_of": "别克·托列", "relation": "father"},
    ),
    (
        "contact_restored",
        "維吾爾人古麗·沙比爾說，她終於和母親視訊了。",
        {"relative_of": "古丽·沙比尔", "relation": "mother"},
    ),
    ("threatened", "維吾爾人阿依·卡德爾說，她在倫敦多次遭人滋擾。", {"person": "阿依·卡德尔"}),
    ("protested", "維吾爾人努爾·艾山發起網上連署。", {"person": "努尔·艾山"}),
    ("protested", "維吾爾人米娜·艾力舉著母親的照片站在街頭。", {"person": "米娜·艾力"}),
    ("detained", "哈萨克人努尔·别克去年被约谈后未归。", {"person": "努尔·别克"}),
    (
        "detained",
        "维吾尔人阿依·艾山被叫到派出所后，就再也没有回家。",
        {"person": "阿依·艾山"},
    ),
    (
        "released",
        "哈萨克人别克·努尔说，警察把他的哥哥放了出来。",
        {"relative_of": "别克·努尔", "relation": "brother"},
    ),
    ("passport_returned", "哈萨克人阿曼·卡德尔的护照终于批下来了。", {"person": "阿曼·卡德尔"}),
    (
        "threatened",
        "维吾尔人米热·托合提说，警察要她删除推特上的视频。",
        {"person": "米热·托合提"},
    ),
    (
        "threatened",
        "维吾尔人阿米娜·卡斯木说，警察让她别再对外说话。",
        {"person": "阿米娜·卡斯木"},
    ),
    ("disappeared", "维吾尔人古丽·艾力至今下落成谜。", {"person": "古丽·艾力"}),
    (
        "disappeared",
        "哈萨克人别克·阿曼说，他不知道弟弟是生是死。",
        {"relative_of": "别克·阿曼", "relation": "brother"},
    ),
    # Wording of real reports from outlets not read before (fresh reports, fictional here).
    ("died", "教师阿不都·热合曼去年抑郁而终。", {"person": "阿不都·热合曼"}),
    (
        "disappeared",
        "工人艾力·吐尔逊的弟弟至今不知所终。",
        {"relative_of": "艾力·吐尔逊", "relation": "brother"},
    ),
    ("disappeared", "当局至今没有提供诗人阿迪力·买买提的下落。", {"person": "阿迪力·买买提"}),
    (
        "contact_lost",
        "维吾尔人阿依古丽·艾山去年中断了与弟弟的联系。",
        {"relative_of": "阿依古丽·艾山", "relation": "brother"},
    ),
    (
        "contact_lost",
        "维吾尔人阿依古丽·艾山说，父母从去年起不再跟她联络。",
        {"relative_of": "阿依古丽·艾山", "relation": "parent"},
    ),
    (
        "contact_lost",
        "维吾尔人阿依古丽·艾山说，她再也没听到父亲的声音。",
        {"relative_of": "阿依古丽·艾山", "relation": "father"},
    ),
    (
        "disappeared",
        "哈萨克老人巴合提·努尔兰说，她的孙儿失踪了。",
        {"relative_of": "巴合提·努尔兰", "relation": "relative"},
    ),
    # Heard of it (听说) is how a family learns a fact, not a rumour.
    (
        "sentenced",
        "维吾尔人艾山·吐尔逊说，他去年听说弟弟被判刑十年。",
        {"relative_of": "艾山·吐尔逊", "relation": "brother"},
    ),
    # A counterfactual condition presupposes its fact: 如果不是丈夫被带走.
    ("detained", "如果不是丈夫努尔兰·别克被带走，她不会离开家乡。", {"person": "努尔兰·别克"}),
    # Held for questioning: 正在接受调查, 被带去接受警方调查.
    (
        "detained",
        "维吾尔人阿依古丽·艾山说，她的父亲正在接受调查。",
        {"relative_of": "阿依古丽·艾山", "relation": "father"},
    ),
    (
        "detained",
        "维吾尔人阿依古丽·艾山说，她的丈夫被带去接受警方调查。",
        {"relative_of": "阿依古丽·艾山", "relation": "spouse"},
    ),
    # Made up: 要胁 (要脅) as well as 要挟; help asked of the world, not only of 国际社会.
    ("threatened", "哈萨克人别克·努尔说，警察曾要胁他交出护照。", {"person": "别克·努尔"}),
    ("protested", "维吾尔人阿依古丽·卡德尔一直向国际求助。", {"person": "阿依古丽·卡德尔"}),
    # Hong Kong kin words: 外父 is the wife's father.
    (
        "disappeared",
        "维吾尔人艾力·吐尔洪说，他的外父前年失踪。",
        {"relative_of": "艾力·吐尔洪", "relation": "relative"},
    ),
    (
        "protested",
        "维吾尔人萨拉·托合提在视频里控诉中国当局拆散她的家庭。",
        {"person": "萨拉·托合提"},
    ),
    # Sent back to China by another state.
    ("detained", "留学生艾山·托合提去年被当地警察押上飞机带回中国。", {"person": "艾山·托合提"}),
    (
        "detained",
        "哈萨克人叶尔兰·别克说，邻国当局遣返了他的弟弟。",
        {"relative_of": "叶尔兰·别克", "relation": "brother"},
    ),
    # A camp named with its country, left when a chance came; students abroad as a people.
    ("released", "商人萨拉·托合提后来才有机会走出新疆的集中营。", {"person": "萨拉·托合提"}),
    (
        "detained",
        "当地警方上月拘捕了一批维吾尔留学生。",
        {"group": {"ethnicity": "uyghur", "place": None}},
    ),
    (
        "detained",
        "报告称当局在营地里监禁了30万人。",
        {"group": {"ethnicity": None, "place": None}},
    ),
    # Registered in Xinjiang (新疆籍), held abroad: no home for the group (fictional).
    (
        "detained",
        "土耳其警方上周拘留了三十多名新疆籍维吾尔商人。",
        {"group": {"ethnicity": "uyghur", "place": None}},
    ),
    # No news any more of the one told between (fictional).
    (
        "disappeared",
        "哈萨克人古丽·别克说，丈夫被带走后，她便再无任何关于丈夫的消息。",
        {"relative_of": "古丽·别克", "relation": "spouse"},
    ),
    # The owners counted between the verb and the passports.
    (
        "passport_confiscated",
        "据村民说，当局去年收缴了上百名哈萨克族牧民的护照。",
        {"group": {"ethnicity": "kazakh", "place": None}},
    ),
    # Fictional: a relative with no news (毫无消息, 音讯皆无), that nobody knows where, that one
    # cannot find, or of whom one does not know whether alive.
    (
        "disappeared",
        "住在荷兰的维吾尔人努尔·艾力说，他的哥哥被带走后毫无消息。",
        {"relative_of": "努尔·艾力", "relation": "brother"},
    ),
    (
        "disappeared",
        "住在荷兰的维吾尔人努尔·艾力说，她的妹妹从那年起音讯皆无。",
        {"relative_of": "努尔·艾力", "relation": "sister"},
    ),
    (
        "disappeared",
        "住在荷兰的维吾尔人努尔·艾力说，没有人知道他的父亲现在在哪里。",
        {"relative_of": "努尔·艾力", "relation": "father"},
    ),
    (
        "disappeared",
        "住在荷兰的维吾尔人努尔·艾力说，她至今找不到弟弟的下落。",
        {"relative_of": "努尔·艾力", "relation": "brother"},
    ),
    (
        "disappeared",
        "住在荷兰的维吾尔人努尔·艾力说，她不知道母亲是否还活着。",
        {"relative_of": "努尔·艾力", "relation": "mother"},
    ),
    # Fictional: pressed by the authorities to come back from abroad.
    (
        "threatened",
        "当局带走了维吾尔人古丽·艾山的哥哥，随后催促她从德国回国。",
        {"person": "古丽·艾山"},
    ),
    # Fictional: the last news had of someone is the start of lost contact.
    (
        "contact_lost",
        "住在荷兰的维吾尔人努尔·艾力说，他上一次收到父母的消息是在前年夏天。",
        {"relative_of": "努尔·艾力", "relation": "parent"},
    ),
    (
        "contact_lost",
        "住在荷兰的维吾尔人努尔·艾力说，她最后一次收到父亲的讯息是在春节。",
        {"relative_of": "努尔·艾力", "relation": "father"},
    ),
    # Kept from leaving, no place told: the country (fictional).
    (
        "passport_confiscated",
        "维吾尔人阿依夏·买提今年三十岁。她丈夫说，当局一直阻止她离开。",
        {"person": "阿依夏·买提"},
    ),
    # Made to keep silent, or not to talk to the press (fictional).
    (
        "threatened",
        "住在挪威的哈萨克人别克·努尔兰说，民警要他的父母保持沉默。",
        {"relative_of": "别克·努尔兰", "relation": "parent"},
    ),
    (
        "threatened",
        "住在挪威的哈萨克人别克·努尔兰说，民警叫他的母亲不要再接受境外电台的采访。",
        {"relative_of": "别克·努尔兰", "relation": "mother"},
    ),
    # Kept under the police's watch after a release (fictional).
    (
        "threatened",
        "牧民阿斯卡尔·吐尔洪前年出狱，此后一直处于当地公安的监控之下。",
        {"person": "阿斯卡尔·吐尔洪"},
    ),
    # Papers given back in a clause of its own, after their taking (fictional).
    (
        "passport_returned",
        "塔城的哈萨克人叶尔江·马力克说，妻子的绿卡三年前被收走，上个月才被退还。",
        {"relative_of": "叶尔江·马力克", "relation": "spouse"},
    ),
    # Seen again on a video call (fictional).
    (
        "contact_restored",
        "塔城的哈萨克人叶尔江·马力克上周在视频通话中见到了外婆。",
        {"relative_of": "叶尔江·马力克", "relation": "relative"},
    ),
    # Not let out of the country (fictional).
    (
        "passport_confiscated",
        "旅居荷兰的柯尔克孜人玛依拉·托克托逊说，当地政府始终不让她的外公出国。",
        {"relative_of": "玛依拉·托克托逊", "relation": "relative"},
    ),
    # A release refused: still held (fictional).
    (
        "detained",
        "旅居荷兰的柯尔克孜人玛依拉·托克托逊说，警方拒不释放她的舅舅。",
        {"relative_of": "玛依拉·托克托逊", "relation": "relative"},
    ),
    # A plea for a release is a demand too, and implies the detention (fictional).
    (
        "protested",
        "住在德国的维吾尔人阿依努尔·卡德尔恳请中国政府尽快释放她的父亲。",
        {"person": "阿依努尔·卡德尔"},
    ),
    (
        "detained",
        "住在德国的维吾尔人阿依努尔·卡德尔恳求政府放回她的父亲。",
        {"relative_of": "阿依努尔·卡德尔", "relation": "father"},
    ),
    # A call after years, on the phone at last (fictional).
    (
        "contact_restored",
        "住在挪威的哈萨克人别克·努尔兰说，断联四年后才接到姐姐打来的电话。",
        {"relative_of": "别克·努尔兰", "relation": "sister"},
    ),
    (
        "contact_restored",
        "住在挪威的哈萨克人别克·努尔兰上周终于和哥哥通上了语音电话。",
        {"relative_of": "别克·努尔兰", "relation": "brother"},
    ),
    # Killed, said with 杀 alone (fictional).
    (
        "died",
        "两名维吾尔族工人在一场斗殴中被杀死。",
        {"group": {"ethnicity": "uyghur", "place": None}},
    ),
    (
        "died",
        "维吾尔人艾山·托合提说，他的堂兄前年在和田被枪杀。",
        {"relative_of": "艾山·托合提", "relation": "cousin"},
    ),
]


@pytest.mark.parametrize(
    ("event_type", "sentence", "subject"), FOUND, ids=[f"{item[0]}-{item[1][:8]}" for item in FOUND]
)
def test_a_trigger_word_gives_its_event(
    event_type: str, sentence: str, subject: dict[str, object]
) -> None:
    assert (event_type, subject) in events_of(sentence)


NOT_FOUND = [
    # A return of something else, or one not yet made, is no passport returned (fictional).
    ("passport_returned", "塔城的哈萨克人叶尔江·马力克说，家里的羊群被没收，后来才被退还。"),
    ("passport_returned", "塔城的哈萨克人叶尔江·马力克说，妻子的绿卡被收走，至今都没被退还。"),
    # A face seen in a video the state put out is no call (fictional).
    ("contact_restored", "塔城的哈萨克人叶尔江·马力克在电视台播出的视频中看到了外婆。"),
    # Kept from going out of the house is no exit ban (fictional).
    ("passport_confiscated", "旅居荷兰的柯尔克孜人玛依拉·托克托逊说，当地政府不让她的外公出门。"),
    # A release refused is none (fictional).
    ("released", "旅居荷兰的柯尔克孜人玛依拉·托克托逊的姨妈患病，当局仍拒绝释放她。"),
    # Guards watching prisoners at work: their custody, no threat (fictional).
    ("threatened", "数十名柯尔克孜族囚犯被押到砖厂干活，狱警整天监视着他们。"),
    # A call from the police after years is no contact with kin (fictional).
    ("contact_restored", "哈萨克人别克·努尔兰回国两年后接到派出所民警的电话。"),
    # Releases only due, hoped for, waited for or denied across a comparison (fictional).
    ("released", "维吾尔人阿依夏·买提说，她的舅舅有望明年获释。"),
    ("released", "维吾尔人阿依夏·买提的舅舅原定前年出狱，但至今仍在服刑。"),
    ("released", "维吾尔人阿依夏·买提说，舅舅本应在上个月获释。"),
    ("released", "维吾尔人阿依夏·买提说，舅舅被判12年，要到2031年才能出狱。"),
    ("released", "维吾尔人阿依夏·买提说，舅舅获释的希望越来越小。"),
    ("released", "维吾尔人阿依夏·买提说，舅舅出狱的日子还很遥远。"),
    ("released", "维吾尔人阿依夏·买提说，舅舅并没有像当局宣称的那样获释。"),
    # A survey's respondents are not held (接受调查者, 接受调查的人).
    ("detained", "研究者艾山·吐尔逊说，接受调查者多数住在美国。"),
    # A noun or another word holding the letters of a trigger.
    ("threatened", "当局实施压制少数民族文化的政策，维吾尔人阿孜古丽·买买提说。"),
    ("contact_lost", "法院审判维吾尔人吐尔洪·艾买提时不通知任何家属。"),
    ("died", "维吾尔人阿卜杜·卡德尔说，自杀式袭击发生后警察增加了。"),
    ("threatened", "维吾尔人吐尔逊·艾力说，工厂强迫工人劳动。"),
    ("protested", "维吾尔人买买提·伊敏说，村民在家中举行礼拜集会。"),
    ("threatened", "维吾尔人买买提·伊敏说，他并不怕当局惯用的恐吓手段。"),
    # A charge of taking part, not a protest told as a fact.
    ("protested", "维吾尔人吐尔洪·卡德尔被捕后，当局指称他参与了分裂运动。"),
    ("passport_returned", "维吾尔人热娜·阿不都为了换发护照回到喀什。"),
    ("released", "维吾尔人艾山·吾守尔听到当局释放信号。"),
    ("threatened", "维吾尔人阿不都·卡迪尔以“威胁国家安全”为由被判刑。"),
    ("threatened", "哈萨克人努尔兰·别克逃到阿拉木图，中国政府随后向哈萨克斯坦施压。"),
    ("threatened", "哈萨克人努尔兰·别克逃到哈萨克斯坦，哈萨克斯坦政府却受到中方强力施压。"),
    ("detained", "哈萨克人叶尔兰·努尔说，警察上门带走了他的手机。"),
    ("detained", "维吾尔人艾山·吐尔逊帮助被拘留者的家属。"),
    ("detained", "维吾尔学者艾山·吐尔逊把这些营地称为收容所。"),
    ("disappeared", "哈萨克人努尔兰·别克是一名律师，专门代理失踪者家属。"),
    # Denials, questions, guesses, intentions, risks and undone acts.
    ("detained", "维吾尔人伊敏·卡斯木否认他曾经遭到拘留。"),
    ("detained", "记者问哈萨克人阿娜尔·别克是不是被送到了再教育营。"),
    ("detained", "维吾尔人阿丽米拉·托乎提的家人推测她是被送进了集中营。"),
    ("detained", "当局还想把哈萨克人叶森·托合塔尔关进监狱。"),
    ("sentenced", "维吾尔学者阿不来提·吐尔逊面临被判处重刑。"),
    ("detained", "哈萨克人古丽夏·别克说，她的丈夫并没有遭到逮捕。"),
    ("released", "维吾尔人阿里甫·托合提说，有传言说他的哥哥已经获释。"),
    ("detained", "哈萨克人叶尔波·努尔兰为了避免被捕逃到阿拉木图。"),
    ("detained", "维吾尔人米热·艾山去年在机场差点被抓。"),
    ("detained", "维吾尔人麦尔丹·艾力冒着被关进拘禁营的风险回家。"),
    ("detained", "警察那天还没有把哈萨克人古丽巴哈·努尔关进教育中心。"),
    # A warning given to the authorities intimidates no one; a protest announced is no fact yet.
    ("threatened", "维吾尔人阿迪拉·托合提警告当局，不放人就继续请愿。"),
    ("protested", "维吾尔人阿迪拉·托合提说，她将在议会门前举行抗议。"),
    # A ruling that extends custody is no prison term; a bare 若 is a condition.
    ("sentenced", "维吾尔人阿不力克木·艾山2月3日被法院宣判延长羁押期。"),
    ("sentenced", "哈萨克人叶森·努尔说，法院已两次判决延长对他的关押。"),
    (
        "detained",
        "家属说，若当局5月不放人，将再去请愿。维吾尔人阿迪拉·托合提若被关押，其子无人照顾。",
    ),
    # Things, not persons; a charge asked about, not a whereabouts.
    ("detained", "海关扣押了哈萨克人叶尔兰·努尔的货物。"),
    ("disappeared", "维吾尔人阿里木·艾山说，家人全然不知他被拘押在何处。"),
    # Fictional: whether a whole people lives (他们) is not one relative's disappearance.
    ("disappeared", "维吾尔人阿里木·艾山说，海外的维吾尔人不知道他们是否还活着。"),
    ("sentenced", "维吾尔人艾山·买买提的律师拿到了判决书。"),
    ("sentenced", "维吾尔人艾山·买买提说，两国为此谈判了十年。"),
    # A rumour or a promise governing the clause after it; an arrest quoted in a warning.
    ("died", "有传言称，维吾尔人阿里木·吐尔逊已在狱中去世。"),
    ("passport_returned", "当局承诺，只要哈萨克人别克·努尔回国，就允许他出境。"),
    ("detained", "警察警告维吾尔人古丽·艾山“再去清真寺就抓人”。"),
    ("released", "哈萨克人叶尔兰·托合塔尔至今仍未获释。"),
    # Look-alikes of the fourth probe set's words: schools, courts, a battery, a threat's object.
    ("released", "维吾尔人阿依努尔·艾山2015年从大学毕业后回国。"),
    ("protested", "维吾尔人卡米尔·吐尔逊在法庭上作证。"),
    ("passport_confiscated", "警察扬言要没收哈萨克人别克·叶森的护照。"),
    ("passport_returned", "当局承诺把护照交还给哈萨克人阿斯哈尔·别克。"),
    ("released", "有消息指，哈萨克人别克·努尔兰已经获释。"),
    ("contact_restored", "维吾尔人阿曼·吐尔逊又发布了一段视频。"),
    ("died", "维吾尔人艾力·卡德尔的哥哥恐已在狱中去世。"),
    ("released", "外界盛传，哈萨克人叶森·努尔已经获释。"),
    # Fictional: word the report calls unconfirmed governs the clauses after it.
    ("sentenced", "一则未经证实的说法称，维吾尔教师艾山·托乎提已获判无期徒刑。"),
    ("sentenced", "有未經證實的說法指出，有三人被带走，哈萨克牧民别克·努尔兰另获判刑10年。"),
    ("passport_returned", "哈萨克人叶森·阿山或已获准出境。"),
    # Denied with 不会 before the passive; a contact cut by one's own choice.
    ("detained", "维吾尔人阿依古丽·吐尔洪相信自己不会遭受拘捕。"),
    ("contact_lost", "维吾尔学者艾山·吐尔逊为保护家人，选择中断联络。"),
    # A warning a named person utters, not one made to them.
    ("threatened", "活动人士艾山·托合提在被拘留前几个月曾警告，中国当局正试图压制他的组织。"),
    # A release waited or hoped for.
    ("released", "维吾尔人阿依古丽·吐尔洪的母亲正在等待当局将她的哥哥从监狱中释放出来。"),
    ("released", "哈萨克人别克·努尔兰一家盼着他早日获释回家。"),
    # A release expected, and news of a release that did not come.
    ("released", "维吾尔商人吐尔逊·卡德尔的女儿当时预计父亲几天后获释。"),
    ("released", "几个月过去，古丽·艾山仍没有收到表哥吐尔逊·卡德尔获释的消息。"),
    # A number nearing another.
    ("threatened", "美国官员约翰·史密斯指出，营中人数逼近三百万。"),
    # Sports, and being accused.
    ("protested", "维吾尔人阿里木·吐尔洪参加了学校的运动会。"),
    ("protested", "维吾尔学者艾山·吐尔逊被控诉分裂国家。"),
    ("protested", "这个组织长期协助维吾尔人阿曼·吐尔逊的家属作证控诉。"),
    ("protested", "这个组织长期协助维吾尔人阿曼·吐尔逊的家属作证控诉中共。"),
    ("detained", "哈萨克人叶尔兰·别克在阿拉木图面临被遣返的风险。"),
    ("detained", "法官裁定不将维吾尔人艾山·吐尔逊遣返回中国。"),
    # What one does not want.
    ("detained", "哈萨克人叶尔兰·别克说，他不想去坐牢。"),
    # The goal of a purpose clause.
    ("contact_restored", "维吾尔人艾山·托乎提为了能与家人重新取得联系，开始在网上发声。"),
    # A denial with the expected time between it and the verb.
    ("released", "维吾尔人努尔·卡德尔在狱中多年，当局并未于去年5月释放他。"),
    ("released", "哈萨克人叶尔兰·别克没有在2020年获释。"),
    # A rumour told with Hong Kong's bare 有传; a thought of doing it.
    ("died", "有传维吾尔歌手艾山·吐尔逊已死在营中。"),
    ("died", "哈萨克少女古丽·别克回家后曾想过轻生自杀。"),
    # One who comes to the door to ask for help is not visited by the police.
    ("threatened", "维吾尔人阿依古丽·卡德尔上周登门求助。"),
    # The name of a record's field, not a fact.
    ("disappeared", "维吾尔人艾山·托合提的家属写下了失踪日期。"),
    # A death one is asked to check, and a death reported and then denied.
    ("died", "发言人要求记者去求证维吾尔诗人艾山·吐尔逊死亡的说法。"),
    ("died", "有网站称维吾尔诗人艾山·吐尔逊已在狱中去世。官方次日发布录音，否认艾山已死。"),
    # A term, not a detention.
    ("detained", "维吾尔人艾山·吐尔逊被判监禁12年。"),
    # A term before 监禁 (fictional) is what the sentence gives, not a detention either.
    ("detained", "法院判处维吾尔教师阿里木·托合提七年的监禁。"),
    ("detained", "当局判处哈萨克牧民叶尔兰·别克三年零六个月的监禁。"),
    # A death rumoured, or reported and then denied or told as untrue in the next sentence.
    ("died", "据传维吾尔诗人阿不都·热依木已在狱中去世。"),
    ("died", "有媒体称哈萨克歌手叶尔兰·努尔去世。他的妹妹随后澄清了这一传言。"),
    ("died", "网上曾流传教师古丽·艾山身亡的消息，后来证实她仍然活着。"),
    # The last time they met is no lost contact.
    ("contact_lost", "2016年是维吾尔教师艾山·托合提最后一次与妻子相聚。"),
    # An application not granted is no exit allowed.
    ("passport_returned", "哈萨克人别克·努汗的出国申请未获批准。"),
    # The police at the door once: as often the arrest that follows.
    ("threatened", "当天夜里，警察上门找维吾尔人阿曼古丽·托合提。"),
    # Taken home by the police, or able to return home: neither a detention nor an exit.
    ("detained", "迷路的哈萨克老人托列·阿曼被警察带回家中。"),
    ("passport_returned", "维吾尔人阿依仙·卡德尔得以回到家中。"),
    # A demand made of the authorities, not of the one it is about.
    ("threatened", "维吾尔人艾山·托乎提的女儿要求中国政府提供她父亲下落的信息。"),
    # A refused request to give up a passport is no passport withheld.
    ("passport_confiscated", "哈萨克人别克·努尔兰想去使馆注销护照却被拒。"),
    # A prison term is what a sentence gives, not a second fact of detention.
    ("detained", "维吾尔商人艾山·托乎提于2019年被判处长期监禁。"),
    # A policy of more watching, said of a region and a people, threatens no one in particular.
    ("threatened", "学者艾山·托乎提说，当局近年加强监视新疆和当地的哈萨克人。"),
    # Gone from one's social media or contact list: contact cut, no one missing.
    ("disappeared", "住在挪威的维吾尔人阿依古丽·吐尔逊说，她的亲戚一个个从她的社交媒体中消失。"),
    ("disappeared", "哈萨克人努尔兰·别克说，他的表哥去年从他的微信朋友圈消失了。"),
    # Watched by the police as a scene's circumstance (在警察监视下) threatens no one named.
    ("threatened", "教师古丽·艾山参加了集会，抗议商贩在警察监视下被人殴打。"),
    # Stuck in a camp in China is a detention, not an exit ban.
    ("passport_confiscated", "牧民叶尔兰·别克被困在新疆的再教育营里。"),
    # Feared, not ruled out, hoped for (fictional): 恐 before 遭, 不排除, Taiwan's 盼.
    ("sentenced", "维吾尔人阿依夏·买提很担心，她的父亲恐遭判刑。"),
    ("detained", "维吾尔人阿依夏·买提不排除姑姑已被关进营地。"),
    ("released", "维吾尔人阿依夏·买提盼北京早日释放她的表哥。"),
    # A thing retained (货物被海关留置) and a death rate are no events (fictional).
    ("detained", "维吾尔商人阿依夏·买提的货物被海关留置。"),
    ("died", "医生阿依夏·买提说，这种病的致死率很高。"),
    # An exit asked for by a government is not an exit allowed (fictional).
    ("passport_returned", "加拿大政府要求北京允许维吾尔人阿依夏·买提和她的女儿离开中国。"),
    # A trigger quoted as "so-called" is disputed by the writer, whichever side (fictional).
    ("released", "维吾尔人古丽·艾山说，她的哥哥去年所谓“结业”后又被判刑。"),
    ("disappeared", "官方称，海外人士所谓“失踪”的亲人阿依夏·买提生活幸福。"),
    # Trainees in general said by an official to have graduated (fictional).
    ("released", "官员艾山·吐尔逊宣布，各中心的学员已全部结业。"),
    # A rhetorical question comparing with others asks about an act not done (fictional).
    (
        "detained",
        "维吾尔人古丽·艾山说：“弟弟去过迪拜，这也有罪？可为何有这么多汉族商人也去过迪拜，"
        "把他们关进集中营呢。”",
    ),
    # An order to institutions to hand over their records of people threatens no one
    # (fictional): a mosque or school is told to, not a person.
    ("threatened", "当地的维吾尔人都很害怕，警方还要求当地的清真寺提供信众的住址资料。"),
    ("threatened", "哈萨克族牧民说，当局要求学校提供学生家长的身份信息。"),
]


@pytest.mark.parametrize(
    ("event_type", "sentence"), NOT_FOUND, ids=[f"{item[0]}-{item[1][:8]}" for item in NOT_FOUND]
)
def test_a_word_that_states_no_fact_gives_no_event(event_type: str, sentence: str) -> None:
    assert event_type not in {found_type for found_type, _ in events_of(sentence)}


def test_a_detention_told_as_happening_again_is_a_second_event() -> None:
    text = "维吾尔人阿不力米提·吐送2017年10月被关进集中营，2019年底获释，2020年4月再次被关进去。"
    detentions = [
        event for event in extract_report(text, PUBLISHED).events if event.type == "detained"
    ]
    assert [event.date for event in detentions] == ["2017-10", "2020-04"]


def test_the_second_detention_told_again_without_a_date_is_the_same_one() -> None:
    text = (
        "维吾尔人古丽娜·艾山2017年被关进营里，一个月后获释。2019年10月，她再度被抓。"
        "“第二次我被送去的那个营地在山里，”古丽娜·艾山说。"
    )
    detentions = [
        event for event in extract_report(text, PUBLISHED).events if event.type == "detained"
    ]
    assert [event.date for event in detentions] == ["2017", "2019-10"]


def test_the_reason_for_a_sentence_tells_no_relatives_sentence() -> None:
    text = "伊玛目艾山·木海去年被判刑。据其亲属说，他们至今不知道判刑理由。"
    assert [subject for kind, subject in events_of(text) if kind == "sentenced"] == [
        {"person": "艾山·木海"}
    ]


def test_a_death_the_text_says_did_not_happen_is_no_death() -> None:
    text = (
        "维吾尔人努尔兰·艾山的哥哥去年死亡的消息在网上流传。"
        "今年夏天，努尔兰·艾山得知，哥哥仍然活着。"
    )
    assert "died" not in {event_type for event_type, _ in events_of(text)}


def test_a_hope_that_someone_is_alive_denies_no_death() -> None:
    text = "维吾尔人努尔兰·艾山说，他的父亲已经死亡，他希望母亲仍然活着。"
    assert ("died", {"relative_of": "努尔兰·艾山", "relation": "father"}) in events_of(text)


def test_a_detention_that_is_threatened_is_no_detention() -> None:
    found = events_of("哈萨克人努尔古丽·别克近日被警察威胁送进精神病院。")
    assert ("threatened", {"person": "努尔古丽·别克"}) in found
    assert "detained" not in {event_type for event_type, _ in found}


def test_a_demand_to_rescue_is_a_protest_that_implies_the_detention() -> None:
    found = events_of("维吾尔人米娜·艾山要求当局营救她的丈夫。")
    assert ("protested", {"person": "米娜·艾山"}) in found
    assert ("detained", {"relative_of": "米娜·艾山", "relation": "spouse"}) in found


def test_an_appeal_for_release_is_a_protest_that_implies_the_detention() -> None:
    found = events_of("维吾尔人艾山·吐尔逊呼吁中国政府尽快释放他的父亲。")
    assert ("protested", {"person": "艾山·吐尔逊"}) in found
    assert ("detained", {"relative_of": "艾山·吐尔逊", "relation": "father"}) in found
    assert "released" not in {event_type for event_type, _ in found}


def test_being_forbidden_to_talk_on_the_telephone_is_lost_contact() -> None:
    text = "维吾尔人艾力·托合提说，他的母亲被禁止与他通电话。"
    assert [e.type for e in extract_report(text, date(2021, 3, 1)).events] == ["contact_lost"]


def test_being_sent_to_study_in_quotation_marks_is_a_detention() -> None:
    text = "维吾尔人艾力·托合提2018年被送去“学习”。"
    assert [e.type for e in extract_report(text, date(2021, 3, 1)).events] == ["detained"]


def test_children_sent_to_a_boarding_school_are_not_held() -> None:
    text = "哈萨克族妇女古丽·托汗说，她的两个孩子被送进了寄宿学校。"
    assert extract_report(text, date(2021, 3, 1)).events == []


def test_a_threat_told_by_its_consequence_is_made_to_the_one_in_its_condition() -> None:
    found = events_of("维吾尔人古丽·艾山说，官员暗示她若不合作，她的弟弟就会有麻烦。")
    assert found == [("threatened", {"person": "古丽·艾山"})]


def test_a_threat_told_with_otherwise_is_made_to_the_one_told_what_to_do() -> None:
    found = events_of("哈萨克人别克·努尔说，警察要他举报邻居，否则他的哥哥会付出代价。")
    assert found == [("threatened", {"person": "别克·努尔"})]


def test_a_threat_told_by_a_punishment_promised_on_a_condition_is_a_threat() -> None:
    # Fictional: officials say what they will do to the family if she goes on speaking.
    found = events_of("哈萨克人古丽·别克说，官员告诉她，如果她再接受采访，将严肃处理她的家人。")
    assert found == [("threatened", {"person": "古丽·别克"})]


def test_the_then_clause_of_a_long_condition_tells_no_fact() -> None:
    # Fictional: what would befall anyone if a condition held, told two clauses after it.
    text = (
        "学者艾山·托乎提说，如果一个维吾尔人有亲属在国外，尤其是这些亲属还在国外的报纸上"
        "发表批评当局的文章，那在国内的维吾尔人就足以被定为罪犯并判重刑。"
    )
    assert "sentenced" not in {found_type for found_type, _ in events_of(text)}


def test_a_feared_consequence_is_no_threat() -> None:
    assert events_of("维吾尔人阿依·吐尔逊担心，如果她公开发言，家人会有麻烦。") == []


def test_a_purpose_clause_keeps_a_fact_that_describes_its_object_or_follows_it() -> None:
    kept = events_of("维吾尔人艾山·托乎提为了能与失联的家人重新取得联系，在网上发声。")
    assert kept == [("contact_lost", {"relative_of": "艾山·托乎提", "relation": "family"})]
    kept = events_of("维吾尔人艾山·托乎提的弟弟为了和家人联系而被捕。")
    assert kept == [("detained", {"relative_of": "艾山·托乎提", "relation": "brother"})]


def test_prison_after_a_sentence_verb_is_the_sentence_not_a_detention_of_its_own() -> None:
    found = events_of("被判入狱的维吾尔歌手吐尔逊·卡德尔上月在狱中病逝。")
    assert found == [
        ("sentenced", {"person": "吐尔逊·卡德尔"}),
        ("died", {"person": "吐尔逊·卡德尔"}),
    ]
    assert events_of("牧民叶尔兰·别克去年入狱。") == [("detained", {"person": "叶尔兰·别克"})]


def test_property_taken_is_no_passport_but_papers_taken_are() -> None:
    # Fictional: the land and the pension are property; only the passports are papers.
    found = events_of(
        "维吾尔人艾山·托乎提说，警察没收了他父亲的护照，他哥哥的土地和母亲的退休金也都被没收了。"
    )
    assert [event_type for event_type, _ in found] == ["passport_confiscated"]


def test_home_at_last_after_a_time_held_is_a_release() -> None:
    # Fictional: 终于归来 after months held tells the release.
    found = events_of("哈萨克人叶森·别克被软禁在亲戚家，被困近一年后终于归来。")
    assert ("released", {"person": "叶森·别克"}) in found


def test_home_at_last_after_years_of_study_is_no_release() -> None:
    # Fictional: coming home after study abroad tells nothing of custody.
    assert events_of("维吾尔学生艾山·托乎提在土耳其留学五年后终于回来。") == []


def test_being_forced_to_cooperate_with_the_police_is_a_threat() -> None:
    # Fictional: 迫使 is forcing, as 强迫 and 逼 are.
    text = "当地警方迫使哈萨克人叶森·托列充当线人。"
    assert ("threatened", {"person": "叶森·托列"}) in events_of(text)


def test_a_release_that_could_only_follow_a_condition_is_no_release() -> None:
    # Fictional: 方能 (only then can) makes it a condition, as 才可 does.
    text = "哈萨克人叶森·托列说，他的弟弟要学满一年，方能获释。"
    assert [e for e in events_of(text) if e[0] == "released"] == []


def test_being_kept_from_visiting_relatives_abroad_is_an_exit_ban() -> None:
    # Fictional: 阻止…出境 keeps one in China, as 禁止出境 does.
    text = "去年秋天,边检人员阻止牧民叶森·托列出境。"
    assert ("passport_confiscated", {"person": "叶森·托列"}) in events_of(text)


def test_what_happens_once_a_condition_is_met_is_no_event() -> None:
    # Fictional: 一旦 and 只要 tell what follows whenever it happens, not that it happened.
    text = "哈萨克人叶森·托列说，他的弟弟一旦被带走，就很难回来。"
    assert [e for e in events_of(text) if e[0] == "detained"] == []


def test_the_police_getting_in_touch_with_a_relative_is_pressure() -> None:
    # Fictional: the police in touch with someone again and again press them.
    text = "留学生艾山·托合提说，派出所民警多次与他的母亲联系。"
    assert ("threatened", {"relative_of": "艾山·托合提", "relation": "mother"}) in events_of(text)


def test_a_message_the_police_send_is_pressure() -> None:
    # Fictional: a message the police send (民警发来的短信) presses the one it is sent to.
    text = "维吾尔女子古丽娜·艾山说,她不时看到民警发来的短信。"
    assert ("threatened", {"person": "古丽娜·艾山"}) in events_of(text)


def test_not_daring_to_contact_the_police_is_no_pressure() -> None:
    # Fictional: the police as the one contacted (不敢与警方联系) press no one.
    text = "留学生艾山·托合提说,他不愿与警察联系。"
    assert [e for e in events_of(text) if e[0] == "threatened"] == []


def test_an_estimate_of_how_many_are_held_is_a_detention() -> None:
    # Fictional: 可能有 before a number estimates the scale; the detention itself is reported.
    text = "研究人员估计,可能有数十万哈萨克人被关押在营中。"
    assert ("detained", {"group": {"ethnicity": "kazakh", "place": None}}) in events_of(text)


def test_what_may_happen_to_someone_is_still_no_event() -> None:
    # Fictional: 可能 before the verb stays a hedge.
    text = "哈萨克人叶森·托列说,他的弟弟可能被关押在营中。"
    assert [e for e in events_of(text) if e[0] == "detained"] == []


def test_seizing_people_told_with_a_bare_le_is_a_detention() -> None:
    # Fictional: 他们抓了一些维吾尔族青年 (a police chief speaking) is an arrest of a group.
    text = "派出所所长李明说，他们抓了一些维吾尔族青年。"
    assert events_of(text) == [("detained", {"group": {"ethnicity": "uyghur", "place": None}})]


def test_a_protest_someone_reposted_is_not_their_protest() -> None:
    # Fictional: she shared news of protests elsewhere, after a comma; she did not protest.
    text = "古丽·艾山上个月被带走。她去年转发过一段视频，内容是外地的抗议集会。"
    assert [e for e in extract_report(text, None).events if e.type == "protested"] == []


def test_a_demand_made_of_the_party_is_no_pressure_on_those_demanding() -> None:
    # Fictional: 要求中共提供…信息 is asked of the authorities, not of the Kazakhs.
    text = "几位哈萨克老人联名写信，要求中共提供被关押家人的近况信息。"
    assert [e for e in extract_report(text, None).events if e.type == "threatened"] == []


def test_missing_kin_named_in_a_demand_are_still_missing() -> None:
    # Fictional: the demand (敦促) is for videos; that the kin are missing is taken as fact.
    text = "不少维吾尔人请求当局出示失踪亲人的近照。"
    missing = [e.subject for e in extract_report(text, None).events if e.type == "disappeared"]
    assert missing == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_an_enforced_disappearance_is_a_disappearance_not_a_threat() -> None:
    # Fictional: 强迫失踪 names the disappearance itself; nobody is said to be coerced.
    text = "维吾尔人艾山·托列的弟弟去年遭到强迫失踪。"
    found = events_of(text)
    assert [e for e in found if e[0] == "threatened"] == []
    assert ("disappeared", {"relative_of": "艾山·托列", "relation": "brother"}) in found


def test_a_trigger_heading_a_noun_for_cases_of_its_kind_befalls_no_one() -> None:
    # Fictional: the researcher counts reports of disappearances; he has not disappeared.
    text = "研究员艾山·托列说，他收到了几十份失踪报告。"
    assert [e for e in events_of(text) if e[0] == "disappeared"] == []


def test_minorities_written_as_少数族裔_are_a_group() -> None:
    # Fictional: Hong Kong and overseas outlets write 少数族裔 where others write 少数民族.
    text = "去年冬天，伊犁的少数族裔被关进看守所。"
    assert ("detained", {"group": {"ethnicity": None, "place": "CN-654000"}}) in events_of(text)


def test_the_worlds_attention_and_pressure_on_a_matter_is_no_threat() -> None:
    # Fictional: the pressure is the world's on a state, not a threat made to the minorities.
    text = "国际社会对新疆少数族裔处境的持续关注和施压，终于让当局感到压力。"
    assert [e for e in events_of(text) if e[0] == "threatened"] == []


def test_a_question_of_when_or_whether_it_may_yet_be_is_no_event() -> None:
    # Fictional: the release is asked about, not told; an arrest whose day is unknown still is.
    assert events_of("古丽·艾山说，她不知道父亲何时才能恢复自由。") == []
    assert events_of("古丽·艾山不知道丈夫能否获释。") == []
    assert ("detained", {"relative_of": "古丽·艾山", "relation": "father"}) in events_of(
        "古丽·艾山说，她不清楚父亲何时被捕。"
    )


def test_what_a_practice_is_for_is_no_event() -> None:
    # Fictional: the aim of a policy is told, not a threat made to anyone.
    assert events_of("评论员艾山·托列认为，株连家属的目的是威胁流亡海外的哈萨克人。") == []
    assert events_of("这项新规旨在恐吓海外的维吾尔人。") == []


def test_the_watching_of_a_whole_people_is_no_threat_but_of_a_person_is() -> None:
    # Fictional: a policy of surveillance described, then one man followed.
    assert events_of("在伊犁，哈萨克族牧民的一举一动都受到警方监视。") == []
    assert ("threatened", {"person": "叶森·托列"}) in events_of(
        "牧民叶森·托列回国后一直被便衣跟踪。"
    )


def test_an_event_whose_report_is_called_false_is_no_event() -> None:
    # Fictional: the brother says the news of his mother's release is false.
    assert events_of("叶森·托列说，他的母亲获释的消息是假的。") == []


@pytest.mark.parametrize(
    "text",
    ["外交部发言人称，热娜·吐尔逊被关押的说法纯属捏造。", "當局稱，熱娜·吐爾遜被抓走的傳言不實。"],
)
def test_a_report_called_false_after_a_trigger_that_ends_before_its_verb_is_no_event(
    text: str,
) -> None:
    # Fictional: 被关|押的说法, 被抓|走的传言: the trigger word ends one character before 的.
    assert events_of(text) == []


def test_being_kept_in_ones_village_is_no_exit_ban() -> None:
    # Fictional: confinement to a village; leaving the country is another matter.
    assert events_of("牧民叶森·托列回家后仍被禁止离开村子。") == []


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: in case, would rather, dreamt: none of these happened.
        "万一牧民叶森·托列被遣返，他将面临牢狱之灾。",
        "叶森·托列说，他宁愿自己坐牢，也不想母亲受苦。",
        "古丽·艾山说，她曾梦见母亲获释回家。",
    ],
)
def test_what_is_supposed_preferred_or_dreamt_is_no_event(text: str) -> None:
    assert events_of(text) == []


def test_a_rhetorical_question_is_no_event() -> None:
    # Fictional: 难道 asks; nothing is told of the father.
    assert events_of("难道古丽·艾山的父亲也被抓了吗？") == []


def test_a_camp_in_quotation_marks_after_tou_ru_is_a_detention() -> None:
    assert events_of("据报约5万名哈萨克族人被当局投入「再教育營」。") == [
        ("detained", {"group": {"ethnicity": "kazakh", "place": None}})
    ]


def test_being_told_to_tell_outsiders_nothing_is_a_threat() -> None:
    # Fictional: an order to keep a matter from outsiders is pressure on the wife.
    found = extract_report("国保叫努尔兰·别克的妻子不许向外人提起这件事。", date(2021, 3, 1)).events
    assert [(e.type, e.subject) for e in found] == [
        ("threatened", {"relative_of": "努尔兰·别克", "relation": "spouse"})
    ]


def test_no_news_heard_of_kin_is_a_disappearance() -> None:
    # Fictional: a verb of hearing between 没有 and 音讯 (再也没有听到…的音讯).
    text = "一些住在荷兰的维吾尔人说，他们再也没有听到家里亲人的音讯。"
    missing = [e.subject for e in extract_report(text, None).events if e.type == "disappeared"]
    assert missing == [{"group": {"ethnicity": "uyghur", "place": None}}]


def test_no_news_to_be_had_at_all_is_a_disappearance() -> None:
    # Fictional: 未能得到…任何消息, news that could not be had.
    text = "巴合提·努尔说，他的弟弟去年被带走，家人至今未能得到弟弟的任何消息。"
    missing = [e.subject for e in extract_report(text, None).events if e.type == "disappeared"]
    assert missing == [{"relative_of": "巴合提·努尔", "relation": "brother"}]


@pytest.mark.parametrize(
    "text",
    ["阿曼·托列说，他的哥哥至今没有消息。", "阿曼·托列说，他的哥哥已经三年没有消息了。"],
)
def test_no_news_since_or_still_is_a_disappearance(text: str) -> None:
    # Fictional: 至今没有消息, 三年没有消息了 (no news of him up to now).
    missing = [e.subject for e in extract_report(text, None).events if e.type == "disappeared"]
    assert missing == [{"relative_of": "阿曼·托列", "relation": "brother"}]


def test_no_report_saying_something_is_no_disappearance() -> None:
    # Fictional: 至今没有消息称 (no report has said) is about news, not a person.
    text = "至今没有消息称阿曼·托列已经获释。"
    assert [e for e in extract_report(text, None).events if e.type == "disappeared"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("一位外国官员去年指出，新疆再教育营人数已超过一百万。", "CN-650000"),
        ("有学者估计，被关押在各地营中的人数接近两百万。", None),
    ],
)
def test_the_number_the_camps_hold_is_a_detention_of_a_group(text: str, place: str | None) -> None:
    # Fictional: 再教育营人数, 被关押…的人数 count people held, of no stated people.
    held = [e.subject for e in extract_report(text, None).events if e.type == "detained"]
    assert held == [{"group": {"ethnicity": None, "place": place}}]


@pytest.mark.parametrize(
    "text",
    ["上千名哈萨克人在边境那边失去了踪影。", "据说上千名哈萨克人近年来销声匿迹。"],
)
def test_lost_from_sight_is_a_disappearance(text: str) -> None:
    # Fictional: 失去了踪影, 销声匿迹 (gone from sight).
    missing = [e.subject for e in extract_report(text, None).events if e.type == "disappeared"]
    assert missing == [{"group": {"ethnicity": "kazakh", "place": None}}]


@pytest.mark.parametrize(
    "text",
    [
        "吐尼莎·阿布都拉将于下月出狱。",
        "吐尼莎·阿布都拉將於明年三月獲釋。",
        "吐尼莎·阿布都拉即将在年底获释。",
    ],
)
def test_what_will_be_at_a_time_told_is_no_event(text: str) -> None:
    # Fictional: 将于下月, 将在年底 before the trigger: a release still to come.
    assert events_of(text) == []


def test_ba_with_a_time_before_a_trigger_that_describes_its_object_is_an_event() -> None:
    # Fictional: 将 takes 在2019年被关押的经历 as its object; the detention is told.
    told = events_of("哈力克·马木提将在2019年被关押的经历告诉记者。")
    assert [event_type for event_type, _ in told] == ["detained"]


@pytest.mark.parametrize(
    "text",
    ["古麗米拉·阿布拉計劃下週在海牙組織集會。", "古丽米拉·阿布拉正在筹备一场集会。"],
)
def test_a_protest_planned_or_prepared_is_no_protest(text: str) -> None:
    # Fictional: 计划…组织集会, 筹备一场集会: not yet held.
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "买买提·吐尔地至今未能获释。",
        "阿依努尔·沙比尔的母亲一直未能出狱。",
        "阿依努尔·沙比尔的母亲始终没能获准出境。",
    ],
)
def test_a_negation_with_could_before_a_trigger_is_no_event(text: str) -> None:
    # Fictional: 未能获释, 没能获准出境: 能 between the negation and the trigger.
    assert events_of(text) == []


def test_not_living_to_see_a_release_is_no_release() -> None:
    # Fictional: 没能等到出狱: the death is told, the release is not.
    assert [t for t, _ in events_of("艾山·托合提没能等到出狱就去世了。")] == ["died"]


@pytest.mark.parametrize(
    "text", ["沙比尔·托乎提的弟弟会不会已经被判刑？", "沙比尔·托乎提的弟弟有没有被判刑？"]
)
def test_an_a_not_a_question_is_no_event(text: str) -> None:
    # Fictional: 会不会, 有没有 ask whether it happened.
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    ["研究者说，三千名哈萨克族牧民被强迫送进了学习班。", "当局强迫关押了几百名维吾尔族农民。"],
)
def test_forcing_told_with_a_detention_verb_is_the_detention_not_a_threat(text: str) -> None:
    # Fictional: 被强迫送进, 强迫关押: the force is the manner of the detention it names.
    assert [t for t, _ in events_of(text)] == ["detained"]


def test_muslims_written_as_回教徒_after_a_people_are_that_group() -> None:
    # Fictional: Hong Kong outlets write 回教徒 where others write 穆斯林.
    text = "声明指当局在新疆关押了数十万名维族回教徒。"
    assert events_of(text) == [
        ("detained", {"group": {"ethnicity": "uyghur", "place": "CN-650000"}})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "发言人回应称，所谓拘押一百万名维吾尔人的说法纯属捏造。",
        "官员说，当局拘押了数千名哈萨克人的报道不实。",
    ],
)
def test_a_report_called_false_after_the_triggers_object_tells_no_event(text: str) -> None:
    # Fictional: the object stands between the trigger and 的说法 or 的报道 called false.
    assert events_of(text) == []


def test_slogans_shouted_and_streets_taken_to_are_protests() -> None:
    # Fictional: slogans outside a consulate, then a march led through the streets.
    assert events_of("维吾尔人古丽·艾山在中国驻伊兹密尔领事馆外高喊口号。") == [
        ("protested", {"person": "古丽·艾山"})
    ]
    assert events_of("维吾尔人古丽·艾山上个月带领亲友走上街头。") == [
        ("protested", {"person": "古丽·艾山"})
    ]


def test_being_tailed_in_taiwans_word_is_a_threat() -> None:
    # Fictional: 跟监, Taiwan's word for being followed and watched.
    assert events_of("维吾尔人古丽·艾山在安卡拉遭不明人士跟监。") == [
        ("threatened", {"person": "古丽·艾山"})
    ]


def test_a_passport_still_not_given_back_is_withheld_not_returned() -> None:
    # Fictional: 至今未归还, the passport is still held.
    assert events_of("哈萨克人努尔江·别克说，他母亲的护照至今未归还。") == [
        ("passport_confiscated", {"relative_of": "努尔江·别克", "relation": "mother"})
    ]


def test_a_voice_not_heard_for_years_is_lost_contact_but_not_one_not_heard_once() -> None:
    # Fictional: years without a relative's voice, then a voice lost in a noisy hall.
    assert events_of("哈萨克人努尔江·别克说，他两年没听到姐姐的声音。") == [
        ("contact_lost", {"relative_of": "努尔江·别克", "relation": "sister"})
    ]
    assert events_of("哈萨克人努尔江·别克说，会场太吵，他没有听到主持人的声音。") == []


def test_a_passport_held_since_a_date_is_a_passport_held_not_a_detention() -> None:
    # Fictional: since when stands between the passport and the verb.
    found = extract_report("哈萨克人努尔江·别克说，他父亲的护照自2019年起被当局扣押。", PUBLISHED)
    assert [(event.type, event.date) for event in found.events] == [
        ("passport_confiscated", "2019")
    ]


def test_an_arrest_promised_if_an_order_is_not_obeyed_is_a_threat_not_a_detention() -> None:
    # Fictional: police order him to leave, or they will hold him and lock him up.
    assert events_of(
        "维吾尔人艾山·吐尔逊说，警方命令他立刻离境，否则就要拘留他，还会把他关进看守所。"
    ) == [("threatened", {"person": "艾山·吐尔逊"})]


def test_being_watched_by_the_police_is_a_threat() -> None:
    # Fictional: a named woman kept under watch by the authorities.
    assert events_of("维吾尔人阿依古丽·托乎提因为做礼拜被当局监控。") == [
        ("threatened", {"person": "阿依古丽·托乎提"})
    ]


def test_a_halfwidth_comma_breaks_a_clause_as_a_fullwidth_one_does() -> None:
    # Fictional: a report typed with ASCII commas; 没有 in one clause, 联络 in the next.
    assert events_of("维吾尔人艾山·吐尔逊的努力没有白费,他联络了多家媒体。") == []


def test_a_voice_heard_for_the_first_time_in_years_is_contact_restored() -> None:
    # Fictional: the first time in over two years he hears his sister.
    assert events_of("维吾尔人艾山·吐尔逊说，这两年多以来首次听见妹妹的声音。") == [
        ("contact_restored", {"relative_of": "艾山·吐尔逊", "relation": "sister"})
    ]


def test_a_police_contact_only_announced_is_no_threat_yet() -> None:
    # Fictional: word passed on by his father that the police will be in touch one day.
    assert events_of("维吾尔人艾山·吐尔逊在挪威读书，父亲转告他，公安将会联络他。") == []


def test_a_claim_the_next_sentence_only_denies_is_no_event() -> None:
    # Fictional: an official reply tells a claim, denies it, then tells its own account.
    text = (
        "发言人王立新表示，买买提·吐尔逊称，他的妹妹古丽娜·吐尔逊2019年回国后在拘留所里去世。"
        "这完全不是事实。实际上，古丽娜·吐尔逊于2020年3月5日因病在医院去世。"
    )
    found = extract_report(text, PUBLISHED).events
    assert [(event.type, event.date) for event in found] == [("died", "2020-03-05")]


def test_a_group_seen_dying_while_the_witness_was_held_is_the_subject() -> None:
    # Fictional: the passive of the "while" phrase is the witness's, not the deaths'.
    text = "维吾尔人阿依夏·买提说，她被关押在监狱期间曾目睹6名维族女子死亡。"
    assert ("died", {"group": {"ethnicity": "uyghur", "place": None}}) in events_of(text)
    assert ("died", {"person": "阿依夏·买提"}) not in events_of(text)
