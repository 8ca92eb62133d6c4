"""Capturing a reference in-process (no worker: the laptop default), through the real fetcher."""

import io
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from warcio.archiveiterator import ArchiveIterator

from claims import services as claim_services
from claims.models import StatusChange
from claims.selectors import references as claim_refs
from sources import schedules, services
from sources.models import Reference, Snapshot

from .conftest import article

pytestmark = pytest.mark.django_db

Capture = Reference.Capture


@pytest.fixture
def capture_now(eager, allow_local, django_capture_on_commit_callbacks):
    """Queue a capture and run it in-process once the transaction commits."""

    def run(reference: Reference) -> Reference:
        with django_capture_on_commit_callbacks(execute=True):
            services.queue_capture(reference=reference)
        reference.refresh_from_db()
        return reference

    return run


@pytest.fixture
def make_reference(claim):
    def build(url: str, title: str = "Housing figures revised") -> Reference:
        reference = Reference.objects.create(title=title, kind=Reference.Kind.ARTICLE, url=url)
        reference.claims.add(claim)
        return reference

    return build


def test_queued_capture_ends_archived(pages, make_reference, capture_now):
    reference = capture_now(make_reference(pages.url("/article")))
    assert reference.capture_state == Capture.ARCHIVED
    assert reference.last_archived_at is not None


def test_archived_snapshot_records_the_exchange(pages, make_reference, capture_now):
    reference = capture_now(make_reference(pages.url("/hop/1")))
    snapshot = reference.snapshots.get()
    assert snapshot.ok
    assert snapshot.requested_url == pages.url("/hop/1")
    assert snapshot.final_url == pages.url("/hop/0")
    assert snapshot.redirect_chain[0]["status"] == 302
    assert snapshot.http_status == 200
    assert snapshot.content_type.startswith("text/html")
    assert snapshot.response_headers["Content-Type"].startswith("text/html")
    assert snapshot.size == len(article("After redirects"))
    assert snapshot.fetched_at is not None and snapshot.duration_ms is not None


def test_archived_snapshot_has_title_and_main_text(pages, make_reference, capture_now):
    snapshot = capture_now(make_reference(pages.url("/article"))).snapshots.get()
    assert snapshot.title == "Housing figures revised"
    assert "overstated new homes" in snapshot.text
    assert "Copyright" not in snapshot.text  # page furniture is left out


def test_warc_holds_request_and_response_records_for_the_url(pages, make_reference, capture_now):
    snapshot = capture_now(make_reference(pages.url("/article"))).snapshots.get()
    with snapshot.warc_file.open("rb") as warc:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
            for r in ArchiveIterator(io.BytesIO(warc.read()))
        ]
    assert ("request", pages.url("/article")) in records
    assert ("response", pages.url("/article")) in records


def test_warc_payload_digest_matches_the_snapshot_sha256(pages, make_reference, capture_now):
    import base64

    snapshot = capture_now(make_reference(pages.url("/article"))).snapshots.get()
    with snapshot.warc_file.open("rb") as warc:
        response = next(r for r in ArchiveIterator(warc) if r.rec_type == "response")
        digest = response.rec_headers.get_header("WARC-Payload-Digest")
    assert digest == "sha256:" + base64.b32encode(bytes.fromhex(snapshot.sha256)).decode()


def test_each_capture_has_a_warc_file_of_its_own(pages, make_reference, capture_now):
    one = capture_now(make_reference(pages.url("/article"), title="One")).snapshots.get()
    two = capture_now(make_reference(pages.url("/article"), title="Two")).snapshots.get()
    assert one.warc_file.name != two.warc_file.name
    assert one.warc_file.name.startswith(f"warc/{one.fetched_at:%Y/%m/%d}/")


def test_request_record_states_http_1_1_as_sent(pages, make_reference, capture_now):
    snapshot = capture_now(make_reference(pages.url("/article"))).snapshots.get()
    with snapshot.warc_file.open("rb") as warc:
        request = next(r for r in ArchiveIterator(warc) if r.rec_type == "request")
        headers = request.http_headers
        assert f"{headers.protocol} {headers.statusline}" == "GET /article HTTP/1.1"
        assert request.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"


def test_404_fails_without_retry_with_the_reason_in_words(pages, make_reference, capture_now):
    reference = capture_now(make_reference(pages.url("/missing")))
    assert reference.capture_state == Capture.FAILED
    assert reference.capture_error == "The page was not found (404 Not Found)."
    assert reference.capture_attempts == 1
    assert pages.hits["/missing"] == 1


