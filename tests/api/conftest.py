"""API fixtures: clients signed in by token or session, and a published claim with everything around it."""

import pytest
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Attribution, EvidenceNote, StatusChange
from claims.workflow import Status, Verdict
from sources.models import Reference, Snapshot, Source
from tests.factories import freeze_as_published
from tests.workers import worker  # noqa: F401  (a real Celery worker, for the extraction task tests)

SECRET_NOTE = "Internal: the minister's aide is our cousin"


@pytest.fixture(autouse=True)
def generous_throttle(settings):
    """Ordinary API tests are not about throttling; the throttle test sets its own rate."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }


@pytest.fixture
def anon():
    return APIClient()


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.fixture
def checker_api(checker):
    return token_client(checker)


@pytest.fixture
def editor_api(editor):
    return token_client(editor)


@pytest.fixture
def outsider_api(outsider):
    return token_client(outsider)


@pytest.fixture
def source(db):
    return Source.objects.create(name="John Roe", slug="john-roe", kind=Source.Kind.PERSON)


@pytest.fixture
def published_claim(make_claim, source, checker):
    claim = make_claim(
        text="Official figures overstated new homes by 40,000.",
        status=Status.PUBLISHED,
        verdict=Verdict.MOSTLY_FALSE,
        verdict_summary="The overstatement was 4,000, not 40,000.",
        published_at=timezone.now(),
        assignee=checker,
        slug="figures-overstated",
    )
    Attribution.objects.create(
        claim=claim, source=source, role=Attribution.Role.SAID, cue="said", is_primary=True
    )
    EvidenceNote.objects.create(claim=claim, author=checker, text="ONS table 3 shows 4,000.", internal=False)
    EvidenceNote.objects.create(claim=claim, author=checker, text=SECRET_NOTE, internal=True)
    StatusChange.objects.create(
        claim=claim,
        actor=checker,
        field="status",
        from_value="in_progress",
        to_value="needs_signoff",
        note="secret internal history",
    )
    StatusChange.objects.create(
        claim=claim,
        actor=checker,
        field="status",
        from_value="needs_signoff",
        to_value="published",
        internal=False,
    )
    reference = Reference.objects.create(
        title="ONS housing table",
        kind=Reference.Kind.FILING,
        url="https://ons.example.org/table3",
        capture_state="archived",
    )
    reference.claims.add(claim)
    Snapshot.objects.create(
        reference=reference,
        requested_url=reference.url,
        final_url=reference.url + "?v=2",
        sha256="a" * 64,
        fetched_at=timezone.now(),
        ok=True,
        http_status=200,
    )
    Snapshot.objects.create(reference=reference, requested_url=reference.url, ok=False, error="timeout")
    return freeze_as_published(claim)


@pytest.fixture
def draft_claim(make_claim, source):
    claim = make_claim(text="The minister resigned on Monday.", status=Status.IN_PROGRESS, slug="draft-claim")
    Attribution.objects.create(claim=claim, source=source, role=Attribution.Role.REPORTED)
    return claim
