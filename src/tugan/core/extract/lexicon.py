"""Word lists the extractors use: name characters, cue words, event triggers, relations.

All lists are in Simplified characters; text is folded to Simplified before matching.
"""


def words(text: str) -> tuple[str, ...]:
    """Return the space-separated words of text (lists are written as one string to stay short)."""
    return tuple(text.split())


# Characters of the Han transliteration of Uyghur, Kazakh and Kyrgyz personal names, after the
# Xinjiang syllable tables (《维吾尔语人名汉字译写规则》, 《哈萨克语人名汉字译写规则》) and common
# usage. Characters that are frequent Chinese function words (和 于 可 大 是 在 的) are left out:
# they cut a run rather than extend it.
TRANSLITERATION_CHARACTERS = frozenset(
    "阿艾爱安昂奥敖巴拜班邦包保宝鲍贝倍比毕别宾波博伯勃布卜才蔡参仓查察柴昌常超朝车臣陈成"
    "赤崇楚川春茨达大戴代丹旦道德迪狄底蒂丁东冬都杜敦顿多朵俄额鄂恩尔耳法凡梵方菲斐费芬"
    "丰夫弗伏甫福富该盖甘刚钢高戈哥格葛根更贡古谷姑瓜关贵衮郭国哈海罕汗汉杭豪好合何"
    "赫黑亨恒红洪侯胡虎华怀环焕霍吉加佳迦嘉坚江姜杰洁金晋京晶井久居菊君俊喀卡开凯坎康"
    "考柯科克肯孔库夸匡奎坤昆阔拉腊莱赖兰蓝朗劳勒乐雷蕾冷黎里丽莉利力连莲列烈林琳凌"
    "玲铃伶留柳龙隆娄卢鲁陆路吕伦罗洛律妈玛马麦买迈曼满芒毛茂梅美门萌蒙孟米密敏明摩莫"
    "默姆母木目穆那纳娜乃奈南楠尼妮倪年聂宁牛努诺欧帕派潘庞佩彭皮萍坡珀普浦其奇齐琪"
    "祁恰千乾强乔切且钦琴青清琼秋丘曲屈全热仁茹儒若瑞润撒萨赛桑瑟色森沙莎山珊善尚绍舍"
    "申什诗史仕书舒曙顺斯司思松苏素索塔台太泰坦汤唐陶特滕提铁廷通同图土吐托陀拓瓦"
    "外万旺威韦维卫温文翁沃乌吾伍武西希锡熙夏仙先贤香祥肖孝谢欣辛新兴秀修旭玄雪雅亚娅"
    "燕扬阳杨耶叶伊依衣仪怡因音英莹尤优犹玉裕尧约月悦云允扎札赞泽曾詹章哲珍真征郑"
    "芝志智中钟仲朱珠卓孜兹滋宗祖尊佐呆吴斡沁纪济朴不逊孙拜来"
    "地尕日肉妲娃婉黛艳芭璐霞蜜薇丝嘎噶喇埃契捷"
    # Tohti (托乎提), Aydin (阿依登) and other names' characters that are rare otherwise; 卧 and
    # 嫣 also open and close names (卧兰古丽, 帕丽嫣, both made up); 珂 spells Ke/Kö (珂孜巴).
    "乎登碧倩牙奴卧嫣珂"
    # 拿 spells Na (古丽拿孜, made up) as 纳 and 娜 do; a verb after a name (拿到) is a frequent
    # word the name's end gives back.
    "拿"
    # 扽 spells -dun/-den at a Kazakh name's end (赛力扽, made up), rare in any other word.
    "扽"
    # Tursun (图尔荪) and the characters of Western names in the Xinhua tables (施泰因, 卡灵顿);
    # 仑 spells -len/-lun as 伦 does (特仑别克, made up).
    "荪灵施塞贾彻冈圭惠纽仑"
    # 辽 spells -lya-/-le- (卡辽别克, made up) and 竹 spells Zhu- (竹尔丹, made up) as 朱 does.
    "辽竹"
    # 季 spells -di/-ti of Kazakh and Russian names (别尔季, 季莫费, both as officials' names are
    # written).
    "季"
    # 露 spells Lu- of Western women's names (露西, 露易莎), 茜 and 芙 their -si/-fu (茜茜,
    # 芙萝拉); a verb that ends in 露 (披露, 透露) is a frequent word, no name's start.
    "露茜芙"
)
# Function characters that are also the first syllable of names (于苏甫 Yusup, 再努拉 Zeynura).
# They never open a free run (再 is "again"), but a separated name's part may hold them where no
# function word can stand: right after the separator, or inside a first part opening a clause.
NAME_OPENING_FUNCTION_CHARACTERS = frozenset("于再")
# A run of these alone is not a name: ethnonyms, religions, loanwords and place words that the
# transliteration characters also spell.
NOT_NAMES = frozenset(
    words(
        "维吾尔 维族 哈萨克 柯尔克孜 吉尔吉斯 乌孜别克 乌兹别克 塔吉克 塔塔尔 蒙古 锡伯 达斡尔 俄罗斯 "
        "穆斯林 伊斯兰 古兰 古兰经 阿拉 阿拉伯 清真 伊玛目 阿訇 斋月 马拉松 巴扎 奥运 维权 维吾尔语 "
        "新疆 中国 中共 中方 中华 德国 美国 英国 法国 土耳其 阿富汗 巴基斯坦 苏联 斯坦 "
        "毛泽东思想 "
        "卡拉 拉萨 图伯特 西方 国际 中亚 东突 东突厥斯坦 突厥 亚洲 欧洲 非洲 美洲 欧盟 联合国 "
        "克里姆林 哈国 吉国 乌国 土国 华人 汉人 汉族 回族 回民 东干 "
        "乌鲁木齐 喀什 和田 伊犁 阿克苏 吐鲁番 哈密 塔城 阿勒泰 昌吉 博乐 库尔勒 克拉玛依 "
        "阿拉木图 伊斯坦布尔 比什凯克 塔什干 华盛顿 莫斯科 慕尼黑 "
        "莫名 莫名其妙 西部 东部 南部 北部 中部 美元 人民 民族 万人 千人 百人 一名 两名 "
        "多名 多年 多次 同学 同事 同胞 朋友 领导 干部 官员 政府 当局 警察 警方 国家 "
        "大学 中学 小学 学校 女子 男子 妇女 老人 青年 少年 儿童 孩子 女儿 儿子 丈夫 妻子 "
        "父亲 母亲 哥哥 姐姐 弟弟 妹妹 家人 亲人 亲戚 亲属 家属 夫妇 夫妻 女士 先生 "
        "乌克兰 克罗地亚 斯洛文尼亚 意大利 威尼斯 米兰 澳大利亚 澳洲 日本 台湾 瑞典 挪威 "
        "伊朗 伊拉克 叙利亚 埃及 沙特 卡塔尔 迪拜 加拿大 墨尔本 悉尼 荷兰 比利时 瑞士 "
        "布鲁塞尔 日内瓦 海牙 伦敦 巴黎 柏林 东京 首尔 吉隆坡 曼谷 蒙古国 "
        "格勒 尔克 萨克 吾尔 克族 格丽 阿布 阿不 阿卜 "
        "马克思 马列 恩格斯 古丽"
    )
)
# Common first parts of Uyghur and Kazakh names (a run that starts with one is a likely name).
NAME_PARTS = words(
    "阿不都 阿布都 阿卜杜 阿布力 阿布 阿依 阿力 阿里 阿斯 阿曼 阿迪 艾合 艾尔 艾则 艾买 艾山 "
    "艾沙 艾克 艾力 艾尼 买买提 麦麦提 买合 麦合 穆罕默德 穆合 木合 努尔 古丽 古力 吐尔 图尔 "
    "热合 热依 热孜 热娜 热比 依明 伊力 依力 伊敏 玉素 玉苏 玉山 帕提 帕尔 米日 米热 米娜 "
    "赛尔 赛力 赛里 叶尔 加娜 加尔 巴合 别克 别尔 哈力 哈斯 哈米 海米 托合 托乎 吾买 乌买 "
    "如仙 如克 祖丽 祖力 排孜 库尔 肉孜 达吾 卡德 卡米 迪丽 迪娜 沙吾 萨吾 努尔兰 阿依古"
)
# Name endings typical of Turkic names (江 -jan, 古丽 -gül, 汗/罕 -han, 别克 -bek, 提 -t, 尔 -r...).
NAME_ENDINGS = words(
    "江 古丽 汗 罕 别克 拜 提 尔 娜 木 丁 曼 甫 力 克 尼 丽 山 孜 亚 坚 肯 夫 姆 拉"
)

