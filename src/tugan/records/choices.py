"""The fixed vocabularies of the domain model (DESIGN.md, GOLD.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
    UNKNOWN = "unknown", _("unknown")


class Gender(models.TextChoices):
    MALE = "male", _("male")
    FEMALE = "female", _("female")
    UNKNOWN = "unknown", _("unknown")


class Ethnicity(models.TextChoices):
    KAZAKH = "kazakh", _("Kazakh")
    UYGHUR = "uyghur", _("Uyghur")
    KYRGYZ = "kyrgyz", _("Kyrgyz")
    HUI = "hui", _("Hui")
    UZBEK = "uzbek", _("Uzbek")
    TATAR = "tatar", _("Tatar")
    HAN = "han", _("Han")
    OTHER = "other", _("other")


class Consent(models.TextChoices):
    GRANTED = "granted", _("granted")
    REFUSED = "refused", _("refused")
    UNKNOWN = "unknown", _("unknown")


class Script(models.TextChoices):
    HANS = "Hans", _("Chinese (Simplified)")
    HANT = "Hant", _("Chinese (Traditional)")
    LATN = "Latn", _("Latin")
    CYRL = "Cyrl", _("Cyrillic")
    ARAB = "Arab", _("Arabic")
    OTHER = "Zyyy", _("other")


class NameKind(models.TextChoices):
    PRIMARY = "primary", _("primary")
    ALIAS = "alias", _("alias")
    TRANSLITERATION = "transliteration", _("transliteration")


class IdentifierKind(models.TextChoices):
    RESIDENT_ID = "resident_id", _("Chinese resident ID")
    PASSPORT = "passport", _("passport")
    PHONE = "phone", _("phone")
    WECHAT = "wechat", _("WeChat id")
    ADDRESS = "address", _("exact address")


class RelationshipKind(models.TextChoices):
    PARENT = "parent", _("parent of")
    CHILD = "child", _("child of")
    SIBLING = "sibling", _("sibling of")
    SPOUSE = "spouse", _("spouse of")
    COUSIN = "cousin", _("cousin of")
    RELATIVE = "relative", _("relative of")
    REPORTS_ON = "reports_on", _("reports on")


class EventType(models.TextChoices):
    DETAINED = "detained", _("detained")
    SENTENCED = "sentenced", _("sentenced")
    DISAPPEARED = "disappeared", _("disappeared")
    RELEASED = "released", _("released")
    DIED = "died", _("died")
    PASSPORT_CONFISCATED = "passport_confiscated", _("passport confiscated")
    PASSPORT_RETURNED = "passport_returned", _("passport returned")
    CONTACT_LOST = "contact_lost", _("contact lost")
    CONTACT_RESTORED = "contact_restored", _("contact restored")
    THREATENED = "threatened", _("threatened")
    PROTESTED = "protested", _("protested")


class Relation(models.TextChoices):
    """How an unnamed subject of an event is related to a named person (GOLD.md)."""

    FATHER = "father", _("father")
    MOTHER = "mother", _("mother")
    PARENT = "parent", _("parent")
    BROTHER = "brother", _("brother")
    SISTER = "sister", _("sister")
    SIBLING = "sibling", _("sibling")
    SON = "son", _("son")
    DAUGHTER = "daughter", _("daughter")
    CHILD = "child", _("child")
    SPOUSE = "spouse", _("spouse")
    COUSIN = "cousin", _("cousin")
    RELATIVE = "relative", _("relative")
    FAMILY = "family", _("family")


class Channel(models.TextChoices):
    WECHAT = "wechat", _("WeChat")
    PHONE = "phone", _("phone")
    OTHER = "other", _("other")


class ReviewState(models.TextChoices):
    SUGGESTED = "suggested", _("suggested")
    CONFIRMED = "confirmed", _("confirmed")
    DISPUTED = "disputed", _("disputed")


class ContactOutcome(models.TextChoices):
    REACHED = "reached", _("reached")
    NO_ANSWER = "no_answer", _("no answer")
    BLOCKED = "blocked", _("blocked")
    REFUSED = "refused", _("refused to talk")
