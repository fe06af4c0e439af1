"""A character-level CRF that marks the spans of person names, on top of the rules.

The rules (persons.py) find names from separators, transliteration characters and cue words,
but cut names at the edges (a first syllable lost, a particle kept) and miss names without a cue.
This tagger reads every character with its neighbours, its class (transliteration character,
Han surname, separator), the Xinjiang syllable table, the person names and frequent words of
jieba's dictionary and what the rules have claimed so far, and labels it B (a name starts),
I (inside) or O. Its finder, a second CRF of the same kind fitted without what the rules
claimed as names, finds names the rules missed (name_finder.py).

Weights are trained by python-crfsuite (`fit_name_tagger`, only when training) and shipped as
JSON (`data/name-tagger.json`): a feature string -> one weight per label, and label transitions.
Features are single characters, character pairs and class codes, never longer runs of text, so
the weights hold no sentence of the reports they were fitted on. Decoding is a plain Viterbi
over three labels, in Python, with no dependency.
"""

import json
import math
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tugan.core.extract.document import NAME_SEPARATORS, Document
from tugan.core.extract.lexicon import (
    HAN_COMPOUND_SURNAMES,
    HAN_SURNAMES,
    NAME_ENDINGS,
    NAME_PARTS,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    TRANSLITERATION_CHARACTERS,
)
from tugan.core.extract.name_shapes import frequent_words, syllable_units

LABELS = ("O", "B", "I")
WEIGHTS_RESOURCE = "name-tagger.json"
FORMAT_VERSION = 1
# Claims of other extractors, as one letter each: what the rules have read at this character.
OWNER_CODES = {
    "person": "P",
    "place": "L",
    "author": "A",
    "media": "M",
    "latin": "T",
    "identifier": "D",
}
WHITESPACE = re.compile(r"\s")
# Characters read on each side of a window (longer than any cue word the features look up).
CONTEXT = 8
# Characters tagged on each side of a name the rules found.
REACH = 6


class NameTaggerError(ValueError):
    """Raised when a weights file cannot be read as a name tagger."""


@cache
def dictionary_person_names() -> frozenset[str]:
    """Return the two- and three-character words jieba's dictionary tags as person names (nr)."""
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^([\u4e00-\u9fff]{2,3}) \d+ nr$", text, re.MULTILINE))


@cache  # read for every character of every window: a text has few distinct characters
def character_class(character: str) -> str:
    """Return one letter for a character's kind: separator, name, surname, Han, Latin, other."""
    if character in NAME_SEPARATORS:
        return "d"
    if "\u3400" <= character <= "\u9fff":
        if character in TRANSLITERATION_CHARACTERS:
            return "t" if character not in HAN_SURNAMES else "u"
        return "s" if character in HAN_SURNAMES else "h"
    if character.isascii() and character.isalpha():
        return "L" if character.isupper() else "l"
    if character.isdigit():
        return "n"
    if character.isspace():
        return "w"
    return "p"


# The word lists the features look up, in the order of their bits in word_index().
WORD_LISTS = (
    "units",
    "parts",
    "endings",
    "dictionary",
    "cues_before",
    "cues_after",
    "compound_surnames",
    "words",
)


# A bit above the lists' bits: the string begins a longer word, so reading goes on past it.
BEGINS_LONGER = 1 << len(WORD_LISTS)


@cache
def word_index() -> dict[str, int]:
    """Return every word the features look up, with a bit per list that holds it (WORD_LISTS),
    and every string that begins a longer word, with BEGINS_LONGER: one pass over a text marks
    all lists at once, with one lookup per string read."""
    lists = {
        "units": syllable_units(),
        "parts": frozenset(NAME_PARTS),
        "endings": frozenset(NAME_ENDINGS),
        "dictionary": dictionary_person_names(),
        "cues_before": frozenset(PERSON_CUES_BEFORE),
        "cues_after": frozenset(PERSON_CUES_AFTER),
        "compound_surnames": frozenset(HAN_COMPOUND_SURNAMES),
        "words": frozenset(word for word in frequent_words() if 2 <= len(word) <= 4),
    }
    index: dict[str, int] = {}
    for bit, name in enumerate(WORD_LISTS):
        for word in lists[name]:
            index[word] = index.get(word, 0) | 1 << bit
    for word in list(index):
        for length in range(1, len(word)):
            index[word[:length]] = index.get(word[:length], 0) | BEGINS_LONGER
    return index


