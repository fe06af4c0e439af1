import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.linkage.models import MatchCandidate
from tugan.monitor.contact_states import MonitorFilters, read_monitor
from tugan.monitor.map_layers import read_map
from tugan.records.choices import EventType
from tugan.records.models import Event, Person
from tugan.sources.models import Source

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def restore_environment(monkeypatch):
    # demo points TUGAN_HOME at its folder and drops DATABASE_URL; undo both after each test.
    monkeypatch.setenv("TUGAN_HOME", "unused")
    monkeypatch.delenv("DATABASE_URL", raising=False)


def test_demo_loads_the_fictional_sample_and_prints_the_admin_password(tmp_path):
    home = tmp_path / "demo"
    result = CliRunner().invoke(main, ["demo", "--home", str(home), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert (home / ".tugan-demo").exists()
    assert "Sign in as admin with the password: " in result.stdout
    assert Person.objects.count() >= 30
    assert Source.objects.count() >= 20
    assert set(Event.objects.values_list("type", flat=True)) == set(EventType.values)
    scripts = set(Person.objects.values_list("names__script", flat=True))
    assert {"Hans", "Hant", "Latn", "Cyrl", "Arab"} <= scripts
    # The sample records two persons twice, under other spellings, for the matches page.
    assert MatchCandidate.objects.filter(state="pending").count() >= 2
    # Its fictional families show the founding report's change on the public monitor...
    changes = read_monitor(None, MonitorFilters(period="month"))["changes"]
    assert ("kazakh", "CN-654000", "2021-02") in {
        (c["ethnicity"], c["place"], c["period"]) for c in changes
    }
    # ...and put relatives abroad on the public map.
    assert read_map(None, "events", "prefecture", "", "")["abroad"]


def test_demo_refuses_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["demo", "--home", str(tmp_path), "--no-serve"])
    assert result.exit_code == 1
    assert "is not a demo folder" in result.stderr
    assert (tmp_path / "precious.txt").exists()
