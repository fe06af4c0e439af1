"""Undated reports take effect at their source's publication (docs/monitor.md).

A report that gives no date says how things stand when its source was written. Every
person, place of residence, source and report here is FICTIONAL, written for these tests.
"""

import datetime
import json

import pytest
from click.testing import CliRunner

from tugan.audit.changes import change_record
from tugan.cli import main
from tugan.monitor import models as kept
from tugan.monitor.contact_states import (
    MonitorFilters,
    kept_cells,
    live_cells,
    read_cell_families,
    read_monitor,
)
from tugan.monitor.derived import rebuild_counts
from tugan.monitor.statistics import StatisticsFilters, count_records
from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import make_person, make_source

pytestmark = pytest.mark.django_db

ILI = "CN-654000"
MARCH_FIRST = datetime.datetime(2021, 3, 1, 11, 35, tzinfo=datetime.UTC)
PUBLIC = {"confidentiality": "public", "is_published": True}


def fictional_family(name: str, **fields):
    fields = {**PUBLIC, **fields}
    return make_person(
        [name], ethnicity="kazakh", hometown=get_or_create_place("CN-654022"), **fields
    )


def undated_event(source, quote: str, **fields):
    """Record an undated event (a present-tense statement) and cite the source for it."""
    event = operations.add_event(date=None, **{**PUBLIC, **fields})
    operations.cite_source(
        source, quote, event=event, confidentiality=event.confidentiality,
        is_published=event.is_published,
    )  # fmt: skip
    return event


def cells_by_period(result: dict) -> dict[str, dict]:
    return {
        cell["period"]: cell
        for cell in result["cells"]
        if (cell["ethnicity"], cell["place"]) == ("kazakh", ILI)
    }


def assert_kept_counts_are_current(users) -> None:
    """The counts kept through the operations equal a rebuild and a count of the records."""
    as_kept = sorted(kept.ContactReading.objects.values_list("reading", "date", "dated_by_source"))
    months = sorted(kept.ContactMonthCount.objects.values_list("audience", "month", "reachable"))
    rebuild_counts()
    assert (
        sorted(kept.ContactReading.objects.values_list("reading", "date", "dated_by_source"))
        == as_kept
    )
    assert (
        sorted(kept.ContactMonthCount.objects.values_list("audience", "month", "reachable"))
        == months
    )
    for role, audience in (("admin", "confidential"), ("anonymous", "published")):
        filters = MonitorFilters(period="month")
        assert kept_cells(audience, filters) == live_cells(users[role], filters)


def test_an_undated_contact_restored_counts_from_its_sources_month(users):
    source = make_source(
        "虚构报道：一位虚构的家人说，他现在可以和父亲通话了。", published=MARCH_FIRST
    )
    person = fictional_family("虚构的人甲")
    operations.add_event(
        type="contact_lost", person=person, date=datetime.date(2018, 5, 1),
        date_precision="month", **PUBLIC,
    )  # fmt: skip
    event = undated_event(source, "他现在可以和父亲通话了", type="contact_restored", person=person)
    reading = kept.ContactReading.objects.get(reading=event.pk * 2)
    assert (reading.date, reading.precision, reading.dated_by_source) == (
        datetime.date(2021, 3, 1),
        "day",
        True,
    )
    cells = cells_by_period(read_monitor(users["admin"], MonitorFilters(period="month")))
    assert (cells["2021-02"]["reachable"], cells["2021-02"]["cut_off"]) == (0, 1)
    assert (cells["2021-03"]["reachable"], cells["2021-03"]["dated_by_source"]) == (1, 1)
    assert cells["2021-02"]["dated_by_source"] == 0
    families = read_cell_families(users["admin"], MonitorFilters(place=ILI), "2021-03")
    [family] = families["families"]
    assert (family["state"], family["date"], family["dated_by_source"]) == (
        "reachable",
        "2021-03-01",
        True,
    )
    assert family["sources"] == [source.public_id]
    assert_kept_counts_are_current(users)


