"""Read functions for the review pages: one per page, access-checked."""

from typing import TYPE_CHECKING, Any, TypedDict

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet, TextChoices
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tugan.accounts.models import AnyUser
from tugan.core.gazetteer import load_gazetteer
from tugan.core.text_spans import Span, split_marked_paragraphs
from tugan.linkage.evidence import describe_evidence
from tugan.records.choices import Channel, Ethnicity, EventType, Relation
from tugan.records.models import Person, PersonName
from tugan.records.reading import display_name, visible_names
from tugan.review.models import Suggestion, SuggestionKind, SuggestionState
from tugan.review.payloads import (
    EventSubject,
    event_payload,
    identifier_payload,
    person_payload,
    place_payload,
)
from tugan.review.resolution import (
    PRESELECT_MIN_PARTS,
    find_person_candidates,
    name_parts_compared,
    person_forms,
    preselected,
)
from tugan.sources.models import Source
from tugan.sources.reading import get_source_for_user

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

SOURCES_PER_PAGE = 50
KIND_HEADINGS = {
    SuggestionKind.PERSON: gettext_lazy("Persons"),
    SuggestionKind.PLACE: gettext_lazy("Places"),
    SuggestionKind.EVENT: gettext_lazy("Events"),
    SuggestionKind.IDENTIFIER: gettext_lazy("Resident IDs"),
}


def place_label(key: str | None) -> str:
    """Return a place's Chinese and English names with its key: "伊犁 Ili (CN-654000)"."""
    if not key:
        return ""
    entry = load_gazetteer().get(key)
    if entry is None:
        return key
    names = [entry.names.get("zh"), entry.names.get("en")]
    return " ".join([*(name for name in names if name), f"({key})"])


def choice_label(choices: type[TextChoices], value: str | None) -> str:
    """Return the display label of a choice value, or the value itself if it is not one."""
    return str(dict(choices.choices).get(value or "", value or ""))


def describe_subject(subject: EventSubject) -> str:
    """Return an event's subject in words: a name, "sister ×2 of NAME", or a group."""
    person = subject.get("person")
    if person:
        return person
    if subject.get("relative_of"):
        relation = choice_label(Relation, subject.get("relation"))
        count = f" ×{subject['count']}" if subject.get("count") else ""
        return _("%(relation)s%(count)s of %(name)s") % {
            "relation": relation,
            "count": count,
            "name": subject["relative_of"],
        }
    group = subject.get("group") or {}
    words = [choice_label(Ethnicity, group.get("ethnicity")), place_label(group.get("place"))]
    return _("group: %(who)s") % {"who": ", ".join(word for word in words if word) or "?"}


def describe_suggestion(suggestion: Suggestion) -> dict[str, Any]:
    """Return a suggestion's headline and details, as the review page lists them."""
    if suggestion.kind == SuggestionKind.PERSON:
        person = person_payload(suggestion)
        title = person.get("name", "")
        details = [
            ", ".join(person.get("aliases") or []),
            person.get("latin") or "",
            choice_label(Ethnicity, person.get("ethnicity")),
            place_label(person.get("residence")),
        ]
    elif suggestion.kind == SuggestionKind.PLACE:
        place = place_payload(suggestion)
        title = place_label(place.get("key"))
        name = place.get("name", "")
        details = [name] if name and name not in title else []
    elif suggestion.kind == SuggestionKind.EVENT:
        event = event_payload(suggestion)
        title = choice_label(EventType, event.get("type"))
        years = event.get("years")
        details = [
            describe_subject(event.get("subject") or {}),
            event.get("date") or _("date unknown"),
            _("%(years)s years") % {"years": years} if isinstance(years, int) else years or "",
            place_label(event.get("place")),
            choice_label(Channel, event.get("channel")),
        ]
    else:
        identifier = identifier_payload(suggestion)
        title = identifier.get("number", "")
        details = [
            _("born %(date)s") % {"date": identifier.get("birth_date")},
            identifier.get("sex") or "",
            place_label(identifier.get("county")),
            _("holder: %(name)s") % {"name": identifier.get("person") or "?"},
        ]
    return {"title": title, "details": [detail for detail in details if detail]}


def marked_spans(suggestion: Suggestion) -> list[Span]:
    """Return the spans of the text that a suggestion was read from."""
    spans = suggestion.payload.get("spans") or [[suggestion.start, suggestion.end]]
    if suggestion.kind == SuggestionKind.IDENTIFIER:
        spans = [[suggestion.start, suggestion.end]]
    return [Span(start, end, str(suggestion.number)) for start, end in spans]


def mark_paragraphs(text: str, suggestions: list[Suggestion]) -> list[list[dict[str, Any]]]:
    """Return the text as paragraphs of segments, each with the suggestion it belongs to."""
    by_number: dict[int | None, Suggestion] = {
        suggestion.number: suggestion for suggestion in suggestions
    }
    spans = [
        span
        for suggestion in suggestions
        if suggestion.state != SuggestionState.REJECTED
        for span in marked_spans(suggestion)
    ]
    seen: set[int] = set()
    paragraphs = []
    for paragraph in split_marked_paragraphs(text, spans):
        segments = []
        for segment in paragraph:
            number = int(segment.span.label) if segment.span else None
            segments.append(
                {
                    "text": segment.text,
                    "start": segment.start,
                    "suggestion": by_number.get(number),
                    "is_first": number is not None and number not in seen,
                }
            )
            if number is not None:
                seen.add(number)
        paragraphs.append(segments)
    return paragraphs


