from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import ConfidentialRecord
from tugan.review.payloads import SuggestionPayload

if TYPE_CHECKING:
    from tugan.records.models import Person


class SuggestionState(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    EDITED = "edited", _("accepted with edits")
    REJECTED = "rejected", _("rejected")


class SuggestionKind(models.TextChoices):
    PERSON = "person", _("person")
    PLACE = "place", _("place")
    EVENT = "event", _("event")
    IDENTIFIER = "identifier", _("resident ID")


class Suggestion(ConfidentialRecord):
    """An extracted fact awaiting a human decision, with the text span it came from."""

    confidentiality_follows = ("source",)

    source = models.ForeignKey(
        "sources.Source",
        on_delete=models.CASCADE,
        related_name="suggestions",
        verbose_name=_("source"),
    )
    # Numbered within its source (1, 2, ...): pages address a suggestion by source and number.
    number = models.PositiveIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=20, choices=SuggestionKind.choices)
    start = models.PositiveIntegerField(_("start in the text"))
    end = models.PositiveIntegerField(_("end in the text"))
    payload: "models.JSONField[SuggestionPayload, SuggestionPayload]" = models.JSONField(
        _("suggested fact"), default=dict
    )
    state = models.CharField(
        _("state"), max_length=10, choices=SuggestionState.choices, default=SuggestionState.PENDING
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    # What accepting it created or attached to.
    person = models.ForeignKey(
        "records.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("person"),
    )
    event = models.ForeignKey(
        "records.Event",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("event"),
    )
    place = models.ForeignKey(
        "records.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("place"),
    )
    # Set for one reader by review.reading.read_source_review, not stored: the person it made
    # if the reader may see them, its headline and details, the sentence it was read from,
    # the persons it may be about, and whether it can be undone.
    visible_person: "Person | None"
    description: dict[str, Any]
    quote: str
    candidates: list[dict[str, Any]]
    is_undoable: bool

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["source", "start", "id"]
        indexes = [models.Index(fields=["state", "kind"])]
        constraints = [
            models.UniqueConstraint(fields=["source", "number"], name="suggestion_number_in_source")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.start}-{self.end} ({self.state})"


class DecisionAction(models.TextChoices):
    ACCEPT = "accept", _("accepted")
    EDIT_AND_ACCEPT = "edit_and_accept", _("accepted with edits")
    REJECT = "reject", _("rejected")


class Decision(models.Model):
    """One decision on a suggestion, with exactly what it created and changed, so that undoing
    it restores the state before (review/undoing.py)."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="decisions")
    action = models.CharField(max_length=20, choices=DecisionAction.choices)
    # The reviewer's answer to "who is this?": a person id, "new", or "" (nothing to choose).
    person_choice = models.CharField(max_length=20, blank=True)
    payload_before: "models.JSONField[SuggestionPayload, SuggestionPayload]" = models.JSONField(
        default=dict
    )
    # Primary keys of the records the decision created, by kind ("persons", "names", "events",
    # "citations", "identifiers", "merges"), and the person fields it filled in, with their
    # values before ({"<person pk>": {"ethnicity": "", "residence_id": null}}).
    created = models.JSONField(default=dict)
    filled = models.JSONField(default=dict)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    made_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-made_at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.suggestion}"


class PublicationKind(models.TextChoices):
    PERSON = "person", _("a person")
    SOURCE = "source", _("the reviewed facts of a source")


class Publication(models.Model):
    """A reviewer's decision to show a person, or one source's reviewed facts, to everyone.

    Its records list what it made public, and how each was before, so withdrawing it restores
    exactly that (see review/publishing.py).
    """

    kind = models.CharField(max_length=10, choices=PublicationKind.choices)
    # The TG- or SRC- id of what was published.
    target = models.CharField(max_length=20)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["target", "withdrawn_at"])]

    def __str__(self) -> str:
        return f"{self.target} ({self.published_at:%Y-%m-%d})"


class PublishedRecord(models.Model):
    """One record a publication covers, and its state before any publication covered it."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="records")
    # The model's label (records.Person) and primary key.
    record_type = models.CharField(max_length=40)
    record_pk = models.PositiveBigIntegerField()
    was_published = models.BooleanField()
    was_confidentiality = models.CharField(max_length=20)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["record_type", "record_pk"])]
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "record_type", "record_pk"], name="published_record_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.record_type} {self.record_pk}"