def test_failed_capture_keeps_a_snapshot_with_the_error_class(pages, make_reference, capture_now):
    snapshot = capture_now(make_reference(pages.url("/missing"))).snapshots.get()
    assert not snapshot.ok
    assert snapshot.http_status == 404
    assert snapshot.error_class == "HTTPFailure"


def test_blocked_address_fails_without_retry(make_reference, capture_now):
    reference = capture_now(make_reference("http://169.254.169.254/latest/meta-data/"))
    assert reference.capture_state == Capture.FAILED
    assert reference.capture_error.startswith("Refused:")
    assert reference.snapshots.get().error_class == "BlockedAddress"


def test_too_large_fails_without_retry(pages, make_reference, capture_now, settings):
    settings.ARCHIVE_MAX_BYTES = 512 * 1024
    reference = capture_now(make_reference(pages.url("/huge")))
    assert reference.capture_state == Capture.FAILED
    assert reference.snapshots.get().error_class == "TooLarge"


def test_eager_transient_failure_records_retrying_without_waiting(pages, make_reference, capture_now):
    started = time.monotonic()
    reference = capture_now(make_reference(pages.url("/flaky")))
    assert time.monotonic() - started < 5
    assert reference.capture_state == Capture.RETRYING
    assert reference.capture_attempts == 1
    assert reference.next_attempt_at > timezone.now()
    assert "503" in reference.capture_error


