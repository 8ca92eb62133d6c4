"""Read queries for the queue: its base query, sort orders, search and age buckets.

The filters themselves are defined once in claims/filters.py.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Prefetch, QuerySet

from sources.models import Source

from ..models import Attribution, Claim, StatusChange
from ..services.publication import PREPARER_ENTRIES, preparers_in
from ..workflow import ClaimFacts, Move, Status, moves_for
from .handoffs import with_send_back

SORTS = {
    "-checkworthiness": ("-checkworthiness", "report_id", "start"),
    "checkworthiness": ("checkworthiness", "report_id", "start"),
    "created": ("created_at", "id"),
    "-created": ("-created_at", "-id"),
    "updated": ("updated_at", "id"),
    "-updated": ("-updated_at", "-id"),
    "reading": ("report_id", "start", "id"),
    # Needs the `sent_back` annotation (selectors/handoffs.py), which the filter adds for it.
    "sent_back": ("-sent_back", "-checkworthiness", "report_id", "start"),
}
DEFAULT_SORT = "-checkworthiness"
AGE_BUCKETS = {"0-1": (0, 1), "2-7": (2, 7), "8+": (8, None)}


def claims_base() -> QuerySet[Claim]:
    return Claim.objects.select_related("report", "assignee", "duplicate_of")


def queue_claims() -> QuerySet[Claim]:
    """The queue's rows: who said each claim (one prefetch for the page) and whether an editor
    sent it back, so the page's query count does not grow with its claims."""
    attributions = Attribution.objects.select_related("source").order_by("-is_primary", "id")
    return with_send_back(claims_base()).prefetch_related(Prefetch("attributions", queryset=attributions))


def offered_moves(claims: list[Claim], actor) -> dict[int, list[Move]]:
    """The moves the table offers this person on each row (claims/workflow.py moves_for), from one
    query of history for the claims the two-person rule may concern."""
    waiting = [c.pk for c in claims if c.status == Status.NEEDS_SIGNOFF]
    history: dict[int, list[StatusChange]] = defaultdict(list)
    if waiting:
        entries = StatusChange.objects.filter(PREPARER_ENTRIES, claim_id__in=waiting).order_by("at", "id")
        for entry in entries.only("claim_id", "field", "to_value", "note", "actor_id", "at"):
            history[entry.claim_id].append(entry)
    return {
        c.pk: moves_for(
            ClaimFacts(
                status=c.status,
                unpublished_changes=("pending",) if c.update_pending else (),
                preparers=preparers_in(c, history[c.pk]) if c.pk in history else frozenset(),
            ),
            actor,
        )
        for c in claims
    }


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
