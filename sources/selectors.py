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
    return Snapshot.objects.select_related("reference", "revisit_of").get(pk=pk)


def previous_good_snapshot(
    reference: Reference, *, url: str, before: Snapshot | None = None
) -> Snapshot | None:
    """The last good capture of this same URL (a new URL starts a new history), without its text:
    a capture only compares hashes with it, and a long document's text is not read back for that."""
    qs = Snapshot.objects.filter(reference=reference, ok=True, requested_url=url).defer("text")
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


def payload_original(reference: Reference, *, sha256: str, final_url: str) -> Snapshot | None:
    """The capture of this reference whose WARC holds this payload for this URL, if one does: a new
    capture of the same bytes then writes a revisit record pointing to it (payload stored once).
    Only the same reference's captures, so a download never carries another reference's records."""
    return (
        Snapshot.objects.filter(
            reference=reference, ok=True, sha256=sha256, final_url=final_url, revisit_of__isnull=True
        )
        .exclude(warc_record_id="")
        .exclude(warc_file="")
        .defer("text")  # a revisit needs the original's record, not its text
        .order_by("id")
        .first()
    )


def stale_captures(
    *,
    now: datetime | None = None,
    running_window: timedelta,
    send_grace: timedelta,
    stale_minutes: int,
) -> QuerySet[Reference]:
    """Captures nobody is working on, told apart by whether their message was ever sent:

    - never sent (the broker was down when it was queued), or a retry left to the sweeper, once due;
    - sent but still queued after `stale_minutes` (a message lost with the broker's data);
    - a retry the broker held (sent) and that is overdue by more than a run lasts;
    - "fetching" for longer than any run lasts: its worker was killed.
    """
    now = now or timezone.now()
    lost = now - running_window
    unsent = Q(capture_sent_at__isnull=True) & (
        Q(capture_state=Reference.Capture.QUEUED, state_changed_at__lt=now - send_grace)
        | Q(capture_state=Reference.Capture.RETRYING, next_attempt_at__lte=now)
        | Q(capture_state=Reference.Capture.RETRYING, next_attempt_at__isnull=True)
    )
    sent = Q(capture_sent_at__isnull=False) & (
        Q(capture_state=Reference.Capture.QUEUED, capture_sent_at__lt=now - timedelta(minutes=stale_minutes))
        | Q(capture_state=Reference.Capture.RETRYING, next_attempt_at__lte=lost)
    )
    running = Q(capture_state=Reference.Capture.FETCHING) & (
        Q(state_changed_at__lt=lost) | Q(state_changed_at__isnull=True)
    )
    return (
        Reference.objects.exclude(url="").filter(unsent | sent | running).order_by("state_changed_at", "id")
    )
