"""Score person finding on fictional probe texts written for issue 12 (no corpus text).

Every sentence and every person below is made up by us. The probes put names where the rules
have no cue word: transliterated Turkic names, Han names of officials and foreign politicians
written in Chinese, and persons written only in Latin letters, in the styles of mainland,
Taiwanese and Hong Kong outlets, Simplified and Traditional; and common words that look like
names (places, festivals, goods) that must not be found. Prints one JSON line: precision,
recall, F1 over all probes, and the names missed and wrongly found.

    PYTHONPATH=src .venv/bin/python bench/person_probes.py
    PYTHONPATH=src .venv/bin/python bench/person_probes.py --weights tagger.json
"""

import json
import sys
from pathlib import Path

from tugan.core.extract import ExtractionModels, extract_report
from tugan.core.extract.scoring import Counts, score_persons

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_options import read_probe_options  # noqa: E402

# (style, text, gold person names): fictional, written before any code ran on them.
PROBES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "mainland",
        "昨天下午，吐尔逊江骑车去了巴扎，路上遇见了阿依谢姆。两人聊起了古尔邦节的安排。",
        ("吐尔逊江", "阿依谢姆"),
    ),
    (
        "mainland",
        "会上，王建新宣读了表彰决定，刘晓梅代表获奖单位发言。随后，塔依尔江介绍了合作社的收成。",
        ("王建新", "刘晓梅", "塔依尔江"),
    ),
    (
        "mainland",
        "据当地报纸报道，努尔买买提去年搬进了新居。他的邻居帕提古丽常常来串门，"
        "克拉玛依和阿克苏的亲戚也来过。",
        ("努尔买买提", "帕提古丽"),
    ),
    (
        "mainland",
        "Daniyar Seitkali上月在阿拉木图举办了讲座，介绍了家人失去联系的经过。"
        "主办方请来的翻译Aigerim Tulegenova逐句翻译。",
        ("Daniyar Seitkali", "Aigerim Tulegenova"),
    ),
    (
        "mainland",
        "2019年春天，麦麦提敏·吐尔洪的妻子收到消息，艾力江·阿不都克热木已经从乌鲁木齐转走。"
        "沙吾提古丽至今没有见到丈夫。",
        ("麦麦提敏·吐尔洪", "艾力江·阿不都克热木", "沙吾提古丽"),
    ),
    (
        "mainland",
        "张卫东主持召开专题会议，部署冬季供暖工作。陈海燕、赵立平参加会议。",
        ("张卫东", "陈海燕", "赵立平"),
    ),
    (
        "taiwan",
        "阿卜杜熱合曼昨晚抵達台北，在記者會上展示了家人的照片，並感謝林佳慧與陳志明的協助。",
        ("阿卜杜熱合曼", "林佳慧", "陳志明"),
    ),
    (
        "taiwan",
        "韋斯頓與多名英國議員聯署致函中國駐英使館，要求說明古麗米拉·艾山的下落。",
        ("韋斯頓", "古麗米拉·艾山"),
    ),
    (
        "taiwan",
        "哈薩克籍的努爾蘭·托克塔爾巴耶夫與妹妹阿莎漢今年在阿拉木圖重逢。"
        "Marat Dzhaksybekov則在社群媒體上貼出兩人的合照。",
        ("努爾蘭·托克塔爾巴耶夫", "阿莎漢", "Marat Dzhaksybekov"),
    ),
    (
        "taiwan",
        "新疆的伊斯蘭教協會舉辦活動，艾德萊斯綢和熱瓦普樂器在市集上展出，吸引不少遊客。",
        (),
    ),
    (
        "hongkong",
        "阿依努爾早前透過社交平台發文，指兄長買合木提江自二〇一八年起音訊全無。",
        ("阿依努爾", "買合木提江"),
    ),
    (
        "hongkong",
        "黃志強昨日出席論壇時指，香港應關注新疆人權。Rachel Whitmore早前撰文，"
        "引述伊力亞爾·卡斯木的證詞。",
        ("黃志強", "Rachel Whitmore", "伊力亞爾·卡斯木"),
    ),
    (
        "hongkong",
        "吐爾洪江去年獲釋後移居伊斯坦堡，與熱依汗古麗一同經營一間餐廳，出售抓飯和烤包子。",
        ("吐爾洪江", "熱依汗古麗"),
    ),
    (
        "hongkong",
        "周美玲率團訪問烏魯木齊，與當地官員會面；何俊輝隨團採訪。",
        ("周美玲", "何俊輝"),
    ),
)

