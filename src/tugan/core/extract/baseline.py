"""A baseline to measure extraction against: jieba's part-of-speech tags.

Persons are the tokens tagged nr* (nr, nrfg, nrt), places the tokens tagged ns, keyed through the
gazetteer (a name the gazetteer lacks is kept as written, and so never matches). Events: each
trigger word of a sentence is given the last nr* token before it in that sentence.
"""

import re
from datetime import date
from typing import Any

from tugan.core.extract.document import fold_same_length
from tugan.core.extract.event_patterns import TRIGGER_PATTERN
from tugan.core.gazetteer import load_gazetteer

SENTENCE = re.compile(r"[^。！？!?\n]+")


def extract_with_jieba(text: str, published: date | None, doc_name: str) -> dict[str, Any]:
    """Return the GOLD.md structure that jieba's POS tags give for text."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)  # silence the "Building prefix dict" chatter on stderr
    gazetteer = load_gazetteer()
    folded = fold_same_length(text)
    persons: list[str] = []
    places: list[str] = []
    events: list[dict[str, Any]] = []
    seen_events: set[tuple[str, str]] = set()
    for sentence in SENTENCE.finditer(folded):
        position = sentence.start()
        last_person: list[tuple[int, str]] = []
        for word, flag in jieba.posseg.cut(sentence.group()):
            if flag.startswith("nr") and len(word) >= 2:
                if word not in persons:
                    persons.append(word)
                last_person.append((position, word))
            elif flag == "ns":
                found = gazetteer.find(word)
                key = found[0].key if found else word
                if key not in places:
                    places.append(key)
            position += len(word)
        for match in TRIGGER_PATTERN.finditer(sentence.group()):
            before = [name for at, name in last_person if at < sentence.start() + match.start()]
            if not before:
                continue
            event_type = match.lastgroup or ""
            if (event_type, before[-1]) in seen_events:
                continue
            seen_events.add((event_type, before[-1]))
            events.append(
                {
                    "type": event_type,
                    "subject": {"person": before[-1]},
                    "date": None,
                    "years": None,
                    "place": None,
                    "channel": None,
                }
            )
    return {
        "doc": doc_name,
        "published": published.isoformat() if published else None,
        "persons": [
            {"name": name, "aliases": [], "latin": None, "ethnicity": None, "residence": None}
            for name in persons
        ],
        "authors": [],
        "places": places,
        "events": events,
    }
