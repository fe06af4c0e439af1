"""Per-record confidentiality: one queryset filter that every page and export goes through."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from tugan.accounts.roles import Confidentiality, Role


class ConfidentialQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ConfidentialQuerySet":
        """Return the records this user may see (anonymous: published public records only)."""
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

    class Meta:
        abstract = True

    def is_visible_to(self, user) -> bool:
        """Return whether this user may see this record."""
        return type(self).objects.visible_to(user).filter(pk=self.pk).exists()
