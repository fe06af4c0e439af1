from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import ConfidentialRecord
from tugan.accounts.roles import Confidentiality
from tugan.core.public_ids import SOURCE_ID_PREFIX
from tugan.public_ids import PublicIdMixin


class SourceKind(models.TextChoices):
    NEWS = "news", _("news report")
    TESTIMONY = "testimony", _("testimony")
    DOCUMENT = "document", _("document")
    POST = "post", _("social media post")


class Reliability(models.TextChoices):
    HIGH = "high", _("high")
    MEDIUM = "medium", _("medium")
    LOW = "low", _("low")
    UNKNOWN = "unknown", _("unknown")


class Source(PublicIdMixin, ConfidentialRecord):
    """A report, testimony, document or post, with its raw bytes kept unaltered."""

    public_id_prefix = SOURCE_ID_PREFIX

    # Null only until PublicIdMixin.save sets it as the row is first stored: typed as never
    # None, since only stored sources are read.
    public_id: "models.CharField[str | None, str]" = models.CharField(  # type: ignore[misc]
        max_length=20, unique=True, null=True, editable=False
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=SourceKind.choices, default=SourceKind.NEWS
    )
    title = models.TextField(_("title"))
    url = models.URLField(_("original address"), max_length=2000, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published = models.DateTimeField(
        _("published on"), null=True, blank=True, help_text=_("Empty when unknown.")
    )
    language = models.CharField(_("language"), max_length=20, blank=True)
    text = models.TextField(_("text"), blank=True)
    # Raw bytes live in the content-addressed blob store under this digest. A feed or WARC
    # file holds several documents: they share the digest and differ by record_id.
    sha256 = models.CharField(_("file fingerprint (SHA-256)"), max_length=64)
    record_id = models.CharField(_("record in the file"), max_length=500, blank=True)
    raw_size = models.PositiveBigIntegerField(_("file size in bytes"))
    raw_format = models.CharField(_("file format"), max_length=30)
    raw_encoding = models.CharField(_("text encoding"), max_length=20, default="utf-8")
    original_name = models.CharField(_("file name"), max_length=500, blank=True)
    retrieved = models.DateTimeField(_("retrieved"))
    reliability = models.CharField(
        _("reliability"), max_length=20, choices=Reliability.choices, default=Reliability.UNKNOWN
    )
    near_duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        verbose_name=_("near copy of"),
    )
    # The text's MinHash signature (tugan.core.near_duplicates, 256 bytes): near_duplicate_of
    # is found by comparing it with the signatures stored before.
    minhash = models.BinaryField(null=True, blank=True, editable=False)
    shared_with = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-published", "-id"]
        indexes = [
            models.Index(fields=["publisher"]),
            models.Index(fields=["published"]),
            models.Index(fields=["sha256"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["sha256", "record_id"], name="source_stored_once")
        ]

    def __str__(self) -> str:
        # Only the id: a confidential source's title must not reach a label.
        return self.public_id or ""


DEFAULT_SOURCE_CONFIDENTIALITY = Confidentiality.RESTRICTED
