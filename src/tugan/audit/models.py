from django.conf import settings
from django.db import models


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
