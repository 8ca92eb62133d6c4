"""Freshness of the readers' pages: each page's ETag and Last-Modified, from a cheap query.

`core.caching.cached_page` keeps a rendered page under a key that contains its ETag, so
whatever a page shows must be in its freshness here, or readers would be served a stale copy.
"""

import hashlib
from datetime import UTC, datetime
from functools import cache

from django.db import connection
from django.db.models import Count, Max, QuerySet, Sum
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from core.caching import Freshness
from reports.models import Report
from sources.models import Reference, Snapshot

from ..models import Byline, Claim, ClaimRelation, PublishedVersion, StatusChange
from ..workflow import Status
from .public import published_claims

# Bump when public templates change shape, so cached pages and ETags from before are not reused.
PUBLIC_PAGE_VERSION = "4"
# What the pages show of a report: an edit to any of them is a new page.
REPORT_SHOWN = ("title", "publisher", "url", "byline", "published_on")


def _freshness(*parts) -> Freshness:
    stamps = [p for p in parts if isinstance(p, datetime)]
    digest = hashlib.sha256(":".join([PUBLIC_PAGE_VERSION, *map(str, parts)]).encode()).hexdigest()[:32]
    return Freshness(etag=digest, last_modified=max(stamps) if stamps else None)


@cache
def _claim_stamp_sql() -> str:
    """One query for everything a claim page shows that can change (see `claim_freshness`).

    Written as SQL, not the ORM: it runs before every cached claim page is served, and building
    the equivalent three ORM queries cost several times what running them does. Table and
    column names come from the models; it runs on SQLite and PostgreSQL alike.
    """
    claim, version = Claim._meta.db_table, PublishedVersion._meta.db_table
    byline, report = Byline._meta.db_table, Report._meta.db_table
    snapshot, reference = Snapshot._meta.db_table, Reference._meta.db_table
    cited = PublishedVersion.references.through._meta.db_table
    relation = ClaimRelation._meta.db_table
    other = "CASE WHEN x.from_claim_id = c.id THEN x.to_claim_id ELSE x.from_claim_id END"
    disputes = (
        f"FROM {relation} x JOIN {claim} o ON o.id = {other} "
        f"WHERE x.kind = '{ClaimRelation.Kind.CONTRADICTS.value}' "
        "AND (x.from_claim_id = c.id OR x.to_claim_id = c.id) "
        f"AND o.status = '{Status.PUBLISHED.value}' AND o.public_version_id IS NOT NULL"
    )
    captures = (
        f"FROM {snapshot} s JOIN {cited} m ON m.reference_id = s.reference_id "
        "WHERE m.publishedversion_id = c.public_version_id"
    )
    return (
        "SELECT c.id, c.public_version_id, v.published_at, bc.updated_at, bp.updated_at, "
        "r.title, r.publisher, r.url, r.byline, r.published_on, "
        f"(SELECT COUNT(s.id) {captures}), (SELECT MAX(s.created_at) {captures}), "
        f"(SELECT MAX(f.state_changed_at) FROM {reference} f JOIN {cited} m ON m.reference_id = f.id "
        "WHERE m.publishedversion_id = c.public_version_id), "
        f"(SELECT COUNT(x.id) {disputes}), (SELECT SUM(x.id) {disputes}), "
        f"(SELECT SUM(o.public_version_id) {disputes}) "
        f"FROM {claim} c JOIN {version} v ON v.id = c.public_version_id "
        f"JOIN {report} r ON r.id = c.report_id "
        f"LEFT JOIN {byline} bc ON bc.user_id = v.checked_by_id "
        f"LEFT JOIN {byline} bp ON bp.user_id = v.published_by_id "
        f"WHERE c.slug = %s AND c.status = '{Status.PUBLISHED.value}'"
    )


# Positions of the timestamps in the stamp: SQLite hands aggregates back as text.
_STAMP_TIMES = (2, 3, 4, 11, 12)


def _as_time(value):
    if isinstance(value, str):
        value = parse_datetime(value)
    if isinstance(value, datetime) and timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value


def _claim_stamp(slug: str) -> list | None:
    with connection.cursor() as cursor:
        cursor.execute(_claim_stamp_sql(), [slug])
        row = cursor.fetchone()
    if row is None:
        return None
    return [_as_time(value) if i in _STAMP_TIMES else value for i, value in enumerate(row)]


def card_freshness(slug: str) -> Freshness | None:
    """A share card shows the published version only (its text and verdict) and the site's name."""
    stamp = _claim_stamp(slug)
    return None if stamp is None else _freshness("card", *stamp[:3])


def claim_freshness(slug: str) -> Freshness | None:
    """A claim page changes with its published version, its byline, the captures and archive state
    of its references, the published claims that dispute it, and what it shows of the report."""
    stamp = _claim_stamp(slug)
    return None if stamp is None else _freshness(*stamp)


def _published_stamp(claims: QuerySet[Claim]) -> tuple:
    agg = claims.aggregate(
        n=Count("id"), versions=Sum("public_version_id"), changed=Max("public_version__published_at")
    )
    return agg["n"], agg["versions"], agg["changed"]


def report_freshness(slug: str) -> Freshness | None:
    report = Report.objects.filter(slug=slug).values("pk", *REPORT_SHOWN).first()
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
