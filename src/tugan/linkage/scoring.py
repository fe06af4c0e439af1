"""How likely two person records are one person, with evidence that explains itself.

Each kind of evidence adds a weight in bits (log2 of a likelihood ratio, as in Fellegi-Sunter
and Splink) to a prior; the sum gives a probability. An exact, valid resident ID number
(GB 11643) settles the question on its own.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import product

from django.db.models import Q

from tugan.core.names import compare_names
from tugan.core.names.evidence import name_weight, probability_of
from tugan.core.resident_id import valid_resident_id
from tugan.linkage.evidence import EvidenceField, EvidenceItem, MatchEvidence, evidence_item
from tugan.records.choices import DatePrecision, Gender, IdentifierKind
from tugan.records.models import Citation, Identifier, Person, PersonName, Place, Relationship

# Two records that share name keys are, before any evidence, unlikely to be one person.
PRIOR_WEIGHT = -4.0
SAME_BIRTH_DAY = 5.0
SAME_BIRTH_YEAR = 2.0
SAME_YEAR_OTHER_DAY = -2.0  # a typed day or month is common; a different year is not
BIRTH_YEAR_OFF_BY_ONE = -4.0
OTHER_BIRTH_YEAR = -8.0
SAME_GENDER = 0.5
OTHER_GENDER = -6.0
SAME_HOMETOWN = 2.0
NESTED_HOMETOWN = 1.0  # one record names the county, the other its prefecture or province
OTHER_HOMETOWN = -1.5
DIFFERENT_RESIDENT_IDS = -12.0
SAME_OTHER_IDENTIFIER = 4.0
SHARED_RELATIVE = 2.0
MAX_RELATIVES_WEIGHT = 4.0
RELATED_TO_EACH_OTHER = -10.0
# A report names each person once, aliases and all: two persons cited by one source were told
# apart by whoever read it, and are often relatives sharing a name part (a son's second name
# is his father's first).
SHARED_SOURCE = -2.0
# A pair is proposed for review from this probability on.
PROPOSE_PROBABILITY = 0.5


@dataclass
class PersonProfile:
    """What scoring needs to know about one person, loaded in a few queries."""

    pk: int
    names: list[tuple[int, str]]
    gender: str
    birth_date: date | None
    birth_precision: str
    hometown_chain: list[int]  # the hometown, then its parents
    resident_ids: set[str] = field(default_factory=set)
    other_identifiers: set[tuple[str, str]] = field(default_factory=set)
    relatives: set[int] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)


def hometown_chains(place_ids: set[int]) -> dict[int, list[int]]:
    """Return each place's chain: the place, then its parents (a few queries, one per level)."""
    parent_of: dict[int, int | None] = {}
    wanted = set(place_ids)
    while wanted:
        rows = Place.objects.filter(pk__in=wanted).values_list("pk", "parent_id")
        parent_of.update(rows)
        wanted = {parent for _, parent in rows if parent is not None} - set(parent_of)
    chains = {}
    for place_id in place_ids:
        chain: list[int] = []
        place: int | None = place_id
        while place is not None and place not in chain:
            chain.append(place)
            place = parent_of.get(place)
        chains[place_id] = chain
    return chains


def load_profiles(persons: list[Person]) -> dict[int, PersonProfile]:
    """Return the scoring profiles of persons by pk, in a few queries whatever their number
    (all records: scoring is not shown as it is)."""
    chains = hometown_chains({p.hometown_id for p in persons if p.hometown_id is not None})
    profiles = {
        person.pk: PersonProfile(
            pk=person.pk,
            names=[],
            gender=person.gender,
            birth_date=person.birth_date,
            birth_precision=person.birth_date_precision,
            hometown_chain=chains[person.hometown_id] if person.hometown_id is not None else [],
        )
        for person in persons
    }
    pks = list(profiles)
    for person_id, name_id, text in (
        PersonName.objects.filter(person_id__in=pks)
        .order_by("id")
        .values_list("person_id", "id", "text")
    ):
        profiles[person_id].names.append((name_id, text))
    # Not the exact address: a family shares one, so it says nothing about one person.
    identifiers = Identifier.objects.filter(person_id__in=pks).exclude(kind=IdentifierKind.ADDRESS)
    for person_id, kind, value in identifiers.values_list("person_id", "kind", "value"):
        profile = profiles[person_id]
        number = valid_resident_id(value) if kind == IdentifierKind.RESIDENT_ID else None
        if number is not None:
            profile.resident_ids.add(number)
        else:
            # Passports, phones, and ID numbers that fail their checksum compare as written.
            profile.other_identifiers.add((kind, value.strip().upper()))
    for from_id, to_id in Relationship.objects.filter(
        Q(from_person_id__in=pks) | Q(to_person_id__in=pks)
    ).values_list("from_person_id", "to_person_id"):
        if from_id in profiles:
            profiles[from_id].relatives.add(to_id)
        if to_id in profiles:
            profiles[to_id].relatives.add(from_id)
    for source_id, *cited in Citation.objects.filter(
        Q(person_id__in=pks) | Q(person_name__person_id__in=pks) | Q(event__person_id__in=pks)
    ).values_list("source_id", "person_id", "person_name__person_id", "event__person_id"):
        for person_id in set(cited) & set(profiles):
            profiles[person_id].sources.add(source_id)
    return profiles


def load_profile(person: Person) -> PersonProfile:
    """Return the scoring profile of one person."""
    return load_profiles([person])[person.pk]


