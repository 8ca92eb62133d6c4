"""A working newsroom for the desk's browser tests: the seed report extracted the way the app does
it, a fact-checker and an editor, a claim waiting for sign-off whose verdict rests on a reference
with no URL (the publishing checklist blocks it), and an archived reference with its capture."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from django.utils import timezone

from tests.conftest import make_user

SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"


@dataclass
class Newsroom:
    report: object
    waiting: object  # needs sign-off; its only reference has no URL
    unlinked: object  # that reference
    archived: object  # a reference with an archived capture
    snapshot: object
    source: object


def build_newsroom() -> Newsroom:
    from claims import services
    from claims.ingest import store_extraction
    from claims.workflow import Status
    from reports.services import import_report_file
    from sources.models import Reference, Snapshot

    report = import_report_file(SEED).report
    store_extraction(report=report)
    checker = make_user("checker", "fact-checkers")
    make_user("editor", "editors")
    claims = list(report.claims.filter(attributions__isnull=False).distinct().order_by("start", "id"))
    waiting, working = claims[0], claims[1]
    waiting.references.clear()
    unlinked = Reference.objects.create(title="The Wall Street Journal's report", publisher="WSJ")
    unlinked.claims.add(waiting)
    waiting = services.change_status(claim=waiting, to=Status.IN_PROGRESS, actor=checker)
    waiting = services.set_verdict(
        claim=waiting, verdict="mostly_true", summary="The Journal's account holds up.", actor=checker
    )
    waiting = services.change_status(claim=waiting, to=Status.NEEDS_SIGNOFF, actor=checker)
    archived = Reference.objects.create(
        title="Kremlin statement",
        publisher="Kremlin",
        url="https://kremlin.example/statement",
        capture_state=Reference.Capture.ARCHIVED,
        last_archived_at=timezone.now(),
    )
    archived.claims.add(working)
    snapshot = Snapshot.objects.create(
        reference=archived,
        requested_url=archived.url,
        final_url=archived.url,
        ok=True,
        http_status=200,
        content_type="text/html",
        title="Statement",
        text="Peskov said the report was false.",
        fetched_at=timezone.now(),
        task_id="desk-browser-test",
    )
    source = waiting.attributions.select_related("source").first().source
    return Newsroom(report, waiting, unlinked, archived, snapshot, source)


@pytest.fixture
def newsroom(transactional_db) -> Newsroom:
    return build_newsroom()
