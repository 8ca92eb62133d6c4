"""The report page and the home page list claims that cite archived references without failing."""

import pytest
from django.utils import timezone

from sources.models import Reference, Snapshot
from tests.public.conftest import publish

pytestmark = pytest.mark.django_db


def test_report_and_home_pages_show_claims_whose_references_have_captures(client, claim, checker, editor):
    reference = Reference.objects.create(title="Housing table", url="https://example.org/t")
    reference.claims.add(claim)
    Snapshot.objects.create(
        reference=reference, requested_url=reference.url, ok=True, fetched_at=timezone.now()
    )
    claim = publish(claim, checker=checker, editor=editor)
    assert client.get(f"/reports/{claim.report.slug}/").status_code == 200
    assert client.get("/").status_code == 200
