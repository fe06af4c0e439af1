"""Generate fictional news reports in the archived-report format of shared/corpus/GOLD.md.

Every person, quotation and event here is invented, and every sentence template was written
for this file. The mix imitates what documenters import: reports of about 2,000 Chinese
characters naming victims (Turkic names in Han transliteration, sometimes with a Latin form),
relatives, officials and activists, Xinjiang and foreign places, dates and terms; a tenth in
Traditional characters; and about one in seven a copy of a recent report republished by
another site with its own navigation, notices and link lists, sometimes also in Traditional.

Generation is deterministic for a seed and streams: memory stays constant whatever the count.

    .venv/bin/python bench/report_generator.py --reports 1000 --out /tmp/reports
"""

import argparse
import random
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tugan.core.scripts import to_traditional

TRADITIONAL_SHARE = 0.10
COPY_SHARE = 0.15
# Copies are of the last few stories only, so memory does not grow with the count.
RECENT_STORIES = 40
TARGET_CHARACTERS = 2000
# Sentences told about this story's people; the rest run free, word by word.
STORY_SENTENCES = 16
STORY_SENTENCE_SHARE = 0.4
FIRST_DAY = datetime(2017, 1, 1, tzinfo=UTC)
DAYS = 8 * 365

# Name parts: Turkic given names as Han transliterations (with a Latin spelling), Han names.
TURKIC_NAMES = [
    ("努尔兰", "Nurlan"),
    ("叶尔兰", "Erlan"),
    ("别克", "Bek"),
    ("阿依古丽", "Aygul"),
    ("古丽娜尔", "Gulnar"),
    ("买买提", "Memet"),
    ("艾力", "Eli"),
    ("吐尔逊", "Tursun"),
    ("热依拉", "Reyila"),
    ("努尔古丽", "Nurgul"),
    ("巴合提", "Bakhyt"),
    ("叶尔江", "Erzhan"),
    ("哈斯木", "Kasym"),
    ("阿斯哈尔", "Askhar"),
    ("萨吾列", "Saule"),
    ("加娜尔", "Zhanar"),
    ("阿曼", "Aman"),
    ("赛力克", "Serik"),
    ("马合沙提", "Makhsat"),
    ("迪娜拉", "Dinara"),
    ("阿依达娜", "Aidana"),
    ("库尔班", "Kurban"),
    ("帕提古丽", "Patigul"),
    ("祖丽菲亚", "Zulfiya"),
    ("艾合买提", "Ehmet"),
    ("吐尔洪", "Turghun"),
    ("麦尔旦", "Merdan"),
    ("米日古丽", "Mihrigul"),
    ("托合提", "Tokhti"),
    ("阿孜古丽", "Azigul"),
    ("依明", "Imin"),
    ("肉孜", "Rozi"),
    ("沙吾提", "Sawut"),
    ("木拉提", "Murat"),
    ("叶尔保拉", "Erbol"),
    ("居马", "Zhuma"),
    ("达吾列提", "Dauletbek"),
    ("叶尔肯", "Erken"),
    ("铁木尔", "Temir"),
    ("阿力木", "Alim"),
    ("哈力克", "Khalyk"),
    ("扎米拉", "Zhamila"),
    ("古丽巴哈尔", "Gulbahar"),
    ("阿布来提", "Ablet"),
    ("塔依尔", "Tahir"),
    ("热合曼", "Rahman"),
    ("卡德尔", "Kadir"),
    ("玛依拉", "Mayra"),
    ("努尔别克", "Nurbek"),
    ("阿合买提", "Akhmet"),
    ("别尔克", "Berik"),
    ("阿丽娅", "Aliya"),
]
HAN_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
)
HAN_GIVEN = [
    "建国",
    "志强",
    "海燕",
    "秀兰",
    "晓东",
    "立新",
    "玉梅",
    "国平",
    "春华",
    "红",
    "军",
    "伟",
    "磊",
    "静",
    "敏",
    "文杰",
    "丽娟",
    "宏伟",
    "永刚",
    "桂芳",
    "明",
    "雪",
    "振华",
    "晓光",
]
# Places: (name, kind), Xinjiang units and places abroad.
XINJIANG_PREFECTURES = [
    "伊犁哈萨克自治州",
    "塔城地区",
    "阿勒泰地区",
    "昌吉回族自治州",
    "博尔塔拉蒙古自治州",
    "喀什地区",
    "和田地区",
    "阿克苏地区",
    "哈密市",
    "吐鲁番市",
]
XINJIANG_COUNTIES = [
    "伊宁县",
    "察布查尔县",
    "霍城县",
    "巩留县",
    "新源县",
    "昭苏县",
    "特克斯县",
    "尼勒克县",
    "额敏县",
    "裕民县",
    "托里县",
    "布尔津县",
    "富蕴县",
    "青河县",
    "吉木乃县",
    "哈巴河县",
    "木垒县",
    "奇台县",
    "温泉县",
    "精河县",
    "疏附县",
    "墨玉县",
    "库车市",
    "伊宁市",
    "塔城市",
    "阿勒泰市",
]
ABROAD = [
    ("哈萨克斯坦", "阿拉木图"),
    ("哈萨克斯坦", "阿斯塔纳"),
    ("哈萨克斯坦", "塔尔迪库尔干"),
    ("哈萨克斯坦", "扎尔肯特"),
    ("土耳其", "伊斯坦布尔"),
    ("吉尔吉斯斯坦", "比什凯克"),
    ("乌兹别克斯坦", "塔什干"),
    ("德国", "慕尼黑"),
    ("美国", "华盛顿"),
    ("荷兰", "阿姆斯特丹"),
    ("挪威", "奥斯陆"),
    ("澳大利亚", "阿德莱德"),
]
RELATIVES = [
    "父亲",
    "母亲",
    "哥哥",
    "弟弟",
    "姐姐",
    "妹妹",
    "丈夫",
    "妻子",
    "儿子",
    "女儿",
    "表哥",
    "舅舅",
    "姑姑",
    "侄子",
]
JOBS = [
    "牧民",
    "小学教师",
    "乡村医生",
    "个体商人",
    "出租车司机",
    "农民",
    "会计",
    "退休工人",
    "大学讲师",
    "厨师",
    "兽医",
    "电焊工",
    "裁缝",
    "货车司机",
    "中学校长",
    "护士",
    "牧场兽医",
    "面包师",
]
FACILITIES = [
    "再教育营",
    "看守所",
    "监狱",
    "职业技能教育培训中心",
    "拘留所",
    "封闭式学习班",
    "戒毒所旧址改建的营地",
]
REASONS = [
    "曾经去过哈萨克斯坦探亲",
    "手机里装有境外聊天软件",
    "在家里做礼拜",
    "持有外国绿卡",
    "与境外亲属通过微信联系",
    "孩子在国外留学",
    "保存了宗教讲经录音",
    "多年前去过土耳其",
    "曾经拒绝交出护照",
    "给国外的亲戚汇过钱",
    "戴头巾",
    "留胡须",
    "在清真寺当过义工",
]
CHANNELS = ["微信", "电话", "视频通话", "语音留言"]
ORGANISATIONS = [
    "阿拉木图一个民间人权组织",
    "一个海外维吾尔人团体",
    "一个寻亲志愿者网络",
    "一家国际人权机构",
    "哈萨克斯坦一个家属互助小组",
    "一个记录新疆案例的数据库项目",
]
SITES = [
    ("草原时报", "steppe-times.example.com"),
    ("天山观察", "tianshan-watch.example.org"),
    ("中亚新闻网", "central-asia-news.example.net"),
    ("丝路评论", "silkroad-review.example.com"),
    ("边疆通讯", "frontier-wire.example.org"),
    ("东方视点", "east-view.example.net"),
    ("家园之声", "homeland-voice.example.com"),
    ("转载文摘", "reposts-digest.example.org"),
]
NAVIGATIONS = [
    "首页 | 要闻 | 新疆 | 中亚 | 评论 | 视频 | 专题",
    "当前位置：首页 > 国际新闻 > 正文",
    "新闻中心 / 人权 / 中亚动态 / 读者来信",
    "返回首页 · 最新 · 热门 · 图片 · 专栏 · 搜索",
    "本站导航：时政 财经 社会 文化 人权观察 海外华人",
]
NOTICES = [
    "本文转载自{site}，版权归原作者所有，如有侵权请联系本站删除。",
    "来源：{site}　转载时间：{date}　编辑：网络部",
    "声明：本站转载文章仅供读者参考，不代表本站立场。",
    "分享到：微信 微博 推特 脸书　｜　字号：大 中 小",
    "扫描二维码关注我们的公众号，获取更多中亚资讯。",
    "欢迎读者来信投稿，投稿邮箱见网站底部。",
    "相关阅读：点击查看更多报道。本页面内容每日更新。",
]
TITLES = [
    "{abroad_short}{ethnic}人：{relative}在{county}被带走后下落不明",
    "{victim}的{relative}被判{years}年 家属在{abroad_short}呼吁释放",
    "寻亲{n}年：{victim}仍联系不上在{prefecture}的{relative}",
    "{county}{job}{victim_short}被关押 家人称其“{reason_short}”",
    "{abroad_short}家属集会 要求中国当局说明{count}名亲人下落",
    "{victim}：{relative}获释后仍被禁止出境",
    "护照被收 {ethnic}族{job}无法前往{abroad_short}与家人团聚",
    "{year}年起失联 {victim}向国际社会求助",
]
OPENINGS = [
    "据{org}向本{outlet}披露，{prefecture}{county}的{ethnic}族{job}{victim}于{date1}被当地警察带走，至今下落不明。",
    "现居{abroad}的{ethnic}族{sex_word}{victim}{when_told}对本{outlet}说，{pronoun}的{relative}在{date1}被送进{facility}，此后家人再也没有见过{object_pronoun}。",
    "{date1}，{county}一名{age}岁的{job}{victim}在家中被带走。{pronoun}的家人直到{date2}才得知，{object_pronoun}已被判处{years}年徒刑。",
    "{ethnic}族{job}{victim}的{relative}说，自从{date1}以后，全家人就再也无法通过{channel}联系上留在{county}的亲人。",
]
SENTENCES = [
    "{victim_short}今年{age}岁，{year0}年随家人移居{abroad}，已经取得当地国籍。",
    "{pronoun}说，{relative}一辈子在{county}生活，从来没有做过违法的事情。",
    "据家属了解，当局给出的理由是{pronoun2}“{reason}”。",
    "{victim_short}的{relative}名叫{relative_name}，原本是{county}的一名{job2}。",
    "{date2}，{relative_name}被转移到{prefecture}的一所{facility}，家人至今不知道具体地点。",
    "{victim_short}回忆说，最后一次和{relative}通{channel}是在{date1}前几天，当时对方只说了一句“不要再打来了”。",
    "{pronoun}多次拨打{relative}的电话，但电话一直无人接听，{channel}账号也被删除。",
    "当地派出所的一名官员{official}在电话中对家属表示，这件事“不归我们管”。",
    "{official}还警告{victim_short}不要接受境外媒体采访，否则会“影响家里人”。",
    "{victim_short}说，{pronoun}的{relative}已经{years}年没有消息了，家里的老人每天都在哭。",
    "{org}的负责人{activist}说，该组织已经记录了{count}起类似的案例，其中大多数来自{prefecture}。",
    "{activist}表示，很多家属不敢公开说话，因为担心国内的亲人受到牵连。",
    "{year}年{month}月，{victim_short}和其他{count2}名家属一起前往{city_abroad}的中国领事馆递交请愿信。",
    "领事馆的工作人员收下了信件，但至今没有给出任何答复。",
    "{victim_short}说，{pronoun}的{relative}在{date2}被释放回家，但护照被当地政府收走，不允许出境。",
    "据{pronoun}了解，{relative_name}出来以后被安排到{county}附近的一家工厂做工，每月只能回家一次。",
    "{victim_short}的{relative}曾经在电话里暗示，家里每周都要参加升旗仪式和政治学习。",
    "{victim_short}说，{pronoun}只想知道{relative}是否还活着。",
    "{pronoun}把{relative}的照片和身份证复印件交给了{org}，希望能够引起国际社会关注。",
    "在{city_abroad}的一间小公寓里，{victim_short}翻出一本旧相册，里面是{year0}年全家在{county}的合影。",
    "照片上，{relative_name}穿着一件蓝色的外套，站在院子里的苹果树下。",
    "{pronoun}说，{relative_name}患有高血压，需要长期服药，家人非常担心{object_pronoun2}的健康。",
    "记者多次致电{county}公安局和{prefecture}政府新闻办公室，电话均无人接听。",
    "中国外交部此前多次否认新疆存在任意拘押，称相关设施是“自愿参加”的培训机构。",
    "{activist}认为，官方的说法与家属讲述的情况明显不符。",
    "{victim_short}的{relative}在被带走前是当地一所学校的{job2}，曾经获得过县里的表彰。",
    "{date1}前后，{county}有大批{ethnic}族居民被要求上交护照，由派出所“统一保管”。",
    "{victim_short}表示，{pronoun}的{relative}在{year}年底曾经短暂恢复联系，但很快又失去音讯。",
    "一位不愿透露姓名的{county}居民对本{outlet}说，村里几乎每户都有人被送去“学习”。",
    "这位居民说，被带走的人大多是中年男性，也有一些上了年纪的妇女。",
    "{victim_short}的邻居{neighbour}也在同一时期被带走，据说被判了{years2}年。",
    "{victim_short}说，{pronoun}曾经给{county}的村委会写信，请求允许{relative}出国治病，但没有得到回复。",
    "{victim_short}在{city_abroad}打零工维持生活，每个月都要花一部分钱请律师咨询。",
    "律师{lawyer}表示，由于无法与当事人见面，外界很难了解案件的具体情况。",
    "{lawyer}说，家属至今没有收到任何判决书，也不知道审判是否公开进行。",
    "{year}年{month}月{day}日，{relative_name}在{facility}中去世的消息传到了{city_abroad}。",
    "当局通知家属时只说是“突发疾病”，没有提供任何医疗记录。",
    "{victim_short}说，{pronoun}在{channel}里看到{relative}的照片时，几乎认不出{object_pronoun2}，因为{object_pronoun2}瘦了很多。",
    "{org}呼吁中国当局公布所有被关押人员的名单，并允许家属探视。",
    "{activist}说，近几个月来，有一些家庭已经能够通过{channel}与国内亲人恢复联系。",
    "不过，{activist}提醒说，恢复联系的人往往只能说些“一切都好”之类的话，电话显然受到监听。",
    "{victim_short}的{relative2}{relative2_name}目前仍在{county}，据说每天都要到社区报到。",
    "{victim_short}说，{pronoun}的孩子已经{age2}岁了，从来没有见过{pronoun3}的{relative}。",
    "{year}年，{victim_short}曾经尝试回{county}探亲，但在霍尔果斯口岸被拦下，被告知“名字在名单上”。",
    "{pronoun}随后被口岸的警察问话{hours}个小时，手机也被检查了一遍。",
    "{victim_short}表示，即使要冒风险，{pronoun}也要继续说出家人的遭遇。",
    "“如果我们不说，就没有人知道他们的名字。”{victim_short}说。",
    "据{org}统计，仅{prefecture}一地，该组织收到的求助就超过{count3}宗。",
    "{official}是{county}{office}的负责人，他在{year}年曾公开表示要“应收尽收”。",
    "一些家属说，当地干部会定期上门，要求他们劝说海外亲属回国。",
    "{victim_short}的{relative2}曾经在{channel}里转达过这样的要求，说回国以后“什么事都没有”。",
    "{victim_short}没有回去。{pronoun}说，{pronoun}认识的几个人回国后都失去了消息。",
    "{year}年{month}月，{prefecture}官方媒体报道称，当地“学员”已经全部“结业”。",
    "但{victim_short}说，{pronoun}的{relative}至今没有回家，也没有任何人通知家属。",
    "{relative_name}的判决据说是以“{charge}”的罪名作出的，刑期为{years}年。",
    "{victim_short}认为这一罪名毫无根据，因为{relative}连远门都很少出。",
    "在{city_abroad}，像{victim_short}这样的家庭还有很多，他们每周都会在{org_short}的办公室见面，交换消息。",
    "{activist}说，该组织帮助{count2}个家庭填写了联合国任意拘留问题工作组的申诉表格。",
]
# Words for the free-running sentences that make up most of a report, so that two unrelated
# reports share few 5-character runs, as real ones do. Grouped by the part they play.
TIME_WORDS = [
    "那年秋天",
    "第二天一早",
    "几个月后",
    "春节前夕",
    "斋月期间",
    "去年冬天",
    "当天深夜",
    "开学前",
    "转场的时候",
    "收麦子以后",
    "一周之后",
    "凌晨三点多",
    "下雪的那天",
    "古尔邦节前",
    "后来",
    "很长一段时间里",
    "直到现在",
    "那段日子",
    "搬家以前",
    "不久以后",
    "前年夏天",
    "每逢周末",
]
PEOPLE_WORDS = [
    "村干部",
    "两名便衣",
    "社区网格员",
    "远房亲戚",
    "邻居家的孩子",
    "老同学",
    "乡长",
    "驻村工作队",
    "表姐",
    "清真寺的老人",
    "小卖部老板",
    "司机",
    "女房东",
    "派出所所长",
    "外甥",
    "老师们",
    "牧业队的会计",
    "几个年轻人",
    "翻译",
    "一位医生",
    "老伴",
    "民警",
    "街道主任",
    "同事",
]
ACTION_WORDS = [
    "收走了",
    "登记了",
    "反复询问",
    "拍下了",
    "翻看了",
    "没收了",
    "锁上了",
    "送来了",
    "填写了",
    "检查了",
    "搬走了",
    "撕掉了",
    "核对了",
    "打听过",
    "藏起了",
    "交出了",
    "烧掉了",
    "保管着",
    "打印了",
    "寄出了",
    "修好了",
    "卖掉了",
    "借来了",
    "问起了",
    "记下了",
    "带回了",
]
THING_WORDS = [
    "户口本",
    "结婚证",
    "旧手机",
    "银行卡",
    "羊群",
    "毛毡房",
    "存折",
    "诊断书",
    "学生证",
    "草场证",
    "护照复印件",
    "一袋面粉",
    "全家福",
    "录音笔",
    "经书",
    "冬牧场的钥匙",
    "拖拉机",
    "笔记本",
    "信封",
    "摩托车",
    "电视机",
    "药盒",
    "小麦种子",
    "账本",
    "马鞍",
    "毕业证书",
]
PLACE_WORDS = [
    "乡政府大院",
    "村口的检查站",
    "县医院",
    "汽车站",
    "巴扎",
    "夏牧场",
    "学校操场",
    "邮局",
    "河边的磨坊",
    "清真寺门口",
    "派出所二楼",
    "边境口岸",
    "火车站候车室",
    "亲戚家的地窖",
    "社区服务中心",
    "果园",
    "批发市场",
    "城郊的仓库",
    "小区门卫室",
    "棉花地",
]
MANNER_WORDS = [
    "悄悄地",
    "一遍又一遍地",
    "匆匆忙忙地",
    "当着孩子的面",
    "一声不吭地",
    "客客气气地",
    "毫无理由地",
    "按照名单",
    "连夜",
    "挨家挨户地",
    "偷偷地",
    "不停地",
    "照例",
    "随手",
]
FEELING_WORDS = [
    "心里很害怕",
    "一夜没有睡着",
    "不知道该问谁",
    "觉得很委屈",
    "只能等待",
    "手一直在发抖",
    "不敢出声",
    "哭了很久",
    "假装没有看见",
    "感到绝望",
    "还抱着希望",
    "再也没有提起这件事",
]
FREE_SENTENCES = [
    "{time}，{people}{manner}{action}{thing}。",
    "{time}，{people}在{place}{manner}{action}{thing}，{people2}{feeling}。",
    "{people}说，{time}在{place}看见有人{action}{thing}。",
    "据{people}回忆，{time}{people2}{manner}{action}家里的{thing}和{thing2}。",
    "{people}{feeling}，因为{people2}{time}在{place}{action}{thing}。",
    "{time}，{people}和{people2}在{place}等了很久，{feeling}。",
    "{people}后来才知道，{thing}早就被{people2}{action}。",
    "{time}，{people}{manner}来到{place}，{action}{thing}以后就走了。",
]
CHARGES = [
    "煽动民族仇恨",
    "分裂国家",
    "聚众扰乱社会秩序",
    "组织利用邪教破坏法律实施",
    "寻衅滋事",
    "非法出境",
]
OFFICES = ["公安局", "统战部", "政法委", "乡政府", "社区工作站", "派出所"]
SUBHEADINGS = [
    "“他只是一个普通人”",
    "漫长的等待",
    "领事馆门前",
    "无法回家的路",
    "照片里的家",
    "沉默的电话",
]
CAPTIONS = [
    "{victim_short}在{city_abroad}展示{relative}{relative_name}的照片。（{photographer}摄）",
    "资料图片：{county}街头。（{photographer}摄）",
    "{city_abroad}的家属手持亲人照片聚集。（{photographer}摄）",
]


