"""Where a person lives now: stated citizenship (哈萨克斯坦公民) or stated home (现旅居土耳其)."""

import re

from tugan.core.extract.document import Document
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention

CITIZEN_AFTER = re.compile(r"(?:的)?(?:公民|籍|国籍|籍的)")
HOME_BEFORE = re.compile(
    r"(?:现|目前|现已|已经)?(?:旅居|定居|居住在|居住于|住在|家住|现居|移居|流亡|生活在|在)$"
)
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
                prefix = folded[max(0, place.start - 6) : place.start]
                if (
                    HOME_BEFORE.search(prefix)
                    and not prefix.endswith("在")
                    and abs(place.start - end) < SENTENCE_WINDOW
                ):
                    person.residence = place.key
                    break
            if person.residence:
                break