def test_an_undated_group_statement_is_a_signal_in_its_sources_month(users):
    source = make_source("虚构报道：虚构地区的哈萨克人现在可以用微信了。", published=MARCH_FIRST)
    undated_event(
        source, "现在可以用微信了", type="contact_restored", group_ethnicity="kazakh",
        group_place=get_or_create_place(ILI), channel="wechat",
    )  # fmt: skip
    [signal] = read_monitor(users["admin"], MonitorFilters(period="month"))["signals"]
    assert (signal["period"], signal["date"], signal["dated_by_source"]) == (
        "2021-03",
        "2021-03-01",
        True,
    )
    assert (signal["ethnicity"], signal["place"], signal["source"]) == (
        "kazakh",
        ILI,
        source.public_id,
    )
    quarters = read_monitor(users["admin"], MonitorFilters(period="quarter"))
    assert [s["period"] for s in quarters["signals"]] == ["2021-Q1"]
    until = MonitorFilters(period="month", until=datetime.date(2021, 2, 28))
    assert read_monitor(users["admin"], until)["signals"] == []


def test_an_undated_report_from_an_undated_source_stays_out(users):
    source = make_source("虚构报道：他现在联系不上家人。", published=None)
    person = fictional_family("虚构的人乙")
    undated_event(source, "他现在联系不上家人", type="contact_lost", person=person)
    undated_event(
        source, "联系不上家人", type="contact_lost", group_ethnicity="uyghur",
        group_place=get_or_create_place("CN-653100"),
    )  # fmt: skip
    operations.add_event(type="contact_lost", person=person, date=None, **PUBLIC)  # no source
    result = read_monitor(users["admin"], MonitorFilters(period="month"))
    assert (result["cells"], result["signals"]) == ([], [])
    assert not kept.ContactReading.objects.exists()
    # The statistics still count every one of them as "date unknown".
    rows = count_records(users["admin"], ["year"], StatisticsFilters(), "events")["rows"]
    assert {row["year"]: row["count"] for row in rows} == {"unknown": 3}


def test_an_undated_contact_report_counts_from_its_sources_day(users):
    source = make_source("虚构的证词：我打过电话，没人接。", published=MARCH_FIRST)
    reporter = fictional_family("虚构的人丙", residence=get_or_create_place("KZ/Almaty"))
    relative = fictional_family("虚构的人丁")
    report = operations.add_contact_report(
        reporter, "no_answer", relative=relative, date=None, **PUBLIC
    )
    assert not kept.ContactReading.objects.exists()  # no source yet: no date to count from
    operations.cite_source(source, "没人接", contact_report=report)
    cells = cells_by_period(read_monitor(users["admin"], MonitorFilters(period="month")))
    assert list(cells) == ["2021-03"]
    assert (cells["2021-03"]["cut_off"], cells["2021-03"]["dated_by_source"]) == (1, 1)
    assert_kept_counts_are_current(users)


def test_changing_a_sources_publication_date_moves_its_undated_reports(users):
    source = make_source("虚构报道：他现在可以和家人通话了。", published=MARCH_FIRST)
    person = fictional_family("虚构的人戊")
    undated_event(source, "可以和家人通话了", type="contact_restored", person=person)
    change_record(source, {"published": datetime.datetime(2021, 6, 30, tzinfo=datetime.UTC)})
    cells = cells_by_period(read_monitor(users["admin"], MonitorFilters(period="month")))
    assert list(cells) == ["2021-06"]
    assert_kept_counts_are_current(users)
    change_record(source, {"published": None})
    assert read_monitor(users["admin"], MonitorFilters(period="month"))["cells"] == []
    assert not kept.ContactReading.objects.exists()
    # An earlier source citing the same statement dates it instead.
    earlier = make_source("虚构的早期报道：可以通话了。", published=MARCH_FIRST)
    operations.cite_source(earlier, "可以通话了", event=person.events.get())
    assert list(cells_by_period(read_monitor(users["admin"], MonitorFilters()))) == ["2021-03"]
    assert_kept_counts_are_current(users)