# A second set, written after the first had been used to fix the code, and run once: how far
# the fixes carry to text they were not fitted to.
SECOND_PROBES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "mainland",
        "早上八点，艾克拜尔江推开了店门。不久，妻子茹仙古丽也来到店里帮忙。",
        ("艾克拜尔江", "茹仙古丽"),
    ),
    (
        "mainland",
        "座谈会由孙德胜主持，宋丽华、郭建军先后发言，表示要做好春耕准备。",
        ("孙德胜", "宋丽华", "郭建军"),
    ),
    (
        "mainland",
        "去年冬天，阿不都沙拉木在伊犁开了一家修车铺，买买提明每周都来帮忙。",
        ("阿不都沙拉木", "买买提明"),
    ),
    (
        "mainland",
        "在阿拉木图的发布会上，Yerlan Nurmagambetov展示了十二份证词，Saule Omarova补充了细节。",
        ("Yerlan Nurmagambetov", "Saule Omarova"),
    ),
    (
        "taiwan",
        "蔡宗翰昨天在立法院質詢時，要求政府說明是否曾接觸迪麗拜爾·阿不來提的家屬。",
        ("蔡宗翰", "迪麗拜爾·阿不來提"),
    ),
    (
        "taiwan",
        "來自喀什的古麗扎爾今年春天抵達桃園，與丈夫艾合買提重逢。",
        ("古麗扎爾", "艾合買提"),
    ),
    (
        "taiwan",
        "哈密瓜和葡萄乾在夜市很受歡迎，攤位上還擺著手工地毯和艾德萊斯綢圍巾。",
        (),
    ),
    (
        "hongkong",
        "梁浩然昨晚在電台節目中表明，政府應回應國際社會關注。",
        ("梁浩然",),
    ),
    (
        "hongkong",
        "努爾艾力早年在烏魯木齊讀書，畢業後與帕麗旦一同赴港。",
        ("努爾艾力", "帕麗旦"),
    ),
    (
        "hongkong",
        "多名學者聯署信件，其中James Whitfield曾多次到訪新疆，Mei Ling Chan則研究移民政策。",
        ("James Whitfield", "Mei Ling Chan"),
    ),
)

