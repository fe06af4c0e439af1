"""A FICTIONAL installation with every kind of record, for the export tests."""

import contextlib

import pytest

from tugan.linkage.merging import merge_persons
from tugan.records import operations
from tugan.review import decisions
from tugan.review.tests.fictional import import_fictional_report
from tugan.testing import make_person


@pytest.fixture
def full_world(world, users, tmp_path):
    """Return the world fixture plus an imported report, accepted suggestions and a merge."""
    (tmp_path / "report").mkdir()
    source = import_fictional_report(tmp_path / "report", by=users["editor"])
    # The report itself is published; the facts read from it stay restricted until reviewed.
    type(source).objects.filter(pk=source.pk).update(confidentiality="public", is_published=True)
    source.refresh_from_db()
    for suggestion in source.suggestions.filter(kind__in=["person", "event"]).order_by("number"):
        # A suggestion the fictional report cannot support stays pending.
        with contextlib.suppress(decisions.DecisionError):
            decisions.accept_suggestion(suggestion, by=users["editor"])
    public = world["persons"]["public"]
    operations.add_contact_report(
        public, "no_answer", by=users["editor"], channel="phone", note="虚构：电话无人接听",
        confidentiality="public", is_published=True,
    )  # fmt: skip
    keep, other = make_person(["约买尔·艾木杜拉"]), make_person(["Omer Hemdulla"])
    merge_persons(keep, other, by=users["reviewer"])
    return {**world, "report": source}