def test_eager_retry_is_picked_up_by_the_sweeper(
    pages, make_reference, capture_now, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/flaky")))
    Reference.objects.filter(pk=reference.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert schedules.sweep_stale_captures() == 1
    reference.refresh_from_db()
    assert reference.capture_state == Capture.ARCHIVED
    assert reference.capture_attempts == 2


def test_transient_failures_give_up_after_the_attempt_limit(
    pages, make_reference, capture_now, settings, django_capture_on_commit_callbacks
):
    from sources.tasks import capture_reference

    reference = capture_now(make_reference(pages.url("/always-503")))
    for _ in range(capture_reference.max_retries):
        Reference.objects.filter(pk=reference.pk).update(
            next_attempt_at=timezone.now() - timedelta(seconds=1)
        )
        with django_capture_on_commit_callbacks(execute=True):
            schedules.sweep_stale_captures()
    reference.refresh_from_db()
    assert reference.capture_state == Capture.FAILED
    assert reference.capture_error.startswith(f"Gave up after {capture_reference.max_retries + 1} attempts.")


def test_reference_without_url_shows_no_url(make_reference, capture_now):
    reference = capture_now(make_reference(""))
    assert reference.capture_state == Capture.NO_URL
    assert not reference.snapshots.exists()


def test_running_the_same_task_twice_leaves_one_snapshot(pages, make_reference, eager, allow_local):
    from sources.tasks import capture_reference

    reference = make_reference(pages.url("/article"))
    Reference.objects.filter(pk=reference.pk).update(capture_task_id="task-1", capture_state=Capture.QUEUED)
    capture_reference.apply(args=[reference.pk], task_id="task-1")
    capture_reference.apply(args=[reference.pk], task_id="task-1")
    assert Snapshot.objects.filter(reference=reference).count() == 1
    assert pages.hits["/article"] == 1


def test_a_superseded_task_does_nothing(pages, make_reference, eager, allow_local):
    from sources.tasks import capture_reference

    reference = make_reference(pages.url("/article"))
    Reference.objects.filter(pk=reference.pk).update(capture_task_id="newer", capture_state=Capture.QUEUED)
    capture_reference.apply(args=[reference.pk], task_id="older")
    assert not reference.snapshots.exists()
    assert pages.hits["/article"] == 0


# --- Re-capture, change and link rot -------------------------------------------------------------


def _age(reference: Reference, days: int) -> None:
    Reference.objects.filter(pk=reference.pk).update(state_changed_at=timezone.now() - timedelta(days=days))


def _recapture(django_capture_on_commit_callbacks) -> int:
    with django_capture_on_commit_callbacks(execute=True):
        return schedules.queue_due_recaptures()


def test_recapture_is_due_after_the_recapture_days(
    pages, make_reference, capture_now, settings, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    assert _recapture(django_capture_on_commit_callbacks) == 0
    _age(reference, settings.ARCHIVE_RECAPTURE_DAYS + 1)
    assert _recapture(django_capture_on_commit_callbacks) == 1
    assert reference.snapshots.count() == 2


def test_unchanged_page_recaptured_is_a_revisit_of_the_first(
    pages, make_reference, capture_now, settings, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    _age(reference, settings.ARCHIVE_RECAPTURE_DAYS + 1)
    _recapture(django_capture_on_commit_callbacks)
    reference.refresh_from_db()
    newer, older = reference.snapshots.order_by("-id")
    assert newer.revisit_of == older
    assert newer.warc_file.name != older.warc_file.name
    assert not newer.changed_since_last
    assert not reference.page_changed


def test_changed_page_makes_a_snapshot_flagged_changed(
    pages, make_reference, capture_now, settings, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    pages.pages["/article"] = article(body="The figures were revised again on Friday.")
    _age(reference, settings.ARCHIVE_RECAPTURE_DAYS + 1)
    _recapture(django_capture_on_commit_callbacks)
    reference.refresh_from_db()
    newer = reference.snapshots.order_by("-id").first()
    assert newer.changed_since_last
    assert reference.page_changed


def test_page_failing_after_a_success_is_link_rot(
    pages, make_reference, capture_now, settings, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    del pages.pages["/article"]  # now a 404
    _age(reference, settings.ARCHIVE_RECAPTURE_DAYS + 1)
    _recapture(django_capture_on_commit_callbacks)
    reference.refresh_from_db()
    assert reference.capture_state == Capture.FAILED
    assert reference.link_rot


def test_first_capture_failing_is_not_link_rot(pages, make_reference, capture_now):
    assert not capture_now(make_reference(pages.url("/missing"))).link_rot


def test_trouble_shows_on_the_claims_that_cite_it(
    pages, make_reference, capture_now, claim, settings, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    del pages.pages["/article"]
    _age(reference, settings.ARCHIVE_RECAPTURE_DAYS + 1)
    _recapture(django_capture_on_commit_callbacks)
    flagged = claim_refs.annotate_reference_trouble(type(claim).objects.filter(pk=claim.pk)).get()
    assert flagged.cites_link_rot
    assert list(claim_refs.references_in_trouble()) == [reference]


# --- Services others call ------------------------------------------------------------------------


def test_add_reference_records_history_on_the_claim(
    pages, claim, checker, eager, allow_local, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reference = claim_services.add_reference(
            claim=claim,
            title="Ministry statement",
            kind=Reference.Kind.STATEMENT,
            url=pages.url("/article"),
            actor=checker,
        )
    entry = StatusChange.objects.get(claim=claim, field=StatusChange.Field.REFERENCE)
    assert (entry.actor, entry.to_value) == (checker, "Ministry statement")
    assert reference.claims.get() == claim


def test_add_reference_with_url_archives_it(
    pages, claim, eager, allow_local, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reference = claim_services.add_reference(
            claim=claim, title="Ministry statement", kind=Reference.Kind.STATEMENT, url=pages.url("/article")
        )
    reference.refresh_from_db()
    assert reference.capture_state == Capture.ARCHIVED


def test_queue_capture_sends_nothing_before_commit(
    pages, make_reference, eager, allow_local, django_capture_on_commit_callbacks
):
    reference = make_reference(pages.url("/article"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.queue_capture(reference=reference)
    assert reference.capture_state == Capture.QUEUED
    assert len(callbacks) == 1
    assert pages.hits["/article"] == 0


def test_changing_the_url_queues_a_new_capture(
    pages, make_reference, capture_now, checker, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    with django_capture_on_commit_callbacks(execute=True):
        claim_services.update_reference_url(reference=reference, url=pages.url("/text"), actor=checker)
    reference.refresh_from_db()
    assert reference.capture_state == Capture.ARCHIVED
    assert reference.snapshots.order_by("-id").first().requested_url == pages.url("/text")


def test_changing_the_url_is_written_to_the_claims_history(
    pages, make_reference, claim, checker, eager, django_capture_on_commit_callbacks
):
    reference = make_reference("")
    with django_capture_on_commit_callbacks(execute=False):
        claim_services.update_reference_url(reference=reference, url=pages.url("/article"), actor=checker)
    entry = StatusChange.objects.get(claim=claim, field=StatusChange.Field.REFERENCE)
    assert (entry.from_value, entry.to_value) == ("", pages.url("/article"))


def test_clearing_the_url_shows_no_url(
    pages, make_reference, capture_now, django_capture_on_commit_callbacks
):
    reference = capture_now(make_reference(pages.url("/article")))
    with django_capture_on_commit_callbacks(execute=True):
        claim_services.update_reference_url(reference=reference, url="")
    reference.refresh_from_db()
    assert reference.capture_state == Capture.NO_URL
