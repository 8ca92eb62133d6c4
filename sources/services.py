"""Every write to references and their captures, for views, the admin, the API and the tasks.

The capture pipeline, one Celery task run at a time:

    queue_capture ──on_commit──▶ capture_reference task
                                   start_capture   (claims the work: state "fetching", attempt n)
                                   capture         (fetch → WARC → text → Snapshot, outside any lock)
                                   record_retry    (transient failure with attempts left: "retrying")

Each queued capture carries a fresh task id, stored on the reference. A task whose id is no
longer the reference's (the URL changed, or the sweeper queued it again) does nothing, and a
task id makes at most one Snapshot, so a message delivered twice leaves one capture.
"""

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta

from celery import current_app
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import selectors
from .fetching import (
    FetchError,
    FetchPolicy,
    FetchResult,
    extract_text,
    fetch,
    write_warc,
)
from .models import Reference, Snapshot, archive_storage, warc_upload_to

log = logging.getLogger(__name__)
Capture = Reference.Capture


def fetch_policy() -> FetchPolicy:
    return FetchPolicy(
        max_bytes=settings.ARCHIVE_MAX_BYTES,
        connect_timeout=settings.ARCHIVE_CONNECT_TIMEOUT,
        read_timeout=settings.ARCHIVE_READ_TIMEOUT,
        total_timeout=settings.ARCHIVE_TOTAL_TIMEOUT,
        max_redirects=settings.ARCHIVE_MAX_REDIRECTS,
        allowed_hosts=frozenset(h.lower().strip("[]") for h in settings.ARCHIVE_ALLOWED_HOSTS),
        user_agent=settings.ARCHIVE_USER_AGENT,
    )


# --- Queueing ------------------------------------------------------------------------------------


def _enqueue(reference: Reference, *, fresh: bool) -> None:
    """Mark the reference queued under a new task id and send the task once the data is committed."""
    from .tasks import capture_reference

    now = timezone.now()
    if not reference.url:
        Reference.objects.filter(pk=reference.pk).update(
            capture_state=Capture.NO_URL, capture_task_id="", next_attempt_at=None, state_changed_at=now
        )
        reference.refresh_from_db()
        return
    task_id = str(uuid.uuid4())
    changes = {
        "capture_state": Capture.QUEUED,
        "capture_task_id": task_id,
        "next_attempt_at": None,
        "state_changed_at": now,
    }
    if fresh:
        changes.update(capture_attempts=0, capture_error="")
    with transaction.atomic():
        Reference.objects.filter(pk=reference.pk).update(**changes)
        reference_id = reference.pk

        def send() -> None:
            try:
                capture_reference.apply_async(args=[reference_id], task_id=task_id)
            except Exception:  # broker down: the reference stays queued and the sweeper sends it again
                log.exception(
                    "Could not queue the capture of reference %s; the sweeper will retry.", reference_id
                )

        transaction.on_commit(send)
    reference.refresh_from_db()


def queue_capture(*, reference: Reference, actor=None) -> None:
    """Capture the reference's URL now (in the background when a worker runs, in-process otherwise)."""
    _enqueue(reference, fresh=True)


# --- Capturing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a capture run came to. `retry` means: try again later, attempts are left."""

    state: str
    attempt: int = 0
    failure: FetchError | None = None
    snapshot: Snapshot | None = None

    @property
    def retry(self) -> bool:
        return self.state == Capture.RETRYING