# Single-character Han surnames (the most frequent ~200, 《百家姓》 and census counts) and
# two-character ones. A Han name is a surname and one or two given-name characters.
HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
    "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏"
    "席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝习萧洪赖傅冼阎丘"
)
HAN_COMPOUND_SURNAMES = frozenset(
    words("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒")
)
# Characters that do not occur in Han given names in running text (function words, verbs).
NOT_GIVEN_NAME_CHARACTERS = frozenset(
    "的了是在和与及或也都就说称来们员表示对向从被把将于为以因而但并又还已曾再很最更这那其他她它们"
    "我你您个位名些年月日时说讲告诉道指出透露认为提到介绍回忆等人家省市县区州镇乡村族"
    "，。、；：？！“”‘’（）《》「」『』()[]{}0123456789 "
)

# Words before a name that say "the following is a person": roles, titles, ethnic descriptions.
PERSON_CUES_BEFORE = tuple(
    sorted(
        set(
            words(
                "学者 教授 副教授 讲师 教师 老师 医生 律师 记者 作家 诗人 歌手 艺人 商人 农民 牧民 干部 "
                "官员 主席 总统 总理 总书记 领导人 书记 局长 所长 部长 发言人 创办人 创始人 负责人 会长 "
                "主任 研究员 学生 博士 活动人士 活动家 维权人士 人权活动人士 异见人士 志愿者 证人 "
                "公民 人士 男子 女子 妇女 老人 老太太 青年 少年 女孩 男孩 母亲 父亲 妻子 丈夫 儿子 女儿 "
                "哥哥 姐姐 弟弟 妹妹 姊姊 兄长 外甥 侄子 表哥 表姐 叔叔 阿姨 舅舅 姑姑 岳父 岳母 公公 婆婆 "
                "儿媳 女婿 孙子 孙女 爷爷 奶奶 外公 外婆 朋友 同学 同事 邻居 名叫 叫做 名为 化名 "
                "姨妈 姨母 舅妈 姑妈 婶婶 伯父 伯母 叔父 堂兄 堂弟 堂姐 堂妹 表弟 表妹 表兄 嫂子 弟媳 "
                "姐夫 妹夫 侄儿 外甥女 继父 继母 养父 养母 继子 继女 养子 养女 庶子 未婚妻 未婚夫 妈妈 爸爸 阿妈 阿爸 外父 外母 "
                "维吾尔族 维吾尔人 维吾尔 维族 哈萨克族 哈萨克人 哈萨克 柯尔克孜族 吉尔吉斯人 回族 回民 "
                "乌孜别克族 塔塔尔族 汉族 蒙古族 锡伯族 当事人 受害者 幸存者 难民 伊玛目 阿訇 "
                "代表 议员 大使 领事 外长 国务卿 人物 核心人物 网友 姐 哥 弟 妹 专员 高级专员 特使 议长 "
                "首相 秘书长 报告员 分析师 厅长 州长 市长 县长 乡长 校长 院长 老板 主持人 "
                "委员 省长 区长 处长 理事长 董事长 政委 总领事 学家 化名为 自称 人称 名叫做 "
                "主委 大臣 居民 村民 市民 工人 联系了 采访了 警察 民警 狱警 次长 立委 其中 "
                "译者 社工 侨领 导演 顾问 召集人 发起人 总干事 执行长 司长 署长 总监 编辑 主编"
            )
        ),
        key=len,
        reverse=True,
    )
)
# Words after which the next run of transliteration characters, up to punctuation, is a name
# whatever its shape (我叫努尔兰。他的弟弟阿依别克，): kin terms and naming verbs.
NAMING_CUES = tuple(
    sorted(
        set(
            words(
                "我叫 他叫 她叫 名叫 名叫做 叫做 名为 化名 化名为 自称 人称 母亲 父亲 妻子 太太 丈夫 儿子 女儿 哥哥 姐姐 弟弟 妹妹 姊姊 胞姊 "
                "胞弟 胞兄 胞妹 兄长 侄子 侄女 外甥 儿媳 媳妇 女婿 孙子 孙女 爷爷 奶奶 岳父 岳母 公公 婆婆 "
                "姨妈 姨母 舅妈 姑妈 婶婶 伯父 伯母 叔父 堂兄 堂弟 堂姐 堂妹 表弟 表妹 表兄 表哥 表姐 嫂子 "
                "弟媳 姐夫 妹夫 外甥女 继父 继母 养父 养母 继子 继女 养子 养女 庶子 未婚妻 未婚夫 妈妈 爸爸 阿妈 阿爸 外父 外母"
            )
        ),
        key=len,
        reverse=True,
    )
)
# Cues after which a Han name (surname + given name) may follow: a Han surname alone says too
# little, so only titles and roles that always precede a name count.
HAN_NAME_CUES_BEFORE = tuple(
    sorted(
        set(
            words(
                "律师 教授 学者 主席 总书记 领导人 书记 总统 总理 回民 回族 汉族 名叫 叫做 化名 官员 发言人 "
                "局长 警官 医生 作家 维权人士 异见人士 活动人士 牧师 神父 法官 检察官 村长 主任 "
                "专员 高级专员 国务卿 外长 部长 大使 特使 议员 议长 首相 秘书长 报告员 创办人 负责人 "
                "研究员 委员 讲师 校长 院长 所长 会长 理事长 董事长 市长 州长 县长 省长 区长 厅长 处长 "
                "阿訇 伊玛目 领事 总领事 政委 学家 次长 立委 主委 大臣 居民 村民 市民 商人 教师 农民 牧民 工人 学生 "
                "译者 主持人 社工 侨领 导演 顾问 召集人 发起人 总干事 执行长 司长 署长 总监"
            )
        ),
        key=len,
        reverse=True,
    )
)
# Strong cues after a Han name (王建华表示, 王建华和妻子).
HAN_NAME_CUES_AFTER = (
    "表示",
    "说",
    "称",
    "告诉",
    "透露",
    "和妻子",
    "和丈夫",
    "的妻子",
    "的丈夫",
    "及妻子",
    "夫妇",
    "律师",
    "教授",
    "女士",
    "先生",
    "（化名",
    "(化名",
    "被捕",
    "被抓",
    "被判",
    "被拘",
    "被带走",
    "获释",
    "去世",
    # Leading a delegation (王东率团访问, 李静率领代表团), as officials' visits are told.
    "率团",
    "率领",
    # Introduced by what they are (张某是一位定居外地的回族人): a clause opening with a Han name.
    "是一位",
    "是一名",
)
# Words of time a name stands before (张惠婷今（5）日表示, 莫德华早前致函, 顾雅明周二): a Han name
# after a title ends at them.
TIME_AFTER_NAME = words(
    "今日 今天 今( 今（ 昨日 昨天 昨( 昨（ 前天 前日 早前 日前 近日 近期 稍早 早些时候 当天 当日 "
    "上午 下午 中午 晚上 今晚 昨晚 今早 今晨 昨晨 晚间 "
    "周一 周二 周三 周四 周五 周六 周日 周末 星期 本周 上周 上月 本月 今年 去年 月初 月底"
)
# "To come to" a place named by its one-character short form (邀请佩尔达吾斯·吐尔洪来台): 来 and
# the short forms are also transliteration characters, so a name run would swallow them.
COMING_TO_PLACE = words(
    "来台 来港 来澳 来华 来京 来疆 来美 来英 来德 来法 来加 来日 来土 来哈 来俄"
)
# Words a name run may start with that are not part of the name (ethnonyms, roles), and
# 包括, whose characters are also transliteration characters (其中包括艾山·托合提).
LEFT_TRIM_WORDS = tuple(
    sorted(
        set(
            words(
                "维吾尔 维族 哈萨克 柯尔克孜 吉尔吉斯 乌孜别克 塔塔尔 蒙古 锡伯 回族 汉族 穆斯林 "
                "新疆 中国 包括"
            )
        ),
        key=len,
        reverse=True,
    )
)
# Verbs and particles after a name that say "that was a person": speech and experience verbs.
PERSON_CUES_AFTER = tuple(
    sorted(
        set(
            words(
                "说 表示 称 告诉 透露 指出 介绍 回忆 讲述 证实 强调 补充 认为 对本台 对记者 向记者 "
                "向本台 接受 在接受 被捕 被抓 被判 被关 被带走 获释 失踪 下落不明 去世 的丈夫 的妻子 "
                "的父亲 的母亲 的儿子 的女儿 的哥哥 的姐姐 的弟弟 的妹妹 的家人 的亲人 的父母 的学生 "
                "的律师 和妻子 和丈夫 及妻子 夫妇 女士 先生 是一位 是一名 是个 曾是 现年 今年 出生 "
                "准备 获得 得知 发现 带头 也 则 还 曾 已 已经 目前 现在 现 本人 自己 合影 合照 一家 双双 "
                "等人 本周 本月 上周 来说 提醒 日前 日在 日对 于 被 在 和他的 和她的 及其 （化名 (化名 "
                "地区 地方 多次 多年 遭到 两人 三人 四人 五人 年逾 年过 年近 年仅 年届"
            )
        ),
        key=len,
        reverse=True,
    )
)
# Credits: what follows these is an author, not a person in the story.
AUTHOR_CUES = (
    "记者",
    "责编",
    "网编",
    "编辑",
    "撰稿",
    "撰文",
    "摄影",
    "主持人",
    "翻译",
    "编译",
    "译者",
    "作者",
    "特约记者",
    "通讯员",
    "制作",
)
AUTHOR_NAME_MAX = 5

