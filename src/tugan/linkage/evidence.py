"""The evidence that two person records are one person: what scoring returns and what
MatchCandidate.evidence stores as JSON, read by the match pages, the API and review.

Weights are in bits (tugan.core.names.evidence says how name weights are calibrated).
"""

from typing import Literal, NotRequired, TypeAlias, TypedDict

from tugan.core.names.comparison import PartMatchData

EvidenceField: TypeAlias = Literal[
    "resident_id", "identifier", "name", "birth_date", "gender", "hometown", "relatives", "sources"
]


class EvidenceItem(TypedDict):
    """One kind of evidence for or against a pair, with its weight and a sentence saying it."""

    field: EvidenceField
    weight: float | None  # None when it settles the question on its own
    says: str
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
