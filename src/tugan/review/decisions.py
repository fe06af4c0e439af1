"""A reviewer's decisions on suggestions: each one named operation with its audit entry.

Accepting a suggestion creates the facts it states, or attaches them to the person already
recorded under exactly that name, each with a citation quoting the source.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tugan.accounts.roles import LEVEL_ORDER, Confidentiality
from tugan.audit.log import record_audit
from tugan.core.extract.document import normalize_name
from tugan.core.resident_id import parse_resident_id
from tugan.core.scripts import to_simplified
from tugan.records import operations
from tugan.records.choices import (
    Channel,
    Ethnicity,
    EventType,
    IdentifierKind,
    NameKind,
    Relation,
    ReviewState,
)
from tugan.records.exporting import viewer_for_level
from tugan.records.models import Person, PersonName
from tugan.records.partial_dates import parse_partial_date
from tugan.records.places import get_or_create_place
from tugan.review.models import Suggestion, SuggestionKind, SuggestionState

PERSON_ID = re.compile(r"TG-\d{6,}")


# The order `tugan review accept --all` takes the kinds in, as a reviewer would.
ACCEPT_ALL_ORDER = [
    SuggestionKind.PERSON,
    SuggestionKind.PLACE,
    SuggestionKind.EVENT,
    SuggestionKind.IDENTIFIER,
]


def viewer_of(by):
    """Return whose view a decision is made in: the reviewer, or (None, the operator at the
    command line) someone who sees every record."""
    return by if by is not None else viewer_for_level(Confidentiality.CONFIDENTIAL)


class DecisionError(ValueError):
    """The suggestion cannot be decided as it stands; the message says why."""


@dataclass
class AcceptAllOutcome:
    accepted: list[Suggestion] = field(default_factory=list)
    failed: list[tuple[Suggestion, str]] = field(default_factory=list)


def strictest_level(*levels: str) -> str:
    """Return the most restrictive of these confidentiality levels."""
    return max(levels, key=LEVEL_ORDER.index)


def record_level(suggestion: Suggestion, *records) -> str:
    """Return the level of a record made from a suggestion: never public until published."""
    levels = [suggestion.source.confidentiality, Confidentiality.RESTRICTED]
    return strictest_level(*levels, *(record.confidentiality for record in records if record))


def find_person_named(name: str, by) -> Person | None:
    """Return the person (visible to by, not merged) with a name written exactly so, or None."""
    if PERSON_ID.fullmatch(name):
        return Person.objects.visible_to(by).filter(public_id=name).first()
    names = PersonName.objects.visible_to(by).filter(
        simplified_text=to_simplified(name),
        person__in=Person.objects.visible_to(by).filter(merged_into__isnull=True),
    )
    first = names.order_by("person_id").first()
    return first.person if first else None


def written_form(suggestion: Suggestion, name: str) -> tuple[str, int | None]:
    """Return the name as the source writes it, and where, if the source names this person."""
    others = Suggestion.objects.filter(source=suggestion.source, kind=SuggestionKind.PERSON)
    for other in [suggestion, *others]:
        if other.kind != SuggestionKind.PERSON:
            continue
        for start, end in other.payload.get("spans") or [[other.start, other.end]]:
            text = suggestion.source.text[start:end]
            if text and normalize_name(text) == normalize_name(name):
                return text, start
    start = suggestion.source.text.find(name)
    return name, (start if start >= 0 else None)


def add_names(person: Person, suggestion: Suggestion, names: list[tuple[str, str]], by) -> None:
    """Give the person each name as the source writes it, unless they have it, and cite it."""
    level = record_level(suggestion, person)
    for text, kind in names:
        if not text:
            continue
        written, start = written_form(suggestion, text)
        name = person.names.filter(
            simplified_text__in={to_simplified(text), to_simplified(written)}
        ).first()
        if name is None:
            name = operations.add_person_name(
                person, written, by=by, kind=kind, confidentiality=level, is_published=False
            )
        is_cited = name.citations.filter(source=suggestion.source).exists()
        if start is not None and not is_cited:
            operations.cite_source(
                suggestion.source, written, by=by, start=start, person_name=name,
                confidentiality=level, is_published=False,
            )  # fmt: skip


def find_or_create_person(suggestion: Suggestion, name: str, by, **fields) -> Person:
    """Return the recorded person with exactly this name, else a new one from the suggestion."""
    if not name or not name.strip():
        raise DecisionError(_("A person needs a name."))
    person = find_person_named(name.strip(), by)
    if person is None:
        if PERSON_ID.fullmatch(name.strip()):
            raise DecisionError(_("No person %(id)s that you may see.") % {"id": name})
        person = operations.create_person(
            by=by, confidentiality=record_level(suggestion), is_published=False, **fields
        )
        add_names(person, suggestion, [(name.strip(), NameKind.PRIMARY)], by)
    return person


def place_or_error(key: str | None):
    """Return the Place for a gazetteer key (None for none); DecisionError if it is unknown."""
    try:
        return get_or_create_place(key or None)
    except ValueError:
        raise DecisionError(_("Unknown place %(key)s.") % {"key": key}) from None


def accept_person(suggestion: Suggestion, by) -> dict:
    payload = suggestion.payload
    ethnicity = payload.get("ethnicity") or ""
    if ethnicity not in Ethnicity.values + [""]:
        raise DecisionError(_("Unknown ethnicity %(value)s.") % {"value": ethnicity})
    residence = place_or_error(payload.get("residence"))
    name = (payload.get("name") or "").strip()
    person = find_or_create_person(suggestion, name, by, ethnicity=ethnicity, residence=residence)
    names = [(name, NameKind.ALIAS)]
    names += [(alias, NameKind.ALIAS) for alias in payload.get("aliases") or []]
    if payload.get("latin"):
        names.append((payload["latin"], NameKind.TRANSLITERATION))
    add_names(person, suggestion, names, by)
    suggestion.person = person
    return {"person": person.public_id}


def accept_place(suggestion: Suggestion, by) -> dict:
    suggestion.place = place_or_error(suggestion.payload.get("key"))
    if suggestion.place is None:
        raise DecisionError(_("A place needs a gazetteer key."))
    return {"place": suggestion.place.key}


def event_subject(suggestion: Suggestion, by) -> dict:
    """Return the Event fields of the suggested subject: a person, a relative of one, a group."""
    subject = suggestion.payload.get("subject") or {}
    if subject.get("person"):
        return {"person": find_or_create_person(suggestion, subject["person"], by)}
    if subject.get("relative_of"):
        relation = subject.get("relation") or Relation.RELATIVE
        if relation not in Relation.values:
            raise DecisionError(_("Unknown relation %(value)s.") % {"value": relation})
        return {
            "relative_of": find_or_create_person(suggestion, subject["relative_of"], by),
            "relation": relation,
            "subject_count": subject.get("count") or None,
        }
    group = subject.get("group") or {}
    ethnicity = group.get("ethnicity") or ""
    if ethnicity not in Ethnicity.values + [""]:
        raise DecisionError(_("Unknown ethnicity %(value)s.") % {"value": ethnicity})
    return {"group_ethnicity": ethnicity, "group_place": place_or_error(group.get("place"))}


def accept_event(suggestion: Suggestion, by) -> dict:
    payload = suggestion.payload
    if payload.get("type") not in EventType.values:
        raise DecisionError(_("Unknown event type %(value)s.") % {"value": payload.get("type")})
    if (payload.get("channel") or "") not in Channel.values + [""]:
        raise DecisionError(_("Unknown channel %(value)s.") % {"value": payload["channel"]})
    try:
        date, precision = parse_partial_date(payload.get("date"))
    except ValueError as error:
        raise DecisionError(str(error)) from None
    years = payload.get("years")
    subject = event_subject(suggestion, by)
    anchor = subject.get("person") or subject.get("relative_of")
    level = record_level(suggestion, anchor)
    event = operations.add_event(
        by=by,
        type=payload["type"],
        date=date,
        date_precision=precision,
        place=place_or_error(payload.get("place")),
        term_years=years if isinstance(years, int) else None,
        is_life_term=years == "life",
        channel=payload.get("channel") or "",
        review_state=ReviewState.CONFIRMED,
        confidentiality=level,
        is_published=False,
        **subject,
    )
    quote_start, quote_end = payload.get("quote") or (suggestion.start, suggestion.end)
    quote = suggestion.source.text[quote_start:quote_end]
    if quote:
        operations.cite_source(
            suggestion.source, quote, by=by, start=quote_start, event=event,
            confidentiality=level, is_published=False,
        )  # fmt: skip
    suggestion.event, suggestion.person = event, anchor
    return {"event": event.pk, "person": anchor.public_id if anchor else None}


def accept_identifier(suggestion: Suggestion, by) -> dict:
    payload = suggestion.payload
    try:
        resident_id = parse_resident_id(payload.get("number") or "")
    except ValueError as error:
        raise DecisionError(str(error)) from None
    if not payload.get("person"):
        raise DecisionError(_("Edit the suggestion to name the person this ID belongs to."))
    person = find_or_create_person(suggestion, payload["person"], by)
    if not person.identifiers.filter(
        kind=IdentifierKind.RESIDENT_ID, value=resident_id.number
    ).exists():
        operations.add_identifier(
            person,
            IdentifierKind.RESIDENT_ID,
            resident_id.number,
            by=by,
            is_valid=True,
            decoded={
                "birth_date": resident_id.birth_date.isoformat(),
                "sex": resident_id.sex,
                "county": resident_id.place.key if resident_id.place else None,
            },
        )
    suggestion.person = person
    return {"person": person.public_id}


ACCEPT_BY_KIND = {
    SuggestionKind.PERSON: accept_person,
    SuggestionKind.PLACE: accept_place,
    SuggestionKind.EVENT: accept_event,
    SuggestionKind.IDENTIFIER: accept_identifier,
}


def lock_pending(suggestion: Suggestion) -> Suggestion:
    """Return the suggestion locked for this transaction; DecisionError if already decided."""
    locked = Suggestion.objects.select_for_update().select_related("source").get(pk=suggestion.pk)
    if locked.state != SuggestionState.PENDING:
        raise DecisionError(
            _("Suggestion %(number)s was already %(state)s.")
            % {"number": locked.number, "state": locked.get_state_display()}
        )
    return locked


def audit_changes(suggestion: Suggestion, **changes) -> dict:
    """Return what the audit entry says: the suggestion, never a resident ID's number."""
    described = {"source": suggestion.source.public_id, "number": suggestion.number}
    described["kind"] = suggestion.kind
    if suggestion.kind == SuggestionKind.IDENTIFIER:
        changes = {key: value for key, value in changes.items() if key not in {"before", "after"}}
    return {**described, **changes}