# A third set, written for the persons3 branch before any code was changed for it, and run once
# on main's code for its "before" figure: Taiwanese, Hong Kong and overseas (US, Singapore,
# Malaysia, Australia, Canada) styles, half Traditional. It gathers the kinds of error seen on
# outlets nobody read: transliterated names whose first or last syllable is easily lost, bare Han
# names of officials, spokespeople and scholars and foreign politicians written in Chinese,
# Latin-only names (before a space, at the end of the text, in captions), and words shaped like
# names that name no person (organisations, places, peoples, titles, slogans). All made up.
THIRD_PROBES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "taiwan",
        "維吾爾族青年巴合提亞爾‧吐爾遜昨日在台北出席座談，講述父親被關押的經過。",
        ("巴合提亞爾‧吐爾遜",),
    ),
    (
        "taiwan",
        "林建宏在記者會上回應，陸委會將持續關注在台新疆人士的處境，並協助阿依古麗‧熱西提辦理居留。",
        ("林建宏", "阿依古麗‧熱西提"),
    ),
    (
        "taiwan",
        "立委范雅琳質詢時指出，台灣不應遣返維吾爾人。外交部次長蕭志遠答詢表示會審慎評估。",
        ("范雅琳", "蕭志遠"),
    ),
    (
        "taiwan",
        "美國聯邦參議員韋德曼與柯林斯共同提案，要求制裁涉及強迫勞動的官員。",
        ("韋德曼", "柯林斯"),
    ),
    (
        "taiwan",
        "世界維吾爾代表大會與台灣人權促進會合辦講座，介紹東突厥斯坦的歷史與喀什噶爾的古城。",
        (),
    ),
    (
        "taiwan",
        "哈薩克裔作家沙吾列‧木拉提別克的新書在台出版，譯者陳怡君表示翻譯花了兩年。",
        ("沙吾列‧木拉提別克", "陳怡君"),
    ),
    (
        "taiwan",
        "在場的 Erbol Dauletov 說，他已三年沒有見到母親。",
        ("Erbol Dauletov",),
    ),
    (
        "taiwan",
        "努爾別克‧哈力木（左）與妻子Gulnara Abai在阿拉木圖的住處合影。",
        ("努爾別克‧哈力木", "Gulnara Abai"),
    ),
    (
        "taiwan",
        "總統府發言人張惠婷今（5）日表示，政府高度關注此事。蘇佩娟則說，將邀請佩爾達吾斯‧吐爾洪來台。",
        ("張惠婷", "蘇佩娟", "佩爾達吾斯‧吐爾洪"),
    ),
    (
        "taiwan",
        "民進黨團與時代力量黨團共同召開記者會，高喊「還我人權」，聲援烏魯木齊的受害家庭。",
        (),
    ),
    (
        "taiwan",
        "塔吉克族與回族學生在政大交流。主持人吳哲宇介紹了來自伊犁的娜孜古麗‧卡德爾。",
        ("吳哲宇", "娜孜古麗‧卡德爾"),
    ),
    (
        "hongkong",
        "歐盟議員莫德華早前致函北京，要求釋放被拘押的學者阿不都克里木‧熱合曼。",
        ("莫德華", "阿不都克里木‧熱合曼"),
    ),
    (
        "hongkong",
        "保安局局長鄧家樂昨日會見傳媒時稱，政府依法處理有關個案。",
        ("鄧家樂",),
    ),
    (
        "hongkong",
        "何志明在立法會會議上提問，要求當局交代事件。黎詠芝則表示支持。",
        ("何志明", "黎詠芝"),
    ),
    (
        "hongkong",
        "英國國會議員史密夫與加拿大議員麥堅尼聯署聲明，關注新疆拘留營。",
        ("史密夫", "麥堅尼"),
    ),
    (
        "hongkong",
        "古麗娜扎‧買買提的女兒阿克達娜接受本報訪問，指母親已失聯五年。",
        ("古麗娜扎‧買買提", "阿克達娜"),
    ),
    (
        "hongkong",
        "香港大學學者梁偉樂認為，北京的政策短期內不會改變。",
        ("梁偉樂",),
    ),
    (
        "hongkong",
        "伊斯蘭教協會、哈薩克斯坦駐港領事館及天山文化中心均沒有回應本報查詢。",
        (),
    ),
    (
        "hongkong",
        "圖：馬哈木提江在集會上發言，旁為 Aigul Sadyk",
        ("馬哈木提江", "Aigul Sadyk"),
    ),
    (
        "hongkong",
        "特首辦發言人表示，政府尊重法治，並無針對任何族群。",
        (),
    ),
    (
        "hongkong",
        "巴哈爾古麗‧吾斯曼獲釋後輾轉抵港，由社工鄭秀儀陪同出席。",
        ("巴哈爾古麗‧吾斯曼", "鄭秀儀"),
    ),
    (
        "hongkong",
        "司徒嘉敏與歐陽俊傑昨日到機場迎接獲釋的艾則孜‧買買提。",
        ("司徒嘉敏", "歐陽俊傑", "艾則孜‧買買提"),
    ),
    (
        "us",
        "紐約市議員顧雅明週二在法拉盛舉行記者會，與維吾爾裔居民阿布都沙拉木‧卡德爾一同呼籲國會通過法案。",
        ("顧雅明", "阿布都沙拉木‧卡德爾"),
    ),
    (
        "us",
        "國務院副發言人帕特森在例行簡報中說，美方對此深表關切。",
        ("帕特森",),
    ),
    (
        "us",
        "加州眾議員Judy Lam與僑領黃振華出席活動，現場還有從新疆逃出的孜拉萊‧坎吉。",
        ("Judy Lam", "黃振華", "孜拉萊‧坎吉"),
    ),
    (
        "singapore",
        "我国外交部政务部长沈立勤昨天说，新加坡一贯支持对话解决分歧。",
        ("沈立勤",),
    ),
    (
        "malaysia",
        "马来西亚国会议员拉吉夫指出，政府不应遣返维吾尔难民。",
        ("拉吉夫",),
    ),
    (
        "malaysia",
        "李文杰在吉隆坡的讲座上，介绍了哈萨克族学者叶尔兰·努尔太的研究。",
        ("李文杰", "叶尔兰·努尔太"),
    ),
    (
        "australia",
        "住在阿德莱德的哈萨克人别克波拉提说，他的哥哥被关在塔城。Dilnur Kamal 也在场。",
        ("别克波拉提", "Dilnur Kamal"),
    ),
    (
        "canada",
        "多伦多的维吾尔人权倡导者麦合木提·艾力表示，加拿大应接收更多难民。",
        ("麦合木提·艾力",),
    ),
    (
        "australia",
        "阿勒泰地区的哈萨克族牧民在夏牧场放牧，那拉提和唐布拉一带游客不断。",
        (),
    ),
    (
        "overseas",
        "德国联邦议员施泰因曼在柏林会见了阿依夏木古丽·艾则孜，听取她的陈述。",
        ("施泰因曼", "阿依夏木古丽·艾则孜"),
    ),
    (
        "overseas",
        "萨比热·沙吾提与丈夫帕尔哈提在安卡拉生活了八年，至今联系不上留在和田的儿子。",
        ("萨比热·沙吾提", "帕尔哈提"),
    ),
    (
        "overseas",
        "这位母亲说，她最后一次见到儿子是在2017年。记者联系了她的表哥Askar Bekov",
        ("Askar Bekov",),
    ),
    (
        "overseas",
        "据Nurlan说，他的母亲已于去年在伊宁去世。",
        ("Nurlan",),
    ),
    (
        "singapore",
        "新加坡国立大学教授黄伟伦分析，中亚国家与中国的关系日益紧密。",
        ("黄伟伦",),
    ),
    (
        "malaysia",
        "印尼伊斯兰学者联合会主席哈桑丁强调，穆斯林应团结互助。",
        ("哈桑丁",),
    ),
    (
        "overseas",
        "阿拉套山脚下的卡拉库尔市场里，塔塔尔族商人和乌兹别克族商人摆满了摊位。",
        (),
    ),
    (
        "overseas",
        "Gulbahar Jalil 在伊斯坦布尔接受采访时说，她的弟弟仍被关押。",
        ("Gulbahar Jalil",),
    ),
    (
        "overseas",
        "马建平在记者会上回应称，相关报道不实。外交部发言人毛静怡也否认了这一说法。",
        ("马建平", "毛静怡"),
    ),
)

