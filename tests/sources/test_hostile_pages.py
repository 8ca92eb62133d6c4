"""Pages built to break a capture end in a clear state: archived when they can be read at all,
"failed" with the reason in words otherwise, never an endless loop and never an orphan file."""

from datetime import timedelta

import pytest
from django.db import DataError
from django.utils import timezone

from sources import schedules, services
from sources.models import Reference, Snapshot
from sources.tasks import capture_reference

pytestmark = pytest.mark.django_db

Capture = Reference.Capture


@pytest.fixture
def capture_now(eager, allow_local, django_capture_on_commit_callbacks, claim):
    def run(url: str) -> Reference:
        reference = Reference.objects.create(title="Hostile page", url=url)
        reference.claims.add(claim)
        with django_capture_on_commit_callbacks(execute=True):
            services.queue_capture(reference=reference)
        reference.refresh_from_db()
        return reference

    return run


def stored_files(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def referenced_files() -> set[str]:
    return set(Snapshot.objects.exclude(warc_file="").values_list("warc_file", flat=True))


def retry_until_settled(reference: Reference, django_capture_on_commit_callbacks) -> Reference:
    """What beat does: send each due retry, until the capture ends one way or the other."""
    for _ in range(capture_reference.max_retries + 2):
        reference.refresh_from_db()
        if reference.capture_state in (Capture.ARCHIVED, Capture.FAILED):
            return reference
        Reference.objects.filter(pk=reference.pk).update(
            next_attempt_at=timezone.now() - timedelta(seconds=1)
        )
        with django_capture_on_commit_callbacks(execute=True):
            schedules.sweep_stale_captures()
    reference.refresh_from_db()
    return reference


def test_text_page_with_an_unknown_charset_is_archived_read_as_utf8(pages, capture_now):
    reference = capture_now(pages.url("/unknown-charset"))
    assert reference.capture_state == Capture.ARCHIVED
    snapshot = reference.snapshots.get()
    assert "Figures revised: 40 000 homes fewer." in snapshot.text
    assert "unknown charset" in snapshot.text_note


def test_page_with_a_nul_byte_is_archived_without_it_in_any_text_column(pages, capture_now):
    snapshot = capture_now(pages.url("/nul")).snapshots.get()
    assert snapshot.ok
    assert snapshot.title == "Housing figures"
    assert "\x00" not in snapshot.text and "Official figures overstated it." in snapshot.text


def test_redirect_to_a_url_over_2000_characters_fails_with_the_reason_and_no_file(
    pages, capture_now, archive_storage
):
    reference = capture_now(pages.url("/to-long-url"))
    assert reference.capture_state == Capture.FAILED
    assert reference.capture_error.startswith("The site redirected to an address 2,1")
    assert reference.capture_error.endswith("characters long, over the 2,000 we keep; capture stopped.")
    assert reference.capture_attempts == 1
    assert stored_files(archive_storage) == set()


def test_over_long_header_is_stored_cut_with_a_note(pages, capture_now):
    snapshot = capture_now(pages.url("/long-header")).snapshots.get()
    assert snapshot.response_headers["X-Tracking"].endswith("[cut: 5,000 characters; the WARC has it whole]")


def test_malformed_html_is_archived(pages, capture_now):
    reference = capture_now(pages.url("/malformed"))
    assert reference.capture_state == Capture.ARCHIVED


def test_a_capture_that_keeps_crashing_fails_at_the_attempt_limit_with_no_orphan_file(
    pages, capture_now, archive_storage, monkeypatch, django_capture_on_commit_callbacks
):
    def database_refuses(*args, **kwargs):
        raise DataError("value too long for type character varying(2000)")

    monkeypatch.setattr(services, "_record_capture", database_refuses)
    reference = retry_until_settled(capture_now(pages.url("/article")), django_capture_on_commit_callbacks)
    assert reference.capture_state == Capture.FAILED
    attempts = capture_reference.max_retries + 1
    assert reference.capture_attempts == attempts
    assert reference.capture_error == (
        f"Gave up after {attempts} attempts. Last: The capture stopped on an unexpected error "
        "(DataError: value too long for type character varying(2000))."
    )
    assert pages.hits["/article"] == attempts
    assert stored_files(archive_storage) == set()


def test_a_capture_whose_worker_dies_every_time_is_not_taken_up_past_the_limit(
    pages, make_reference_in_flight, settings, django_capture_on_commit_callbacks
):
    reference = make_reference_in_flight(pages.url("/article"), attempts=capture_reference.max_retries + 1)
    with django_capture_on_commit_callbacks(execute=True):
        assert schedules.sweep_stale_captures() == 1
    reference.refresh_from_db()
    assert reference.capture_state == Capture.FAILED
    assert "never finished" in reference.capture_error
    assert pages.hits["/article"] == 0


@pytest.fixture
def make_reference_in_flight(eager, allow_local, settings):
    """A reference left "fetching" by a worker that was killed, longer ago than any run lasts."""

    def build(url: str, *, attempts: int) -> Reference:
        lost = timezone.now() - services.running_window() - timedelta(seconds=5)
        return Reference.objects.create(
            title="Killed mid-capture",
            url=url,
            capture_state=Capture.FETCHING,
            capture_task_id="killed",
            capture_attempts=attempts,
            state_changed_at=lost,
        )

    return build


def test_orphan_and_half_written_files_are_removed_once_old(archive_storage, settings):
    from sources.models import archive_storage as storage
    from sources.models import capture_warc_name

    now = timezone.now()
    orphan = capture_warc_name(now)
    half = orphan.rsplit("/", 1)[0] + "/.partial-0-x.warc.gz"
    for name in (orphan, half):
        path = archive_storage / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    assert schedules.remove_orphan_warcs(now=now) == 0  # too new: a capture may be saving it
    later = now + services.running_window() + timedelta(seconds=1)
    assert schedules.remove_orphan_warcs(now=later) == 2
    assert not storage().exists(orphan)
