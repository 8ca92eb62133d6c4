"""The all-reports dashboard's claim figures from the tallies PostgreSQL keeps (migration 0014).

Triggers on claims_claim keep four small tables right on every write: claims by (status, verdict);
open, non-duplicate claims by (assignee, status), by (status, day created) and by (status, day last
changed), days in UTC. Reading them costs the same at 1,000 claims as at 100,000.

A figure over a time range ("created 2 to 7 days ago", "no change since a week ago") sums the tally's
whole days strictly inside the range and counts the claims of its boundary day(s) live, with the same
timestamps as the live count, through the indexes on created_at and (status, updated_at): a boundary
day holds a day's claims, not the archive's. So each figure is exactly the live one.

On SQLite, and for one report, the dashboard counts live (claims/selectors/dashboard.py).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Q, QuerySet

from ..models import Claim


def in_use(report) -> bool:
    """Whether the dashboard reads the tallies: all reports, on PostgreSQL."""
    return report is None and connection.vendor == "postgresql"


def _day(at: datetime) -> date:
    return at.astimezone(UTC).date()


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Span:
    """A range of a timestamp ending at `hi` (from after `lo`, or from the first), where `live` is
    the range's condition exactly as the live count writes it."""

    lo: datetime | None
    hi: datetime
    live: Q

    def boundary_days(self) -> set[date]:
        return {_day(self.hi)} | ({_day(self.lo)} if self.lo is not None else set())

    def inner_days(self) -> tuple[date | None, date]:
        """The tally's days strictly inside: after the first (if any), before the last."""
        return (_day(self.lo) if self.lo is not None else None), _day(self.hi)


def _on_days(field: str, days: Iterable[date]) -> Q:
    q = Q(pk__in=[])
    for day in sorted(days):
        q |= Q(**{f"{field}__gte": _start(day), f"{field}__lt": _start(day + timedelta(days=1))})
    return q


def _rows(sql: str, params: Iterable = ()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def status_verdict_counts() -> dict[tuple[str, str], int]:
    """Every claim, by (status, verdict)."""
    return {(s, v): n for s, v, n in _rows("SELECT status, verdict, n FROM claims_tally_total WHERE n <> 0")}


def load_rows() -> list[tuple[str | None, str, int]]:
    """Open, non-duplicate claims as (assignee's username or None, status, count)."""
    users = connection.ops.quote_name(get_user_model()._meta.db_table)
    return _rows(
        f"SELECT u.username, t.status, t.n FROM claims_tally_load t "
        f"LEFT JOIN {users} u ON u.id = t.assignee_id WHERE t.n > 0"
    )


def _inner_sum(span: Span) -> tuple[str, list]:
    after, before = span.inner_days()
    if after is None:
        return "coalesce(sum(n) FILTER (WHERE day < %s), 0)", [before]
    return "coalesce(sum(n) FILTER (WHERE day > %s AND day < %s), 0)", [after, before]


def created_counts(backlog: QuerySet[Claim], spans: dict[str, Span]) -> dict[str, int]:
    """Open, non-duplicate claims (`backlog`) per span of created_at: one tally query, one live."""
    parts = [_inner_sum(span) for span in spans.values()]
    sql = f"SELECT {', '.join(p for p, _ in parts)} FROM claims_tally_created"
    inner = _rows(sql, [param for _, params in parts for param in params])[0]
    days = set().union(*(span.boundary_days() for span in spans.values()))
    live = backlog.filter(_on_days("created_at", days)).aggregate(
        **{
            key: Count("id", filter=span.live & _on_days("created_at", span.boundary_days()))
            for key, span in spans.items()
        }
    )
    return {key: int(n) + live[key] for key, n in zip(spans, inner, strict=True)}


def updated_before_counts(backlog: QuerySet[Claim], before: datetime) -> dict[str, int]:
    """Open, non-duplicate claims (`backlog`) last changed before `before`, by status."""
    sql = "SELECT status, sum(n) FROM claims_tally_updated WHERE day < %s GROUP BY status"
    counts = dict(_rows(sql, [_day(before)]))
    live = (
        backlog.filter(_on_days("updated_at", [_day(before)]), updated_at__lt=before)
        .values_list("status")
        .annotate(n=Count("id"))
    )
    for status, n in live:
        counts[status] = counts.get(status, 0) + n
    return {status: int(n) for status, n in counts.items()}
