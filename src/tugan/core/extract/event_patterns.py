"""The words and patterns event extraction reads: triggers, hedges, relations, groups.

All in Simplified characters; the text is folded to Simplified before matching.
"""

import re

from tugan.core.extract.lexicon import (
    ETHNICITY_WORDS,
    GROUP_NOUNS,
    PERSON_CUES_BEFORE,
    RELATIONS,
    words,
)
from tugan.core.regex_prefilter import BranchTable, compile_prefiltered, longest_match

NUMBER = r"[0-9０-９]+|[零〇○一二两三四五六七八九十百千万]+"
# 联系 and 联络, and Taiwan's 連絡 and 連繫 as folded (连络, 连系).
CONTACT = r"(?:联|连)(?:系|络)"
# Papers that let one travel or live abroad: 身分证 is Taiwan's spelling, kept by the folding.
PAPERS = r"(?:护照|身份证|身分证|绿卡|居留证|证件)"
# Leaving the country; 出关 is passing the border post.
EXIT = r"(?:出国|出境|离境|出关)"
# The number of people camps hold, or of people held (集中营人数, 被关押的人数): names a group
# held, and its event.
HELD_COUNT_PATTERN = (
    r"(?:(?:集中营|再教育营|拘留营|教育营|营地|营区|拘留中心|培训中心|转化中心)(?:里|内|中)?"
    r"(?:的|关押的?|被关押的?|拘押的?)?|(?:被关押|被拘押|被拘留|被关)[^，。]{0,8}?的)"
    r"(?:总人数|人数)(?!比例)"
)
TRIGGERS: dict[str, str] = {
    # A prison term is the sentence's object (被判处长期监禁), not a detention of its own; not the
    # reason for a sentence (不知道判刑理由), which tells no one's sentence.
    "sentenced": r"被?判处[^，。]{0,8}?监禁"
    r"|被判处|被判刑(?!理由|原因)|判刑(?!理由|原因)|判处|被判(?!刑理由|刑原因)"
    r"|获刑|判了|重判|改判|终身监禁|终生监禁|无期徒刑"
    r"|服刑(?!人员)|遭判"
    # Taiwanese and Hong Kong wording, a term given without 判处, a conviction: 獲判, 宣判,
    # 法院判他十五年, 被定罪.
    # A ruling that extends custody (判决延长其软禁期, 判决延长对他的关押) is no prison term: the
    # custody is the detention's word.
    r"|获判|宣判(?![^，。]{0,2}?延长)|定罪|有期徒刑|判决(?!书)(?![^，。]{0,2}?延长)|重刑|刑期|缓刑"
    r"|(?<!谈)(?<!批)(?<!审)(?<!裁)(?<!评)判(?![断定别读])(?=[^，。]{0,14}?(?:"
    + NUMBER
    + r")\s*年)",
    # Not yet released: still held (至今仍未获释).
    # How many the camps hold (南疆各营人数已过十万, 被关押在营中的人数): people held; first,
    # so that it wins over 被关 at the same place.
    # A release refused (当局拒绝释放她): still held.
    "detained": HELD_COUNT_PATTERN + r"|(?:仍|尚|还|至今)(?:未|没有?)(?:被)?(?:获释|释放|放出来)"
    r"|拒(?:绝|不)(?:释放|放人|放回)"
    # Camps set up for a people (为维吾尔人设立的再教育营): that people is held in them
    # (CAMPS_FOR_BEFORE must open the clause's words before).
    r"|(?<=[人族])(?:设立|建立|修建|兴建)的?[^，。]{0,4}?(?:再教育营|集中营|拘留营|教育转化营)"
    r"|被捕|被抓|抓走|抓捕|逮捕|围捕|抓获|拘捕|软禁"
    # Held under 留置, Taiwan's word for one held in China (遭当局「留置」); only passive: 留置
    # also keeps things (留置权).
    r"|(?:被|遭到?)[^，。]{0,6}?[“「『]?留置"
    r"|拘留(?!所|问题|中心)|拘押|拘禁|关押|羁押|带走"
    r"|押走|押往|叫走|被拉(?:走|去)|被[^，。]{0,10}?带离"
    # Taken back by the police from abroad: 被警方带回新疆.
    r"|被(?:警方|警察|公安|国安|当局)[^，。]{0,8}?带回(?!家)"
    r"|(?:被|遭|遭到)?扣留(?!.{0,6}(?:护照|证件|身份证))|被扣押(?!.{0,4}护照)"
    # Children placed in boarding schools or orphanages are not held (送进了寄宿学校).
    r"|关进|关在|(?:送入|送进)(?![^，。]{0,3}?(?:寄宿|孤儿院|福利院|幼儿园))|送去[“「『]?(?:学习|培训)"
    # Officials' words in quotation marks: 被“请”进了培训中心, 被拉去集中营.
    r"|(?:送|带|押|关|转移|转送|转|请[”」』]?|拉)(?:到|往|至|进|入|去)"
    r"(?![^，。]{0,3}?(?:寄宿|孤儿院|福利院|幼儿园))"
    # 被判入狱 and 判刑入狱 are the sentence itself, not a detention of their own.
    r".{0,12}?(?:营|中心|学校|学习班|监狱|看守所)|被关|(?<!判)(?<!判刑)(?<!判处)入狱|被拘|绑架"
    # In prison, in Taiwan's written word (系狱的母亲, folded from 繫獄).
    r"|系狱"
    r"|(?:带|押|关)(?:到|进|至)[^，。]{0,8}?(?:派出所|公安局)"
    # A term before 监禁 is the sentence's (判处他七年的监禁, 三年零六个月的监禁), as after it.
    r"|囚禁|抓人|抓够|收押|押送|押解"
    r"|(?<!年)(?<!月)(?<!年的)(?<!月的)监禁(?![^，。]{0,3}?[0-9零一二两三四五六七八九十]+多?个?(?:年|月))"
    r"|坐牢"
    # Hong Kong: 還押 (remanded in custody), 坐監 (in prison).
    r"|还押|坐监"
    r"|劳教|被劳改|扣查|双规|隔离审查"
    r"|抓(?:进|去)|抓了(?!一把|一下|抓)|收容(?!所)|监视居住|被留置|送去(?:再教育|教育|改造)|在押|下狱|被囚|幽禁|禁闭|拘役"
    r"|带去(?=[^，。]{0,6}?(?:问话|审问|派出所|公安局|营|中心))"
    # Sent back to China by a foreign state: 遣返了一批哈萨克人, 被当地警察押上飞机带回中国.
    r"|遣返|遣送回|驱逐回|被[^，。]{0,10}?(?:带回|押回|押送回)(?:中国|国内|新疆)"
    # The camp may stand in quotation marks, as Taiwan's press writes it (投入「再教育營」).
    r"|(?:投入|进了?|进入)[“「『]?(?:监狱|集中营|再教育营|教育营|看守所|拘留所|学习班)"
    r"|扣押(?![^，。]{0,6}?(?:护照|证件|身份证|财产|资产|手机|物品|财物|货物))"
    # Held for questioning (正在接受警方调查), not a survey's respondents (接受调查的人).
    r"|(?:正在|被带去|带去|被迫)接受(?:警方|当局|公安|国安)?的?调查(?![的者])"
    r"|接受(?:警方|公安|国安)的?调查(?![的者])"
    # Summoned and never back: 被约谈后未归, 被叫到派出所后，就再也没有回家.
    r"|被?(?:约谈|叫到|叫去|传唤|带到|叫走|带去)[^。]{0,12}?后[^。]{0,8}?"
    r"(?:未归|一去不返|一去不回|再也没有?回|没有?回来|没有?回家)"
    # Time spent inside: 在再教育营里待了一年, 在不同的拘留中心度过了十个月.
    r"|在[^，。]{0,10}?(?:营|监狱|看守所|拘留所|中心)(?:里|中|内)?(?:呆|待|度过|关)"
    # Gathered in for "study" (被集中到县城“学习”, 遭集中培训): held as a camp holds.
    r"|(?:被|遭)集中(?!营)(?:起来)?(?:到|在)?[^，。、；]{0,8}?[“「『]?(?:学习|培训|教育|关押|看管)",
    # 皆无 as 全无 (音讯皆无); 毫无 any word for news (毫无消息).
    "disappeared": r"下落不明|下落不详|下落成谜|毫无(?:音讯|音信|消息|讯息)|失踪|音讯全无|音信全无"
    r"|(?:音讯|音信)皆无"
    # News gone dark (音信杳然, 音讯杳无).
    r"|(?:音讯|音信|消息)杳(?:然|无)"
    r"|杳无音讯|杳无音信|不知去向|被消失"
    # Unknown still: 行踪仍处于未知状态, 下落至今未知, 下落至今无人知晓, 去向不得而知.
    r"|(?:下落|去向|行踪|生死)[^，。]{0,6}?"
    r"(?:未知|无人知晓|无人知道|没有?人知道|不得而知|无从知晓|无从得知)"
    # Alive or dead, the teller cannot say (父亲是死是活，她都不知道): the trigger is the
    # question, so that the one who does not know is not in it.
    r"|(?:是死是活|是生是死)(?=[^。]{0,6}?(?:不知道|不清楚|无从得知|无法得知|不得而知))"
    r"|不知所踪|不知所终|行踪不明|生死不明|人间蒸发"
    # 訊息 is Taiwan's word for news (没有任何讯息).
    r"|没有.{0,8}?任何.{0,4}?(?:消息|讯息)|生死未卜|去向不明|(?:失去|断了|没有)了?(?:任何)?(?:音讯|音信)"
    # The same with a verb of hearing between (再也没听到过哥哥的音讯), or news that cannot be
    # had (一直无法得到她的任何消息).
    r"|没有?(?:听到|收到|得到|获得)[^，。]{0,8}?(?:音讯|音信)"
    # No news since or still (至今没有消息, 已经两年没有他的消息), not a report that says something
    # (没有消息称).
    r"|(?:(?<=至今|一直|始终|仍然|再也|从此|此后)|(?<=[年月天来]))(?:都|也|还|仍)?(?:没有|没|无)"
    # (再也没有了消息: 了 after the verb.)
    r"了?(?:[^，。]{0,6}?的)?(?:任何)?(?:消息|音讯|音信|讯息)(?![称说显指报])"
    r"|(?:无法|未能|没能|不能)(?:得到|获得|取得|获知)[^，。]{0,8}?任何[^，。]{0,4}?(?:消息|讯息|音讯|音信)"
    # No news any more, of whom told between (此后再无任何关于她哥哥的消息, 再没有收过任何与
    # 他有关的确切消息).
    r"|再无任何[^，。]{0,20}?(?:消息|讯息|音讯|音信)"
    # Still no word of how the one held is (亲属一直不能获知被拘留者的情况, 始终不能了解他的情况).
    r"|(?<=至今|一直|始终)(?:都|也|还|仍)?(?:无法|未能|没能|不能)(?:得到|获得|取得|获知|了解)"
    r"[^，。]{0,10}?的(?:任何)?(?:情况|下落)"
    # The same without 任何 (此后再无音讯, 从此再无她的消息).
    r"|再无(?:[^，。]{0,6}?的)?(?:消息|讯息|音讯|音信)(?![称说显指报])"
    r"|(?:没有|没|未)再?(?:收到|收过|接到|听到|得到)过?任何[^，。]{0,20}?(?:消息|讯息|音讯|音信)"
    # Asking where someone is: 打听他的下落, 不知道她在哪里; 消失 (not 消失殆尽, of things; not
    # gone from one's social media or contact list, 从她的朋友圈消失: that is contact cut, not a
    # person missing).
    # Nobody knows, cannot find (没有人知道她在哪里, 找不到他的下落).
    r"|(?:打听|寻找|查询|询问|追问|不知|不清楚|无从得知|没有?人知道|无人知道|找不到|找不着)"
    r"(?:(?!被|遭)[^，。]){0,8}?"
    r"(?:下落|去向|行踪|在哪|在何处|是生是死|是死是活|死活)"
    # Not knowing whether one lives (不知道母亲是否还活着); not of a plural (他们), which often
    # speaks for a whole people.
    r"|(?:不知|不清楚|无从得知|没有?人知道|无人知道)(?:(?!被|遭|们)[^，。]){0,8}?"
    r"是否(?:还|仍|依然|仍然)?(?:活着|在世|在人世|尚在人间|还在人间|健在)"
    r"|(?<!媒体上)(?<!媒体中)(?<!网络上)(?<!网上)(?<!朋友圈)(?<!朋友圈里)(?<!朋友圈中)"
    r"(?<!微信上)(?<!微信里)(?<!好友列表)(?<!好友名单)(?<!联系人)消失(?!殆尽)"
    r"|不见踪影|无影无踪|踪影全无"
    # Lost from sight: 失去了踪影, 没了踪迹, 销声匿迹.
    r"|(?:失去|没了|没有了)了?(?:踪影|踪迹)|销声匿迹"
    # Whereabouts withheld: 中方没有提供她的下落, 当局拒绝告知他的去向.
    r"|(?:没有|没|未|不|拒绝|拒不)(?:提供|告知|透露|公布|公开|说明)[^，。]{0,14}?(?:下落|去向|行踪)",
    # Not 释放信号 or 释放善意 (sending a signal).
    "released": r"获释|结业|(?<!要求)(?<!要求立即)(?<!无条件)释放(?!人员|信号|善意|压力|出)"
    r"|放出来|出狱|放回家|被放回"
    r"|从[^，。]{0,10}?(?:营|监狱|看守所|拘留所)(?:里|中)?(?:出来|放出)"
    r"|保释|假释|取保候审|被放(?:了|走|出|回)"
    # The camp may carry its country or region: 走出新疆的集中营, 离开当地的看守所.
    r"|(?:离开|走出)了?[^，。]{0,4}?(?:集中营|再教育营|教育营|监狱|看守所|拘留所|营地)"
    # Free again, out on medical parole, let home, a term served (服满 before its 刑期, which
    # stays the sentence's word), a camp's "graduation" or "study" ended.
    r"|重获自由|恢复了?自由|保外就医|放了(?:出来|回来)|获准(?:回家|返家)|放(?:他|她|其|我)们?回(?:家|来)"
    r"|服满(?=[^，。]{0,6}?刑)|刑满|放监|出册"  # 放監, 出冊: Hong Kong's words for leaving prison
    r"|从[^，。]{0,10}?(?:营|学习班|中心)[”」』]?(?:里|中)?(?:回到家|回家|返家|回来)"
    # Home at last after a time held: 被关押两年后终于回家, 被困近18个月后终于归来.
    r"|(?<=后)(?:终于|终|才得以|得以)(?:归来|回到家(?!乡)|回家|返家|回来)"
    r"|(?<=[“「『])毕业[”」』]|结束了?[^，。]{0,16}?[“「『](?:学习|培训)[”」』]",
    "died": r"死亡(?!人数|率|集中营|威胁)|去世|过世|逝世|死于|身亡|病逝|离世|遇难|死讯|被打死|死在"
    r"|丧生|丧命|被折磨致死|猝死|遇害|被杀害|被害死|亡故|离开了?人世|与世长辞|身故"
    # Killed, said with 杀 alone (被杀死, 被枪杀, 被杀。).
    r"|被(?:枪|刺|砍)?杀死|被枪杀|被杀(?=[，,。；;！!）)”」]|$)"
    r"|被处决|遭处决|被处死|过身|病死|饿死|殒命|辞世|撒手人寰|命丧"
    # Died a cruel death, or of abuse (惨死狱中, 遭凌虐致死); not a death rate (致死率).
    r"|惨死|(?:虐|打|殴|刑求)[^，。]{0,3}?致死(?![率量])"
    # A death told by the grief it ended in: 抑郁而终, 含恨而终.
    r"|(?:抑郁|郁郁|含恨|含冤|忧愤|悲愤|抱憾)而终"
    # Not 自杀式袭击 (a kind of attack), nor an attempt.
    r"|自杀(?!式|未遂|倾向|念头)"
    # Hanged oneself, took one's own life (在狱中上吊, 自缢身亡, 自尽); not an attempt.
    r"|上吊(?!未遂)|自缢(?!未遂)|自尽(?!未遂)",
    # Also an ID or residence card (GOLD.md): 没收了她的身份证, 绿卡被扣.
    # The owner may stand between, counted (没收了数千名哈萨克族居民的护照).
    "passport_confiscated": r"(?:没收|扣押|收缴|收走|扣留|收回|上缴|上交|交出|拿走"
    r"|扣下|扣住|收去|拿去)"
    r"(?:.{0,8}?|了?[^，。；]{0,16}?的)"
    + PAPERS
    + "|"
    + PAPERS
    # Also with since when between (护照自2018年起遭当局扣押).
    + r"(?:自[^，。]{1,10}?[起以]来?)?.{0,6}?(?:没收|扣押|收缴|上交|注销|吊销|收走|被收|被扣|扣留"
    # voided, its corner cut (护照被剪角作废, 身份证失效了)
    r"|作废|剪角|失效"
    # taken by someone named between (护照被村干部拿去了, 被警察收了)
    r"|被[^，。]{1,6}?(?:收了|收去|拿去|扣下|扣住|扣了)"
    r"|收回|上缴|拿走|扣着|扣著|扣下)"
    # Still not given back (护照至今未归还, 护照还没有还给他): withheld.
    + "|"
    + PAPERS
    + r"[^，。]{0,6}?(?:未|没有?)(?:被)?(?:归还|还给|发还|退还|交还)"
    # Kept "in safe keeping" by an office: 护照被有关部门「代为保管」, 把护照交给单位统一保管.
    + r"|(?:护照|证件)[^，。]{0,12}?保管|交给[^，。]{0,6}?保管"
    # Handed in to the police or an office (护照交给了派出所); refused at the border (出境被拒).
    r"|(?:护照|证件)[^，。]{0,4}?交(?:给|到)[^，。]{0,8}?"
    r"(?:派出所|公安|警察|警方|单位|社区|村委会|居委会|政府)"
    rf"|不得{EXIT}|(?:被拒|拒绝)[^，。]{{0,6}}?{EXIT}|{EXIT}被拒"
    # Withheld: 拒绝为他办理护照, 拿不到护照; exit banned: 无法离开中国, 边控.
    r"|(?:拒绝|不予|不给|不允许|不准许?|不许|不让|无法|不能|办不了|拿不到|申请不到)[^，。]{0,8}?护照"
    # An application refused (申请护照被拒, 护照申请遭驳回), not any other request about one
    # (注销护照却被拒: giving it up).
    r"|(?:(?:申请|办理)[^，。]{0,2}?护照|护照[^，。]{0,2}?申请)[^，。]{0,4}?"
    r"(?:被拒|遭拒|被驳回|遭驳回|未获批准?)"
    rf"|(?:无法|不能|不可以|没法|没办法)(?:{EXIT}|离开中国)|边控"
    # Not kept in a village, a home or a county (禁止离开村子): that is no exit ban.
    rf"|(?:禁止|被禁|被限制)[^，。]{{0,6}}?(?:离开(?![^，。]{{0,3}}?(?:村|家|县|乡|镇|城|住所|当地|社区))|{EXIT})"
    rf"|不准[^，。]{{0,12}}?{EXIT}"
    # Not let out of the country (至今不让她的母亲出境, 不许他出国), nor let leave China.
    rf"|(?:不让|不许|不允许|不准许)[^，。]{{0,10}}?(?:{EXIT}|离开中国)"
    # Kept from going abroad: 阻止她出境, 阻止牧民们到邻国探亲.
    rf"|阻止[^，。]{{0,10}}?(?:{EXIT}|离开中国|到[^，。]{{1,6}}?探亲)"
    # Kept from leaving, no place told (警方一直阻止他离开，): the country, as 离开 alone says.
    r"|阻止[^，。]{0,4}?离开(?=[，,。；;！!]|$)"
    # Forbidden to go and see kin abroad (被禁止前往邻国探亲).
    r"|(?:禁止|不准|不许|不让)[^，。]{0,6}?(?:前往|去|到|赴)[^，。]{1,6}?探亲"
    # Back in China for a visit and unable to leave again (回国探亲后回不去了, 回乡后走不了).
    r"|(?:回国|返乡|回乡|探亲|回到中国|回到新疆|回新疆)[^，。]{0,8}?(?:后|以后|之后)[，,]?[^，。]{0,4}?"
    r"(?:回不去|走不了|出不了(?:境|国))"
    # Forbidden to go to a neighbouring country or abroad at all (被禁止前往哈萨克斯坦).
    r"|(?:禁止|不准|不许|不让|不允许)[^，。]{0,10}?(?:前往|去|赴|返回|回到)"
    r"(?:哈萨克斯坦|哈国|吉尔吉斯斯坦|吉尔吉斯|土耳其|国外|境外|海外)(?![人族])"
    # Kept off a flight abroad (边检不让她登上出国的班机), whoever stands between.
    r"|(?:阻止|不让|不准|禁止)[^，。]{0,20}?登上?[^，。]{0,4}?(?:国际|出境|出国|国外)的?(?:航班|班机|飞机)"
    # by border control, whatever flight (边检以黑名单为由不让她登机)
    r"|(?:边检|海关|边防)[^。；]{0,24}?(?:阻止|不让|不准|禁止)[^，。]{0,12}?登机"
    rf"|(?:不许|不让|不允许|不准许|不批准)[^，。]{{0,3}}?(?:{EXIT}|离开中国)"
    r"|限制出境|上交护照|交到.{0,6}?保管|被没收"
    # Restrictions put on passports (对牧民的护照实施限制, 限制护照).
    r"|对[^，。]{0,12}?护照(?:实施|实行|进行|采取)了?[^，。]{0,4}?限制|限制[^，。]{0,8}?护照"
    # Stuck in China, unable to leave (探亲后被困在新疆): an exit ban; not stuck in a camp.
    r"|(?:被|遭)?困在了?(?:中国|新疆|国内)(?![^，。]{0,2}?(?:的|营|监狱|看守所))"
    # An application turned down: 护照申请一直被拒, 出国申请遭驳回.
    rf"|(?:护照|{EXIT})申请[^，。]{{0,6}}?(?:被拒|遭拒|被驳回|遭驳回|不予批准|未获批准?|没有获批)"
    # Stopped on the way out, at an airport, a border post or customs (在机场被边检拦下, 在霍尔果斯
    # 口岸被挡了回来, 被拦在边境), or not let across (不被允许过境): an exit banned; held there
    # (在口岸遭警方扣下) is a detention.
    r"|(?:机场|边境|口岸|海关|边检|边防|关口)[^，。]{0,8}?(?:被|遭)[^，。]{0,6}?"
    r"(?:拦下|拦住|拦截|截下|截住|挡下|挡住|拦了下来|挡了回来)"
    r"|(?:被|遭)[^，。]{0,4}?(?:拦|挡|截|停)(?:在|于)[^，。]{0,4}?(?:机场|边境|口岸|海关|边检|关口)"
    r"|(?:不被允许|不允许|不准|不让|不许)[^，。]{0,4}?(?:越过边境|越境|过境|通关|过关)"
    # Refused in an office's words (不予出境, 不予批准她出国).
    rf"|(?:不予|不准予|不批准|不同意)[^，。]{{0,10}}?{EXIT}",
    "passport_returned": r"发放.{0,3}?护照|获发护照|(?:归还|返还|拿回|取回|领回|交还).{0,12}?"
    + PAPERS
    + r"|(?:归还|返还|发还|退还|交还)[^，。；]{0,24}?的护照"
    r"|拿到护照|获准(?:出国|出境|离境|离开)|允许.{0,20}?离开|允许.{0,10}?(?:出国|出境)"
    # Allowed to apply for one again (被允许申请护照).
    r"|(?:允许|准许|获准)[^，。]{0,6}?(?:申请|办理)护照"
    r"|准许.{0,12}?(?:出国|离开)|(?<!换)发护照"
    # Not one still withheld (护照至今未归还, 还没有还给他): that is a confiscation.
    r"|护照(?:(?![未没])[^，。]){0,6}?(?:归还|还给|发还|退还|还回|拿回|要回|领回|取回)"
    # Sent back (护照被退了回来), not an application returned (护照申请被退了回来).
    r"|护照(?:(?![未没]|申请)[^，。]){0,6}?(?:退|还|送)了?回来"
    r"|(?:还给|发还|退还)[^，。]{0,8}?护照"
    # Given back at last in a clause of its own (护照2017年被没收，去年才被归还): the papers are
    # the sentence's, checked by befalls_no_person.
    r"|(?<=[才又已])被?(?:归还|发还|退还|还回|交还)(?!给?(?:当局|政府|警方))"
    r"|签发[^，。]{0,4}?护照|办(?:好|下来|到)了?[^，。]{0,4}?护照|得以(?:离开|出境|出国|离境)"
    r"|(?:获得|取得|领到|领取|拿到)了?新?的?护照|(?:顺利|成功)(?:出境|离境|出国|离开中国)"
    # A permit to leave obtained (拿到了出境许可), free to go at last (终于可以出国了).
    rf"|(?:获得|取得|领到|领取|拿到)了?[^，。]{{0,2}}?{EXIT}(?:许可|批准|批文|证明)"
    rf"|(?<![不没])(?:可以|能够?)(?:{EXIT}|离开中国)了"
    # Allowed or able to go (获准前往, 得以重返, 出国申请获批, 出境手续办下来了, 解除了出境限制);
    # 获准回家 is a release.
    r"|(?:获准|得以)(?:前往|赴|重返|返回|回到)(?![^，。]{0,2}家)"
    # Back at last in the country one lives in (最终签了字，回到哈萨克斯坦; 终于返回土耳其): let
    # out of China; a people's name (回到哈萨克人中间) aside.
    r"|(?:终于|最终|总算)[^。；]{0,16}?(?:回到|返回|重返)了?"
    r"(?:哈萨克斯坦|哈萨克|哈国|吉尔吉斯斯坦|吉尔吉斯|土耳其"
    r"|阿拉木图|阿斯塔纳|比什凯克|伊斯坦布尔)(?![人族])"
    # or out of China at last (终于离开了新疆), not out of a place in it (离开了新疆的集中营).
    r"|(?:终于|最终|总算)[^。；]{0,16}?离开了?(?:中国|新疆)(?![^，。]{0,6}?的)"
    # Let go and gone on to that country (获释后前往哈萨克斯坦, 释放，并转往土耳其), or passed on
    # to it (转往哈国): let out of China as well as released. The comma is read in the look
    # behind, so that the trigger pattern's first characters keep out the comma.
    r"|(?:(?<=获释)|(?<=释放)|(?<=出狱)|(?<=放出来)"
    r"|(?<=获释[，,])|(?<=释放[，,])|(?<=出狱[，,])|(?<=放出来[，,]))"
    r"(?:(?:后|之后|并|随后|随即)(?:后|之后|[，,]|并|随后|随即){0,2})?"
    r"(?:被|获准|得以)?(?:转往|转赴|前往|回到|返回|重返|来到)了?"
    r"(?:哈萨克斯坦|哈国|吉尔吉斯斯坦|吉尔吉斯|土耳其)(?![人族])"
    r"|(?:转往|转赴)(?:哈萨克斯坦|哈国|吉尔吉斯斯坦|吉尔吉斯|土耳其)(?![人族])"
    rf"|(?:{EXIT}|护照)[^，。]{{0,4}}?(?:申请|手续)?[^，。]{{0,6}}?"
    r"(?:获批|获准|批下来|办下来|办好|发下来)"
    rf"|解除[^，。]{{0,14}}?(?:{EXIT}|边控)|(?:{EXIT}|边控)限制[^，。]{{0,4}}?(?:解除|取消)"
    # Given back in a later clause of the sentence that took the passport: 护照被没收了，
    # 直到今年三月才还给我.
    r"|(?:直到|到了?|后来)[^，。；]{0,8}?才(?:还给|归还|发还|退还|交还)(?:我|他|她)"
    # Granted in an office's words (准予她出境, 批准他出国探亲), not refused (不批准).
    rf"|(?<![不未没])(?:准予|批准|同意)[^，。]{{0,10}}?{EXIT}"
    # Let through by customs or border control (海关让她通过, 边检放行了他们).
    r"|(?:海关|边检|边防|边境)[^，。]{0,4}?(?:让|允许|准许|同意|放)(?:我|他|她|其)?们?"
    r"(?:通过|过关|通关|出关|出境|离境)|(?:海关|边检|边防)[^，。]{0,4}?放行(?!货)",
    # A negated contact (没有任何人能与他取得联系) is a lost one; it starts before the
    # contact_restored words, so it wins there.
    # Not a contact cut by choice (他选择中断联络, 主动断绝联系 to protect the family).
    # 终断 is a variant writing of 中断 seen in Taiwanese text (电话联系也终断了).
    "contact_lost": r"(?<!选择)(?<!主动)(?<!刻意)(?:"
    rf"{CONTACT}不上|失联|断联(?![系络])"
    # Never heard again: 从此再没有听过她的声音; nor for years (3年没有听到家人的声音), a
    # voice not heard once (没听到主持人的声音) aside.
    r"|再也?没有?(?:听过|听到)[^，。]{0,6}?声音"
    r"|(?<=[年月])(?:来|多)?没有?(?:再)?(?:听过|听到)[^，。]{0,6}?声音"
    # 难以 and 很难 (hard to reach them) deny it as 无法 does.
    rf"|(?:无法|没法|不能|未能|没能|难以|很难).{{0,12}}?(?:{CONTACT}|交流|沟通|通话)"
    # No news from them any more: 此后就失去了消息.
    r"|失去了?(?:消息|音讯|音信|讯息)"
    rf"|(?:没有|并未|从未)[^，。]{{0,12}}?(?:{CONTACT}|通话|交谈|对话)"
    rf"|(?:断了|失去了?|断绝了?|中断了?)(?:一切|所有的?)?{CONTACT}|{CONTACT}[^，。]{{0,10}}?[中终]断"
    rf"|不敢{CONTACT}|不愿{CONTACT}"
    # The last call, the last time they spoke or a voice was heard (最后一次与母亲通话是在2017年,
    # 最后一通电话, 最后一次听到妈妈的声音): nothing since. A last meeting (相聚, 见面) aside.
    rf"|(?:最后一次|上一次|最后一通)[^，。]{{0,10}}?(?:{CONTACT}|电话|通话|视频|说上话)"
    r"|最后一次(?:听到|听见)[^，。]{0,6}?声音"
    # The last news had of them (上一次收到父母的消息是在某年, 最后一次听到哥哥的音讯).
    r"|(?:最后一次|上一次)(?:得到|收到|听到|获得|得知|有)[^，。]{0,10}?(?:消息|讯息|音讯|音信)"
    # The one out of reach told between: 中断了与妹妹的联系, 不再跟她们联络.
    rf"|(?:断了|失去了?|断绝了?|中断了?)(?:与|和|跟)[^，。]{{1,12}}?的?{CONTACT}"
    rf"|不再(?:(?:与|和|跟)[^，。]{{1,8}}?)?{CONTACT}"
    rf"|(?:禁止|不准|不许|不让)[^，。]{{0,12}}?(?:与|和|跟)[^，。]{{0,12}}?(?:{CONTACT}|通电?话|通讯|通信)"
    r"|(?:没有|没|未)(?:和|与|跟).{0,8}?(?:说过话|通过话|通过电话)"
    rf"|{CONTACT}不到|(?:电话|手机|微信)[^，。]{{0,4}}?不通|打不通|(?:无法|没法|不能|未能)(?:打通|接通|拨通)"
    # Deleted or blocked on WeChat, calls unanswered, contact cut.
    rf"|(?:删除|拉黑|屏蔽)[^，。]{{0,8}}?(?:微信|好友|{CONTACT}人|{CONTACT}方式)"
    r"|(?:微信|好友)[^，。]{0,6}?(?:删除|拉黑|屏蔽)|(?:不接|不回)(?:电话|信息|消息|讯息|微信)|无人接听"
    r"|(?:电话|手机)[^，。]{0,6}?(?:没人|没有人)接|(?:没人|没有人)接(?:电话|听)"
    rf"|切断[^，。]{{0,6}}?(?:{CONTACT}|通讯|通信)"
    r"|(?:得不到|收不到|听不到|打听不到)[^，。]{0,6}?(?:消息|讯息|音讯|音信|回音)"
    # A number that is dead: 电话成了空号, 手机一直关机, 号码注销了; messages never answered.
    r"|(?:电话|手机|号码)[^，。]{0,10}?(?:空号|停机|(?:一直|始终|总是)关机|注销|停用)"
    r"|(?<=[条次个])也没有?(?:回|接))",
    "contact_restored": rf"恢复.{{0,4}}?(?:{CONTACT}|通讯|通话)|(?:{CONTACT}|通讯|通话)已?经?恢复"
    rf"|恢复了?(?:与|和|跟)[^，。；]{{0,16}}?的?(?:{CONTACT}|通讯|通话)"
    r"|终于(?:接到|收到|打通)[^，。；]{0,8}?(?:电话|视频|视讯|语音)"
    # A call received after a time (失联五年后接到了妹妹打来的电话, 三年后才收到母亲的语音); the
    # time belongs to the trigger, as for a first call below. Not a call from the police.
    rf"|(?:{NUMBER})多?个?(?:年|月|天|星期)多?之?后(?:[他她我]们?)?(?:才|终于)?"
    r"(?:接到|收到|打通)了?(?![^，。；]{0,8}?(?:警察|警方|公安|国保|国安|派出所|民警))"
    r"[^，。；]{0,8}?(?:电话|视频|视讯|语音)"
    # The first call after a time without one (失联三年后首度通话, 两年来第一次与母亲视频); the
    # time belongs to the trigger, so that a date before it still dates the call. Not a first
    # call after a happening (回国后第一次与记者通话).
    rf"|(?:{NUMBER})多?个?(?:年|月|天|星期)多?(?:之?后|以来|来)(?:[他她我]们?)?"
    r"(?:首度|首次|第一次|头一次)(?:[与和跟][^，。；]{1,8}?)?"
    rf"(?:通话|通电话|通上话|视频|视讯|说上话|{CONTACT}上"
    # or heard a voice (两年多以来首次听见母亲的声音).
    r"|(?:听到|听见)[^，。；]{0,8}?声音)"
    rf"|重新(?:建立了?|取得了?)?{CONTACT}|{CONTACT}上了|终于{CONTACT}上|取得{CONTACT}|通上了?(?:视频|语音)?电话|通上了?话|恢复了?通信"
    rf"|(?:可以|能够?)(?:用|使用)?微信(?:与|和|跟)?[^，。]{{0,8}}?(?:{CONTACT}|通话)"
    r"|收到.{0,24}?信(?![息任号])"
    # Speaking again: 终于说上了话, 又能通话了, 重新加回微信好友, 报了平安.
    r"|说上了?话|通了(?:电话|视频|视讯)"
    r"|(?:终于|又|重新|再次)(?:能|可以)?(?:和|与|跟)?[^，。]{0,12}?(?:视频(?:通话|聊天|了)|视讯|通话)"
    r"|加回[^，。]{0,4}?(?:好友|微信)|报了?平安"
    # Seen on a video call (通过视频见到了父亲, 在视频通话中看到母亲), not in a video shown.
    r"|(?:通过|在)视频(?:通话|电话|聊天)?中?(?:见到|看到|见了)"
    # A call out of the blue from one held or missing (消失三年后突然致电回家, 终于打来电话).
    r"|(?:突然|突|终于|首次|第一次)(?:从[^，。]{0,10}?)?(?:致电|打电话|打来电话|来电)",
    # Not 构成威胁 or 安全威胁 (a threat to something), nor 威胁到 or 威胁国家安全 (endangers,
    # a charge).
    # Not 实施压制 (施压 inside 实施).
    # Nor the name of a tactic (恐吓伎俩, 威胁手段): no one is said to be threatened by it.
    "threatened": r"恐吓(?!伎俩|手段|手法|策略|战术)"
    # Not a warning given to the authorities (支持者警告当局若不放人将游行): they are no one
    # intimidated.
    r"|(?<!构成)(?<!安全)(?<!恐怖)(?<!的)威胁(?!到|论|国家|社会|公共|伎俩|手段|手法|策略|战术)"
    r"|警告(?!官方|当局|政府|中方|中国政府|中国当局|北京|中共)"
    # 滋擾 and 威迫 are Hong Kong's harassing and coercing.
    r"|(?<!实)施压|骚扰|滋扰|威迫|约谈|传唤|威吓|恫吓|胁迫|施加.{0,4}?压力"
    # Interrogated, visited and watched by police: 遭警方审问, 警察登门, 被跟踪 (Taiwan's 跟监);
    # not a policy of more watching (加强监视新疆和维吾尔人), said of no one in particular, nor
    # a scene's circumstance (在警察监视下被人殴打).
    # Summoned to a police station (将她召集到派出所, 被叫到公安局); not 审讯 alone, as often
    # the torture of one already held (遭受酷刑审讯).
    r"|(?:召集|叫|喊|传唤)(?:他|她|我|他们|她们|我们)?(?:到|去|至)"
    r"(?:当地的?)?(?:派出所|公安局|警察局|警局)"
    r"|登门(?!求|拜访|探望)|审问|跟踪|跟监|(?<!加强)(?<!强化)监视(?!器|摄像|居住|下)|被叫去|传讯|威逼|吓唬"
    # The police at the door again and again, or to question (民警三番五次上门, 上门盘问); once
    # (警察上门找她) it is as often the arrest that follows, and 上门 alone a service call.
    r"|(?:警察|警方|公安|民警|派出所|国保|国安|便衣)[^，。]{0,8}?"
    r"(?:多次|屡次|三番五次|三番两次|频繁|经常|不断|一再|反复|天天|每天|几次)上门"
    r"|上门(?:盘问|查问|问话|搜查)"
    # Summoned for a talk, also with the one summoned named or told by kin (找他的弟弟谈话).
    r"|找(?:他|她|他们|她们|我|我们|其)?(?:的?[^，。；的]{1,4}?)?(?:谈话|谈心)"
    # Told to be silent, summoned to "tea", used as leverage, ordered, called by the police, or
    # "worked on" at home: 要他不要再对外讲话, 叫她不准跟外人透露, 劝我闭嘴, 被约去“喝茶”,
    # 以父母作要挟, 勒令, 扬言.
    r"|(?:要|叫|让|命令|劝)[^，。]{0,12}?(?:不要|别|不准|不许|停止)再?[^，。]{0,6}?"
    r"(?:讲话|说话|发声|接受[^，。]{0,8}?采访|乱说|乱讲|对外|发言|发表|发帖|外界|外人|透露|泄露)"
    # Made to keep silent (要她的家人保持沉默, 逼他们闭口不言).
    r"|(?:要|叫|让|命令|劝|逼)[^，。]{0,12}?(?:保持沉默|保持缄默|闭口不言|缄口不言)"
    r"|(?:要求|要|叫|让|逼|命令|勒令)[^，。]{0,6}?删除[^，。]{0,6}?(?:帖子|帖文|推文|视频|文章)"
    # Told not to leave home (叫她母亲不准离开住处): confined, as 软禁 is in the read gold.
    r"|(?:要|叫|让|命令|勒令|要求)[^，。]{0,12}?(?:不准|不许|不得|不能|不要)离开"
    r"(?:住处|住所|家门|住家|家里|家中|家|村子|村里|本村)"
    # Pressed to come back from abroad (催促他从土耳其回国, 逼她回到中国).
    r"|(?:催促|逼迫|逼)[^，。]{0,10}?(?:回国|回到中国|返回中国|回新疆|返回新疆)"
    r"|(?:要|叫|让|逼|劝)[^，。]{0,6}?闭嘴|(?<=[“「『])喝茶[”」』]|(?:约|请|叫)去?喝茶|要挟|要胁|勒令|扬言"
    r"|接到[^，。]{0,8}?(?:警察|警方|公安|国保|国安|派出所)[^，。]{0,4}?(?:电话|微信|短信)"
    # The police in touch with someone, or messaging them: 派出所民警多次与她父亲联系,
    # 警方一直设法联络他, 民警发来的短信 (not 他不愿与警察联系: the police as the object).
    r"|(?<![与和跟向同])(?:警察|警方|公安|国保|国安|派出所|民警)"
    # Not a contact only announced (公安将会联络她): it has not come yet.
    r"(?![^，。；]{0,4}?(?:会|将|打算|准备)[^，。；]{0,4}?(?:联系|联络))[^，。；]{0,10}?(?:联系|联络)"
    r"(?!不上|不到)"
    r"|(?:警察|警方|公安|国保|国安|派出所|民警)[^，。；]{0,4}?(?:传来|发来)的?[^，。；]{0,4}?"
    r"(?:微信|短信|简讯)"
    # Police posted to watch someone (派了两名警察日夜监控他的父母), not the watching of a whole
    # people (维吾尔人受到严密监控), said of no one.
    r"|(?:派|派出|安排)[^，。]{0,8}?(?:警察|警员|民警|便衣|公安|国保)[^，。]{0,8}?(?:监控|监视|看守|盯梢)"
    # Or watched by the police, told of someone (她因信教被当局监控, 被警方全天监控).
    r"|被(?:当局|警方|警察|公安|国保|国安|政府)[^，。]{0,4}?监控(?!器|摄像|录像|视频|下)"
    # Or kept under their watch (出狱后仍处于警方的监控之下, 受到国保监控), a state told of someone.
    r"|(?:处于|置于|受到?|遭到?)(?:当地|地方)?(?:当局|警方|警察|公安|国保|国安|政府)的?[^，。]{0,4}?监控"
    # Made to hand over one's particulars (索要个人信息, 要求他提供护照的照片), not a demand
    # made of the authorities (要求当局提供她的下落), nor an order to an institution to hand
    # over its records of people (要求各清真寺提供信众名单, 要求学校提供学生资料).
    r"|索要[^，。]{0,16}?(?:信息|资料|照片|地址)"
    r"|要求(?!当局|政府|中方|中国|中共|北京|官方"
    r"|(?:各|每个|所有的?|当地的?)?(?:清真寺|寺院|学校|单位|企业|公司|工厂|医院|宾馆|酒店|旅馆|社区))"
    r"[^，。]{0,12}?提供(?![^，。]{0,12}?下落)"
    r"[^，。]{0,20}?(?:信息|资料|照片|证明|地址|护照|身份)"
    r"|(?<=[“「『])做(?:思想)?工作[”」』]|做[^，。]{0,6}?思想工作"
    # A threat told by its consequence (如果她再发声，她和家人将承担后果), read with a
    # condition before it (THREAT_CONDITION).
    r"|承担(?:一切)?后果|后果自负|(?<!没)有麻烦|付出代价|吃苦头|没有好下场|不会有好下场"
    # Or by what officials will do to someone then (若不回国，将严肃处理他的家人).
    r"|严肃处理|严厉处理|严惩"
    # Or by an arrest promised if an order is not obeyed (否则就要拘留她, 不然将关押你).
    r"|(?:否则|不然|要不然)[^，。]{0,3}?(?:就|会|将|要)[^，。]{0,4}?"
    r"(?:逮捕|抓|拘留|拘押|关押|关进|送进|判刑)"
    # Not forced labour, abortion or drugs (强迫牧民劳动), which are other wrongs, nor an
    # enforced disappearance (强迫失踪: the disappearance is the event); nor a number nearing
    # another (人数逼近三百万) or a likeness (逼真). 迫使 is forcing too (迫使他签字,
    # 迫使她监视邻居). Nor the manner of a detention told by its own verb (被强迫送进营, 强迫
    # 关押): that verb is the event.
    r"|(?:强迫|逼迫|迫使|逼)(?![^，。]{0,8}?(?:劳动|劳改|堕胎|绝育|服药|服食)|疯|问|供|近|真"
    r"|性?失踪|(?:地|着)?(?:送进|送入|送往|送去|关进|关入|关押|拘押|拘留|押送)"
    # Driven to flee or into exile (迫使她逃离的处境): what drove is told, no one who threatened.
    r"|[^，。]{0,12}?(?:逃离|逃亡|出逃|流亡|逃往|逃到))",
    # Not a prayer meeting (礼拜集会, 宗教聚会): 集会 alone is a rally. Nor the charge an
    # accused is tried on (被控“非法集会”, 以非法集会罪判刑): the state's word, no protest told.
    # A demand for release first (呼吁当局立即释放他): it implies the detention (GOLD.md).
    # Pleaded for too (恳请当局放人, 恳求…释放).
    "protested": r"(?:要求|呼吁|敦促|促请|吁请|恳请|恳求)[^，。]{0,10}?(?:释放|营救|放人|放回)"
    # The release as one more item of the demand, in the clause after (呼吁北京停止打压，立即释放
    # 他; 要求当局介入，叫停审判并释放她): asked for as well, so it implies the detention too.
    r"|(?:要求|呼吁|敦促|促请|吁请|恳请|恳求)[^，,。；;！？!?]{0,12}[，,]"
    r"(?:[^，,。；;！？!?]{0,6}?(?:并且?|以及|同时))?(?:立即|立刻|马上|尽快|无条件地?|一律)*"
    r"(?:释放|营救|放人|放回)"
    r"|抗议|(?<!祷告)(?<!礼拜)(?<!宗教)(?<!非法)集会|示威|请愿|呼吁|拉起横幅|讨回公道|声讨|游行|举牌|静坐|绝食|寻人启事|陈情|联署|连署"
    r"|向[^，。]{0,8}?(?:国际社会|国际|联合国|各国|世界)[^，。]{0,4}?(?:求援|求救|求助)"
    # Help asked of a head of state, a legislature or the UN, or a letter written to them
    # (向哈萨克斯坦总统求助, 向联合国申诉, 给总统写信), not to kin.
    r"|向[^，。]{0,14}?(?:总统|总理|联合国|国会|议会|议员|人权理事会|人权组织|人权机构)"
    r"[^，。]{0,4}?(?:求援|求救|求助|申诉|投诉|控诉|请求)"
    r"|(?:写信给|致信给?)[^，。]{0,14}?(?:总统|总理|联合国|国会|议会|议员|外交部长|外长)"
    r"|给[^，。]{0,14}?(?:总统|总理|联合国|国会|议会|议员|外交部长|外长)"
    r"(?:写了?|发了?|递交了?)(?:一封)?(?:公开)?(?:信|求助信|请愿书)"
    # Help asked of a foreign state's mission or ministry (向加拿大驻阿斯塔纳大使馆求援,
    # 向土耳其外交部求助): a public appeal as well.
    r"|向[^，。]{0,14}?(?:大使馆|领事馆|总领馆|使馆|外交部)[^，。]{0,4}?(?:求援|求救|求助)"
    # Help asked in public, through social media (在脸书上寻求帮助, 借助网络求助).
    r"|(?:通过|在|借助)(?:社交媒体|社群媒体|社群网站|网络|推特|脸书)[^，。]{0,4}?(?:寻求帮助|求助|求援)"
    # Gathered before an embassy or consulate (聚在中国驻伦敦大使馆前), not queuing at one.
    r"|(?:聚集|齐聚|聚)在?[^，。]{0,14}?(?:大使馆|领事馆|总领馆|使馆)门?(?:前|外|门口)"
    # Open letters, petitions to officials, testimony, photographs held up in public.
    r"|告上(?:法庭|法院)|状告|公开信|联名信|站出来|声援|上访|喊冤|鸣冤|讨说法|抗争|致函|致信|上书|求助信|求救信"
    # Complaints to courts, prosecutors and the UN, testimony to a legislature, speaking up for
    # someone (为被判刑的丈夫发声), appeals in public (公开喊话).
    r"|(?:提交|提出|递交|提起)[^，。]{0,4}?(?:申诉|控告|诉讼|投诉|控诉)"
    r"|(?:国会|议会|听证会|联合国)[^，。]{0,8}?作证|公开喊话"
    # Demanding to be told where the missing are (要求当局公布她弟弟的下落).
    r"|(?:要求|呼吁|敦促)[^，。]{0,10}?(?:公开|公布|交代|说明|告知)[^，。]{0,16}?(?:下落|去向|行踪)"
    # A witness at a legislature's hearing (出席了国会的听证会), told before the testimony.
    r"|(?:出席|参加)了?[^，。]{0,16}?(?:国会|议会)[^，。]{0,12}?听证会"
    # Only 为 (or 替, as Taiwanese outlets write it: 替父亲发声) is the trigger, so that what is
    # spoken up for keeps its own events (为失联亲人发声: the lost contact too).
    r"|[为替](?=[^，。]{0,16}?(?:发声|鸣不平))"
    # Campaigning for someone's freedom (为丈夫的自由奔走), not running about for help (为了他
    # 四处奔走, then held too).
    r"|[为替](?!了)(?=[^，。]{0,16}?(?:自由|释放|获释|公道|平反|清白)[^，。]{0,4}?(?:奔走|奔波|请命))"
    # A press conference called, a vigil held (召开记者会, 举行烛光守夜), words before the UN or a
    # legislature (在联合国人权理事会上发言).
    r"|(?:召开|举行|举办)了?[^，。]{0,4}?(?:记者会|新闻发布会|记者招待会)"
    r"|(?:举行|举办|参加)了?[^，。]{0,6}?(?:守夜|烛光悼念|烛光集会)"
    r"|(?:联合国|国会|议会|听证会)[^，。]{0,10}?[上中](?:发言|讲话|演讲|陈述)"
    # also with what it seeks or its hashtag between (发起了寻找父亲的行动, 发起#X的标签运动)
    r"|发起[^，。]{0,20}?(?:运动|活动|请愿|联署|连署|签名|行动)(?![会员])"
    # The one who started it (艾山是这场网络运动的发起人), not an organisation's founder.
    r"|(?:运动|活动|请愿|联署|连署|签名)的?发起人"
    # Joining a campaign (参与了这场运动, 响应“我也是维吾尔人”运动), not sports (运动会), and
    # a denunciation made (控诉着, Taiwan's 控訴著, 公开控诉), not a group's habit
    # (协助家属作证控诉).
    r"|(?:参与|参加|响应|加入)[^，。]{0,14}?运动(?![会员鞋场])|控诉(?=[着著了])|公开控诉"
    # A denunciation of the state itself (控诉中国当局, 控诉北京, 控诉中国关押), not one a group
    # helps others make (协助家属作证控诉), nor of Chinese people (控诉中国人).
    r"|(?<!被)(?<!作证)控诉(?=[^，。]{0,2}?(?:中共|中国政府|中国当局|当局|北京|中国(?![人籍])))"
    r"|(?:举[着著起了]|高举|手持|手举|拉起)[^，。]{0,8}?(?:照片|标语|牌子|横幅|横额|画像)"
    # Slogans shouted, the streets taken to (在使馆外高呼口号, 带领群众走上街头).
    r"|(?:高呼|高喊|呼喊|齐喊|喊)口号|走上街头",
}