# A fourth set, written after the third had been used to fix the code, and run once: how far
# those fixes carry to wording they were not fitted to. Same outlets and kinds of error; all
# made up.
FOURTH_PROBES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "taiwan",
        "內政部移民署副署長卓昭宏上午受訪說明，已依規定核發居留證給努爾蘭‧沙比特。",
        ("卓昭宏", "努爾蘭‧沙比特"),
    ),
    (
        "taiwan",
        "江振瑋今晚在臉書發文指出，台灣應與理念相近國家合作。",
        ("江振瑋",),
    ),
    (
        "taiwan",
        "哈薩克斯坦公民卡依薩爾‧阿布德拉赫曼諾夫日前來台，與律師邱秀蓮會面。",
        ("卡依薩爾‧阿布德拉赫曼諾夫", "邱秀蓮"),
    ),
    (
        "taiwan",
        "捷克參議院議長韋德契在演說中提到，自由不是理所當然。",
        ("韋德契",),
    ),
    (
        "taiwan",
        "圖說：阿迪力‧吾守爾（右）與友人在桃園機場。攝影：記者陳建宇",
        ("阿迪力‧吾守爾",),
    ),
    (
        "hongkong",
        "政務司司長區志豪上周五出席活動時表示，特區政府會跟進。",
        ("區志豪",),
    ),
    (
        "hongkong",
        "澳洲外長溫斯洛與日本外相會晤後發表聯合聲明。",
        ("溫斯洛",),
    ),
    (
        "hongkong",
        "畫面中的男子為 Rustam Yusupov",
        ("Rustam Yusupov",),
    ),
    (
        "hongkong",
        "中華回教博愛社與九龍清真寺均有舉行開齋節活動，塔什干餐廳亦推出優惠。",
        (),
    ),
    (
        "us",
        "美國國會及行政當局中國委員會主席施密茨週三發表聲明，點名古力娜爾‧阿不都熱依木的案件。",
        ("施密茨", "古力娜爾‧阿不都熱依木"),
    ),
    (
        "singapore",
        "南洋理工大学副教授吴俊贤认为，这一趋势短期内难以逆转。",
        ("吴俊贤",),
    ),
    (
        "malaysia",
        "彭慧敏日前在国会下议院提问，要求内政部说明遣返程序。",
        ("彭慧敏",),
    ),
    (
        "overseas",
        "来自伊犁的热娜古丽·吐尔逊与女儿玛丽亚来港团聚，并获得社工协助。",
        ("热娜古丽·吐尔逊", "玛丽亚"),
    ),
    (
        "overseas",
        "土耳其议员阿尔斯兰在安卡拉接见了维吾尔代表团。",
        ("阿尔斯兰",),
    ),
    (
        "overseas",
        "据Aizhan的姐姐说，Aizhan已有两年没有消息。",
        ("Aizhan",),
    ),
    (
        "overseas",
        "伊犁河谷和赛里木湖附近的哈萨克族村落里，巴扎上卖着馕和奶疙瘩。",
        (),
    ),
)


