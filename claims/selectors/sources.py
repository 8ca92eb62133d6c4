"""People and bodies as the desk sees them: who carries how many claims, and which."""

from django.db.models import Count, Q, QuerySet

from sources.models import Source

from ..models import Attribution
from ..workflow import OPEN_STATUSES, Status


def sources_with_counts(query: str = "") -> QuerySet[Source]:
    """Sources still standing (merged ones fold into theirs), most claims first."""
    qs = Source.objects.filter(merged_into__isnull=True).annotate(
        claim_count=Count("attributions__claim", distinct=True),
        open_count=Count(
            "attributions__claim", filter=Q(attributions__claim__status__in=OPEN_STATUSES), distinct=True
        ),
        published_count=Count(
            "attributions__claim", filter=Q(attributions__claim__status=Status.PUBLISHED), distinct=True
        ),
    )
    for word in query.split():
        qs = qs.filter(Q(name__icontains=word) | Q(description__icontains=word))
    return qs.order_by("-claim_count", "name", "id")


def source_for_desk() -> QuerySet[Source]:
    return Source.objects.select_related("merged_into").prefetch_related("merged_sources")


def attributions_of(source: Source) -> QuerySet[Attribution]:
    """Every claim this source is credited with, and how, in reading order."""
    return (
        Attribution.objects.filter(source=source)
        .select_related("claim", "claim__report", "claim__assignee", "parent__source")
        .order_by("claim__report__title", "claim__start", "claim_id", "id")
    )
