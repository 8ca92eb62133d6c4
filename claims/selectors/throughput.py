"""Throughput for the dashboard: verdicts per week and the time from first work to a verdict.

Both read only the last `WEEKS` weeks of verdict history (through the index on
`StatusChange.at`), so the cost follows the desk's recent pace, not its whole history. "First
work" is a claim's first history entry with a person as actor, one indexed lookup per claim
inside the same query.
"""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Max, OuterRef, QuerySet, Subquery
from django.utils import timezone

from ..models import StatusChange

WEEKS = 12


@dataclass(frozen=True)
class TimeToVerdict:
    median: timedelta | None
    claims: int  # how many claims the median is taken over


@dataclass(frozen=True)
class Week:
    start: date  # the Monday the week begins on
    verdicts: int  # verdicts given in the week
    median: timedelta | None  # time from first work to the verdict, for claims that reached it then


def _median(durations: list[timedelta]) -> timedelta | None:
    if not durations:
        return None
    return timedelta(seconds=statistics.median(d.total_seconds() for d in durations))


def first_week(now: datetime) -> date:
    today = timezone.localdate(now)
    return today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)


def _since(now: datetime) -> datetime:
    return timezone.make_aware(datetime.combine(first_week(now), datetime.min.time()))


def _verdicts(report, now: datetime) -> QuerySet[StatusChange]:
    """Verdict entries inside the window, by the index on (field, at); one report's through its claims."""
    rows = StatusChange.objects.filter(field=StatusChange.Field.VERDICT, at__gte=_since(now), at__lte=now)
    return rows if report is None else rows.filter(claim__report=report)


def _verdict_times(report, now: datetime) -> list[tuple[datetime, datetime]]:
    """(first work, the verdict now standing) for claims whose standing verdict was given in the window.

    A correction to a published verdict is not counted as reaching one; a verdict cleared since is
    not counted either."""
    first_work = (
        StatusChange.objects.filter(claim_id=OuterRef("claim_id"), actor__isnull=False)
        .order_by("at", "id")
        .values("at")[:1]
    )
    rows = (
        _verdicts(report, now)
        .filter(actor__isnull=False)
        .exclude(claim__verdict="")
        .values("claim_id")
        .annotate(verdict_at=Max("at"), first_at=Subquery(first_work))
        .order_by()
        .values_list("first_at", "verdict_at")
    )
    return list(rows)


def _week_counts(report, now: datetime) -> dict[date, int]:
    stamps = _verdicts(report, now).values_list("at", flat=True)
    counts: dict[date, int] = {}
    for at in stamps.iterator():
        day = timezone.localdate(at)
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    return counts


def throughput(report, now: datetime) -> tuple[list[Week], TimeToVerdict]:
    """Verdicts per week over the last 12 weeks (this one included), with each week's median time
    to verdict, and the median over the 12 weeks; for one report, or all (`report` None)."""
    counts = _week_counts(report, now)
    by_week: dict[date, list[timedelta]] = {}
    durations = []
    for first_at, verdict_at in _verdict_times(report, now):
        if first_at is None or verdict_at < first_at:
            continue
        day = timezone.localdate(verdict_at)
        by_week.setdefault(day - timedelta(days=day.weekday()), []).append(verdict_at - first_at)
        durations.append(verdict_at - first_at)
    start = first_week(now)
    weeks = []
    for i in range(WEEKS):
        monday = start + timedelta(weeks=i)
        weeks.append(Week(monday, counts.get(monday, 0), _median(by_week.get(monday, []))))
    return weeks, TimeToVerdict(median=_median(durations), claims=len(durations))
