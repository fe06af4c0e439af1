"""Who a suggestion is about: one record per person within a source, candidates across sources.

Within a source, every mention of a person resolves to one record. The source's person
suggestions say which written forms belong together (a full name, its aliases and short forms,
a Latin form); an event's subject, written in any of those forms, resolves to the record the
source's earlier decisions made for them, or to a new record named with the full form. So the
order of the decisions does not matter.

Across sources the reviewer decides: find_person_candidates lists the persons recorded from
other sources who may be the one named (linkage's blocking and scoring), and the strong ones
are preselected.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from tugan.accounts.models import AnyUser, User
from tugan.core.extract.document import name_key
from tugan.linkage.candidates import find_persons_named_like
from tugan.linkage.evidence import MatchEvidence, StoredEvidence
from tugan.records.models import Citation, Person, PersonName
from tugan.review.models import Suggestion, SuggestionKind, SuggestionState
from tugan.review.payloads import PersonPayload, person_payload
from tugan.sources.models import Source

# Who makes a decision: a reviewer's account, or None for the operator at the command line.
Reviewer = User | None

# A candidate from another source is preselected from this probability on (linkage scoring):
# the name alone, all parts alike in any script (similarity 0.95 and up), gives 0.89; any
# evidence against (another birth year, another hometown) takes it below.
PRESELECT_PROBABILITY = 0.85
# A name of one part (a given name, 迪娜) is shared by too many people to be strong evidence.
PRESELECT_MIN_PARTS = 2
ACCEPTED_STATES = [SuggestionState.ACCEPTED, SuggestionState.EDITED]


class ResolutionError(ValueError):
    """Who the suggestion is about cannot be told; the message says why."""


def person_forms(payload: PersonPayload) -> list[str]:
    """Return the written forms a person suggestion gives: name, aliases, then Latin form."""
    forms = [payload.get("name") or "", *(payload.get("aliases") or []), payload.get("latin") or ""]
    return list(dict.fromkeys(form.strip() for form in forms if form and form.strip()))


def mention_forms(source: Source, name: str) -> list[str]:
    """Return the forms under which the source names the person it calls `name`, full name
    first: those of the person suggestion listing that form (not rejected), else the name.

    A short form that two of the source's persons share is ambiguous: ResolutionError.
    """
    key = name_key(name)
    groups = []
    suggestions = (
        Suggestion.objects.filter(source=source, kind=SuggestionKind.PERSON)
        .exclude(state=SuggestionState.REJECTED)
        .order_by("number")
    )
    for suggestion in suggestions:
        forms = person_forms(person_payload(suggestion))
        if key in {name_key(form) for form in forms}:
            groups.append(forms)
    full = [forms for forms in groups if name_key(forms[0]) == key]
    if full:
        return full[0]
    distinct = {name_key(forms[0]) for forms in groups}
    if len(distinct) > 1:
        raise ResolutionError(
            _("%(name)s may be any of %(names)s: edit the suggestion to give the full name.")
            % {"name": name, "names": ", ".join(forms[0] for forms in groups)}
        )
    return groups[0] if groups else [name.strip()]


def current_person(person: Person) -> Person:
    """Return the person a merged record was merged into (following merges), else itself."""
    seen = set()
    while person.merged_into_id is not None and person.pk not in seen:
        seen.add(person.pk)
        person = Person.objects.get(pk=person.merged_into_id)
    return person


def source_person_ids(source: Source) -> set[int]:
    """Return the ids of the persons this source's decisions and citations point at."""
    ids = set(
        Suggestion.objects.filter(
            source=source, state__in=ACCEPTED_STATES, person__isnull=False
        ).values_list("person_id", flat=True)
    )
    cited = Citation.objects.filter(source=source).values_list(
        "person_id", "person_name__person_id", "event__person_id", "event__relative_of_id"
    )
    ids.update(pk for row in cited for pk in row if pk is not None)
    return ids


def source_persons(source: Source, viewer: AnyUser) -> list[Person]:
    """Return the current persons (after merges) this source already names, as viewer sees."""
    persons = {}
    for person in Person.objects.filter(pk__in=source_person_ids(source)).order_by("pk"):
        person = current_person(person)
        persons[person.pk] = person
    visible = set(
        Person.objects.visible_to(viewer).filter(pk__in=persons).values_list("pk", flat=True)
    )
    return [person for pk, person in persons.items() if pk in visible]


def find_person_in_source(source: Source, forms: list[str], viewer: AnyUser) -> Person | None:
    """Return the person this source already names with these forms: one with the full form
    (forms[0]), else the one person with any of the others; None if there is none."""
    persons = source_persons(source, viewer)
    keys_by_person: dict[Person, set[str]] = {person: set() for person in persons}
    by_pk = {person.pk: person for person in persons}
    for person_id, text in PersonName.objects.filter(person__in=persons).values_list(
        "person_id", "text"
    ):
        keys_by_person[by_pk[person_id]].add(name_key(text))
    full = name_key(forms[0])
    for person, keys in keys_by_person.items():
        if full in keys:
            return person
    others = {name_key(form) for form in forms[1:]}
    having = [person for person, keys in keys_by_person.items() if keys & others]
    return having[0] if len(having) == 1 else None


@dataclass
class PersonCandidate:
    """A person recorded from other sources who may be the one a suggestion names."""

    person: Person
    probability: float
    evidence: MatchEvidence
    is_same_name: bool
    is_strong: bool


def name_parts_compared(evidence: StoredEvidence) -> int:
    """Return how many name parts the evidence's name comparison matched."""
    names = [item for item in evidence["items"] if item["field"] == "name"]
    return len(names[0].get("parts", [])) if names else 0


def is_strong(evidence: MatchEvidence) -> bool:
    """Return whether the evidence is strong enough to preselect the candidate."""
    if evidence.get("settled_by"):
        return True
    return (
        evidence["probability"] >= PRESELECT_PROBABILITY
        and name_parts_compared(evidence) >= PRESELECT_MIN_PARTS
    )


def find_person_candidates(
    source: Source, forms: list[str], viewer: AnyUser, exclude: Iterable[int] = ()
) -> list[PersonCandidate]:
    """Return the persons from other sources the viewer may see who may be the one named with
    these forms, best first (linkage.candidates.find_persons_named_like)."""
    excluded = {*exclude, *source_person_ids(source)}
    found = find_persons_named_like(forms, exclude=excluded, source_ids={source.pk})
    visible = {
        person.pk: person
        for person in Person.objects.visible_to(viewer).filter(pk__in=[pk for pk, _ in found])
    }
    keys = {name_key(form) for form in forms}
    same_name = set(
        PersonName.objects.visible_to(viewer)
        .filter(person__in=list(visible))
        .values_list("person_id", "text")
    )
    same_name_ids = {pk for pk, text in same_name if name_key(text) in keys}
    return [
        PersonCandidate(
            person=visible[pk],
            probability=evidence["probability"],
            evidence=evidence,
            is_same_name=pk in same_name_ids,
            is_strong=is_strong(evidence),
        )
        for pk, evidence in found
        if pk in visible
    ]


def preselected(candidates: list[PersonCandidate]) -> PersonCandidate | None:
    """Return the candidate the page preselects (and accepting all chooses): the best strong
    one, unless a second strong one leaves the choice open."""
    strong = [candidate for candidate in candidates if candidate.is_strong]
    if len(strong) == 1 or (strong and strong[0].probability > strong[1].probability):
        return strong[0]
    return None
