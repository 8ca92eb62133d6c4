"""A repeat capture leaves its own trace: its own request, date and address on record, in a revisit
record whose payload is the first capture's; pywb replays both, byte for byte, from each download."""

import io
from datetime import UTC, datetime

import pytest
from django.urls import reverse
from warcio.archiveiterator import ArchiveIterator

from sources import services
from sources.fetching import fetcher
from sources.fetching.warc import payload_digest
from sources.models import Reference

from .conftest import article

pytestmark = pytest.mark.django_db

FIRST_CAPTURE_AT = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)


class FirstCaptureClock(datetime):
    """The first capture is dated FIRST_CAPTURE_AT, so the two differ by more than pywb's
    one-second timestamps without the test having to wait."""

    @classmethod
    def now(cls, tz=None):
        return FIRST_CAPTURE_AT


@pytest.fixture
def captured_twice(pages, claim, eager, allow_local, django_capture_on_commit_callbacks, monkeypatch):
    reference = Reference.objects.create(title="Housing figures revised", url=pages.url("/hop/1"))
    reference.claims.add(claim)
    with monkeypatch.context() as frozen:
        frozen.setattr(fetcher, "datetime", FirstCaptureClock)
        with django_capture_on_commit_callbacks(execute=True):
            services.queue_capture(reference=reference)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_capture(reference=reference)
    return reference.snapshots.order_by("id")


def records(warc: bytes) -> list:
    out = []
    for record in ArchiveIterator(io.BytesIO(warc)):
        record.content_stream().read()
        out.append((record.rec_type, dict(record.rec_headers.headers)))
    return out


def download(client, snapshot) -> bytes:
    response = client.get(reverse("desk:warc", args=[snapshot.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_second_capture_is_a_revisit_of_the_first(captured_twice):
    first, second = captured_twice
    assert (first.revisit_of, second.revisit_of) == (None, first)
    assert first.sha256 == second.sha256


def test_revisit_record_refers_to_the_original_response(captured_twice):
    first, second = captured_twice
    with second.warc_file.open("rb") as warc:
        kinds = records(warc.read())
    revisit = next(headers for kind, headers in kinds if kind == "revisit")
    assert revisit["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert revisit["WARC-Refers-To-Target-URI"] == first.final_url
    assert revisit["WARC-Refers-To-Date"] == first.warc_date
    assert revisit["WARC-Refers-To"] == first.warc_record_id
    assert revisit["WARC-Payload-Digest"] == payload_digest(first.sha256)
    # The payload is stored once: the redirect hop is the only response in the second file.
    assert [h["WARC-Target-URI"] for kind, h in kinds if kind == "response"] == [second.requested_url]


def test_each_download_holds_its_own_capture_dated_and_addressed(client, checker, captured_twice):
    client.force_login(checker)
    first, second = captured_twice
    for snapshot in (first, second):
        own = [
            h for kind, h in records(download(client, snapshot)) if kind in ("request", "response", "revisit")
        ]
        own = [h for h in own if h["WARC-Record-ID"] != first.warc_record_id or snapshot == first]
        # the page's own records carry the capture's date; a redirect hop before it its own, no later
        page = {h["WARC-Date"][:19] for h in own if h["WARC-Target-URI"] == snapshot.final_url}
        assert page == {f"{snapshot.fetched_at:%Y-%m-%dT%H:%M:%S}"}
        assert max(h["WARC-Date"] for h in own) <= snapshot.warc_date
        assert {h["WARC-IP-Address"] for h in own} == {"127.0.0.1"}
    assert first.warc_date.startswith("2026-01-02T03:04:05")


def test_revisit_download_carries_the_original_response_for_replay(client, checker, captured_twice):
    client.force_login(checker)
    first, second = captured_twice
    kinds = records(download(client, second))
    # Per exchange, warcio writes the response, then the request that asked for it.
    hop, page, original = ["response", "request"], ["revisit", "request"], ["response"]
    assert [kind for kind, _ in kinds] == ["warcinfo", *hop, *page, *original]
    assert kinds[-1][1]["WARC-Record-ID"] == first.warc_record_id


def test_pywb_replays_both_captures_byte_for_byte(client, checker, captured_twice, wayback, tmp_path):
    client.force_login(checker)
    first, second = captured_twice
    warcs = {}
    for name, snapshot in (("first", first), ("second", second)):
        warcs[name] = tmp_path / f"{name}.warc.gz"
        warcs[name].write_bytes(download(client, snapshot))
    pywb = wayback(warcs)
    for name, snapshot in (("first", first), ("second", second)):
        replayed = pywb.replay(name, f"{snapshot.fetched_at:%Y%m%d%H%M%S}", snapshot.final_url)
        assert replayed.status_code == 200, replayed.text[:300]
        assert replayed.content == article("After redirects")
        assert replayed.headers["Memento-Datetime"] == f"{snapshot.fetched_at:%a, %d %b %Y %H:%M:%S GMT}"
