"""What beat runs: re-captures that are due, the sweeper, and clearing files no capture owns."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from . import selectors, services
from .models import Snapshot, archive_storage, capture_warc_name


def remove_orphan_warcs(*, now: datetime | None = None, days: int = 2) -> int:
    """Delete capture files no Snapshot points to (a worker killed between writing the file and
    saving its row), and half-written ones, once they are older than any capture can run."""
    now = now or timezone.now()
    storage = archive_storage()
    removed = 0
    for day in range(days):
        folder = capture_warc_name(now - timedelta(days=day)).rsplit("/", 1)[0]
        if not storage.exists(folder):
            continue
        names = [f"{folder}/{name}" for name in storage.listdir(folder)[1]]
        known = set(Snapshot.objects.filter(warc_file__in=names).values_list("warc_file", flat=True))
        for name in names:
            if name not in known and now - storage.get_modified_time(name) > services.running_window():
                storage.delete(name)
                removed += 1
    return removed


def queue_due_recaptures(*, limit: int = 500) -> int:
    """Capture again every reference last captured more than ARCHIVE_RECAPTURE_DAYS ago."""
    due = list(selectors.references_due_for_recapture(days=settings.ARCHIVE_RECAPTURE_DAYS)[:limit])
    for reference in due:
        services.enqueue(reference, fresh=True)
    return len(due)


def sweep_stale_captures(*, limit: int = 500) -> int:
    """Send again the captures nobody is working on: never sent (the broker was down), a retry
    that is due, sent long ago but never started, or "fetching" longer than any run lasts."""
    stale = list(
        selectors.stale_captures(
            running_window=services.running_window(),
            send_grace=timedelta(seconds=settings.ARCHIVE_SEND_GRACE_SECONDS),
            stale_minutes=settings.ARCHIVE_STALE_MINUTES,
        )[:limit]
    )
    for reference in stale:
        services.enqueue(reference, fresh=False)
    return len(stale)
