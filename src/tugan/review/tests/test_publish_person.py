"""The publish and withdraw pages of a person and of a source, on FICTIONAL records."""

import pytest

from tugan.records import operations
from tugan.review import publishing
from tugan.review.models import Publication
from tugan.review.tests.fictional import BROTHER, FICTIONAL_ID, SISTER
from tugan.review.tests.test_publishing import person_named, reviewed_report
from tugan.testing import REVIEWER_PAGE_STATUS, ROLES

pytestmark = pytest.mark.django_db
# Staff are sent back to the publish page after a publish or withdraw; the others are stopped.
POST_STATUS = {
    role: 302 if status == 200 else status for role, status in REVIEWER_PAGE_STATUS.items()
}


@pytest.fixture
def report(tmp_path, users):
    return reviewed_report(tmp_path, users["editor"])


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_preview_publishing(client_as, report, role):
    brother = person_named(BROTHER)
    operations.add_identifier(brother, "resident_id", FICTIONAL_ID)
    operations.add_person_name(brother, "虚构机密别名", confidentiality="confidential")
    for url in [f"/persons/{brother.public_id}/publish/", f"/sources/{report.public_id}/publish/"]:
        response = client_as(role).get(url)
        assert response.status_code == REVIEWER_PAGE_STATUS[role]
        if response.status_code == 200:
            # Even an admin, who may see both, is shown what everyone will see: neither.
            html = response.content.decode()
            assert f'data-person="{brother.public_id}"' in html
            assert FICTIONAL_ID not in html and "虚构机密别名" not in html


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_publish(client_as, report, role):
    brother = person_named(BROTHER)
    response = client_as(role).post(f"/persons/{brother.public_id}/publish/")
    assert response.status_code == POST_STATUS[role]
    assert Publication.objects.exists() == (REVIEWER_PAGE_STATUS[role] == 200)


@pytest.mark.parametrize("kind", ["person", "source"])
@pytest.mark.parametrize("role", ROLES)
def test_only_editors_reviewers_and_admins_may_withdraw(client_as, report, users, role, kind):
    record = person_named(BROTHER) if kind == "person" else report
    publishing.publish(kind, record, by=users["admin"])
    response = client_as(role).post(f"/{kind}s/{record.public_id}/withdraw/")
    assert response.status_code == POST_STATUS[role]
    withdrawn = not Publication.objects.filter(withdrawn_at__isnull=True).exists()
    assert withdrawn == (REVIEWER_PAGE_STATUS[role] == 200)


def test_a_confidential_person_is_not_found_without_clearance(client_as, report):
    brother = person_named(BROTHER)
    brother.confidentiality = "confidential"
    brother.save()
    assert client_as("reviewer").get(f"/persons/{brother.public_id}/publish/").status_code == 404
    page = client_as("editor_confidential").get(f"/persons/{brother.public_id}/publish/")
    assert "is confidential" in page.content.decode()
    assert 'class="publish"' not in page.content.decode()


def test_the_preview_shows_what_everyone_will_see(client_as, report):
    brother = person_named(BROTHER)
    html = client_as("reviewer").get(f"/persons/{brother.public_id}/publish/").content.decode()
    assert f'data-person="{brother.public_id}"' in html
    assert f'data-source="{report.public_id}"' in html
    assert 'data-person="' + person_named(SISTER).public_id not in html
    assert "被捕" in html


def test_publishing_then_withdrawing_from_the_pages(client, client_as, report):
    brother = person_named(BROTHER)
    reviewer = client_as("reviewer")
    response = reviewer.post(f"/persons/{brother.public_id}/publish/", follow=True)
    assert f"Published {brother.public_id}." in response.content.decode()
    assert "Withdraw publication" in response.content.decode()
    reviewer.logout()
    assert client.get(f"/persons/{brother.public_id}/").status_code == 200
    assert client.get(f"/sources/{report.public_id}/").status_code == 200
    client_as("editor").post(f"/persons/{brother.public_id}/withdraw/")
    client.logout()
    assert client.get(f"/persons/{brother.public_id}/").status_code == 404


def test_withdrawing_what_is_not_published_says_so(client_as, report):
    response = client_as("editor").post(f"/sources/{report.public_id}/withdraw/", follow=True)
    assert "has no publication to withdraw" in response.content.decode()


def test_the_preview_states_the_status_as_the_public_page_does(client_as, report):
    brother = person_named(BROTHER)
    reviewer = client_as("reviewer")
    reviewer.cookies["django_language"] = "zh-hans"
    html = reviewer.get(f"/persons/{brother.public_id}/publish/").content.decode()
    preview = html.split(f'data-person="{brother.public_id}"')[1].split("</dl>")[0]
    # In the reader's language, as the person page says it (the stored summary is English).
    assert "<dt>状况</dt><dd>被判刑，15 年 (\u20662019\u2069)</dd>" in preview


def test_the_preview_counts_the_citations_it_publishes_apart_from_the_sources_others(
    client_as, report, users
):
    import re

    # The sister is public already: the source's public page cites her facts too.
    publishing.publish("person", person_named(SISTER), by=users["editor"])
    brother = person_named(BROTHER)
    html = client_as("reviewer").get(f"/persons/{brother.public_id}/publish/").content.decode()
    counts = dict(re.findall(r"<li>([^<:]+): (\d+)</li>", html.split('class="publish-counts"')[1]))
    citations = int(counts["Citations (quoted passages)"])
    assert int(counts["Sources quoted"]) == 1
    card = html.split(f'data-source="{report.public_id}"')[1]
    now = int(re.search(r"(\d+) citations? published now", card).group(1))
    in_all = int(re.search(r"(\d+) citations? on its public page in all", card).group(1))
    assert now == citations and in_all > now
    assert "facts cited" not in html
