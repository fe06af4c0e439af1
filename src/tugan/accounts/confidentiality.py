"""Per-record confidentiality: one queryset filter that every page and export goes through."""

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from django.conf import settings
from django.db import connections, models
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import gettext_lazy as _

from tugan.accounts.roles import Confidentiality, Role

if TYPE_CHECKING:
    from tugan.accounts.models import AnyUser

RecordT = TypeVar("RecordT", bound="ConfidentialRecord")


@dataclass(frozen=True)
class Clearance:
    """All of a user that decides which records they see: two users with equal clearances
    see exactly the same records. Anonymous visitors see published public records only;
    contributors those and their own (created by or shared with them); everyone else the
    levels listed."""

    levels: tuple[str, ...] = ()
    published_only: bool = False
    contributor_pk: int | None = None

    @property
    def is_enquirer(self) -> bool:
        """Whether this is a contributor, who asks after relatives rather than documents."""
        return self.contributor_pk is not None

    @property
    def sees_confidential(self) -> bool:
        return Confidentiality.CONFIDENTIAL in self.levels


def clearance_of(user: "AnyUser | None") -> Clearance:
    """Return the clearance of this user (None or anonymous: published public records)."""
    if user is None or not user.is_authenticated:
        return Clearance(published_only=True)
    if user.role == Role.CONTRIBUTOR:
        return Clearance(published_only=True, contributor_pk=user.pk)
    return Clearance(levels=tuple(user.visible_levels))


# The SQL selecting the pks a clearance may see of a model, by (model, database, clearance).
# Building it through the ORM took most of a person page's time. It is SQL text built from
# the clearance alone, never data, so no change to any record can make it stale.
VISIBLE_PKS_SQL: dict[tuple[type, str, Clearance], tuple[str, tuple[Any, ...]]] = {}
MAX_CACHED_SQL = 1000  # contributors have a clearance each


def visible_pks(model: type[models.Model], using: str, clearance: Clearance) -> RawSQL:
    """Return a subquery of the pks of this model's records the clearance may see."""
    key = (model, using, clearance)
    if key not in VISIBLE_PKS_SQL:
        records = model._default_manager.db_manager(using).all()
        assert isinstance(records, ConfidentialQuerySet)
        query = records.visible_with(clearance).order_by().values("pk").query
        sql, params = query.get_compiler(connection=connections[using]).as_sql()
        if len(VISIBLE_PKS_SQL) >= MAX_CACHED_SQL:
            VISIBLE_PKS_SQL.clear()
        VISIBLE_PKS_SQL[key] = (sql, tuple(params))
    sql, params = VISIBLE_PKS_SQL[key]
    return RawSQL(sql, params)


class ConfidentialQuerySet(models.QuerySet[RecordT]):
    def visible_to(self, user: "AnyUser | None") -> Self:
        """Return the records this user may see (anonymous: published public records only).

        A record is visible when its own level allows it, its model's own rule for the viewer
        allows it (visibility_rule), and every record it derives from (confidentiality_follows)
        is visible too: a citation or suggestion with its source, a name with its person.
        Filtering in the query, rather than copying levels when a source is raised, keeps it
        true whatever changed the source (admin, import, SQL) and lets a lowered source show
        its citations again.
        """
        return self.visible_with(clearance_of(user))

    def visible_with(self, clearance: Clearance) -> Self:
        """Return the records this clearance may see (visible_to, for a clearance)."""
        conditions = self.model.visibility_rule(clearance)
        for field_name in getattr(self.model, "confidentiality_follows", ()):
            field = self.model._meta.get_field(field_name)
            # confidentiality_follows names only foreign keys to confidential records.
            assert isinstance(field, models.ForeignKey)
            parent_model = field.related_model
            assert not isinstance(parent_model, str)
            condition = Q(**{f"{field_name}__in": visible_pks(parent_model, self.db, clearance)})
            if field.null:
                condition |= Q(**{f"{field_name}__isnull": True})
            conditions &= condition
        queryset = self.visible_by_own_level(clearance)
        # One filter for all the conditions: each filter() copies the query.
        return queryset.filter(conditions) if conditions else queryset

    def visible_by_own_level(self, clearance: Clearance) -> Self:
        """Return the records whose own level and publication let this clearance see them."""
        if not clearance.published_only:
            return self.filter(confidentiality__in=clearance.levels)
        published_public = Q(is_published=True, confidentiality=Confidentiality.PUBLIC)
        if clearance.contributor_pk is None:
            return self.filter(published_public)
        mine = Q(created_by=clearance.contributor_pk)
        if hasattr(self.model, "shared_with"):
            mine |= Q(shared_with=clearance.contributor_pk)
        return self.filter(published_public | mine).distinct()


@cache
def choice_labels(field: "models.Field[Any, Any]") -> dict[Any, Any]:
    """Return {value: label (lazy, translated when shown)} of a field's fixed choices."""
    return {make_hashable(value): label for value, label in field.flatchoices}


class ConfidentialRecord(models.Model):
    confidentiality = models.CharField(
        _("confidentiality"),
        max_length=20,
        choices=Confidentiality.choices,
        default=Confidentiality.RESTRICTED,
    )
    is_published = models.BooleanField(_("published"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ConfidentialQuerySet.as_manager()
    # Foreign keys to the records this one derives from: it is visible only with them.
    confidentiality_follows: tuple[str, ...] = ()

    class Meta:
        abstract = True

    @classmethod
    def visibility_rule(cls, clearance: Clearance) -> Q:
        """Return a further condition a model sets on its records for this clearance, beyond
        their levels: a part of a person's identity (records.redaction). It must depend on the
        clearance alone: the SQL built from it is kept per clearance (VISIBLE_PKS_SQL)."""
        return Q()

    def _get_FIELD_display(self, field: "models.Field[Any, Any]") -> Any:
        """Return the label of a field's value (Django's get_FOO_display). Django rebuilds the
        field's whole choices mapping, translating every label, at each call: on a page of
        50 persons that was a third of the page's time. Here only the label shown is."""
        value = getattr(self, field.attname)
        # As Django's: a value outside the choices (None too) is given back as it is.
        return force_str(choice_labels(field).get(make_hashable(value), value), strings_only=True)

    def is_visible_to(self, user: "AnyUser | None") -> bool:
        """Return whether this user may see this record."""
        return type(self).objects.visible_to(user).filter(pk=self.pk).exists()
