"""Scoring extraction against human gold, exactly as shared/corpus/GOLD.md "Scoring" says.

- persons: a predicted name matches a gold person when, normalised, it equals the gold name or one
  of its aliases; each gold person matches once.
- places: set precision, recall and F1 over keys.
- events: type and subject agree (person: as for persons; relative_of: same anchor and relation;
  group: same ethnicity, and the same place where both give one); then, over matched events, the
  share whose date agrees at the gold's precision, and whose years agree.

Beside the figures, each wrong event is counted by its nearest miss (`EventErrors`): a subject
or a type away from an event on the other side, or nothing near; each wrong date by what went
wrong with it. They say where extraction fails, not how well it does.
"""

from dataclasses import dataclass, field
from typing import Any

from tugan.core.dates import PartialDate
from tugan.core.extract.document import normalize_name


def normalize_gold_name(name: str) -> str:
    """Return a name normalised for scoring: as GOLD.md writes names, and Latin case-folded."""
    return normalize_name(name).casefold()


@dataclass
class Counts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        """Add another count to this one."""
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        """Return the precision (1.0 when nothing was predicted and nothing is gold)."""
        return (
            self.true_positives / self.predicted
            if self.predicted
            else (1.0 if not self.gold else 0.0)
        )

    @property
    def recall(self) -> float:
        """Return the recall (1.0 when there is no gold and nothing was predicted)."""
        return (
            self.true_positives / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        )

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Return the figures as a JSON-ready dict."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class EventErrors:
    """Why events were wrong, each counted once by its nearest miss.

    A predicted event that matched none is of wrong_subject when an unmatched gold event has its
    type, else of wrong_type when one has its subject, else not_in_gold; a gold event that none
    matched is likewise missed_for_subject, missed_for_type or missed. Of matched events with a
    wrong date: no date where the gold gives one, a date where the gold gives none, or another.
    """

    wrong_subject: int = 0
    wrong_type: int = 0
    not_in_gold: int = 0
    missed_for_subject: int = 0
    missed_for_type: int = 0
    missed: int = 0
    date_missing: int = 0
    date_not_in_gold: int = 0
    date_different: int = 0

    def add(self, other: "EventErrors") -> None:
        """Add another count to this one."""
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def to_dict(self) -> dict[str, int]:
        """Return the counts as a JSON-ready dict."""
        return dict(vars(self))


@dataclass
class Score:
    persons: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    dates_right: int = 0
    years_right: int = 0
    event_errors: EventErrors = field(default_factory=EventErrors)

    def add(self, other: "Score") -> None:
        """Add another count to this one."""
        self.persons.add(other.persons)
        self.places.add(other.places)
        self.events.add(other.events)
        self.dates_right += other.dates_right
        self.years_right += other.years_right
        self.event_errors.add(other.event_errors)

    @property
    def date_accuracy(self) -> float | None:
        """Return the share of matched events whose date agrees, or None."""
        matched = self.events.true_positives
        return self.dates_right / matched if matched else None

    @property
    def years_accuracy(self) -> float | None:
        """Return the share of matched events whose term agrees, or None."""
        matched = self.events.true_positives
        return self.years_right / matched if matched else None

    def to_dict(self) -> dict[str, Any]:
        """Return the figures as a JSON-ready dict."""
        return {
            "persons": self.persons.to_dict(),
            "places": self.places.to_dict(),
            "events": self.events.to_dict(),
            "date_accuracy": None if self.date_accuracy is None else round(self.date_accuracy, 4),
            "years_accuracy": None
            if self.years_accuracy is None
            else round(self.years_accuracy, 4),
            "event_errors": self.event_errors.to_dict(),
        }


class _PersonIndex:
    """Which gold person a normalised name stands for."""

    def __init__(self, gold_persons: list[dict[str, Any]]) -> None:
        self.by_name: dict[str, int] = {}
        for index, person in enumerate(gold_persons):
            for name in [person["name"], *person.get("aliases", [])]:
                self.by_name.setdefault(normalize_gold_name(name), index)

    def identity(self, name: str | None) -> str | int | None:
        """Return the index of the gold person a name stands for, else the name itself."""
        if name is None:
            return None
        normalised = normalize_gold_name(name)
        return self.by_name.get(normalised, normalised)