def test_only_those_who_may_see_the_dating_source_count_the_report(users, settings):
    settings.SMALL_CELL_THRESHOLD = 1
    source = make_source(
        "虚构的内部报告：他现在可以通话了。", published=MARCH_FIRST,
        confidentiality="restricted", is_published=False,
    )  # fmt: skip
    person = fictional_family("虚构的人己")
    undated_event(source, "可以通话了", type="contact_restored", person=person)
    assert read_monitor(None, MonitorFilters())["cells"] == []
    assert read_monitor(users["researcher"], MonitorFilters())["cells"] != []
    # Making the source public (its level is changed) lets the public count it.
    change_record(source, {"confidentiality": "public", "is_published": True})
    [cell] = read_monitor(None, MonitorFilters())["cells"]
    assert (cell["period"], cell["reachable"], cell["dated_by_source"]) == ("2021-03", 1, 1)
    assert_kept_counts_are_current(users)


def test_the_command_and_the_csv_mark_what_the_source_dated(users, client_as):
    source = make_source("虚构报道：哈萨克人现在可以用微信了。", published=MARCH_FIRST)
    person = fictional_family("虚构的人庚")
    undated_event(source, "现在可以用微信了", type="contact_restored", person=person)
    undated_event(
        source, "可以用微信了", type="contact_restored", group_ethnicity="kazakh",
        group_place=get_or_create_place(ILI),
    )  # fmt: skip
    result = CliRunner().invoke(main, ["monitor", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(c["period"], c["dated_by_source"]) for c in data["cells"]] == [("2021-03", 1)]
    assert [(s["period"], s["date"], s["dated_by_source"]) for s in data["signals"]] == [
        ("2021-03", "2021-03-01", True)
    ]
    admin = client_as("admin")
    lines = admin.get("/monitor/cells.csv").content.decode().splitlines()
    assert lines[0].endswith(",dated_by_source")
    assert lines[1].startswith("kazakh,CN-654000,2021-03,1,1,0,") and lines[1].endswith(",1")
    page = admin.get("/monitor/").content.decode()
    assert page.count("(undated; the source") == 1  # the signal's date is marked


def test_publishing_and_withdrawing_the_dating_source_keep_the_counts(users, settings):
    from tugan.review import publishing
    from tugan.review.models import PublicationKind

    settings.SMALL_CELL_THRESHOLD = 1
    restricted = {"confidentiality": "restricted", "is_published": False}
    source = make_source(
        "虚构的证词：他现在可以和家人通话了。", published=MARCH_FIRST, **restricted
    )
    person = fictional_family("虚构的人辛", **restricted)
    undated_event(
        source, "可以和家人通话了", type="contact_restored", person=person,
        review_state="confirmed", **restricted,
    )  # fmt: skip
    assert read_monitor(None, MonitorFilters())["cells"] == []
    publishing.publish(PublicationKind.SOURCE, source, by=users["reviewer"])
    [cell] = read_monitor(None, MonitorFilters())["cells"]
    assert (cell["period"], cell["reachable"], cell["dated_by_source"]) == ("2021-03", 1, 1)
    assert_kept_counts_are_current(users)
    publishing.withdraw(source.public_id, by=users["editor"])
    assert read_monitor(None, MonitorFilters())["cells"] == []
    assert_kept_counts_are_current(users)


@pytest.mark.parametrize("language", ["en", "zh-hans", "ru"])
def test_a_cells_hover_text_counts_its_families_dated_by_source(users, client_as, language):
    from django.utils.html import escape
    from django.utils.translation import ngettext, override

    source = make_source("虚构报道：他们现在可以用微信通话了。", published=MARCH_FIRST)
    for name in ("虚构的人壬", "虚构的人癸"):
        undated_event(
            source, "现在可以用微信通话了", type="contact_restored", person=fictional_family(name)
        )
    client = client_as("editor")
    client.cookies["django_language"] = language
    page = client.get("/monitor/").content.decode()
    with override(language):
        said = ngettext(
            "%(count)s family dated by the source's publication day",
            "%(count)s families dated by the source's publication day",
            2,
        ) % {"count": 2}
    assert language == "en" or "publication" not in said  # translated
    # The grid cell's hover text (its SVG title) and the cells table both say it.
    assert f"; {escape(said)}</title>" in page
    assert f"; {escape(said)}</td>" in page
