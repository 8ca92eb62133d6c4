"""Read queries for the queue: its base query, sort orders, search and age buckets.

The filters themselves are defined once in claims/filters.py.
"""

import re
from collections import defaultdict
from functools import cache

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Count, FloatField, Prefetch, QuerySet
from django.db.models.expressions import RawSQL

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
MAX_SEARCH_WORDS = 12
MIN_FUZZY_WORD = 4  # shorter words have too few trigrams to be told apart


def claims_base() -> QuerySet[Claim]:
    # Only what a queue row shows: a duplicate is marked by its duplicate_of_id, never joined.
    return Claim.objects.select_related("report", "assignee")


def claims_for_lists() -> QuerySet[Claim]:
    """claims_base without the columns no list shows: the report's whole body (kilobytes per row,
    which a filter's DISTINCT would sort), its furniture spans and the extractor's own text."""
    return claims_base().defer("extracted_text", "report__body", "report__furniture_spans")


def queue_claims() -> QuerySet[Claim]:
    """The queue's rows: who said each claim (one prefetch for the page) and whether an editor
    sent it back, so the page's query count does not grow with its claims."""
    attributions = Attribution.objects.select_related("source").order_by("-is_primary", "id")
    rows = with_send_back(claims_for_lists())
    return rows.prefetch_related(Prefetch("attributions", queryset=attributions))


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


def prefix_tsquery(query: str) -> str:
    """The words typed, each matched as a prefix ("minis" finds "minister"), all of them required.
    Only letters and digits reach to_tsquery, so no input can make it a syntax error."""
    words = re.findall(r"\w+", query.lower())[:MAX_SEARCH_WORDS]
    return " & ".join(f"{word}:*" for word in words)


def search_claims(qs: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    """Full-text search. On PostgreSQL it reads the stored, GIN-indexed `search_vector` column
    (migration 0012; English stemming, every word a prefix for as-you-type), and ranks only the rows
    the index found (`search_rank`, for sort=rank); when nothing matches as typed, words like the
    ones typed, through pg_trgm (migration 0013), if the database has it. On SQLite, word containment."""
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
        found = qs.filter(matches)
        if has_trigrams() and not _any(found):
            close = _close_words(qs, query)
            return found if close is None else close
        return found.annotate(search_rank=rank)
    for word in query.split():
        qs = qs.filter(text__icontains=word)
    return qs


def _close_words(qs: QuerySet[Claim], query: str) -> QuerySet[Claim] | None:
    """Nothing found as typed: claims with words like each one typed (a misspelt name), through the
    trigram index (`<%`: word similarity over pg_trgm's threshold, 0.6), closest first for sort=rank."""
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) >= MIN_FUZZY_WORD][:MAX_SEARCH_WORDS]
    if not words:
        return None
    column = f"{qs.model._meta.db_table}.text"
    for word in words:
        qs = qs.filter(RawSQL(f"%s <%% {column}", (word,), output_field=BooleanField()))
    closeness = RawSQL(f"word_similarity(%s, {column})", (words[0],), output_field=FloatField())
    return qs.annotate(search_rank=closeness)


def _any(found: QuerySet[Claim]) -> bool:
    # Not .exists(): its LIMIT 1 makes the planner hope to meet a match early in a sequential scan,
    # which reads the whole table exactly when nothing matches. Counting up to a thousand makes it
    # read the GIN index, as the queue's own capped count does.
    return found.order_by()[:1000].count() > 0


@cache
def has_trigrams() -> bool:
    """Whether migration 0013 could create pg_trgm here (asked once per process)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        return cursor.fetchone() is not None


def sources_of_report(report) -> QuerySet:
    """The sources a report's claims carry, with how many claims each."""
    return (
        Source.objects.filter(attributions__claim__report=report)
        .annotate(claim_count=Count("attributions__claim", distinct=True))
        .order_by("-claim_count", "name")
    )
