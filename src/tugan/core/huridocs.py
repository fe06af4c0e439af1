"""HURIDOCS micro-thesauri codes for Tugan's vocabularies (data/huridocs-micro-thesauri.tsv)."""

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Term:
    code: str  # the huri_code, e.g. 030102000000; empty when no term fits
    term: str  # its English term, e.g. "Detention, imprisonment"


@cache
def load_micro_thesauri() -> dict[tuple[str, str], Term]:
    """Return the terms by (vocabulary, Tugan value): ("act_type", "detained")."""
    table = files("tugan.core.data").joinpath("huridocs-micro-thesauri.tsv").read_text("utf-8")
    terms = {}
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        vocabulary, value, code, term = (line.split("\t") + ["", ""])[:4]
        terms[(vocabulary, value)] = Term(code, term)
    return terms


def huridocs_term(vocabulary: str, value: str) -> Term:
    """Return the HURIDOCS term for a Tugan value; Term("", "") when there is none.

    >>> huridocs_term("act_type", "disappeared").code
    '030103000000'
    """
    return load_micro_thesauri().get((vocabulary, value), Term("", ""))