# The event type a trigger tells is its match's lastgroup.
TRIGGER_PATTERN = BranchTable(TRIGGERS)
# What a demand for release asks (呼吁释放, 要求营救, 要求中方放人): it implies the detention.
RELEASE_DEMAND = re.compile(r"释放|营救|放人|放回")
# A passport given back that a relative clause says was taken (领回了被收缴两年的护照).
TAKEN_BEFORE_RETURN = re.compile(r"被(?:没收|收缴|扣押|扣留|收走|拿走)")
# Before a trigger in its clause, these make it a promise, fear or rumour, not an event. Hearsay
# (听说他被判了七年) is how a family learns a fact, not a rumour (传言); a counterfactual
# (如果不是妹妹被带走) presupposes its fact.
# A circumstance the act took place in (在庇护申请还未审理的情况下把他们送回): its words (申请,
# 未经) are no modality of the act.
CIRCUMSTANCE_FRAME = re.compile(r"在[^，。；;]{1,24}?的?情况下")
# The words before camps set up (设立的再教育营): they must tell whom for (为维吾尔人…设立).
CAMP_BUILT = re.compile(r"设立|建立|修建|兴建")
CAMPS_FOR_BEFORE = re.compile(r"为[^，,。；;为]{2,24}$")
# A charge named by its crime (因企图颠覆政权罪被判刑, 以试图分裂国家罪名起诉): the attempt is the
# charge's word, no modality of the act.
CHARGE_NAME = re.compile(r"(?:企图|试图|图谋|阴谋)[^，,。；;、]{1,12}?罪")
MODALITY = re.compile(
    # An estimate of how many (可能有上百万人被关押) hedges the number, not the detention.
    # A bare 若 is 如果 in written reports (若8月10日期满仍不放人), not 若干 (some).
    r"如果(?!不是)|若(?!干)|可能(?!有(?:多达|高达|超过|逾|约)?[0-9一二两三四五六七八九十百千万几数上])"
    r"|将会|或将|或已|担心|害怕|恐怕|以免|否则|如若|会被"
    # Conditions of what happens to anyone: 一旦被带走, 只要被送去学习.
    r"|一旦|只要"
    r"|应该"
    r"|是否|不让|不准|不得|要求你们|禁止|应当|应立即|必须|敦促|促请|应$|请求"
    # In case, supposing; what one would rather, or dreamt (宁愿自己坐牢, 梦见母亲获释); what one
    # assumes (假设她被关在看守所).
    r"|万一|假如|假若|假使|倘若|倘使|宁愿|宁可|梦见|梦到|梦想|假设|假定"
    # A rhetorical question (难道他也被抓了吗): asked, not told.
    r"|难道"
    # A question whether it happened (弟弟会不会已经被判刑, 有没有被判刑): asked, not told.
    r"|会不会|有没有"
    # Questions of when it may yet be, or whether (不知道父亲何时才能恢复自由, 能否获释): not yet
    # so. Not when it was (不清楚他何时被捕): that presupposes it.
    r"|(?:何时|什么时候|哪天|哪一天)才?(?:能|会|可以|可)|能否|能不能|可否"
    r"|申请|希望|争取"
    # What a place of detention can hold (该营地可关押上万人, 监狱足以容纳): its size, no one held.
    r"|(?:营|营地|监狱|看守所|中心|设施|楼)[^，,。；;]{0,6}?(?:可以?|能够?|足以|足可)$"
    # Denials, questions, guesses, checks and intentions: 当局否认拘押他, 是不是被送到,
    # 推测是被送进, 要记者求证他死亡的消息, 还想把丈夫关进监狱.
    r"|否认|是不是|推测|猜测|疑似|疑遭|疑被|企图|试图|打算|想要|还想|想把|准备把|计划把|想过|求证"
    # Suspicions (怀疑父亲已经死亡), not one suspected of something (被怀疑…而被捕), and what could
    # only then be (要活到90岁才可出狱, 要学满一年方能获释).
    r"|(?<![被受遭])怀疑|才可|方能|方可"
    # What one does not want: 他们不想去坐牢.
    r"|不想|不愿"
    # What one faces or may suffer: 面临重判, 恐遭处决; also 恐 right before a trigger that
    # holds its own 遭 or 被 (父亲恐遭判刑, 恐被关押). What is not ruled out (不排除母亲已被
    # 关押) and what one hopes for (盼当局释放哥哥, Taiwan's 盼 for 希望) are not told either.
    r"|面临|恐遭|恐将|或遭|恐已|疑已|或许|也许|(?<![惊惶])恐$|不排除|盼"
    # Rumours, promises, what was avoided or nearly happened: 有传言说, 承诺, 避免被捕, 差点被捕;
    # Hong Kong's bare 有传 (有传他已死) is 有传言 (not 有传统).
    r"|传言|谣传|传闻|据传|网传|有传(?!统|承|授|递|播|达)|承诺|答应|许诺|避免|防止|免得|差点|险些"
)
# A death reported and then denied, in its sentence or the next: 传出他在狱中去世的消息，但当局
# 否认了这一说法. Not a denial of something else (当局否认他遭到虐待). One told as still alive is
# STILL_ALIVE's.
DEATH_DENIED_AFTER = re.compile(
    r"(?:否认|澄清|驳斥)[^，,。；;]{0,12}?(?:死讯|已经?死|死亡|去世|身亡|说法|传言|传闻|消息)"
    r"|(?:死讯|说法|传言|传闻|消息)[^，。；]{0,6}?(?:不实|是假的|为假|不属实|是谣言|系谣言|纯属谣言)"
    r"|辟谣"
)
# A sentence that only denies the one before it (这根本不是事实。此说纯属捏造。), the way an
# official's reply answers a claim it has just told: what that claim says is denied, not told.
DENIAL_SENTENCE = re.compile(
    r"\s*[“「]?(?:这|此|以上|上述|这些|这种)?(?:说法|指控|报道)?(?:根本|完全|纯属|并|绝)?"
    r"(?:不是事实|并非事实|不符合事实|与事实不符|是捏造的?|是谣言|是编造的?|纯属捏造|纯属谣言|纯属编造)"
    r"[。！!]"
)
# Trainees in general said to have graduated (教培中心学员已全部结业): the state's word about
# everyone it held, of no one the text names.
TRAINEES_BEFORE = re.compile(r"学员们?(?:已经?|均|都|全部|全都|陆续|先后)*$")
# A trigger quoted as "so-called" (所谓“失联”人员, 所谓“结业”): the writer disputes the word,
# whichever side writes it; what it names is not told as a fact.
SO_CALLED_BEFORE = re.compile(r"所谓的?\s*[“「‘『\"]$")
# Said to be alive: a death told of the same one is denied (events.alive_subjects).
STILL_ALIVE = re.compile(r"(?:还|仍|仍然|依然|依旧|尚)(?:活[着著]|在世|在人世)")
# A protest an accuser says someone took part in (当局指称他参与…运动): the charge, not a
# protest the text reports.
ACCUSED_BEFORE = re.compile(r"(?:指称|指控|声称|诬称|诬陷|控告)[^，。；]{0,6}$")
# Triggers that may stand before a kin word as its description (失踪亲友, 失联家人): the kin
# are their subject, and a demand or wish before them does not hedge them.
KIN_COMPOUND_TYPES = frozenset({"disappeared", "contact_lost"})
# A protest one reposted (她转发了关于各地抗议活动的帖子): others' protest, not hers.
REPOSTED_BEFORE = re.compile(r"(?:转发|转载|转贴|转帖|转推)(?:了|过)?[^。；;！？!?]{0,30}$")
# A call for sanctions or for a policy to be weighed (呼吁对官员实施制裁, 敦促政府考虑制裁): a
# demand on a state's policy, no protest for people held; not when a release is asked too.
POLICY_CALLED_FOR_AFTER = re.compile(
    r"(?![^，,。；;]{0,24}?(?:释放|放人|获释))[^，,。；;]{0,16}?(?:制裁|禁运|抵制奥运)"
)
# The matter of an allegation or an inquiry, opened by 有关 or 关于 (就有关当局拘押少数民族的
# 指控进行调查): what is alleged or looked into, no event the text tells.
ABOUT_BEFORE = re.compile(r"(?:有关|关于)[^，,。；;有关于]{0,12}$")
ALLEGATION_AFTER = re.compile(r"[^，,。；;“”「」]{0,16}?的(?:指控|指责|控诉|调查|质询)")
# An order to do the act (下令逮捕, 命令手下拘留, 亲自指示拘押): who orders it is its doer.
ORDER_GIVEN_BEFORE = re.compile(r"(?:下令|下达命令|命令|指示|授意|责令)[^，,。；;！？!?被遭]{0,6}$")
# The sentence served, told by a verb of holding right after the verdict in the same clause
# (判了重刑关押至今, 判刑后一直关押): the sentence, not one more detention.
VERDICT_SERVED_BEFORE = re.compile(
    r"判(?:处|决)?了?(?:重刑|刑罚?|死缓|无期徒刑|[^，,。；;与和及]{0,6}?(?:年|徒刑))"
    r"(?:之?后|以后)?(?:一直|至今|仍|仍然|并|而)?(?:被)?(?:在[^，,。；;]{0,8}?)?$"
)
# A purpose, unless a result follows it: 为了能与家人重新取得联系 is a goal; 为了和家人联系而
# 被捕 a fact.
PURPOSE_BEFORE = re.compile(
    r"为了(?:能够?|让|使|早日|尽快|与|和|跟)[^而，。]*$"
    # What a practice or policy is for (这种做法的目的是恐吓海外维吾尔人, 旨在威慑): its aim.
    # Not what a place is used for (设营用以关押…): that tells who is held there.
    r"|(?:目的|用意|意图)(?:是|在于|就是)[^，。]{0,4}$|(?:旨在|意在)[^，。]{0,4}$"
)
# A threat's consequence (CONSEQUENCE), said after a condition: the condition is the threat's,
# not a hedge on it; one who only fears it (担心家人会有麻烦) was not threatened.
CONSEQUENCE = re.compile(
    r"承担(?:一切)?后果|后果自负|有麻烦|付出代价|吃苦头|(?:不会|没)有好下场|严肃处理|严厉处理|严惩"
)
THREAT_CONDITION = re.compile(r"如果|若|要是|一旦|否则|不然|要不")
OTHERWISE = re.compile(r"否则|不然|要不")
FEAR = re.compile(r"担心|害怕|恐怕|怕|忧虑|担忧")
# Relations of one generation: two kin words of one generation joined by 和 share their owner.
KIN_GENERATIONS = {
    **dict.fromkeys(("brother", "sister", "sibling"), "siblings"),
    **dict.fromkeys(("father", "mother", "parent"), "parents"),
    **dict.fromkeys(("son", "daughter", "child"), "children"),
}
# A trigger heading a noun for cases of its kind (强迫失踪报告, 死亡案例, 拘押现象) speaks of such
# cases in general, not of something that befell someone.
KINDS_OF_CASES_AFTER = re.compile(
    r"(?:报告|案例|个案|现象"
    # A policy, a system or a task named by the act (主导拘押政策, 负责关押工作的官员): of no one.
    r"|政策|制度|措施|工作|体系|机制)"
)
# Watching, as a threatened trigger reads it (受到警方监视, 被跟踪).
SURVEILLANCE = re.compile(r"(?:监视|监控|跟踪|盯梢)")
# A return told without its object, after 才, 又 or 已 (去年才被归还).
RETURNED_AT_LAST = re.compile(r"被?(?:归还|发还|退还|还回|交还)")
# People already held, whose watching is their custody's (看守监视着囚犯): no threat made to them.
HELD_PEOPLE = re.compile(
    r"[^，。；]{0,4}?(?:囚犯|犯人|服刑人员|在押人员|被拘留者|被关押者|被拘押者|学员)"
)
# A report of it called false after the trigger (他母亲获释的消息是假的, 已经获释的说法不实); the
# trigger may end before its verb does (被关|押的说法纯属捏造, 被抓|走的传言不实), or before
# its object (拘押|一百万人的说法纯属捏造).
FALSE_REPORT_AFTER = re.compile(
    r"[^，,。；;的]{0,10}?的?(?:消息|说法|传言|传闻|报道|报导)[^，。；]{0,6}?"
    r"(?:不实|是假的|为假|不属实|是谣言|系谣言|纯属谣言|是捏造的?|纯属捏造|均为捏造)"
)
# A release waited or hoped for (等待当局将她释放出来, 盼着儿子早日出狱) has not happened.
# A term served and yet no release (她八年刑满，监狱却没有放人; 刑满后仍没有获释): the end
# of the term is told, the release denied.
RELEASE_DENIED_AFTER = re.compile(
    r"[^。；;！？!?]{0,30}?(?:并未|并没有|没有|没|未|仍未|仍然没有|仍没有|迟迟未|迟迟没有|却未|却没有)"
    r"[^，,。；;]{0,12}?(?:释放|放人|获释|出狱|放出来|放回)"
)
AWAITED_BEFORE = re.compile(
    r"(?:等待|等着|等候|盼望|盼着|期盼|期待|预期|预计|期望)[^，,。；;]{0,20}$"
)
# News of an event that did not come (久久没有等到哥哥出狱的消息): the text does not tell the event.
NEWS_NOT_HAD_BEFORE = re.compile(
    r"(?:未|没有|没|从未|尚未)(?:能)?(?:得到|收到|听到|获得|接到)[^，,。；;]{0,16}$"
)
NEWS_AFTER = re.compile(r"的?(?:消息|通知|音讯)")
# A release demanded in the trigger's clause (要求当局交代他的下落并立即让他无罪释放): asked for.
DEMANDED_BEFORE = re.compile(r"(?<!被)(?:要求|呼吁|敦促|促请|吁请|恳请|恳求)")
# A clause that is one more item of a demand the clause before makes (促请当局停止打压，立即释放
# 所有被拘留者): only joining words and urgency stand before its release.
DEMAND_ITEM_OPENING = re.compile(
    r"\s*(?:并且?|和|及|以及|同时|也|还)?\s*(?:(?:立即|立刻|马上|尽快|无条件地?|一律)\s*)*"
)
# Before a trigger in its clause, these tell it as a second time: 再次被关进去, 第二次被带入.
REPEATED = re.compile(r"再次|再度|又一次|第二次|第三次|重新|又被|又遭|又把|又将|再被")
# Before a trigger in its clause, these tell it as the first time (警察第一次把他抓走, 首次被捕):
# a fact apart from one told as again.
FIRST_TIME = re.compile(r"第一次|首次|头一次|第一回")
# A call or a saying between a word of repetition and the trigger is what is repeated (再度呼吁
# 北京停止骚扰: the call, not the harassment).
REPEATED_OTHER_ACT = re.compile(
    r"(?<!被)(?:要求|呼吁|敦促|促请|吁请|批评|谴责|表示|强调|重申|指出|说)"
)
# 被警察威胁送进精神病院, 警告她“再戴就抓人”: what is threatened has not happened.
THREAT_BEFORE = re.compile(
    r"(?:威胁|恐吓|扬言|警告)(?:[^，。]{0,2}|[^，。“「『]{0,12}?[“「『][^”」』]*)$"
)
# Home at last (终于归来) is a release only after a time held: 被困近18个月后终于归来, not
# 留学五年后终于回来.
HOME_AT_LAST = re.compile(r"(?:终于|终|才得以|得以)(?:归来|回到家|回家|返家|回来)")
HELD_BEFORE = re.compile(r"关|押|禁|困|囚|拘|营|狱")
# 土地都被没收了, 没收了她的退休金: property taken, not a passport.
PROPERTY = "土地|财产|房子|房产|房屋|积蓄|存款|退休金|收入|保险|资产|牲畜"
PROPERTY_BEFORE = re.compile(rf"(?:{PROPERTY}|手机|电脑|书籍|现金|钱财)[^，。；]{{0,4}}$")
PROPERTY_AFTER = re.compile(rf"了?(?:[^，。；]{{0,6}}的)?(?:{PROPERTY})")
# The people a trigger's noun counts, listed after it (被捕者包括多名维吾尔族学者, 被关押者中有…).
MEMBERS_AFTER = re.compile(r"(?:留|押|禁)?者(?:中|当中)?(?:包括|有)")
# 带走了他的手机, 扣留了货物: things taken, not a person.
THINGS_AFTER = re.compile(
    r"了?(?:[^，。；]{0,4}的)?(?:手机|电脑|书籍|书本|物品|财物|财产|东西|文件|资料|货物|现金|存款"
    r"|车辆|汽车)"
)
# A quoted charge or order (以“不准移民”为由被捕) is not the report's own modality.
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
# Pressure on a state, not on a person: 国际施压, 向哈萨克斯坦施压, 哈萨克斯坦政府受到施压.
# A warning a named person utters (艾山曾警告，当局……): words said, not a threat to them.
WARNING_UTTERED = re.compile(r"警告(?:说|称|道)?[，,:：“「]")
PASSIVE_IN_CLAUSE = re.compile(r"被|遭|受到|收到")
STATE_PRESSURE_BEFORE = re.compile(
    r"(?:国际社会|国际|外交|经济)[^，。的]{0,6}$|"
    # The world's attention and pressure on a matter (国际社会对…的持续关注和施压).
    r"(?:国际社会|各国|西方国家)[^，。被遭]{0,24}(?:关注|关切|谴责|批评)和$|(?:向|对)[^，。]{0,8}?(?:斯坦|政府|当局|国|方)$"
    r"|(?:政府|当局)[^，。]{0,8}?(?:受到|遭到)[^，。]{0,6}$"
)
# 他们的生命受到威胁: a danger to life, rights or safety, not a threat made to a person.
ENDANGERED_BEFORE = re.compile(
    r"(?:生命|性命|安全|人权|健康)(?:都|也|将|会|可能|正)?(?:受到|遭到|面临|收到)?$"
)
# 还没有把她关进: a negated act on a named object.
NEGATED_OBJECT = re.compile(r"(?:没有|没|未|不)[把将][^，。]{0,14}$")
# 冒着被送入营的风险, 有被遣返的危险: the trigger names a risk, not an event.
RISK_AFTER = re.compile(r"[^，。；：]{0,8}?的?(?:风险|危险)")
# A bare 后 closing a clause (订婚后，): within a sentence's date frame, no break of its own.
CLAUSE_AFTER = re.compile(r"后[，,]|[，,]\s*后")
# The next item of a list of people (，以及 or ，还有 and a name): a break, unless the list ends
# in one predicate all share, told as at once or in turn (…，以及C，几乎同时被捕; …还有C，都被
# 带走; …以及C，先后被判刑): the date opening the list dates each of them.
LIST_ITEM_BREAK = re.compile(r"[，,]\s*(?:以及|还有)")
SHARED_BY_LIST = re.compile(
    r"\s*(?:也|则|又)?(?:都|均|皆|全都|全部)?(?:几乎|差不多|基本上?|大致|大约)?"
    r"(?:同时|同一天|同日|当天|一同|一起|一并|一道|先后|相继|都|均|皆|全都|全部)"
)
# Taken away until now (被带走至今，下落不明; 被捕至今音讯全无): 至今 right after the taking says
# since when the whereabouts or the contact are unknown, not another time.
TAKEN_UNTIL_NOW = re.compile(
    r"(?:带走|抓走|押走|带去|被捕|被抓|被拘|拘留|拘押|关押|羁押|逮捕|抓捕|失踪|失联)\s*(?:至今|迄今)$"
)
# Between a date and a later trigger, these say the trigger happened at another time.
SEQUENCE_BREAK = re.compile(
    # Not how long a gap lasted before a first time (失联三年后首度通话 is dated by the call).
    r"然后|后来|之后|其后|直到|以后|后[，,]|[，,]\s*后|(?:年|月|天)[半多]?后(?!首度|首次|第一次|头一次)"
    r"|事隔|时隔|相隔"
    r"|[。；]|[对向][^，。]{1,4}说|表示|告诉|透露|证实|估计|至今|仍|现为|目前|多年|(?:得知|获悉|听说|才知道).*已"
    # A time of its own, near now (年初被扣留，最近得知父亲去世, 近年多次被扣留).
    r"|最近|近日|近期|近来|近年|日前"
    # Before that (周二获释，他此前被关押了两年): the event came before the date, not at it.
    r"|此前|先前|早前|在此之前|在这之前"
    # The next item of a list of people, each with his own clause (2010年被判刑的学者艾山，
    # 以及因写诗被判刑的诗人吐尔洪): the first one's date is not the next one's.
    r"|[，,]\s*(?:以及|还有)"
    # A contrast that turns to someone else, 则 marking the new one (父亲5月获释，但母亲则被
    # 判刑): what befell the other one is not dated by the first one's clause.
    r"|[，,]\s*(?:但是?|而|可是|不过)[^，,。；;]{0,12}?则"
    # A demand (抗议，要求释放被关押的母亲) is about what came before; 被要求 is being made to,
    # and 根据北京的要求 a request as the reason for what follows, no break; nor is an order to
    # hand papers in (自去年起，警方要求牧民交出护照): that is the confiscation itself.
    r"|(?<![被的])要求(?![^，,。；;]{0,24}?(?:上交|交出|上缴|缴出|交回))|呼吁|敦促|促请|吁请"
)
# Learning of it later: 上个月才得知哥哥被判刑 (the date is when it was learned).
# Also through someone or somewhere between (才通过中国使馆得知, 去年经朋友获悉哥哥被判刑).
LEARNING = re.compile(
    r"才[^，。；]{0,14}?(?:得知|获悉|听说|知道|获知)|(?:得知|获悉|听说|获知).{0,12}已"
    r"|(?:通过|经由|经过|经|从)[^，。；]{1,12}?(?:得知|获悉|获知)"
)
# Word the report itself calls unconfirmed (有未经证实的说法称，…): it governs all that the
# sentence tells after it, however many clauses on.
UNCONFIRMED = re.compile(r"未经证实|未获证实|未经核实")
CONDITION = re.compile(
    r"如果(?!不是)|若是|若能|若(?!不是)|要是|一旦|只要|否则|很可能|可能会|将会"
    # In case, supposing (万一他被遣返，…; 假如她回国，…).
    r"|万一|假如|假若|假使|倘若|倘使"
    # A rumour or a promise that governs the clauses after it: 有传言称，…; 当局曾承诺，….
    r"|传言|谣传|传闻|网传|据传|盛传|外传|承诺|许诺"
    # Hong Kong's "there is word that": 有消息指，….
    r"|消息指"
)
# 并没有遭到逮捕: a denial may stand before 遭到 or 被; so may 能 or 得以 after it (至今未能获释,
# 始终没能获准出境, 没能等到出狱).
NEGATION_BEFORE = re.compile(
    r"(?:未|没有|没|不|并未|尚未|从未|不曾|不再|免于|免遭|逃过|以防)(?:会|曾|能够|能|得以)?"
    r"(?:等到)?(?:被|遭|遭到|遭受|受到)?$"
)
# 并未于去年5月释放他: a denial whose time stands between it and the verb (未 alone only before
# 在/于, since 未来两年内 is no denial).
NEGATION_THEN_TIME = re.compile(
    r"(?:并未|没有|尚未|从未|不曾|未(?=[在于]))[在于]?[^，。；把将]{0,8}?[年月日号天周]$"
)
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
CONNECTORS = re.compile(r"^(?:和|及|与|以及|跟|、|，|,|双双|都|也|还有)*$")
# A name followed by these is the speaker of what follows: 王律师表示，……, 努尔兰又说; a Latin
# form in an unclosed bracket may stand between (努尔兰(Nurlan 对本台表示).
SPEAKER_AFTER = re.compile(
    r"\s*(?:[(（][^)）]{0,40}[)）]|[(（][A-Za-z .'’-]{1,40})?\s*"
    # The day may open a scene of speaking (昨天在记者会上回答提问时说).
    r"(?:昨天|昨日|今天|今日|日前|近日|周[一二三四五六日天])?"
    r"(?:对[^，。]{0,6}|向[^，。]{0,6}|与[^，。]{0,6}|在[^，。]{0,12}|在[^，。]{0,24}?(?:时|上|中))?"
    # A spokesman's day and answer may stand between (发言人汪某周二回应称).
    r"(?:周[一二三四五六日天]|昨天|昨日|今天|今日|日前|近日|[0-9０-９]{1,2}日)?"
    r"(?:又|还|也|则|亦|更|曾|再次|进一步)?(?:提醒|强调|补充|回忆|解释|回应|回答|答复)?"
    # Shared with a reporter (与记者分享了父亲获释的经过) is told as well.
    r"(?:说|告诉|表示|称|透露"
    r"|指出|讲述|形容|分享"
    # A statement issued (国务卿发声明指, 发表声明称, 发布推文说): what it says follows.
    r"|(?:发表?|发布|发出)了?[^，。]{0,4}?(?:声明|谈话|推文)(?:指出?|称|说|表示)?)"
)
# A day between a speaker and the verb of saying (艾力星期三告诉记者); matches empty.
WEEKDAY = re.compile(r"(?:(?:本|上)?(?:星期|周|礼拜)[一二三四五六日天]|昨天|今天|日前|近日)?")
# A name followed by these learned or believes what follows: 他的家人从朋友处获悉……,
# 她发现哥哥被关, 他相信……被关押.
LEARNER_AFTER = re.compile(
    r"\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:从[^，。]{0,12}|通过[^，。]{0,12})?"
    r"(?:后来|最近|才|也|都|终于)?(?:得知|获悉|获知|听说|被告知|发现|相信|认为|估计|猜测)"
)
# One who accuses or condemns (抗议民众指控中国策划了一名公民的失踪, 她谴责当局拘押) is no
# subject of what the accusation tells, whoever is named in it or not.
ACCUSER_AFTER = re.compile(r"\s*(?:也|还|又|则|都)?(?:指控|指责|谴责|控告|怒斥|斥责|批评)")
# Heads of a relative clause that speak of people in general: 被关押的人, 恢复联系的家庭.
AGENT_AFTER_PLACE = re.compile(r"(?:当局|政府|警方|官方|公安|警察|法院|国安|外交部|媒体|官员)")
GENERIC_HEAD = re.compile(r"(?:人|人员|家庭|家属|群体|人们|民众|妇女们|女性|男性|男子们)")
SPEECH = re.compile(r"说|告诉|表示|称|讲述|透露|对本台|对记者|向记者|回忆")
# Also a testimony's 我 with the teller's name in brackets (我（努尔兰·别克）于1980年出生).
FIRST_PERSON_NAME = re.compile(r"我(?:的)?(?:名字)?叫|我是|我\s*[(（](?=[^)）]{2,40}[)）])")
FIRST_PERSON_IN_SENTENCE = re.compile(r"我(?!们)")
# Another one, unnamed, brought in by a description (另一位住在德国的商人): a 他 or 她
# after it in its sentence stands for that one, not for anyone named before.
UNNAMED_ONE = re.compile(
    r"另一(?:位|名|个)[^，。；;！？!?、]{0,16}?"
    r"(?:父亲|母亲|男子|女子|男人|女人|妇女|老人|学生|青年|商人|人士)"
)
# 我 (not 我们) in the clause before a bare relation word: the word is the speaker's.
FIRST_PERSON_IN_CLAUSE = re.compile(r"我(?!们)[^，,。；;：:！!？?“”「」『』\n我]*$")
# A suspended death sentence (死缓) is counted as life, as it is commuted to life.
LIFE_TERM = re.compile(r"无期徒刑|终身监禁|终生监禁|无期|死缓|终身|死刑[，,]?\s*缓期")
# A term cut or changed to another (无期徒刑减为20年, 改判为15年): both terms were given.
REDUCED_TERM = re.compile(rf"(?:减至|减为|减到|减刑至|减刑为|改判为?)\s*(?P<number>{NUMBER})\s*年")
DEATH_SENTENCE = re.compile(r"死刑")
# Not a number's tail (第二年 "the next year", 十二年), nor a year of time described by what
# precedes it (判刑最多的一年).
YEARS_AFTER = re.compile(
    rf"(?<![第的0-9０-９零〇一二两三四五六七八九十百千万])(?P<numbers>(?:{NUMBER})(?:\s*(?:年)?\s*(?:及|和|与|、|或)\s*(?:{NUMBER}))*)\s*年(?:的)?"
    r"(?!代|前|后|来|底|初|中|间|级|轻|龄)"
)
# A clause with a sentence verb of its own between a trigger and a term: the term is that
# clause's (三名维吾尔人被判刑，其中艾山被判了20年); not one of the same people's terms (兄弟俩
# 被判刑，分别被判处十年和十五年), nor a clause that opens on the verb, with no subject of its
# own, to tell the term of the same verdict (被判刑，判处有期徒刑十年).
ANOTHER_SENTENCE_BETWEEN = re.compile(
    r"[，,；;](?!\s*(?:分别|各自|各|都|均|也|则))"
    r"(?!\s*(?:并|遂|最终|最后|随后|后)?\s*(?:被|获)?(?:判处|判了|判刑|判决|获刑))"
    r"[^，,；;。]*?(?:被判|判处|判了|获刑)"
)
# The first and the second of two persons just named (前者被判15年，后者被判8年).
FORMER_OR_LATTER = re.compile(r"前者|后者")
# The prison words an active 判处 puts after its objects (法院判处艾山、阿里木有期徒刑10年): the
# term they open is the sentence's, however long the list of names before them.
PRISON_TERM_OBJECT = re.compile(r"有期徒刑|徒刑|监禁")
# A term of years, whether or not its number is told (as against 无期徒刑, a life term).
FIXED_TERM = re.compile(r"有期徒刑")
# A term right after the sentencing verb and closed by 后 (听说丈夫被判了7年后): the clause is
# "after being sentenced to N years", not "N years later", which YEARS_AFTER leaves out.
TERM_THEN_AFTER = re.compile(
    rf"判(?:处|刑|了)?\s*(?P<numbers>{NUMBER})\s*年(?:徒刑|监禁)?(?:之)?后"
)
RANGE_TERM = re.compile(rf"(?:{NUMBER})\s*年?\s*(?:至|到|-|~)\s*(?:{NUMBER})\s*年")
# An age that opens the next of coordinated names (30岁的艾山和25岁的阿里木): no break in the list.
AGE_MODIFIER = re.compile(rf"(?:{NUMBER})\s*多?\s*岁的")
COUNT_BEFORE = re.compile(rf"(?P<count>{NUMBER})\s*(?:多)?\s*(?:个|名|位|口|人)?$")
# How many people one has (有十几人, 先后有逾30名): the count and who is counted.
COUNTED_PEOPLE_HELD = (
    r"(?:已经|已|先后|共|一共|总共|至少)?有(?:超过|逾|近|约|将近|至少)?"
    rf"(?P<counted>(?P<count>{NUMBER})\s*(?:多|几|余)?\s*(?:个|名|位)?人)"
)
# Between a person and one named after whom the person turns to, asks or writes (向协会负责人,
# 找到律师, 写信给议员): short, with no clause break.
ADDRESSED_AFTER_SUBJECT = re.compile(
    r"[^，,。；;！？!?“”「」]{0,6}?(?:向|找到|找|写信给|致信)[^，,。；;！？!?“”「」]{0,12}"
)
# Its longest match: only names that near can be the one turned to.
ADDRESSED_AFTER_SUBJECT_LONGEST = longest_match(ADDRESSED_AFTER_SUBJECT)
# People counted among a family or relatives, after its word (他的家族中已有二十多人失踪, 她的亲属
# 当中先后有五人被捕): that many of the relatives, not the whole family.
COUNTED_AMONG_KIN_AFTER = re.compile(rf"(?:当中|中|里){COUNTED_PEOPLE_HELD}")
# The same counted in a named person's household (艾山家中有五人被捕, 古丽家里先后有三人被带走):
# those relatives, not the person. Not a household's size (家里有五口人).
HOUSEHOLD_COUNT_AFTER = re.compile(rf"的?家(?:中|里)?{COUNTED_PEOPLE_HELD}")
CHANNELS = {"微信": "wechat", "WeChat": "wechat", "电话": "phone", "手机": "phone"}
ABROAD_WORDS = re.compile(r"海外|境外|国外|流亡|在外|旅居|离开")
# A verb and 者 after a kin word name those who do it (与境外亲戚通话者, 向家属报信者), not
# the relatives (not 亲属是受害者, nor nouns in 者: 儿子告诉记者, 父亲或者母亲).
DOER_AFTER = re.compile(
    r"(?![是为和及与、])[^，。；;,、\s的是为]{1,4}(?<![记学作患读长使或再笔译编])者"
)
# 家庭 as the modifier of a household's thing or role (家庭住址, 家庭安全, 家庭主妇, 家庭背景):
# the home, not the family as people something happened to.
HOUSEHOLD_THING_AFTER = re.compile(
    r"住址|地址|安全|主妇|背景|出身|教育|暴力|作坊|农场|旅馆|电话|用品|聚会|医生|经济|收入"
)
# Words that make the people after them many: 许多海外维吾尔人, 不少哈萨克人, 那些哈萨克人,
# 多位哈萨克人; several are a group too (数名在德国的哈萨克人).
MANY_BEFORE = re.compile(
    r"(?:许多|很多|不少|无数|众多|大批|大量|一些|有些|那些|这些|成千上万|数以[百千万]计"
    r"|多[位名]|数[十百千]名?|数[名位]|几[名位])的?[^，。；;]{0,6}$"
)
GROUP_QUALIFIERS_ABROAD = re.compile(r"(?:海外|境外|国外|流亡|在外|旅居)[^，。]{0,4}$")
# A country a group is said to live in (旅居哈萨克斯坦的新疆哈萨克人): it is their home now,
# over the unit of China they come from.
LIVING_IN_BEFORE = re.compile(r"(?:旅居|侨居|定居|居住在|住在|生活在|移居)$")
# A space between Han characters separates the phrases of a headline, also before a phrase
# opening with a count in digits (…被带走 12名孙子下落不明); not before a year or an age
# spaced out (于 2014 年, 28 岁).
HEADLINE_SPACE = re.compile(
    r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff]|[0-9]{1,3}(?:个|名|位|人|口))"
)
# A term in brackets right after a name in a list (艾山（15年）、阿里木（无期）).
BRACKETED_TERM = re.compile(
    rf"\s*[(（]\s*(?:(?P<number>{NUMBER})\s*年(?:有期徒刑|徒刑|监禁)?|(?P<life>无期徒刑|无期))\s*[)）]"
)
BRACKETED = re.compile(r"\s*[(（][^()（）]{0,40}[)）]\s*")
# Characters with which 外 ends a word (国外, 海外, 此外): a kin word opening with 外 (外公, 外母)
# is not read after them (在海外母亲… is 海外 and 母亲).
ENDS_WITH_WAI = "国海境另此以之对中内意额场户野门窗城域号格分"
# (The look-behind comes after 外, so that every alternative opens with a character: the regular
# expression engine then skips ahead by first characters, 30 times faster.)
RELATION_ALTERNATIVES = "|".join(
    f"外(?<![{ENDS_WITH_WAI}]外){word[1:]}" if word.startswith("外") else word
    for word in sorted(RELATIONS, key=len, reverse=True)
)
RELATION_PATTERN = re.compile(RELATION_ALTERNATIVES)
RELATION_AFTER = re.compile(rf"的?(?:{RELATION_ALTERNATIVES})")
# 她是学者艾山的女儿: the one named is whose relative the pronoun's person is, so the next 她
# is still that person (KIN_OF_NAMED_AFTER reads the kin word after the name).
PRONOUN_IS_KIN_OF = re.compile(r"[他她]是[^，,。；;：:]{0,16}$")
KIN_OF_NAMED_AFTER = re.compile(rf"的(?:{RELATION_ALTERNATIVES})")
# 她们在新疆的丈夫: the pronoun owns the relation after a place.
OWNED_RELATION_AFTER = re.compile(
    rf"的?(?:在?[^，。的]{{1,8}}的)?(?:(?:{NUMBER})多?[个名位]?)?(?:{RELATION_ALTERNATIVES})"
)
# 其后, 其间 (afterwards, meanwhile), 其中, 其他, 尤其, 莫名其妙, 美其名 are not pronouns; nor are
# 他族, 他国, 他乡 ("other peoples, countries, lands").
PRONOUN_PATTERN = compile_prefiltered(
    r"他们|她们|我们|他(?![族国乡])|她|(?<![尤极与名美])其(?![他中次实余它后间妙数])|自己|我"
)
# 两人都被判刑, 二人先后被捕: a count of persons the report has just named, each in a clause of
# their own (X在医院工作，他的妻子Y在学校教书，两人都被…); read as 他们 limited to that many.
# Also as the owners of their papers (两人的护照都被没收), as 他们的护照 is read.
COUNTED_PERSONS = compile_prefiltered(
    r"(?<![0-9一二两三四五六七八九十百几多每个这那])(?P<count>两|二|三)人"
    r"(?=都|均|皆|也|先后|同时|一起|一同|分别|被|遭|的(?:护照|身份证|证件|绿卡))"
)
# The same counted people as the object closing a clause of release (要求释放两人。, 放了这二人):
# the ones named before, as 他们 would be.
RELEASED_COUNTED_PERSONS = re.compile(
    r"(?<=释放|放了|放出)(?:这|此)?(?P<count>两|二|三)人(?=[，,。；;！!？?”」]|$)"
)
# After these, an ethnic word is an adjective (维吾尔文化), not a group.
ADJECTIVE_USES = {
    "自治",
    "语言",
    "文化",
    "地区",
    "权利",
    "宗教",
    "身份",
    "身分",
    "传统",
    "政策",
    "问题",
    "人权",
    "社会",
}
# What a person owns that tells the event befell that person (艾山的下落不明, 她的护照被没收):
# after these, X的 is the subject, not an owner.
OWN_FATE_AFTER = re.compile(rf"的(?:死讯|下落|去向|行踪|生死|遭遇|消息|{PAPERS}|出国|出境)")
# Single kin characters listed with a stop: 父、母和弟弟.
LISTED_KIN = re.compile(r"[父母兄弟姐妹哥]、[父母兄弟姐妹哥]")
# Relatives listed one after another (两个舅舅和一个姑妈，还有表兄妹), as the gap between two of
# them reads once their counts are set aside; a count after the last and 等 (等15个人) counts
# them all.
KIN_LIST_GAP = re.compile(r"(?:[和及与、，,]|以及|还有|另有|另外|其)+")
KIN_LIST_COUNT = re.compile(rf"(?:{NUMBER})(?:多|余)?(?:个|名|位)?(?:人|亲人|亲属|亲戚)")
# 父母及其他亲人: "other" relatives listed after a relation share its owner and are relatives
# beyond that relation, not the whole family.
# Some of the family (部分家人, 一些亲人) are relatives beyond those named, as 其他 are.
OTHER_RELATIVES_BEFORE = re.compile(
    r"(?:和|及|与|以及|、|还有)?(?:其他|其它|其余|部分|部份|一些)的?$"
)
# Others' families joined by someone (与其他家属一起抗议, 和别的家属一道): the families of other
# people, no kin of the one who joins them.
OTHER_FAMILIES_WITH = re.compile(r"(?:与|和|跟|同)(?:其他|其它|别的|另外的?)的?$")
TOGETHER_WITH_AFTER = re.compile(r"(?:们)?(?:一起|一道|一同|共同)")
RELATION_BEFORE = re.compile(rf"(?:{RELATION_ALTERNATIVES})$")
OWNER_OF_RELATIVE = re.compile(rf"的(?:{NUMBER})?多?[个名位]?(?:{RELATION_ALTERNATIVES})")
# Headlines and captions leave out 的 (古丽父母被羁押): a name right before a kin word of two or
# more characters owns it. Not words for a pair or a set the person is one of (艾山夫妇, 古丽姐妹),
# nor one-character words, which may end a name cut short.
KIN_OF_THEIR_OWN_SET = {"夫妇", "夫妻", "兄弟", "姐妹", "姊妹", "兄弟姐妹", "兄弟姊妹", "手足"}
OWNER_OF_RELATIVE_WITHOUT_DE = re.compile(
    "|".join(
        sorted(
            (word for word in RELATIONS if len(word) > 1 and word not in KIN_OF_THEIR_OWN_SET),
            key=len,
            reverse=True,
        )
    )
)
# Pronouns that own a relation word, perhaps with a place between: 她们在新疆的丈夫 (not across
# a comma, full-width or not: 我们发现,许多人的家人 are no one's we name; nor across another
# pronoun, which is the nearer owner: 他们恐吓我的父母 are mine, not theirs).
PLACE_BETWEEN = r"(?:(?:在)?[^，。,;；的我他她其]{0,8}的|家乡的?|家里的?|国内的?|)"
# People named by a noun in 者 own the kin word after them (被拘留者家属, 受害者的亲属).
AGENT_NOUN_OWNER = re.compile(r"[\u3400-\u9fff]者的?$")
OWNER_PRONOUNS = (
    ("plural", re.compile(rf"(?:他们|她们)(?:的)?{PLACE_BETWEEN}$")),
    ("pronoun", re.compile(rf"(?:他|她|其|自己)(?:的)?{PLACE_BETWEEN}$")),
    # A person described again owns a relative as a pronoun would: 该男子的妻子.
    (
        "pronoun",
        re.compile(r"(?:这|那|该|此)(?:位|名|个)?(?:男子|女子|妇女|女士|老人|男孩|女孩)的$"),
    ),
    ("first", re.compile(rf"(?:我们|我)(?:的)?{PLACE_BETWEEN}$")),
)
PRONOUN_SEX = {"她": "f", "他": "m"}
# The sex a relation word gives the relative it names (她的母亲X: X is a woman).
RELATION_SEX = {
    **dict.fromkeys(
        words(
            "母亲 妈妈 姐姐 妹妹 姊姊 女儿 妻子 老婆 太太 夫人 岳母 外母 婆婆 奶奶 外婆 "
            "姑姑 阿姨 嫂子 儿媳 儿媳妇 侄女 孙女 前妻 胞姐 胞妹 母 姐 妹 "
            "老妈 媳妇 妻 弟媳 嫂嫂 大姐 二姐 三姐 四姐 小妹 大妹 二妹 长女 次女 幼女 大女儿 "
            "小女儿 小妹妹 大妹妹"
        ),
        "f",
    ),
    **dict.fromkeys(
        words(
            "父亲 爸爸 哥哥 弟弟 儿子 丈夫 老公 岳父 外父 公公 爷爷 外公 叔叔 舅舅 伯父 "
            "女婿 姐夫 妹夫 侄子 外甥 孙子 前夫 胞兄 胞弟 兄长 父 哥 弟 "
            "老爸 大哥 二哥 三哥 大弟 二弟 小弟 长子 次子 幼子 独子 大儿子 小儿子 "
            "小弟弟 大弟弟"
        ),
        "m",
    ),
}
# The sex of whoever has a husband (f) or a wife (m).
SPOUSE_OWNER_SEX = {
    **dict.fromkeys(words("丈夫 老公 前夫 先生"), "f"),
    **dict.fromkeys(words("妻子 老婆 太太 前妻 夫人 媳妇 妻"), "m"),
}
# Relations that only a woman (f) or a man (m) can be to someone.
SEXED_RELATIONS = {
    "mother": "f",
    "sister": "f",
    "daughter": "f",
    "father": "m",
    "brother": "m",
    "son": "m",
}
# Endings of women's given names in Uyghur and Kazakh transliteration (-gül, -na, -nisa).
FEMALE_NAME_ENDINGS = ("古丽", "古力", "姑丽", "娜", "尼莎", "丽")
SYMMETRIC_RELATIONS = {"spouse", "sibling", "cousin"}
# The relation seen from the relative's side (her brother -> his sister or brother).
INVERSE_RELATIONS = {
    "brother": ("brother", "sister", "sibling"),
    "sister": ("brother", "sister", "sibling"),
    "sibling": ("brother", "sister", "sibling"),
    "spouse": ("spouse",),
    "cousin": ("cousin",),
    "father": ("son", "daughter", "child"),
    "mother": ("son", "daughter", "child"),
    "parent": ("son", "daughter", "child"),
    "son": ("father", "mother", "parent"),
    "daughter": ("father", "mother", "parent"),
    "child": ("father", "mother", "parent"),
}
# 在中国境内的家人, 新疆的亲友, 国内的家人: a place, not an owner, before 的.
# Between two triggers of one type, a clause of time closes: 他被捕后也被拘留 tells two events.
AFTER_CLAUSE_BETWEEN = re.compile(r"后|时")
# People a person has who are no kin, counted: 他的两名助手, 艾山的三个同事 (kin words are
# checked apart). What befalls them befalls no one the report names.
OWNED_PEOPLE = re.compile(
    rf"(?:[他她其我]们?|[^\s，,。；;、]{{2}})的(?:{NUMBER})多?[名个位]"
    r"(?P<noun>[^\s，,。；;、的“”「」0-9]{1,3}?)(?=分别|都|均|也|已|被|遭|相继|先后|[，,。；;])"
)
# A person's own people who are no kin, uncounted (警察抓走了他的邻居): no one of the story.
OWNED_ASSOCIATES = re.compile(
    r"(?<=[他她其我])们?的(?:好)?(?P<noun>邻居|朋友|同学|同事|室友|舍友|助手|学生|员工|雇员)们?"
)
# Kin words said by a person's child or spouse that name that person's own relatives: (the
# speaker's relation to X, the word) -> (X's relation to the one named, X's sex). His
# daughter's 叔叔 is his brother; her husband's 岳母, his wife's 婆婆, their mother.
SEEN_THROUGH: dict[tuple[str, str], tuple[str, str]] = {
    **{
        (child, word): (relation, "m")
        for child in ("son", "daughter", "child")
        for words_of, relation in (("叔叔 伯父 伯伯 叔父", "brother"), ("姑姑 姑妈", "sister"))
        for word in words_of.split()
    },
    **{
        ("spouse", word): (relation, sex)
        for word, relation, sex in (
            ("公公", "father", "m"),
            ("婆婆", "mother", "m"),
            ("公婆", "parent", "m"),
            ("岳父", "father", "f"),
            ("岳母", "mother", "f"),
            ("岳父母", "parent", "f"),
            ("外父", "father", "f"),
            ("外母", "mother", "f"),
        )
    },
}
# A child's other parent: the named parent's spouse.
OTHER_PARENT = {"father": "mother", "mother": "father"}
# A place or a role before 的 describes a relative (在新疆的哥哥); it does not own them.
DESCRIBING_BEFORE = re.compile(
    r"(?:在[^，。的]{0,10}|国内|境内|家乡|老家|新疆|国外|海外|境外|当地|[)）])的$"
    # A role the relative holds (任职教师的大儿子, 身为医生的妻子) describes, not owns, them.
    r"|(?:任职|担任|身为|作为|任)[^，。的]{1,6}的$"
)
# What describes a relative between its owner and the kin word (艾山生病的姐姐, 古丽64岁的
# 阿姨, 姐姐和年迈的母亲): a short phrase ending in 的, with no punctuation, pronoun or joining
# word in it (those own or list, as 她生病的姐姐 and 艾山和古丽的母亲 do).
RELATIVE_DESCRIBED = re.compile(r"[^，。,;；:：的他她我和与及、“”「」]{1,8}的$")
# A named person owns a relative whose age stands between them as much as one right after 的
# (古丽64岁的阿姨 is 古丽's, as 古丽的阿姨 is): the relative, not the owner, is the subject.
# Only an age: other words there may be the person's own doing (艾山去看望新疆的亲属时被捕).
OWNER_OF_DESCRIBED_RELATIVE = re.compile(rf"(?:{NUMBER})\s*多?\s*岁{OWNER_OF_RELATIVE.pattern}")
# What follows the one contact was lost with (与他失联六年, 和家人失去了联系).
CONTACT_PARTNER_AFTER = re.compile(
    rf"(?:已经?|一直|早已|早就)?(?:失联|失去了?{CONTACT}|断了?{CONTACT}|断联|{CONTACT}不上)"
)
# The owner of kin told by where they live (警告古丽在新疆的家人, 艾山在喀什的父母): 在, a place
# name (checked by the caller), then the kin.
OWNER_OF_RELATIVE_AT_PLACE = re.compile(rf"在([^，。；的]{{1,8}}?){OWNER_OF_RELATIVE.pattern}")
# Words after which a mention is an agent or object, not the one the event befell. 叫 after
# the head of a description names the one described (另一位关在看守所的叫艾山，去年被判了刑: 艾山
# was sentenced), as 名叫 does; 叫 after a verb's agent makes an object (警察叫艾山去).
NOT_SUBJECT_BEFORE = re.compile(r"(?:被|遭|由|对|向|给|替|为|帮|跟|(?<![的位名人])叫|让)$")
# Kin used as leverage (拿她父亲的安危恐吓她, 以家人作要挟): the threat is made to the one
# addressed, not to the kin named.
LEVER_BEFORE = re.compile(r"(?:以|拿|用)(?:他|她|其|他们|她们)?的?$")
LEVER_AFTER = re.compile(r"的?(?:安全|安危|性命|生命|前途|自由|健康)|(?:来|作|做|相)?要挟")
# An official something is handed or said to (向某国总理某某递交请愿书): the addressee, not the
# one who acts.
ADDRESSED_OFFICIAL_BEFORE = re.compile(
    r"(?:向|给)[^，。；向给]{0,8}?(?:国务卿|外长|外交部长|部长|副总统|总统|总理|首相|大使|领事"
    r"|高级专员|特使|秘书长)\s*$"
)
# A kin word owning a home (回丈夫老家, 父母家里): the place, not the kin, is told of.
HOME_AFTER = re.compile(r"的?(?:老家|家乡|家里|家中|住处|住所)")
# 因为 before a clause's own subject and its verb (因为母亲过世，他回了乡): 为 makes no object.
BECAUSE_BEFORE = re.compile(r"(?:因为|由于)$")
# Verbs of visiting and care: who follows them, and who is listed with that one, is visited
# (回乡探望女儿，却被带走; 去土耳其看望古丽和她的弟弟，却被捕).
VISITED_BEFORE = re.compile(
    r"(?:探望|看望|探视|探访|拜访|照顾|照料|陪伴|看护)"
    r"(?:[^，。；！？：,;]{1,12}[和与及、](?:他的|她的|他|她|其)?)?$"
)
# Verbs whose patient follows them when no 被 precedes (当局逮捕了他的亲属).
ACTIVE_TYPES = {
    "detained",
    "released",
    "threatened",
    "passport_confiscated",
    "passport_returned",
    "sentenced",
}
# Ethnic words alone (without 人, 妇女 ...) that still name a group.
BARE_GROUP_WORDS = {
    "维吾尔族",
    "哈萨克族",
    "少数民族",
    "少数族裔",
    "少数族群",
    "柯尔克孜族",
    # 回民 is itself a word for the people (许多回民被抓), as is 回族 like 维吾尔族.
    "回族",
    "回民",
    "穆斯林",
    "穆斯林少数民族",
    "穆斯林少数族裔",
}
# Before an ethnonym, these make it one person described (一位年过七旬的哈萨克族老人, 一穆斯林).
# A people after 是 describing the person the clause opened with: 古丽是持土耳其护照的维吾尔族人
# (not 被关的都是维吾尔人, which says who the many were).
PREDICATE_BEFORE = re.compile(r"(?<![都均全也])是[^，。；;：:是]{0,10}$")
SINGLE_BEFORE = re.compile(r"(?:(?:一|这|那|该)[位名个][^，。、；;：:！？!?,\s的]{0,10}的?|一)$")
# A plural word opening a relative clause that ends right before a people (这些被捕的维族学生).
PLURAL_BEFORE_CLAUSE = re.compile(r"(?:这些|那些|许多|很多)[^，。、；;：:！？!?,\s]{1,10}的$")
# Nouns for one person: 一名维吾尔妇女 is somebody, maybe the person the report names.
INDIVIDUAL_NOUNS = {
    "妇女",
    "男子",
    "女子",
    "男",
    "女",
    "老人",
    "老太太",
    "青年",
    "少年",
    "女孩",
    "男孩",
    "学者",
    "教授",
    "干部",
    "商人",
    "夫妇",
    "夫妻",
    "牧民",
    "学生",
}
CITIZEN_COUNTRIES = {
    "哈萨克斯坦": ("kazakh", "KZ"),
    "哈萨克": ("kazakh", "KZ"),
    "哈国": ("kazakh", "KZ"),
    "哈": ("kazakh", "KZ"),
    "吉尔吉斯斯坦": ("kyrgyz", "KG"),
    "吉尔吉斯": ("kyrgyz", "KG"),
    "乌兹别克斯坦": ("uzbek", "UZ"),
    "乌兹别克": ("uzbek", "UZ"),
}
CITIZEN_GROUP = re.compile(
    "(?P<country>"
    + "|".join(sorted(CITIZEN_COUNTRIES, key=len, reverse=True))
    + r")(?:籍|国籍)(?:的)?(?:公民|人士|人|民众)"
)
# Words for peoples a group is described by; the ones that name no single people (少数民族,
# 穆斯林) give a group without ethnicity, as GOLD.md's annotators write it.
GROUP_ETHNICITIES: dict[str, str | None] = {
    **ETHNICITY_WORDS,
    "少数民族": None,
    # Hong Kong, Taiwan and overseas outlets write 少数族裔 and 少数族群 for 少数民族.
    "少数族裔": None,
    "少数族群": None,
    "穆斯林": None,
    "穆斯林少数民族": None,
    "穆斯林少数族裔": None,
    # A people miswritten with its country's name (哈萨克斯坦族 for 哈萨克族, as some outlets'
    # converters render it): a country takes no 族, so the people is meant.
    "哈萨克斯坦族": "kazakh",
    "吉尔吉斯斯坦族": "kyrgyz",
    "乌兹别克斯坦族": "uzbek",
}
ETHNIC_ALTERNATION = "|".join(sorted(map(re.escape, GROUP_ETHNICITIES), key=len, reverse=True))
GROUP_PATTERN = re.compile(
    "(?P<ethnic>"
    + ETHNIC_ALTERNATION
    + ")(?P<noun>"
    + "|".join(sorted(map(re.escape, [*GROUP_NOUNS, *INDIVIDUAL_NOUNS]), key=len, reverse=True))
    + ")?(?P<plural>们)?"
)
# A people right before a noun in 者 made of a trigger (哈萨克族被关押者, 维吾尔被拘者).
PEOPLE_BEFORE_AGENT_NOUN = re.compile(rf"(?:{ETHNIC_ALTERNATION})(?:族|人)?(?:被|遭)?$")
# The people counted people of no stated people are said to be, right after them (20名学生全部
# 是维吾尔族, 数十名学生，他们都是哈萨克族人, 上百名穆斯林，大多数是维吾尔人).
PEOPLE_STATED_AFTER = re.compile(
    r"(?:[，,](?:其中|他们|她们|这些[^，,。；;]{0,4}?)?)?"
    # The quantity may take 人 (其中大部分人为哈萨克族), and 都 or 也 after it (其中许多人都是).
    r"(?:(?:绝大多数|大多数|大部分|大多|多数|全部|全都|许多|很多|不少)人?(?:都|也)?|都|均)?(?:是|为)"
)
# A count given roughly (近七十, 约200, 逾百, 三十多).
APPROXIMATE_COUNT = re.compile(r"^(?:近|约|逾|超过|将近|大约)|[多余]$")
# The rest of a clause, up to its break.
NOT_A_BREAK = re.compile(r"[^，,。；;！？!?：:\n]*")
# A clause ending in 的 between those words and the people (其中许多人都是在集市上摆摊的维吾尔人).
CLAUSE_BEFORE_PEOPLE = re.compile(r"[^，,。；;：:“”「」]{0,24}?的(?=" + ETHNIC_ALTERNATION + ")")
# Many or most of people of no stated people said to be of one, after them and 中 (穆斯林中有不少是
# 维吾尔族, 少数民族中多数为哈萨克族).
MANY_OF_THEM_AFTER = re.compile(
    r"中(?:有)?(?:不少|很多|许多|绝大多数|大多数|大部分|多数|大多)人?(?:是|为)"
)
# Words after people that make them many (维吾尔商人大多被抓, 维族青年几乎都被带走了).
PLURAL_AFTER = re.compile(
    r"(?:几乎|差不多|基本上)?(?:大多数|大多|大部分|多数|全都|全部|都|均|纷纷)"
)
# An indefinite subject (谁的表哥失踪了, 谁家的儿子被带走了: someone's): no one of the story.
INDEFINITE_SUBJECT = re.compile(r"谁家?的[^，,。；;：:]{1,6}$")
# 他的家乡陆续有人被带走: someone, no one the story names (not 没有人, 所有人), unless people of
# a group were named before it (维吾尔人……几乎每家都有人被带走).
SOMEONE_SUBJECT = re.compile(r"(?<![没所])有人(?:都|也|已经|已|先后|陆续|相继)?(?:被|遭到?)?$")
# A people heading a relative clause with a noun not read as a group: parents or children of
# it (被关押的哈萨克母亲) are that people; a profession (失踪的维吾尔作家) is one person
# described, not anyone named before.
PEOPLE_HEAD = re.compile(f"(?P<people>{ETHNIC_ALTERNATION})(?P<kin>父亲|母亲|父母|子女|孩子|儿童)?")
# An ethnonym listed with another (维吾尔、哈萨克等穆斯林) names a group without a noun; so
# does the last one of a list, before 等 (哈萨克等突厥穆斯林).
# A people before other minorities names one too (维吾尔及其它少数民族).
LISTED_WITH_ANOTHER = re.compile(rf"[、和及与](?:其他|其它)?(?:{ETHNIC_ALTERNATION})|等")
# An ethnonym after another in a list: 维吾尔、哈萨克 names the people, not the country.
LISTED_AFTER_ANOTHER = re.compile(rf"(?:{ETHNIC_ALTERNATION})(?:人|族)?[、和及与]$")
# Masses counted in ten thousands (100多万人, 80至200万人, 近百万穆斯林): people in general.
MASS_GROUP = compile_prefiltered(
    r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百几数]+)[多余]?"
    r"(?:(?:至|到|-|—)(?:[0-9]+|[一二两三四五六七八九十百]+))?多?万(?:名|多名)?(?:人|民众|穆斯林)"
    # 罚款20万人民币 is a sum of money, not people.
    r"(?!民币)"
)

