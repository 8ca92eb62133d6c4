"""A URL stored before the validation layer (a `javascript:` one from the old command line) is
never rendered as a link: not on the reader's pages, in the ClaimReview JSON-LD or the feed, nor
on the desk."""

import pytest

from reports.models import Report
from sources.models import Reference

SCRIPT_URL = "javascript:alert(document.cookie)"

pytestmark = pytest.mark.django_db


@pytest.fixture
def poisoned(published_claim):
    # Written behind the services' back, as the data of an older version could be.
    Report.objects.filter(pk=published_claim.report_id).update(url=SCRIPT_URL)
    Reference.objects.filter(claims=published_claim).update(url="not a url")
    return published_claim


def test_the_readers_claim_page_has_no_script_link(client, poisoned):
    page = client.get(poisoned.get_public_url()).content.decode()
    assert "javascript:" not in page
    assert ">original</a>" not in page


def test_the_readers_report_page_has_no_script_link(client, poisoned):
    page = client.get(f"/reports/{poisoned.report.slug}/").content.decode()
    assert "javascript:" not in page
    assert "Read the original report" not in page


def test_claimreview_and_the_feed_leave_the_url_out(client, poisoned):
    assert "javascript:" not in client.get("/claims/feed.json").content.decode()
    assert '"url": "javascript' not in client.get(poisoned.get_public_url()).content.decode()


def test_the_desk_shows_no_script_link(client, poisoned, checker):
    client.force_login(checker)
    assert 'href="javascript:' not in client.get(f"/desk/reports/{poisoned.report.slug}/").content.decode()
    assert 'href="javascript:' not in client.get(f"/desk/claims/{poisoned.pk}/").content.decode()
