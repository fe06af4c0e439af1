"""Publishers from article addresses: the registered domain, named where we know the outlet."""

import csv
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

# Second-level labels under which a country domain registers names (trt.net.tr, bbc.co.uk).
GENERIC_SECOND_LEVELS = {"com", "net", "org", "co", "gov", "edu", "ac", "or", "ne", "go"}


def registered_domain(url: str) -> str:
    """Return the registered domain of a URL: "https://tw.news.yahoo.com/x" -> "yahoo.com"."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in GENERIC_SECOND_LEVELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@cache
def known_publishers() -> dict[str, str]:
    """Return outlet names by registered domain, from data/publishers.tsv."""
    table = resources.files("tugan.core.data").joinpath("publishers.tsv")
    with table.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {domain: name for domain, name in rows}


def publisher_from_url(url: str) -> str:
    """Return the publisher of an article address: "https://www.rfa.org/x" -> "Radio Free Asia"."""
    domain = registered_domain(url)
    return known_publishers().get(domain, domain)