@dataclass(frozen=True)
class GeneratedReport:
    name: str  # file name
    data: bytes  # the report in the archived format, UTF-8
    story: int  # the story this report tells; copies share their original's number
    is_copy: bool
    is_traditional: bool


def make_turkic_name(rng: random.Random) -> tuple[str, str]:
    """Return a fictional "given·father" name in Han characters and in Latin letters."""
    given, father = rng.sample(TURKIC_NAMES, 2)
    return f"{given[0]}·{father[0]}", f"{given[1]} {father[1]}"


def make_han_name(rng: random.Random) -> str:
    """Return a fictional Han name."""
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


def make_date_phrase(rng: random.Random, year: int) -> str:
    """Return a Chinese date phrase at year, month or day precision."""
    precision = rng.random()
    if precision < 0.3:
        return f"{year}年"
    month = rng.randint(1, 12)
    if precision < 0.7:
        return f"{year}年{month}月"
    return f"{year}年{month}月{rng.randint(1, 28)}日"


def make_free_sentence(rng: random.Random) -> str:
    """Return a sentence put together word by word from the free-running word lists."""
    return rng.choice(FREE_SENTENCES).format(
        time=rng.choice(TIME_WORDS),
        people=rng.choice(PEOPLE_WORDS),
        people2=rng.choice(PEOPLE_WORDS),
        action=rng.choice(ACTION_WORDS),
        thing=rng.choice(THING_WORDS),
        thing2=rng.choice(THING_WORDS),
        place=rng.choice(PLACE_WORDS),
        manner=rng.choice(MANNER_WORDS),
        feeling=rng.choice(FEELING_WORDS),
    )


