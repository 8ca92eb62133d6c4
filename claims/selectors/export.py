"""Read queries for the CSV export: rows in chunks from a server-side cursor, never the whole set.

Each chunk's attributions come in one query as plain tuples (no model instances: a prefetch ties
every claim to its attributions in reference cycles that only the garbage collector frees, so
memory would climb with the number of rows), and the report's body is never read.
"""

from collections import defaultdict
from collections.abc import Iterator
from itertools import islice

from django.db.models import QuerySet

from ..models import Attribution, Claim

CHUNK = 1000


def export_rows(
    claims: QuerySet[Claim], *, chunk: int = CHUNK
) -> Iterator[tuple[Claim, list[tuple[str, str]]]]:
    """Each claim with its sources' names and roles (primary first), `chunk` rows at a time."""
    rows = claims.defer("extracted_text", "report__body", "report__furniture_spans").iterator(
        chunk_size=chunk
    )
    while batch := list(islice(rows, chunk)):
        credits = credits_by_claim([c.pk for c in batch])
        for claim in batch:
            yield claim, credits.get(claim.pk, [])


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
