"""The person page tells the story: status now, names by script, family graph, contact history,
unknowns and actions. Every person here is FICTIONAL."""

import datetime

import pytest
from django.utils import translation

from tugan.records import operations
from tugan.records.models import Event
from tugan.records.partial_dates import parse_partial_date
from tugan.records.places import get_or_create_place
from tugan.records.status import describe_status, list_unknowns
from tugan.testing import make_person


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def plain(text: str) -> str:
    """Return text without the Unicode isolates that keep dates readable in Uyghur."""
    return text.replace("\u2066", "").replace("\u2069", "")


def event(type: str, date: str | None = None, **fields) -> Event:
    day, precision = parse_partial_date(date)
    return Event(
        type=type, date=day, date_precision=precision, pk=abs(hash((type, date))), **fields
    )


def test_status_says_the_latest_custody_and_since_when_the_family_is_cut_off():
    events = [
        event("detained", "2017-05"),
        event("sentenced", "2017-11", term_years=15),
        event("contact_lost", "2017-06"),
    ]
    assert plain(describe_status(events, [])) == (
        "sentenced, 15 years (2017-11); family cut off since 2017"
    )


def test_a_later_release_replaces_the_sentence_and_restored_contact_ends_the_cut_off():
    events = [
        event("sentenced", "2018", term_years=3),
        event("released", "2021-02"),
        event("contact_lost", "2018"),
        event("contact_restored", "2021-03"),
    ]
    assert plain(describe_status(events, [])) == (
        "released (2021-02); family in contact again (2021-03)"
    )


def test_unknowns_name_the_gaps(db):
    person = make_person(["虚构人物·阿依"])
    events = [event("detained", "2017")]
    unknowns = list_unknowns(person, events, [], datetime.date(2026, 1, 1))
    assert unknowns == [
        "no birth date",
        "no hometown",
        "no place of detention",
        "no news since 2017",
        "no source you may see for any event",
    ]


@pytest.fixture
def family(db):
    inside = get_or_create_place("CN-654022")
    abroad = get_or_create_place("KZ/Almaty")
    father = make_person(["虚构父亲·吐尔逊", "Tursun Fictional"], residence=inside)
    daughter = make_person(["虚构女儿·古丽", "Гүл Фиктивная"], residence=abroad)
    operations.add_relationship(
        father, "parent", daughter, confidentiality="public", is_published=True
    )
    operations.add_event(
        type="sentenced",
        person=father,
        term_years=15,
        confidentiality="public",
        is_published=True,
        date=datetime.date(2017, 1, 1),
        date_precision="year",
    )
    operations.add_event(
        type="detained",
        relative_of=father,
        relation="brother",
        confidentiality="public",
        is_published=True,
    )
    operations.add_contact_report(
        daughter,
        "blocked",
        relative=father,
        date=datetime.date(2017, 6, 1),
        date_precision="month",
        channel="wechat",
        confidentiality="public",
        is_published=True,
    )
    return father, daughter


def test_the_person_page_shows_status_graph_contact_history_and_unknowns(client, family):
    father, daughter = family
    content = client.get(f"/persons/{father.public_id}/").content.decode()
    status = plain(content.split("Now:</strong>")[1].split("</p>")[0].strip())
    assert status == "sentenced, 15 years (2017); family cut off since 2017"
    assert "<svg" in content and 'class="node abroad"' in content
    assert "unnamed brother" in content
    assert "Contact history" in content and "blocked" in content
    assert "no birth date" in content
    # Names are grouped by script, each as written.
    assert "Chinese (Simplified)" in content and "Latin" in content


def test_only_documenters_see_the_actions_that_change_records(client_as, family):
    father, _daughter = family
    url = f"/persons/{father.public_id}/"
    assert (
        "Add a testimony about this person" not in client_as("anonymous").get(url).content.decode()
    )
    assert "Add a testimony about this person" in client_as("editor").get(url).content.decode()


def test_hometowns_are_named_in_the_page_language(client, family):
    father, _daughter = family
    father.hometown = get_or_create_place("CN-654022")
    father.save()
    content = client.get(f"/persons/{father.public_id}/", HTTP_ACCEPT_LANGUAGE="ru").content
    assert "Чапчал" in content.decode()


def test_long_names_are_cut_to_fit_their_box_in_the_family_graph():
    from tugan.records.family_graph import GraphNode

    assert (
        GraphNode(label="虚构人物·吐尔逊·卡德尔", relation="").short_label == "虚构人物·吐尔逊·卡…"
    )
    assert GraphNode(label="Tursun Qadir", relation="").short_label == "Tursun Qadir"


def test_contact_events_from_the_sources_stand_in_the_contact_history(client, family):
    """A report that the family lost contact is part of the contact history, though nobody
    filed a contact report about it."""
    _father, daughter = family
    operations.add_event(
        type="contact_lost",
        relative_of=daughter,
        relation="family",
        channel="wechat",
        confidentiality="public",
        is_published=True,
    )
    content = client.get(f"/persons/{daughter.public_id}/").content.decode()
    history = content.split("<h2>Contact history</h2>")[1].split("<h2>")[0]
    assert "No attempt to reach them recorded" not in history
    events = history.split('<ul class="contact-events">')[1].split("</ul>")[0]
    assert "contact lost — unnamed family (WeChat)" in " ".join(events.split())


def test_a_person_living_abroad_with_no_event_is_said_to_live_there(client, family):
    """Only where they live: their relatives' events in the timeline below are not "no event"."""
    _father, daughter = family
    content = client.get(f"/persons/{daughter.public_id}/").content.decode()
    status = plain(content.split("Now:</strong>")[1].split("</p>")[0].strip())
    assert status.startswith("lives in ") and ";" not in status
    assert "no event about them" not in content
    assert "nothing known of what happened to them" not in content


def test_nothing_known_is_a_gap_only_for_a_person_inside(db):
    inside = make_person(["虚构人物·阿山"], residence=get_or_create_place("CN-654022"))
    abroad = make_person(["虚构人物·努尔"], residence=get_or_create_place("KZ/Almaty"))
    today = datetime.date(2026, 1, 1)
    assert "nothing known of what happened to them" in list_unknowns(inside, [], [], today)
    assert "nothing known of what happened to them" not in list_unknowns(abroad, [], [], today)


def test_unnamed_relatives_are_as_many_as_the_sources_count(client, family):
    """Two terms for "his brother" (sentenced again) stay one brother; two terms for "his two
    brothers" are the two brothers' sentences: one node of two, never a person more."""
    father, _daughter = family
    public = {"confidentiality": "public", "is_published": True}
    for years in (10, 20):
        operations.add_event(
            type="sentenced", relative_of=father, relation="brother", term_years=years, **public
        )
        operations.add_event(
            type="sentenced",
            relative_of=father,
            relation="son",
            subject_count=2,
            term_years=years,
            **public,
        )
    content = client.get(f"/persons/{father.public_id}/").content.decode()
    graph = content.split('<figure class="family-graph">')[1].split("</figure>")[0]
    assert graph.count(">brother</text>") == 1 and graph.count(">2 sons</text>") == 1
    relatives = content.split('<ul class="relatives">')[1].split("</ul>")[0]
    [sons] = [item for item in relatives.split("<li") if item.startswith(' class="unnamed">2 sons')]
    assert "(10 years)" in sons and "(20 years)" in sons
    [brother] = [item for item in relatives.split("<li") if item.startswith(' class="unnamed">br')]
    assert "(10 years)" in brother and "(20 years)" in brother
