"""Queries per page stay fixed as the desk grows: the dashboard at N and 3N claims (with history,
references and people), the claim desk and the review page at N and 3N of what hangs off a claim."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Attribution, ClaimRelation, EvidenceNote, StatusChange
from claims.workflow import Status
from sources.models import Reference
from tests.conftest import make_user
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db
STATUSES = [Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF, Status.PUBLISHED, Status.DISMISSED]


def queries(client, url, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured.captured_queries)


def grow_desk(make_claim, start: int, count: int) -> None:
    """Claims in every status, spread over people, weeks of history, references in every state."""
    now = timezone.now()
    people = [
        User.objects.filter(username=f"load{i}").first() or make_user(f"load{i}", "fact-checkers")
        for i in range(4)
    ]
    states = [c for c, _ in Reference.Capture.choices]
    for i in range(start, start + count):
        status = STATUSES[i % len(STATUSES)]
        verdict = "false" if status in (Status.NEEDS_SIGNOFF, Status.PUBLISHED) else ""
        claim = make_claim(
            text=f"claim {i}",
            status=status,
            verdict=verdict,
            verdict_summary="x" if verdict else "",
            assignee=people[i % len(people)] if i % 3 else None,
        )
        for days, field, value in ((i % 70 + 3, "status", "in_progress"), (i % 70, "verdict", verdict)):
            change = StatusChange.objects.create(
                claim=claim, actor=people[i % 4], field=field, to_value=value
            )
            StatusChange.objects.filter(pk=change.pk).update(at=now - timedelta(days=days))
        reference = Reference.objects.create(
            title=f"r{i}", url=f"https://example.org/{i}", capture_state=states[i % len(states)]
        )
        reference.claims.add(claim)


def test_dashboard_query_count_is_the_same_at_n_and_3n_claims(client, editor, make_claim):
    client.force_login(editor)
    grow_desk(make_claim, 0, 10)
    at_n = queries(client, reverse("desk:dashboard"))
    grow_desk(make_claim, 10, 20)
    assert queries(client, reverse("desk:dashboard")) == at_n
    assert queries(client, reverse("desk:dashboard"), stuck="2") == at_n


def hang_off(claim, checker, start: int, count: int) -> None:
    """Attributions, notes, references, relations and history on one claim."""
    from tests.factories import ClaimFactory

    for i in range(start, start + count):
        Attribution.objects.create(claim=claim, source=SourceFactory(name=f"Speaker {i}"), role="said")
        EvidenceNote.objects.create(claim=claim, text=f"note {i}", internal=bool(i % 2), author=checker)
        reference = Reference.objects.create(
            title=f"doc {i}", url=f"https://example.org/d{i}" if i % 2 else ""
        )
        reference.claims.add(claim)
        other = ClaimFactory(report=claim.report, text=f"other {i}")
        ClaimRelation.objects.create(
            from_claim=other, to_claim=claim, kind="contradicts", origin="extraction", reviewed=False
        )
        ClaimRelation.objects.create(from_claim=claim, to_claim=other, kind="supports")
        StatusChange.objects.create(claim=claim, actor=checker, field="note", to_value=f"n{i}")


@pytest.mark.parametrize("page", ["desk:claim", "desk:review"])
def test_claim_pages_query_count_is_the_same_at_n_and_3n(client, editor, checker, make_claim, page):
    claim = make_claim(status=Status.NEEDS_SIGNOFF, verdict="false", verdict_summary="No.")
    client.force_login(editor)
    hang_off(claim, checker, 0, 3)
    url = reverse(page, kwargs={"pk": claim.pk})
    at_n = queries(client, url)
    hang_off(claim, checker, 3, 6)
    assert queries(client, url) == at_n
