"""One fictional sentence per GOLD.md event type, written for this test (no report's text)."""

from datetime import date

import pytest

from tugan.core.extract import ExtractionModels, extract_report

MONDAY = date(2021, 3, 1)

SENTENCES = [
    (
        "detained",
        "牧民叶尔江·卡米尔2018年5月在伊犁被警方带走。",
        {"person": "叶尔江·卡米尔"},
        "2018-05",
    ),
    (
        "sentenced",
        "教师阿依努尔·托合提去年被判处有期徒刑十二年。",
        {"person": "阿依努尔·托合提"},
        "2020",
    ),
    ("disappeared", "商人阿力木·吐尔逊从2019年起下落不明。", {"person": "阿力木·吐尔逊"}, "2019"),
    ("released", "诗人古丽娜·艾山今年1月获释。", {"person": "古丽娜·艾山"}, "2021-01"),
    ("died", "学者木拉提·哈斯木2020年在拘押期间死亡。", {"person": "木拉提·哈斯木"}, "2020"),
    (
        "passport_confiscated",
        "当局2017年没收了别克·努尔兰的护照。",
        {"person": "别克·努尔兰"},
        "2017",
    ),
    (
        "passport_returned",
        "上个月，警方归还了阿曼·巴合提的护照。",
        {"person": "阿曼·巴合提"},
        "2021-02",
    ),
    (
        "contact_lost",
        "哈萨克人萨吾列·阿山说，她从2018年起与母亲失去联系。",
        {"relative_of": "萨吾列·阿山", "relation": "mother"},
        "2018",
    ),
    (
        "contact_restored",
        "哈萨克人叶森·加纳提说，他上周终于和父亲恢复了联系。",
        {"relative_of": "叶森·加纳提", "relation": "father"},
        None,
    ),
    (
        "threatened",
        "维吾尔人迪里拜尔·艾买提多次遭到警察威胁。",
        {"person": "迪里拜尔·艾买提"},
        None,
    ),
    (
        "protested",
        "哈萨克人阿依江·别克上周在阿拉木图领事馆前抗议。",
        {"person": "阿依江·别克"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("event_type", "sentence", "subject", "when"), SENTENCES, ids=[item[0] for item in SENTENCES]
)
@pytest.mark.parametrize("models", [None, ExtractionModels()], ids=["shipped", "rules-only"])
def test_each_event_type_is_found_with_its_subject(
    event_type: str,
    sentence: str,
    subject: dict[str, str],
    when: str | None,
    models: ExtractionModels | None,
) -> None:
    found = [
        event.to_gold_dict() for event in extract_report(sentence, date(2021, 3, 1), models).events
    ]
    matching = [event for event in found if event["type"] == event_type]
    assert matching, found
    assert matching[0]["subject"] == subject
    if when is not None:
        assert matching[0]["date"] is not None and matching[0]["date"].startswith(when)


def test_a_death_only_suspected_is_no_event() -> None:
    text = "商人吐尔逊·卡德尔说，父亲病重，他怀疑父亲已经死亡。"
    assert [event.type for event in extract_report(text, None).events] == []


def test_a_release_that_could_only_then_be_is_no_event() -> None:
    text = "吐尔逊·卡德尔说，他的父亲被判刑20年，要活到90岁才可刑满出狱。"
    assert "released" not in [event.type for event in extract_report(text, None).events]


def test_a_release_demanded_at_length_is_no_release() -> None:
    text = "吐尔逊·卡德尔的妹妹上周在使馆前抗议，要求当局说明哥哥的下落并立即让他无罪释放。"
    assert "released" not in [event.type for event in extract_report(text, None).events]


def test_lives_or_rights_endangered_are_no_threat_made_to_anyone() -> None:
    text = "一位律师说，这次驱逐让那几位维吾尔人的安全受到威胁。"
    assert [event.type for event in extract_report(text, None).events] == []
    text = "警察威胁艾山·托合提说，如果不回国就抓他的家人。"
    assert [event.type for event in extract_report(text, None).events] == ["threatened"]


def test_words_of_a_circumstance_before_an_act_do_not_hedge_it() -> None:
    # Fictional: 申请 and 未经 describe the circumstance (在…的情况下), not a wish or a denial.
    text = (
        "那四名维吾尔人在看守所里递交了申请。"
        "一位律师说，某国去年12月31日在他们的庇护申请还未审理的情况下把他们悄悄遣返中国。"
    )
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.date) for e in found] == [("detained", "2020-12-31")]