def start_capture(*, reference_id: int, task_id: str) -> Reference | None:
    """Claim the work for this task run, or None when there is nothing to do.

    Nothing to do: the reference is gone or has no URL, a newer capture superseded this
    task, or this task id already made its snapshot (a redelivered message).
    """
    with transaction.atomic():
        reference = Reference.objects.select_for_update().filter(pk=reference_id).first()
        if reference is None or not reference.url:
            return None
        if task_id and reference.capture_task_id and reference.capture_task_id != task_id:
            return None
        if task_id and Snapshot.objects.filter(reference=reference, task_id=task_id).exists():
            return None
        reference.capture_state = Capture.FETCHING
        reference.capture_attempts += 1
        reference.state_changed_at = timezone.now()
        reference.next_attempt_at = None
        reference.save(
            update_fields=[
                "capture_state",
                "capture_attempts",
                "state_changed_at",
                "next_attempt_at",
                "updated_at",
            ]
        )
    return reference


def capture(*, reference: Reference, task_id: str, max_attempts: int) -> Outcome:
    """Fetch the reference's URL, store the WARC and text, and record the result."""
    url = reference.url
    try:
        result = fetch(url, fetch_policy())
        failure = result.failure()
    except FetchError as exc:
        result, failure = None, exc
    if failure is not None:
        return capture_failed(
            reference=reference, task_id=task_id, failure=failure, result=result, max_attempts=max_attempts
        )
    try:
        content = result.decoded_body()
    except FetchError as exc:
        return capture_failed(
            reference=reference, task_id=task_id, failure=exc, result=result, max_attempts=max_attempts
        )
    extracted = extract_text(content, content_type=result.content_type, url=result.final_url)
    warc = write_warc(result)
    warc_name, warc_sha256 = store_warc(warc.filename, warc.content, warc.sha256)
    with transaction.atomic():
        current = _still_ours(reference, task_id, url)
        if current is None:
            return Outcome(state="superseded")
        try:
            with transaction.atomic():
                snapshot = Snapshot.objects.create(
                    reference=current,
                    ok=True,
                    warc_file=warc_name,
                    warc_sha256=warc_sha256,
                    title=extracted.title,
                    text=extracted.text,
                    task_id=task_id,
                    **_result_fields(result),
                )
        except IntegrityError:
            return Outcome(state="duplicate")  # another delivery of this task got there first
        previous = selectors.previous_good_snapshot(current, url=url, before=snapshot)
        changed = previous is not None and previous.sha256 != snapshot.sha256
        if changed:
            Snapshot.objects.filter(pk=snapshot.pk).update(changed_since_last=True)
            snapshot.changed_since_last = True
        now = timezone.now()
        Reference.objects.filter(pk=current.pk).update(
            capture_state=Capture.ARCHIVED,
            capture_error="",
            next_attempt_at=None,
            state_changed_at=now,
            last_archived_at=now,
            page_changed=changed,
            link_rot=False,
            updated_at=now,
        )
    return Outcome(state=Capture.ARCHIVED, attempt=current.capture_attempts, snapshot=snapshot)


def capture_failed(
    *,
    reference: Reference,
    task_id: str,
    failure: FetchError,
    result: FetchResult | None = None,
    max_attempts: int,
) -> Outcome:
    """A failed attempt: worth another try (the task schedules it) or final (recorded now)."""
    attempt = reference.capture_attempts
    if failure.transient and attempt < max_attempts:
        return Outcome(state=Capture.RETRYING, attempt=attempt, failure=failure)
    reason = failure.reason
    if failure.transient:
        reason = f"Gave up after {attempt} attempts. Last: {reason}"
    with transaction.atomic():
        current = _still_ours(reference, task_id, reference.url)
        if current is None:
            return Outcome(state="superseded")
        fields = (
            _result_fields(result)
            if result is not None
            else {"requested_url": reference.url, "fetched_at": timezone.now()}
        )
        try:
            with transaction.atomic():
                snapshot = Snapshot.objects.create(
                    reference=current,
                    ok=False,
                    error=reason,
                    error_class=type(failure).__name__,
                    task_id=task_id,
                    **fields,
                )
        except IntegrityError:
            return Outcome(state="duplicate")
        had_good_capture = selectors.previous_good_snapshot(current, url=reference.url) is not None
        Reference.objects.filter(pk=current.pk).update(
            capture_state=Capture.FAILED,
            capture_error=reason,
            next_attempt_at=None,
            state_changed_at=timezone.now(),
            link_rot=had_good_capture,
            updated_at=timezone.now(),
        )
    return Outcome(state=Capture.FAILED, attempt=attempt, failure=failure, snapshot=snapshot)


