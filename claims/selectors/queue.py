"""Read queries for the queue: its base query, sort orders, search and age buckets.

The filters themselves are defined once in claims/filters.py.
"""

from django.conf import settings
from django.db.models import Count, QuerySet

from sources.models import Source

from ..models import Claim

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


def sources_of_report(report) -> QuerySet:
    """The sources a report's claims carry, with how many claims each."""
    return (
        Source.objects.filter(attributions__claim__report=report)
        .annotate(claim_count=Count("attributions__claim", distinct=True))
        .order_by("-claim_count", "name")
    )