def mark_words(text: str) -> tuple[list[int], list[int]]:
    """Return, per character, the bits of the lists with a word starting there, and ending.

    From each character the text is read one character longer at a time, while what is read
    still begins some word.
    """
    index = word_index()
    length = len(text)
    starts, ends = [0] * length, [0] * length
    for position in range(length):
        end = position + 1
        while end <= length:
            found = index.get(text[position:end], 0)
            bits = found & ~BEGINS_LONGER
            if bits:
                starts[position] |= bits
                ends[end - 1] |= bits
            if not found & BEGINS_LONGER:
                break
            end += 1
    return starts, ends


def document_features(document: Document, rule_names: bool = True) -> list[list[str]]:
    """Return the features of every character of a document, as the rules have left it."""
    return window_features(document, 0, len(document.folded), rule_names)


def window_features(
    document: Document, start: int, end: int, rule_names: bool = True
) -> list[list[str]]:
    """Return the features of the characters in [start, end), read with their context.

    Without rule_names the names the rules found are not shown (what the name finder reads:
    it learns the shape and context of names, not to repeat the rules).
    """
    low, high = max(0, start - CONTEXT), min(len(document.folded), end + CONTEXT)
    text = document.folded[low:high]
    length = len(text)
    classes = "".join(map(character_class, text))
    # Whitespace written "_": crfsuite's model dump cannot carry it inside a feature name.
    padded = (
        ("^^" if low == 0 else "")
        + WHITESPACE.sub("_", text)
        + ("$$" if high == len(document.folded) else "")
    )
    padded_classes = (
        ("^^" if low == 0 else "") + classes + ("$$" if high == len(document.folded) else "")
    )
    shift = 2 if low == 0 else 0
    owners = "".join(OWNER_CODES.get(owner or "", "-") for owner in document.taken[low:high])
    if not rule_names:
        owners = owners.replace(OWNER_CODES["person"], "-")
    # A rule's name is B where it starts and I inside (the character before the window counts).
    rule_codes = ["O" + owner for owner in owners]
    is_in_name = low > 0 and document.taken[low - 1] == "person"
    for index, owner in enumerate(owners):
        if owner == "P":
            rule_codes[index] = "IP" if is_in_name else "BP"
        is_in_name = owner == "P"
    starts, ends = mark_words(text)
    units, parts, endings, dictionary, cues_before, cues_after, compound, words = (
        1 << bit for bit in range(len(WORD_LISTS))
    )
    sequences: list[list[str]] = []
    for index in range(start - low, end - low):
        at = index + shift
        features = [
            "c=" + padded[at],
            "c-1=" + padded[at - 1],
            "c+1=" + padded[at + 1],
            "c-2=" + padded[at - 2],
            "c+2=" + padded[at + 2],
            "b-=" + padded[at - 1 : at + 1],
            "b+=" + padded[at : at + 2],
            "k=" + padded_classes[at - 2 : at + 3],
            "k3=" + padded_classes[at - 1 : at + 2],
            "r=" + rule_codes[index],
            "r-=" + (rule_codes[index - 1] if index else "^"),
            "r+=" + (rule_codes[index + 1] if index + 1 < length else "$"),
        ]
        start_bits, end_bits = starts[index], ends[index]
        if start_bits & units:
            features.append("us")
        if end_bits & units:
            features.append("ue")
        if start_bits & parts:
            features.append("np")
        if end_bits & endings:
            features.append("ne")
        if start_bits & dictionary:
            features.append("js")
        if end_bits & dictionary:
            features.append("je")
        if index and ends[index - 1] & cues_before:
            features.append("cb")
        if index + 1 < length and starts[index + 1] & cues_after:
            features.append("ca")
        if start_bits & compound:
            features.append("cs")
        if start_bits & words:
            features.append("ws")
        if end_bits & words:
            features.append("we")
        sequences.append(features)
    return sequences


