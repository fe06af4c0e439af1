"""A reviewer's decisions on suggestions: each one named operation with its audit entry.

Accepting a suggestion creates the facts it states, each with a citation quoting the source,
about the one record per person the source has (review/resolution.py); which person from
another source, if any, a person suggestion is about is the reviewer's choice. Each decision is
kept (review.Decision) with what it created, so that review/undoing.py can undo it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from tugan.accounts.confidentiality import ConfidentialRecord
from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality, strictest_level
from tugan.audit.changes import concrete_field
from tugan.audit.log import record_audit
from tugan.core.extract.document import name_key
from tugan.core.public_ids import is_person_id
from tugan.core.resident_id import parse_resident_id
from tugan.linkage.merging import MergeRefused, merge_persons
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
from tugan.records.models import Person, Place
from tugan.records.partial_dates import parse_partial_date
from tugan.records.places import get_or_create_place
from tugan.review import resolution
from tugan.review.models import (
    Decision,
    DecisionAction,
    Suggestion,
    SuggestionKind,
    SuggestionState,
)
from tugan.review.payloads import (
    SuggestionPayload,
    edited_payload,
    event_payload,
    identifier_payload,
    person_payload,
    place_payload,
)
from tugan.review.resolution import Reviewer
from tugan.sources.models import Source

# The order `tugan review accept --all` takes the kinds in, as a reviewer would.
ACCEPT_ALL_ORDER = [
    SuggestionKind.PERSON,
    SuggestionKind.PLACE,
    SuggestionKind.EVENT,
    SuggestionKind.IDENTIFIER,
]


def viewer_of(by: Reviewer) -> AnyUser:
    """Return whose view a decision is made in: the reviewer, or (None, the operator at the
    command line) someone who sees every record."""
    return by if by is not None else viewer_for_level(Confidentiality.CONFIDENTIAL)


class DecisionError(ValueError):
    """The suggestion cannot be decided as it stands; the message says why."""


@dataclass
class AcceptAllOutcome:
    accepted: list[Suggestion] = field(default_factory=list)
    failed: list[tuple[Suggestion, str]] = field(default_factory=list)


def record_level(suggestion: Suggestion, *records: ConfidentialRecord | None) -> str:
    """Return the level of a record made from a suggestion: never public until published."""
    levels = [suggestion.source.confidentiality, Confidentiality.RESTRICTED]
    return strictest_level(*levels, *(record.confidentiality for record in records if record))


NEW_PERSON = "new"


@dataclass
class Ledger:
    """What one decision creates and changes, kept on its Decision so that it can be undone."""

    created: dict[str, list[int]] = field(default_factory=dict)
    filled: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, kind: str, record: Model) -> None:
        self.created.setdefault(kind, []).append(record.pk)


def find_visible_person(public_id: str, by: Reviewer) -> Person:
    """Return the current person (after merges) with this id; DecisionError if not visible."""
    person = Person.objects.visible_to(viewer_of(by)).filter(public_id=public_id).first()
    if person is None:
        raise DecisionError(_("No person %(id)s that you may see.") % {"id": public_id})
    return resolution.current_person(person)


def written_form(suggestion: Suggestion, name: str) -> tuple[str, int | None]:
    """Return the name as the source writes it, and where, if the source names this person."""
    others = Suggestion.objects.filter(source=suggestion.source, kind=SuggestionKind.PERSON)
    key = name_key(name)
    for other in [suggestion, *others]:
        if other.kind != SuggestionKind.PERSON:
            continue
        for start, end in person_payload(other).get("spans") or [[other.start, other.end]]:
            text = suggestion.source.text[start:end]
            if text and name_key(text) == key:
                return text, start
    start = suggestion.source.text.find(name)
    return name, (start if start >= 0 else None)


def add_names(
    person: Person,
    suggestion: Suggestion,
    names: list[tuple[str, str]],
    by: Reviewer,
    ledger: Ledger,
) -> None:
    """Give the person each name as the source writes it, unless they have that form (after
    folding: 约买尔.艾木杜拉 is 约买尔·艾木杜拉), and cite the source for it once."""
    level = record_level(suggestion, person)
    for text, kind in names:
        if not text or not text.strip():
            continue
        written, start = written_form(suggestion, text.strip())
        keys = {name_key(text), name_key(written)}
        name = next((name for name in person.names.all() if name_key(name.text) in keys), None)
        if name is None:
            name = operations.add_person_name(
                person, written, by=by, kind=kind, confidentiality=level, is_published=False
            )
            ledger.add("names", name)
        is_cited = name.citations.filter(source=suggestion.source).exists()
        if start is not None and not is_cited:
            citation = operations.cite_source(
                suggestion.source, written, by=by, start=start, person_name=name,
                confidentiality=level, is_published=False,
            )  # fmt: skip
            ledger.add("citations", citation)


def create_named_person(
    suggestion: Suggestion, forms: list[str], by: Reviewer, ledger: Ledger, **fields: Any
) -> Person:
    """Return a new person named with the full form (forms[0]), from this suggestion."""
    person = operations.create_person(
        by=by, confidentiality=record_level(suggestion), is_published=False, **fields
    )
    ledger.add("persons", person)
    add_names(person, suggestion, [(forms[0], NameKind.PRIMARY)], by, ledger)
    return person


def resolve_named_person(suggestion: Suggestion, name: str, by: Reviewer, ledger: Ledger) -> Person:
    """Return the person a suggestion's subject or holder names: a person id, else the one
    record this source has for that name (made now, named in full, if there is none yet)."""
    if not name or not name.strip():
        raise DecisionError(_("A person needs a name."))
    name = name.strip()
    if is_person_id(name):
        return find_visible_person(name, by)
    try:
        forms = resolution.mention_forms(suggestion.source, name)
    except resolution.ResolutionError as error:
        raise DecisionError(str(error)) from None
    person = resolution.find_person_in_source(suggestion.source, forms, viewer_of(by))
    if person is None:
        person = create_named_person(suggestion, forms, by, ledger)
    add_names(person, suggestion, [(name, NameKind.ALIAS)], by, ledger)
    return person


def place_or_error(key: str | None) -> Place | None:
    """Return the Place for a gazetteer key (None for none); DecisionError if it is unknown."""
    try:
        return get_or_create_place(key or None)
    except ValueError:
        raise DecisionError(_("Unknown place %(key)s.") % {"key": key}) from None


def fill_blank_fields(person: Person, by: Reviewer, ledger: Ledger, **fields: Any) -> None:
    """Set the person's fields that are still blank to these values, remembering the blanks."""
    blank = {
        name: value
        for name, value in fields.items()
        if value not in (None, "") and getattr(person, name) in (None, "")
    }
    if not blank:
        return
    attributes = [concrete_field(Person, name).attname for name in blank]
    before = {attribute: getattr(person, attribute) for attribute in attributes}
    ledger.filled.setdefault(str(person.pk), {}).update(before)
    operations.set_person_fields(person, by=by, **blank)