# People described by no people at all, but counted or quantified (8名农民, 一批海外学者,
# 17澳洲居民, 22名离开新疆后在海外定居的人): a group of no ethnicity, as GOLD.md's annotators
# write it. 人 alone needs a modifier with 的 or a large quantity (200多人, 许多人), since
# 三人 and 两人 usually count persons the report has named.
PEOPLE_NOUNS = words(
    "大学生 留学生 学生 农民 村民 居民 公民 囚犯 犯人 难民 学者 志愿者 民众 群众 "
    "维权人士 活动人士 宗教人士 人士 阿訇 伊玛目 教师 商人 牧民 知识分子 妇女 男子 男性 "
    "女性 青年 年轻人 老人 儿童 工人 学员 偷渡者 支持者 声援者 人员 被告人 被告 人 "
    # Those in charge of a mosque or a school, believers, staff (两名负责人被扣押, 多名信徒被捕).
    "负责人 信徒 教徒 员工 职工 医生 作家 诗人 艺术家 歌手"
)
# A charge a verdict names (以组织他人偷越国境罪, or opening a clause of a list of charges):
# the people in it (他人, "others") are no one of the story.
CHARGE = re.compile(r"(?:以|^)[^，,。；;：:]{1,24}?罪")
# People told by whom they stand up for (一批艾山的支持者): a group, not the one named inside.
SUPPORTER_NOUNS = frozenset({"支持者", "声援者"})
# 人员 of the authorities (3名安全人员, 多名执法人员) act on the story's people; they are no group.
AGENT_STAFF = re.compile(r"(?:警|安|官|执法|公安|工作|干部|管理|医护|外交|使馆|领馆)")
# Not punctuation, 的, or a unit of time (数十年来人们 is no group).
MODIFIER_CHARACTER = r"[^，。、；;：:！？!?,\s「」“”『』《》()（）的年月日天岁]"
UNNAMED_GROUP = compile_prefiltered(
    r"(?P<quantity>(?:逾|超过|至少|近|约)?(?P<number>[0-9０-９]+|[两三四五六七八九十百千]+)"
    r"(?:多|余)?(?:名|位|个)?|数[十百千万]+名?|上[百千万]名?|成千上万(?:名|的)?"
    r"|数以[百千万]计的?|一批|一群|大批|大量|许多|很多|不少|这些|那些|众多|多名|多位"
    r"|大部分|部分|上述)"
    rf"(?P<modifier>(?:(?:{MODIFIER_CHARACTER}|、){{0,12}}?的)?"
    # A nationality may open it (40名中国籍偷渡人员).
    rf"(?:{MODIFIER_CHARACTER}{{1,5}}?籍)?{MODIFIER_CHARACTER}{{0,4}}?"
    # or a country of five or six characters before citizens (数百名哈萨克斯坦公民).
    r"|(?:哈萨克斯坦|吉尔吉斯斯坦|乌兹别克斯坦|塔吉克斯坦|土库曼斯坦)(?=公民|国民|居民))"
    # The noun may stand in quotation marks, as officials' words (一批“学员”).
    "[“「『]?(?P<noun>"
    + "|".join(sorted(map(re.escape, PEOPLE_NOUNS), key=len, reverse=True))
    + ")[”」』]?"
    # 罚款30万人民币 counts money in the currency's name, not people.
    + "(?!民币)"
)
# A place and an existential 有 before a count (她父亲所在的村子有三十多名村民, 老家村里就有): the
# count is what the place holds, the subject of its clause, whoever the place is said to be of.
PLACE_HOLDS = re.compile(
    r"(?:村子|村庄|村里|村|家乡|老家|县|镇|乡|社区|小区|城市|城里|地区|当地)(?:里|中|上)?"
    r"(?:就|已|已经|共|先后|至少|也|还)*有$"
)
HELD_COUNT = re.compile(HELD_COUNT_PATTERN)
# The people of a village named by it, uncounted (全村村民, 整村的人, 那个村庄的村民, 村里的居民): a
# group.
VILLAGERS = re.compile(
    r"(?:全村的?|整村的?|整个村子?的?|(?:那个|这个|该|同一个?)(?:村子|村庄|村)的|(?:村子|村庄)里?的"
    # One village's villagers, 的 left out before 村民 (舅舅那个村子村民都被带走).
    r"|(?:一个|那个|这个|该)(?:村子|村庄)(?=村民))"
    r"(?:村民|居民|人)"
)
# A village said to be of one people (那个村子…住的都是哈萨克族, 全村都是维族): its
# villagers, wherever the story names them, are of that people (GROUP_PATTERN follows).
VILLAGE_PEOPLE_STATED = re.compile(
    r"(?:村子|村庄|村里|全村)[^。；;！？!?]{0,20}?(?:居住|住)?(?:着|的人|的)?(?:几乎|基本上?)?"
    r"(?:全都|全部|全|都|大多|大部分)(?:是|为)"
)
# The residents of a unit of China named right before them, uncounted (喀什的居民, 新源县的村民,
# 来自和田的居民): a group of no stated people, placed there; not a residents' committee or area.
PLACE_RESIDENTS = re.compile(r"的?(?P<noun>村民|居民|市民|牧民|农牧民)(?![委区点楼会户身证])")
# The same of the place the story is in (当地居民被带走).
LOCAL_RESIDENTS = re.compile(r"当地的?(?:村民|居民|市民|牧民|农牧民)(?![委区点楼会户身证])")
# A counted part of a group (至少80人, 已有四十多人), also in round figures (其中数百人, 上千人).
COUNTED_PART = (
    rf"(?:至少|约|近|有|已有|已|共|超过|逾)*(?:{NUMBER}|[数几上][十百千万]+)"
    r"(?:多|余)?(?:名|位|个)?人"
)
# Some or most of a group named before, opening a clause (大多已被释放, 也有的离开人世, 其中许多人
# 下落不明), and the quantities that count part of one (不少…的人).
PARTITIVE_SUBJECT = compile_prefiltered(
    r"(?:(?<=[，,；;：:。])|^)(?:但|而|也|并|其中)*(?:大多数|大多|大部分|多数|有的|有些)"
    r"|(?:(?<=[，,；;：:。])|^)(?:但|而|也|并)*其中(?:许多|很多|不少|部分|一部[分份]|小部[分份]"
    r"|少数|一些|多名|多位)人?"
    # Counted part of it: 其中至少80人, 该群体中已有5人.
    r"|(?:(?<=[，,；;：:。])|^)(?:但|而|也|并)*(?:其中|(?:该|这个|这一)群体中|这些人中|他们中)"
    + COUNTED_PART
)
# The same part written right after the group's own words: 那些被扣的维吾尔人中已有四十多人.
PART_AFTER_GROUP = re.compile("中" + COUNTED_PART)
PARTITIVE_QUANTITIES = {"不少", "部分", "大部分"}
# People named by their protest (抗议者扰乱了会议): a group of no ethnicity, the protest's subject.
PROTESTERS = re.compile(r"(?:抗议|示威|请愿)(?:者|人士|人群|民众|群众)")
# An order to hand papers in, its object put first by 将 (要求牧民把护照交到乡派出所).
ORDER_TO_HAND_IN_BEFORE = re.compile(
    r"(?:要求|命令|责令|勒令|强迫|强制|逼迫|通知)[^，,。；;会要]{0,12}将$"
)
# Residents or holders of papers an office orders, uncounted and with no place of their own
# (塔城警方要求居民上缴护照, 县公安局责令全体村民…, 各地要求证件持有者…): the people of the unit
# whose offices give the order.
ORDERED_RESIDENTS = re.compile(
    r"(?:要求|命令|责令|勒令|强迫|强制|逼迫|通知)(?:所有|全体|全部|辖区|各族)?的?"
    r"(?P<noun>市民|居民|村民|牧民|农牧民|(?:护照|证件)持有(?:人|者))(?![委区点楼会户身证])"
)
# The offices of a unit's parts, giving orders (南疆多地下发文件, 伊犁各县要求).
UNITS_PARTS_AFTER = re.compile(r"(?:多地|各地|各县|各县市|多个县市?|各乡镇?)")
# Nouns that name citizens or residents of the country written before them (澳洲居民).
RESIDENT_NOUNS = {"公民", "居民"}

