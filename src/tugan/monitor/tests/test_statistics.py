"""Statistics: counts, partial dates, suppression, CSV, roles. Every record here is FICTIONAL."""

import datetime
import json
import re

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.monitor.statistics import StatisticsFilters, count_records
from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import CONFIDENTIAL_NAME, make_person

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "contributor", "researcher", "reviewer", "editor", "admin"]


@pytest.fixture
def events(world):
    person = make_person(["虚构的统计对象"], ethnicity="uyghur", gender="female",
                         hometown=get_or_create_place("CN-653122"))  # fmt: skip
    public = {"confidentiality": "public", "is_published": True}
    for month in range(1, 7):
        day = datetime.date(2018, month, 3)
        operations.add_event(
            type="detained", person=person, date=day, date_precision="day", **public
        )
    year = datetime.date(2017, 1, 1)
    operations.add_event(type="detained", person=person, date=year, date_precision="year", **public)
    operations.add_event(type="sentenced", person=person, **public)
    return person


def rows(result: dict) -> dict:
    return {
        tuple(v for k, v in row.items() if k != "count"): row["count"] for row in result["rows"]
    }


def test_counts_by_type_and_year_with_undated_as_unknown(events, users):
    counted = rows(count_records(users["admin"], ["type", "year"]))
    assert counted[("detained", "2018")] == 6
    assert counted[("detained", "2017")] == 1
    assert counted[("sentenced", "unknown")] == 1
    # The world's confidential event counts for an admin, not for a researcher.
    assert counted[("disappeared", "unknown")] == 1
    assert ("disappeared", "unknown") not in rows(
        count_records(users["researcher"], ["type", "year"])
    )


def test_a_year_only_date_is_spread_over_its_months(events, users):
    counted = rows(count_records(users["admin"], ["month"], StatisticsFilters(type="detained")))
    assert counted[("2017-01",)] == pytest.approx(1 / 12, abs=0.01)
    assert counted[("2017-12",)] == pytest.approx(1 / 12, abs=0.01)
    assert counted[("2018-03",)] == 1
    # Seven dated here, and the world's undated detention as "unknown": nothing is lost.
    assert counted[("unknown",)] == 1
    assert sum(counted.values()) == pytest.approx(8, abs=0.001)


def test_prefecture_rolls_counties_up_and_filters(events, users):
    counted = rows(
        count_records(users["admin"], ["prefecture"], StatisticsFilters(ethnicity="uyghur"))
    )
    assert counted == {("CN-653100",): 8}
    persons = rows(count_records(users["admin"], ["gender"], counted="persons"))
    assert persons[("female",)] == 1


def test_public_counts_hide_small_cells(events):
    counted = rows(count_records(None, ["type"]))
    assert counted[("detained",)] == 8  # 7 here and the world's public detention
    assert counted[("sentenced",)] == "<5"


def test_public_csv_hides_small_cells_too(client, events):
    response = client.get("/statistics/counts.csv?by=type")
    lines = response.content.decode().splitlines()
    assert lines[0] == "type,count"
    assert "sentenced,<5" in lines and "detained,8" in lines


@pytest.mark.parametrize("role", ROLES)
def test_statistics_page_answers_every_role_without_leaking(client_as, role, events):
    response = client_as(role).get("/statistics/")
    assert response.status_code == 200
    content = response.content.decode()
    assert CONFIDENTIAL_NAME not in content
    assert ("fewer than 5" in content) == (role == "anonymous")


@pytest.mark.parametrize("role", ROLES)
def test_map_page_answers_every_role(client_as, role, events):
    response = client_as(role).get("/map/?level=county")
    assert response.status_code == 200
    assert 'data-key="CN-653122"' in response.content.decode()


def test_the_map_lists_relatives_abroad_known_only_by_country(client_as):
    """A country has no point on the map, but its relatives abroad still count in the list."""
    for number in range(3):
        make_person([f"虚构的海外亲属{number}"], residence=get_or_create_place("TR"))
    make_person(["虚构的阿拉木图亲属"], residence=get_or_create_place("KZ/Almaty"))
    chart = client_as("editor").get("/map/").context["chart"]
    assert [(point["key"], point["shown"], point["on_map"]) for point in chart["points"]] == [
        ("TR", "3", False),
        ("KZ/Almaty", "1", True),
    ]


def test_the_statistics_tables_head_their_first_column_in_the_page_language(client, events):
    """The tables' first column was headed by the raw field name ("type", "month") in every
    language."""
    client.cookies["django_language"] = "zh-hans"
    html = client.get("/statistics/").content.decode()
    headers = re.findall(r'<thead><tr><th scope="col">([^<]*)</th>', html)
    assert headers[:6] == ["事件", "年份", "月份", "民族", "地州", "性别"]


def test_stats_command_prints_the_documented_json(events):
    result = CliRunner().invoke(main, ["stats", "--json", "--by", "type,year", "--level", "public"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"type": "detained", "year": "2018", "count": 6} in data["rows"]
    assert {"type": "sentenced", "year": "unknown", "count": "<5"} in data["rows"]


def test_stats_command_refuses_an_unknown_field():
    result = CliRunner().invoke(main, ["stats", "--by", "colour"])
    assert result.exit_code == 2
    assert "cannot count events by colour" in result.output


def test_a_bad_filter_is_refused_beside_its_field_and_the_others_still_apply(events, client):
    response = client.get("/statistics/?place=Atlantis+Xyz&type=detained")
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count("No place called") == 1
    assert "No place called “Atlantis Xyz”. Pick one of the suggestions." in html
    assert "The filters marked with an error are left out of what is shown below." in html
    # Every chart is drawn, counting detentions in every prefecture.
    assert html.count('class="chart-block') == 9
    assert "/statistics/counts.csv?by=type&amp;count=events&amp;type=detained" in html
    after_the_filters = html.split('class="filters"')[1].split("</form>", 1)[1]
    assert "Atlantis" not in after_the_filters
