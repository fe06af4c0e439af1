"""After review, the person page lists unnamed relatives with what happened to them."""

import pytest

from tugan.records import operations
from tugan.records.reading import read_person_detail
from tugan.review import decisions
from tugan.review.tests.fictional import import_family_report
from tugan.testing import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def man(tmp_path, users):
    source = import_family_report(tmp_path)
    for kind in decisions.ACCEPT_ALL_ORDER:
        decisions.accept_all_suggestions(source, kind, by=users["editor"])
    return source.suggestions.get(kind="person").person


def test_the_read_function_groups_unnamed_relatives_by_relation_and_count(man, users):
    page = read_person_detail(users["editor"], man.public_id)
    groups = {group["label"]: group for group in page["unnamed_relatives"]}
    assert sorted(groups) == ["2 brothers", "2 sisters", "family", "parent"]
    [sisters] = groups["2 sisters"]["events"]
    assert sisters["type"] == "disappeared"
    assert sisters["sources"] == [man.citations.model.objects.first().source.public_id]
    # "Two brothers sentenced ... to 12 and 20 years": one group of two, each term its fact.
    assert sorted(fact["years"] or 0 for fact in groups["2 brothers"]["events"]) == [12, 20]


def test_the_family_graph_draws_the_two_brothers_as_one_node_of_two(man, users):
    graph = read_person_detail(users["editor"], man.public_id)["family_graph"]
    unnamed = sorted(node.label for node in graph.nodes if node.is_unnamed)
    assert unnamed == ["2 brothers", "2 sisters", "family", "parent"]


def test_the_person_page_gives_each_brothers_sentence_with_its_quote(client_as, man):
    html = client_as("editor").get(f"/persons/{man.public_id}/").content.decode()
    [brothers] = [line for line in html.split("<li") if line.startswith(' class="unnamed">2 br')]
    assert "(12 years)" in brothers and "(20 years)" in brothers
    assert ">2 brothers</text>" in html and "unnamed brother" not in html.split("Timeline")[0]
    for event in man.relatives_events.filter(term_years__isnull=False):
        assert "12年及20年" in event.citations.get().quote
        assert f'id="event-{event.pk}"' in html


def test_the_person_page_says_2_sisters_disappeared_with_the_source(client_as, man):
    html = client_as("editor").get(f"/persons/{man.public_id}/").content.decode()
    source_id = man.relatives_events.first().citations.first().source.public_id
    assert "2 sisters: " in html
    assert f'disappeared</a>, source <a href="/sources/{source_id}/">{source_id}</a>' in html
    assert "No relatives recorded" not in html


def test_a_named_relative_is_shown_on_both_pages(client_as, man):
    sister = make_person(["虚构妹妹名字"], confidentiality="restricted", is_published=False)
    operations.add_relationship(man, "sibling", sister, confidentiality="restricted")
    client = client_as("editor")
    assert (
        f"/persons/{sister.public_id}/" in client.get(f"/persons/{man.public_id}/").content.decode()
    )
    assert (
        f"/persons/{man.public_id}/" in client.get(f"/persons/{sister.public_id}/").content.decode()
    )


def test_an_anonymous_visitor_sees_no_unpublished_relatives(client, man):
    assert client.get(f"/persons/{man.public_id}/").status_code == 404