def quote_of(suggestion: Suggestion) -> str:
    """Return the words a suggestion was read from: an event's sentence, else its span."""
    quote = (
        event_payload(suggestion).get("quote") if suggestion.kind == SuggestionKind.EVENT else None
    )
    start, end = quote or (suggestion.start, suggestion.end)
    return suggestion.source.text[start:end]


def get_suggestion_for_user(user: AnyUser, public_id: str, number: int) -> Suggestion:
    """Return the suggestion if this user may see it and its source; else 404."""
    source = get_source_for_user(user, public_id)
    try:
        return (
            Suggestion.objects.visible_to(user)
            .select_related("source", "person", "reviewer")
            .get(source=source, number=number)
        )
    except Suggestion.DoesNotExist:
        raise Http404("No such suggestion") from None


def describe_candidates(user: AnyUser, suggestion: Suggestion) -> list[dict[str, Any]]:
    """Return the persons from other sources who may be the one a pending person suggestion
    names, with the evidence this user may see; the strong one preselected."""
    forms = person_forms(person_payload(suggestion))
    if not forms:
        return []
    candidates = find_person_candidates(suggestion.source, forms, user)
    chosen = preselected(candidates)
    persons = [candidate.person for candidate in candidates]
    names = set(
        PersonName.objects.visible_to(user).filter(person__in=persons).values_list("pk", flat=True)
    )
    visible_persons = {person.pk for person in persons}
    described = []
    loaded = Person.objects.filter(pk__in=visible_persons).prefetch_related(visible_names(user))
    display = {person.pk: display_name(person) for person in loaded}
    for candidate in candidates:
        evidence = []
        for item in candidate.evidence["items"]:
            if item.get("confidential") and not (
                user.is_authenticated and user.sees_confidential_fields
            ):
                continue
            if item["field"] == "name" and item["names"][1] not in names:
                continue
            if item["field"] == "relatives" and not set(item["persons"]) <= visible_persons:
                continue
            evidence.append(describe_evidence(item))
        described.append(
            {
                "person": candidate.person,
                "display_name": display[candidate.person.pk],
                "probability": candidate.probability,
                "evidence": evidence,
                "is_same_name": candidate.is_same_name,
                "is_strong": candidate.is_strong,
                "is_one_part": name_parts_compared(candidate.evidence) < PRESELECT_MIN_PARTS,
                "is_preselected": candidate is chosen,
            }
        )
    return described


def read_source_review(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return the source, its text with the suggested spans marked, and the suggestions."""
    source = get_source_for_user(user, public_id)
    suggestions = list(
        Suggestion.objects.visible_to(user)
        .filter(source=source)
        .select_related("person", "reviewer")
        .order_by("number")
    )
    # A decided suggestion links to the person it made only if this user may see that person.
    visible_persons = set(
        Person.objects.visible_to(user)
        .filter(pk__in={suggestion.person_id for suggestion in suggestions})
        .values_list("pk", flat=True)
    )
    for suggestion in suggestions:
        suggestion.visible_person = (
            suggestion.person if suggestion.person_id in visible_persons else None
        )
        suggestion.description = describe_suggestion(suggestion)
        # Names and places are marked in the text; an event also shows the sentence it is from.
        suggestion.quote = quote_of(suggestion) if suggestion.kind == SuggestionKind.EVENT else ""
        is_pending = suggestion.state == SuggestionState.PENDING
        suggestion.candidates = (
            describe_candidates(user, suggestion)
            if is_pending and suggestion.kind == SuggestionKind.PERSON
            else []
        )
        suggestion.is_undoable = not is_pending
    kinds = []
    for kind, label in KIND_HEADINGS.items():
        of_kind = [suggestion for suggestion in suggestions if suggestion.kind == kind]
        pending = sum(suggestion.state == SuggestionState.PENDING for suggestion in of_kind)
        if of_kind:
            kinds.append({"kind": kind, "label": label, "suggestions": of_kind, "pending": pending})
    return {
        "source": source,
        "paragraphs": mark_paragraphs(source.text, suggestions),
        "kinds": kinds,
        "pending": sum(kind["pending"] for kind in kinds),
    }


class PendingCount(TypedDict):
    pending: int  # the source's pending suggestions that the user may see


def find_pending_sources(user: AnyUser) -> "QuerySet[WithAnnotations[Source, PendingCount]]":
    """Return the sources with suggestions this user may see and decide on, newest first,
    each annotated with its number of pending suggestions (`pending`)."""
    visible = Suggestion.objects.visible_to(user).values("pk")
    pending = Q(suggestions__state=SuggestionState.PENDING, suggestions__in=visible)
    return (
        Source.objects.visible_to(user)
        .annotate(pending=Count("suggestions", filter=pending))
        .filter(pending__gt=0)
        .order_by("-published", "-id")
        .only("public_id", "title", "publisher", "published", "confidentiality", "is_published")
    )


def read_pending_sources(
    user: AnyUser, page_number: str | None
) -> "Page[WithAnnotations[Source, PendingCount]]":
    """Return one page of the sources with suggestions this user may see and decide on."""
    return Paginator(find_pending_sources(user), SOURCES_PER_PAGE).get_page(page_number)