def name_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    best = None
    for (id_a, text_a), (id_b, text_b) in product(a.names, b.names):
        comparison = compare_names(text_a, text_b)
        if best is None or comparison.score > best[0].score:
            best = (comparison, id_a, text_a, id_b, text_b)
    if best is None:
        return None
    comparison, id_a, text_a, id_b, text_b = best
    return evidence_item(
        "name",
        name_weight(comparison.score),
        "name",
        {"name_a": text_a, "name_b": text_b},
        names=[id_a, id_b],
        score=round(comparison.score, 4),
        parts=[part.to_dict() for part in comparison.explanation],
    )


def birth_date_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    if a.birth_date is None or b.birth_date is None:
        return None
    unknown = DatePrecision.UNKNOWN
    if unknown in (a.birth_precision, b.birth_precision):
        return None
    years = abs(a.birth_date.year - b.birth_date.year)
    both_days = a.birth_precision == b.birth_precision == DatePrecision.DAY
    field: EvidenceField = "birth_date"
    if years == 0 and both_days and a.birth_date == b.birth_date:
        return evidence_item(
            field, SAME_BIRTH_DAY, "same_birth_date", {"date": a.birth_date.isoformat()}
        )
    if years == 0 and both_days:
        dates = {"date_a": a.birth_date.isoformat(), "date_b": b.birth_date.isoformat()}
        return evidence_item(field, SAME_YEAR_OTHER_DAY, "same_year_other_day", dates)
    if years == 0:
        return evidence_item(field, SAME_BIRTH_YEAR, "same_birth_year", {"year": a.birth_date.year})
    years_ab = {"year_a": a.birth_date.year, "year_b": b.birth_date.year}
    if years == 1:
        return evidence_item(field, BIRTH_YEAR_OFF_BY_ONE, "birth_years_one_apart", years_ab)
    return evidence_item(field, OTHER_BIRTH_YEAR, "other_birth_years", years_ab)


def gender_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    if Gender.UNKNOWN in (a.gender, b.gender) or not a.gender or not b.gender:
        return None
    if a.gender == b.gender:
        return evidence_item("gender", SAME_GENDER, "same_gender", {"gender": a.gender})
    genders = {"gender_a": a.gender, "gender_b": b.gender}
    return evidence_item("gender", OTHER_GENDER, "other_gender", genders)


def hometown_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    if not a.hometown_chain or not b.hometown_chain:
        return None
    if a.hometown_chain[0] == b.hometown_chain[0]:
        return evidence_item("hometown", SAME_HOMETOWN, "same_hometown")
    if a.hometown_chain[0] in b.hometown_chain or b.hometown_chain[0] in a.hometown_chain:
        return evidence_item("hometown", NESTED_HOMETOWN, "nested_hometown")
    return evidence_item("hometown", OTHER_HOMETOWN, "other_hometown")


def identifier_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    # The values stay out of the evidence: identifiers are confidential, evidence is not.
    if a.resident_ids & b.resident_ids:
        return evidence_item(
            "resident_id", None, "same_resident_id", settles=True, confidential=True
        )
    if a.resident_ids and b.resident_ids:
        return evidence_item(
            "resident_id", DIFFERENT_RESIDENT_IDS, "other_resident_ids", confidential=True
        )
    shared = a.other_identifiers & b.other_identifiers
    if shared:
        kinds = sorted({kind for kind, _ in shared})
        return evidence_item(
            "identifier",
            SAME_OTHER_IDENTIFIER,
            "same_identifier",
            {"kinds": kinds},
            confidential=True,
        )
    return None


def relatives_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    if b.pk in a.relatives or a.pk in b.relatives:
        return evidence_item(
            "relatives", RELATED_TO_EACH_OTHER, "related_to_each_other", persons=[]
        )
    shared = sorted(a.relatives & b.relatives)
    if not shared:
        return None
    weight = min(SHARED_RELATIVE * len(shared), MAX_RELATIVES_WEIGHT)
    return evidence_item(
        "relatives", weight, "shared_relatives", {"count": len(shared)}, persons=shared
    )


def sources_evidence(a: PersonProfile, b: PersonProfile) -> EvidenceItem | None:
    shared = sorted(a.sources & b.sources)
    if not shared:
        return None
    return evidence_item(
        "sources", SHARED_SOURCE, "shared_sources", {"count": len(shared)}, sources=shared
    )


EVIDENCE: list[Callable[[PersonProfile, PersonProfile], EvidenceItem | None]] = [
    identifier_evidence,
    name_evidence,
    birth_date_evidence,
    gender_evidence,
    hometown_evidence,
    relatives_evidence,
    sources_evidence,
]


def score_profiles(a: PersonProfile, b: PersonProfile) -> MatchEvidence:
    """Return the evidence that two profiles are one person: probability, weights, reasons."""
    items = [item for rule in EVIDENCE if (item := rule(a, b)) is not None]
    settled = any(item.get("settles") for item in items)
    total = PRIOR_WEIGHT + sum(item["weight"] or 0.0 for item in items)
    return {
        "probability": 1.0 if settled else round(probability_of(total), 6),
        "weight": round(total, 3),
        "prior_weight": PRIOR_WEIGHT,
        "settled_by": "resident_id" if settled else None,
        "items": items,
    }


def score_pair(a: Person, b: Person) -> MatchEvidence:
    """Return the evidence that persons a and b are one person (see score_profiles)."""
    return score_profiles(load_profile(a), load_profile(b))
