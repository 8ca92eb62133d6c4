"""Captures through a REAL Celery worker on the REAL Redis (REDIS_URL), against the test database.

The worker runs in this process (celery.contrib.testing.worker.start_worker), in a thread
with its own database connections, so it sees the test database (PostgreSQL or SQLite).
It consumes a queue of its own, so a developer's worker on the same Redis cannot steal the
test's tasks (nor the other way round). Every wait polls the database with a deadline.
"""

import uuid
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.db import connections
from django.utils import timezone

from claims import services as claim_services
from sources import services
from sources.models import Reference, Snapshot
from sources.tasks import capture_reference, sweep_stale_captures

from .conftest import wait_for

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]

Capture = Reference.Capture
SETTLED = (Capture.ARCHIVED, Capture.FAILED)


def _close_worker_connections(**_kwargs):
    # The worker thread's connections would otherwise outlive the test database.
    connections.close_all()


@pytest.fixture
def worker(redis_url, settings, allow_local, monkeypatch):
    from config.celery import app

    queue = f"claimcheck-test-{uuid.uuid4().hex[:8]}"
    overrides = {"task_always_eager": False, "broker_url": redis_url, "task_default_queue": queue}
    before = {key: app.conf.get(key) for key in overrides}
    app.conf.update(overrides)
    # Seconds, not the production minutes, between tries.
    monkeypatch.setattr(capture_reference, "retry_backoff", 1)
    task_postrun.connect(_close_worker_connections, weak=False)
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, queues=[queue], shutdown_timeout=30
        ) as w:
            yield w
    finally:
        task_postrun.disconnect(_close_worker_connections)
        app.conf.update(before)


@pytest.fixture
def reference(claim):
    def build(url: str) -> Reference:
        ref = Reference.objects.create(title="Housing figures revised", url=url)
        ref.claims.add(claim)
        return ref

    return build


def settled(ref: Reference, states=SETTLED) -> Reference | None:
    ref.refresh_from_db()
    return ref if ref.capture_state in states else None


def test_capture_through_the_worker_ends_archived_with_a_warc(worker, pages, reference):
    ref = reference(pages.url("/article"))
    services.queue_capture(reference=ref)  # no surrounding transaction: on_commit sends at once
    wait_for(lambda: settled(ref), what="the capture to settle")
    assert ref.capture_state == Capture.ARCHIVED
    snapshot = ref.snapshots.get()
    assert snapshot.warc_file.storage.exists(snapshot.warc_file.name)


def test_503_then_200_is_retried_and_archived_on_attempt_two(worker, pages, reference):
    ref = reference(pages.url("/flaky"))
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref), what="the retried capture to settle")
    assert ref.capture_state == Capture.ARCHIVED
    assert ref.capture_attempts == 2
    assert pages.hits["/flaky"] == 2


def test_retrying_state_shows_attempt_and_next_try(worker, pages, reference, monkeypatch):
    monkeypatch.setattr(capture_reference, "retry_backoff", 30)  # long enough to look at
    ref = reference(pages.url("/always-503"))
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref, (Capture.RETRYING,)), what="the retrying state")
    assert ref.capture_attempts == 1
    assert ref.next_attempt_at > timezone.now()
    claim_services.update_reference_url(reference=ref, url="")  # supersede the scheduled retry


def test_404_fails_without_retry_with_the_reason_in_words(worker, pages, reference):
    ref = reference(pages.url("/missing"))
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref), what="the failed capture")
    assert ref.capture_state == Capture.FAILED
    assert ref.capture_error == "The page was not found (404 Not Found)."
    assert ref.capture_attempts == 1
    assert pages.hits["/missing"] == 1


def test_running_the_task_twice_leaves_one_snapshot(worker, pages, reference):
    ref = reference(pages.url("/article"))
    Reference.objects.filter(pk=ref.pk).update(capture_task_id="twice", capture_state=Capture.QUEUED)
    capture_reference.apply_async(args=[ref.pk], task_id="twice")
    capture_reference.apply_async(args=[ref.pk], task_id="twice")  # a redelivered message
    wait_for(lambda: settled(ref), what="the capture to settle")
    # The second message is taken after the first finished (one solo worker): wait until it is done too.
    wait_for(lambda: not _queue_has_work(worker), what="the queue to drain")
    assert Snapshot.objects.filter(reference=ref).count() == 1
    assert pages.hits["/article"] == 1


