"""Celery wrappers around claim services: thin, idempotent, retried on a lost worker."""

from celery import shared_task
from django.db import transaction

from core.errors import Busy
from reports.models import Report


@shared_task(
    bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=2, soft_time_limit=300, time_limit=360
)
def extract_report_claims(self, report_id: int) -> str:
    from .ingest import store_extraction

    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        return "report gone"
    try:
        return str(store_extraction(report=report))  # idempotent: a second run creates nothing
    except Busy:
        return "already being extracted"  # the run under way stores the same claims


def queue_extraction(*, report: Report) -> None:
    """Extract a report's claims in the background (in-process when no broker is configured)."""
    Report.objects.filter(pk=report.pk).update(extraction_state=Report.Extraction.PENDING)
    transaction.on_commit(lambda: extract_report_claims.delay(report.pk))
