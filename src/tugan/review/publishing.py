"""Publishing reviewed facts to everyone, and withdrawing them: each an audited operation.

What a publication covers (docs/review.md, "Publishing"):

- a person: the person, their names, their reviewed (confirmed) events and those of their
  unnamed relatives, the citations of these facts, the sources those citations quote, and their
  relationships with persons already published;
- a source: the source, and the reviewed facts it states (names, events, relationships, with
  their citations), with the persons they belong to.

Nothing confidential is ever covered: not identifiers, not a record marked confidential, not a
citation of a confidential source. An event is covered only with a citation that is covered, so
a fact that only a confidential source states stays unpublished.

Publishing makes each covered record public and published, and remembers how it was before any
publication covered it; withdrawing restores exactly that, for each record that no other active
publication covers and that nobody changed since.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import models, transaction
from django.db.models import Q
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tugan.accounts.confidentiality import ConfidentialRecord
from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.audit.log import record_audit
from tugan.records import followups
from tugan.records.choices import Consent, ReviewState
from tugan.records.models import Citation, Event, Person, PersonName, Relationship
from tugan.records.reading import read_person_detail
from tugan.review.models import (
    Publication,
    PublicationKind,
    PublishedRecord,
    Suggestion,
    SuggestionState,
)
from tugan.sources.models import Source
from tugan.sources.reading import read_source_detail

CONFIDENTIAL = Confidentiality.CONFIDENTIAL
# The order in which a publication's records are listed and counted.
RECORD_TYPES: list[type[ConfidentialRecord]] = [
    Person,
    PersonName,
    Event,
    Relationship,
    Source,
    Citation,
]

# How the preview names each count: what a reader might confuse (a fact and its citations, the
# sources this publication quotes and all that cite the person) named apart.
COUNT_LABELS = {
    Person: gettext_lazy("persons"),
    PersonName: gettext_lazy("name forms"),
    Event: gettext_lazy("events"),
    Relationship: gettext_lazy("relationships"),
    Source: gettext_lazy("sources quoted"),
    Citation: gettext_lazy("citations (quoted passages)"),
}


class PublishError(ValueError):
    """This cannot be published or withdrawn as it stands; the message says why."""


@dataclass(frozen=True)
class Coverage:
    """The records one publication makes public, by model."""

    records: dict[type[ConfidentialRecord], Sequence[ConfidentialRecord]]

    def counts(self) -> dict[str, int]:
        """Return how many records of each kind are covered: {"records.Person": 1, ...}."""
        return {model._meta.label: len(self.records.get(model, [])) for model in RECORD_TYPES}

    def persons(self) -> list[Person]:
        return [record for record in self.records.get(Person, []) if isinstance(record, Person)]

    def sources(self) -> list[Source]:
        return [record for record in self.records.get(Source, []) if isinstance(record, Source)]


def is_publishable_person(person: Person) -> bool:
    """Return whether a person may be made public at all."""
    return (
        person.merged_into_id is None
        and person.confidentiality != CONFIDENTIAL
        and person.consent != Consent.REFUSED
    )


def is_public(record: ConfidentialRecord) -> bool:
    return record.is_published and record.confidentiality == Confidentiality.PUBLIC


def publishable_citations() -> models.QuerySet[Citation]:
    """Return the citations that may ever be public: neither they nor their source confidential."""
    return Citation.objects.exclude(confidentiality=CONFIDENTIAL).exclude(
        source__confidentiality=CONFIDENTIAL
    )


def check_person(person: Person) -> None:
    """Raise PublishError if this person may not be published, saying why."""
    if person.merged_into is not None:
        raise PublishError(
            _("%(id)s was merged into %(into)s: publish %(into)s instead.")
            % {"id": person.public_id, "into": person.merged_into.public_id}
        )
    if person.confidentiality == CONFIDENTIAL:
        raise PublishError(_("%(id)s is confidential.") % {"id": person.public_id})
    if person.consent == Consent.REFUSED:
        raise PublishError(_("%(id)s refused consent.") % {"id": person.public_id})


def check_status_summary(person: Person, events: list[Event]) -> None:
    """Raise PublishError if the person's status comes from an event that stays unpublished."""
    own = [event for event in person.events.all()]
    if not own or not person.status_summary:
        return
    latest = max(own, key=lambda event: (event.date is not None, event.date or 0, event.pk))
    if latest.pk not in {event.pk for event in events}:
        raise PublishError(
            _(
                "%(id)s's status (%(status)s) comes from an event that would stay unpublished"
                " (confidential, not reviewed, or stated only by a confidential source)."
            )
            % {"id": person.public_id, "status": person.status_summary}
        )


