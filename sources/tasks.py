"""Celery tasks for archiving: thin wrappers around `sources.services`, safe to run twice.

No lost work: messages are acknowledged only after the task ran (acks_late) and go back to
the queue if the worker dies mid-capture (reject_on_worker_lost; the broker's visibility
timeout is just longer than the time limit). Whatever still slips through (a broker outage,
a killed worker) is found by `sweep_stale_captures`, which beat runs every minute.
"""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import InterfaceError, OperationalError

from . import schedules, services
from .fetching import FetchTimeout

log = logging.getLogger(__name__)

# A Retry-After longer than this is not waited for in full; the sweeper and recapture take over.
MAX_RETRY_AFTER = 6 * 3600


def retry_delay(task, *, attempt: int, retry_after: float | None) -> float:
    """Exponential backoff with full jitter, at least a second, and never sooner than Retry-After."""
    delay = get_exponential_backoff_interval(
        factor=task.retry_backoff,
        retries=max(0, attempt - 1),
        maximum=task.retry_backoff_max,
        full_jitter=task.retry_jitter,
    )
    delay = max(float(delay), 1.0)
    if retry_after:
        delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER))
    return delay


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    # The database busy or briefly gone (SQLite locked by another process, a dropped connection)
    # before the capture could be claimed or recorded: the whole run is tried again later.
    autoretry_for=(OperationalError, InterfaceError),
    max_retries=settings.ARCHIVE_MAX_ATTEMPTS - 1,
    retry_backoff=settings.ARCHIVE_RETRY_BACKOFF,
    retry_backoff_max=settings.ARCHIVE_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    # The fetch has its own total deadline; these catch anything else that hangs.
    soft_time_limit=settings.ARCHIVE_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.ARCHIVE_TASK_TIME_LIMIT,
)
def capture_reference(self, reference_id: int) -> str:
    task_id = self.request.id or ""
    max_attempts = self.max_retries + 1
    reference = services.start_capture(reference_id=reference_id, task_id=task_id, max_attempts=max_attempts)
    if reference is None:
        return "nothing to do"
    try:
        outcome = services.capture(reference=reference, task_id=task_id, max_attempts=max_attempts)
    except SoftTimeLimitExceeded:
        timeout = FetchTimeout("The capture ran over its time limit.")
        outcome = services.capture_failed(
            reference=reference, task_id=task_id, failure=timeout, max_attempts=max_attempts
        )
    except Exception as exc:  # a hostile page or a bug must end in "failed", not in a loop
        log.exception("Capture of reference %s stopped on an unexpected error.", reference_id)
        outcome = services.capture_crashed(
            reference=reference, task_id=task_id, error=exc, max_attempts=max_attempts
        )
    if not outcome.retry:
        return outcome.state
    delay = retry_delay(self, attempt=outcome.attempt, retry_after=outcome.failure.retry_after)
    services.record_retry(reference=reference, task_id=task_id, failure=outcome.failure, delay=delay)
    # A message the broker holds longer than its visibility timeout is delivered twice, so only
    # short waits go through the broker; longer ones (and in-process runs) are the sweeper's.
    if self.request.is_eager or delay > settings.ARCHIVE_BROKER_RETRY_MAX_SECONDS:
        return outcome.state
    retry = self.retry(countdown=delay, throw=False)
    services.mark_sent(reference_id=reference_id, task_id=task_id)
    raise retry


@shared_task(acks_late=True)
def sweep_stale_captures() -> int:
    return schedules.sweep_stale_captures()


@shared_task(acks_late=True)
def recapture_due() -> int:
    removed = schedules.remove_orphan_warcs()
    if removed:
        log.info("Removed %s orphan WARC file(s).", removed)
    return schedules.queue_due_recaptures()
