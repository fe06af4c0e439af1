from typing import Any

from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tugan.accounts.admin_access import RELATED_LABELS, ConfidentialAdmin, ConfidentialInline
from tugan.accounts.models import AnyUser
from tugan.records.models import (
    Citation,
    ContactReport,
    Event,
    Identifier,
    Person,
    PersonName,
    Place,
    Relationship,
)
from tugan.records.reading import display_name, name_person_for_user, visible_names


def label_person(user: AnyUser, person: Person) -> str:
    """Return "TG-000123 name", with the first name form this user may see, or the id alone."""
    name = name_person_for_user(user, person)
    return person.public_id if name == person.public_id else f"{person.public_id} {name}"


RELATED_LABELS[Person] = label_person


class PersonNameInline(ConfidentialInline):
    model = PersonName
    fields = ["text", "script", "language", "kind", "confidentiality", "is_published"]


class IdentifierInline(ConfidentialInline):
    model = Identifier
    fields = ["kind", "value", "is_valid", "confidentiality"]


class CitationInline(ConfidentialInline):
    model = Citation
    fk_name = "event"
    fields = ["source", "quote", "start", "end", "confidentiality"]
    raw_id_fields = ["source"]


@admin.register(Person)
class PersonAdmin(ConfidentialAdmin):
    list_display = [
        "public_id",
        "visible_name",
        "ethnicity",
        "confidentiality",
        "is_published",
    ]
    list_filter = ["ethnicity", "gender", "confidentiality", "is_published", "consent"]
    search_fields = ["public_id"]
    # Not the stored status_summary: it is made from every event, and may state one the
    # editor's clearance hides (the person page derives the status from visible events).
    readonly_fields = ["public_id", "merged_into"]
    exclude = ["status_summary"]
    raw_id_fields = ["hometown", "residence"]
    inlines = [PersonNameInline, IdentifierInline]
    editable_fields = ("confidentiality", "is_published", "consent", "is_anonymous")

    def get_queryset(self, request: HttpRequest) -> "QuerySet[Any]":
        return super().get_queryset(request).prefetch_related(visible_names(request.user))

    @admin.display(description=_("name"))
    def visible_name(self, person: Person) -> str:
        return display_name(person)

    def get_search_results(
        self, request: HttpRequest, queryset: "QuerySet[Any]", search_term: str
    ) -> "tuple[QuerySet[Any], bool]":
        # Match only names this user may see: a hidden alias must not reveal who bears it.
        if not search_term:
            return queryset, False
        names = PersonName.objects.visible_to(request.user).filter(
            Q(text__icontains=search_term) | Q(simplified_text__icontains=search_term)
        )
        matches = Q(public_id__iexact=search_term) | Q(pk__in=names.values("person"))
        return queryset.filter(matches), False


@admin.register(Event)
class EventAdmin(ConfidentialAdmin):
    list_display = [
        "id",
        "type",
        "person",
        "relative_of",
        "date",
        "place",
        "review_state",
        "confidentiality",
    ]
    list_filter = ["type", "review_state", "confidentiality", "date_precision"]
    raw_id_fields = ["person", "relative_of", "place", "group_place"]
    inlines = [CitationInline]


@admin.register(Relationship)
class RelationshipAdmin(ConfidentialAdmin):
    list_display = ["from_person", "kind", "to_person", "confidentiality"]
    raw_id_fields = ["from_person", "to_person"]


@admin.register(ContactReport)
class ContactReportAdmin(ConfidentialAdmin):
    list_display = ["reporter", "relative", "date", "channel", "outcome", "confidentiality"]
    list_filter = ["outcome", "channel"]
    raw_id_fields = ["reporter", "relative"]


@admin.register(Citation)
class CitationAdmin(ConfidentialAdmin):
    list_display = ["source", "quote", "event", "confidentiality"]
    raw_id_fields = ["source", "event", "person_name", "relationship", "person"]


@admin.register(Place)
class PlaceAdmin(ConfidentialAdmin):
    list_display = ["key", "display_name", "level", "parent"]
    search_fields = ["key"]
    raw_id_fields = ["parent"]