def test_a_release_listed_after_what_a_demand_asks_first_is_no_release() -> None:
    # Fictional: the release is the second thing the minister urges, not a release told.
    text = "议员阿里木·托列敦促当局停止打压牧民,立即释放被关押的诗人艾山·吐尔逊。"
    assert "released" not in [event.type for event in extract_report(text, None).events]


def test_a_call_on_a_state_quoted_from_a_state_official_is_no_protest() -> None:
    # Fictional: the secretary's call is diplomacy; the daughter's call is a public appeal.
    official = "美国国务卿蓬特森表示，“我再次呼吁北京结束这些做法。”"
    daughter = "维吾尔人古丽·艾山对记者说：“我呼吁中国政府释放我的父亲。”"
    assert "protested" not in [event.type for event in extract_report(official, None).events]
    assert "protested" in [event.type for event in extract_report(daughter, None).events]


def test_a_call_for_sanctions_is_no_protest_unless_a_release_is_asked() -> None:
    # Fictional: the scholar's call weighs a state's policy; the daughter asks for her father.
    scholar = "法学家艾山·托列呼吁各国讨论对官员的制裁。"
    daughter = "维吾尔人古丽·艾山呼吁制裁官员并释放她的父亲。"
    assert "protested" not in [event.type for event in extract_report(scholar, None).events]
    assert "protested" in [event.type for event in extract_report(daughter, None).events]


def test_holding_right_after_the_verdict_is_the_sentence_served() -> None:
    # Fictional: 判重刑后一直关押 serves the sentence; a detention told in its own clause stays.
    served = [e.type for e in extract_report("诗人艾山·托列被判重刑后一直关押。", None).events]
    apart = [
        e.type for e in extract_report("诗人艾山·托列被判五年，此前已被关押两年。", None).events
    ]
    assert served == ["sentenced"]
    assert sorted(apart) == ["detained", "sentenced"]


def test_the_matter_of_an_allegation_is_no_event() -> None:
    # Fictional: the inquiry is into what is alleged, not a detention the text tells.
    text = "几个国家要求联合国对有关当局关押维吾尔族牧民的指控作出调查。"
    assert extract_report(text, None).events == []


def test_one_who_orders_an_arrest_is_not_the_one_held() -> None:
    # Fictional: the chief orders it; those he has held are named after the verb when known.
    chief = "警察局长王建明下令逮捕所有参加聚会的人。"
    named = "局长王建明下令拘留了牧民艾山·托列。"
    assert extract_report(chief, None).events == []
    assert [(e.type, e.subject) for e in extract_report(named, None).events] == [
        ("detained", {"person": "艾山·托列"})
    ]


def test_what_a_camp_can_hold_is_no_detention() -> None:
    # Fictional: a size, not people held; held people counted are still a group.
    assert extract_report("这些营地可关押多达一万人。", None).events == []
    assert [e.type for e in extract_report("这些营地关押了多达一万人。", None).events] == [
        "detained"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a policy or a task named by the act, and people held in general.
        "被制裁的官员王建明曾主导拘押政策。",
        "负责关押工作的官员王建明接受了采访。",
        "据报道，许多关押人士遭到殴打。",
    ],
)
def test_a_policy_a_task_or_people_held_in_general_are_no_event(text: str) -> None:
    assert extract_report(text, None).events == []


def test_what_one_assumes_is_no_event() -> None:
    # Fictional: the sister looks for her and assumes where she is held.
    text = "古丽到处打听姐姐阿依努尔·托合提，一度假设姐姐早已被关进看守所。"
    assert extract_report(text, None).events == []


def test_a_call_on_a_state_told_of_a_state_official_is_no_protest() -> None:
    # Fictional: the commissioner, named after her offices, calls on a state outside any
    # quotation; the son who calls for his father is still protesting.
    official = "联合国高级专员、前总统艾米·斯通昨天在维也纳讲话时呼吁北京向记者开放新疆。"
    son = "维吾尔人艾山·托列昨天在维也纳讲话时呼吁当局释放他的父亲。"
    assert "protested" not in [event.type for event in extract_report(official, None).events]
    assert "protested" in [event.type for event in extract_report(son, None).events]