ETHNICITY_WORDS = {
    "维吾尔": "uyghur",
    "维族": "uyghur",
    "维吾尔族": "uyghur",
    "维人": "uyghur",
    "哈萨克": "kazakh",
    "哈萨克族": "kazakh",
    "哈族": "kazakh",
    "柯尔克孜": "kyrgyz",
    "吉尔吉斯": "kyrgyz",
    "柯族": "kyrgyz",
    "回族": "hui",
    "回民": "hui",
    "东干": "hui",
    "乌孜别克": "uzbek",
    "乌兹别克": "uzbek",
    "塔塔尔": "tatar",
    "汉族": "han",
    "汉人": "han",
    "彝族": "other",
    "蒙古族": "other",
    "锡伯族": "other",
    "塔吉克族": "other",
    "藏族": "other",
    "少数民族": "other",
}
# A group: an ethnonym followed by a word for people.
GROUP_NOUNS = (
    "人",
    "族人",
    "族",
    "妇女",
    "男子",
    "女子",
    "人士",
    "民众",
    "家庭",
    "牧民",
    "学生",
    "留学生",
    "知识分子",
    "精英",
    "学者们",
    "商人们",
    "宗教人士",
    "文化人物",
    "艺人",
    "公民",
    "青年",
    "儿童",
    "同胞",
    "群体",
    "社区",
    "移民",
    "侨民",
    "难民",
    "穆斯林",
    # Hong Kong and Malaysian outlets' word for Muslims (维族回教徒).
    "回教徒",
    "群众",
    "居民",
    "村民",
    "农民",
    "男性",
    "女性",
    "流亡人士",
    "维权人士",
    "活动人士",
    # Advocates and dissidents abroad, often named by people alone (维吾尔倡议者).
    "倡议者",
    "倡导者",
    "维权者",
    "异见人士",
    "社群",
    "成员",
)

