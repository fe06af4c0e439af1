"""Latin spellings of names: romanising Kazakh Cyrillic and Uyghur Arabic, and folding to a key.

The folded key uses one letter per sound class, so that spellings from English, Turkish, Russian,
pinyin and ULY (Uyghur Latin Yéziqi) land on the same string: J is j/zh/dzh/c, C is ch/ç,
S is sh/ş, N is ng/ñ, h is h/x/kh; q folds to k, f to p, v to w, ä/ə/é to e, ö to o, ü to u.
"""

import re
import unicodedata

# Kazakh Cyrillic, after the BGN/PCGN 1979 romanisation of Kazakh, with ы written "y" as BGN
# does; Ұ/Ү and Ө keep their vowel distinctions (u/ü, ö). Also covers Uyghur Cyrillic Җ.
_CYRILLIC = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "җ": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "ü",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}

# Uyghur Arabic script (UEY) to ULY, after the 2000 Xinjiang ULY table. Hamza (ئ) only carries
# a vowel and is dropped; Arabic/Persian letter variants map to the Uyghur letter they stand for.
_ARABIC = {
    "ا": "a",
    "ە": "e",
    "ه": "e",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ج": "j",
    "چ": "ch",
    "خ": "x",
    "د": "d",
    "ر": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ڭ": "ng",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ھ": "h",
    "ح": "h",
    "و": "o",
    "ۇ": "u",
    "ۆ": "ö",
    "ۈ": "ü",
    "ۋ": "w",
    "ې": "é",
    "ى": "i",
    "ي": "y",
    "ی": "y",
    "ئ": "",
    "ء": "",
    "ع": "",
    "ة": "e",
    "أ": "a",
    "إ": "i",
    "آ": "a",
    "ۉ": "ö",
}

_VOWEL_LETTERS = "aeiou"
_SPECIAL = str.maketrans(
    {
        **dict.fromkeys("äəæéèêëē", "e"),
        **dict.fromkeys("áàâāãå", "a"),
        **dict.fromkeys("íìîïıīі", "i"),
        **dict.fromkeys("óòôōöøőõ", "o"),
        **dict.fromkeys("úùûūüűůұү", "u"),
        **dict.fromkeys("şšșś", "S"),
        **dict.fromkeys("çčć", "C"),
        **dict.fromkeys("žʒź", "J"),
        **dict.fromkeys("ğġ", "g"),
        **dict.fromkeys("ñŋń", "N"),
        **dict.fromkeys("ḥħĥḫ", "h"),
        **dict.fromkeys("ýÿ", "y"),
        **dict.fromkeys("ţț", "t"),
        "ł": "l",
        "ß": "s",
    }
)
# Longest spellings first; each becomes one key letter.
_DIGRAPHS = [
    ("shch", "S"),
    ("dzh", "J"),
    ("tsh", "C"),
    ("sch", "S"),
    ("dj", "J"),
    ("zh", "J"),
    ("sh", "S"),
    ("ch", "C"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "p"),
    ("j", "J"),
    ("c", "J"),
    ("x", "h"),
    ("q", "k"),
    ("v", "w"),
    ("f", "p"),
]
_DIGRAPH_PATTERN = re.compile("|".join(re.escape(spelling) for spelling, _ in _DIGRAPHS))
_DIGRAPH_LETTER = dict(_DIGRAPHS)
_NG = re.compile(r"ng(?![aeiou])")
_INITIAL_Y = re.compile(r"^y([ei])")
_CONSONANT_Y = re.compile(r"(?<=[^aeiouy])y(?=[^aeiouy]|$)")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def romanize_cyrillic(text: str) -> str:
    """Return Kazakh or Uyghur Cyrillic in Latin letters (Серікжан Біләш -> Serikzhan Biläsh)."""
    out = []
    for character in text:
        lower = character.lower()
        latin = _CYRILLIC.get(lower)
        if latin is None:
            out.append(character)
        elif character != lower and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def romanize_arabic(text: str) -> str:
    """Return Uyghur Arabic-script text in ULY Latin (ئۆمەر -> ömer)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(_ARABIC.get(character, character) for character in text)


def fold_latin(text: str) -> str:
    """Return the phonetic key of a Latin-script name part (Hemdulla -> hemdula, Zhusup -> Jusup).

    Lowercases, folds letter variants and digraphs to one letter per sound class, reads
    initial ye/yi as e/i and y between consonants as i, and collapses doubled letters.
    """
    text = unicodedata.normalize("NFC", text).lower().translate(_SPECIAL)
    text = "".join(character for character in text if character.isalpha())
    if not text.isascii():
        text = "".join(
            character for character in unicodedata.normalize("NFKD", text) if character.isascii()
        )
    text = _DIGRAPH_PATTERN.sub(lambda match: _DIGRAPH_LETTER[match.group(0)], text)
    text = _NG.sub("N", text)
    text = _INITIAL_Y.sub(r"\1", text)
    text = _CONSONANT_Y.sub("i", text)
    text = _DOUBLED.sub(r"\1", text)
    # English spellings of Arabic names end in a silent h (Abdullah = Abdulla).
    text = _FINAL_H.sub("", text)
    return text


# Russian and Kazakh patronymic and family-name endings (-ov, -ova, -ev, -eva, -uly, -kyzy) as
# they fold: a Han form often gives the bare father's name (Samarkhanov = 萨马尔汗).
_SUFFIX = re.compile(r"(?<=...)(ow|owa|ew|ewa|uli|kizi)$")


def strip_patronymic(key: str) -> str:
    """Return a folded key without its patronymic ending (samarhanow -> samarhan)."""
    return _SUFFIX.sub("", key)


def is_vowel(letter: str) -> bool:
    """Return whether a key letter is a vowel."""
    return letter in _VOWEL_LETTERS
