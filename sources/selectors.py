"""Read queries for references and their captures, so query counts are owned in one place."""

import io
from datetime import datetime, timedelta
from typing import BinaryIO

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from warcio.archiveiterator import ArchiveIterator

from claims.models import Claim
from claims.workflow import Status

from .fetching.decoding import decode_body
from .models import Reference, Snapshot

TROUBLE = Q(link_rot=True) | Q(page_changed=True) | Q(capture_state=Reference.Capture.FAILED)
IN_FLIGHT = (Reference.Capture.QUEUED, Reference.Capture.FETCHING)


def references_in_trouble() -> QuerySet[Reference]:
    """References whose page now fails, has changed since the last capture, or could not be captured,
    with the claims that cite them (for the desk and the dashboard)."""
    return (
        Reference.objects.filter(TROUBLE)
        .exclude(url="")
        .prefetch_related(Prefetch("claims", queryset=Claim.objects.only("id", "text", "slug", "status")))
        .order_by("-link_rot", "-page_changed", "-state_changed_at", "id")
    )


def annotate_reference_trouble(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Adds `cites_link_rot` and `cites_changed_page` to each claim, without a query per claim."""
    cited = Reference.objects.filter(claims=OuterRef("pk"))
    return claims.annotate(
        cites_link_rot=Exists(cited.filter(link_rot=True)),
        cites_changed_page=Exists(cited.filter(page_changed=True)),
    )


def references_for_claim(claim: Claim) -> QuerySet[Reference]:
    return claim.references.prefetch_related(latest_ok_snapshot_prefetch()).order_by("title", "id")


def latest_ok_snapshot_prefetch() -> Prefetch:
    return Prefetch(
        "snapshots",
        queryset=Snapshot.objects.filter(ok=True).defer("text").order_by("-fetched_at", "-id"),
        to_attr="ok_snapshots",
    )


def reference_detail(pk: int) -> Reference:
    return Reference.objects.prefetch_related(
        Prefetch("snapshots", queryset=Snapshot.objects.defer("text").order_by("-created_at", "-id")),
        Prefetch("claims", queryset=Claim.objects.only("id", "text", "slug", "status")),
    ).get(pk=pk)


def snapshot_for_desk(pk: int) -> Snapshot:
    return Snapshot.objects.select_related("reference", "revisit_of").get(pk=pk)


def public_snapshots() -> QuerySet[Snapshot]:
    """Captures readers may see: good ones, of references cited by at least one published claim."""
    published = Claim.objects.filter(references=OuterRef("reference_id"), status=Status.PUBLISHED)
    return (
        Snapshot.objects.filter(ok=True).filter(Exists(published)).select_related("reference", "revisit_of")
    )


def public_snapshot(pk: int) -> Snapshot:
    return public_snapshots().get(pk=pk)


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


# --- A capture's WARC, as downloaded ---------------------------------------------------------------


def capture_warc(snapshot: Snapshot) -> BinaryIO:
    """The capture's own WARC records; for a revisit, followed by the original response record
    (the payload), which replay tools need. Each record is its own gzip member, so the two
    concatenated are one valid WARC file. Raises FileNotFoundError when a file is missing."""
    own = snapshot.warc_file.open("rb")
    original = snapshot.revisit_of
    if original is None:
        return own
    with own:
        content = own.read()
    with original.warc_file.open("rb") as handle:
        return io.BytesIO(content + _raw_record(handle, original.warc_record_id))


def _raw_record(handle: BinaryIO, record_id: str) -> bytes:
    records = ArchiveIterator(handle)
    for record in records:
        if record.rec_headers.get_header("WARC-Record-ID") == record_id:
            records.read_to_end(record)
            offset, length = records.get_record_offset(), records.get_record_length()
            handle.seek(offset)
            return handle.read(length)
    raise FileNotFoundError(f"Record {record_id} is missing from {handle.name}.")


def archived_payload(snapshot: Snapshot, *, limit: int = 64 * 1024 * 1024) -> bytes | None:
    """The final page's body from the capture's WARC, with its content coding (gzip, br) undone;
    None when it is missing or in a coding we do not read."""
    target = snapshot.final_url or snapshot.requested_url
    found = None
    with capture_warc(snapshot) as handle:
        for record in ArchiveIterator(io.BytesIO(handle.read())):
            if record.rec_type == "response":
                coding = record.http_headers.get_header("Content-Encoding") or ""
                body = decode_body(record.raw_stream.read(), coding, limit=limit)
                if record.rec_headers.get_header("WARC-Target-URI") == target or found is None:
                    found = body
    return found
