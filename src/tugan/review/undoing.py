"""Undoing a reviewer's decision: back to exactly the state before it, audited.

A decision keeps what it created (persons, names, events, citations, identifiers, merges) and
the person fields it filled in (review.models.Decision). Undoing removes what it created,
undoes its merges, puts the blank fields back and leaves the suggestion pending as it was.
A decision that later ones build on (an event accepted first made the person that the person
suggestion then completed) is undone after them: the message names them.
"""

from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from tugan.audit.log import record_audit
from tugan.linkage.candidates import find_match_candidates
from tugan.linkage.merging import MergeRefused, unmerge_person
from tugan.linkage.models import Merge
from tugan.records.followups import records_changed
from tugan.records.models import (
    Citation,
    ContactReport,
    Event,
    Identifier,
    Person,
    PersonName,
    Relationship,
)
from tugan.records.operations import refresh_status_summary
from tugan.review.decisions import DecisionError, audit_changes
from tugan.review.models import Decision, Suggestion, SuggestionState
from tugan.review.resolution import Reviewer
from tugan.search.indexing import unindex_names
from tugan.sources.models import Source

# What a decision may have created, as (kind in Decision.created, model), removed in this order.
REMOVABLE = [
    ("citations", Citation),
    ("events", Event),
    ("identifiers", Identifier),
    ("names", PersonName),
    ("persons", Person),
]


def live_decision(suggestion: Suggestion) -> Decision:
    """Return the suggestion's decision that stands; DecisionError if it is still pending."""
    decision = suggestion.decisions.filter(undone_at__isnull=True).order_by("-id").first()
    if suggestion.state == SuggestionState.PENDING or decision is None:
        raise DecisionError(
            _("Suggestion %(number)s has no decision to undo.") % {"number": suggestion.number}
        )
    return decision


def find_dependants(decision: Decision) -> list[str]:
    """Return what stands on the records this decision created and would be left dangling."""
    created = {kind: set(decision.created.get(kind, [])) for kind, _model in REMOVABLE}
    persons, names, events = created["persons"], created["names"], created["events"]
    problems = []
    later = (
        Suggestion.objects.filter(
            Q(person__in=persons) | Q(event__in=events),
            state__in=[SuggestionState.ACCEPTED, SuggestionState.EDITED],
        )
        .exclude(pk=decision.suggestion_id)
        .select_related("source")
        .order_by("source", "number")
    )
    problems += [f"{other.source.public_id} #{other.number}" for other in later]
    # A later choice of a person from another source merged a record this decision made.
    merges = set(
        Merge.objects.filter(
            Q(merged__in=persons) | Q(kept__in=persons), undone_at__isnull=True
        ).values_list("pk", flat=True)
    ) - set(decision.created.get("merges", []))
    if merges:
        others_live = (
            Decision.objects.filter(undone_at__isnull=True)
            .exclude(pk=decision.pk)
            .select_related("suggestion__source")
        )
        problems += [
            f"{other.suggestion.source.public_id} #{other.suggestion.number}"
            for other in others_live.filter(suggestion__source=decision.suggestion.source)
            if merges & set(other.created.get("merges", []))
        ] or [_("a merge on the Matches page")]
    others: list[QuerySet[Any]] = [
        PersonName.objects.filter(person__in=persons).exclude(pk__in=names),
        Event.objects.filter(Q(person__in=persons) | Q(relative_of__in=persons)).exclude(
            pk__in=events
        ),
        Citation.objects.filter(
            Q(person__in=persons) | Q(person_name__in=names) | Q(event__in=events)
        ).exclude(pk__in=created["citations"]),
        Identifier.objects.filter(person__in=persons).exclude(pk__in=created["identifiers"]),
        Relationship.objects.filter(Q(from_person__in=persons) | Q(to_person__in=persons)),
        ContactReport.objects.filter(Q(reporter__in=persons) | Q(relative__in=persons)),
        Person.objects.filter(merged_into__in=persons),
    ]
    if not problems and any(records.exists() for records in others):
        problems.append(_("other records now refer to %(ids)s") % {
            "ids": ", ".join(
                Person.objects.filter(pk__in=persons).values_list("public_id", flat=True)
            )
        })  # fmt: skip
    return problems


@transaction.atomic
def undo_decision(suggestion: Suggestion, by: Reviewer) -> Suggestion:
    """Undo the standing decision on the suggestion: remove what it created, undo its merges,
    restore the fields it filled in, and leave the suggestion pending as it was before."""
    list(Source.objects.select_for_update().filter(pk=suggestion.source_id).values_list("pk"))
    suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    decision = Decision.objects.select_for_update().get(pk=live_decision(suggestion).pk)
    problems = find_dependants(decision)
    if problems:
        raise DecisionError(
            _("Undo the decisions that build on this one first: %(what)s.")
            % {"what": "; ".join(problems)}
        )
    touched = set()
    for merge in Merge.objects.filter(pk__in=decision.created.get("merges", [])).order_by("-id"):
        try:
            unmerge_person(merge.merged, by=by)
        except MergeRefused as error:
            raise DecisionError(str(error)) from None
        touched |= {merge.kept_id, merge.merged_id}
    touched |= set(
        PersonName.objects.filter(pk__in=decision.created.get("names", [])).values_list(
            "person_id", flat=True
        )
    )
    touched |= {
        pk
        for pk in Event.objects.filter(pk__in=decision.created.get("events", [])).values_list(
            "person_id", flat=True
        )
        if pk is not None
    }
    touched |= {int(pk) for pk in decision.filled}
    touched -= set(decision.created.get("persons", []))
    # A removed citation's source may have dated its event or contact report (monitor).
    cited = list(
        Citation.objects.filter(pk__in=decision.created.get("citations", [])).values_list(
            "event_id", "contact_report_id"
        )
    )
    for kind, model in REMOVABLE:
        model.objects.filter(pk__in=decision.created.get(kind, [])).delete()
    unindex_names(decision.created.get("names", []))
    for pk, fields in decision.filled.items():
        Person.objects.filter(pk=int(pk)).update(**fields)
    records_changed(
        persons=touched | set(decision.created.get("persons", [])),
        events={*decision.created.get("events", []), *(e for e, _r in cited if e is not None)},
        reports={r for _e, r in cited if r is not None},
    )
    for person in Person.objects.filter(pk__in=touched):
        refresh_status_summary(person)
        find_match_candidates(person)
    for person in Person.objects.filter(events__isnull=True, pk__in=touched).exclude(
        status_summary=""
    ):
        Person.objects.filter(pk=person.pk).update(status_summary="")
    state_before = suggestion.state
    suggestion.state = SuggestionState.PENDING
    suggestion.payload = decision.payload_before
    suggestion.reviewer = None
    suggestion.reviewed_at = None
    suggestion.person = suggestion.event = suggestion.place = None
    suggestion.save(
        update_fields=["state", "payload", "reviewer", "reviewed_at", "person", "event", "place"]
    )
    decision.undone_at = timezone.now()
    decision.undone_by = by if by is not None and by.is_authenticated else None
    decision.save(update_fields=["undone_at", "undone_by"])
    changes = audit_changes(
        suggestion,
        decision=decision.pk,
        undone=decision.action,
        state_before=state_before,
        removed=decision.created,
        restored=decision.filled,
    )
    record_audit("undo_decision", suggestion, by=by, changes=changes)
    return suggestion
