"""Tugan's linking model in Splink: the comparisons, their starting probabilities, the
blocking rules and the training (Fellegi-Sunter).
"""

from collections.abc import Callable
from typing import Any, Literal

# Splink's kinds of linking: a list against itself, or two lists against each other.
LinkType = Literal["dedupe_only", "link_only"]

# Starting m probabilities (how often each comparison level occurs among true matches), most
# similar level first, from what transliteration variants do on the fictional benchmark
# (bench/linkage.py). Lists too small to learn from keep them.
NAME_M = [0.25, 0.25, 0.2, 0.08, 0.05, 0.04, 0.02, 0.03, 0.04, 0.02, 0.02]
BIRTH_M = [0.88, 0.08, 0.035, 0.005]
GENDER_M = [0.99, 0.01]
HOMETOWN_M = [0.85, 0.15]
RESIDENT_ID_M = [0.99, 0.01]
# Starting u probabilities (how often each level occurs among pairs that do not match), for
# lists too small for random sampling to see every level.
NAME_U = [0.0005, 0.0005, 0.0005, 0.001, 0.002, 0.003, 0.002, 0.01, 0.05, 0.05, 0.8805]
BIRTH_U = [0.0001, 0.001, 0.015, 0.9839]
GENDER_U = [0.5, 0.5]
HOMETOWN_U = [0.02, 0.98]
RESIDENT_ID_U = [0.0001, 0.9999]
# A pair's birth years (hometowns) do not contradict: one is unknown, or they are the same.
BIRTH_YEARS_AGREE = "(l.birth_year IS NULL OR r.birth_year IS NULL OR l.birth_year = r.birth_year)"
HOMETOWNS_AGREE = "(l.hometown IS NULL OR r.hometown IS NULL OR l.hometown = r.hometown)"
# Below this many rows, expectation maximisation has too few pairs to learn from.
TRAIN_FROM_ROWS = 2000


def name_comparison(term_frequencies: bool = True) -> Any:
    """Return Splink's comparison of the name keys, most similar level first."""
    import splink.comparison_level_library as cll
    from splink.comparison_library import CustomComparison

    return CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.NullLevel("name_sorted"),
            # Term frequencies: agreeing on a rare name says more than agreeing on a common one.
            cll.ExactMatchLevel(
                "name_sorted", term_frequency_adjustments=term_frequencies
            ).configure(label_for_charts="same part keys"),
            # The skeleton is coarse: two Latin spellings with the same skeleton but far apart
            # (Rukiya Hosur, Jazira Khalyk) are weaker evidence than a Han and a Latin form.
            cll.And(
                cll.ExactMatchLevel("name_skeleton"), cll.JaroWinklerLevel("name_sorted", 0.88)
            ).configure(label_for_charts="same consonant skeletons, close spelling"),
            cll.And(
                cll.ExactMatchLevel("name_skeleton"), cll.CustomLevel("has_han_l OR has_han_r")
            ).configure(label_for_charts="same consonant skeletons, across scripts"),
            cll.CustomLevel(
                "joined_a_l = joined_a_r OR joined_a_l = joined_b_r OR joined_b_l = joined_a_r",
                label_for_charts="same skeleton with the parts run together",
            ),
            cll.JaroWinklerLevel("name_sorted", 0.92),
            cll.DamerauLevenshteinLevel("name_skeleton", 1),
            cll.ExactMatchLevel("name_skeleton").configure(
                label_for_charts="same consonant skeletons, spelling far apart"
            ),
            cll.JaroWinklerLevel("name_skeleton", 0.85),
            cll.ArrayIntersectLevel("part_skeletons", 1),
            cll.JaroWinklerLevel("name_sorted", 0.8),
            cll.ElseLevel(),
        ],
    ).configure(m_probabilities=NAME_M, u_probabilities=NAME_U)


def link_settings(link_type: LinkType, largest: int) -> Any:
    """Return the Splink settings of Tugan's linking model."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on
    from splink.blocking_rule_library import CustomRule

    birth = cl.CustomComparison(
        output_column_name="birth_date",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_date"),
            cll.CustomLevel(
                "birth_year_l = birth_year_r AND (birth_date_l IS NULL OR birth_date_r IS NULL)",
                label_for_charts="same year, one has only the year",
            ),
            cll.ExactMatchLevel("birth_year"),
            cll.ElseLevel(),
        ],
    ).configure(m_probabilities=BIRTH_M, u_probabilities=BIRTH_U)
    return SettingsCreator(
        link_type=link_type,
        comparisons=[
            # Term frequencies in a short list are mostly chance.
            name_comparison(term_frequencies=largest >= TRAIN_FROM_ROWS),
            birth,
            cl.ExactMatch("gender").configure(m_probabilities=GENDER_M, u_probabilities=GENDER_U),
            cl.ExactMatch("hometown").configure(
                m_probabilities=HOMETOWN_M, u_probabilities=HOMETOWN_U
            ),
            cl.ExactMatch("resident_id").configure(
                m_probabilities=RESIDENT_ID_M, u_probabilities=RESIDENT_ID_U
            ),
        ],
        blocking_rules_to_generate_predictions=[
            # With only the skeleton in common, a pair whose birth years and hometowns both
            # differ never scores as a match: such pairs are not compared.
            CustomRule(
                f"l.name_skeleton = r.name_skeleton AND ({BIRTH_YEARS_AGREE} OR {HOMETOWNS_AGREE})"
            ),
            # The parts run together find names written without separators (约买尔艾木杜拉);
            # between two names of several parts, the sorted skeletons above do.
            CustomRule("l.joined_a = r.joined_a AND (l.is_one_part OR r.is_one_part)"),
            CustomRule("l.joined_a = r.joined_b AND (l.is_one_part OR r.is_one_part)"),
            CustomRule("l.joined_b = r.joined_a AND (l.is_one_part OR r.is_one_part)"),
            block_on("block_first", "birth_date"),
            block_on("block_last", "birth_date"),
            block_on("birth_date", "hometown"),
            block_on("resident_id"),
            # Names one consonant apart, with a hometown or birth year in common (and the
            # other not contradicting: a near name would not outweigh that).
            CustomRule(
                "l.near_skeletons = r.near_skeletons AND l.hometown = r.hometown"
                f" AND {BIRTH_YEARS_AGREE}",
                arrays_to_explode=["near_skeletons"],
            ),
            CustomRule(
                "l.near_skeletons = r.near_skeletons AND l.birth_year = r.birth_year"
                f" AND {HOMETOWNS_AGREE}",
                arrays_to_explode=["near_skeletons"],
            ),
        ],
        # Until estimated: each record has about one match among the larger list's records.
        probability_two_random_records_match=1.0 / max(largest, 2),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


def train_model(linker: Any, rows: int, report: Callable[[str], None]) -> None:
    """Estimate the u probabilities and the share of matching pairs on the data itself, keeping
    the starting ones where it is too small to learn from.

    The m probabilities stay as set: expectation maximisation, tried on the benchmark, learnt
    that a birth year thirty years off hardly counts against a match.
    """
    if rows < TRAIN_FROM_ROWS:
        report(f"fewer than {TRAIN_FROM_ROWS:,} rows: keeping the starting parameters")
        return
    report("estimating how often values agree by chance (random sample)")
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    report("estimating how many pairs match (same name skeleton and birth date)")
    linker.training.estimate_probability_two_random_records_match(
        ["l.name_skeleton = r.name_skeleton AND l.birth_date = r.birth_date"], recall=0.6
    )
