"""The queue never counts what it cannot show: past 1,000 claims it says "1,000+", and pages go on
while there are more (core/pagination.py)."""

import pytest
from django.urls import reverse

from claims.models import Claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_claims(report):
    Claim.objects.bulk_create(
        Claim(report=report, text=f"Claim {n}", extracted_text=f"Claim {n}", start=0, end=10, slug=f"c-{n}")
        for n in range(1030)
    )


def test_past_the_cap_the_count_says_1000_plus(client, checker, many_claims):
    client.force_login(checker)
    html = client.get(reverse("desk:queue")).content.decode()
    assert "1,000+ claims" in html
    assert "Page 1 of 40+" in html
    assert 'rel="next"' in html


def test_pages_past_the_cap_still_read_on_to_the_last(client, checker, many_claims):
    client.force_login(checker)
    page_41 = client.get(reverse("desk:queue"), {"page": 41}).content.decode()
    assert 'rel="next"' in page_41  # claims 1,001 to 1,025 are on page 41; more follow
    last = client.get(reverse("desk:queue"), {"page": 42}).content.decode()
    assert "Page 42</span>" in last and 'rel="next"' not in last
    assert last.count('name="claims"') == 5  # the last five claims, each with its tick box
    beyond = client.get(reverse("desk:queue"), {"page": 99}).content.decode()
    assert "Page 40 of 40+" in beyond  # an empty page falls back to the last counted one


def test_under_the_cap_the_count_is_exact(client, checker, make_claim):
    for n in range(3):
        make_claim(text=f"Claim {n}")
    client.force_login(checker)
    html = client.get(reverse("desk:queue")).content.decode()
    assert "3 claims." in html and "+" not in html.split("claims.")[0][-10:]
