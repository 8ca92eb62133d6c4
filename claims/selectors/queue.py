"""Read queries for the queue: its base query, sort orders, search and age buckets.

The filters themselves are defined once in claims/filters.py.
"""

import re

from django.conf import settings
from django.db.models import BooleanField, Count, FloatField, QuerySet
from django.db.models.expressions import RawSQL

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
MAX_SEARCH_WORDS = 12


def claims_base() -> QuerySet[Claim]:
    # Only what a queue row shows: a duplicate is marked by its duplicate_of_id, never joined.
    return Claim.objects.select_related("report", "assignee")


def claims_for_lists() -> QuerySet[Claim]:
    """claims_base without the columns no list shows: the report's whole body (kilobytes per row,
    which a filter's DISTINCT would sort), its furniture spans and the extractor's own text."""
    return claims_base().defer("extracted_text", "report__body", "report__furniture_spans")


def prefix_tsquery(query: str) -> str:
    """The words typed, each matched as a prefix ("minis" finds "minister"), all of them required.
    Only letters and digits reach to_tsquery, so no input can make it a syntax error."""
    words = re.findall(r"\w+", query.lower())[:MAX_SEARCH_WORDS]
    return " & ".join(f"{word}:*" for word in words)


def search_claims(qs: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    """Full-text search. On PostgreSQL it reads the stored, GIN-indexed `search_vector` column
    (migration 0009; English stemming, every word a prefix for as-you-type), and ranks only the rows
    the index found (`search_rank`, for sort=rank). On SQLite, word containment."""
    query = query.strip()
    if not query:
        return qs
    if settings.IS_POSTGRES:
        tsquery = prefix_tsquery(query)
        if not tsquery:
            return qs.none()
        column = f"{qs.model._meta.db_table}.search_vector"
        matches = RawSQL(
            f"{column} @@ to_tsquery('english'::regconfig, %s)", (tsquery,), output_field=BooleanField()
        )
        rank = RawSQL(
            f"ts_rank({column}, to_tsquery('english'::regconfig, %s))", (tsquery,), output_field=FloatField()
        )
        return qs.filter(matches).annotate(search_rank=rank)
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
