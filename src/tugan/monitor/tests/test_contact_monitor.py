"""The monitor's pages and read function: roles, suppression, signals, the families behind a cell.

Every person, place of residence and report here is FICTIONAL.
"""

import datetime
import re

import pytest

from tugan.monitor.charts import Bar, GridCell, bar_chart, share_grid
from tugan.monitor.contact_states import MonitorFilters, read_cell_families, read_monitor
from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import CONFIDENTIAL_NAME, make_person, make_source

pytestmark = pytest.mark.django_db

ILI_COUNTY = "CN-654022"
ROLES = ["anonymous", "contributor", "researcher", "reviewer", "editor", "admin"]


def family_inside(name: str, level: str = "public", **fields):
    published = level == "public"
    return make_person(
        [name],
        ethnicity="kazakh",
        hometown=get_or_create_place(ILI_COUNTY),
        confidentiality=level,
        is_published=published,
        **fields,
    )


def contact(person, kind: str, date: str, level: str = "public", **fields):
    year, month = (int(part) for part in date.split("-"))
    return operations.add_event(
        type=kind,
        person=person,
        date=datetime.date(year, month, 1),
        date_precision="month",
        confidentiality=level,
        is_published=level == "public",
        **fields,
    )


@pytest.fixture
def ili(world):
    """Six public Kazakh families of Ili, cut off in 2018, and one confidential one."""
    persons = [family_inside(f"虚构的人{n}") for n in range(6)]
    for person in persons:
        contact(person, "contact_lost", "2018-03")
    for person in persons[:3]:
        contact(person, "contact_restored", "2021-02", channel="wechat")
    secret = family_inside(CONFIDENTIAL_NAME + "乙", level="confidential")
    contact(secret, "contact_lost", "2018-03", level="confidential")
    return {"persons": persons, "secret": secret}


def ili_cell(result: dict, period: str) -> dict:
    return next(
        cell
        for cell in result["cells"]
        if (cell["ethnicity"], cell["place"], cell["period"]) == ("kazakh", "CN-654000", period)
    )


@pytest.mark.parametrize("role", ROLES)
def test_monitor_page_answers_every_role_without_leaking(client_as, role, ili):
    response = client_as(role).get("/monitor/?period=quarter")
    assert response.status_code == 200
    content = response.content.decode()
    assert CONFIDENTIAL_NAME not in content
    assert "Kazakh · Ili Kazakh Autonomous Prefecture" in content


def test_public_counts_only_published_public_records(ili, users):
    public = ili_cell(read_monitor(None, MonitorFilters(period="year")), "2021")
    admin = ili_cell(read_monitor(users["admin"], MonitorFilters(period="year")), "2021")
    assert (public["families"], public["reachable"]) == (6, "<5")
    assert public["share_reachable"] is None  # 3 reachable is a small cell: hidden
    assert (admin["families"], admin["reachable"], admin["cut_off"]) == (7, 3, 4)


def test_the_threshold_is_a_setting(ili, settings):
    settings.SMALL_CELL_THRESHOLD = 3
    public = ili_cell(read_monitor(None, MonitorFilters(period="year")), "2021")
    assert (public["reachable"], public["cut_off"], public["share_reachable"]) == (3, 3, 0.5)


def test_public_csv_hides_small_counts(client, ili):
    response = client.get("/monitor/cells.csv?period=year")
    assert response["Content-Type"].startswith("text/csv")
    assert "kazakh,CN-654000,2021,6,<5,<5,,,,<5" in response.content.decode().splitlines()


def test_channel_filter_keeps_only_that_channel(ili, users):
    result = read_monitor(users["admin"], MonitorFilters(period="year", channel="wechat"))
    assert [(c["period"], c["reachable"], c["families"]) for c in result["cells"]] == [
        ("2021", 3, 3)
    ]


