"""Read functions for the person pages: one per page, access-checked, no confidential leaks."""

from typing import TYPE_CHECKING, Any

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from tugan.accounts.models import AnyUser
from tugan.audit.history import find_change, read_record_history
from tugan.audit.models import RecordChange
from tugan.records.choices import NameKind, Relation, RelationshipKind
from tugan.records.family_graph import HELD_EVENTS, lay_out_family
from tugan.records.models import Citation, ContactReport, Event, Person, PersonName, Relationship
from tugan.records.redaction import ANONYMOUS_LABEL, withhold_whereabouts
from tugan.records.status import (
    CONTACT_EVENTS,
    CUSTODY_EVENTS,
    EVENT_STATUS_FIELDS,
    REPORT_STATUS_FIELDS,
    describe_status,
    list_unknowns,
    sort_key,
    summarize_status,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

PERSONS_PER_PAGE = 50
# How the other person relates to this one, when this one is the relationship's from_person.
INVERSE_KIND: dict[str, str] = {
    RelationshipKind.PARENT: RelationshipKind.CHILD,
    RelationshipKind.CHILD: RelationshipKind.PARENT,
    RelationshipKind.REPORTS_ON: "reported_on",
}
# What the other person is to this one, as the person page says it.
RELATION_LABELS: dict[str, "StrPromise"] = {
    RelationshipKind.PARENT: _("parent"),
    RelationshipKind.CHILD: _("child"),
    RelationshipKind.SIBLING: _("sibling"),
    RelationshipKind.SPOUSE: _("spouse"),
    RelationshipKind.COUSIN: _("cousin"),
    RelationshipKind.RELATIVE: _("relative"),
    RelationshipKind.REPORTS_ON: _("reports on them"),
    "reported_on": _("they report on"),
}


def visible_names(user: AnyUser) -> "Prefetch[str, QuerySet[PersonName], str]":
    """Return a prefetch of each person's names that this user may see, primary first."""
    names = PersonName.objects.visible_to(user)
    return Prefetch("names", queryset=names.order_by("id"), to_attr="visible_names")


def visible_citations(user: AnyUser) -> "Prefetch[str, QuerySet[Citation], str]":
    """Return a prefetch of each fact's citations this user may see, of sources they may see
    (a citation follows its source's confidentiality: Citation.confidentiality_follows)."""
    # Pages and exports cite a source by its id, title and publisher, never its whole text.
    citations = (
        Citation.objects.visible_to(user)
        .select_related("source")
        .defer("source__text", "source__minhash")
    )
    return Prefetch("citations", queryset=citations, to_attr="visible_citations")


def visible_relationships(user: AnyUser) -> "QuerySet[Relationship]":
    """Return the relationships this user may see, between two persons they may see
    (Relationship.confidentiality_follows both persons)."""
    return Relationship.objects.visible_to(user)


def visible_contact_reports(user: AnyUser) -> "QuerySet[ContactReport]":
    """Return the contact reports this user may see, about persons they may see
    (ContactReport.confidentiality_follows the reporter and the relative)."""
    return ContactReport.objects.visible_to(user)


def display_name(person: Person) -> str:
    """Return the first name of the person this user may see (primary first); else
    "anonymous testifier" for one who asked not to be named, or the id."""
    names = sorted(person.visible_names, key=lambda name: name.kind != NameKind.PRIMARY)
    if names:
        return names[0].text
    return str(ANONYMOUS_LABEL) if person.is_anonymous else person.public_id


def name_person_for_user(user: AnyUser, person: Person) -> str:
    """Return the first name of this person the user may see, or the id (also when hidden)."""
    if not person.is_visible_to(user):
        return person.public_id
    person.visible_names = list(
        PersonName.objects.visible_to(user).filter(person=person).order_by("id")
    )
    return display_name(person)


def get_person_for_user(user: AnyUser, public_id: str) -> Person:
    """Return the person if this user may see them; else 404, whether they exist or not."""
    try:
        person = (
            Person.objects.visible_to(user)
            .select_related("hometown", "residence", "merged_into")
            .prefetch_related(visible_names(user))
            .get(public_id=public_id)
        )
    except Person.DoesNotExist:
        raise Http404("No such person") from None
    withhold_whereabouts(user, [person])
    return person


def read_person_list(user: AnyUser, page_number: str | None) -> Page[Person]:
    """Return one page of the persons this user may see, with their visible names."""
    persons = (
        Person.objects.visible_to(user)
        .filter(merged_into__isnull=True)
        .select_related("hometown")
        .prefetch_related(visible_names(user))
    )
    page = Paginator(persons, PERSONS_PER_PAGE).get_page(page_number)
    withhold_whereabouts(user, page)
    for person in page:
        person.display_name = display_name(person)
    describe_statuses_now(user, list(page))
    return page


def read_status_facts(
    user: AnyUser, persons: list[Person]
) -> tuple[dict[int | None, list[Event]], dict[int | None, list[ContactReport]]]:
    """Return, by person pk, the events about them and the contact reports about reaching
    them that this user may see: what a status is told from (records.status)."""
    events: dict[int | None, list[Event]] = {}
    visible_events = Event.objects.visible_to(user).filter(person__in=persons)
    for event in visible_events.only(*EVENT_STATUS_FIELDS):
        events.setdefault(event.person_id, []).append(event)
    reports: dict[int | None, list[ContactReport]] = {}
    visible_reports = ContactReport.objects.visible_to(user).filter(relative__in=persons)
    for report in visible_reports.only(*REPORT_STATUS_FIELDS):
        reports.setdefault(report.relative_id, []).append(report)
    return events, reports


def describe_statuses_now(user: AnyUser, persons: list[Person]) -> None:
    """Give each person their status_now: in the reader's language, from the events and
    contact reports this user may see (not the stored summary, which counts hidden ones)."""
    events, reports = read_status_facts(user, persons)
    for person in persons:
        person.status_now = describe_status(events.get(person.pk, []), reports.get(person.pk, []))


def read_visible_statuses(user: AnyUser, persons: list[Person]) -> dict[int, str]:
    """Return each person's status from the events this user may see (records.operations'
    summary, which the stored status_summary holds for all events, hidden ones included)."""
    events, _reports = read_status_facts(user, persons)
    return {person.pk: summarize_status(events.get(person.pk, [])) for person in persons}


def load_named_persons(user: AnyUser, pks: set[int]) -> dict[int, Person]:
    """Return these persons by pk, with their residence and display_name (the first name
    this user may see). The caller has checked that the user may see each of them."""
    persons = (
        Person.objects.filter(pk__in=pks)
        .select_related("residence")
        .prefetch_related(visible_names(user))
    )
    withhold_whereabouts(user, persons)
    for other in persons:
        other.display_name = display_name(other)
    return {other.pk: other for other in persons}


def find_relations(user: AnyUser, person: Person) -> list[tuple[int, str]]:
    """Return (the relative's pk, what they are to this person) for each relationship of
    this person that the user may see."""
    relationships = visible_relationships(user).filter(Q(from_person=person) | Q(to_person=person))
    relations: list[tuple[int, str]] = []
    for from_pk, to_pk, kind in relationships.values_list("from_person", "to_person", "kind"):
        if from_pk == person.pk:
            relations.append((to_pk, INVERSE_KIND.get(kind, kind)))
        else:
            relations.append((from_pk, kind))
    return relations


def describe_relatives(
    relations: list[tuple[int, str]], named: dict[int, Person]
) -> list[dict[str, Any]]:
    """Return the relatives of find_relations as the pages show them, named from `named`."""
    return [
        {"person": named[pk], "kind": str(kind), "relation": RELATION_LABELS[kind]}
        for pk, kind in relations
    ]


def read_relatives(user: AnyUser, person: Person) -> list[dict[str, Any]]:
    """Return this person's relatives that the user may see, with the relation to them."""
    relations = find_relations(user, person)
    return describe_relatives(relations, load_named_persons(user, {pk for pk, _ in relations}))


def read_timeline(user: AnyUser, person: Person) -> list[Event]:
    """Return the events about this person or their unnamed relatives, dated ones first."""
    events = (
        Event.objects.visible_to(user)
        .filter(Q(person=person) | Q(relative_of=person))
        .select_related("place")
        .prefetch_related(visible_citations(user))
    )
    return sorted(events, key=lambda event: (event.date is None, event.date or 0, event.pk))


def group_names_by_script(names: list[PersonName]) -> list[dict[str, Any]]:
    """Return the names grouped by script, in the order scripts first appear."""
    groups: dict[str, dict[str, Any]] = {}
    for name in names:
        group = groups.setdefault(
            name.script, {"script": name.script, "label": name.get_script_display(), "names": []}
        )
        group["names"].append(name)
    return list(groups.values())


def read_held_persons(user: AnyUser, persons: list[Person]) -> set[int]:
    """Return the ids of the persons whose latest custody event (visible to the user) says
    they are held, missing or dead."""
    events = (
        Event.objects.visible_to(user)
        .filter(person__in=persons, type__in=CUSTODY_EVENTS)
        .only("person_id", "type", "date", "id")
    )
    latest: dict[int | None, Event] = {}
    for event in events:
        if event.person_id not in latest or sort_key(event) > sort_key(latest[event.person_id]):
            latest[event.person_id] = event
    return {pk for pk, event in latest.items() if pk is not None and event.type in HELD_EVENTS}


# How many unnamed relatives of one kind, as the person page says it: "2 sisters".
RELATIVES_COUNTED: dict[str, "StrPromise"] = {
    Relation.FATHER: ngettext_lazy("%(count)d father", "%(count)d fathers", "count"),
    Relation.MOTHER: ngettext_lazy("%(count)d mother", "%(count)d mothers", "count"),
    Relation.PARENT: ngettext_lazy("%(count)d parent", "%(count)d parents", "count"),
    Relation.BROTHER: ngettext_lazy("%(count)d brother", "%(count)d brothers", "count"),
    Relation.SISTER: ngettext_lazy("%(count)d sister", "%(count)d sisters", "count"),
    Relation.SIBLING: ngettext_lazy("%(count)d sibling", "%(count)d siblings", "count"),
    Relation.SON: ngettext_lazy("%(count)d son", "%(count)d sons", "count"),
    Relation.DAUGHTER: ngettext_lazy("%(count)d daughter", "%(count)d daughters", "count"),
    Relation.CHILD: ngettext_lazy("%(count)d child", "%(count)d children", "count"),
    Relation.SPOUSE: ngettext_lazy("%(count)d spouse", "%(count)d spouses", "count"),
    Relation.COUSIN: ngettext_lazy("%(count)d cousin", "%(count)d cousins", "count"),
    Relation.RELATIVE: ngettext_lazy("%(count)d relative", "%(count)d relatives", "count"),
    Relation.FAMILY: ngettext_lazy("%(count)d family member", "%(count)d family members", "count"),
}


def describe_unnamed_relatives(relation: str, count: int | None) -> str:
    """Return who the unnamed relatives are, as the person page says it: "2 sisters", or the
    relation alone ("brother", "family") when the source gives no count."""
    relation = relation or Relation.RELATIVE
    if count is not None and relation in RELATIVES_COUNTED:
        return RELATIVES_COUNTED[relation] % {"count": count}
    return str(Relation(relation).label) if relation in Relation.values else relation


def read_unnamed_relatives(timeline: list[Event], person: Person) -> list[dict[str, Any]]:
    """Return the person's unnamed relatives from their timeline's events, one entry per
    relation and count ("2 sisters"), each with what happened to them and the sources saying
    it: {"relation", "count", "label", "events": [{"type", "date", "years", "sources"}]}."""
    groups: dict[tuple[str, int | None], dict[str, Any]] = {}
    for event in timeline:
        if event.relative_of_id != person.pk:
            continue
        key = (event.relation, event.subject_count)
        group = groups.setdefault(key, {
            "relation": event.relation,
            "count": event.subject_count,
            "label": describe_unnamed_relatives(event.relation, event.subject_count),
            "events": [],
        })  # fmt: skip
        group["events"].append(
            {
                "type": event.get_type_display(),
                "date": event.date_display,
                "years": "life" if event.is_life_term else event.term_years,
                "sources": list(dict.fromkeys(c.source.public_id for c in event.visible_citations)),
                "event": event,
            }
        )
    return list(groups.values())


def read_person_detail(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return everything the person page shows to this user."""
    person = get_person_for_user(user, public_id)
    merged_into = person.merged_into
    if merged_into is not None and not merged_into.is_visible_to(user):
        merged_into = None
    timeline = read_timeline(user, person)
    contact_reports = list(
        visible_contact_reports(user)
        .filter(Q(reporter=person) | Q(relative=person))
        .select_related("reporter", "relative")
    )
    relations = find_relations(user, person)
    # The persons the reports and relatives name, in one query.
    named = load_named_persons(
        user,
        {pk for pk, _ in relations}
        | {report.reporter_id for report in contact_reports}
        | {report.relative_id for report in contact_reports if report.relative_id},
    )
    for report in contact_reports:
        report.reporter_name = named[report.reporter_id].display_name
        report.relative_name = named[report.relative_id].display_name if report.relative_id else ""
    relatives = describe_relatives(relations, named)
    unnamed_relatives = read_unnamed_relatives(timeline, person)
    own_events = [event for event in timeline if event.person_id == person.pk]
    reports_about = [report for report in contact_reports if report.relative_id == person.pk]
    name = display_name(person)
    return {
        "person": person,
        "display_name": name,
        "names": person.visible_names,
        "names_by_script": group_names_by_script(person.visible_names),
        "identifiers": list(person.identifiers.visible_to(user)),
        "relatives": relatives,
        "unnamed_relatives": unnamed_relatives,
        "timeline": timeline,
        "contact_reports": contact_reports,
        "contact_events": [event for event in timeline if event.type in CONTACT_EVENTS],
        "status": describe_status(own_events, reports_about),
        "unknowns": list_unknowns(person, own_events, reports_about, timezone.localdate()),
        "family_graph": lay_out_family(
            person,
            name,
            relatives,
            unnamed_relatives,
            read_held_persons(user, [person, *(relative["person"] for relative in relatives)]),
        ),
        "merged_into": merged_into.public_id if merged_into else None,
    }


def read_person_history(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return the person and the changes to them (and their parts) this user may see."""
    person = get_person_for_user(user, public_id)
    return {
        "person": person,
        "display_name": display_name(person),
        "changes": read_record_history(user, person),
    }


def get_person_change_for_user(
    user: AnyUser, public_id: str, change_pk: str | None
) -> RecordChange:
    """Return a change in this person's history that the user may see; else 404."""
    return find_change(read_person_history(user, public_id)["changes"], change_pk)
