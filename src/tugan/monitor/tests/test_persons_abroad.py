"""A person who lives abroad is no family inside China (docs/monitor.md, "What is counted").

Every person, place of residence and report here is FICTIONAL.
"""

import datetime

import pytest

from tugan.monitor.contact_states import MonitorFilters, read_cell_families, read_monitor
from tugan.monitor.derived import rebuild_counts
from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import make_person

pytestmark = pytest.mark.django_db

KASHGAR_COUNTY = "CN-653101"
PUBLIC = {"confidentiality": "public", "is_published": True}


def uyghur_of_kashgar(name: str, residence: str) -> object:
    return make_person(
        [name],
        ethnicity="uyghur",
        hometown=get_or_create_place(KASHGAR_COUNTY),
        residence=get_or_create_place(residence),
        **PUBLIC,
    )


def event(person, kind: str, year: int, month: int) -> None:
    operations.add_event(
        type=kind,
        person=person,
        date=datetime.date(year, month, 1),
        date_precision="month",
        **PUBLIC,
    )


@pytest.fixture
def kashgar(users):
    """One family inside, cut off, then reached; one man abroad who lost contact with his
    family and was later threatened by phone; one woman abroad threatened and nothing more;
    and a contact report by the man that reached a cousin who also lives abroad."""
    inside = uyghur_of_kashgar("虚构的喀什居民", KASHGAR_COUNTY)
    event(inside, "contact_lost", 2019, 3)
    event(inside, "contact_restored", 2020, 8)
    speaker = uyghur_of_kashgar("虚构的旅居者", "TR/Istanbul")
    event(speaker, "contact_lost", 2019, 3)
    event(speaker, "threatened", 2020, 5)
    threatened = uyghur_of_kashgar("虚构的受威胁者", "NL")
    event(threatened, "threatened", 2020, 5)
    cousin = uyghur_of_kashgar("虚构的海外表亲", "KZ/Almaty")
    operations.add_contact_report(
        speaker,
        "reached",
        relative=cousin,
        date=datetime.date(2020, 6, 1),
        date_precision="day",
        **PUBLIC,
    )
    return {"inside": inside, "speaker": speaker, "threatened": threatened}


@pytest.mark.parametrize("role", ["admin", "contributor", "anonymous"])
def test_a_threat_against_a_person_abroad_is_not_a_family_inside_cut_off(kashgar, users, role):
    """Before, each person abroad made a link of their own: the threatened woman was a
    cut-off Kashgar family and the cousin abroad a reachable one (4 families in 2020, 2
    reachable). Kept counts (admin, public) and the live count (contributor) agree."""
    result = read_monitor(users[role], MonitorFilters(period="year", ethnicity="uyghur"))
    kashgar_cells = {
        cell["period"]: (cell["families"], cell["reachable"], cell["cut_off"])
        for cell in result["cells"]
        if cell["place"] == "CN-653100"
    }
    if role == "anonymous":  # two families are fewer than the public threshold
        assert kashgar_cells == {"2019": ("<5", "<5", "<5"), "2020": ("<5", "<5", "<5")}
    else:
        assert kashgar_cells == {"2019": (2, 0, 2), "2020": (2, 1, 1)}


def test_a_person_abroad_who_lost_contact_is_their_familys_relative_abroad(kashgar, users):
    filters = MonitorFilters(period="year", ethnicity="uyghur", place="CN-653100")
    families = read_cell_families(users["admin"], filters, "2020")["families"]
    by_name = {family["name"]: family for family in families}
    assert set(by_name) == {"虚构的喀什居民", "虚构的旅居者"}
    speaker = by_name["虚构的旅居者"]
    assert (speaker["kind"], speaker["relation"], speaker["state"]) == (
        "relative",
        "family",
        "cut_off",
    )
    assert [relative["name"] for relative in speaker["abroad"]] == ["虚构的旅居者"]
    # A contributor, counted from the records (and told no unconsented names), has the same.
    live = read_cell_families(users["contributor"], filters, "2020")["families"]
    assert [(f["kind"], f["relation"], f["state"]) for f in live] == [
        (f["kind"], f["relation"], f["state"]) for f in families
    ]


def test_moving_back_inside_makes_a_person_a_family_inside_again(kashgar, users):
    """The kept counts follow a change of residence, as a rebuild would count it."""
    operations.edit_person(
        kashgar["threatened"], {"residence": get_or_create_place(KASHGAR_COUNTY)}
    )
    filters = MonitorFilters(period="year", ethnicity="uyghur", place="CN-653100")
    kept = read_monitor(users["admin"], filters)["cells"]
    assert [(c["period"], c["families"], c["cut_off"]) for c in kept] == [
        ("2019", 2, 2),
        ("2020", 3, 2),
    ]
    rebuild_counts()
    assert read_monitor(users["admin"], filters)["cells"] == kept


def test_an_act_where_a_person_abroad_lives_is_not_counted_at_their_hometown(users):
    """A protest and a threat with no place, against a woman who lives in Almaty, count under
    "unknown"; her detention with no place (on a visit home) still counts at her hometown."""
    from tugan.monitor.derived import audience_of
    from tugan.monitor.statistics import StatisticsFilters, grouped_rows, kept_rows

    abroad = uyghur_of_kashgar("虚构的抗议者", "KZ/Almaty")
    for kind in ("protested", "threatened", "detained"):
        event(abroad, kind, 2020, 5)
    rebuild_counts()
    admin = users["admin"]
    by = ["type", "prefecture"]
    live = {
        (row["type"], row["stat_prefecture"]): row["n"]
        for row in grouped_rows(admin, by, StatisticsFilters(), "events")
    }
    kept = {
        (row["type"], row["stat_prefecture"]): row["n"]
        for row in kept_rows(audience_of(admin), by, StatisticsFilters(), "events")
    }
    for counts in (live, kept):
        assert counts[("protested", "unknown")] == 1
        assert counts[("threatened", "unknown")] == 1
        assert counts[("detained", "CN-653100")] == 1
        assert ("protested", "CN-653100") not in counts


def test_relatives_in_a_foreign_region_and_in_a_city_under_it_are_points_on_the_map(users):
    """A region abroad (level "region") is stored with its chain and drawn at its seat: Almaty
    Region lies inside the map's frame, Fairfax (under Virginia) is listed beside it."""
    from tugan.monitor.map_layers import read_places_abroad
    from tugan.monitor.pages import map_chart

    uyghur_of_kashgar("虚构的弗州居民", "US/Fairfax")
    uyghur_of_kashgar("虚构的阿拉木图州居民", "KZ/Almaty Region")
    fairfax = get_or_create_place("US/Fairfax")
    assert (fairfax.parent.key, fairfax.parent.level) == ("US/Virginia", "region")
    points = read_places_abroad(users["contributor"])
    assert sorted(key for key, *_ in points) == ["KZ/Almaty Region", "US/Fairfax"]
    assert all(
        longitude is not None and latitude is not None for _, longitude, latitude, _ in points
    )
    listed = {
        point["key"]: point
        for point in map_chart({}, "prefecture", "events", points, None)["points"]
    }
    assert (listed["KZ/Almaty Region"]["name"], listed["KZ/Almaty Region"]["on_map"]) == (
        "Almaty Region",
        True,
    )
    assert (listed["US/Fairfax"]["name"], listed["US/Fairfax"]["on_map"]) == ("Fairfax", False)