def choose_person(
    suggestion: Suggestion, forms: list[str], choice: str | None, by: Reviewer, ledger: Ledger
) -> tuple[Person | None, str]:
    """Return the person a person suggestion is about, by the reviewer's choice (a person id,
    NEW_PERSON, or None for the page's preselection), and the choice taken. None: a new one.

    The record this source already has for the name (made by an event accepted first) is
    merged into the chosen person from another source, so that either order ends alike.
    """
    viewer = viewer_of(by)
    in_source = resolution.find_person_in_source(suggestion.source, forms, viewer)
    if choice is None:
        candidates = resolution.find_person_candidates(suggestion.source, forms, viewer)
        strong = resolution.preselected(candidates)
        choice = strong.person.public_id if strong else NEW_PERSON
    if choice == NEW_PERSON:
        return in_source, NEW_PERSON
    if not is_person_id(choice):
        raise DecisionError(_("Choose a person id or a new person, not %(value)s.") % {
            "value": choice
        })  # fmt: skip
    chosen = find_visible_person(choice, by)
    if in_source is not None and in_source.pk != chosen.pk:
        try:
            merge = merge_persons(chosen, in_source, by=by)
        except MergeRefused as error:
            raise DecisionError(str(error)) from None
        ledger.add("merges", merge)
    return chosen, chosen.public_id


def accept_person(
    suggestion: Suggestion, by: Reviewer, ledger: Ledger, choice: str | None
) -> dict[str, Any]:
    payload = person_payload(suggestion)
    ethnicity = payload.get("ethnicity") or ""
    if ethnicity not in Ethnicity.values + [""]:
        raise DecisionError(_("Unknown ethnicity %(value)s.") % {"value": ethnicity})
    residence = place_or_error(payload.get("residence"))
    forms = resolution.person_forms(payload)
    if not forms:
        raise DecisionError(_("A person needs a name."))
    person, choice = choose_person(suggestion, forms, choice, by, ledger)
    if person is None:
        person = create_named_person(
            suggestion, forms, by, ledger, ethnicity=ethnicity, residence=residence
        )
    else:
        fill_blank_fields(person, by, ledger, ethnicity=ethnicity, residence=residence)
    names: list[tuple[str, str]] = [(form, NameKind.ALIAS) for form in forms]
    latin = payload.get("latin")
    if latin:
        names[-1] = (latin.strip(), NameKind.TRANSLITERATION)
    add_names(person, suggestion, names, by, ledger)
    suggestion.person = person
    return {"person": person.public_id, "choice": choice}


