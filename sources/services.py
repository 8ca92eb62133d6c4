"""Every write to references and their captures, for views, the admin, the API and the tasks.

The capture pipeline, one Celery task run at a time:

    queue_capture ──on_commit──▶ send_capture (publish; "sent" noted, or left for the sweeper)
                                   capture_reference task
                                   start_capture   (claims the work: state "fetching", attempt n)
                                   capture         (fetch → WARC → text → Snapshot, outside any lock)
                                   record_retry    (transient failure with attempts left: "retrying")
    schedules.sweep_stale_captures, every minute on beat: sends what was never sent or was lost

Each queued capture carries a fresh task id, stored on the reference. A task whose id is no
longer the reference's (the URL changed, or the sweeper queued it again) does nothing, and a
task id makes at most one Snapshot, so a message delivered twice leaves one capture.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import selectors
from .fetching import (
    FetchError,
    FetchPolicy,
    FetchResult,
    OriginalRecord,
    UnexpectedError,
    extract_text,
    fetch,
    write_warc,
)
from .fetching.columns import clean_text, snapshot_fields
from .fetching.fetcher import MAX_URL_LENGTH, check_url
from .models import Reference, Snapshot, archive_storage, capture_warc_name

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


def enqueue(reference: Reference, *, fresh: bool) -> None:
    """Mark the reference queued under a new task id and send the task once the data is committed."""
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
        "capture_sent_at": None,
        "next_attempt_at": None,
        "state_changed_at": now,
    }
    if fresh:
        changes.update(capture_attempts=0, capture_error="")
    with transaction.atomic():
        Reference.objects.filter(pk=reference.pk).update(**changes)
        reference_id = reference.pk
        transaction.on_commit(lambda: send_capture(reference_id=reference_id, task_id=task_id))
    reference.refresh_from_db()


def send_capture(*, reference_id: int, task_id: str) -> bool:
    """Publish the capture task and note that it was sent. A broker that is down fails fast
    (CELERY_TASK_PUBLISH_RETRY_POLICY); the capture stays queued, unsent, for the sweeper."""
    from .tasks import capture_reference

    try:
        capture_reference.apply_async(args=[reference_id], task_id=task_id)
    except Exception as exc:  # any broker error: the write that queued it has succeeded regardless
        log.warning(
            "Could not send the capture of reference %s (%s); the sweeper sends it when the broker is back.",
            reference_id,
            exc,
        )
        return False
    # Only while still queued: a worker (or an in-process run) may have taken it up already.
    Reference.objects.filter(
        pk=reference_id, capture_task_id=task_id, capture_sent_at=None, capture_state=Capture.QUEUED
    ).update(capture_sent_at=timezone.now())
    return True


def queue_capture(*, reference: Reference, actor=None) -> None:
    """Capture the reference's URL now (in the background when a worker runs, in-process otherwise)."""
    enqueue(reference, fresh=True)


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


def running_window() -> timedelta:
    """Longer than any capture run can last (its hard time limit): a capture "fetching" for
    longer was lost with its worker, and may be taken up again."""
    return timedelta(seconds=settings.ARCHIVE_TASK_TIME_LIMIT + 15)


def start_capture(*, reference_id: int, task_id: str, max_attempts: int) -> Reference | None:
    """Claim the work for this task run, or None when there is nothing to do.

    Nothing to do: the reference is gone or has no URL, a newer capture superseded this task,
    this task id already made its snapshot (a redelivered message), or another delivery of it
    is running now. A capture whose earlier attempts all died mid-way (worker killed, hard
    time limit) fails here once it has had its attempts, instead of being taken up forever.
    """
    with transaction.atomic():
        reference = Reference.objects.select_for_update().filter(pk=reference_id).first()
        if reference is None or not reference.url:
            return None
        if task_id and reference.capture_task_id and reference.capture_task_id != task_id:
            return None
        if task_id and Snapshot.objects.filter(reference=reference, task_id=task_id).exists():
            return None
        now = timezone.now()
        started = reference.state_changed_at
        if reference.capture_state == Capture.FETCHING and started and now - started < running_window():
            return None
        if reference.capture_attempts >= max_attempts:
            reason = (
                f"Gave up after {reference.capture_attempts} attempts: the capture never finished "
                "(the worker stopped or crashed while capturing)."
            )
            _record_failure(reference, task_id=task_id, reason=reason, error_class="CaptureAbandoned")
            return None
        reference.capture_state = Capture.FETCHING
        reference.capture_attempts += 1
        reference.state_changed_at = now
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
    result, content, failure = _fetch(reference.url)
    if failure is not None:
        return capture_failed(
            reference=reference, task_id=task_id, failure=failure, result=result, max_attempts=max_attempts
        )
    extracted = extract_text(content, content_type=result.content_type, url=result.final_url)
    original = selectors.payload_original(reference, sha256=result.sha256, final_url=result.final_url)
    warc = write_warc(result, revisit_of=original_record(original) if original else None)
    name = archive_storage().save(capture_warc_name(result.fetched_at), ContentFile(warc.content))
    try:
        outcome = _record_capture(reference, task_id, result, warc, name, extracted, original)
    except BaseException:
        archive_storage().delete(name)  # a crashed attempt leaves no file behind
        raise
    if outcome.snapshot is None:  # superseded, or another delivery got there first: nobody's file
        archive_storage().delete(name)
    return outcome