def sourced_events(
    events: models.QuerySet[Event], citations: models.QuerySet[Citation]
) -> list[Event]:
    """Return the reviewed, non-confidential events among these that one of the citations cites."""
    return list(
        events.filter(review_state=ReviewState.CONFIRMED, citations__in=citations)
        .exclude(confidentiality=CONFIDENTIAL)
        .distinct()
    )


def cover_person(person: Person) -> Coverage:
    """Return what publishing this person makes public; PublishError if it may not be."""
    check_person(person)
    citations = publishable_citations()
    names = [
        name
        for name in person.names.exclude(confidentiality=CONFIDENTIAL).prefetch_related("citations")
        # A name that only confidential sources state stays unpublished with them.
        if not name.citations.all() or citations.filter(person_name=name).exists()
    ]
    events = sourced_events(
        Event.objects.filter(Q(person=person) | Q(relative_of=person)), citations
    )
    check_status_summary(person, events)
    relationships = [
        relationship
        for relationship in Relationship.objects.filter(Q(from_person=person) | Q(to_person=person))
        .exclude(confidentiality=CONFIDENTIAL)
        .select_related("from_person", "to_person")
        if is_public(
            relationship.to_person
            if relationship.from_person_id == person.pk
            else relationship.from_person
        )
    ]
    cited = list(
        citations.filter(
            Q(event__in=events)
            | Q(person_name__in=names)
            | Q(relationship__in=relationships)
            | Q(person=person)
        ).select_related("source")
    )
    sources = list({citation.source_id: citation.source for citation in cited}.values())
    return Coverage(
        {
            Person: [person],
            PersonName: names,
            Event: events,
            Relationship: relationships,
            Source: sources,
            Citation: cited,
        }
    )


def accepted_persons(source: Source) -> list[Person]:
    """Return the persons that accepted suggestions of this source resolved to."""
    decided = Suggestion.objects.filter(
        source=source, state__in=[SuggestionState.ACCEPTED, SuggestionState.EDITED]
    )
    persons = Person.objects.filter(pk__in=decided.values("person"))
    # A person merged since is published as the person they were merged into.
    found = {}
    for person in persons.select_related("merged_into"):
        while person.merged_into is not None:
            person = person.merged_into
        found[person.pk] = person
    return list(found.values())


def cover_source(source: Source) -> Coverage:
    """Return what publishing this source's reviewed facts makes public."""
    if source.confidentiality == CONFIDENTIAL:
        raise PublishError(_("%(id)s is confidential.") % {"id": source.public_id})
    citations = publishable_citations().filter(source=source)
    persons = {person.pk: person for person in accepted_persons(source)}
    events = sourced_events(Event.objects.select_related("person", "relative_of"), citations)
    names = list(
        PersonName.objects.filter(citations__in=citations)
        .exclude(confidentiality=CONFIDENTIAL)
        .select_related("person")
        .distinct()
    )
    relationships = list(
        Relationship.objects.filter(citations__in=citations)
        .exclude(confidentiality=CONFIDENTIAL)
        .select_related("from_person", "to_person")
        .distinct()
    )
    for event in events:
        anchor = event.person or event.relative_of
        if anchor is not None:
            persons.setdefault(anchor.pk, anchor)
    for name in names:
        persons.setdefault(name.person_id, name.person)
    persons = {pk: person for pk, person in persons.items() if is_publishable_person(person)}
    events = [
        event
        for event in events
        if (event.person_id or event.relative_of_id) in persons
        or (event.person_id is None and event.relative_of_id is None)
    ]
    names = [name for name in names if name.person_id in persons]
    relationships = [
        relationship
        for relationship in relationships
        if relationship.from_person_id in persons and relationship.to_person_id in persons
    ]
    cited = list(
        citations.filter(
            Q(event__in=events)
            | Q(person_name__in=names)
            | Q(relationship__in=relationships)
            | Q(person__in=list(persons))
        )
    )
    return Coverage(
        {
            Person: list(persons.values()),
            PersonName: names,
            Event: events,
            Relationship: relationships,
            Source: [source],
            Citation: cited,
        }
    )


