"""Celery tasks for archiving: thin wrappers around `sources.services`, safe to run twice.

No lost work: messages are acknowledged only after the task ran (acks_late) and go back to
the queue if the worker dies mid-capture (reject_on_worker_lost); whatever still slips
through (a broker outage, a hard time limit) is found by `sweep_stale_captures` on beat.
"""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings

from . import services
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
    max_retries=settings.ARCHIVE_MAX_ATTEMPTS - 1,
    retry_backoff=settings.ARCHIVE_RETRY_BACKOFF,
    retry_backoff_max=settings.ARCHIVE_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    # The fetch has its own total deadline; these catch anything else that hangs.
    soft_time_limit=int(settings.ARCHIVE_TOTAL_TIMEOUT) + 60,
    time_limit=int(settings.ARCHIVE_TOTAL_TIMEOUT) + 120,
)
def capture_reference(self, reference_id: int) -> str:
    task_id = self.request.id or ""
    reference = services.start_capture(reference_id=reference_id, task_id=task_id)
    if reference is None:
        return "nothing to do"
    max_attempts = self.max_retries + 1
    try:
        outcome = services.capture(reference=reference, task_id=task_id, max_attempts=max_attempts)
    except SoftTimeLimitExceeded:
        outcome = services.capture_failed(
            reference=reference,
            task_id=task_id,
            failure=FetchTimeout("The capture ran over its time limit."),
            max_attempts=max_attempts,
        )
    if not outcome.retry:
        return outcome.state
    delay = retry_delay(self, attempt=outcome.attempt, retry_after=outcome.failure.retry_after)
    services.record_retry(reference=reference, task_id=task_id, failure=outcome.failure, delay=delay)
    if self.request.is_eager:
        # In-process (no worker): never hold a web request up waiting; the sweeper tries again.
        return outcome.state
    raise self.retry(countdown=delay)


@shared_task(acks_late=True)
def sweep_stale_captures() -> int:
    return services.sweep_stale_captures()


@shared_task(acks_late=True)
def recapture_due() -> int:
    return services.queue_due_recaptures()
