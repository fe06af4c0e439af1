"""The issue's "done when": fictional families imported from a person CSV, then counted."""

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.sample.families import build_families_csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def families(tmp_path):
    planted = build_families_csv()
    path = tmp_path / "families.csv"
    path.write_text(planted.text, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(path)])
    assert result.exit_code == 0, result.output
    return planted


def monitor_json(*arguments: str) -> dict:
    result = CliRunner().invoke(main, ["monitor", "--json", *arguments])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def cells_of(data: dict, ethnicity: str, place: str) -> dict[str, dict]:
    return {
        cell["period"]: cell
        for cell in data["cells"]
        if (cell["ethnicity"], cell["place"]) == (ethnicity, place)
    }


def test_monitor_gives_the_planted_shares_and_flags_only_the_ili_change(families):
    data = monitor_json("--period", "month")
    ili = cells_of(data, "kazakh", "CN-654000")
    assert ili["2020-12"]["families"] == 120
    assert ili["2020-12"]["share_reachable"] == 0
    assert (ili["2021-02"]["reachable"], ili["2021-02"]["families"]) == (70, 120)
    assert ili["2021-02"]["share_reachable"] == pytest.approx(70 / 120)
    assert ili["2021-02"]["low"] < 70 / 120 < ili["2021-02"]["high"]
    assert "2021-03" not in ili  # the last report's period ends the series...
    later = cells_of(
        monitor_json("--period", "month", "--until", "2021-06-30"), "kazakh", "CN-654000"
    )
    for period in ("2021-02", "2021-03", "2021-06"):  # ...and states last until changed
        assert (later[period]["reachable"], later[period]["families"]) == (70, 120)
    assert set(data["cells"][0]) == {
        "ethnicity", "place", "period", "families", "reachable", "cut_off",
        "share_reachable", "low", "high", "dated_by_source",
    }  # fmt: skip
    ili_changes = [
        c for c in data["changes"] if (c["ethnicity"], c["place"]) == ("kazakh", "CN-654000")
    ]
    assert [(c["period"], c["share_before"], c["families"]) for c in ili_changes] == [
        ("2021-02", 0, 120)
    ]
    assert ili_changes[0]["share_after"] == pytest.approx(70 / 120)
    # Kashgar's Uyghur families stay cut off throughout, and nothing is flagged for them.
    kashgar = cells_of(data, "uyghur", "CN-653100")
    assert kashgar["2021-02"]["families"] == 100
    assert all(cell["share_reachable"] == 0 for cell in kashgar.values())
    assert not [c for c in data["changes"] if c["ethnicity"] == "uyghur"]
    # Importing the file takes most of this test's time, so quarters and years are here too.
    quarters = cells_of(monitor_json("--period", "quarter"), "kazakh", "CN-654000")
    assert quarters["2020-Q4"]["reachable"] == 0 and quarters["2021-Q1"]["reachable"] == 70
    years = cells_of(monitor_json("--period", "year"), "kazakh", "CN-654000")
    # A year-only date takes effect at the end of its year: all 120 are counted by 2018.
    assert years["2018"]["families"] == 120 and years["2021"]["reachable"] == 70


def test_stats_count_each_planted_event_exactly(families):
    result = CliRunner().invoke(main, ["stats", "--json", "--by", "type,year"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    counted = {(row["type"], row["year"]): row["count"] for row in rows}
    assert counted == dict(Counter(families.events))
    assert counted[("disappeared", "unknown")] > 0