RELATIONS = {
    "父亲": "father",
    "爸爸": "father",
    "老父": "father",
    "家父": "father",
    "父": "father",
    "爸": "father",
    "母亲": "mother",
    "妈妈": "mother",
    "老母": "mother",
    "家母": "mother",
    "母": "mother",
    "妈": "mother",
    "父母亲": "parent",
    "父母": "parent",
    "双亲": "parent",
    "二老": "parent",
    "哥哥": "brother",
    "弟弟": "brother",
    "兄弟": "brother",
    "兄长": "brother",
    "胞兄": "brother",
    "胞弟": "brother",
    "兄": "brother",
    "二弟": "brother",
    "三弟": "brother",
    "四哥": "brother",
    "四弟": "brother",
    "哥": "brother",
    "弟": "brother",
    "姐姐": "sister",
    "妹妹": "sister",
    "姊姊": "sister",
    "姐妹": "sister",
    "姐": "sister",
    "妹": "sister",
    "胞姐": "sister",
    "胞妹": "sister",
    "家姐": "sister",
    "阿姐": "sister",
    "姊妹": "sister",
    "胞姊": "sister",
    "姊": "sister",
    "大妹": "sister",
    "二妹": "sister",
    "三妹": "sister",
    "兄弟姐妹": "sibling",
    # 姊 is the older sister in Taiwanese and Hong Kong writing: 兄弟姊妹 are all the siblings,
    # not brothers beside sisters.
    "兄弟姊妹": "sibling",
    "手足": "sibling",
    # Taiwan's forms the folding keeps: 姊夫 (姐夫), 姪子 and 姪女 (侄子, 侄女), 外子 (my
    # husband), 爱妻, 么弟 and 么妹 (the youngest), 爸妈 (both parents, not the father).
    "姊夫": "relative",
    "姪子": "relative",
    "姪女": "relative",
    "姪儿": "relative",
    "外子": "spouse",
    "爱妻": "spouse",
    "么弟": "brother",
    "么妹": "sister",
    "爸妈": "parent",
    "儿子": "son",
    "孩子": "child",
    "子女": "child",
    "女儿": "daughter",
    "儿女": "child",
    "丈夫": "spouse",
    "妻子": "spouse",
    "老公": "spouse",
    "老婆": "spouse",
    "配偶": "spouse",
    "太太": "spouse",
    "夫人": "spouse",
    # A couple named by one of them (艾山夫妇, 古丽夫妻俩): that person and the spouse.
    "夫妇": "spouse",
    "夫妻": "spouse",
    "爱人": "spouse",
    "前夫": "spouse",
    "前妻": "spouse",
    "表哥": "cousin",
    "表姐": "cousin",
    "表弟": "cousin",
    "表妹": "cousin",
    "堂兄": "cousin",
    "堂弟": "cousin",
    "堂姐": "cousin",
    "堂妹": "cousin",
    "表兄弟": "cousin",
    "堂兄弟": "cousin",
    "亲戚": "relative",
    "亲属": "relative",
    "叔叔": "relative",
    "舅舅": "relative",
    "姑姑": "relative",
    "阿姨": "relative",
    "伯父": "relative",
    "侄子": "relative",
    "侄女": "relative",
    "外甥": "relative",
    "岳父": "relative",
    "岳母": "relative",
    "公公": "relative",
    "婆婆": "relative",
    "儿媳": "relative",
    "儿媳妇": "relative",
    "女婿": "relative",
    "嫂子": "relative",
    "姐夫": "relative",
    "妹夫": "relative",
    "孙子": "relative",
    "孙女": "relative",
    "孙儿": "relative",
    "孙辈": "relative",
    "爷爷": "relative",
    "奶奶": "relative",
    "祖父": "relative",
    "祖母": "relative",
    "外公": "relative",
    "外婆": "relative",
    "叔父": "relative",
    "伯伯": "relative",
    "伯母": "relative",
    "婶婶": "relative",
    "姨妈": "relative",
    "舅妈": "relative",
    "姑妈": "relative",
    "姑父": "relative",
    "姨父": "relative",
    "外孙": "relative",
    "外孙女": "relative",
    "外甥女": "relative",
    "侄儿": "relative",
    "弟媳": "relative",
    "嫂嫂": "relative",
    "亲家": "relative",
    "公婆": "relative",
    "岳父母": "relative",
    "外父": "relative",  # Cantonese for 岳父, 岳母
    "外母": "relative",
    "兄嫂": "relative",
    "舅父": "relative",
    "姑母": "relative",
    "外祖父": "relative",
    "外祖母": "relative",
    # Hong Kong (Cantonese) kin words: 孻子 the youngest son, 细佬 a younger brother.
    "孻子": "son",
    "孻女": "daughter",
    "细佬": "brother",
    # 大伯 (an uncle), and cousins of both sexes named together (堂兄妹).
    "大伯": "relative",
    "堂兄妹": "cousin",
    "表兄妹": "cousin",
    "堂兄弟姐妹": "cousin",
    "表兄弟姐妹": "cousin",
    # In-laws of one's own generation and others by marriage, and step- and foster parents.
    "小叔子": "relative",
    "大伯子": "relative",
    "小舅子": "relative",
    "大舅子": "relative",
    "小姑子": "relative",
    "大姑子": "relative",
    "小姨子": "relative",
    "大姨子": "relative",
    "妯娌": "relative",
    "连襟": "relative",
    "内弟": "relative",
    "内兄": "relative",
    "大嫂": "relative",
    "姻亲": "relative",
    "岳丈": "relative",
    "丈人": "relative",
    "丈母娘": "relative",
    "姑丈": "relative",
    "姨丈": "relative",
    "表舅": "relative",
    "堂叔": "relative",
    "侄孙": "relative",
    "孙媳": "relative",
    "继父": "father",
    "继母": "mother",
    "养父": "father",
    "养母": "mother",
    "继子": "son",
    "继女": "daughter",
    "养子": "son",
    "养女": "daughter",
    "庶子": "son",
    "阿妈": "mother",
    "阿爸": "father",
    "堂哥": "cousin",
    "堂姐妹": "cousin",
    "表姐妹": "cousin",
    "老爸": "father",
    "老妈": "mother",
    "老伴": "spouse",
    "内人": "spouse",
    "媳妇": "spouse",
    "妻": "spouse",
    "兄妹": "sibling",
    "姐弟": "sibling",
    # A child or sibling told apart by birth order: one of several, so a name given to one
    # (二姐古丽) is not the name of another (姐姐). See ORDERED_KIN.
    "长子": "son",
    "次子": "son",
    "幼子": "son",
    "独子": "son",
    "大儿子": "son",
    "小儿子": "son",
    "二儿子": "son",
    "三儿子": "son",
    "长女": "daughter",
    "次女": "daughter",
    "幼女": "daughter",
    "大女儿": "daughter",
    "二女儿": "daughter",
    "三女儿": "daughter",
    "小女儿": "daughter",
    "大哥": "brother",
    "二哥": "brother",
    "三哥": "brother",
    "大姐": "sister",
    "二姐": "sister",
    "三姐": "sister",
    "四姐": "sister",
    "小妹": "sister",
    "大弟": "brother",
    "小弟": "brother",
    "小弟弟": "brother",
    "小妹妹": "sister",
    "大弟弟": "brother",
    "大妹妹": "sister",
    "家人": "family",
    "家属": "family",
    "亲人": "family",
    "亲友": "relative",  # relatives and friends: not one household (GOLD.md)
    "家庭": "family",
    "一家": "family",
    "全家": "family",
    "家里人": "family",
    "家眷": "family",
    "家族": "family",
}
# Kin words naming a child (女儿, 长子): a Turkic child's later name part is the father's.
CHILD_WORDS = tuple(
    word for word, relation in RELATIONS.items() if relation in {"son", "daughter", "child"}
)
ORDERED_KIN = frozenset(
    words(
        "长子 次子 幼子 独子 大儿子 小儿子 长女 次女 幼女 大女儿 小女儿 "
        "大哥 二哥 三哥 大姐 二姐 三姐 四姐 小妹 大弟 二弟 小弟 大妹 二妹 "
        "小弟弟 小妹妹 大弟弟 大妹妹"
    )
)
# The wife of a brother or son, the husband of a sister or daughter: the relation to the
# anchor's relative (弟媳: the brother's spouse).
IN_LAWS = {
    "弟媳": "brother",
    "嫂子": "brother",
    "嫂嫂": "brother",
    "儿媳": "son",
    "儿媳妇": "son",
    "女婿": "daughter",
    "姐夫": "sister",
    "姊夫": "sister",
    "妹夫": "sister",
}
# Pronouns that point back to the last-named person.
PRONOUNS = ("他们", "她们", "他", "她", "其")
FIRST_PERSON = ("我们", "我")

