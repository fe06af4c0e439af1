from django.db import models
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import ConfidentialRecord


class Attachment(ConfidentialRecord):
    """A photo, scan, recording or video given with a testimony: raw bytes kept by sha256."""

    source = models.ForeignKey(
        "sources.Source", on_delete=models.PROTECT, related_name="attachments"
    )
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100)
    original_name = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "sha256"], name="attachment_once_per_source")
        ]
        verbose_name = _("attachment")

    def __str__(self) -> str:
        return f"{self.original_name} ({self.sha256[:12]})"
