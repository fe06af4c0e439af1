"""Places named in a report, keyed by the gazetteer as shared/corpus/GOLD.md says."""

import re
from dataclasses import dataclass
from functools import cache

from tugan.core.extract.document import Document
from tugan.core.extract.lexicon import (
    CITIZENSHIP_ABBREVIATIONS,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_SIDES,
    ETHNIC_FOLLOWERS,
    MEDIA_NAMES,
    words,
)
from tugan.core.gazetteer import Place, fold_place_name, load_gazetteer
from tugan.core.regex_prefilter import compile_prefiltered
from tugan.core.scripts import is_han

# Gazetteer names that are also ethnonyms: 哈萨克人 is a people, 哈萨克政府 a country.
ETHNONYM_PLACE_NAMES = frozenset(
    {
        "哈萨克",
        "蒙古",
        "塔吉克",
        "乌兹别克",
        "吉尔吉斯",
        "土库曼",
        "俄罗斯",
        "朝鲜",
        "土耳其",
        "维吾尔",
        "阿拉伯",
    }
)
ETHNONYM_ENDINGS = tuple(sorted(ETHNONYM_PLACE_NAMES))
# Bare names of a prefecture and its seat that reports use for the city: Kashgar is 喀什 (the
# prefecture is written 喀什地区). Only in extraction; the gazetteer's lookups keep the prefecture.
CITY_BY_DEFAULT = {"喀什": "CN-653101"}
# Autonomous prefectures named short, without their people (昌吉自治州) or by their people alone
# (哈萨克自治州, the only Kazakh one): the prefecture, not its seat nor a country.
SHORT_PREFECTURE_NAMES = {
    "昌吉自治州": "CN-652300",
    "伊犁自治州": "CN-654000",
    "哈萨克自治州": "CN-654000",
    "博尔塔拉自治州": "CN-652700",
    "巴音郭楞自治州": "CN-652800",
    "克孜勒苏自治州": "CN-653000",
}
# A word for a town or city right before such a name says it is the seat (城镇和田, 城市阿克苏).
TOWN_BEFORE = re.compile(r"(?:城镇|城市|市区|县城|小城|古城)\Z")
# Spans claimed as no place: parts of a state that no key names (Southern California), and words
# that run into a short name (参加州里的会议 is 参加 + 州), so that 加州 is not read inside them.
UNKEYED_PLACE_NAMES = ("南加州", "北加州", "参加州", "增加州")
# Endings of Turkic personal names that no place name runs on into.
PERSONAL_NAME_ENDINGS = ("古丽", "别克")
EDITIONS = ("语版", "文版")
# Names too common as ordinary words to be read as places on their own.
UNSAFE_NAMES = frozenset(
    {
        "一团",
        "二团",
        "三团",
        "四团",
        "五团",
        "六团",
        "七团",
        "八团",
        "九团",
        "十团",
        "北京时间",
        "中华",
        "新星",
        "白杨",
        "双河",
        "昆玉",
        "和丰",
        "大马",
        "美利坚",
        # Also Turkic given names (Aman), far likelier in these reports.
        "阿曼",
        # Foreign cities whose bare name is a word, a person or runs over another place:
        # hamburger, mosaic (马赛克), gold-rimmed, inside 黄河内, Darwin, Leon, Derek (德里克),
        # Byrne, the Turkistan Islamic Party, 很多哈萨克人, 到达卡塔尔. Their names with 市 are
        # read.
        "汉堡",
        "马赛",
        "金边",
        "河内",
        "达尔文",
        "里昂",
        "德里",
        "伯恩",
        "突厥斯坦",
        "多哈",
        "达卡",
        # Latin names of places that are also given names or surnames (Victoria Lee, Medina).
        "victoria",
        "virginia",
        "alberta",
        "darwin",
        "medina",
        "houston",
        "dallas",
    }
)
KNOWN_MEDIA_PATTERN = re.compile(
    "|".join(sorted(map(re.escape, MEDIA_NAMES), key=len, reverse=True))
)
MEDIA_PATTERN = re.compile(KNOWN_MEDIA_PATTERN.pattern + r"|[\u4e00-\u9fff]{2,4}之[音声]")
COMPOUND_COUNTRIES = re.compile(
    rf"(?P<first>[{''.join(COUNTRY_ABBREVIATIONS)}])(?P<second>[{''.join(COUNTRY_ABBREVIATIONS)}])"
    r"(?=两国|双方|边境|边界|关系|外交|官员|政府|会谈|领导人|合作|之间|口岸)"
)
CITIZENSHIP_PATTERN = compile_prefiltered(
    rf"(?<![\u4e00-\u9fff])(?P<short>[{''.join(CITIZENSHIP_ABBREVIATIONS)}])籍|(?<=[一名位个的是为入了成])"
    rf"(?P<after>[{''.join(CITIZENSHIP_ABBREVIATIONS)}])籍"
)
COUNTRY_SIDE_PATTERN = re.compile("|".join(side for side, key in COUNTRY_SIDES.items() if key))
# A foreign place the gazetteer lacks, written as Han name and Latin name after its country:
# 吉尔吉斯斯坦卡拉苏（Karasuu）市场 -> KG/Karasuu.
LATIN_WORDS = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+)?(?![A-Za-z])")
FOREIGN_PLACE_AFTER_COUNTRY = re.compile(
    r"\s*(?P<han>(?:的)?[\u4e00-\u9fff]{1,6}?)\s*[(（]\s*"
    r"(?P<latin>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)\s*[)）]"
)