@dataclass(frozen=True)
class NameTagger:
    """CRF weights: a weight per label for each feature, and label-to-label transitions.

    finder, when fitted, is a second CRF of the same kind that reads text without the rules'
    names (window_features with rule_names=False): it finds names the rules missed.
    """

    features: dict[str, tuple[float, float, float]]
    transitions: tuple[tuple[float, float, float], ...]
    finder: "NameTagger | None" = None

    def emissions(self, features: list[list[str]]) -> list[tuple[float, float, float]]:
        """Return each character's score of O, B and I: the sum of its features' weights.

        decode and marginal_probabilities both read these, so a window is scored once.
        """
        weights = self.features
        scores = []
        for item in features:
            o = b = i = 0.0
            for feature in item:
                w = weights.get(feature)
                if w is not None:
                    o += w[0]
                    b += w[1]
                    i += w[2]
            scores.append((o, b, i))
        return scores

    def tag(self, features: list[list[str]]) -> list[str]:
        """Return the most likely label of each character (Viterbi over O, B, I)."""
        return self.decode(self.emissions(features))

    def decode(self, scores: list[tuple[float, float, float]]) -> list[str]:
        """Return the most likely label of each character given its emissions (Viterbi)."""
        if not scores:
            return []
        (oo, ob, oi), (bo, bb, bi), (io, ib, ii) = self.transitions
        back: list[tuple[int, int, int]] = []
        best_o = best_b = 0.0
        best_i = -math.inf  # a name cannot start inside
        first = True
        for o, b, i in scores:
            if first:
                best_o, best_b, first = o, b, False
                continue
            # To O and to B: from any label; to I: from B or I only. A tie goes to the later
            # label, as max over (score, label) pairs gives; compared inline for speed.
            to_o, from_o = best_o + oo, 0
            if best_b + bo >= to_o:
                to_o, from_o = best_b + bo, 1
            if best_i + io >= to_o:
                to_o, from_o = best_i + io, 2
            to_b, from_b = best_o + ob, 0
            if best_b + bb >= to_b:
                to_b, from_b = best_b + bb, 1
            if best_i + ib >= to_b:
                to_b, from_b = best_i + ib, 2
            to_i, from_i = best_b + bi, 1
            if best_i + ii >= to_i:
                to_i, from_i = best_i + ii, 2
            back.append((from_o, from_b, from_i))
            best_o, best_b, best_i = to_o + o, to_b + b, to_i + i
        label = max((best_o, 0), (best_b, 1), (best_i, 2))[1]
        path = [label]
        for step in reversed(back):
            label = step[label]
            path.append(label)
        path.reverse()
        return [LABELS[label] for label in path]

    def marginal_probabilities(
        self, scores: list[tuple[float, float, float]]
    ) -> list[tuple[float, float, float]]:
        """Return each character's probability of O, B and I, from its emissions.

        Forward-backward over the same labels and transitions as decode.
        A name cannot start inside: I follows only B or I, and the first label is O or B.
        """
        if not scores:
            return []
        allowed = ((True, True, False), (True, True, True), (True, True, True))
        exp_transitions = [
            [math.exp(self.transitions[a][b]) if allowed[a][b] else 0.0 for b in range(3)]
            for a in range(3)
        ]
        # Scaled forward and backward passes (each step normalised to sum 1).
        forward: list[list[float]] = []
        first = scores[0]
        top = max(first[0], first[1])
        alpha = [math.exp(first[0] - top), math.exp(first[1] - top), 0.0]
        total = sum(alpha)
        forward.append([a / total for a in alpha])
        for score in scores[1:]:
            top = max(score)
            emit = [math.exp(value - top) for value in score]
            previous = forward[-1]
            alpha = [
                emit[b] * sum(previous[a] * exp_transitions[a][b] for a in range(3))
                for b in range(3)
            ]
            total = sum(alpha)
            forward.append([a / total for a in alpha])
        backward: list[list[float]] = [[1.0, 1.0, 1.0]]
        for score in reversed(scores[1:]):
            top = max(score)
            emit = [math.exp(value - top) for value in score]
            following = backward[-1]
            beta = [
                sum(exp_transitions[a][b] * emit[b] * following[b] for b in range(3))
                for a in range(3)
            ]
            total = sum(beta)
            backward.append([value / total for value in beta])
        backward.reverse()
        result = []
        for alpha, beta in zip(forward, backward, strict=True):
            joint = [alpha[label] * beta[label] for label in range(3)]
            total = sum(joint)
            result.append((joint[0] / total, joint[1] / total, joint[2] / total))
        return result

    def found_names(
        self, document: Document, windows: list[tuple[int, int]]
    ) -> list[tuple[int, int, float]]:
        """Return the names this CRF reads in windows, as (start, end, confidence).

        Windows are read without the rules' names (rule_names=False). A name's confidence is
        the least probability, over its characters, of the label the decoding gave it.
        """
        found = []
        for low, high in windows:
            scores = self.emissions(window_features(document, low, high, rule_names=False))
            labels = self.decode(scores)
            if "B" not in labels:
                continue
            probabilities = self.marginal_probabilities(scores)
            start: int | None = None
            for offset, label in enumerate([*labels, "O"]):
                if label != "I" and start is not None:
                    confidence = min(
                        probabilities[index][LABELS.index(labels[index])]
                        for index in range(start, offset)
                    )
                    found.append((low + start, low + offset, confidence))
                    start = None
                if label == "B":
                    start = offset
        return found

    def spans(self, document: Document) -> list[tuple[int, int]]:
        """Return the name spans the tagger reads around the names the rules found."""
        windows: list[list[int]] = []
        index, length = 0, len(document.taken)
        while index < length:
            if document.taken[index] != "person":
                index += 1
                continue
            end = index
            while end < length and document.taken[end] == "person":
                end += 1
            low, high = max(0, index - REACH), min(length, end + REACH)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
            index = end
        spans: list[tuple[int, int]] = []
        for low, high in windows:
            labels = self.tag(window_features(document, low, high))
            start: int | None = None
            for offset, label in enumerate([*labels, "O"]):
                if label != "I" and start is not None:
                    spans.append((low + start, low + offset))
                    start = None
                if label == "B":
                    start = offset
        return spans

    def to_dict(self) -> dict[str, Any]:
        """Return the weights as a JSON-ready dict (the finder's under "finder")."""
        data: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "labels": list(LABELS),
            "transitions": [list(row) for row in self.transitions],
            "features": {
                name: [round(w, 4) for w in weights]
                for name, weights in sorted(self.features.items())
            },
        }
        if self.finder is not None:
            data["finder"] = self.finder.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "weights") -> "NameTagger":
        """Return a tagger from to_dict's structure; NameTaggerError names what is wrong."""
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise NameTaggerError(f"{source}: not a name tagger of format {FORMAT_VERSION}")
        if data.get("labels") != list(LABELS):
            raise NameTaggerError(f"{source}: labels must be {list(LABELS)}")
        try:
            transitions = tuple(
                (float(row[0]), float(row[1]), float(row[2])) for row in data["transitions"]
            )
            features = {
                str(name): (float(w[0]), float(w[1]), float(w[2]))
                for name, w in data["features"].items()
            }
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            raise NameTaggerError(f"{source}: bad weights ({error})") from None
        if len(transitions) != 3:
            raise NameTaggerError(f"{source}: transitions must be 3 rows")
        finder = cls.from_dict(data["finder"], f"{source} (finder)") if "finder" in data else None
        return cls(features, transitions, finder)


