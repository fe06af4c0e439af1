"""The read function of the match review page: candidate pairs side by side, with evidence.

Only pairs whose two persons this user may see are listed, and evidence that names a record the
user may not see (a confidential name, an identifier, a hidden relative or source) is left out.
"""

from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from tugan.accounts.models import AnyUser
from tugan.linkage.evidence import (
    EvidenceItem,
    StoredEvidence,
    describe_evidence,
    describe_field,
)
from tugan.linkage.models import MatchCandidate, MatchState, Merge
from tugan.records.models import Person, PersonName
from tugan.records.reading import describe_statuses_now, display_name, visible_names
from tugan.sources.models import Source

PAIRS_PER_PAGE = 25


def visible_evidence(
    user: AnyUser, evidence: StoredEvidence, names: set[int], persons: set[int]
) -> list[EvidenceItem]:
    """Return the evidence items this user may see."""
    shown = []
    for item in evidence.get("items", []):
        if item.get("confidential") and not (
            user.is_authenticated and user.sees_confidential_fields
        ):
            continue
        if item["field"] == "name" and not set(item.get("names", [])) <= names:
            continue
        if item["field"] == "relatives" and not set(item.get("persons", [])) <= persons:
            continue
        if item["field"] == "sources":
            sources = set(item.get("sources", []))
            if Source.objects.visible_to(user).filter(pk__in=sources).count() != len(sources):
                continue
        shown.append(item)
    return shown


def visible_candidates(user: AnyUser, public_id: str | None = None) -> QuerySet[MatchCandidate]:
    """Return the pending candidate pairs whose two persons this user may see, best first."""
    visible = Person.objects.visible_to(user).filter(merged_into__isnull=True)
    candidates = (
        MatchCandidate.objects.filter(state=MatchState.PENDING)
        .filter(person_a__in=visible, person_b__in=visible)
        .order_by("-score", "id")
    )
    if public_id:
        candidates = candidates.filter(person_a__public_id=public_id) | candidates.filter(
            person_b__public_id=public_id
        )
    return candidates


def describe_pairs(user: AnyUser, pairs: list[MatchCandidate]) -> list[MatchCandidate]:
    """Give each pair its two persons (left, right) and the evidence this user may see."""
    pks = {pk for pair in pairs for pk in (pair.person_a_id, pair.person_b_id)}
    persons = {
        person.pk: person
        for person in Person.objects.filter(pk__in=pks)
        .select_related("hometown")
        .prefetch_related(visible_names(user))
    }
    names = set(
        PersonName.objects.visible_to(user).filter(person__in=pks).values_list("pk", flat=True)
    )
    visible_pks = set(Person.objects.visible_to(user).values_list("pk", flat=True))
    for pair in pairs:
        pair.left = persons[pair.person_a_id]
        pair.right = persons[pair.person_b_id]
        for person in (pair.left, pair.right):
            person.display_name = display_name(person)
        pair.shown_evidence = visible_evidence(user, pair.evidence, names, visible_pks)
        # As the page says it, in the reader's language (the API keeps the items as stored).
        pair.evidence_lines = [
            {
                "field": describe_field(item),
                "weight": item["weight"],
                "says": describe_evidence(item),
            }
            for item in pair.shown_evidence
        ]
    describe_statuses_now(user, list(persons.values()))
    return pairs


def read_match_list(
    user: AnyUser, page_number: str | None, public_id: str | None = None
) -> dict[str, Any]:
    """Return a page of pending candidate pairs this user may see, and the undoable merges."""
    visible = Person.objects.visible_to(user).filter(merged_into__isnull=True)
    page: Page[MatchCandidate] = Paginator(
        visible_candidates(user, public_id), PAIRS_PER_PAGE
    ).get_page(page_number)
    pairs = describe_pairs(user, list(page))
    merges = list(
        Merge.objects.filter(
            undone_at__isnull=True, kept__in=visible, merged__in=Person.objects.visible_to(user)
        ).select_related("kept", "merged")[:PAIRS_PER_PAGE]
    )
    return {"page": page, "pairs": pairs, "merges": merges, "person_id": public_id}
