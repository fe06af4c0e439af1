from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import ConfidentialRecord


class SuggestionState(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    EDITED = "edited", _("accepted with edits")
    REJECTED = "rejected", _("rejected")


class Suggestion(ConfidentialRecord):
    """An extracted fact awaiting a human decision, with the text span it came from."""

    source = models.ForeignKey(
        "sources.Source", on_delete=models.CASCADE, related_name="suggestions"
    )
    kind = models.CharField(max_length=20)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    payload = models.JSONField(default=dict)
    state = models.CharField(
        max_length=10, choices=SuggestionState.choices, default=SuggestionState.PENDING
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["source", "start", "id"]
        indexes = [models.Index(fields=["state", "kind"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.start}-{self.end} ({self.state})"
