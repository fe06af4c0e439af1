from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from tugan.linkage.evidence import EvidenceItem, StoredEvidence

if TYPE_CHECKING:
    from tugan.records.models import Person


class MatchState(models.TextChoices):
    PENDING = "pending", _("pending")
    MERGED = "merged", _("merged")
    DISTINCT = "distinct", _("not the same person")


class MatchCandidate(models.Model):
    """Two persons that may be one, with the score and the evidence for it."""

    person_a = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    person_b = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    evidence: "models.JSONField[StoredEvidence, StoredEvidence]" = models.JSONField(default=dict)
    state = models.CharField(max_length=10, choices=MatchState.choices, default=MatchState.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set for one reader by linkage.reading.describe_pairs, not stored: the two persons, and
    # the evidence items this reader may see, and how the page says them.
    left: "Person"
    right: "Person"
    shown_evidence: list[EvidenceItem]
    evidence_lines: list[dict[str, Any]]

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            # Each pair is stored once, the lower id first.
            models.CheckConstraint(
                condition=Q(person_a__lt=F("person_b")), name="match_pair_ordered"
            ),
            models.UniqueConstraint(fields=["person_a", "person_b"], name="match_pair_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person_a_id}~{self.person_b_id} {self.score:.2f} {self.state}"


class NameBlock(models.Model):
    """One blocking key of one written name: persons sharing keys are compared (candidates.py)."""

    person = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    name = models.ForeignKey("records.PersonName", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(fields=["key", "person"])]

    def __str__(self) -> str:
        return f"{self.key} {self.person_id}"


class Merge(models.Model):
    """One merge of a person into another, with exactly what moved, so that it can be undone."""

    kept = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    merged = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    # Primary keys of the records moved from merged to kept, by kind ("names": [...], ...), and
    # the state of the pair's MatchCandidate before the merge.
    moved = models.JSONField(default=dict)
    candidate_state_before = models.CharField(max_length=10, blank=True)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    merged_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-merged_at", "-id"]

    def __str__(self) -> str:
        return f"{self.merged_id} -> {self.kept_id}"