def test_a_rally_named_as_the_charge_of_a_trial_is_no_protest() -> None:
    # Fictional: five villagers convicted of "illegal assembly"; the daughter's rally is real.
    charged = "某村五名村民被控“非法集会”，上月被判刑。"
    rally = "她的女儿阿依古丽·艾山上周在使馆外组织集会。"
    assert "protested" not in [event.type for event in extract_report(charged, None).events]
    assert "protested" in [event.type for event in extract_report(rally, None).events]


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: a death told as hanging oneself or taking one's own life.
        "两天后，有人说牧民托合提·艾山已在看守所上吊。",
        "据悉，牧民托合提·艾山去年在拘留所自缢身边无人。",
        "牧民托合提·艾山去年在看守所自尽。",
    ],
)
def test_hanging_oneself_is_a_death(text: str) -> None:
    found = extract_report(text, MONDAY).events
    assert [(e.type, e.subject) for e in found] == [("died", {"person": "托合提·艾山"})]


def test_an_attempt_to_hang_oneself_is_no_death() -> None:
    # Fictional: 未遂 after the verb: she lived.
    found = extract_report("牧民古丽·艾山在看守所上吊未遂。", MONDAY).events
    assert [e.type for e in found] == []


def test_papers_put_first_by_jiang_are_handed_in_not_a_future() -> None:
    # Fictional: 将 before 护照 is 把 (the police had them hand it in); 会将 is still a future.
    text = "警方要求牧民努尔兰·别克将护照交到乡派出所。"
    assert [event.type for event in extract_report(text, None).events] == ["passport_confiscated"]
    text = "努尔兰·别克担心警方会将护照交到派出所。"
    assert "passport_confiscated" not in [event.type for event in extract_report(text, None).events]


def test_let_go_and_gone_on_to_a_neighbouring_country_is_an_exit_allowed() -> None:
    # Fictional: released and then off to Kazakhstan or Turkey; 转往 alone passes them on too.
    text = "数百名柯尔克孜族牧民去年获释后，随即前往吉尔吉斯斯坦。"
    kinds = [event.type for event in extract_report(text, None).events]
    assert "released" in kinds and "passport_returned" in kinds
    text = "阿力木·沙比尔被释放，并转赴土耳其与妻子团聚。"
    kinds = [event.type for event in extract_report(text, None).events]
    assert "released" in kinds and "passport_returned" in kinds
    text = "上百名哈萨克人经第三地转往哈萨克斯坦定居。"
    assert [event.type for event in extract_report(text, None).events] == ["passport_returned"]


def test_gathered_in_for_study_is_a_detention_but_a_camp_word_listed_is_not() -> None:
    # Fictional: 被集中到乡里“培训” holds them; a list of slogans (被集中营、被…) tells no event.
    text = "上百名哈萨克族牧民去年被集中到乡里“培训”。"
    assert [event.type for event in extract_report(text, None).events] == ["detained"]
    text = "他们正在被集中营、被监控、被遗忘。"
    assert "detained" not in [event.type for event in extract_report(text, None).events]


def test_forbidden_to_go_to_a_neighbouring_country_is_an_exit_ban() -> None:
    # Fictional: kept from going to Kyrgyzstan or abroad at all, not kept from a village.
    text = "当地数百名柯尔克孜人被禁止前往吉尔吉斯斯坦。"
    assert [event.type for event in extract_report(text, None).events] == ["passport_confiscated"]
    text = "警方不准阿依古丽·沙比尔去国外看望女儿。"
    assert [event.type for event in extract_report(text, None).events] == ["passport_confiscated"]


def test_back_for_a_visit_and_unable_to_leave_again_is_an_exit_ban() -> None:
    # Fictional: 回乡探亲后走不了 keeps them in China; people abroad who cannot go home are not.
    text = "很多持有吉尔吉斯斯坦绿卡的柯尔克孜人回乡探亲后走不了了。"
    assert [event.type for event in extract_report(text, None).events] == ["passport_confiscated"]
    text = "在土耳其的维吾尔人说，他们都回不去了。"
    assert "passport_confiscated" not in [event.type for event in extract_report(text, None).events]