def close(suggestion: Suggestion, state: str, by) -> None:
    """Record the decision on the suggestion itself."""
    suggestion.state = state
    suggestion.reviewer = by
    suggestion.reviewed_at = timezone.now()
    suggestion.save(
        update_fields=["state", "reviewer", "reviewed_at", "person", "event", "place", "payload"]
    )


@transaction.atomic
def accept_suggestion(suggestion: Suggestion, by) -> Suggestion:
    """Create (or attach to) the persons, events and places the suggestion states, citing it."""
    suggestion = lock_pending(suggestion)
    created = ACCEPT_BY_KIND[suggestion.kind](suggestion, by)
    close(suggestion, SuggestionState.ACCEPTED, by)
    record_audit(
        "accept_suggestion", suggestion, by=by, changes=audit_changes(suggestion, **created)
    )
    return suggestion


@transaction.atomic
def edit_and_accept_suggestion(suggestion: Suggestion, payload: dict, by) -> Suggestion:
    """Replace the suggestion's payload with the reviewer's edits, then accept it."""
    suggestion = lock_pending(suggestion)
    before = suggestion.payload
    suggestion.payload = {**before, **payload}
    created = ACCEPT_BY_KIND[suggestion.kind](suggestion, by)
    close(suggestion, SuggestionState.EDITED, by)
    changes = audit_changes(suggestion, before=before, after=suggestion.payload, **created)
    record_audit("edit_and_accept_suggestion", suggestion, by=by, changes=changes)
    return suggestion


