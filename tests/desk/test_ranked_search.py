"""Best match first past the queue's cap (PostgreSQL): the ranking scores the 1,000 newest matches,
lists them best first (equals newest first), and the queue page says so; the API lists the same claims
in the same order, and the CSV export ranks every match."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from claims.selectors.queue import RANKED_AMONG

pytestmark = pytest.mark.django_db

MATCHES = RANKED_AMONG + 60  # the 60 oldest matches are outside the candidates
NOTICE = f"ranked among the {RANKED_AMONG:,} newest matches"
STRONG_NEW = {5, 300, 900}  # ages (0 is the newest) of claims that say the word three times
STRONG_OLD = {RANKED_AMONG + 10, RANKED_AMONG + 50}  # as strong, but older than every candidate


@pytest.fixture
def harbour_claims(postgres_required, report) -> dict[int, int]:
    """MATCHES claims that mention the harbour, one a minute apart; returns their ids by age."""
    now = timezone.now()
    rows = []
    for age in range(MATCHES):
        said = "harbour harbour harbour" if age in STRONG_NEW | STRONG_OLD else "harbour"
        text = f"The {said} dues rose by {age} percent last year."
        rows.append(Claim(report=report, text=text, extracted_text=text, start=0, end=9, slug=f"h-{age}"))
    made = Claim.objects.bulk_create(rows)
    for age, claim in enumerate(made):  # auto_now_add stamped them all now
        Claim.objects.filter(pk=claim.pk).update(created_at=now - timedelta(minutes=age))
    Claim.objects.create(report=report, text="No match here.", extracted_text="x", start=0, end=1, slug="x")
    return {age: claim.pk for age, claim in enumerate(made)}


def expected_order(ids_by_age: dict[int, int]) -> list[int]:
    """Among the newest RANKED_AMONG: the strong matches first, newest first, then the rest newest first."""
    candidates = range(RANKED_AMONG)
    strong = [ids_by_age[a] for a in candidates if a in STRONG_NEW]
    return strong + [ids_by_age[a] for a in candidates if a not in STRONG_NEW]


@pytest.mark.postgres
def test_ranked_search_past_the_cap_lists_the_best_of_the_newest_and_says_so(client, checker, harbour_claims):
    client.force_login(checker)
    html = client.get(reverse("desk:queue"), {"q": "harbour", "sort": "rank"}).content.decode()
    assert "1,000+ claims match" in html
    assert NOTICE in html
    order = expected_order(harbour_claims)
    listed = [int(pk) for pk in _ticked(html)]
    assert listed == order[:25]
    assert not {harbour_claims[a] for a in STRONG_OLD} & set(listed)


@pytest.mark.postgres
def test_the_last_page_of_a_ranked_search_ends_with_the_candidates(client, checker, harbour_claims):
    client.force_login(checker)
    last = RANKED_AMONG // 25
    html = client.get(reverse("desk:queue"), {"q": "harbour", "sort": "rank", "page": last}).content.decode()
    assert [int(pk) for pk in _ticked(html)] == expected_order(harbour_claims)[-25:]
    assert 'rel="next"' not in html


@pytest.mark.postgres
def test_the_api_lists_the_same_ranking(client, checker, harbour_claims):
    client.force_login(checker)
    body = client.get("/api/v1/desk/claims/", {"q": "harbour", "sort": "rank", "page_size": 100}).json()
    assert body["count"] == RANKED_AMONG
    assert [c["id"] for c in body["results"]] == expected_order(harbour_claims)[:100]


@pytest.mark.postgres
def test_the_export_ranks_every_match(client, checker, harbour_claims):
    client.force_login(checker)
    response = client.get(reverse("desk:export_csv"), {"q": "harbour", "sort": "rank"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == MATCHES
    strong = [harbour_claims[a] for a in sorted(STRONG_NEW | STRONG_OLD)]
    assert [int(r["id"]) for r in rows[: len(strong)]] == strong


@pytest.mark.postgres
def test_under_the_cap_every_match_is_ranked_without_a_notice(postgres_required, client, checker, make_claim):
    weak = make_claim(text="The harbour dues rose.")
    strong = make_claim(text="The harbour, the harbour master said, lost the harbour dues.")
    client.force_login(checker)
    html = client.get(reverse("desk:queue"), {"q": "harbour", "sort": "rank"}).content.decode()
    assert [int(pk) for pk in _ticked(html)] == [strong.pk, weak.pk]
    assert "ranked-among" not in html


def test_sort_by_rank_lists_the_matches_on_any_database(client, checker, make_claim):
    """SQLite has no rank: sort=rank falls back to the default order, and lists only the matches."""
    found = {make_claim(text="The harbour dues rose.").pk, make_claim(text="A harbour closed.").pk}
    make_claim(text="The airport closed.")
    client.force_login(checker)
    html = client.get(reverse("desk:queue"), {"q": "harbour", "sort": "rank"}).content.decode()
    assert {int(pk) for pk in _ticked(html)} == found
    assert "ranked-among" not in html


def _ticked(html: str) -> list[str]:
    """The claim ids of the page's rows, in order (each row's tick box)."""
    return re.findall(r'name="claims" value="(\d+)"', html)