PLACE_UNIT_END = re.compile(r"[市巿区镇村县州省乡街]$")
# A Han word for people before the Latin (哈萨克返乡者（Oralmans）, 土耳其移民者（Muhacir）): the
# Latin names them, not a place.
PEOPLE_WORD_END = re.compile(r"[者人们]$")
# A village named after a larger place (阿克苏村 in Kazakhstan's Almaty Region), not its villagers
# or village committee.
VILLAGE_AFTER = re.compile(r"村(?![民委庄落里])")
# A two-word Latin form is a place when its second word says so (Nasr City); else it is most
# often a person's given name and surname (哈萨克的努尔兰（Nurlan Bek）).
PLACE_GENERIC_WORDS = frozenset(
    words(
        "City Town Village District Region Province Oblast County Street Avenue Square Market"
        " Bazaar Park Camp Airport Station Prison Lake River Mountain Mountains Valley Island"
    )
)


# Latin words in brackets after a country that name its people, not a place (澳洲的维吾尔族
# (Uighurs)).
PEOPLE_LATIN_WORDS = frozenset(
    words(
        "Uyghur Uyghurs Uighur Uighurs Kazakh Kazakhs Kyrgyz Uzbek Uzbeks Hui Tatar Tatars Han"
        " Muslim Muslims Chinese Turkic Tajik Tajiks Mongol Mongols Tibetan Tibetans"
    )
)


def is_place_latin(latin: str) -> bool:
    """Return whether a Latin form in brackets can name a place (one word, or Nasr City).

    Acronyms (DFAT, PSB: offices) and the names of peoples (Uighurs) are not places.
    """
    words = latin.split()
    if latin.upper() == latin or words[0] in PEOPLE_LATIN_WORDS:
        return False
    return len(words) == 1 or words[-1] in PLACE_GENERIC_WORDS


@dataclass(frozen=True)
class PlaceMention:
    key: str
    start: int
    end: int