def test_sweeper_requeues_a_stale_fetching_reference(worker, pages, reference, settings):
    ref = reference(pages.url("/article"))
    # A worker died mid-capture an hour ago: the reference was left "fetching".
    Reference.objects.filter(pk=ref.pk).update(
        capture_state=Capture.FETCHING,
        capture_task_id="lost",
        capture_attempts=1,
        state_changed_at=timezone.now() - timedelta(minutes=settings.ARCHIVE_STALE_MINUTES + 5),
    )
    sweep_stale_captures.delay()
    wait_for(lambda: settled(ref, (Capture.ARCHIVED,)), what="the swept capture to be archived")
    assert ref.capture_attempts == 2
    assert ref.snapshots.count() == 1


def _queue_has_work(worker) -> bool:
    from celery.worker import state

    return bool(state.active_requests or state.reserved_requests)


# --- Hostile pages and repeat captures, through the worker ------------------------------------------


def files_on_disk(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def files_of_snapshots() -> set[str]:
    return set(Snapshot.objects.exclude(warc_file="").values_list("warc_file", flat=True))


@pytest.mark.parametrize(
    ("path", "state", "error"),
    [
        ("/unknown-charset", Capture.ARCHIVED, ""),
        ("/nul", Capture.ARCHIVED, ""),
        ("/to-long-url", Capture.FAILED, "characters long, over the 2,000 we keep; capture stopped."),
    ],
)
def test_hostile_page_through_the_worker_ends_settled_with_no_orphan_file(
    worker, pages, reference, archive_storage, path, state, error
):
    ref = reference(pages.url(path))
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref), what=f"the capture of {path} to settle")
    assert ref.capture_state == state
    assert ref.capture_error.endswith(error)
    assert ref.capture_attempts == 1
    assert files_on_disk(archive_storage) == files_of_snapshots()


def test_capture_that_crashes_every_time_fails_at_the_limit_through_the_worker(
    worker, pages, reference, archive_storage, monkeypatch
):
    from django.db import DataError

    def database_refuses(*args, **kwargs):
        raise DataError("invalid byte sequence for encoding UTF8: 0x00")

    monkeypatch.setattr(services, "_record_capture", database_refuses)
    ref = reference(pages.url("/article"))
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref), timeout=60, what="the crashing capture to give up")
    attempts = capture_reference.max_retries + 1
    assert (ref.capture_state, ref.capture_attempts) == (Capture.FAILED, attempts)
    assert ref.capture_error.startswith(f"Gave up after {attempts} attempts. Last: The capture stopped on")
    assert pages.hits["/article"] == attempts
    assert files_on_disk(archive_storage) == set()


def test_repeat_capture_through_the_worker_is_a_revisit_that_pywb_replays(
    worker, pages, reference, monkeypatch, client, checker, wayback, tmp_path
):
    from sources.fetching import fetcher

    from .test_revisit_replay import FirstCaptureClock, download, records

    ref = reference(pages.url("/article"))
    with monkeypatch.context() as frozen:
        frozen.setattr(fetcher, "datetime", FirstCaptureClock)
        services.queue_capture(reference=ref)
        wait_for(lambda: settled(ref), what="the first capture")
    services.queue_capture(reference=ref)
    wait_for(lambda: settled(ref) and ref.snapshots.count() == 2, what="the second capture")
    first, second = ref.snapshots.order_by("id")
    assert second.revisit_of == first
    client.force_login(checker)
    warcs = {}
    for name, snapshot in (("first", first), ("second", second)):
        warcs[name] = tmp_path / f"{name}.warc.gz"
        warcs[name].write_bytes(download(client, snapshot))
    assert "revisit" in [kind for kind, _ in records(warcs["second"].read_bytes())]
    pywb = wayback(warcs)
    for name, snapshot in (("first", first), ("second", second)):
        replayed = pywb.replay(name, f"{snapshot.fetched_at:%Y%m%d%H%M%S}", snapshot.final_url)
        assert replayed.content == pages.pages["/article"]
        assert replayed.headers["Memento-Datetime"] == f"{snapshot.fetched_at:%a, %d %b %Y %H:%M:%S GMT}"