def active_publication_records(
    model: type[models.Model], pks: list[int]
) -> dict[int, PublishedRecord]:
    """Return, by primary key, a record of an active publication covering these records."""
    rows = PublishedRecord.objects.filter(
        record_type=model._meta.label, record_pk__in=pks, publication__withdrawn_at__isnull=True
    ).order_by("id")
    found: dict[int, PublishedRecord] = {}
    for row in rows:
        found.setdefault(row.record_pk, row)
    return found


def make_public(coverage: Coverage, publication: Publication) -> None:
    """Make every covered record public and published, remembering how it was before."""
    now = timezone.now()
    rows = []
    for model, records in coverage.records.items():
        pks = [record.pk for record in records]
        covered = active_publication_records(model, pks)
        for record in records:
            before = covered.get(record.pk)
            rows.append(
                PublishedRecord(
                    publication=publication,
                    record_type=model._meta.label,
                    record_pk=record.pk,
                    # The state before any publication covered it, so a withdrawal restores it.
                    was_published=before.was_published if before else record.is_published,
                    was_confidentiality=(
                        before.was_confidentiality if before else record.confidentiality
                    ),
                )
            )
        model.objects.filter(pk__in=pks).exclude(confidentiality=CONFIDENTIAL).update(
            is_published=True, confidentiality=Confidentiality.PUBLIC, updated_at=now
        )
    PublishedRecord.objects.bulk_create(rows)
    followups.records_changed(
        persons=[record.pk for record in coverage.records.get(Person, [])],
        events=[record.pk for record in coverage.records.get(Event, [])],
        sources=[record.pk for record in coverage.records.get(Source, [])],
    )


@transaction.atomic
def publish(kind: str, record: Person | Source, by: AnyUser | None = None) -> Publication:
    """Publish a person, or the reviewed facts of a source: audited, and withdrawable."""
    model = Person if kind == PublicationKind.PERSON else Source
    # Lock the record: two reviewers publishing it at once would each remember its old state.
    record = model.objects.select_for_update().get(pk=record.pk)
    coverage = cover(kind, record)
    publication = Publication.objects.create(
        kind=kind,
        target=record.public_id,
        published_by=by if by is not None and by.is_authenticated else None,
        published_at=timezone.now(),
    )
    make_public(coverage, publication)
    record_audit(
        f"publish_{kind}",
        record,
        by=by,
        changes={"publication": publication.pk, "records": coverage.counts()},
    )
    return publication