def make_slots(rng: random.Random, published: datetime) -> dict[str, str]:
    """Return the people, places, dates and numbers one story is told with."""
    han_victim, latin_victim = make_turkic_name(rng)
    relative_name, _ = make_turkic_name(rng)
    relative2_name, _ = make_turkic_name(rng)
    is_female = rng.random() < 0.5
    country, city = rng.choice(ABROAD)
    event_year = rng.randint(2016, min(published.year, 2023))
    victim = han_victim if rng.random() < 0.6 else f"{han_victim}（{latin_victim}）"
    return {
        "victim": victim,
        "victim_short": han_victim.split("·")[0],
        "relative": rng.choice(RELATIVES),
        "relative2": rng.choice(RELATIVES),
        "relative_name": relative_name,
        "relative2_name": relative2_name,
        "neighbour": make_turkic_name(rng)[0],
        "official": make_han_name(rng),
        "activist": make_turkic_name(rng)[0],
        "lawyer": make_han_name(rng),
        "photographer": make_han_name(rng),
        "ethnic": rng.choice(["哈萨克", "维吾尔", "柯尔克孜", "回"]),
        "sex_word": "女子" if is_female else "男子",
        "pronoun": "她" if is_female else "他",
        "pronoun2": "他们",
        "pronoun3": "自己",
        "object_pronoun": rng.choice(["他", "她"]),
        "object_pronoun2": rng.choice(["他", "她"]),
        "job": rng.choice(JOBS),
        "job2": rng.choice(JOBS),
        "facility": rng.choice(FACILITIES),
        "reason": rng.choice(REASONS),
        "reason_short": rng.choice(["只是回家探亲", "没做错任何事", "被冤枉"]),
        "channel": rng.choice(CHANNELS),
        "org": rng.choice(ORGANISATIONS),
        "org_short": rng.choice(["互助小组", "志愿者组织", "协会"]),
        "prefecture": rng.choice(XINJIANG_PREFECTURES),
        "county": rng.choice(XINJIANG_COUNTIES),
        "abroad": country + city,
        "abroad_short": city,
        "city_abroad": city,
        "office": rng.choice(OFFICES),
        "charge": rng.choice(CHARGES),
        "date1": make_date_phrase(rng, event_year),
        "date2": make_date_phrase(rng, min(event_year + rng.randint(0, 2), published.year)),
        "when_told": rng.choice(["本周", "日前", "上周", "近日", "本月"]),
        "outlet": rng.choice(["台", "报", "网"]),
        "year": str(rng.randint(2016, published.year)),
        "year0": str(rng.randint(1995, 2015)),
        "month": str(rng.randint(1, 12)),
        "day": str(rng.randint(1, 28)),
        "age": str(rng.randint(19, 78)),
        "age2": str(rng.randint(2, 17)),
        "years": str(rng.choice([3, 5, 7, 10, 12, 15, 17, 20, 25])),
        "years2": str(rng.choice([4, 6, 8, 10, 14, 16])),
        "count": str(rng.randint(20, 900)),
        "count2": str(rng.randint(3, 60)),
        "count3": str(rng.randint(100, 5000)),
        "hours": str(rng.randint(2, 12)),
        "n": str(rng.randint(2, 7)),
    }


