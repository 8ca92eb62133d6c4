"""Read queries for references and their captures, so query counts are owned in one place."""

from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from claims.models import Claim
from claims.workflow import Status

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
    return Snapshot.objects.select_related("reference").get(pk=pk)


def public_snapshots() -> QuerySet[Snapshot]:
    """Captures readers may see: good ones, of references cited by at least one published claim."""
    published = Claim.objects.filter(references=OuterRef("reference_id"), status=Status.PUBLISHED)
    return Snapshot.objects.filter(ok=True).filter(Exists(published)).select_related("reference")


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