def accept_place(
    suggestion: Suggestion, by: Reviewer, ledger: Ledger, choice: str | None
) -> dict[str, Any]:
    suggestion.place = place_or_error(place_payload(suggestion).get("key"))
    if suggestion.place is None:
        raise DecisionError(_("A place needs a gazetteer key."))
    return {"place": suggestion.place.key}


def event_subject(suggestion: Suggestion, by: Reviewer, ledger: Ledger) -> dict[str, Any]:
    """Return the Event fields of the suggested subject: a person, a relative of one, a group."""
    subject = event_payload(suggestion).get("subject") or {}
    if subject.get("person"):
        return {"person": resolve_named_person(suggestion, subject["person"], by, ledger)}
    if subject.get("relative_of"):
        relation = subject.get("relation") or Relation.RELATIVE
        if relation not in Relation.values:
            raise DecisionError(_("Unknown relation %(value)s.") % {"value": relation})
        count = subject.get("count")
        if count is not None and (not isinstance(count, int) or count < 1):
            raise DecisionError(_("A count of relatives is a whole number from 1 on."))
        return {
            "relative_of": resolve_named_person(suggestion, subject["relative_of"], by, ledger),
            "relation": relation,
            "subject_count": count,
        }
    group = subject.get("group") or {}
    ethnicity = group.get("ethnicity") or ""
    if ethnicity not in Ethnicity.values + [""]:
        raise DecisionError(_("Unknown ethnicity %(value)s.") % {"value": ethnicity})
    return {"group_ethnicity": ethnicity, "group_place": place_or_error(group.get("place"))}


def accept_event(
    suggestion: Suggestion, by: Reviewer, ledger: Ledger, choice: str | None
) -> dict[str, Any]:
    payload = event_payload(suggestion)
    if payload.get("type") not in EventType.values:
        raise DecisionError(_("Unknown event type %(value)s.") % {"value": payload.get("type")})
    if (payload.get("channel") or "") not in Channel.values + [""]:
        raise DecisionError(_("Unknown channel %(value)s.") % {"value": payload["channel"]})
    try:
        date, precision = parse_partial_date(payload.get("date"))
    except ValueError as error:
        raise DecisionError(str(error)) from None
    years = payload.get("years")
    place = place_or_error(payload.get("place"))
    subject = event_subject(suggestion, by, ledger)
    anchor = subject.get("person") or subject.get("relative_of")
    level = record_level(suggestion, anchor)
    event = operations.add_event(
        by=by,
        type=payload["type"],
        date=date,
        date_precision=precision,
        place=place,
        term_years=years if isinstance(years, int) else None,
        is_life_term=years == "life",
        channel=payload.get("channel") or "",
        review_state=ReviewState.CONFIRMED,
        confidentiality=level,
        is_published=False,
        **subject,
    )
    ledger.add("events", event)
    quote_start, quote_end = payload.get("quote") or (suggestion.start, suggestion.end)
    quote = suggestion.source.text[quote_start:quote_end]
    if quote:
        citation = operations.cite_source(
            suggestion.source, quote, by=by, start=quote_start, event=event,
            confidentiality=level, is_published=False,
        )  # fmt: skip
        ledger.add("citations", citation)
    suggestion.event, suggestion.person = event, anchor
    return {"event": event.pk, "person": anchor.public_id if anchor else None}


