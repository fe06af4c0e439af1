"""Events as extracted, and their merging: one event per fact, as shared/corpus/GOLD.md asks."""

from dataclasses import dataclass, field
from typing import Any

from tugan.core.dates import PartialDate

# The kin word that takes in a narrower one: 父母 takes in the mother and the father.
WIDER_RELATION = {
    **dict.fromkeys(("father", "mother"), "parent"),
    **dict.fromkeys(("brother", "sister"), "sibling"),
    **dict.fromkeys(("son", "daughter"), "child"),
}


@dataclass
class EventFinding:
    type: str
    subject: dict[str, Any]
    date: str | None = None
    years: int | str | None = None
    place: str | None = None
    channel: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    date_is_approximate: bool = False  # from 四年前: a stated date replaces it
    repeated: bool = False  # told as happening again (再次被捕): a fact of its own
    first_time: bool = False  # told as the first time (第一次被捕): not one told as again
    is_one_of_terms: bool = False  # one of several terms told together (15及25年)
    is_fixed_term: bool = False  # 被判处有期徒刑 without its number: not a life sentence

    def to_gold_dict(self) -> dict[str, Any]:
        """Return the event as GOLD.md writes it."""
        return {
            "type": self.type,
            "subject": self.subject,
            "date": self.date,
            "years": self.years,
            "place": self.place,
            "channel": self.channel,
        }


def subject_key(subject: dict[str, Any]) -> str:
    """Return a hashable form of a subject."""
    return repr(sorted((key, repr(value)) for key, value in subject.items()))


def same_subject(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Return whether two subjects are one: equal, or groups that differ only by a missing place."""
    if subject_key(first) == subject_key(second):
        return True
    if (
        "relative_of" in first
        and "relative_of" in second
        and ("count" in first) != ("count" in second)
    ):
        # 20名亲友 and then 失踪亲友: the same kin, told once with their number.
        return {**first, "count": None} == {**second, "count": None}
    if "group" in first and "group" in second:
        a, b = first["group"], second["group"]
        return a["ethnicity"] == b["ethnicity"] and (
            a["place"] is None or b["place"] is None or a["place"] == b["place"]
        )
    return False


def merge_into(kept: EventFinding, event: EventFinding) -> None:
    """Fold event's details into kept (the more specific date, a known place)."""
    kept.spans.extend(event.spans)
    kept.years = kept.years if kept.years is not None else event.years
    kept.place = kept.place or event.place
    kept.channel = kept.channel or event.channel
    if "relative_of" in kept.subject and "count" in event.subject and "count" not in kept.subject:
        kept.subject = event.subject
    if "group" in kept.subject and kept.subject["group"]["place"] is None:
        kept.subject = event.subject
    if event.date and (
        not kept.date
        or (kept.date_is_approximate and not event.date_is_approximate)
        or (event.date.startswith(kept.date) and len(event.date) > len(kept.date))
    ):
        kept.date = event.date
        kept.date_is_approximate = event.date_is_approximate


def is_same_date_told(kept: str, date: str | None) -> bool:
    """Return whether date is none, kept, or kept told more or less precisely (2021-09 and
    2021-09-01)."""
    if date is None:
        return True
    told, other = PartialDate.parse(kept), PartialDate.parse(date)
    return told.agrees_with(other) or other.agrees_with(told)


def merge_events(events: list[EventFinding]) -> list[EventFinding]:
    """Return one event per (type, subject), unless the terms differ (15 and 25 years).

    Contact with several relatives of one person (亲人, 父母) is one fact; so is a person's lost
    contact beside the same loss told of the family.
    """
    merged: list[EventFinding] = []
    for event in events:
        for kept in merged:
            if kept.type != event.type:
                continue
            if not same_subject(kept.subject, event.subject) and not (
                event.type in {"contact_lost", "contact_restored"}
                and contact_anchor(kept.subject) is not None
                and contact_anchor(kept.subject) == contact_anchor(event.subject)
            ):
                continue
            if kept.years is not None and event.years is not None and kept.years != event.years:
                continue
            if (kept.years is None and event.is_one_of_terms) or (
                event.years is None and kept.is_one_of_terms
            ):
                # Told without a term, the fact is of them all, not of one term picked at random
                # (whose quote would then lack its term).
                continue
            if (kept.years == "life" and event.is_fixed_term) or (
                event.years == "life" and kept.is_fixed_term
            ):
                # 两名牧民获判无期，其余人获判有期徒刑: two sentences, of two groups.
                continue
            if event.repeated and not (
                kept.repeated and (kept.date is None or is_same_date_told(kept.date, event.date))
            ):
                # 2017年10月被关入集中营, 2020年4月再次被关进去: two detentions; but the second
                # time told twice (再度被关进去……第二次被送去的营; 上月又被抓……上月5日又被带走)
                # is one.
                continue
            if (event.first_time and kept.repeated) or (event.repeated and kept.first_time):
                # 第二次被带走 … 首次被抓是在十年前: two detentions, told in reverse order.
                continue
            if "person" in kept.subject and "relative_of" in event.subject:
                kept.subject = event.subject
            merge_into(kept, event)
            break
        else:
            merged.append(event)
    date_from_wider_relation(merged)
    return without_terms_told_of_named(merged)


def without_terms_told_of_named(events: list[EventFinding]) -> list[EventFinding]:
    """Drop a group's terms told together when each is the term of a named person's sentence.

    "同村的两名牧民分别被判刑9年和13年" and then each man named with his term: the
    group's sentences are theirs, told before their names. A named sentence told without a date
    takes the date the group's was told with.
    """
    named = [e for e in events if e.type == "sentenced" and "person" in e.subject]
    dropped: set[int] = set()
    told_together: dict[tuple[int, int], list[EventFinding]] = {}
    for event in events:
        if event.type == "sentenced" and "group" in event.subject and event.spans:
            told_together.setdefault(event.spans[0], []).append(event)
    for together in told_together.values():
        terms = [event.years for event in together]
        if len(terms) < 2 or None in terms or len(set(terms)) != len(terms):
            continue
        owners = [[n for n in named if n.years == term] for term in terms]
        if not all(len(owner) == 1 for owner in owners):
            continue
        if len({subject_key(owner[0].subject) for owner in owners}) != len(owners):
            continue
        for event, owner in zip(together, owners, strict=True):
            dropped.add(id(event))
            if owner[0].date is None and event.date is not None:
                owner[0].date = event.date
    return [event for event in events if id(event) not in dropped]


def date_from_wider_relation(events: list[EventFinding]) -> None:
    """Date an undated event of a relative by the one dated event of its kin together.

    "她的父母去年3月被带走……我的母亲被抓捕": the mother's detention is the parents' one,
    told again without its date. A second time (再次被捕) is a fact of its own.
    """
    for event in events:
        relation = event.subject.get("relation")
        if event.date or event.repeated or relation not in WIDER_RELATION:
            continue
        dates = {
            wider.date
            for wider in events
            if wider.type == event.type
            and wider.date
            and not wider.repeated
            and wider.subject.get("relative_of") == event.subject["relative_of"]
            and wider.subject.get("relation") == WIDER_RELATION[relation]
        }
        if len(dates) == 1:
            event.date = dates.pop()


def contact_anchor(subject: dict[str, Any]) -> str | None:
    """Return whose contact a subject is about: the person, or the anchor of a relative."""
    return subject.get("relative_of") or subject.get("person")