def capture_url_now(*, url: str) -> Snapshot:
    """Capture one URL here and now (`manage.py archive_url`): the same fetcher, address rules
    and storage as the worker, one attempt, recorded on the reference with that URL (a new
    one titled with the URL when none has it). Raises FetchError for an address that is not
    web at all, before anything is stored."""
    url = url.strip()
    check_url(url)
    reference = Reference.objects.filter(url=url).order_by("id").first()
    if reference is None:
        reference = Reference.objects.create(title=url[:500], url=url)
    task_id = f"archive-url-{uuid.uuid4()}"
    now = timezone.now()
    Reference.objects.filter(pk=reference.pk).update(
        capture_state=Capture.QUEUED,
        capture_task_id=task_id,
        capture_attempts=0,
        capture_error="",
        capture_sent_at=now,
        next_attempt_at=None,
        state_changed_at=now,
    )
    started = start_capture(reference_id=reference.pk, task_id=task_id, max_attempts=1)
    try:
        outcome = capture(reference=started, task_id=task_id, max_attempts=1)
    except Exception as exc:
        outcome = capture_crashed(reference=started, task_id=task_id, error=exc, max_attempts=1)
    return outcome.snapshot


def _fetch(url: str) -> tuple[FetchResult | None, bytes | None, FetchError | None]:
    result = None
    try:
        result = fetch(url, fetch_policy())
        failure = result.failure()
        return result, (None if failure else result.decoded_body()), failure
    except FetchError as exc:
        return result, None, exc


def original_record(snapshot: Snapshot) -> OriginalRecord:
    return OriginalRecord(
        target_uri=snapshot.final_url, date=snapshot.warc_date, record_id=snapshot.warc_record_id
    )


def _record_capture(reference, task_id, result, warc, name, extracted, original) -> Outcome:
    with transaction.atomic():
        current = _still_ours(reference, task_id, reference.url)
        if current is None:
            return Outcome(state="superseded")
        try:
            with transaction.atomic():
                snapshot = Snapshot.objects.create(
                    reference=current,
                    ok=True,
                    warc_file=name,
                    warc_sha256=warc.sha256,
                    warc_record_id=warc.final_record.record_id,
                    warc_date=warc.final_record.date,
                    revisit_of=original if warc.revisit else None,
                    title=extracted.title,
                    text=extracted.text,
                    text_note=clean_text(extracted.note, 300),
                    task_id=task_id,
                    **snapshot_fields(result),
                )
        except IntegrityError:
            return Outcome(state="duplicate")  # another delivery of this task got there first
        previous = selectors.previous_good_snapshot(current, url=current.url, before=snapshot)
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
        fields = snapshot_fields(result) if result is not None else {}
        snapshot = _record_failure(
            current, task_id=task_id, reason=reason, error_class=type(failure).__name__, fields=fields
        )
    if snapshot is None:
        return Outcome(state="duplicate")
    return Outcome(state=Capture.FAILED, attempt=attempt, failure=failure, snapshot=snapshot)


def capture_crashed(
    *, reference: Reference, task_id: str, error: BaseException, max_attempts: int
) -> Outcome:
    """An error nobody foresaw (a parser's or the database's): retried like a transient failure,
    then failed for good, with what happened in words."""
    shown = clean_text(str(error), 200) or "no message"
    failure = UnexpectedError(
        f"The capture stopped on an unexpected error ({type(error).__name__}: {shown})."
    )
    return capture_failed(reference=reference, task_id=task_id, failure=failure, max_attempts=max_attempts)


def _record_failure(
    current: Reference, *, task_id: str, reason: str, error_class: str, fields: dict | None = None
) -> Snapshot | None:
    """The failed Snapshot and the reference's "failed" state; `current` is locked by the caller."""
    reason = clean_text(reason)
    fields = fields or {"requested_url": current.url[:MAX_URL_LENGTH], "fetched_at": timezone.now()}
    try:
        with transaction.atomic():
            snapshot = Snapshot.objects.create(
                reference=current, ok=False, error=reason, error_class=error_class, task_id=task_id, **fields
            )
    except IntegrityError:
        return None
    had_good_capture = selectors.previous_good_snapshot(current, url=current.url) is not None
    now = timezone.now()
    Reference.objects.filter(pk=current.pk).update(
        capture_state=Capture.FAILED,
        capture_error=reason,
        next_attempt_at=None,
        state_changed_at=now,
        link_rot=had_good_capture,
        updated_at=now,
    )
    return snapshot


def record_retry(*, reference: Reference, task_id: str, failure: FetchError, delay: float) -> None:
    """Show the reference as retrying: which attempt failed, why, and when the next one is.
    Until `mark_sent`, the retry is the sweeper's to send when it is due."""
    now = timezone.now()
    Reference.objects.filter(pk=reference.pk, capture_task_id__in=[task_id, ""]).update(
        capture_state=Capture.RETRYING,
        capture_error=clean_text(failure.reason),
        next_attempt_at=now + timedelta(seconds=delay),
        capture_sent_at=None,
        state_changed_at=now,
        updated_at=now,
    )


def mark_sent(*, reference_id: int, task_id: str) -> None:
    Reference.objects.filter(pk=reference_id, capture_task_id=task_id, capture_sent_at=None).update(
        capture_sent_at=timezone.now()
    )


def _still_ours(reference: Reference, task_id: str, url: str) -> Reference | None:
    """The locked reference, unless a newer capture or a new URL took over while we fetched."""
    current = Reference.objects.select_for_update().filter(pk=reference.pk).first()
    if current is None or current.url != url:
        return None
    if task_id and current.capture_task_id and current.capture_task_id != task_id:
        return None
    return current


__all__ = [
    "Outcome",
    "capture",
    "capture_crashed",
    "capture_failed",
    "capture_url_now",
    "enqueue",
    "mark_sent",
    "queue_capture",
    "record_retry",
    "send_capture",
    "start_capture",
]
