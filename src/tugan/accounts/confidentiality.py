"""Per-record confidentiality: one queryset filter that every page and export goes through."""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db import connections, models
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable

from tugan.accounts.roles import Confidentiality, Role


@dataclass(frozen=True)
class Clearance:
    """All of a user that decides which records they see: two users with equal clearances
    see exactly the same records. Anonymous visitors see published public records only;
    contributors those and their own (created by or shared with them); everyone else the
    levels listed."""

    levels: tuple[str, ...] = ()
    published_only: bool = False
    contributor_pk: int | None = None


def clearance_of(user) -> Clearance:
    """Return the clearance of this user (None or anonymous: published public records)."""
    if user is None or not user.is_authenticated:
        return Clearance(published_only=True)
    if user.role == Role.CONTRIBUTOR:
        return Clearance(published_only=True, contributor_pk=user.pk)
    return Clearance(levels=tuple(user.visible_levels))


# The SQL selecting the pks a clearance may see of a model, by (model, database, clearance).
# Building it through the ORM took most of a person page's time. It is SQL text built from
# the clearance alone, never data, so no change to any record can make it stale.
VISIBLE_PKS_SQL: dict[tuple[type, str, Clearance], tuple[str, tuple]] = {}
MAX_CACHED_SQL = 1000  # contributors have a clearance each


def visible_pks(model: type[models.Model], using: str, clearance: Clearance) -> RawSQL:
    """Return a subquery of the pks of this model's records the clearance may see."""
    key = (model, using, clearance)
    if key not in VISIBLE_PKS_SQL:
        query = model._default_manager.db_manager(using).all().visible_with(clearance)
        compiler = query.order_by().values("pk").query.get_compiler(connection=connections[using])
        sql, params = compiler.as_sql()
        if len(VISIBLE_PKS_SQL) >= MAX_CACHED_SQL:
            VISIBLE_PKS_SQL.clear()
        VISIBLE_PKS_SQL[key] = (sql, tuple(params))
    sql, params = VISIBLE_PKS_SQL[key]
    return RawSQL(sql, params)


class ConfidentialQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ConfidentialQuerySet":
        """Return the records this user may see (anonymous: published public records only).

        A record is visible when its own level allows it and every record it derives from
        (the model's ``confidentiality_follows``) is visible too: a citation or suggestion is
        at least as confidential as its source, a name as its person. Computing this here,
        rather than copying levels when a source is raised, keeps it true whatever changed the
        source (admin, import, SQL) and lets a lowered source show its citations again.
        """
        return self.visible_with(clearance_of(user))

    def visible_with(self, clearance: Clearance) -> "ConfidentialQuerySet":
        """Return the records this clearance may see (visible_to, for a clearance)."""
        parents_visible = Q()
        for field_name in getattr(self.model, "confidentiality_follows", ()):
            field = self.model._meta.get_field(field_name)
            parents = visible_pks(field.related_model, self.db, clearance)
            condition = Q(**{f"{field_name}__in": parents})
            if field.null:
                condition |= Q(**{f"{field_name}__isnull": True})
            parents_visible &= condition
        queryset = self.visible_by_own_level(clearance)
        # One filter for all the (single-valued) parents: each filter() copies the query.
        return queryset.filter(parents_visible) if parents_visible else queryset

    def visible_by_own_level(self, clearance: Clearance) -> "ConfidentialQuerySet":
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
def choice_labels(field: models.Field) -> dict:
    """Return {value: label (lazy, translated when shown)} of a field's fixed choices."""
    return {make_hashable(value): label for value, label in field.flatchoices}


class ConfidentialRecord(models.Model):
    confidentiality = models.CharField(
        max_length=20, choices=Confidentiality.choices, default=Confidentiality.RESTRICTED
    )
    is_published = models.BooleanField(default=False)
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

    def _get_FIELD_display(self, field) -> str:
        """Return the label of a field's value (Django's get_FOO_display). Django rebuilds the
        field's whole choices mapping, translating every label, at each call: on a page of
        50 persons that was a third of the page's time. Here only the label shown is."""
        value = getattr(self, field.attname)
        return force_str(choice_labels(field).get(make_hashable(value), value), strings_only=True)

    def is_visible_to(self, user) -> bool:
        """Return whether this user may see this record."""
        return type(self).objects.visible_to(user).filter(pk=self.pk).exists()
