"""References and captures as the claims see them: which claims cite what, and what readers may open."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from sources.models import Reference, Snapshot
from sources.selectors import TROUBLE, latest_ok_snapshot_prefetch, stale_captures
from sources.services import running_window

from ..models import Claim
from ..workflow import Status

CITING = Prefetch("claims", queryset=Claim.objects.only("id", "text", "slug", "status"))


def stuck_captures(now: datetime | None = None) -> QuerySet:
    """Ids of captures nobody is working on (the sweeper's definition): never sent, lost with the
    broker, or "fetching" long after their worker died."""
    return stale_captures(
        now=now or timezone.now(),
        running_window=running_window(),
        send_grace=timedelta(minutes=2),
        stale_minutes=settings.ARCHIVE_STALE_MINUTES,
    ).values("id")


def in_trouble(now: datetime | None = None) -> Q:
    """Failed, failing (retrying), stuck, rotted or changed: what the desk should look at."""
    return TROUBLE | Q(capture_state=Reference.Capture.RETRYING) | Q(id__in=stuck_captures(now))


def references_in_trouble() -> QuerySet[Reference]:
    """References whose page now fails, has changed since the last capture, could not be captured or
    whose capture is failing or stuck, with the claims that cite them (for the desk and the dashboard)."""
    return (
        Reference.objects.filter(in_trouble())
        .exclude(url="")
        .prefetch_related(CITING)
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


def reference_detail(pk: int) -> Reference:
    return Reference.objects.prefetch_related(
        Prefetch("snapshots", queryset=Snapshot.objects.defer("text").order_by("-created_at", "-id")),
        CITING,
    ).get(pk=pk)


def public_snapshots() -> QuerySet[Snapshot]:
    """Captures readers may see: good ones, of references that a published version cites."""
    published = Claim.objects.filter(
        status=Status.PUBLISHED, public_version__references=OuterRef("reference_id")
    )
    return Snapshot.objects.filter(ok=True).filter(Exists(published)).select_related("reference")


def public_snapshot(pk: int) -> Snapshot:
    return public_snapshots().get(pk=pk)


def references_for_desk(state: str = "") -> QuerySet[Reference]:
    """Every reference with its capture state and the claims citing it; optionally one state only."""
    qs = Reference.objects.prefetch_related(CITING, latest_ok_snapshot_prefetch())
    if state:
        qs = qs.filter(capture_state=state)
    return qs.order_by("-updated_at", "id")