@pytest.mark.parametrize(
    "text",
    [
        "去年3月，牧民塔兰·别克在乌鲁木齐机场被边检人员拦了下来。",
        "商人塔兰·别克说，他两次被挡在霍尔果斯口岸，没能去看女儿。",
        "塔兰·别克回忆，那天海关不准他过关，只好坐车回到塔城。",
    ],
)
def test_stopped_on_the_way_out_is_an_exit_ban(text: str) -> None:
    # Fictional: a man stopped at an airport, at a border post, refused passage by customs.
    assert "passport_confiscated" in [e.type for e in extract_report(text, MONDAY).events]


def test_held_at_a_border_post_is_a_detention_not_an_exit_ban() -> None:
    # Fictional: a foreign citizen taken into custody at the border.
    text = "吉尔吉斯斯坦公民塔兰·别克上月在口岸遭警方扣下，随后被押往喀什。"
    types = [e.type for e in extract_report(text, MONDAY).events]
    assert "passport_confiscated" not in types and "detained" in types


def test_let_through_by_customs_is_an_exit_allowed() -> None:
    # Fictional: the daughter is let through, her father is stopped.
    text = "萨拉·努尔说，2016年夏天边检让她通过了，她的父亲却在首都机场被人拦下。"
    found = {(e.type, str(e.subject)) for e in extract_report(text, MONDAY).events}
    assert ("passport_returned", str({"person": "萨拉·努尔"})) in found
    assert (
        "passport_confiscated",
        str({"relative_of": "萨拉·努尔", "relation": "father"}),
    ) in found


def test_summoned_to_a_police_station_is_a_threat() -> None:
    # Fictional: called in by the county police and questioned.
    text = "2018年2月，县里的警察把阿丽娅·托合提叫到派出所，问她去过哪些国家。"
    found = [(e.type, e.date) for e in extract_report(text, MONDAY).events]
    assert ("threatened", "2018-02") in found


def test_driven_to_flee_is_no_threat() -> None:
    # Fictional: what made a woman leave is told, no one threatened her.
    text = "阿丽娅·托合提去年到了土耳其。下面是她的证词，讲的是迫使她逃离故乡的处境。"
    assert "threatened" not in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("2019年，县公安局不予牧民别克·托列出境。", "passport_confiscated"),
        ("出入境管理处一直不批准别克·托列出国。", "passport_confiscated"),
        ("去年4月，公安局终于准予别克·托列出境。", "passport_returned"),
        ("当局今年批准别克·托列出国探亲。", "passport_returned"),
    ],
)
def test_an_exit_refused_or_granted_in_an_offices_words(text: str, event_type: str) -> None:
    # Fictional: the bureau's own verbs, with the man named between verb and exit.
    assert event_type in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("2018年，牧民别克·托列的护照被剪角作废。", "passport_confiscated"),
        ("教师阿依达·别克的身份证去年突然失效了。", "passport_confiscated"),
        ("去年秋天，别克·托列终于拿到了出境许可。", "passport_returned"),
        ("等了三年，阿依达·别克今年终于可以出国了。", "passport_returned"),
        ("阿依达·别克今年3月领取了新护照。", "passport_returned"),
        ("获释半年后，别克·托列总算离开了新疆，回到比什凯克。", "passport_returned"),
    ],
)
def test_more_wordings_of_papers_voided_and_exits_allowed(text: str, event_type: str) -> None:
    # Fictional: a passport voided, an ID card invalid; a permit, a new passport, a way out.
    assert event_type in [e.type for e in extract_report(text, MONDAY).events]


def test_a_still_refused_exit_is_no_exit_allowed() -> None:
    # Fictional: a negation before "can go abroad now".
    text = "阿依达·别克说，她现在还不可以出国。"
    assert "passport_returned" not in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "2019年，阿依达·别克给吉尔吉斯斯坦总统写了一封信。",
        "阿依达·别克写信给欧洲议会议员，讲述丈夫的遭遇。",
        "阿依达·别克多次向联合国人权机构申诉。",
        "阿依达·别克去年向土耳其总统求助。",
    ],
)
def test_letters_and_appeals_to_heads_of_state_and_the_un_are_protests(text: str) -> None:
    # Fictional: a wife writing to a president, to members of a parliament, to UN bodies.
    assert "protested" in [e.type for e in extract_report(text, MONDAY).events]