def render_story(
    rng: random.Random, slots: dict[str, str], story: int, domain: str
) -> tuple[str, list[str]]:
    """Return a story's title and its body blocks (HTML), about 2,000 characters of text."""
    title = rng.choice(TITLES).format(**slots)
    blocks = [f"<p>{rng.choice(OPENINGS).format(**slots)}</p>"]
    templates = rng.sample(SENTENCES, STORY_SENTENCES)
    length = len(blocks[0])
    paragraph: list[str] = []
    for index in range(1000):
        if rng.random() < STORY_SENTENCE_SHARE and templates:
            sentence = templates.pop().format(**slots)
        else:
            sentence = make_free_sentence(rng)
        paragraph.append(sentence)
        length += len(sentence)
        if len(paragraph) >= rng.randint(3, 5):
            blocks.append(f"<p>{''.join(paragraph)}</p>")
            paragraph = []
            if rng.random() < 0.08:
                blocks.append(f"<p><strong>{rng.choice(SUBHEADINGS)}</strong></p>")
            if index > 6 and rng.random() < 0.05:
                image = f"https://{domain}/img/{story}-{index}.jpg"
                caption = rng.choice(CAPTIONS).format(**slots)
                figure = f'<img src="{image}" alt=""/><figcaption>{caption}</figcaption>'
                blocks.append(f"<figure>{figure}</figure>")
        if length >= TARGET_CHARACTERS:
            break
    if paragraph:
        blocks.append(f"<p>{''.join(paragraph)}</p>")
    blocks.append(f"<p>记者：{make_han_name(rng)}　责编：{make_han_name(rng)}</p>")
    return title, blocks