def test_a_group_report_is_a_signal_with_its_source_not_a_family(ili, users):
    source = make_source("虚构报道：部分哈萨克人可以再次与海外亲属微信通话。")
    event = operations.add_event(
        type="contact_restored",
        group_ethnicity="kazakh",
        group_place=get_or_create_place("CN-654000"),
        date=datetime.date(2021, 2, 1),
        date_precision="month",
        channel="wechat",
        confidentiality="public",
        is_published=True,
    )
    operations.cite_source(source, "部分哈萨克人可以再次与海外亲属微信通话", event=event)
    result = read_monitor(users["admin"], MonitorFilters(period="month"))
    assert [
        (s["ethnicity"], s["place"], s["period"], s["type"], s["source"]) for s in result["signals"]
    ] == [("kazakh", "CN-654000", "2021-02", "contact_restored", source.public_id)]
    assert ili_cell(result, "2021-02")["families"] == 7


def test_the_pages_name_a_channel_by_its_label(ili, client):
    event = operations.add_event(
        type="contact_restored",
        group_ethnicity="kazakh",
        group_place=get_or_create_place("CN-654000"),
        date=datetime.date(2021, 2, 1),
        date_precision="month",
        channel="wechat",
        confidentiality="public",
        is_published=True,
    )
    operations.cite_source(make_source("虚构报道：可以微信通话。"), "可以微信通话", event=event)
    client.cookies["django_language"] = "zh-hans"
    monitor = client.get("/monitor/?period=month").content.decode()
    assert "<td>微信</td>" in monitor and "wechat</td>" not in monitor
    cell = client.get(
        "/monitor/families/?period=year&ethnicity=kazakh&place=CN-654000&channel=wechat"
        "&cell_period=2021"
    ).content.decode()
    assert " · 微信</p>" in cell


def test_contact_reports_and_unnamed_relatives_make_links(world, users):
    abroad = make_person(
        ["虚构的海外亲属"], ethnicity="uyghur", hometown=get_or_create_place("CN-653101")
    )
    operations.add_contact_report(
        abroad,
        "no_answer",
        date=datetime.date(2019, 1, 5),
        date_precision="day",
        confidentiality="public",
        is_published=True,
    )
    operations.add_event(
        type="contact_lost", relative_of=abroad, relation="mother",
        date=datetime.date(2018, 1, 1), date_precision="year",
        confidentiality="public", is_published=True,
    )  # fmt: skip
    result = read_monitor(users["admin"], MonitorFilters(period="year"))
    kashgar = {c["period"]: c["families"] for c in result["cells"] if c["place"] == "CN-653100"}
    assert kashgar == {"2018": 1, "2019": 2}


def test_the_families_behind_a_cell_name_only_visible_consenting_persons(ili, users):
    refused = family_inside("虚构的拒绝者", consent="refused")
    contact(refused, "contact_lost", "2018-05")
    filters = MonitorFilters(period="year", ethnicity="kazakh", place="CN-654000")
    researcher = read_cell_families(users["researcher"], filters, "2021")
    names = {family["name"] for family in researcher["families"]}
    assert "虚构的人0" in names and "虚构的拒绝者" not in names
    assert CONFIDENTIAL_NAME + "乙" not in names
    # Counted even where not named; the confidential family is beyond a researcher's view.
    assert len(researcher["families"]) == 7
    public = read_cell_families(None, filters, "2021")
    assert len(public["families"]) == 7 and public["hidden"] is None


def test_a_cell_of_no_known_prefecture_links_to_its_families(world, client):
    # Fictional families with no hometown recorded: their cells are under "unknown".
    for n in range(5):
        person = make_person(
            [f"虚构的无籍贯者{n}"], ethnicity="kazakh", confidentiality="public", is_published=True
        )
        contact(person, "contact_lost", "2018-05")
    monitor = client.get("/monitor/?period=year&ethnicity=kazakh").content.decode()
    link = (
        "/monitor/families/?period=year&amp;ethnicity=kazakh&amp;place=unknown&amp;cell_period=2018"
    )
    assert link in monitor
    response = client.get(link.replace("&amp;", "&"))
    assert response.status_code == 200
    assert response.content.decode().count("虚构的无籍贯者") == 5


