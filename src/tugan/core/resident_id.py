"""Chinese resident identity card numbers (GB 11643-1999, 公民身份号码).

An 18-character number is: six digits of the issuing county (GB/T 2260, as it was when the number
was issued), eight of the birth date (YYYYMMDD), three of a sequence whose last digit is odd for men
and even for women, and a check character (ISO 7064 MOD 11-2: 0-9 or X). The older 15-digit form
(before 1999) has a six-digit birth date (YYMMDD, 19YY) and no check character.
"""

import re
from dataclasses import dataclass
from datetime import date

from tugan.core.gazetteer import Place, load_gazetteer, place_for_county_code
from tugan.core.regex_prefilter import compile_prefiltered

# GB 11643-1999, 7.2: weights 2^(i-1) mod 11 for positions 18..2, and the check character for
# each remainder of the weighted sum mod 11.
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
# Provincial prefixes of GB/T 2260 (11 Beijing ... 65 Xinjiang, 71 Taiwan, 81-82 Hong Kong, Macau).
PROVINCE_PREFIXES = {
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "81",
    "82",
    "83",
    "91",
}
EARLIEST_BIRTH_YEAR = 1880
FULL_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")
ID_NUMBER_IN_TEXT = compile_prefiltered(
    r"(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"
)


@dataclass(frozen=True)
class ResidentId:
    number: str  # as normalised: 18 characters with an upper-case X, or 15 digits
    county_code: str
    birth_date: date
    sex: str  # "male" or "female"
    place: Place | None  # the issuing county's current gazetteer entry, when known

    @property
    def is_legacy(self) -> bool:
        """Return whether this is a 15-digit number from before GB 11643-1999."""
        return len(self.number) == 15


def compute_check_character(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits of a number."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def parse_birth_date(text: str, number: str, today: date) -> date:
    """Return the birth date in YYYYMMDD, or raise ValueError naming the problem."""
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise ValueError(f"{number}: {text} is not a valid birth date") from None
    if born.year < EARLIEST_BIRTH_YEAR or born > today:
        raise ValueError(f"{number}: birth date {born.isoformat()} is not plausible")
    return born


def parse_resident_id(text: str, today: date | None = None) -> ResidentId:
    """Return the decoded resident ID number, or raise ValueError saying why it is invalid.

    Spaces and hyphens are ignored; a lower-case x is read as X.
    """
    number = re.sub(r"[\s\-]", "", text).upper()
    today = today or date.today()
    if len(number) not in (15, 18):
        raise ValueError(
            f"{text!r}: a resident ID number has 18 characters (or 15), not {len(number)}"
        )
    if len(number) == 18:
        if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
            raise ValueError(f"{text!r}: only digits are allowed, and X as the last character")
        expected = compute_check_character(number[:17])
        if number[17] != expected:
            raise ValueError(
                f"{number}: check character is {number[17]}, but GB 11643 gives {expected}"
            )
        born = parse_birth_date(number[6:14], number, today)
    else:
        if not number.isdigit():
            raise ValueError(f"{text!r}: a 15-digit resident ID number has only digits")
        born = parse_birth_date("19" + number[6:12], number, today)
    county_code = number[:6]
    if county_code[:2] not in PROVINCE_PREFIXES:
        raise ValueError(f"{number}: {county_code} is not a GB/T 2260 region code")
    sex = "male" if int(number[16 if len(number) == 18 else 14]) % 2 else "female"
    return ResidentId(
        number=number,
        county_code=county_code,
        birth_date=born,
        sex=sex,
        place=find_issuing_place(county_code),
    )


def valid_resident_id(text: str | None) -> str | None:
    """Return the number of a valid resident ID as GB 11643 writes it, else None (empty too)."""
    if not (text or "").strip():
        return None
    try:
        return parse_resident_id(text or "").number
    except ValueError:
        return None


def find_issuing_place(county_code: str) -> Place | None:
    """Return the county for a code, else its prefecture or province, else None."""
    for code in (county_code, county_code[:4] + "00", county_code[:2] + "0000"):
        place = place_for_county_code(code)
        if place is not None:
            return place
    return load_gazetteer().get("CN") if county_code[:2] in PROVINCE_PREFIXES else None


@dataclass(frozen=True)
class ResidentIdMention:
    start: int
    end: int
    resident_id: ResidentId


def find_resident_ids(text: str, today: date | None = None) -> list[ResidentIdMention]:
    """Return the valid resident ID numbers in text, with their spans."""
    found = []
    # Full-width digits (６５４…) are read as ASCII; the offsets stay the same.
    for match in ID_NUMBER_IN_TEXT.finditer(text.translate(FULL_WIDTH)):
        try:
            resident_id = parse_resident_id(match.group(), today)
        except ValueError:
            continue
        found.append(ResidentIdMention(match.start(), match.end(), resident_id))
    return found
