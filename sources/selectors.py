"""Read queries for references and their captures (the claims that cite them: claims/selectors)."""

from datetime import datetime, timedelta

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from .models import Reference, Snapshot

TROUBLE = Q(link_rot=True) | Q(page_changed=True) | Q(capture_state=Reference.Capture.FAILED)
IN_FLIGHT = (Reference.Capture.QUEUED, Reference.Capture.FETCHING)


def latest_ok_snapshot_prefetch() -> Prefetch:
    return Prefetch(
        "snapshots",
        queryset=Snapshot.objects.filter(ok=True).defer("text").order_by("-fetched_at", "-id"),
        to_attr="ok_snapshots",
    )


def snapshot_for_desk(pk: int) -> Snapshot:
    return Snapshot.objects.select_related("reference").get(pk=pk)


def previous_good_snapshot(
    reference: Reference, *, url: str, before: Snapshot | None = None
) -> Snapshot | None:
    """The last good capture of this same URL (a new URL starts a new history)."""
    qs = Snapshot.objects.filter(reference=reference, ok=True, requested_url=url)
    if before is not None:
        qs = qs.exclude(pk=before.pk)
    return qs.order_by("-fetched_at", "-id").first()


def references_due_for_recapture(*, now: datetime | None = None, days: int) -> QuerySet[Reference]:
    """Captured (or failed) long enough ago to be fetched again."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return (
        Reference.objects.exclude(url="")
        .filter(capture_state__in=(Reference.Capture.ARCHIVED, Reference.Capture.FAILED))
        .filter(Q(state_changed_at__lt=cutoff) | Q(state_changed_at__isnull=True))
        .order_by("state_changed_at", "id")
    )


def stale_captures(
    *, now: datetime | None = None, minutes: int, retry_grace_minutes: int
) -> QuerySet[Reference]:
    """Captures nobody is working on: queued or fetching for too long, or a retry long overdue."""
    now = now or timezone.now()
    stale = now - timedelta(minutes=minutes)
    overdue = now - timedelta(minutes=retry_grace_minutes)
    return (
        Reference.objects.exclude(url="")
        .filter(
            Q(capture_state__in=IN_FLIGHT, state_changed_at__lt=stale)
            | Q(capture_state__in=IN_FLIGHT, state_changed_at__isnull=True)
            | Q(capture_state=Reference.Capture.RETRYING, next_attempt_at__lte=overdue)
        )
        .order_by("state_changed_at", "id")
    )