def test_a_bad_filter_is_refused_beside_its_field_and_the_others_still_apply(world, client):
    for n in range(5):
        contact(family_inside(f"虚构的哈萨克族亲属{n}"), "contact_lost", "2018-05")
    response = client.get("/monitor/?period=year&place=CN-999999")
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count("No place called") == 1
    assert "Prefecture: No place" not in html
    assert "No place called “CN-999999”. Pick one of the suggestions." in html
    assert "The filters marked with an error are left out of what is shown below." in html
    # The grid as with no place chosen, counted by year as asked.
    assert "Share reachable, by group and period" in html and ">2018<" in html
    assert 'href="/monitor/families/?period=year&amp;ethnicity=kazakh&amp;place=CN-654000' in html
    assert 'href="/monitor/cells.csv?period=year"' in html


@pytest.mark.parametrize(
    ("query", "field", "error"),
    [
        ("period=year&cell_period=2021-13", "cell_period", "Write a period as 2021, 2021-Q1"),
        ("period=year&cell_period=last+year", "cell_period", "Write a period as 2021, 2021-Q1"),
        ("period=year", "cell_period", "This field is required."),
        ("period=decade&cell_period=2021", "period", "Select a valid choice."),
        ("place=CN-999999&cell_period=2021", "place", "No place called “CN-999999”."),
    ],
)
def test_a_bad_link_to_a_cells_families_is_a_page_naming_the_field(client, query, field, error):
    response = client.get(f"/monitor/families/?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert "This link to a cell's families cannot be read:" in html
    assert f"(<code>{field}</code>): {error}" in html
    assert '<a href="/monitor/">Back to the monitor</a>' in html


def test_a_bad_link_to_a_cells_families_is_explained_in_the_readers_language(client):
    client.cookies["django_language"] = "ru"
    html = client.get("/monitor/families/?period=year&cell_period=2021-13").content.decode()
    assert "Эту ссылку на семьи ячейки не удаётся прочитать:" in html
    assert "Период ячейки (<code>cell_period</code>): Укажите период в виде 2021" in html


def test_the_monitor_command_refuses_an_unknown_ethnicity():
    from click.testing import CliRunner

    from tugan.cli import main

    result = CliRunner().invoke(main, ["monitor", "--ethnicity", "martian"])
    assert result.exit_code == 2 and "--ethnicity" in result.output


def test_a_change_after_a_hidden_cell_hides_its_share_before(world, users):
    persons = [family_inside(f"虚构的家庭{n}") for n in range(12)]
    for person in persons:
        contact(person, "contact_lost", "2018-03")
    contact(persons[0], "contact_restored", "2019-06")
    for person in persons[1:7]:
        contact(person, "contact_restored", "2021-02")
    public = read_monitor(None, MonitorFilters(period="year"))["changes"]
    admin = read_monitor(users["admin"], MonitorFilters(period="year"))["changes"]
    assert [(c["period"], c["share_before"]) for c in admin] == [("2021", 1 / 12)]
    assert [(c["period"], c["share_before"]) for c in public] == [("2021", None)]


def test_an_enquirer_is_told_of_families_but_names_only_consenting_persons(ili, users):
    consenting = family_inside("虚构的同意者", consent="granted")
    contact(consenting, "contact_lost", "2018-05")
    filters = MonitorFilters(period="year", ethnicity="kazakh", place="CN-654000")
    enquirer = read_cell_families(users["contributor"], filters, "2021")
    # Six public families with consent unknown and one that consented: all counted, one named.
    assert len(enquirer["families"]) == 7
    assert [family["name"] for family in enquirer["families"] if family["name"]] == ["虚构的同意者"]
    researcher = read_cell_families(users["researcher"], filters, "2021")
    assert len([family for family in researcher["families"] if family["name"]]) == 7


def test_a_relative_abroad_who_asked_not_to_be_named_is_listed_unnamed(ili, users):
    inside = ili["persons"][0]
    testifier = make_person(
        ["虚构的匿名亲属"],
        confidentiality="restricted",
        is_published=False,
        is_anonymous=True,
        residence=get_or_create_place("KZ/Almaty"),
    )
    operations.add_relationship(testifier, "sibling", inside, confidentiality="restricted")
    filters = MonitorFilters(period="year", ethnicity="kazakh", place="CN-654000")
    families = read_cell_families(users["researcher"], filters, "2021")["families"]
    [family] = [f for f in families if f["person"] == inside.public_id]
    assert [(r["person"], r["name"]) for r in family["abroad"]] == [
        (testifier.public_id, "anonymous testifier")
    ]
    cleared = read_cell_families(users["editor_confidential"], filters, "2021")["families"]
    [family] = [f for f in cleared if f["person"] == inside.public_id]
    assert [r["name"] for r in family["abroad"]] == ["虚构的匿名亲属"]


def test_a_relative_abroad_is_listed_once_and_a_speaker_abroad_is_their_familys_relative(
    ili, users, client
):
    """A relative abroad tied by two relationships was listed twice; the family of a person
    abroad who spoke of "my mother" listed no relative abroad ("—"), though the speaker is one;
    and the relation stayed in English on a Chinese page. The persons are fictional."""
    inside = ili["persons"][0]
    public = {"confidentiality": "public", "is_published": True}
    daughter = make_person(["虚构的海外女儿"], residence=get_or_create_place("KZ/Almaty"), **public)
    operations.add_relationship(daughter, "child", inside, **public)
    operations.add_relationship(daughter, "reports_on", inside, **public)
    speaker = make_person(
        ["虚构的海外讲述者"],
        ethnicity="kazakh",
        hometown=get_or_create_place(ILI_COUNTY),
        residence=get_or_create_place("TR"),
        **public,
    )
    operations.add_event(
        type="contact_lost",
        relative_of=speaker,
        relation="mother",
        date=datetime.date(2019, 4, 1),
        date_precision="month",
        **public,
    )
    filters = MonitorFilters(period="year", ethnicity="kazakh", place="CN-654000")
    families = read_cell_families(users["researcher"], filters, "2021")["families"]
    [named] = [f for f in families if f["person"] == inside.public_id]
    assert [r["person"] for r in named["abroad"]] == [daughter.public_id]
    [mother] = [f for f in families if f["kind"] == "relative"]
    assert (mother["person"], mother["relation"]) == (speaker.public_id, "mother")
    assert [(r["person"], r["name"]) for r in mother["abroad"]] == [
        (speaker.public_id, "虚构的海外讲述者")
    ]
    client.cookies["django_language"] = "zh-hans"
    query = "period=year&ethnicity=kazakh&place=CN-654000&cell_period=2021"
    html = client.get(f"/monitor/families/?{query}").content.decode()
    assert "母亲" in html and "mother" not in html


def test_a_group_says_which_of_its_parts_is_unknown(client_as):
    """A group with no place read "Kazakh · unknown"; one with neither, "unknown · unknown"."""
    nowhere = make_person(["虚构的无籍贯者"], ethnicity="kazakh")
    contact(nowhere, "contact_lost", "2019-05")
    no_one = make_person(["虚构的无民族者"], hometown=get_or_create_place(ILI_COUNTY))
    contact(no_one, "contact_lost", "2019-05")
    html = client_as("editor").get("/monitor/?period=year").content.decode()
    assert "Kazakh · prefecture unknown" in html
    assert "ethnicity unknown · Ili Kazakh Autonomous Prefecture" in html


def test_a_grid_of_few_cells_keeps_its_natural_size_and_bar_charts_fill_the_page():
    one_cell = share_grid(["Kazakh · Ili"], ["2021-02"], lambda i, j: GridCell(0.5, "1 of 2"), "t")
    assert 'viewBox="0 0 338 80" width="338"' in one_cell
    assert 'width="100%"' in bar_chart([Bar("detained", 3, "3")], "t")


def test_the_pages_name_prefectures_in_the_readers_language(ili, client):
    client.cookies["django_language"] = "zh-hans"
    monitor = client.get("/monitor/?period=year").content.decode()
    assert "哈萨克族 · 伊犁哈萨克自治州" in monitor
    assert "Ili Kazakh Autonomous Prefecture" not in monitor
    client.cookies["django_language"] = "ru"
    map_page = client.get("/map/").content.decode()
    assert "Или" in map_page and "Ili Kazakh Autonomous Prefecture" not in map_page


def test_the_map_legend_gives_each_colour_the_whole_counts_it_stands_for():
    from tugan.monitor.charts import COUNT_COLOURS, count_colour, count_legend

    # The ranges neither overlap nor skip ("0–50", "50–100", "149–199" did both).
    assert [label for _colour, label in count_legend(249)] == [
        "1–49", "50–99", "100–149", "150–199", "200–249",
    ]  # fmt: skip
    # Few counts: only the colours a count can get, each with its one count.
    assert count_legend(3) == [(COUNT_COLOURS[1], "1"), (COUNT_COLOURS[3], "2"),
                               (COUNT_COLOURS[4], "3")]  # fmt: skip
    for maximum in (3, 7, 10, 249, 250, 1001):
        labelled = dict(count_legend(maximum))
        for value in range(1, maximum + 1):
            low, _dash, high = labelled[count_colour(value, maximum)].partition("–")
            assert int(low) <= value <= int(high or low), (maximum, value)


def test_a_public_map_legend_starts_at_the_suppression_threshold():
    """Counts under the threshold are drawn as hidden, so no colour may stand for them: the
    legend said "1–49" (and "1", "2", "3", "4" when all counts were small)."""
    from tugan.monitor.charts import count_legend
    from tugan.monitor.pages import map_chart

    assert [label for _colour, label in count_legend(249, lowest=5)][:2] == ["5–49", "50–99"]
    assert [label for _colour, label in count_legend(6, lowest=5)] == ["5–6"]
    # Fictional counts: one prefecture hidden, one of 6.
    values: dict[str, float | str] = {"CN-654000": "<5", "CN-653100": 6}
    svg = str(map_chart(values, "prefecture", "events", [], 5)["svg"])
    legend = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert legend == ["5–6", "none reported", "fewer than 5"]


def test_the_map_colours_span_the_areas_drawn_not_the_unknown_place():
    """Six events of no known place made a legend up to 6 (and shaded an area of 2 as a third
    of the top) on a map where no area had more than 2. The counts are fictional."""
    from tugan.monitor.pages import map_chart

    values: dict[str, float | str] = {"unknown": 6, "CN-653100": 2}
    svg = str(map_chart(values, "prefecture", "events", [], None)["svg"])
    assert re.findall(r"<text[^>]*>([^<]*)</text>", svg) == ["1", "2", "none reported"]


def test_the_map_title_names_its_areas_in_the_page_language():
    """The map's title (read by screen readers, shown on hover) said "新疆prefecture地图"."""
    from django.utils import translation

    from tugan.monitor.pages import map_chart

    with translation.override("zh-hans"):
        svg = str(map_chart({}, "county", "events", [], None)["svg"])
    assert "<title>新疆县地图</title>" in svg


def test_a_cells_families_lead_back_to_the_monitor_as_it_was_filtered(ili, client):
    query = "period=year&ethnicity=kazakh&place=CN-654000&channel=wechat&cell_period=2021"
    html = client.get(f"/monitor/families/?{query}").content.decode()
    assert f'<a href="/monitor/?{query.replace("&", "&amp;")}">Back to the monitor</a>' in html
    back = client.get(f"/monitor/?{query}")
    assert back.status_code == 200
    assert 'value="kazakh" selected' in back.content.decode()