def accept_identifier(
    suggestion: Suggestion, by: Reviewer, ledger: Ledger, choice: str | None
) -> dict[str, Any]:
    payload = identifier_payload(suggestion)
    try:
        resident_id = parse_resident_id(payload.get("number") or "")
    except ValueError as error:
        raise DecisionError(str(error)) from None
    holder = payload.get("person")
    if not holder:
        raise DecisionError(_("Edit the suggestion to name the person this ID belongs to."))
    person = resolve_named_person(suggestion, holder, by, ledger)
    if not person.identifiers.filter(
        kind=IdentifierKind.RESIDENT_ID, value=resident_id.number
    ).exists():
        identifier = operations.add_identifier(
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
        ledger.add("identifiers", identifier)
    suggestion.person = person
    return {"person": person.public_id}


ACCEPT_BY_KIND: dict[str, Callable[[Suggestion, Reviewer, Ledger, str | None], dict[str, Any]]] = {
    SuggestionKind.PERSON: accept_person,
    SuggestionKind.PLACE: accept_place,
    SuggestionKind.EVENT: accept_event,
    SuggestionKind.IDENTIFIER: accept_identifier,
}


def lock_pending(suggestion: Suggestion) -> Suggestion:
    """Return the suggestion locked for this transaction; DecisionError if already decided.

    Its source is locked first: decisions on one source resolve names against each other's
    records, so two at once could each make a record for the same person.
    """
    list(Source.objects.select_for_update().filter(pk=suggestion.source_id).values_list("pk"))
    locked = Suggestion.objects.select_for_update().select_related("source").get(pk=suggestion.pk)
    if locked.state != SuggestionState.PENDING:
        raise DecisionError(
            _("Suggestion %(number)s was already %(state)s.")
            % {"number": locked.number, "state": locked.get_state_display()}
        )
    return locked


def audit_changes(suggestion: Suggestion, **changes: Any) -> dict[str, Any]:
    """Return what the audit entry says: the suggestion, never a resident ID's number."""
    described = {"source": suggestion.source.public_id, "number": suggestion.number}
    described["kind"] = suggestion.kind
    if suggestion.kind == SuggestionKind.IDENTIFIER:
        changes = {key: value for key, value in changes.items() if key not in {"before", "after"}}
    return {**described, **changes}


def close(suggestion: Suggestion, state: str, by: Reviewer) -> None:
    """Record the decision on the suggestion itself."""
    suggestion.state = state
    suggestion.reviewer = by
    suggestion.reviewed_at = timezone.now()
    suggestion.save(
        update_fields=["state", "reviewer", "reviewed_at", "person", "event", "place", "payload"]
    )


def record_decision(
    suggestion: Suggestion, action: str, by: Reviewer, ledger: Ledger,
    payload_before: SuggestionPayload,
    person_choice: str = "",
) -> Decision:  # fmt: skip
    """Keep what the decision created and changed, for undoing it."""
    return Decision.objects.create(
        suggestion=suggestion,
        action=action,
        person_choice=person_choice,
        payload_before=payload_before,
        created=ledger.created,
        filled=ledger.filled,
        made_by=by if by is not None and by.is_authenticated else None,
    )


@transaction.atomic
def accept_suggestion(
    suggestion: Suggestion, by: Reviewer, person_choice: str | None = None
) -> Suggestion:
    """Create (or attach to) the persons, events and places the suggestion states, citing it.

    For a person, person_choice says who they are: a person id from another source, NEW_PERSON,
    or None for the preselected strong candidate if there is one (resolution.preselected).
    """
    suggestion = lock_pending(suggestion)
    ledger = Ledger()
    before = suggestion.payload
    created = ACCEPT_BY_KIND[suggestion.kind](suggestion, by, ledger, person_choice)
    close(suggestion, SuggestionState.ACCEPTED, by)
    decision = record_decision(
        suggestion, DecisionAction.ACCEPT, by, ledger, before, created.get("choice", "")
    )
    changes = audit_changes(suggestion, decision=decision.pk, **created)
    record_audit("accept_suggestion", suggestion, by=by, changes=changes)
    return suggestion


@transaction.atomic
def edit_and_accept_suggestion(
    suggestion: Suggestion,
    payload: SuggestionPayload,
    by: Reviewer,
    person_choice: str | None = None,
) -> Suggestion:
    """Replace the suggestion's payload with the reviewer's edits, then accept it."""
    suggestion = lock_pending(suggestion)
    ledger = Ledger()
    before = suggestion.payload
    suggestion.payload = edited_payload(before, payload)
    created = ACCEPT_BY_KIND[suggestion.kind](suggestion, by, ledger, person_choice)
    close(suggestion, SuggestionState.EDITED, by)
    decision = record_decision(
        suggestion, DecisionAction.EDIT_AND_ACCEPT, by, ledger, before, created.get("choice", "")
    )
    changes = audit_changes(
        suggestion, before=before, after=suggestion.payload, decision=decision.pk, **created
    )
    record_audit("edit_and_accept_suggestion", suggestion, by=by, changes=changes)
    return suggestion


@transaction.atomic
def reject_suggestion(suggestion: Suggestion, by: Reviewer) -> Suggestion:
    """Mark the suggestion as wrong: nothing is created from it."""
    suggestion = lock_pending(suggestion)
    close(suggestion, SuggestionState.REJECTED, by)
    decision = record_decision(suggestion, DecisionAction.REJECT, by, Ledger(), suggestion.payload)
    changes = audit_changes(suggestion, decision=decision.pk)
    record_audit("reject_suggestion", suggestion, by=by, changes=changes)
    return suggestion


def accept_all_suggestions(source: Source, kind: str, by: Reviewer) -> AcceptAllOutcome:
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
def reject_suggestions(source: Source, numbers: list[int], by: Reviewer) -> RejectOutcome:
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
