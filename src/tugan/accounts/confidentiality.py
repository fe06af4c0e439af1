"""Per-record confidentiality: one queryset filter that every page and export goes through."""

from typing import TYPE_CHECKING, Self, TypeVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from tugan.accounts.roles import Confidentiality, Role

if TYPE_CHECKING:
    from tugan.accounts.models import AnyUser

RecordT = TypeVar("RecordT", bound="ConfidentialRecord")


class ConfidentialQuerySet(models.QuerySet[RecordT]):
    def visible_to(self, user: "AnyUser | None") -> Self:
        """Return the records this user may see (anonymous: published public records only).

        A record is visible when its own level allows it and every record it derives from
        (the model's ``confidentiality_follows``) is visible too: a citation or suggestion is
        at least as confidential as its source, a name as its person. Computing this here,
        rather than copying levels when a source is raised, keeps it true whatever changed the
        source (admin, import, SQL) and lets a lowered source show its citations again.
        """
        queryset = self.visible_by_own_level(user).filter(self.model.visibility_rule(user))
        for field_name in getattr(self.model, "confidentiality_follows", ()):
            field = self.model._meta.get_field(field_name)
            # confidentiality_follows names only foreign keys to confidential records.
            assert isinstance(field, models.ForeignKey)
            parent_model = field.related_model
            assert not isinstance(parent_model, str)
            parent_records = parent_model._default_manager.all()
            assert isinstance(parent_records, ConfidentialQuerySet)
            parents = parent_records.visible_to(user).values("pk")
            condition = Q(**{f"{field_name}__in": parents})
            if field.null:
                condition |= Q(**{f"{field_name}__isnull": True})
            queryset = queryset.filter(condition)
        return queryset

    def visible_by_own_level(self, user: "AnyUser | None") -> Self:
        """Return the records whose own level and publication let this user see them."""
        published_public = Q(is_published=True, confidentiality=Confidentiality.PUBLIC)
        if user is None or not user.is_authenticated:
            return self.filter(published_public)
        if user.role == Role.CONTRIBUTOR:
            mine = Q(created_by=user)
            if hasattr(self.model, "shared_with"):
                mine |= Q(shared_with=user)
            return self.filter(published_public | mine).distinct()
        return self.filter(confidentiality__in=user.visible_levels)


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

    @classmethod
    def visibility_rule(cls, user: "AnyUser | None") -> Q:
        """Return a further condition a model sets on its records for this user, beyond their
        levels: a part of a person's identity, a located person's whereabouts."""
        return Q()

    def is_visible_to(self, user: "AnyUser | None") -> bool:
        """Return whether this user may see this record."""
        return type(self).objects.visible_to(user).filter(pk=self.pk).exists()