def render_related(rng: random.Random, domain: str) -> str:
    """Return a related-stories link list, as news sites put under a report."""
    items = "".join(
        f'<li><a href="https://{domain}/{rng.randint(2017, 2024)}/{rng.randint(10000, 99999)}">'
        f"{rng.choice(TITLES).format(**make_slots(rng, datetime(2024, 1, 1, tzinfo=UTC)))}</a></li>"
        for _ in range(rng.randint(2, 4))
    )
    return f"<ul>{items}</ul>"


def render_file(
    title: str, url: str, published: datetime | None, body: str, traditional: bool
) -> bytes:
    """Return a report file in the archived format."""
    if traditional:
        title, body = to_traditional(title), to_traditional(body)
    stamp = f"<!--{int(published.timestamp() * 1000)}-->\n" if published else ""
    return f"{stamp}[{title}]({url})\n------\n\n{body}\n".encode()


def add_noise(
    rng: random.Random, blocks: list[str], original_site: str, published: datetime
) -> list[str]:
    """Return a republished copy's blocks: the story wrapped in another site's page furniture."""
    notice = rng.choice(NOTICES).format(site=original_site, date=published.date().isoformat())
    head = [f"<p>{navigation}</p>" for navigation in rng.sample(NAVIGATIONS, rng.randint(1, 2))]
    kept = blocks[:-1] if rng.random() < 0.5 else blocks  # some sites drop the byline
    tail = [f"<p>{notice}</p>", f"<p>{rng.choice(NOTICES).format(site=original_site, date='')}</p>"]
    return [*head, *kept, *tail]


