"""Freshness of the readers' pages: each page's ETag and Last-Modified, from a cheap query.

`core.caching.cached_page` keeps a rendered page under a key that contains its ETag, so
whatever a page shows must be in its freshness here, or readers would be served a stale copy.
"""

import hashlib
from datetime import datetime

from django.db.models import Count, Max, QuerySet, Sum

from core.caching import Freshness
from reports.models import Report
from sources.models import Reference

from ..models import Claim, StatusChange
from ..workflow import Status
from .public import _disputes, published_claims

# Bump when public templates change shape, so cached pages and ETags from before are not reused.
PUBLIC_PAGE_VERSION = "4"
# What the pages show of a claim's report: an edit to any of them is a new page.
REPORT_SHOWN = ("report__title", "report__publisher", "report__url", "report__byline", "report__published_on")


def _freshness(*parts) -> Freshness:
    stamps = [p for p in parts if isinstance(p, datetime)]
    digest = hashlib.sha256(":".join([PUBLIC_PAGE_VERSION, *map(str, parts)]).encode()).hexdigest()[:32]
    return Freshness(etag=digest, last_modified=max(stamps) if stamps else None)


def _version_row(slug: str) -> dict | None:
    return (
        Claim.objects.filter(status=Status.PUBLISHED, public_version__isnull=False, slug=slug)
        .values(
            "pk",
            "public_version_id",
            "public_version__published_at",
            "public_version__checked_by__byline__updated_at",
            "public_version__published_by__byline__updated_at",
            *REPORT_SHOWN,
        )
        .first()
    )


def card_freshness(slug: str) -> Freshness | None:
    """A share card shows the published version only (its text and verdict) and the site's name."""
    row = _version_row(slug)
    if row is None:
        return None
    return _freshness("card", row["pk"], row["public_version_id"], row["public_version__published_at"])


def claim_freshness(slug: str) -> Freshness | None:
    """A claim page changes with its published version, its byline, the captures and archive state
    of its references, and the published claims that dispute it."""
    row = _version_row(slug)
    if row is None:
        return None
    refs = Reference.objects.filter(published_versions=row["public_version_id"]).aggregate(
        captured=Max("snapshots__created_at"), n=Count("snapshots"), state=Max("state_changed_at")
    )
    disputes = sorted(
        _disputes(row["pk"]).values_list("id", "from_claim__public_version_id", "to_claim__public_version_id")
    )
    return _freshness(*row.values(), refs["n"], refs["captured"], refs["state"], disputes)


def _published_stamp(claims: QuerySet[Claim]) -> tuple:
    agg = claims.aggregate(
        n=Count("id"), versions=Sum("public_version_id"), changed=Max("public_version__published_at")
    )
    return agg["n"], agg["versions"], agg["changed"]


def report_freshness(slug: str) -> Freshness | None:
    shown = [name.removeprefix("report__") for name in REPORT_SHOWN]
    report = Report.objects.filter(slug=slug).values("pk", *shown).first()
    if report is None:
        return None
    n, versions, changed = _published_stamp(published_claims().filter(report=report["pk"]))
    if not n:
        return None
    return _freshness(*report.values(), n, versions, changed)


def site_freshness() -> Freshness:
    n, versions, changed = _published_stamp(published_claims())
    withdrawn = StatusChange.objects.filter(internal=False).aggregate(at=Max("at"))["at"]
    return _freshness(n, versions, changed, withdrawn)