def score_persons(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Counts:
    """Return person counts: each predicted name matches at most one unmatched gold person."""
    index = _PersonIndex(gold)
    matched: set[int] = set()
    true_positives = 0
    for person in predicted:
        for name in [person["name"], *person.get("aliases", [])]:
            identity = index.identity(name)
            if isinstance(identity, int) and identity not in matched:
                matched.add(identity)
                true_positives += 1
                break
    return Counts(true_positives, len(predicted), len(gold))


def score_places(predicted: list[str], gold: list[str]) -> Counts:
    """Return set counts over place keys."""
    predicted_set, gold_set = set(predicted), set(gold)
    return Counts(len(predicted_set & gold_set), len(predicted_set), len(gold_set))


def subjects_agree(predicted: dict[str, Any], gold: dict[str, Any], index: _PersonIndex) -> bool:
    """Return whether two event subjects agree as GOLD.md says."""
    if "person" in gold:
        return "person" in predicted and index.identity(predicted["person"]) == index.identity(
            gold["person"]
        )
    if "relative_of" in gold:
        return (
            "relative_of" in predicted
            and predicted.get("relation") == gold.get("relation")
            and index.identity(predicted["relative_of"]) == index.identity(gold["relative_of"])
        )
    if "group" in gold:
        if "group" not in predicted:
            return False
        gold_group, predicted_group = gold["group"] or {}, predicted["group"] or {}
        if gold_group.get("ethnicity") != predicted_group.get("ethnicity"):
            return False
        gold_place, predicted_place = gold_group.get("place"), predicted_group.get("place")
        return gold_place is None or predicted_place is None or gold_place == predicted_place
    return False


def dates_agree(predicted: str | None, gold: str | None) -> bool:
    """Return whether a predicted date agrees with the gold one at the gold's precision."""
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    try:
        return PartialDate.parse(predicted).agrees_with(PartialDate.parse(gold))
    except ValueError:
        return False


def match_events(
    predicted: list[dict[str, Any]], gold: list[dict[str, Any]], gold_persons: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """Return (predicted index, gold index) of each matched event, as GOLD.md scores them."""
    index = _PersonIndex(gold_persons)
    unmatched = list(range(len(gold)))
    pairs = []
    for position, event in enumerate(predicted):
        candidates = [
            i
            for i in unmatched
            if gold[i]["type"] == event["type"]
            and subjects_agree(event["subject"], gold[i]["subject"], index)
        ]
        if not candidates:
            continue
        # Of several gold events that match, take the one whose term and date agree best.
        candidates.sort(
            key=lambda i: (
                gold[i].get("years") != event.get("years"),
                not dates_agree(event.get("date"), gold[i].get("date")),
            )
        )
        unmatched.remove(candidates[0])
        pairs.append((position, candidates[0]))
    return pairs


def nearest_miss(
    event: dict[str, Any],
    others: list[dict[str, Any]],
    index: _PersonIndex,
    event_is_gold: bool,
) -> str:
    """Return "subject", "type" or "" for an unmatched event against the other side's unmatched.

    "subject": one of others has its type (so its subject was the miss); "type": one has its
    subject; "": neither.
    """
    if any(other["type"] == event["type"] for other in others):
        return "subject"
    for other in others:
        predicted, gold = (other, event) if event_is_gold else (event, other)
        if subjects_agree(predicted["subject"], gold["subject"], index):
            return "type"
    return ""


# The EventErrors field each nearest miss counts in, for a predicted and for a gold event.
PREDICTED_MISSES = {"subject": "wrong_subject", "type": "wrong_type", "": "not_in_gold"}
GOLD_MISSES = {"subject": "missed_for_subject", "type": "missed_for_type", "": "missed"}


def count_event_errors(
    predicted: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    gold_persons: list[dict[str, Any]],
    pairs: list[tuple[int, int]],
) -> EventErrors:
    """Return why the events of one document were wrong, given its matched pairs."""
    index = _PersonIndex(gold_persons)
    matched_predicted = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    unmatched_predicted = [e for i, e in enumerate(predicted) if i not in matched_predicted]
    unmatched_gold = [e for i, e in enumerate(gold) if i not in matched_gold]
    errors = EventErrors()
    for events, others, event_is_gold, fields in (
        (unmatched_predicted, unmatched_gold, False, PREDICTED_MISSES),
        (unmatched_gold, unmatched_predicted, True, GOLD_MISSES),
    ):
        for event in events:
            field = fields[nearest_miss(event, others, index, event_is_gold)]
            setattr(errors, field, getattr(errors, field) + 1)
    for p, g in pairs:
        predicted_date, gold_date = predicted[p].get("date"), gold[g].get("date")
        if dates_agree(predicted_date, gold_date):
            continue
        if predicted_date is None:
            errors.date_missing += 1
        elif gold_date is None:
            errors.date_not_in_gold += 1
        else:
            errors.date_different += 1
    return errors


def score_events(
    predicted: list[dict[str, Any]], gold: list[dict[str, Any]], gold_persons: list[dict[str, Any]]
) -> tuple[Counts, int, int, EventErrors]:
    """Return event counts, how many dates and terms of matched events agree, and the errors."""
    pairs = match_events(predicted, gold, gold_persons)
    dates_right = sum(dates_agree(predicted[p].get("date"), gold[g].get("date")) for p, g in pairs)
    years_right = sum(predicted[p].get("years") == gold[g].get("years") for p, g in pairs)
    errors = count_event_errors(predicted, gold, gold_persons, pairs)
    return Counts(len(pairs), len(predicted), len(gold)), dates_right, years_right, errors


def score_document(predicted: dict[str, Any], gold: dict[str, Any]) -> Score:
    """Return the Score of one predicted GOLD.md structure against its gold."""
    events, dates_right, years_right, event_errors = score_events(
        predicted.get("events", []), gold.get("events", []), gold.get("persons", [])
    )
    return Score(
        persons=score_persons(predicted.get("persons", []), gold.get("persons", [])),
        places=score_places(predicted.get("places", []), gold.get("places", [])),
        events=events,
        dates_right=dates_right,
        years_right=years_right,
        event_errors=event_errors,
    )