def test_a_letter_to_kin_or_a_report_handed_to_a_president_is_no_protest() -> None:
    # Fictional: a letter home; officials handing a report over.
    for text in ("阿依达·别克每个月给母亲写信。", "官员们把调查报告交给了总统。"):
        assert "protested" not in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("2016年，乡政府扣下了牧民努拉·哈山的身份证。", "passport_confiscated"),
        ("那年冬天，努拉·哈山的护照被村干部拿去了。", "passport_confiscated"),
        ("努拉·哈山说，边检以名单为由，不让他的妻子古娜·哈山登机。", "passport_confiscated"),
        ("两年后，努拉·哈山的护照终于被送了回来。", "passport_returned"),
    ],
)
def test_papers_taken_by_someone_named_between_and_sent_back(text: str, event_type: str) -> None:
    # Fictional: a township keeping an ID card, a cadre taking a passport, a boarding refused by
    # border control; a passport sent back.
    assert event_type in [e.type for e in extract_report(text, MONDAY).events]


def test_running_about_for_someone_is_no_protest() -> None:
    # Fictional: a mother seeking help for her son is held in turn; she did not campaign.
    text = "艾山·吐尔逊说：“我的妻子为了儿子四处奔走，后来也被带走了。”"
    assert "protested" not in [e.type for e in extract_report(text, MONDAY).events]


def test_an_application_sent_back_is_no_passport_returned() -> None:
    # Fictional: the form came back, not the passport.
    text = "努拉·哈山的护照申请被退了回来。"
    assert "passport_returned" not in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "这些年来，古娜·哈山一直为被判刑的弟弟的自由奔走。",
        "古娜·哈山上周在伦敦召开记者会，讲述儿子的下落不明。",
        "古娜·哈山和几位母亲在使馆外举行了烛光守夜。",
        "古娜·哈山在联合国人权理事会的边会上发言。",
    ],
)
def test_campaigning_press_conferences_vigils_and_words_at_the_un_are_protests(text: str) -> None:
    # Fictional: a sister campaigning, a press conference, a vigil, a speech at a UN side event.
    assert "protested" in [e.type for e in extract_report(text, MONDAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "古娜·哈山在领事馆对面高举儿子的照片。",
        "古娜·哈山上个月在网上发起了寻找哥哥的行动。",
        "古娜·哈山在推特上发起#FindMyBrother的标签运动。",
    ],
)
def test_photos_held_high_and_campaigns_launched_are_protests(text: str) -> None:
    # Fictional: a photograph held high, a search launched online, a hashtag campaign.
    assert "protested" in [e.type for e in extract_report(text, MONDAY).events]


def test_a_campaign_of_the_authorities_is_no_protest() -> None:
    # Fictional: a crackdown launched by officials.
    text = "当局发起了严打运动，古娜·哈山的弟弟被抓走。"
    assert "protested" not in [e.type for e in extract_report(text, MONDAY).events]


def test_a_call_told_after_the_last_contact_is_that_contact() -> None:
    # Fictional: the last call, then what was said in it; and a contact that did come back.
    last = (
        "古丽·艾山的哥哥艾力·艾山被关进了学习班。古丽说：“我们最后一次联系是去年三月。"
        "他只能在电话里报平安。”"
    )
    assert [e for e in extract_report(last, MONDAY).events if e.type == "contact_restored"] == []
    again = (
        "古丽·艾山的哥哥艾力·艾山被关进了学习班。古丽说：“我们最后一次联系是2018年。"
        "直到去年他才在电话里报了平安。”"
    )
    assert [e.type for e in extract_report(again, MONDAY).events].count("contact_restored") == 1


@pytest.mark.parametrize(
    "text",
    [
        # Fictional: the release is asked for in the clause after the demand's first item.
        "维吾尔人古丽·艾山呼吁中国停止迫害，立即释放她的哥哥。",
        "维吾尔人古丽·艾山要求当局交代下落，并无条件释放她的哥哥。",
        "维吾尔人古丽·艾山要求当局介入，叫停审判并无条件释放她的哥哥。",
    ],
)
def test_a_release_asked_as_a_later_item_of_a_demand_implies_the_detention(text: str) -> None:
    found = [event.to_gold_dict() for event in extract_report(text, None).events]
    assert {"type": "released"} not in [{"type": e["type"]} for e in found]
    assert [e["subject"] for e in found if e["type"] == "detained"] == [
        {"relative_of": "古丽·艾山", "relation": "brother"}
    ]
