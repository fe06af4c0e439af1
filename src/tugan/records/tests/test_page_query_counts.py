"""Each main page reads the database a fixed number of times, however many records it shows:
a page that queries once per person, name, event or citation (N+1) fails here."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tugan.records import operations
from tugan.testing import PUBLIC_NAME, make_person, make_source

pytestmark = pytest.mark.django_db

# Queries of each page, anonymous. Signed in, three more: the session, the user and whether
# they have a second factor.
PAGE_QUERIES = {
    # count, persons, their names, their events, their contact reports
    "person list": 5,
    # the person, names, events, their citations, contact reports, relationships, the persons
    # these name and their names, identifiers, the latest custody events
    "person": 10,
    # count, sources
    "source list": 2,
    # the source, its citations
    "source": 2,
    # for names, then sources: the full-text index's window and scores, the visible matches;
    # for names also the names written alike, those names, the persons and their names; for
    # sources also the sources shown
    "search": 11,
}
SIGNED_IN_QUERIES = 3
ROLES = ["anonymous", "researcher", "editor", "editor_confidential"]


def page_paths(world) -> dict[str, str]:
    public = world["persons"]["public"]
    return {
        "person list": "/persons/",
        "person": f"/persons/{public.public_id}/",
        "source list": "/sources/",
        "source": f"/sources/{world['sources']['public'].public_id}/",
        "search": f"/search/?q={PUBLIC_NAME}",
    }


def add_more_of_everything(world, numbers: range) -> None:
    """Give the public person a relative for each number (with names, a cited event and a
    contact report) and an unnamed relative with a cited event; and the lists a source more."""
    public = world["persons"]["public"]
    source = world["sources"]["public"]
    for number in numbers:
        relative = make_person([f"虚构亲属{number}", f"Fictional Relative {number}"])
        operations.add_relationship(public, "sibling", relative, is_published=True)
        event = operations.add_event(
            type="detained",
            person=relative,
            date=datetime.date(2018, number + 1, 1),
            confidentiality="public",
            is_published=True,
        )
        operations.cite_source(source, f"{PUBLIC_NAME}于2018年被拘留", event=event)
        operations.add_contact_report(
            relative,
            "no_answer",
            relative=public,
            date=datetime.date(2019, number + 1, 1),
            is_published=True,
            confidentiality="public",
        )
        unnamed = operations.add_event(
            type="sentenced",
            relative_of=public,
            relation="brother",
            term_years=number + 5,
            confidentiality="public",
            is_published=True,
        )
        operations.cite_source(source, f"{PUBLIC_NAME}于2018年被拘留", event=unnamed)
        make_source(f"虚构报道{number}：{PUBLIC_NAME}的家人在{2019 + number}年失去联系。")


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


@pytest.mark.parametrize("role", ROLES)
def test_each_main_page_makes_the_same_few_queries_however_much_it_shows(client_as, world, role):
    client = client_as(role)
    paths = page_paths(world)
    expected = {
        page: count + (SIGNED_IN_QUERIES if role != "anonymous" else 0)
        for page, count in PAGE_QUERIES.items()
    }
    add_more_of_everything(world, range(1))
    assert {page: count_queries(client, path) for page, path in paths.items()} == expected
    add_more_of_everything(world, range(1, 4))
    assert {page: count_queries(client, path) for page, path in paths.items()} == expected
