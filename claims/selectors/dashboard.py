"""The editor's dashboard figures, for all reports or one, computed in a fixed number of queries.

Every figure carries the queue parameters (claims/filters.py) that select
the claims behind it, so the page can link each number to exactly those claims.
"""

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from reports.models import Report
from sources.models import Reference

from ..models import Claim, StatusChange
from ..workflow import OPEN_STATUSES, Status, Verdict
from .queue import AGE_BUCKETS

TREND_DAYS = 30
OPEN_PARAMS = [("status", s.value) for s in OPEN_STATUSES]


@dataclass(frozen=True)
class Figure:
    """One number on the dashboard and the queue parameters of the claims behind it."""

    key: str
    label: str
    count: int
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Oldest:
    claim: Claim
    days: int
    waited: timedelta


@dataclass(frozen=True)
class TimeToVerdict:
    median: timedelta | None
    claims: int  # how many claims the median is taken over


@dataclass(frozen=True)
class Day:
    day: date
    count: int


@dataclass
class DashboardFigures:
    report: Report | None
    now: datetime
    total: int
    by_status: list[Figure]
    by_verdict: list[Figure]
    open_by_assignee: list[Figure]
    backlog: list[Figure]
    oldest: Oldest | None
    time_to_verdict: TimeToVerdict
    verdicts_per_day: list[Day]
    signoff: list[Claim]
    references_in_trouble: list[Figure]
    scope: tuple[tuple[str, str], ...] = field(default=())

    @property
    def open_count(self) -> int:
        return sum(f.count for f in self.backlog)

    @property
    def verdicts_in_trend(self) -> int:
        return sum(d.count for d in self.verdicts_per_day)

    @property
    def trouble_count(self) -> int:
        return sum(f.count for f in self.references_in_trouble)


def _claims(report: Report | None) -> QuerySet[Claim]:
    qs = Claim.objects.order_by()
    return qs if report is None else qs.filter(report=report)