def record_retry(*, reference: Reference, task_id: str, failure: FetchError, delay: float) -> None:
    """Show the reference as retrying: which attempt failed, why, and when the next one is."""
    now = timezone.now()
    Reference.objects.filter(pk=reference.pk, capture_task_id__in=[task_id, ""]).update(
        capture_state=Capture.RETRYING,
        capture_error=failure.reason,
        next_attempt_at=now + timedelta(seconds=delay),
        state_changed_at=now,
        updated_at=now,
    )


def _still_ours(reference: Reference, task_id: str, url: str) -> Reference | None:
    """The locked reference, unless a newer capture or a new URL took over while we fetched."""
    current = Reference.objects.select_for_update().filter(pk=reference.pk).first()
    if current is None or current.url != url:
        return None
    if task_id and current.capture_task_id and current.capture_task_id != task_id:
        return None
    return current


def _result_fields(result: FetchResult) -> dict:
    status_failure = result.failure()
    return {
        "requested_url": result.requested_url,
        "final_url": result.final_url,
        "redirect_chain": result.redirect_chain,
        "http_status": result.status,
        "response_headers": result.headers,
        "content_type": result.content_type[:200],
        "size": len(result.body),
        "sha256": result.sha256 if status_failure is None else "",
        "fetched_at": result.fetched_at,
        "duration_ms": result.duration_ms,
    }


def store_warc(filename: str, content: bytes, sha256: str) -> tuple[str, str]:
    """Store a WARC under its payload's SHA-256, once. Returns (name, SHA-256 of the stored file).

    The same payload captured again keeps the first file (as a WARC revisit record would
    point to it); the new Snapshot row still holds its own time, headers and status.
    """
    storage = archive_storage()
    name = warc_upload_to(None, filename)
    if storage.exists(name):
        known = (
            Snapshot.objects.filter(warc_file=name)
            .exclude(warc_sha256="")
            .values_list("warc_sha256", flat=True)
            .first()
        )
        if known:
            return name, known
        with storage.open(name, "rb") as stored:
            return name, hashlib.sha256(stored.read()).hexdigest()
    saved = storage.save(name, ContentFile(content))
    if saved != name:  # another worker stored the same bytes a moment ago
        storage.delete(saved)
    return name, sha256


# --- Schedules -----------------------------------------------------------------------------------


def queue_due_recaptures(*, limit: int = 500) -> int:
    """Capture again every reference last captured more than ARCHIVE_RECAPTURE_DAYS ago."""
    due = list(selectors.references_due_for_recapture(days=settings.ARCHIVE_RECAPTURE_DAYS)[:limit])
    for reference in due:
        _enqueue(reference, fresh=True)
    return len(due)


def sweep_stale_captures(*, limit: int = 500) -> int:
    """Queue again captures nobody is working on (a lost message, a killed worker, an overdue retry)."""
    eager = bool(current_app.conf.task_always_eager)
    stale = list(
        selectors.stale_captures(
            minutes=settings.ARCHIVE_STALE_MINUTES,
            # With a worker, Celery runs the retry itself; without one, only the sweeper does.
            retry_grace_minutes=0 if eager else settings.ARCHIVE_STALE_MINUTES,
        )[:limit]
    )
    for reference in stale:
        _enqueue(reference, fresh=False)
    return len(stale)


__all__ = [
    "Outcome",
    "capture",
    "capture_failed",
    "queue_capture",
    "queue_due_recaptures",
    "record_retry",
    "start_capture",
    "store_warc",
    "sweep_stale_captures",
]
