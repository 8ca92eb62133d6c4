"""Read queries for claims, by page: the queue, the dashboard, references, and the readers' pages.

Each owns its select_related/prefetch_related, so query counts are decided in one place.
"""

from .queue import (
    AGE_BUCKETS,
    DEFAULT_SORT,
    SORTS,
    claims_base,
    claims_for_lists,
    search_claims,
    sources_of_report,
)

__all__ = [
    "AGE_BUCKETS",
    "DEFAULT_SORT",
    "SORTS",
    "claims_base",
    "claims_for_lists",
    "search_claims",
    "sources_of_report",
]
