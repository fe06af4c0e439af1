from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tugan.accounts.confidentiality import Clearance, ConfidentialRecord
from tugan.accounts.roles import Confidentiality
from tugan.core.public_ids import PERSON_ID_PREFIX
from tugan.public_ids import PublicIdMixin
from tugan.records.choices import (
    Channel,
    Consent,
    ContactOutcome,
    DatePrecision,
    Ethnicity,
    EventType,
    Gender,
    IdentifierKind,
    NameKind,
    Relation,
    RelationshipKind,
    ReviewState,
    Script,
)
from tugan.records.partial_dates import format_partial_date
from tugan.records.redaction import WHEREABOUTS_KINDS, identity_rule

if TYPE_CHECKING:
    from django.db.models.expressions import Combinable
    from django_stubs_ext import StrPromise


# The gazetteer's name columns (tugan.core.gazetteer.LANGUAGES) for each page language.
GAZETTEER_LANGUAGE = {"en": "en", "zh-hans": "zh", "kk": "kk", "ug": "ug", "ru": "ru"}


def precision_field(label: "StrPromise") -> "models.CharField[str | int | Combinable, str]":
    return models.CharField(
        label, max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )


class Place(ConfidentialRecord):
    """A gazetteer entry, keyed as GOLD.md says (CN-654000, KZ, KZ/Almaty)."""

    key = models.CharField(max_length=80, unique=True)
    names = models.JSONField(
        default=dict, help_text=_("Names by language: zh, zh-Hant, en, kk, ug, ru.")
    )
    level = models.CharField(max_length=20, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    historical_codes = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """Return the name in the page's language where the gazetteer has one."""
        language = GAZETTEER_LANGUAGE.get(get_language() or "en", "en")
        return self.names.get(language) or self.names.get("en") or self.names.get("zh") or self.key


class Person(PublicIdMixin, ConfidentialRecord):
    public_id_prefix = PERSON_ID_PREFIX
    # Null only until PublicIdMixin.save sets it as the row is first stored: typed as never
    # None, since only stored persons are read.
    public_id: "models.CharField[str | None, str]" = models.CharField(  # type: ignore[misc]
        max_length=20, unique=True, null=True, editable=False
    )
    gender = models.CharField(
        _("gender"), max_length=10, choices=Gender.choices, default=Gender.UNKNOWN
    )
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    birth_date_precision = precision_field(_("birth date precision"))
    ethnicity = models.CharField(
        _("ethnicity"), max_length=20, choices=Ethnicity.choices, blank=True
    )
    hometown = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="natives",
        verbose_name=_("hometown"),
    )
    residence = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="residents",
        verbose_name=_("lives in"),
    )
    status_summary = models.CharField(
        _("status"), max_length=200, blank=True, help_text=_("Derived from the person's events.")
    )
    consent = models.CharField(
        _("consent"), max_length=10, choices=Consent.choices, default=Consent.UNKNOWN
    )
    is_anonymous = models.BooleanField(
        _("asked not to be named"),
        default=False,
        help_text=_(
            "Their names, contact details and address are shown only to those cleared for "
            "confidential records."
        ),
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_persons",
        verbose_name=_("merged into"),
    )
    shared_with = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    # Set by the read functions (records.reading) for one reader, not stored: the names this
    # reader may see (a Prefetch's to_attr), the first of them, and the status they may see.
    visible_names: list["PersonName"]
    display_name: str
    status_now: str

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["id"]

    def __str__(self) -> str:
        # Only the id: a name may be hidden from whoever reads a label (admin, logs, forms).
        # Pages name a person through records.reading.display_name, which checks each name.
        return self.public_id or ""

    def save(self, *args: Any, **kwargs: Any) -> None:
        if getattr(self, "whereabouts_withheld", False):
            # Loaded for a reader who may not see the residence: saving would erase it.
            raise RuntimeError(f"{self.public_id} was read with its residence withheld")
        super().save(*args, **kwargs)

    @property
    def primary_name(self) -> str:
        # Every name form, unchecked: for operations and tests. A page, export or label names
        # a person through records.reading.display_name, which follows each form's visibility.
        names = sorted(self.names.all(), key=lambda name: name.kind != NameKind.PRIMARY)
        return names[0].text if names else ""

    @property
    def birth_date_display(self) -> str:
        return format_partial_date(self.birth_date, self.birth_date_precision)