# Media names: a place inside them is not a place the report names (shared/corpus/GOLD.md).
MEDIA_NAMES = (
    "美国之音",
    "德国之声",
    "自由亚洲电台",
    "自由亚洲",
    "法新社",
    "美联社",
    "路透社",
    "华盛顿邮报",
    "纽约时报",
    "华尔街日报",
    "金融时报",
    "南华早报",
    "环球时报",
    "人民日报",
    "新华社",
    "中新社",
    "中央社",
    "大纪元",
    "风传媒",
    "央广",
    "英国广播公司",
    "法国国际广播电台",
    "法广",
    "日经",
    "日本经济新闻",
    "土耳其广播电视台",
    "美国有线电视新闻网",
    "半岛电视台",
    "澳洲广播公司",
    "澳大利亚广播公司",
    "加拿大广播公司",
    "法国24",
    "德国之声中文网",
    "苹果日报",
    "明报",
    "香港01",
    "联合早报",
    "新京报",
    "中国日报",
    "中国时报",
    "自由时报",
    "联合报",
    "端传媒",
    "阿波罗新闻网",
    "中国之声",
    "俄罗斯卫星通讯社",
    "塔斯社",
    "哈通社",
    "对华援助协会",
    "寒冬",
    "观察者网",
    "中央电视台",
    "央视",
    "凤凰卫视",
    "澎湃新闻",
    "纽约客",
    "经济学人",
    "卫报",
    "新唐人",
    "看中国",
    "报导者",
    "关键评论网",
    "共同社",
    "韩联社",
    "立场新闻",
    "中央通讯社",
    "Focus Taiwan",
    "フォーカス台湾",  # the Japanese edition of Focus Taiwan, in the site's own links
    "新华网",
    "环球网",
    "人民网",
    "阿斯塔纳时报",
    "哈萨克斯坦国际通讯社",
    "亚洲时报",
    "日本时报",
    "美国国际广播",
    # NPR, whose Chinese names begin with the country: no more a place than 美国之音's.
    "美国全国公共广播电台",
    "美国国家公共广播电台",
    "美国国家公共电台",
)
# Short country forms in compounds: 中哈边境 names China and Kazakhstan.
COUNTRY_ABBREVIATIONS = {
    "中": "CN",
    "哈": "KZ",
    "美": "US",
    "土": "TR",
    "吉": "KG",
    "俄": "RU",
    "日": "JP",
    "德": "DE",
    "英": "GB",
    "法": "FR",
    "澳": "AU",
    "乌": "UZ",
    "塔": "TJ",
    "台": "TW",
}
# Short forms before 籍 (citizenship): 澳籍 is Australian, 美籍 American.
CITIZENSHIP_ABBREVIATIONS = {
    "美": "US",
    "澳": "AU",
    "德": "DE",
    "英": "GB",
    "加": "CA",
    "日": "JP",
    "哈": "KZ",
    "土": "TR",
    "法": "FR",
    "荷": "NL",
    "俄": "RU",
    "韩": "KR",
    "吉": "KG",
    "挪": "NO",
    "比": "BE",
    "意": "IT",
    "中": "CN",
}
COUNTRY_SIDES = {"中方": "CN", "哈方": "KZ", "美方": "US", "土方": "TR", "俄方": "RU", "中共": None}
# Forms that name a place only in some uses: 哈萨克人 is an ethnic group, not Kazakhstan.
ETHNIC_FOLLOWERS = (
    "族",
    "人",
    "语",
    "文",
    "裔",
    "牧民",
    "妇女",
    "男子",
    "女子",
    "学者",
    "青年",
    "老人",
    "同胞",
    "穆斯林",
    "回教徒",
)

