"""Read functions for the person pages: one per page, access-checked, no confidential leaks."""

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from tugan.records.choices import NameKind, Relation, RelationshipKind
from tugan.records.models import Citation, ContactReport, Event, Person, PersonName, Relationship
from tugan.sources.models import Source

PERSONS_PER_PAGE = 50
# How the other person relates to this one, when this one is the relationship's from_person.
INVERSE_KIND = {
    RelationshipKind.PARENT: RelationshipKind.CHILD,
    RelationshipKind.CHILD: RelationshipKind.PARENT,
    RelationshipKind.REPORTS_ON: "reported_on",
}
# What the other person is to this one, as the person page says it.
RELATION_LABELS = {
    RelationshipKind.PARENT: _("parent"),
    RelationshipKind.CHILD: _("child"),
    RelationshipKind.SIBLING: _("sibling"),
    RelationshipKind.SPOUSE: _("spouse"),
    RelationshipKind.COUSIN: _("cousin"),
    RelationshipKind.RELATIVE: _("relative"),
    RelationshipKind.REPORTS_ON: _("reports on them"),
    "reported_on": _("they report on"),
}


def visible_names(user) -> Prefetch:
    """Return a prefetch of each person's names that this user may see, primary first."""
    names = PersonName.objects.visible_to(user)
    return Prefetch("names", queryset=names.order_by("id"), to_attr="visible_names")


def display_name(person: Person) -> str:
    """Return the first name of the person this user may see (primary first), or its id."""
    names = sorted(person.visible_names, key=lambda name: name.kind != NameKind.PRIMARY)
    return names[0].text if names else person.public_id


def get_person_for_user(user, public_id: str) -> Person:
    """Return the person if this user may see them; else 404, whether they exist or not."""
    try:
        return (
            Person.objects.visible_to(user)
            .select_related("hometown", "residence", "merged_into")
            .prefetch_related(visible_names(user))
            .get(public_id=public_id)
        )
    except Person.DoesNotExist:
        raise Http404("No such person") from None


def read_person_list(user, page_number) -> Page:
    """Return one page of the persons this user may see, with their visible names."""
    persons = (
        Person.objects.visible_to(user)
        .filter(merged_into__isnull=True)
        .select_related("hometown", "residence")
        .prefetch_related(visible_names(user))
    )
    page = Paginator(persons, PERSONS_PER_PAGE).get_page(page_number)
    for person in page:
        person.display_name = display_name(person)
    return page


def read_relatives(user, person: Person) -> list[dict]:
    """Return this person's relatives that the user may see, with the relation to them."""
    visible_persons = Person.objects.visible_to(user)
    relationships = (
        Relationship.objects.visible_to(user)
        .filter(Q(from_person=person) | Q(to_person=person))
        .filter(from_person__in=visible_persons, to_person__in=visible_persons)
        .select_related("from_person", "to_person")
    )
    relatives = []
    for relationship in relationships:
        if relationship.from_person_id == person.pk:
            other, kind = (
                relationship.to_person,
                INVERSE_KIND.get(relationship.kind, relationship.kind),
            )
        else:
            other, kind = relationship.from_person, relationship.kind
        relatives.append({"person": other, "kind": str(kind), "relation": RELATION_LABELS[kind]})
    pks = {relative["person"].pk for relative in relatives}
    names = {
        other.pk: display_name(other)
        for other in Person.objects.filter(pk__in=pks).prefetch_related(visible_names(user))
    }
    for relative in relatives:
        relative["person"].display_name = names[relative["person"].pk]
    return relatives


def read_timeline(user, person: Person) -> list[Event]:
    """Return the events about this person or their unnamed relatives, dated ones first."""
    citations = (
        Citation.objects.visible_to(user)
        .filter(source__in=Source.objects.visible_to(user))
        .select_related("source")
    )
    events = (
        Event.objects.visible_to(user)
        .filter(Q(person=person) | Q(relative_of=person))
        .select_related("place")
        .prefetch_related(Prefetch("citations", queryset=citations, to_attr="visible_citations"))
    )
    return sorted(events, key=lambda event: (event.date is None, event.date or 0, event.pk))


# How many unnamed relatives of one kind, as the person page says it: "2 sisters".
RELATIVES_COUNTED = {
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
    if count is not None and relation in RELATIVES_COUNTED:
        return RELATIVES_COUNTED[relation] % {"count": count}
    return str(Relation(relation).label) if relation in Relation.values else relation


def read_unnamed_relatives(timeline: list[Event], person: Person) -> list[dict]:
    """Return the person's unnamed relatives from their timeline's events, one entry per
    relation and count ("2 sisters"), each with what happened to them and the sources saying
    it: {"relation", "count", "label", "events": [{"type", "date", "years", "sources"}]}."""
    groups: dict[tuple[str, int | None], dict] = {}
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


def read_person_detail(user, public_id: str) -> dict:
    """Return everything the person page shows to this user."""
    person = get_person_for_user(user, public_id)
    merged_into = person.merged_into
    if merged_into is not None and not merged_into.is_visible_to(user):
        merged_into = None
    timeline = read_timeline(user, person)
    contact_reports = (
        ContactReport.objects.visible_to(user)
        .filter(Q(reporter=person) | Q(relative=person))
        .filter(reporter__in=Person.objects.visible_to(user))
        .filter(Q(relative__isnull=True) | Q(relative__in=Person.objects.visible_to(user)))
        .select_related("reporter", "relative")
    )
    return {
        "person": person,
        "display_name": display_name(person),
        "names": person.visible_names,
        "identifiers": list(person.identifiers.visible_to(user)),
        "relatives": read_relatives(user, person),
        "unnamed_relatives": read_unnamed_relatives(timeline, person),
        "timeline": timeline,
        "contact_reports": list(contact_reports),
        "merged_into": merged_into.public_id if merged_into else None,
    }
