"""The evidence that two person records are one person: what scoring returns and what
MatchCandidate.evidence stores as JSON, read by the match pages, the API and review.

Weights are in bits (tugan.core.names.evidence says how name weights are calibrated).
Each item names its sentence (SENTENCES) and the values that fill it, so the pages say it in
the reader's language (describe_evidence); `says` keeps it in English for the API (evidence
stored before items named their sentences was given them by migration 0004, where it could be).
"""

from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypeAlias, TypedDict, cast

from django.utils.translation import get_language_bidi, gettext, ngettext_lazy, override
from django.utils.translation import gettext_lazy as _

from tugan.core.names.comparison import PartMatchData
from tugan.records.choices import Gender, IdentifierKind

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

EvidenceField: TypeAlias = Literal[
    "resident_id", "identifier", "name", "birth_date", "gender", "hometown", "relatives", "sources"
]


class EvidenceItem(TypedDict):
    """One kind of evidence for or against a pair, with its weight and a sentence saying it."""

    field: EvidenceField
    weight: float | None  # None when it settles the question on its own
    says: str  # the sentence in English
    sentence: NotRequired[str]  # its key in SENTENCES
    values: NotRequired[dict[str, Any]]  # what fills its placeholders
    settles: NotRequired[bool]  # the same valid resident ID: one person, whatever else
    # Only users who see confidential fields see it (identifiers); values never appear in it.
    confidential: NotRequired[bool]
    # name: the two compared names (PersonName pks, a's then b's), the score and its parts.
    names: NotRequired[list[int]]
    score: NotRequired[float]
    parts: NotRequired[list[PartMatchData]]
    persons: NotRequired[list[int]]  # relatives: the relatives they share (Person pks)
    sources: NotRequired[list[int]]  # sources: the sources naming both (Source pks)


class MatchEvidence(TypedDict):
    """All the evidence for a pair, and the probability it gives (scoring.score_profiles)."""

    probability: float
    weight: float
    prior_weight: float
    settled_by: Literal["resident_id"] | None
    items: list[EvidenceItem]


class MarkedEvidence(TypedDict):
    """What a pair a reviewer marked by hand stores: no scored evidence."""

    items: list[EvidenceItem]
    says: str


# What MatchCandidate.evidence holds.
StoredEvidence: TypeAlias = MatchEvidence | MarkedEvidence


# What each kind of evidence is called on the match pages.
FIELD_LABELS: dict[str, "StrPromise"] = {
    "resident_id": _("resident ID"),
    "identifier": _("identifier"),
    "name": _("name"),
    "birth_date": _("birth date"),
    "gender": _("gender"),
    "hometown": _("hometown"),
    "relatives": _("relatives"),
    "sources": _("sources"),
}
# The sentences of evidence, by key, with named placeholders for the values of an item.
SENTENCES: dict[str, "StrPromise"] = {
    "name": _("%(name_a)s ~ %(name_b)s: similarity %(score)s (%(parts)s)"),
    "same_birth_date": _("same birth date %(date)s"),
    "same_year_other_day": _("born the same year, other day (%(date_a)s / %(date_b)s)"),
    "same_birth_year": _("born the same year %(year)s"),
    "birth_years_one_apart": _("birth years one apart (%(year_a)s / %(year_b)s)"),
    "other_birth_years": _("different birth years (%(year_a)s / %(year_b)s)"),
    "same_gender": _("both %(gender)s"),
    "other_gender": _("different genders (%(gender_a)s / %(gender_b)s)"),
    "same_hometown": _("same hometown"),
    "nested_hometown": _("one hometown lies within the other"),
    "other_hometown": _("different hometowns"),
    "same_resident_id": _("same valid resident ID number (GB 11643 check passes): one person"),
    "other_resident_ids": _("different valid resident ID numbers"),
    "same_identifier": _("same identifier (%(kinds)s)"),
    "related_to_each_other": _("recorded as relatives of each other"),
    "shared_relatives": ngettext_lazy(
        "%(count)s relative in common", "%(count)s relatives in common", "count"
    ),
    "shared_sources": ngettext_lazy(
        "named as two persons in %(count)s source in common",
        "named as two persons in %(count)s sources in common",
        "count",
    ),
}
# How two parts of names matched (tugan.core.names.comparison.PartMatch.how).
PART_MATCHES: dict[str, "StrPromise"] = {
    "same spelling": _("same spelling"),
    "same key": _("same key"),
    "same Han": _("same Han characters"),
    "Han reading": _("Han reading"),
    "spelling variant": _("spelling variant"),
    "spelling variant, patronymic ending dropped": _("spelling variant, patronymic ending dropped"),
}
HAN_READING_DROPPED = ("Han reading, ", " dropped")


def evidence_item(
    field: EvidenceField,
    weight: float | None,
    sentence: str,
    values: dict[str, Any] | None = None,
    **details: Any,
) -> EvidenceItem:
    """Return an item of evidence saying this sentence with these values (`says` in English),
    with its details (names, score, parts, persons, sources, settles, confidential)."""
    item = cast(
        EvidenceItem,
        {"field": field, "weight": weight, "sentence": sentence, "values": values or {}, **details},
    )
    with override("en"):
        item["says"] = describe_evidence(item)
    return item


def isolated(text: str) -> str:
    """Return a name kept apart from the sentence's direction on a right-to-left page (Unicode
    first-strong isolate), so a Latin or Han name does not scramble a Uyghur sentence."""
    return f"\u2068{text}\u2069" if get_language_bidi() else text


def describe_part_match(part: PartMatchData) -> str:
    """Return how two parts of names matched, in the current language."""
    how = part["how"]
    prefix, suffix = HAN_READING_DROPPED
    if how in PART_MATCHES:
        how = str(PART_MATCHES[how])
    elif how.startswith(prefix) and how.endswith(suffix):
        ending = how[len(prefix) : -len(suffix)]
        how = gettext("Han reading, %(ending)s dropped") % {"ending": ending}
    return f"{isolated(part['left'])} ~ {isolated(part['right'])}: {how} {part['score']:.2f}"


def describe_evidence(item: EvidenceItem) -> str:
    """Return the item's sentence in the current language (its English `says` if it names
    no sentence)."""
    sentence = SENTENCES.get(item.get("sentence", ""))
    if sentence is None:
        return item.get("says", "")
    values = dict(item.get("values", {}))
    for name in ("gender", "gender_a", "gender_b"):
        if name in values:
            values[name] = Gender(values[name]).label
    if "kinds" in values:
        values["kinds"] = ", ".join(str(IdentifierKind(kind).label) for kind in values["kinds"])
    if item["field"] == "name":
        values = {
            **values,
            "name_a": isolated(values["name_a"]),
            "name_b": isolated(values["name_b"]),
        }
        parts = [describe_part_match(part) for part in item.get("parts", [])]
        values["parts"] = "; ".join(parts) or gettext("no part")
        values["score"] = f"{item.get('score', 0):.2f}"
    return str(sentence % values)


def describe_field(item: EvidenceItem) -> str:
    """Return what kind of evidence the item is, in the current language."""
    return str(FIELD_LABELS.get(item["field"], item["field"]))