def read_name_tagger(path: Path) -> NameTagger:
    """Return the tagger stored as JSON at path."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NameTaggerError(f"{path}: {error}") from None
    return NameTagger.from_dict(data, str(path))


@cache
def shipped_name_tagger() -> NameTagger | None:
    """Return the tagger shipped in tugan.core.data, or None when the package has none."""
    resource = resources.files("tugan.core.data").joinpath(WEIGHTS_RESOURCE)
    if not resource.is_file():
        return None
    return NameTagger.from_dict(json.loads(resource.read_text(encoding="utf-8")), WEIGHTS_RESOURCE)


def gold_labels(folded: str, names: Iterable[str]) -> list[str]:
    """Return O/B/I labels for folded text, marking every occurrence of the given names.

    Names are as GOLD.md writes them ("·" between parts, Simplified); in the text the parts
    may be joined by any separator, with or without spaces. Longer names are marked first.
    """
    labels = ["O"] * len(folded)
    separator = f"\\s?[{re.escape(NAME_SEPARATORS)}]?\\s?"
    for name in sorted(set(names), key=len, reverse=True):
        parts = [re.escape(part) for part in name.split("·") if part]
        if not parts or len(name.replace("·", "")) < 2:
            continue
        pattern = re.compile(separator.join(parts), re.IGNORECASE)
        for match in pattern.finditer(folded):
            start, end = match.start(), match.end()
            if any(label != "O" for label in labels[start:end]):
                continue
            labels[start] = "B"
            for index in range(start + 1, end):
                labels[index] = "I"
    return labels


def fit_name_tagger(
    sequences: list[tuple[list[list[str]], list[str]]],
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 150,
) -> NameTagger:
    """Return a tagger trained by python-crfsuite (L-BFGS) on (features, labels) sequences."""
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - depends on the environment
        raise NameTaggerError(
            "training needs python-crfsuite: pip install python-crfsuite"
        ) from None
    trainer = pycrfsuite.Trainer(verbose=False)
    for sequence, labels in sequences:
        trainer.append(sequence, labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as folder:
        model = str(Path(folder) / "names.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        info = tagger.info()
        tagger.close()
    index = {label: position for position, label in enumerate(LABELS)}
    weights: dict[str, list[float]] = {}
    for (attribute, label), weight in info.state_features.items():
        if abs(weight) >= 1e-4 and label in index:
            weights.setdefault(attribute, [0.0, 0.0, 0.0])[index[label]] = weight
    transitions = [[0.0] * 3 for _ in LABELS]
    for (source, target), weight in info.transitions.items():
        if source in index and target in index:
            transitions[index[source]][index[target]] = weight
    return NameTagger(
        {name: (w[0], w[1], w[2]) for name, w in weights.items()},
        tuple((row[0], row[1], row[2]) for row in transitions),
    )