class PersonName(ConfidentialRecord):
    """One written form of a person's name, kept exactly as written."""

    confidentiality_follows = ("person",)

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    text = models.CharField(_("name"), max_length=300)
    script = models.CharField(_("script"), max_length=4, choices=Script.choices)
    language = models.CharField(_("language"), max_length=10, blank=True)
    kind = models.CharField(
        _("kind of name"), max_length=20, choices=NameKind.choices, default=NameKind.PRIMARY
    )
    # Computed from text by tugan.core; used for search and matching, never shown as the name.
    simplified_text = models.CharField(max_length=300, blank=True)
    match_keys = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("name form")
        verbose_name_plural = _("name forms")
        ordering = ["id"]
        indexes = [models.Index(fields=["simplified_text"])]

    @classmethod
    def visibility_rule(cls, clearance: Clearance) -> Q:
        return identity_rule(clearance)

    def __str__(self) -> str:
        # Not the text: a label may be shown where this name form is hidden.
        return f"{self.person.public_id} #{self.pk}"


class Identifier(ConfidentialRecord):
    """A resident ID or passport (always confidential), or where a person lives and how to
    reach them: exact address, phone, WeChat id (confidential unless lowered to restricted).
    None of them is ever published."""

    confidentiality_follows = ("person",)

    confidentiality = models.CharField(
        _("confidentiality"),
        max_length=20,
        choices=Confidentiality.choices,
        default=Confidentiality.CONFIDENTIAL,
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="identifiers")
    kind = models.CharField(_("kind"), max_length=20, choices=IdentifierKind.choices)
    value = models.CharField(_("value"), max_length=300)
    is_valid = models.BooleanField(null=True, help_text=_("Resident IDs: checksum passes."))
    decoded = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("identifier")
        verbose_name_plural = _("identifiers")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "value", "person"], name="identifier_once_per_person"
            )
        ]

    @classmethod
    def visibility_rule(cls, clearance: Clearance) -> Q:
        return identity_rule(clearance)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # DESIGN.md: identifiers are confidential whatever the form said; contact details and
        # addresses at least restricted. None is published.
        if self.kind not in WHEREABOUTS_KINDS or not self.confidentiality:
            self.confidentiality = Confidentiality.CONFIDENTIAL
        elif self.confidentiality == Confidentiality.PUBLIC:
            self.confidentiality = Confidentiality.RESTRICTED
        self.is_published = False
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.person.public_id}"


class Relationship(ConfidentialRecord):
    """from_person is <kind> to_person: A parent of B, A reports on B."""

    confidentiality_follows = ("from_person", "to_person")

    from_person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="relationships_from"
    )
    to_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships_to")
    kind = models.CharField(_("relationship"), max_length=20, choices=RelationshipKind.choices)

    class Meta:
        verbose_name = _("relationship")
        verbose_name_plural = _("relationships")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_person=models.F("to_person")), name="relationship_between_two"
            )
        ]

    def __str__(self) -> str:
        return f"{self.from_person.public_id} {self.kind} {self.to_person.public_id}"


