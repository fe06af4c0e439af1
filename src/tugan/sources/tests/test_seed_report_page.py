"""The seed report's page: body and captions, no related links. The corpus is read, not copied."""

import lxml.html
import pytest

from tugan.core.formats.archive import parse_archived_report
from tugan.sources.importing import import_paths
from tugan.testing import CORPUS

pytestmark = pytest.mark.django_db
SEED = CORPUS / "dev/docs/seed-rfa-2021-03-01.md"


@pytest.mark.corpus
def test_seed_report_page_shows_body_and_captions_but_no_related_links(client_as, users):
    source = import_paths([SEED]).new[0]
    body = lxml.html.fragment_fromstring(parse_archived_report(SEED.read_bytes()).body_html, "div")
    captions = [caption.text_content().strip() for caption in body.iter("figcaption")]
    related_titles = [link.text_content().strip() for link in body.xpath("//ul//a")]
    first_paragraph = body.find("p").text_content().strip()
    html = client_as("editor").get(f"/sources/{source.public_id}/").content.decode()
    assert len(captions) == 2
    assert all(caption in html for caption in captions)
    assert first_paragraph in html
    assert [title for title in related_titles if title] != []
    assert not [title for title in related_titles if title and title in html]
