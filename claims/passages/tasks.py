"""Celery wrappers around the passage services: thin, idempotent (results are only recomputed
when stale), retried on a lost worker."""

from celery import shared_task

from . import services


@shared_task(acks_late=True, reject_on_worker_lost=True, max_retries=2, soft_time_limit=300, time_limit=360)
def find_passages(snapshot_id: int) -> int:
    """A capture was stored: rank its passages for every claim citing the page."""
    return services.refresh_capture(snapshot_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, max_retries=2, soft_time_limit=300, time_limit=360)
def refresh_claim_passages(claim_id: int) -> int:
    """A claim's results are stale (reworded, a new reference, a new engine): rank them again."""
    return services.refresh_claim(claim_id)
