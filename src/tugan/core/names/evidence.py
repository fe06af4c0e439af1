"""What a name comparison is worth as evidence that two records are one person, in bits.

The one calibration of name evidence: candidate scoring (tugan.linkage.scoring) adds it to its
other evidence, and bulk linking (tugan.core.linking.rescoring) puts it in place of Splink's
name comparison for the pairs Splink leaves uncertain. A weight is log2 of a likelihood ratio,
as in Fellegi-Sunter and Splink.
"""

# Name similarity (tugan.core.names.compare_names) and the weight it earns, best first, among
# records that share name keys.
NAME_WEIGHTS = [(0.95, 7.0), (0.88, 5.5), (0.8, 3.5), (0.7, 1.0)]
NAME_MISMATCH_WEIGHT = -4.0


def name_weight(score: float) -> float:
    """Return the weight in bits of a name comparison's score (0 to 1)."""
    return next((weight for limit, weight in NAME_WEIGHTS if score >= limit), NAME_MISMATCH_WEIGHT)


def probability_of(weight: float) -> float:
    """Return the probability for a total weight in bits: probability_of(0.0) is 0.5."""
    return 1.0 / (1.0 + float(2.0 ** (-weight)))
