"""Read queries for the reader's pages: only published claims and public history ever come out of here.

Nothing here selects assignees, internal notes or internal history, so a template cannot
show them by mistake.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, F, Max, Prefetch, QuerySet

from reports.models import Report
from sources.models import Reference, Snapshot

from .models import Attribution, Claim, EvidenceNote, StatusChange
from .workflow import Status

# Bump when public templates change shape, so cached pages and ETags from before are not reused.
PUBLIC_PAGE_VERSION = "2"


def published_claims() -> QuerySet[Claim]:
    return Claim.objects.filter(status=Status.PUBLISHED).select_related("report")


def with_public_details(qs: QuerySet[Claim]) -> QuerySet[Claim]:
    ok_snapshots = Snapshot.objects.filter(ok=True).order_by(
        F("fetched_at").desc(nulls_last=True), "-created_at", "-id"
    )
    return qs.prefetch_related(
        Prefetch(
            "attributions",
            queryset=Attribution.objects.select_related("source", "parent__source").order_by(
                "-is_primary", "id"
            ),
        ),
        Prefetch("notes", queryset=EvidenceNote.objects.filter(internal=False), to_attr="public_notes"),
        Prefetch("history", queryset=StatusChange.objects.filter(internal=False), to_attr="public_history"),
        Prefetch(
            "references",
            queryset=Reference.objects.order_by("title", "id").prefetch_related(
                Prefetch("snapshots", queryset=ok_snapshots, to_attr="ok_snapshots")
            ),
        ),
    )


def published_claims_with_details() -> QuerySet[Claim]:
    """Published claims with everything a reader may see prefetched (pages and the public API)."""
    return with_public_details(published_claims())


def public_claim(slug: str) -> Claim | None:
    return published_claims_with_details().filter(slug=slug).first()


def claims_for_feed() -> QuerySet[Claim]:
    return (
        published_claims()
        .prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.select_related("source").order_by("-is_primary", "id"),
            )
        )
        .order_by("-published_at", "-id")
    )


def recent_published(limit: int = 30) -> QuerySet[Claim]:
    return published_claims().order_by("-published_at", "-id")[:limit]


def public_report(slug: str) -> tuple[Report, list[Claim]] | None:
    report = Report.objects.filter(slug=slug).first()
    if report is None:
        return None
    claims = list(published_claims().filter(report=report).order_by("start", "id"))
    if not claims:
        # A report with nothing published would only tell readers what the newsroom is checking.
        return None
    return report, claims


def public_corrections(limit: int = 50) -> QuerySet[StatusChange]:
    """Public corrections and unpublications of claims that are published now."""
    return (
        StatusChange.objects.filter(internal=False, claim__status=Status.PUBLISHED)
        .exclude(field=StatusChange.Field.STATUS, to_value=Status.PUBLISHED)
        .select_related("claim")
        .order_by("-at", "-id")[:limit]
    )


@dataclass(frozen=True)
class Freshness:
    """What a cached public page depends on: its ETag and Last-Modified."""

    etag: str
    last_modified: datetime | None


def _freshness(*parts) -> Freshness:
    stamps = [p for p in parts if isinstance(p, datetime)]
    digest = hashlib.sha256(":".join([PUBLIC_PAGE_VERSION, *map(str, parts)]).encode()).hexdigest()[:32]
    return Freshness(etag=digest, last_modified=max(stamps) if stamps else None)


def claim_freshness(slug: str) -> Freshness | None:
    row = published_claims().filter(slug=slug).values("pk", "version", "updated_at").first()
    if row is None:
        return None
    refs = Reference.objects.filter(claims=row["pk"]).aggregate(
        n=Count("id", distinct=True), changed=Max("updated_at"), captured=Max("snapshots__created_at")
    )
    # Sources and attributions are read too; their edits go through services that bump updated_at.
    return _freshness(
        row["pk"], row["version"], row["updated_at"], refs["n"], refs["changed"], refs["captured"]
    )


def report_freshness(slug: str) -> Freshness | None:
    report = Report.objects.filter(slug=slug).values("pk").first()
    if report is None:
        return None
    # Claims ever published: an unpublished one bumps updated_at too, so the page changes with it.
    agg = Claim.objects.filter(report=report["pk"], published_at__isnull=False).aggregate(
        changed=Max("updated_at"), n=Count("id")
    )
    if not agg["n"]:
        return None
    published = published_claims().filter(report=report["pk"]).count()
    return _freshness(report["pk"], agg["changed"], agg["n"], published)


def site_freshness() -> Freshness:
    agg = Claim.objects.filter(published_at__isnull=False).aggregate(changed=Max("updated_at"), n=Count("id"))
    published = published_claims().count()
    return _freshness(agg["changed"], agg["n"], published)
