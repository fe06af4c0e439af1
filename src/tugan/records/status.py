"""What a person's page says of them now: their status from the latest events, and what is
still unknown. Written in the page's language each time, from the events the reader may see."""

import datetime
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tugan.core.gazetteer import is_abroad
from tugan.records.choices import ContactOutcome, EventType
from tugan.records.models import ContactReport, Event, Person

# Events that say where a person is now: the latest one stands.
CUSTODY_EVENTS = {
    EventType.DETAINED,
    EventType.SENTENCED,
    EventType.DISAPPEARED,
    EventType.RELEASED,
    EventType.DIED,
}
PASSPORT_EVENTS = {EventType.PASSPORT_CONFISCATED, EventType.PASSPORT_RETURNED}
CONTACT_EVENTS = {EventType.CONTACT_LOST, EventType.CONTACT_RESTORED}
# After this many years without a dated event or contact, "no news since" is worth saying.
NEWS_GAP_YEARS = 2
# The fields describe_status reads: a list of persons loads only these (``.only``).
EVENT_STATUS_FIELDS = (
    "id", "person_id", "type", "date", "date_precision", "term_years", "is_life_term",
)  # fmt: skip
REPORT_STATUS_FIELDS = ("id", "relative_id", "date", "date_precision", "outcome")


def isolated(text: str) -> str:
    """Return a date or number set apart as left-to-right, so that it reads 2019-01 and not
    01-2019 inside a right-to-left (Uyghur) sentence (Unicode LRI ... PDI)."""
    return f"\u2066{text}\u2069"


def sort_key(event: Event) -> tuple[Any, ...]:
    return (event.date is not None, event.date or datetime.date.min, event.pk)


def summarize_status(events: list[Event]) -> str:
    """Return the stored, language-neutral status these events support: the latest dated
    event (else the latest) with its date, or "". The page says more (describe_status)."""
    if not events:
        return ""
    latest = max(events, key=sort_key)
    summary = str(latest.get_type_display())
    return f"{summary} ({latest.date_display})" if latest.date_display else summary


def describe_custody(event: Event) -> str:
    """Return "sentenced, 15 years (2017)", "detained (2018-03)" and the like."""
    text = str(event.get_type_display())
    if event.type == EventType.SENTENCED:
        if event.is_life_term:
            text = _("%(event)s, life") % {"event": text}
        elif event.term_years:
            text = ngettext(
                "%(event)s, %(years)d year", "%(event)s, %(years)d years", event.term_years
            ) % {"event": text, "years": event.term_years}
    if event.date_display:
        text = f"{text} ({isolated(event.date_display)})"
    return text


def describe_contact(events: list[Event], reports: list[ContactReport]) -> str:
    """Return "family cut off since 2017", "family in contact again (2021)" or ""."""
    moments = [
        (event.date, event.date_display, event.type == EventType.CONTACT_RESTORED)
        for event in events
        if event.type in CONTACT_EVENTS and event.date
    ] + [
        (report.date, report.date_display, report.outcome == ContactOutcome.REACHED)
        for report in reports
        if report.date
    ]
    if not moments:
        return ""
    moments.sort(key=lambda moment: moment[0])
    if moments[-1][2]:
        return _("family in contact again (%(date)s)") % {"date": isolated(moments[-1][1])}
    # The cut-off began at the first failed attempt after the last success.
    start = len(moments) - 1
    while start > 0 and not moments[start - 1][2]:
        start -= 1
    return _("family cut off since %(date)s") % {"date": moments[start][0].year}


def describe_status(events: list[Event], reports: list[ContactReport]) -> str:
    """Return the person's status now, from their latest events and the contact attempts."""
    own = sorted(events, key=sort_key)
    parts = []
    custody = [event for event in own if event.type in CUSTODY_EVENTS]
    if custody:
        parts.append(describe_custody(custody[-1]))
    passport = [event for event in own if event.type in PASSPORT_EVENTS]
    if passport and passport[-1].type == EventType.PASSPORT_CONFISCATED:
        parts.append(describe_custody(passport[-1]))
    contact = describe_contact(own, reports)
    if contact:
        parts.append(contact)
    return "; ".join(parts)


def list_unknowns(
    person: Person, events: list[Event], reports: list[ContactReport], today: datetime.date
) -> list[str]:
    """Return what is still unknown about the person: the gaps a documenter could fill."""
    unknowns = []
    if person.birth_date is None:
        unknowns.append(_("no birth date"))
    if person.hometown_id is None:
        unknowns.append(_("no hometown"))
    held = [e for e in events if e.type in {EventType.DETAINED, EventType.SENTENCED}]
    if held and not any(event.place_id or event.facility for event in held):
        unknowns.append(_("no place of detention"))
    sentenced = [e for e in events if e.type == EventType.SENTENCED]
    if sentenced and not any(event.term_years or event.is_life_term for event in sentenced):
        unknowns.append(_("no length of sentence"))
    if any(event.date is None for event in events):
        unknowns.append(_("an event without a date"))
    # A person living abroad is usually the relative who reports: no event about them is no gap.
    lives_abroad = person.residence is not None and is_abroad(person.residence.key)
    if not events and not lives_abroad:
        unknowns.append(_("nothing known of what happened to them"))
    dates = [event.date for event in events if event.date] + [
        report.date for report in reports if report.date
    ]
    if dates and not lives_abroad and (today - max(dates)).days > NEWS_GAP_YEARS * 365:
        unknowns.append(_("no news since %(year)s") % {"year": max(dates).year})
    if not any(getattr(event, "visible_citations", None) for event in events) and events:
        unknowns.append(_("no source you may see for any event"))
    return unknowns