@transaction.atomic
def withdraw_publication(publication: Publication, by: AnyUser | None = None) -> Counter[str]:
    """Withdraw a publication: restore each record it alone made public, as it was before.

    A record another active publication still covers stays public; one changed since it was
    published (no longer public) is left as it is. Returns how many records were restored.
    """
    publication = Publication.objects.select_for_update().get(pk=publication.pk)
    if publication.withdrawn_at is not None:
        raise PublishError(
            _("This publication of %(id)s was already withdrawn.") % {"id": publication.target}
        )
    publication.withdrawn_at = timezone.now()
    publication.withdrawn_by = by if by is not None and by.is_authenticated else None
    publication.save(update_fields=["withdrawn_at", "withdrawn_by"])
    models_by_label = {model._meta.label: model for model in RECORD_TYPES}
    restored: Counter[str] = Counter()
    changed_pks: dict[str, list[int]] = {
        Person._meta.label: [],
        Event._meta.label: [],
        Source._meta.label: [],
        Citation._meta.label: [],
    }
    for row in publication.records.all():
        still_covered = PublishedRecord.objects.filter(
            record_type=row.record_type,
            record_pk=row.record_pk,
            publication__withdrawn_at__isnull=True,
        ).exists()
        if still_covered:
            continue
        changed = (
            models_by_label[row.record_type]
            .objects.filter(
                pk=row.record_pk, is_published=True, confidentiality=Confidentiality.PUBLIC
            )
            .update(
                is_published=row.was_published,
                confidentiality=row.was_confidentiality,
                updated_at=publication.withdrawn_at,
            )
        )
        restored[row.record_type] += changed
        if changed and row.record_type in changed_pks:
            changed_pks[row.record_type].append(row.record_pk)
    # A citation's level decides who counts the undated report its source dates (monitor).
    cited = list(
        Citation.objects.filter(pk__in=changed_pks[Citation._meta.label]).values_list(
            "event_id", "contact_report_id"
        )
    )
    followups.records_changed(
        persons=changed_pks[Person._meta.label],
        events=changed_pks[Event._meta.label] + [e for e, _r in cited if e is not None],
        reports=[r for _e, r in cited if r is not None],
        sources=changed_pks[Source._meta.label],
    )
    record = Person if publication.kind == PublicationKind.PERSON else Source
    target = record.objects.filter(public_id=publication.target).first()
    record_audit(
        f"withdraw_{publication.kind}",
        target if target is not None else publication,
        by=by,
        changes={"publication": publication.pk, "restored": dict(sorted(restored.items()))},
    )
    return restored


def withdraw(target: str, by: AnyUser | None = None) -> Counter[str]:
    """Withdraw every active publication of a person or source (TG- or SRC- id).

    Returns how many records of each kind were restored.
    """
    publications = list(Publication.objects.filter(target=target, withdrawn_at__isnull=True))
    if not publications:
        raise PublishError(_("%(id)s has no publication to withdraw.") % {"id": target})
    restored: Counter[str] = Counter()
    with transaction.atomic():
        for publication in publications:
            restored += withdraw_publication(publication, by=by)
    return restored


def active_publications(target: str) -> list[Publication]:
    """Return the publications of a person or source that are in force, newest first."""
    return list(
        Publication.objects.filter(target=target, withdrawn_at__isnull=True).select_related(
            "published_by"
        )
    )


def read_public_pages(coverage: Coverage) -> dict[str, Any]:
    """Return each page an anonymous visitor may open, read as the public pages read it."""
    anonymous = AnonymousUser()
    persons, sources = [], []
    for person in coverage.persons():
        try:
            persons.append(read_person_detail(anonymous, person.public_id))
        except Http404:
            continue
    for source in coverage.sources():
        try:
            sources.append(read_source_detail(anonymous, source.public_id))
        except Http404:
            continue
    return {"persons": persons, "sources": sources}


def cover(kind: str, record: Person | Source) -> Coverage:
    """Return what publishing this person or source would make public."""
    if kind == PublicationKind.PERSON and isinstance(record, Person):
        return cover_person(record)
    if kind == PublicationKind.SOURCE and isinstance(record, Source):
        return cover_source(record)
    raise ValueError(f"a {kind} publication cannot cover {record}")


def preview_publication(
    kind: str, record: Person | Source, by: AnyUser | None = None
) -> dict[str, Any]:
    """Return what publishing would show everyone, without publishing anything.

    The publication is carried out in a transaction that is then rolled back: the pages are
    read as an anonymous visitor through the public pages' own read functions, and rendered
    before the rollback.
    """
    with transaction.atomic():
        coverage = cover(kind, record)
        publish(kind, record, by=by)
        pages = read_public_pages(coverage)
        quoted_now = Counter(
            record.source_id
            for record in coverage.records.get(Citation, [])
            if isinstance(record, Citation)
        )
        for page in pages["sources"]:
            # What this publication quotes from the source, beside all its public page cites.
            page["quoted_now"] = quoted_now[page["source"].pk]
        html = render_to_string("review/_public_preview.html", pages)
        transaction.set_rollback(True)
    counts = coverage.counts()
    return {
        "counts": [(COUNT_LABELS[model], counts[model._meta.label]) for model in RECORD_TYPES],
        "html": html,
        "persons": [page["person"].public_id for page in pages["persons"]],
        "sources": [page["source"].public_id for page in pages["sources"]],
    }