@cache
def place_names() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """Return place names mapped to one key each ("" for a name claimed but not keyed), and the
    name lengths for each first two characters, longest first (for a fast scan)."""
    names: dict[str, str] = {}
    gazetteer = load_gazetteer()
    priority = {
        "country": 0,
        "province": 1,
        "region": 2,
        "prefecture": 3,
        "city": 4,
        "county": 5,
        "xpcc": 6,
    }
    for name, places in gazetteer.names().items():
        if len(name) < 2 or not all(is_han(character) for character in name):
            continue
        if name in UNSAFE_NAMES:
            continue
        best = min(places, key=lambda place: priority.get(place.level, 9))
        names[name] = former_county_key(name, best) or best.key
    names.update(CITY_BY_DEFAULT)
    names.update(SHORT_PREFECTURE_NAMES)
    names.update(dict.fromkeys(UNKEYED_PLACE_NAMES, ""))
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[:2], set()).add(len(name))
    return names, {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def former_county_key(name: str, place: Place) -> str | None:
    """Return the superseded code of a county that is now a city, when the text names the county.

    沙湾县 became 沙湾市 (654223 -> 654203): GOLD.md keys the unit the text names, so 沙湾县
    is CN-654223, while 沙湾 and 沙湾市 are the city.
    """
    if (
        name.endswith("县")
        and place.level == "county"
        and place.name.endswith("市")
        and len(place.historical_codes) == 1
    ):
        return f"CN-{place.historical_codes[0]}"
    return None


@cache
def first_character_pattern() -> re.Pattern[str]:
    """Return a pattern that finds the characters a place name can start with (for speed)."""
    names, _ = place_names()
    return re.compile("[" + re.escape("".join(sorted({name[0] for name in names}))) + "]")


def find_media(document: Document) -> None:
    """Claim the spans of media names, whose places do not count.

    In a page title such as "Headline | 德国之声 来自德国 介绍德国 | DW", the segments after the
    headline that name a medium are the site's own tagline and are claimed whole.
    """
    for match in MEDIA_PATTERN.finditer(document.folded):
        start, end = match.span()
        # The open X之音 form may take in the words before a known name (a name's last
        # character and 对 in ……伊敏对美国之音说): claim the known name only.
        known = KNOWN_MEDIA_PATTERN.search(document.folded, start, end)
        if known is not None:
            start, end = known.span()
        if document.is_free(start, end):
            document.claim(start, end, "media")
    offset = 0
    for line in document.folded.split("\n"):
        if line.count(" | ") >= 2:
            position = line.index(" | ")
            for segment in line[position:].split(" | ")[1:]:
                position = line.index(segment, position)
                if MEDIA_PATTERN.search(segment):
                    document.claim(offset + position, offset + position + len(segment), "media")
        offset += len(line) + 1


def find_latin_places(document: Document) -> list[PlaceMention]:
    """Return countries, provinces, regions and cities written in Latin letters (China,
    Xinjiang, Queensland)."""
    gazetteer = load_gazetteer()
    found = []
    for match in LATIN_WORDS.finditer(document.folded):
        words = [(match.start(), match.end())]
        if " " in match.group():
            middle = match.start() + match.group().index(" ")
            words += [(match.start(), middle), (middle + 1, match.end())]
        for start, end in words:
            if (
                not document.is_free(start, end)
                or fold_place_name(document.folded[start:end]) in UNSAFE_NAMES
            ):
                continue
            places = [
                place
                for place in gazetteer.find(document.folded[start:end])
                if place.level in {"country", "province", "region", "prefecture", "city"}
            ]
            if places:
                found.append(PlaceMention(places[0].key, start, end))
                document.claim(start, end, "place")
    return found


def is_ethnic_use(folded: str, name: str, end: int) -> bool:
    """Return whether an ethnonym-like place name is used for a people (哈萨克族, 蒙古人).

    Also in a list of peoples: after 维吾尔、 or before 等 (维吾尔、哈萨克等穆斯林).
    """
    if name not in ETHNONYM_PLACE_NAMES:
        return False
    following = folded[end : end + 2]
    if following.startswith("人权") or following.startswith("人民"):
        return False
    start = end - len(name)
    return (
        following.startswith(ETHNIC_FOLLOWERS)
        or (following.startswith("等") and following[1:2] not in "了着待到候")  # 等了: waited
        or folded[max(0, start - 4) : start] == "维吾尔、"
    )


def swallows_people(folded: str, name: str, end: int) -> bool:
    """Return whether a longer place name ends in an ethnonym used there for a people
    (新疆维吾尔 in 新疆维吾尔人: the place is 新疆)."""
    # For speed: one test whether any ethnonym ends the name, before each one's.
    return name.endswith(ETHNONYM_ENDINGS) and any(
        name.endswith(ethnonym) and name != ethnonym and is_ethnic_use(folded, ethnonym, end)
        for ethnonym in ETHNONYM_PLACE_NAMES
    )


def is_not_a_place_here(folded: str, name: str, end: int) -> bool:
    """Return whether a place name runs on into a personal name's ending (加纳古丽, 阿山别克),
    or names a language edition of a website (日本语版, 英文版: the site's own links).

    A name that ends in its unit word (伊犁州, 霍城县) runs into no personal name: 伊犁州古丽娜尔
    is the prefecture, then a person whose name opens with 古丽.
    """
    return (
        folded.startswith(PERSONAL_NAME_ENDINGS, end) and not PLACE_UNIT_END.search(name)
    ) or folded.startswith(EDITIONS, end)


def find_places(document: Document) -> list[PlaceMention]:
    """Return the gazetteer places named in the document, claiming their spans."""
    names, lengths_by_first = place_names()
    folded = document.folded
    taken = document.taken
    found: list[PlaceMention] = []
    resume = 0
    for first in first_character_pattern().finditer(folded):
        index = first.start()
        lengths = lengths_by_first.get(folded[index : index + 2])
        if index < resume or lengths is None or taken[index] is not None:
            continue
        named: str | None = None
        for length in lengths:
            candidate = folded[index : index + length]
            if swallows_people(folded, candidate, index + length):
                continue  # 新疆维吾尔人 is 新疆 and the people, not the region's short name
            if candidate in names and document.is_free(index, index + length):
                named = candidate
                break
        if named is None:
            continue
        end = index + len(named)
        if VILLAGE_AFTER.match(folded, end) and not PLACE_UNIT_END.search(named):
            continue  # 阿克苏村: a village of that name (not 喀什村民, Kashgar's villagers)
        key = names[named]
        city = names.get(named + "市")
        if city and city != key and TOWN_BEFORE.search(folded, max(0, index - 3), index):
            key = city  # 绿洲城镇和田: the seat, not the prefecture of the same name
        if not key:
            document.claim(index, end, "place")
        elif not is_ethnic_use(folded, named, end) and not is_not_a_place_here(folded, named, end):
            found.append(PlaceMention(key, index, end))
            document.claim(index, end, "place")
            foreign = FOREIGN_PLACE_AFTER_COUNTRY.match(folded, end)
            # Right after a country; after 的 or one of its cities only when a unit word ends
            # the Han name (开罗省纳斯尔市（Nasr City）; not 伊斯坦布尔的阿依古丽（Aygul）).
            country = key.split("/")[0]
            if (
                "-" not in key
                and foreign
                and is_place_latin(foreign["latin"])
                and not PEOPLE_WORD_END.search(foreign["han"])
                and (
                    ("/" not in key and not foreign["han"].startswith("的"))
                    or PLACE_UNIT_END.search(foreign["han"])
                )
            ):
                found.append(PlaceMention(f"{country}/{foreign['latin']}", end, foreign.end()))
                document.claim(end, foreign.end(), "place")
                end = foreign.end()
        resume = end
    for match in COMPOUND_COUNTRIES.finditer(folded):
        if document.is_free(match.start(), match.end()):
            for group in ("first", "second"):
                found.append(
                    PlaceMention(
                        COUNTRY_ABBREVIATIONS[match[group]], match.start(group), match.end(group)
                    )
                )
            document.claim(match.start(), match.end(), "place")
    for match in CITIZENSHIP_PATTERN.finditer(folded):
        short = match["short"] or match["after"]
        start = match.start("short") if match["short"] else match.start("after")
        if document.is_free(start, start + 1):
            found.append(PlaceMention(CITIZENSHIP_ABBREVIATIONS[short], start, start + 1))
            document.claim(start, start + 1, "place")
    for match in COUNTRY_SIDE_PATTERN.finditer(folded):
        if document.is_free(match.start(), match.end()):
            side = COUNTRY_SIDES[match.group()]
            if side is not None:  # 中共 is the party, not a place: claimed, not found
                found.append(PlaceMention(side, match.start(), match.end()))
            document.claim(match.start(), match.end(), "place")
    found.extend(find_latin_places(document))
    found.sort(key=lambda mention: mention.start)
    return found