# A sentence that opens with no subject of its own (pro-drop): all that may stand before its
# trigger, once dates, quotations and brackets are taken out (后来，一审被以…罪判处; 目前在…服刑;
# 法院以…为由判处). Its subject is the topic of the sentence before. Each part is atomic, so
# that a sentence that is not of this shape fails fast.
SUBJECTLESS_OPENING = re.compile(
    r"(?>[\s，,、]"
    r"|后来|随后|随即|之后|此后|其后|不久|然后|接着|紧接着|目前|现在|如今|至今|仍然|仍|一直"
    r"|又|再次|再度|再|也|还|已经|已|曾经|曾|却|但是|但|并且|并|而且|而|最终|最后|终于|直到|才"
    r"|就|便|当年|同年|当天|当日|次年|翌年|一审|二审|终审|先后|分别|遂|于是|结果|不料|后|于|现"
    r"|据悉|据报道|据了解|据称|据说|据报|底|初|末"
    # How it was done: in secret, suddenly, formally (被法院以…罪名，秘密判刑十年).
    r"|秘密地?|悄悄地?|偷偷地?|突然|正式|相继|陆续"
    r"|一[^，,。的]{1,10}?(?:便|就)"
    r"|在[^，,。的]{1,12}"
    r"|以[^，,。]{0,24}"
    r"|因[^，,。的]{1,16}"
    r"|(?:被|遭到|遭|受到|由)[^，,。的]{0,10}"
    # A purpose and a journey the same person made first: 为了照顾母亲而返回新疆，却被关押.
    r"|为了[^，,。]{1,16}?而|(?:返回|回到|前往|来到)[^，,。的]{1,8}"
    r"|[^，,。的\s]{0,8}(?:当局|政府|警方|公安|警察|法院|国安))*"
)
# A trigger used as a noun or a modifier (关押中心, 被拘留的时间, 拘留期间): no event of its own
# to take the subject of the sentence before.
TRIGGER_AS_NOUN = re.compile(r"(?:了|过)?(?:的|中心|营|所|期间|日期|时间|人数|者)")
# A fronted clause of time that opens its sentence and has no subject of its own (在2017年被捕
# 之前，艾山是…; 2018年被捕后，她…): its subject is the main clause's, named right after it.
FRONTED_TIME_CLAUSE = re.compile(
    r"\s*(?:在|当|自从|自|从)?[^，,。]*?(?:之前|之后|以前|以后|前|后|时|期间|的时候)\s*"
)
# A sentence opening with where it happens (在伊犁地区，…): its groups live there.
LOCATIVE_FRAME = re.compile(r"\s*(?:在|于)")
# A demonstrative before a word for a family (这家人, 这一家): the family just named.
DEMONSTRATIVE_BEFORE = re.compile(r"(?:这|那|该)一?$")
# A person named before, referred to again by a description: 该男子, 这名35岁的女子, and opening
# a clause, 身体不佳的老人. It stands for the last-named person of that sex, as 他 or 她. Not
# roles (被告, 当事人): the last-named person is as often the judge or the lawyer.
# Also by an occupation after a demonstrative (这名学者, 该教师): the last-named person, of
# either sex. Not officials or police, who act on the story's people.
DESCRIBED_OCCUPATIONS = words(
    "学者 教授 教师 老师 商人 学生 医生 作家 诗人 歌手 记者 伊玛目 牧民 农民 司机 工程师"
)
DESCRIBED_AGAIN = re.compile(
    r"(?:这|那|该|此)(?:位|名|个)?(?:[^，,。、；;：:的\s]{0,8}的)?"
    r"(?P<noun>老人|老汉|老妇|老太太|男子|女子|妇女|女士|男孩|女孩|"
    + "|".join(DESCRIBED_OCCUPATIONS)
    + ")"
    r"|(?:(?<=[，,。；;\n])|^)\s*(?:[^，,。、；;：:的\s]{1,8}的)?(?P<bare>老人)"
    # A cleric named before, called again by the title alone right before what befell him
    # (告诉家人阿訇已上吊): the title alone, unlike a profession, is said of one man.
    r"|(?<![的名位个些多])(?P<cleric>阿訇|伊玛目)(?=已经?|被|遭|也|竟)"
    # The one held, called so right after being named (被捕者的情况, 被关押者的下落): one person,
    # not many (许多被关押者的家属).
    r"|(?<![的名位个些多数众])(?P<held>被捕者|被拘者|被拘留者|被拘押者|被关押者)(?=的)"
)
# A person a report first describes and names later, by the same description (一名维吾尔
# 教师被判刑……这位名叫艾山的维吾尔教师): the description that names (NAMED_DESCRIPTION), and
# the one before it (ONE_DESCRIBED + the same words) is that person.
NAMED_DESCRIPTION = re.compile(
    r"(?:这|该|此)(?:位|名)?名叫(?P<name>[^，,。、；;：:的\s]{2,16})的(?P<description>[\u3400-\u9fff]{2,8})"
)
ONE_DESCRIBED = "一(?:名|位|个)"
# A parent described by the children they have (两个孩子的母亲, 这位四个孩子的父亲): the
# children are no one the story follows; after a demonstrative, the parent is the person just
# named, as 她 or 他 (DESCRIBED_AS_PRONOUN).
PARENT_OF_CHILDREN = compile_prefiltered(
    rf"(?P<this>(?:这|那|该|此)(?:位|名)?)?(?:{NUMBER})个?(?:孩子|子女|儿女)的(?P<noun>母亲|父亲)"
)
DESCRIBED_AS_PRONOUN = {
    "母亲": "她",
    "父亲": "他",
    "老妇": "她",
    "老太太": "她",
    "女子": "她",
    "妇女": "她",
    "女士": "她",
    "女孩": "她",
    "老汉": "他",
    "男子": "他",
    "男孩": "他",
}
DESCRIBED_WORDS = frozenset({*DESCRIBED_AS_PRONOUN, "老人", *DESCRIBED_OCCUPATIONS})
# The same, named right after the description's head noun (该男子叫艾山, 哈萨克族青年艾山):
# the one described earlier, with words between one and the noun (一名从新疆逃出的哈萨克族
# 青年, DESCRIBED_ONE_BEFORE), is that person, not a group of the people the words name.
DESCRIPTION_HEADS = "|".join(["青年", *DESCRIBED_AS_PRONOUN, "老人", *DESCRIBED_OCCUPATIONS])
DESCRIPTION_BEFORE_NAME = re.compile(
    rf"(?:(?:这|该|此)(?:位|名)?(?P<head>{DESCRIPTION_HEADS})名?叫"
    rf"|[\u3400-\u9fff]{{1,5}}族(?P<ethnic_head>{DESCRIPTION_HEADS}))$"
)
DESCRIBED_ONE_BEFORE = rf"{ONE_DESCRIBED}[^，,。；;：:！？!?“”「」]{{0,20}}?"
# "Another" before the naming description: someone else than the one described before.
ANOTHER_BEFORE = re.compile(r"另(?:外)?一?(?:名|位|个)?$")
# The one who acts, described again before a verb with a pronoun object (该警官逮捕了他,
# 这位干部逼她签字): the pronoun is someone else (AGENT_OF_OBJECT).
DESCRIBED_AGENT = re.compile(
    r"(?:这|那|该|此)(?!些)(?:名|位|个)?[^，,。；;被遭]{0,10}?"
    r"(?:官员|警察|警官|民警|干部|特工|男子|女子|人员|审讯者)"
)
# A sentence that opens with a pronoun's words: 他说：「…」, 她还表示，“…”.
# A speaker's verb and the opening of the quote, up to its first word (她表示： 「, 他说：“).
QUOTE_SPEAKER = re.compile(
    r"\s*(?:又|还|也|则)?(?:说|表示|称|回忆说?|告诉[^，。：:]{0,8})[：:，,]\s*[“「『]\s*"
)
PRONOUN_SPEAKS = re.compile(r"\s*(?P<pronoun>[他她])(?:又|还|也|则)?(?:说|表示|称)[：:，,]?\s*")
# Quotation marks of the three styles (“…”, 「…」, 『…』), opening and closing.
# A call on a state (我再次呼吁中国…) inside a quotation of one who holds a state office: an
# official's word to another state, not a protest. Heads of organisations (主席) and legislators
# (议员) are not offices of a state here: relatives' associations and hearings make protests.
CALL_TRIGGER = re.compile(r"(?:呼吁|敦促|促请|吁请|要求)")
STATE_OFFICE_BEFORE = re.compile(
    r"(?:国务卿|外长|外交部长|部长|副总统|总统|总理|首相|发言人|大使|领事|高级专员|特使|秘书长)\s*$"
)
# One a call is made to, before his name (向外长艾山呼吁, 请求大使…).
ADDRESSEE_BEFORE = re.compile(r"向|对|给|请求|跟|与")
QUOTE_OPENINGS = ("“", "「", "『")
QUOTE_CLOSINGS = ("”", "」", "』")
# Roles that describe a person named right after them (退休医生艾山, 《天山文学》编辑古丽), with the
# title of a publication they belong to: the person cues that are no kin word nor naming verb.
ROLE_WORDS = sorted(
    (
        cue
        for cue in PERSON_CUES_BEFORE
        if not RELATION_PATTERN.search(cue)
        and cue not in words("其中 采访了 联系了 名叫 名叫做 叫做 名为 化名 化名为 自称 人称")
    ),
    key=len,
    reverse=True,
)
ROLE_BEFORE_NAME = (
    r"(?:[《“「][^》”」]{1,12}[》”」])?[^，,。；;：:、\s]{0,6}?(?:"
    + "|".join(map(re.escape, ROLE_WORDS))
    + ")"
)
# A relation named by a verb of naming (他的妻子名叫古丽, 她的哥哥就是艾山, 哥哥的名字叫艾山),
# or by a role in apposition (他的舅舅、退休医生艾山): that person.
NAMING_AFTER_RELATION = re.compile(
    rf"(?:的?名字(?:叫做|叫作|叫|是)|名叫|叫做|叫作|名为|就是|叫|是|、{ROLE_BEFORE_NAME})"
)