def _by_status(claims: QuerySet[Claim]) -> list[Figure]:
    counts = dict(claims.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    return [Figure(s.value, s.label, counts.get(s.value, 0), (("status", s.value),)) for s in Status]


def _by_verdict(claims: QuerySet[Claim]) -> list[Figure]:
    counts = dict(claims.values_list("verdict").annotate(n=Count("id")).values_list("verdict", "n"))
    rows = [Figure(v.value, v.label, counts.get(v.value, 0), (("verdict", v.value),)) for v in Verdict]
    rows.append(Figure("none", "No verdict yet", counts.get("", 0), (("verdict", "none"),)))
    return rows


def _open_by_assignee(claims: QuerySet[Claim]) -> list[Figure]:
    rows = (
        claims.filter(status__in=OPEN_STATUSES)
        .values("assignee__username")
        .annotate(n=Count("id"))
        .order_by("-n", "assignee__username")
    )
    figures = []
    for row in rows:
        who = row["assignee__username"]
        figures.append(
            Figure(who or "none", who or "Unassigned", row["n"], (("assignee", who or "none"), *OPEN_PARAMS))
        )
    return figures


def _backlog(claims: QuerySet[Claim], now: datetime) -> list[Figure]:
    """Open claims by whole days waiting since they were created: the same buckets as the queue's age=."""
    aggregates = {}
    for key, (lo, hi) in AGE_BUCKETS.items():
        cond = Q(created_at__lte=now - timedelta(days=lo))
        if hi is not None:
            cond &= Q(created_at__gt=now - timedelta(days=hi + 1))
        aggregates[key] = Count("id", filter=cond)
    counts = claims.filter(status__in=OPEN_STATUSES).aggregate(**aggregates)
    labels = {"0-1": "0–1 days", "2-7": "2–7 days", "8+": "8 days or more"}
    return [Figure(key, labels[key], counts[key], (("age", key),)) for key in AGE_BUCKETS]


def _oldest(claims: QuerySet[Claim], now: datetime) -> Oldest | None:
    claim = (
        claims.filter(status__in=OPEN_STATUSES).select_related("report").order_by("created_at", "id").first()
    )
    if claim is None:
        return None
    waited = now - claim.created_at
    return Oldest(claim=claim, days=waited.days, waited=waited)


def _time_to_verdict(claims: QuerySet[Claim]) -> TimeToVerdict:
    """Median of (the verdict now standing was given) - (a person first worked on the claim).

    "First work" is the claim's first history entry with a person as actor; "the verdict" is its
    last verdict entry (corrections to a published verdict are not counted as reaching one).
    """
    history = (
        StatusChange.objects.filter(claim__in=claims.exclude(verdict=""), actor__isnull=False)
        .order_by("at", "id")
        .values_list("claim_id", "at", "field")
    )
    first: dict[int, datetime] = {}
    verdict: dict[int, datetime] = {}
    for claim_id, at, field_name in history:
        first.setdefault(claim_id, at)
        if field_name == StatusChange.Field.VERDICT:
            verdict[claim_id] = at
    durations = [verdict[c] - first[c] for c in verdict if verdict[c] >= first[c]]
    if not durations:
        return TimeToVerdict(median=None, claims=0)
    seconds = statistics.median(d.total_seconds() for d in durations)
    return TimeToVerdict(median=timedelta(seconds=seconds), claims=len(durations))


def _verdicts_per_day(claims: QuerySet[Claim], now: datetime) -> list[Day]:
    """Verdicts given (verdict history entries) on each of the last 30 days, today included, local time."""
    today = timezone.localdate(now)
    first_day = today - timedelta(days=TREND_DAYS - 1)
    since = timezone.make_aware(datetime.combine(first_day, datetime.min.time()))
    counts: dict[date, int] = {}
    stamps = StatusChange.objects.filter(
        claim__in=claims, field=StatusChange.Field.VERDICT, at__gte=since, at__lte=now
    ).values_list("at", flat=True)
    for at in stamps:
        day = timezone.localdate(at)
        counts[day] = counts.get(day, 0) + 1
    return [
        Day(first_day + timedelta(days=i), counts.get(first_day + timedelta(days=i), 0))
        for i in range(TREND_DAYS)
    ]


def _signoff(claims: QuerySet[Claim]) -> list[Claim]:
    # Longest waiting first: updated_at is when it was sent for sign-off, unless edited since.
    return list(
        claims.filter(status=Status.NEEDS_SIGNOFF)
        .select_related("report", "assignee")
        .order_by("updated_at", "id")
    )


def _references_in_trouble(claims: QuerySet[Claim]) -> list[Figure]:
    refs = Reference.objects.filter(claims__in=claims).exclude(url="").order_by().values("id").distinct()
    counts = Reference.objects.filter(id__in=refs).aggregate(
        failed=Count("id", filter=Q(capture_state=Reference.Capture.FAILED)),
        changed=Count("id", filter=Q(page_changed=True)),
        rot=Count("id", filter=Q(link_rot=True)),
    )
    return [
        Figure("failed", "Capture failed", counts["failed"], (("trouble", "failed"),)),
        Figure(
            "page_changed", "Page changed since capture", counts["changed"], (("trouble", "page_changed"),)
        ),
        Figure("link_rot", "Link rot (fails after working)", counts["rot"], (("trouble", "link_rot"),)),
    ]


def dashboard_figures(*, report: Report | None = None, now: datetime | None = None) -> DashboardFigures:
    now = now or timezone.now()
    claims = _claims(report)
    by_status = _by_status(claims)
    return DashboardFigures(
        report=report,
        now=now,
        total=sum(f.count for f in by_status),
        by_status=by_status,
        by_verdict=_by_verdict(claims),
        open_by_assignee=_open_by_assignee(claims),
        backlog=_backlog(claims, now),
        oldest=_oldest(claims, now),
        time_to_verdict=_time_to_verdict(claims),
        verdicts_per_day=_verdicts_per_day(claims, now),
        signoff=_signoff(claims),
        references_in_trouble=_references_in_trouble(claims),
        scope=(("report", report.slug),) if report else (),
    )


def recently_published(*, report: Report | None = None, limit: int = 10) -> list[Claim]:
    """Published claims, newest first: where an editor goes to unpublish or correct one."""
    return list(
        _claims(report)
        .filter(status=Status.PUBLISHED)
        .select_related("report")
        .order_by("-published_at", "-id")[:limit]
    )