# Public figures often named with no title or verb beside them (the Party leadership, Xinjiang
# and foreign-ministry officials, foreign leaders and officials, well-known Uyghur and Kazakh
# public figures and researchers). Public knowledge, written as Chinese-language media write
# the names; not read from any report.
PUBLIC_FIGURES = frozenset(
    words(
        "习近平 江泽民 胡锦涛 温家宝 李克强 李强 王毅 秦刚 王沪宁 栗战书 赵乐际 韩正 毛泽东 邓小平 "
        "陈全国 马兴瑞 张春贤 王乐泉 王君正 朱海仑 徐海荣 艾尔肯·吐尼亚孜 雪克来提·扎克尔 "
        "努尔·白克力 华春莹 汪文斌 赵立坚 毛宁 耿爽 陆慷 林剑 郭嘉昆 秦刚 "
        "蓬佩奥 布林肯 拜登 特朗普 奥巴马 佩洛西 卢比奥 哈里斯 默克尔 马克龙 "
        "川普 庞培欧 卢比欧 裴洛西 梅克尔 马克宏 艾尔段 古特瑞斯 巴舍莱 托卡叶夫 普京 普丁 "
        "托卡耶夫 纳扎尔巴耶夫 米尔济约耶夫 扎帕罗夫 埃尔多安 古特雷斯 巴切莱特 蒂尔克 "
        "郑国恩 伊力哈木·土赫提 热比娅·卡德尔 多里坤·艾沙 热依拉·达吾提 古丽巴哈尔·海提瓦吉"
    )
)
