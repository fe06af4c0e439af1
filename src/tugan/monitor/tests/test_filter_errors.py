"""A filter the monitor, statistics or map page cannot read: its error is shown once, beside its
field, and the page still draws its charts or map without it (status 400).

Every person and report here is FICTIONAL.
"""

import datetime
import re

import pytest

from tugan.records import operations
from tugan.records.places import get_or_create_place
from tugan.testing import make_person

pytestmark = pytest.mark.django_db

# Each page, a filter it takes, a value it cannot read, and how many charts it draws.
BAD_FILTERS = [
    ("/monitor/", "period", "decade", 2),
    ("/monitor/", "ethnicity", "martian", 2),
    ("/monitor/", "place", "Xyz", 2),
    ("/monitor/", "channel", "pigeon", 2),
    ("/monitor/", "since", "2018-13-01", 2),
    ("/monitor/", "until", "last year", 2),
    ("/statistics/", "type", "picnic", 9),
    ("/statistics/", "ethnicity", "martian", 9),
    ("/statistics/", "place", "Xyz", 9),
    ("/statistics/", "gender", "unsaid", 9),
    ("/statistics/", "year", "twenty", 9),
    ("/map/", "measure", "height", 1),
    ("/map/", "level", "village", 1),
    ("/map/", "type", "picnic", 1),
    ("/map/", "ethnicity", "martian", 1),
]
# What each page draws of the five families below, as with no filter.
ILI_DRAWN = {
    "/monitor/": "0 of 5 families reachable",
    "/statistics/": "Ili Kazakh Autonomous Prefecture</text>",
    "/map/": "Ili Kazakh Autonomous Prefecture: 5</title>",
}


@pytest.fixture
def families(db):
    """Five public Kazakh families of Ili, cut off in May 2018."""
    for n in range(5):
        person = make_person(
            [f"虚构的筛选对象{n}"], ethnicity="kazakh", hometown=get_or_create_place("CN-654022")
        )
        operations.add_event(
            type="contact_lost",
            person=person,
            date=datetime.date(2018, 5, 1),
            date_precision="month",
            confidentiality="public",
            is_published=True,
        )


def field_html(html: str, name: str) -> str:
    """Return the filters' <div> that holds the field of this name: its label, input and errors."""
    form = html.split('class="filters"', 1)[1].split("</form>", 1)[0]
    return next(div for div in form.split("<div>")[1:] if f'name="{name}"' in div)


@pytest.mark.parametrize(("path", "field", "value", "charts"), BAD_FILTERS)
def test_a_filter_that_cannot_be_read_is_marked_beside_its_field_and_left_out(
    families, client, path, field, value, charts
):
    response = client.get(path, {field: value})
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count('class="errorlist"') == 1
    assert f'id="id_{field}_error"' in field_html(html, field)
    assert "The filters marked with an error are left out of what is shown below." in html
    assert html.count('class="chart"') == charts
    assert ILI_DRAWN[path] in html
    assert not re.search(rf"[?&;]{field}={re.escape(value)}\b", html.split("</form>", 1)[1])


def test_the_map_draws_its_areas_with_the_other_filters_when_one_is_bad(families, client):
    response = client.get("/map/", {"level": "county", "ethnicity": "martian"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Select a valid choice. martian is not one of the available choices." in html
    assert response.context["result"]["level"] == "county"
    assert 'data-key="CN-654022"' in html
    assert "/statistics/counts.csv?by=county&amp;count=events" in html
    assert "ethnicity=martian" not in html.split("</form>", 1)[1]