@transaction.atomic
def reject_suggestion(suggestion: Suggestion, by) -> Suggestion:
    """Mark the suggestion as wrong: nothing is created from it."""
    suggestion = lock_pending(suggestion)
    close(suggestion, SuggestionState.REJECTED, by)
    record_audit("reject_suggestion", suggestion, by=by, changes=audit_changes(suggestion))
    return suggestion


def accept_all_suggestions(source, kind: str, by) -> AcceptAllOutcome:
    """Accept every pending suggestion of this kind in the source that the reviewer may see.

    Each is accepted in its own transaction: one that cannot be accepted as it stands (an ID
    with no holder named) is reported and left pending, and the others go on.
    """
    outcome = AcceptAllOutcome()
    pending = (
        Suggestion.objects.visible_to(viewer_of(by))
        .filter(source=source, kind=kind, state=SuggestionState.PENDING)
        .order_by("number")
    )
    for suggestion in pending:
        try:
            outcome.accepted.append(accept_suggestion(suggestion, by=by))
        except DecisionError as error:
            outcome.failed.append((suggestion, str(error)))
    return outcome


@dataclass
class RejectOutcome:
    rejected: list[Suggestion] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


@transaction.atomic
def reject_suggestions(source, numbers: list[int], by) -> RejectOutcome:
    """Reject the source's pending suggestions with these numbers, each with its audit entry.

    One that the reviewer may not see, or that is already decided, is reported and skipped.
    """
    outcome = RejectOutcome()
    visible = Suggestion.objects.visible_to(viewer_of(by)).filter(source=source)
    found = {suggestion.number: suggestion for suggestion in visible.filter(number__in=numbers)}
    for number in sorted(set(numbers)):
        if number not in found:
            outcome.failed.append((number, _("No such suggestion that you may see.")))
            continue
        try:
            outcome.rejected.append(reject_suggestion(found[number], by=by))
        except DecisionError as error:
            outcome.failed.append((number, str(error)))
    return outcome
