"""Read queries for the CSV export: rows in chunks from a server-side cursor, never the whole set.

Rows are plain values, not model instances (building three models per row would cost more than the
rest of the export), the report's body is never read, and each chunk's attributions come in one query
as tuples, so memory stays the size of one chunk however many claims there are.
"""

from collections import defaultdict
from collections.abc import Iterator
from itertools import islice

from django.db import transaction
from django.db.models import QuerySet

from ..models import Attribution, Claim

CHUNK = 1000
COLUMNS = (
    "pk",
    "report__slug",
    "text",
    "status",
    "verdict",
    "verdict_summary",
    "assignee__username",
    "checkworthiness",
    "kind",
    "created_at",
    "updated_at",
    "published_at",
    "slug",
)


def export_rows(
    claims: QuerySet[Claim], *, chunk: int = CHUNK
) -> Iterator[tuple[dict, list[tuple[str, str]]]]:
    """Each claim's COLUMNS with its sources' names and roles (primary first), `chunk` rows at a time."""
    # Inside a transaction the cursor is read as it goes; outside one (autocommit) Django declares it
    # WITH HOLD, and PostgreSQL computes the whole result before the first row. One snapshot, too:
    # the export is consistent even while people keep working.
    with transaction.atomic():
        rows = claims.values(*COLUMNS).iterator(chunk_size=chunk)
        batch = list(islice(rows, chunk))
        while batch:
            credits = credits_by_claim([row["pk"] for row in batch])
            for row in batch:
                yield row, credits.get(row["pk"], [])
            batch = credits = None  # let this chunk go before the next is read: one chunk in memory
            batch = list(islice(rows, chunk))


def credits_by_claim(claim_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    credited = defaultdict(list)
    found = (
        Attribution.objects.filter(claim_id__in=claim_ids)
        .order_by("claim_id", "-is_primary", "id")
        .values_list("claim_id", "source__name", "role")
    )
    for claim_id, name, role in found:
        credited[claim_id].append((name, role))
    return credited
