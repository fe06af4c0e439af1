"""The admin site for editors: read-mostly, and under the same visibility rule as the pages.

Every row, label, link, raw-id widget, choice list and autocomplete answer goes through
``ConfidentialQuerySet.visible_to``, the one rule the pages use. Editors and reviewers read;
the few fields no Tugan page edits yet (a record's confidentiality and publication) can be
changed, each change through one audited operation. Data entry happens on Tugan's own pages.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import ConfidentialQuerySet, ConfidentialRecord
from tugan.accounts.models import AnyUser
from tugan.audit.changes import change_record

if TYPE_CHECKING:
    # Django's admin classes are generic only in django-stubs, not at run time.
    ModelAdminBase = admin.ModelAdmin[Any]
    TabularInlineBase = admin.TabularInline[Any, Any]
else:
    ModelAdminBase = admin.ModelAdmin
    TabularInlineBase = admin.TabularInline

# Labels of related records, by model, for models whose label needs more than str() (a
# person's visible name): filled by the app that owns the model (records.admin).
RELATED_LABELS: dict[type[models.Model], Callable[[AnyUser, Any], str]] = {}
# Shown for a related record the user may not see, when it has no public id to show.
HIDDEN_LABEL = _("(hidden)")
# The only fields the admin changes: no Tugan page edits them yet.
EDITABLE_FIELDS = ("confidentiality", "is_published")


def can_edit(request: HttpRequest) -> bool:
    user = request.user
    return user.is_active and user.is_authenticated and user.is_reviewer


def is_confidential_model(model: type[models.Model]) -> bool:
    return issubclass(model, ConfidentialRecord)


def visible_queryset(model: type[models.Model], user: AnyUser) -> models.QuerySet[Any]:
    """Return the records of this model the user may see (all of them if not confidential)."""
    queryset = model._default_manager.all()
    if isinstance(queryset, ConfidentialQuerySet):
        return queryset.visible_to(user)
    return queryset


def label_related(user: AnyUser, record: models.Model | None) -> str:
    """Return the label of a related record: in full if visible, else its public id only."""
    if record is None:
        return ""
    if isinstance(record, ConfidentialRecord) and not record.is_visible_to(user):
        return getattr(record, "public_id", None) or str(HIDDEN_LABEL)
    label = RELATED_LABELS.get(type(record))
    return label(user, record) if label else str(record)


def related_column(
    field: "models.ForeignKey[Any, Any]", user: AnyUser
) -> Callable[[models.Model], str]:
    """Return a list column showing a foreign key through label_related."""

    def column(obj: models.Model) -> str:
        return label_related(user, getattr(obj, field.name))

    column.short_description = field.verbose_name  # type: ignore[attr-defined]
    column.admin_order_field = field.name  # type: ignore[attr-defined]
    return column


def limit_confidentiality_choices(
    request: HttpRequest, db_field: Any, kwargs: dict[str, Any]
) -> None:
    """Offer only the confidentiality levels this user may see."""
    if db_field.name == "confidentiality" and request.user.is_authenticated:
        kwargs["choices"] = [c for c in db_field.choices if c[0] in request.user.visible_levels]


class VisibleRawIdWidget(ForeignKeyRawIdWidget):
    """A raw-id box that labels a typed or preset id only if the user may see that record."""

    def __init__(
        self, rel: Any, admin_site: Any, queryset: models.QuerySet[Any], **kwargs: Any
    ) -> None:
        super().__init__(rel, admin_site, **kwargs)
        self.queryset = queryset

    def label_and_url_for_value(self, value: Any) -> tuple[str, str]:
        key = self.rel.get_related_field().name
        try:
            if not self.queryset.filter(**{key: value}).exists():
                return "", ""
        except (ValueError, TypeError):
            return "", ""
        return super().label_and_url_for_value(value)


class EditorAccess:
    """Permissions, querysets and widgets shared by the admin classes of confidential records."""

    editable_fields: tuple[str, ...] = EDITABLE_FIELDS

    def get_queryset(self, request: HttpRequest) -> models.QuerySet[Any]:
        queryset = super().get_queryset(request)  # type: ignore[misc]
        assert isinstance(queryset, ConfidentialQuerySet)
        return queryset.visible_to(request.user)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return can_edit(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can_edit(request)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Records are entered on Tugan's pages and by import, whose operations keep the facts
        # consistent (status summaries, match keys, search) and audited.
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can_edit(request) and bool(self.editable_fields)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deletions must be recorded and reversible; the admin cannot promise that.
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        # Everything but the editable fields, whatever the class lists (inlines included).
        model = self.model  # type: ignore[attr-defined]
        names = [
            field.name
            for field in model._meta.get_fields()
            if field.concrete and (field.editable or field.many_to_many)
        ]
        names += [name for name in self.fields or () if isinstance(name, str)]  # type: ignore[attr-defined]
        names += [name for name in super().get_readonly_fields(request, obj)]  # type: ignore[misc]
        return [name for name in dict.fromkeys(names) if name not in self.editable_fields]

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        columns = []
        for name in super().get_list_display(request):  # type: ignore[misc]
            field = self.related_field(name)
            columns.append(related_column(field, request.user) if field else name)
        return columns

    def related_field(self, name: Any) -> "models.ForeignKey[Any, Any] | None":
        if not isinstance(name, str):
            return None
        try:
            field = self.model._meta.get_field(name)  # type: ignore[attr-defined]
        except Exception:
            return None
        return field if isinstance(field, models.ForeignKey) else None

    def get_field_queryset(self, db: Any, db_field: Any, request: HttpRequest) -> Any:
        # Choice lists and typed ids are checked against what the user may see: a hidden
        # record can be neither offered nor attached.
        return visible_queryset(db_field.related_model, request.user)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        queryset = visible_queryset(db_field.related_model, request.user)
        kwargs["queryset"] = queryset
        if db_field.name in self.raw_id_fields:  # type: ignore[attr-defined]
            kwargs["widget"] = VisibleRawIdWidget(
                db_field.remote_field,
                self.admin_site,  # type: ignore[attr-defined]
                queryset,
                using=kwargs.get("using"),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_choice_field(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        limit_confidentiality_choices(request, db_field, kwargs)
        return super().formfield_for_choice_field(db_field, request, **kwargs)  # type: ignore[misc]


class ConfidentialAdmin(EditorAccess, ModelAdminBase):
    """Shows only records the signed-in user may see; a change goes through one operation."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        changes = {name: form.cleaned_data.get(name) for name in form.changed_data}
        change_record(obj, changes, by=request.user)

    def get_search_results(
        self, request: HttpRequest, queryset: models.QuerySet[Any], search_term: str
    ) -> tuple[models.QuerySet[Any], bool]:
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        assert isinstance(found, ConfidentialQuerySet)
        return found.visible_to(request.user), may_have_duplicates


class ConfidentialInline(EditorAccess, TabularInlineBase):
    extra = 0
    editable_fields = ()
