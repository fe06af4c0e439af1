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


PROBE_SETS = (PROBES, SECOND_PROBES)


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