def score_probes(
    models: ExtractionModels, probes: tuple[tuple[str, str, tuple[str, ...]], ...] = PROBES
) -> tuple[Counts, list[str], list[str]]:
    """Return the person counts over probes, the names missed and the names wrongly found."""
    total = Counts()
    missed: list[str] = []
    wrong: list[str] = []
    for _style, text, names in probes:
        gold = [{"name": name, "aliases": []} for name in names]
        predicted = extract_report(text, None, models).to_gold_dict("probe")["persons"]
        total.add(score_persons(predicted, gold))
        missed += [
            name
            for name in names
            if not score_persons(predicted, [{"name": name, "aliases": []}]).true_positives
        ]
        wrong += [
            person["name"]
            for person in predicted
            if not score_persons([person], gold).true_positives
        ]
    return total, missed, wrong


PROBE_SETS = (PROBES, SECOND_PROBES, THIRD_PROBES, FOURTH_PROBES)


def main() -> None:
    """Print the probes' person precision, recall and F1 as one JSON line."""
    chosen, models = read_probe_options(__doc__.split("\n")[0], len(PROBE_SETS))
    probes = PROBE_SETS[chosen]
    counts, missed, wrong = score_probes(models, probes)
    print(
        json.dumps(
            {
                "probes": len(probes),
                "precision": round(counts.precision, 3),
                "recall": round(counts.recall, 3),
                "f1": round(counts.f1, 3),
                "missed": missed,
                "wrong": wrong,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
