from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The name an entry records for changes made by no user (imports, the demo, migrations): kept
# as written in the sealed chain, shown translated.
SYSTEM_ACTOR = "system"


class AuditEntry(models.Model):
    """Who did what to which record, when. Append-only; each entry hashes the one before."""

    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=60)
    record_type = models.CharField(max_length=60)
    record_id = models.CharField(max_length=64)
    changes = models.JSONField(default=dict)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        when = f"{self.created_at:%Y-%m-%d %H:%M}"
        return f"{when} {self.actor_name} {self.action} {self.record_type} {self.record_id}"


class RecordChange(models.Model):
    """One change to one record in full, before and after: the history behind an audit entry.

    The audit entry it belongs to holds only ids, field names and keyed hashes of these values;
    the values live here, shown only to users who may see the record (and the part of it that
    changed: a name form, an event, a citation).
    """

    audit_entry = models.OneToOneField(
        AuditEntry, on_delete=models.PROTECT, related_name="record_change"
    )
    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=60)
    # The record whose history shows the change, as its audit entry names it.
    record_type = models.CharField(max_length=60)
    record_id = models.CharField(max_length=64)
    # The part of it that changed, when that part has its own confidentiality.
    part_type = models.CharField(max_length=60, blank=True)
    part_pk = models.CharField(max_length=64, blank=True)
    changes = models.JSONField(default=dict)
    reverts = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reverted_by"
    )
    # Set for the history page by audit.history.read_record_history, not stored.
    rows: list[dict[str, Any]]
    label: "StrOrPromise"
    is_revertible: bool
    part_label: str

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["record_type", "record_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.record_type} {self.record_id}"

    @property
    def actor_label(self) -> "StrOrPromise":
        """Return who made the change as a page shows it: a user's name, or "system" translated."""
        if self.actor_id is None and self.actor_name == SYSTEM_ACTOR:
            return _("system")
        return self.actor_name
