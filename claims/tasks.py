"""Celery wrappers around claim services: thin, idempotent, retried on a lost worker."""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.errors import Busy
from reports.models import Report

log = logging.getLogger(__name__)
# A queued or running extraction older than this is taken for lost (its worker died, or the broker
# dropped it) and may be requested again; the task's own time limit is 6 minutes.
EXTRACTION_STALE = timedelta(minutes=15)
UNDER_WAY = (Report.Extraction.QUEUED, Report.Extraction.RUNNING)


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
    """Queue a report's extraction for a worker; its progress is written on the report as it goes.

    Refused with Busy (409) while an extraction of the report is queued or running: the claim on
    the report is one conditional UPDATE, so of simultaneous requests exactly one gets through."""
    now = timezone.now()
    under_way = Q(extraction_state__in=UNDER_WAY, extraction_requested_at__gte=now - EXTRACTION_STALE)
    claimed = (
        Report.objects.filter(pk=report.pk)
        .exclude(under_way)
        .update(
            extraction_state=Report.Extraction.QUEUED,
            extraction_requested_at=now,
            extraction_progress=0,
            extraction_step="Waiting for a worker",
            extraction_error="",
            extraction_outcome={},
        )
    )
    if not claimed:
        raise Busy(
            f"Claims are being extracted from “{report.title[:80]}” already; try again when that is done."
        )
    transaction.on_commit(lambda: _send(report.pk))


def _send(report_id: int) -> None:
    try:
        extract_report_claims.delay(report_id)
    except Exception as exc:  # the broker is unreachable: say so on the report instead of waiting forever
        log.warning("extraction of report %s not queued: %s", report_id, exc)
        Report.objects.filter(pk=report_id).update(
            extraction_state=Report.Extraction.FAILED,
            extraction_step="Failed",
            extraction_error="The task queue could not be reached; try again in a moment.",
        )