def generate_reports(count: int, seed: int = 1) -> Iterator[GeneratedReport]:
    """Yield count fictional reports, deterministically for a seed, in constant memory."""
    rng = random.Random(seed)
    recent: deque[tuple[int, str, list[str], datetime, str]] = deque(maxlen=RECENT_STORIES)
    stories = 0
    for number in range(count):
        traditional = rng.random() < TRADITIONAL_SHARE
        if recent and rng.random() < COPY_SHARE:
            story, title, blocks, published, original_site = rng.choice(recent)
            site_name, domain = rng.choice(SITES)
            copy_published = published + timedelta(hours=rng.randint(1, 72))
            noisy = add_noise(rng, blocks, original_site, copy_published)
            body = "".join(noisy) + render_related(rng, domain)
            prefix = rng.choice(["", "【转载】", "转：", ""])
            url = f"https://www.{domain}/repost/{copy_published:%Y%m}/{rng.randint(10**5, 10**6)}"
            data = render_file(prefix + title, url, copy_published, body, traditional)
            yield GeneratedReport(f"report-{number:07d}.md", data, story, True, traditional)
            continue
        story = stories
        stories += 1
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS), seconds=rng.randrange(86400))
        site_name, domain = rng.choice(SITES)
        slots = make_slots(rng, published)
        title, blocks = render_story(rng, slots, story, domain)
        recent.append((story, title, blocks, published, site_name))
        url = f"https://www.{domain}/{published:%Y/%m}/story-{story}.html"
        body = "".join(blocks) + render_related(rng, domain)
        stamped = published if rng.random() > 0.05 else None  # a few files lack the time line
        data = render_file(title, url, stamped, body, traditional)
        yield GeneratedReport(f"report-{number:07d}.md", data, story, False, traditional)


