"""Read queries for the queue: its base query, sort orders, search and age buckets.

The filters themselves are defined once in claims/filters.py.
"""

import re
from collections import defaultdict
from functools import cache

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Count, Expression, FloatField, Prefetch, QuerySet

from core.pagination import COUNT_CAP
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
# Best match first ranks at most this many matches, the newest: as many as the queue counts, so
# the page can say when there were more (see rank_among_newest).
RANKED_AMONG = COUNT_CAP


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


class OnClaims(Expression):
    """SQL over columns Django has no field for (`search_vector`), with `{claims}` standing for the
    claims table under the alias the query gives it: inside a subquery it is renamed, and RawSQL's
    fixed table name would then read the outer query's row."""

    def __init__(self, sql: str, params: tuple, output_field):
        super().__init__(output_field=output_field)
        self.sql, self.params = sql, tuple(params)

    def as_sql(self, compiler, connection):
        claims = compiler.quote_name_unless_alias(compiler.query.base_table)
        return self.sql.replace("{claims}", claims), self.params

    def get_group_by_cols(self):
        return [self]


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
        matches = OnClaims(
            "{claims}.search_vector @@ to_tsquery('english'::regconfig, %s)", (tsquery,), BooleanField()
        )
        rank = OnClaims(
            "ts_rank({claims}.search_vector, to_tsquery('english'::regconfig, %s))", (tsquery,), FloatField()
        )
        found = qs.filter(matches)
        if has_trigrams() and not _any(found):
            close = _close_words(qs, query)
            return found if close is None else close
        return found.annotate(search_rank=rank)
    for word in query.split():
        qs = qs.filter(text__icontains=word)
    return qs


def rank_among_newest(found: QuerySet[Claim], among: int | None = RANKED_AMONG) -> QuerySet[Claim]:
    """Best match first (`search_rank`), equals newest first, among the `among` newest matches
    (in the "Newest first" order), or among every match when `among` is None.

    A text index has no order, so ranking every match scores and sorts all of them: a common word
    in a large archive (6,000 of 100,000 claims) cost more than the rest of the page. Choosing the
    newest reads each match's date but scores and joins only the candidates, and a newsroom wants
    its recent claims first when a word is everywhere. Under the cap this ranks every match."""
    newest = SORTS["-created"]
    if among is not None:
        found = found.filter(pk__in=found.order_by(*newest).values("pk")[:among])
    return found.order_by("-search_rank", *newest)


def _close_words(qs: QuerySet[Claim], query: str) -> QuerySet[Claim] | None:
    """Nothing found as typed: claims with words like each one typed (a misspelt name), through the
    trigram index (`<%`: word similarity over pg_trgm's threshold, 0.6), closest first for sort=rank."""
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) >= MIN_FUZZY_WORD][:MAX_SEARCH_WORDS]
    if not words:
        return None
    for word in words:
        qs = qs.filter(OnClaims("%s <%% {claims}.text", (word,), BooleanField()))
    closeness = OnClaims("word_similarity(%s, {claims}.text)", (words[0],), FloatField())
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
