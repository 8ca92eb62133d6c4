"""Celery wrappers around the passage services: thin, idempotent (results are only recomputed
when stale), retried with backoff when the database is briefly away, and on a lost worker."""

from celery import shared_task
from django.db import OperationalError

from . import services

RETRY = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OperationalError,),
    "max_retries": 3,
    "retry_backoff": 10,
    "retry_jitter": True,
    "soft_time_limit": 300,
    "time_limit": 360,
}


@shared_task(**RETRY)
def find_passages(snapshot_id: int) -> int:
    """A capture was stored: rank its passages for every claim citing the page."""
    return services.refresh_capture(snapshot_id)


@shared_task(**RETRY)
def refresh_claim_passages(claim_id: int) -> int:
    """A claim's results are stale (reworded, a new reference, a new engine): rank them again."""
    return services.refresh_claim(claim_id)