def make_queries(count: int, seed: int = 1) -> list[str]:
    """Return varied queries: Chinese words of 1 to 4 characters, Han names and Latin names.

    A tenth are in Traditional characters, which must find the Simplified text.
    """
    rng = random.Random(seed)
    words = [
        *XINJIANG_COUNTIES,
        *XINJIANG_PREFECTURES,
        *(city for _, city in ABROAD),
        *RELATIVES,
        *JOBS,
        *FACILITIES,
        *THING_WORDS,
        *PLACE_WORDS,
        *PEOPLE_WORDS,
    ]
    single = "哈疆狱捕判押护照亲族乡县村羊"
    queries = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.15:
            query = rng.choice(single)
        elif kind < 0.55:
            word = rng.choice(words)
            length = min(len(word), rng.randint(2, 4))
            query = word[:length]
        elif kind < 0.75:
            query = make_turkic_name(rng)[0] if rng.random() < 0.7 else make_han_name(rng)
        else:
            given, father = rng.sample(TURKIC_NAMES, 2)
            query = given[1] if rng.random() < 0.5 else f"{given[1]} {father[1]}"
        queries.append(to_traditional(query) if rng.random() < TRADITIONAL_SHARE else query)
    return queries


def write_reports(directory: Path, count: int, seed: int = 1) -> int:
    """Write count reports into directory, one file each; return the number written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for report in generate_reports(count, seed):
        (directory / report.name).write_bytes(report.data)
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write fictional reports in the archived format.")
    parser.add_argument("--reports", type=int, default=1000, help="how many (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    arguments = parser.parse_args(argv)
    written = write_reports(arguments.out, arguments.reports, arguments.seed)
    print(f"wrote {written} reports to {arguments.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
