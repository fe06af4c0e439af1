"""Where a person lives now: stated citizenship (哈萨克斯坦公民) or stated home (现旅居土耳其)."""

import re

from tugan.core.extract.document import Document
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention

CITIZEN_AFTER = re.compile(r"(?:的)?(?:公民|籍|国籍|籍的)")
HOME_BEFORE = re.compile(
    r"(?:现|目前|现已|已经|已)?"
    r"(?:旅居|侨居|定居|(?:定|旅|侨|现)?居[在于]|居住在|居住于|住在|家住|现居|移居|入籍|流亡"
    r"|生活在|在)$"
)
# A citizenship stated after the name: X是哈萨克斯坦公民, X已成为土耳其公民.
COPULA_BETWEEN = re.compile(r"(?:现在|目前|已经|已|现)?(?:是|为|系|成为|成了)(?:一名|一位|一个)?")
# A bare 在 (目前在土耳其) says where someone is, not where they live; 住在, 居住在 and 生活在
# also end in 在 but do state a home.
BARE_AT = re.compile(r"(?:现|目前|现已|已经)?在$")
# A comma between a stated home and a later name ends the clause (住在美国，她寻找姐姐X): the
# home is its subject's. A stray comma right after the 的 of 现旅居土耳其的，X is not a break.
CLAUSE_BREAK = re.compile(r"(?<!^的)[，,；;]")
SENTENCE_WINDOW = 40


def find_residences(
    document: Document, persons: list[PersonFinding], places: list[PlaceMention]
) -> None:
    """Set each person's residence from citizenship or home words near their mentions."""
    folded = document.folded
    for person in persons:
        for start, end in person.spans:
            window_start = max(0, start - SENTENCE_WINDOW)
            for place in places:
                if not window_start <= place.start < start + SENTENCE_WINDOW:
                    continue
                between = folded[min(place.end, end) : max(place.start, start)]
                if re.search(r"[。！？\n]", between):
                    continue
                if (
                    place.end <= start
                    and CITIZEN_AFTER.match(folded, place.end)
                    and start - place.end <= 6
                ):
                    person.residence = place.key
                    break
                if (
                    place.start >= end
                    and CITIZEN_AFTER.match(folded, place.end)
                    and COPULA_BETWEEN.fullmatch(between)
                ):
                    person.residence = place.key
                    break
                prefix = folded[max(0, place.start - 6) : place.start]
                home = HOME_BEFORE.search(prefix)
                if (
                    home
                    and not BARE_AT.fullmatch(home.group())
                    and not (place.end <= start and CLAUSE_BREAK.search(between))
                    # A home in a later clause followed by 的 qualifies the noun after it
                    # (X访问安卡拉期间，侨居土耳其的哈萨克人), not the name before the comma.
                    and not (
                        place.start >= end
                        and folded.startswith("的", place.end)
                        and CLAUSE_BREAK.search(between)
                    )
                    and abs(place.start - end) < SENTENCE_WINDOW
                ):
                    person.residence = place.key
                    break
            if person.residence:
                break