class Event(ConfidentialRecord):
    """What happened to a named person, to an unnamed relative of one, or to a group."""

    confidentiality_follows = ("person", "relative_of")

    type = models.CharField(_("what happened"), max_length=30, choices=EventType.choices)
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("person"),
    )
    relative_of = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="relatives_events",
        verbose_name=_("relative of"),
        help_text=_("For an unnamed relative of a named person."),
    )
    relation = models.CharField(_("relation"), max_length=20, choices=Relation.choices, blank=True)
    subject_count = models.PositiveIntegerField(_("number of persons"), null=True, blank=True)
    group_ethnicity = models.CharField(
        _("ethnicity of the group"), max_length=20, choices=Ethnicity.choices, blank=True
    )
    group_place = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="group_events",
        verbose_name=_("place of the group"),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = precision_field(_("date precision"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_date_precision = precision_field(_("end date precision"))
    place = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("place"),
    )
    term_years = models.PositiveSmallIntegerField(_("term in years"), null=True, blank=True)
    is_life_term = models.BooleanField(_("life term"), default=False)
    facility = models.CharField(_("facility"), max_length=300, blank=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, blank=True)
    confidence = models.FloatField(_("confidence"), default=1.0)
    review_state = models.CharField(
        _("review state"), max_length=12, choices=ReviewState.choices, default=ReviewState.SUGGESTED
    )
    # The citations one reader may see (a Prefetch's to_attr, records.reading), not stored.
    visible_citations: list["Citation"]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["date", "id"]
        constraints = [
            models.CheckConstraint(
                # A named person, or an unnamed relative of one, or (neither) a group.
                condition=~Q(person__isnull=False, relative_of__isnull=False),
                name="event_has_one_subject",
            )
        ]

    def __str__(self) -> str:
        # Not what happened or when: a label may be shown where this event is hidden.
        return f"#{self.pk}"

    @property
    def subject_kind(self) -> str:
        if self.person_id:
            return "person"
        if self.relative_of_id:
            return "relative"
        return "group"

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)

    @property
    def end_date_display(self) -> str:
        return format_partial_date(self.end_date, self.end_date_precision)

    @property
    def summary(self) -> str:
        """Return what happened, when and to whom, as the timeline says it (for a history row;
        only for readers who may see the event): "detained · 2018-05 · TG-000123"."""
        if self.person is not None:
            subject = self.person.public_id or ""
        elif self.relative_of is not None:
            subject = _("%(relation)s of %(person)s") % {
                "relation": self.get_relation_display() or _("relative"),
                "person": self.relative_of.public_id,
            }
        else:
            subject = str(_("a group"))
        when = self.date_display or _("date unknown")
        return " · ".join(str(part) for part in (self.get_type_display(), when, subject))


class Citation(ConfidentialRecord):
    """A fact (event, name, relationship or person field) as a source states it, with the quote."""

    confidentiality_follows = (
        "source",
        "event",
        "person_name",
        "relationship",
        "person",
        "contact_report",
    )

    source = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        related_name="citations",
        verbose_name=_("source"),
    )
    event = models.ForeignKey(
        Event,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=_("event"),
    )
    person_name = models.ForeignKey(
        PersonName,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=_("name form"),
    )
    relationship = models.ForeignKey(
        Relationship,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=_("relationship"),
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=_("person"),
    )
    contact_report = models.ForeignKey(
        "ContactReport",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=_("contact report"),
    )
    quote = models.TextField(_("quote"))
    # Character offsets of the quote in source.text, when it was found there.
    start = models.PositiveIntegerField(_("start in the text"), null=True, blank=True)
    end = models.PositiveIntegerField(_("end in the text"), null=True, blank=True)

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["id"]

    def __str__(self) -> str:
        # Not the quote: labels are shown where the citation itself may not be visible.
        return f"{self.source.public_id} #{self.pk}"

    @property
    def summary(self) -> str:
        """Return what the citation supports, for a history row (only for readers who may see
        it): an event as the timeline says it, else the kind of fact and whose it is."""
        if self.event is not None:
            return self.event.summary
        if self.person_name is not None:
            fact, whose = _("name form"), self.person_name.person.public_id
        elif self.relationship is not None:
            pair = self.relationship.from_person, self.relationship.to_person
            fact, whose = _("relationship"), "–".join(person.public_id or "" for person in pair)
        elif self.contact_report is not None:
            fact, whose = _("contact report"), self.contact_report.reporter.public_id
        elif self.person is not None:
            fact, whose = _("person"), self.person.public_id
        else:
            return str(self)
        return f"{fact} · {whose}"


class ContactReport(ConfidentialRecord):
    """A relative abroad tried to reach a relative inside."""

    confidentiality_follows = ("reporter", "relative")

    reporter = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="contact_reports_made"
    )
    relative = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contact_reports_about",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = precision_field(_("date precision"))
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, blank=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=ContactOutcome.choices)
    note = models.TextField(_("note"), blank=True)
    # The two persons' names as one reader may see them (records.reading), not stored.
    reporter_name: str
    relative_name: str

    class Meta:
        verbose_name = _("contact report")
        verbose_name_plural = _("contact reports")
        ordering = ["-date", "id"]

    def __str__(self) -> str:
        return f"{self.reporter.public_id} {self.get_outcome_display()} {self.date_display}"

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)
