"""Read queries for claims, so filters and query counts are owned in one place.

The queue, its CSV export, the dashboard's links and the API all filter with
`filter_claims`, reading the same URL parameters:

    report=<slug> status=<status> verdict=<verdict|none> kind=<kind> source=<slug>
    assignee=<username|me|none> min_score=<0..1> max_score=<0..1> q=<text>
    sort=<-checkworthiness|checkworthiness|created|-created|updated|-updated>
    duplicates=0 (hide duplicates)  signoff=1 (claims waiting for sign-off)
    age=<0-1|2-7|8+> (open claims by days waiting)

Repeated parameters (status=a&status=b) mean "any of".
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from .models import Claim
from .workflow import OPEN_STATUSES, Status

SORTS = {
    "-checkworthiness": ("-checkworthiness", "report_id", "start"),
    "checkworthiness": ("checkworthiness", "report_id", "start"),
    "created": ("created_at", "id"),
    "-created": ("-created_at", "-id"),
    "updated": ("updated_at", "id"),
    "-updated": ("-updated_at", "-id"),
    "reading": ("report_id", "start", "id"),
}
DEFAULT_SORT = "-checkworthiness"
AGE_BUCKETS = {"0-1": (0, 1), "2-7": (2, 7), "8+": (8, None)}


def claims_base() -> QuerySet[Claim]:
    return Claim.objects.select_related("report", "assignee", "duplicate_of")


def _many(params, key: str) -> list[str]:
    getlist = getattr(params, "getlist", None)
    values = getlist(key) if getlist else ([params[key]] if key in params else [])
    return [v for v in (str(x).strip() for x in values) if v]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def search_claims(qs: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    """Full-text search on PostgreSQL (English stemming, ranked); word containment on SQLite."""
    query = query.strip()
    if not query:
        return qs
    if settings.IS_POSTGRES:
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector("text", config="english")
        sq = SearchQuery(query, config="english", search_type="websearch")
        return qs.annotate(search_rank=SearchRank(vector, sq)).filter(search_rank__gt=0)
    for word in query.split():
        qs = qs.filter(text__icontains=word)
    return qs


def filter_claims(params, user=None, base: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    qs = claims_base() if base is None else base
    if reports := _many(params, "report"):
        qs = qs.filter(report__slug__in=reports)
    if statuses := _many(params, "status"):
        qs = qs.filter(status__in=statuses)
    if verdicts := _many(params, "verdict"):
        wanted = Q(verdict__in=[v for v in verdicts if v != "none"])
        if "none" in verdicts:
            wanted |= Q(verdict="")
        qs = qs.filter(wanted)
    if kinds := _many(params, "kind"):
        qs = qs.filter(kind__in=kinds)
    if sources := _many(params, "source"):
        qs = qs.filter(attributions__source__slug__in=sources).distinct()
    if assignees := _many(params, "assignee"):
        wanted = Q(pk__in=[])
        for who in assignees:
            if who == "none":
                wanted |= Q(assignee__isnull=True)
            elif who == "me" and user is not None and user.is_authenticated:
                wanted |= Q(assignee=user)
            else:
                wanted |= Q(assignee__username=who)
        qs = qs.filter(wanted)
    if (low := _float(params.get("min_score"))) is not None:
        qs = qs.filter(checkworthiness__gte=low)
    if (high := _float(params.get("max_score"))) is not None:
        qs = qs.filter(checkworthiness__lte=high)
    if params.get("signoff") in ("1", "true", "on"):
        qs = qs.filter(status=Status.NEEDS_SIGNOFF)
    if (age := params.get("age")) in AGE_BUCKETS:
        lo, hi = AGE_BUCKETS[age]
        now = timezone.now()
        qs = qs.filter(status__in=OPEN_STATUSES, created_at__lte=now - timedelta(days=lo))
        if hi is not None:
            qs = qs.filter(created_at__gt=now - timedelta(days=hi + 1))
    if params.get("duplicates") == "0":
        qs = qs.filter(duplicate_of__isnull=True)
    if query := (params.get("q") or "").strip():
        qs = search_claims(qs, query)
    sort = params.get("sort") or DEFAULT_SORT
    if sort == "rank" and query and settings.IS_POSTGRES:
        return qs.order_by("-search_rank", "id")
    return qs.order_by(*SORTS.get(sort, SORTS[DEFAULT_SORT]))


def sources_of_report(report) -> QuerySet:
    """The sources a report's claims carry, with how many claims each."""
    from sources.models import Source

    return (
        Source.objects.filter(attributions__claim__report=report)
        .annotate(claim_count=Count("attributions__claim", distinct=True))
        .order_by("-claim_count", "name")
    )
