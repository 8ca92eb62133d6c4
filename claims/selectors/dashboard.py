"""The editor's dashboard figures, for all reports or one, computed in a fixed number of queries.

It answers three questions: what waits for me (sign-off), what is stuck (open claims with no
change for N days, references whose capture fails or is stuck), who is overloaded (open claims
per person by status); and shows throughput (verdicts per week, time to verdict, 12 weeks).
Duplicates (claims marked `duplicate_of` another) are left out of the backlog figures.

Every claim figure carries the queue parameters (claims/filters.py) that select the claims
behind it, so the page can link each number to exactly those claims. Aggregates are counted
in the database: for all reports on PostgreSQL, read from the tallies it keeps on every write
(claims/selectors/tallies.py), so their cost does not grow with the archive; for one report, and
on SQLite, over the claims themselves (`live=True` asks for that everywhere). History is read only
inside a time window (claims/selectors/throughput.py).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from reports.models import Report
from sources.models import Reference

from ..models import Claim
from ..workflow import OPEN_STATUSES, Status, Verdict
from . import tallies
from .queue import AGE_BUCKETS
from .references import stuck_captures
from .throughput import TimeToVerdict, Week, throughput

OPEN_PARAMS = [("status", s.value) for s in OPEN_STATUSES]
NOT_DUPLICATE = (("duplicates", "0"),)
STUCK_DAYS = 7  # the default N of "no change for N days"
SIGNOFF_SHOWN = 25


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
class Load:
    """One person's open claims, by status."""

    key: str
    label: str
    counts: tuple[Figure, ...]  # one per open status, in workflow order

    @property
    def count(self) -> int:
        return sum(f.count for f in self.counts)


@dataclass
class DashboardFigures:
    report: Report | None
    now: datetime
    total: int
    by_status: list[Figure]
    by_verdict: list[Figure]
    open_by_assignee: list[Figure]
    load: list[Load]
    backlog: list[Figure]
    oldest: Oldest | None
    stuck: list[Figure]
    stuck_days: int
    time_to_verdict: TimeToVerdict
    weeks: list[Week]
    signoff: list[Claim]
    signoff_count: int
    references_in_trouble: list[Figure]
    scope: tuple[tuple[str, str], ...] = field(default=())

    @property
    def open_count(self) -> int:
        return sum(f.count for f in self.backlog)

    @property
    def stuck_count(self) -> int:
        return sum(f.count for f in self.stuck)

    @property
    def verdicts_in_trend(self) -> int:
        return sum(w.verdicts for w in self.weeks)

    @property
    def trouble_count(self) -> int:
        return sum(f.count for f in self.references_in_trouble)


def _claims(report: Report | None) -> QuerySet[Claim]:
    qs = Claim.objects.order_by()
    return qs if report is None else qs.filter(report=report)


def _by_status(counts: dict[str, int]) -> list[Figure]:
    return [Figure(s.value, s.label, counts.get(s.value, 0), (("status", s.value),)) for s in Status]


def _by_verdict(counts: dict[str, int]) -> list[Figure]:
    rows = [Figure(v.value, v.label, counts.get(v.value, 0), (("verdict", v.value),)) for v in Verdict]
    rows.append(Figure("none", "No verdict yet", counts.get("", 0), (("verdict", "none"),)))
    return rows


def _backlog_claims(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Open claims that are not duplicates of another: the backlog."""
    return claims.filter(status__in=OPEN_STATUSES, duplicate_of__isnull=True)


def _load(rows) -> list[Load]:
    """Open claims per person by status, the most loaded first, from (username, status, count) rows."""
    per: dict[str, dict[str, int]] = {}
    for who, status, n in rows:
        per.setdefault(who or "", {})[status] = n
    loads = []
    for who, counts in per.items():
        key = who or "none"
        figures = tuple(
            Figure(
                s.value,
                s.label,
                counts.get(s.value, 0),
                (("assignee", key), ("status", s.value), *NOT_DUPLICATE),
            )
            for s in OPEN_STATUSES
        )
        loads.append(Load(key, who or "Unassigned", figures))
    return sorted(loads, key=lambda load: (-load.count, load.key == "none", load.label))


def _open_by_assignee(load: list[Load]) -> list[Figure]:
    return [
        Figure(row.key, row.label, row.count, (("assignee", row.key), *OPEN_PARAMS, *NOT_DUPLICATE))
        for row in load
    ]


def _stuck(counts: dict[str, int], days: int) -> list[Figure]:
    """Open claims nobody has changed for `days` days, by status."""
    # The queue's idle= filter selects exactly these, oldest change first.
    return [
        Figure(
            s.value,
            s.label,
            counts.get(s.value, 0),
            (("status", s.value), ("idle", str(days)), *NOT_DUPLICATE, ("sort", "updated")),
        )
        for s in OPEN_STATUSES
    ]


def _backlog_spans(now: datetime) -> dict[str, tallies.Span]:
    """The queue's age= buckets as ranges of created_at: whole days waiting since created."""
    spans = {}
    for key, (lo, hi) in AGE_BUCKETS.items():
        end = now - timedelta(days=lo)
        start = now - timedelta(days=hi + 1) if hi is not None else None
        cond = Q(created_at__lte=end) & (Q(created_at__gt=start) if start is not None else Q())
        spans[key] = tallies.Span(start, end, cond)
    return spans


def _backlog(counts: dict[str, int]) -> list[Figure]:
    labels = {"0-1": "0–1 days", "2-7": "2–7 days", "8+": "8 days or more"}
    return [Figure(key, labels[key], counts[key], (("age", key), *NOT_DUPLICATE)) for key in AGE_BUCKETS]


@dataclass(frozen=True)
class _Counts:
    status_verdict: dict[tuple[str, str], int]
    load: list[tuple[str | None, str, int]]
    backlog: dict[str, int]
    stuck: dict[str, int]

    def by(self, index: int) -> dict[str, int]:
        counts: dict[str, int] = {}
        for key, n in self.status_verdict.items():
            counts[key[index]] = counts.get(key[index], 0) + n
        return counts


def _live_counts(claims: QuerySet[Claim], now: datetime, stuck_days: int) -> _Counts:
    """Aggregates over the claims themselves: for one report, and on SQLite."""
    backlog = _backlog_claims(claims)
    pairs = claims.values_list("status", "verdict").annotate(n=Count("id"))
    load = backlog.values_list("assignee__username", "status").annotate(n=Count("id"))
    spans = _backlog_spans(now)
    before = now - timedelta(days=stuck_days)
    stuck = backlog.filter(updated_at__lt=before).values_list("status").annotate(n=Count("id"))
    return _Counts(
        status_verdict={(s, v): n for s, v, n in pairs},
        load=list(load),
        backlog=backlog.aggregate(**{key: Count("id", filter=span.live) for key, span in spans.items()}),
        stuck=dict(stuck),
    )


def _tally_counts(claims: QuerySet[Claim], now: datetime, stuck_days: int) -> _Counts:
    """The same from the tallies PostgreSQL keeps (claims/selectors/tallies.py): all reports."""
    backlog = _backlog_claims(claims)
    return _Counts(
        status_verdict=tallies.status_verdict_counts(),
        load=tallies.load_rows(),
        backlog=tallies.created_counts(backlog, _backlog_spans(now)),
        stuck=tallies.updated_before_counts(backlog, now - timedelta(days=stuck_days)),
    )


def _oldest(claims: QuerySet[Claim], now: datetime) -> Oldest | None:
    claim = _backlog_claims(claims).select_related("report").order_by("created_at", "id").first()
    if claim is None:
        return None
    waited = now - claim.created_at
    return Oldest(claim=claim, days=waited.days, waited=waited)


def _signoff(claims: QuerySet[Claim]) -> list[Claim]:
    # Longest waiting first: updated_at is when it was sent for sign-off, unless edited since.
    return list(
        claims.filter(status=Status.NEEDS_SIGNOFF)
        .select_related("report", "assignee")
        .order_by("updated_at", "id")[:SIGNOFF_SHOWN]
    )


# Every reference in trouble is one of these (the partial index reference_maybe_trouble).
MAYBE_TROUBLE = (
    Q(
        capture_state__in=[
            Reference.Capture.QUEUED,
            Reference.Capture.FETCHING,
            Reference.Capture.RETRYING,
            Reference.Capture.FAILED,
        ]
    )
    | Q(page_changed=True)
    | Q(link_rot=True)
)


def _cited(report: Report | None) -> QuerySet[Reference]:
    """References with a URL cited by a claim (of the report): for all reports, only those that may
    be in trouble, through their partial index, rather than every claim's references."""
    if report is not None:
        refs = Reference.objects.filter(claims__report=report).exclude(url="").order_by().values("id")
        return Reference.objects.filter(id__in=refs.distinct())
    links = Reference.claims.through.objects.filter(reference_id=OuterRef("pk"))
    return Reference.objects.filter(MAYBE_TROUBLE, Exists(links)).exclude(url="")


def _references_in_trouble(report: Report | None, now: datetime) -> list[Figure]:
    counts = (
        _cited(report)
        .order_by()
        .aggregate(
            failed=Count("id", filter=Q(capture_state=Reference.Capture.FAILED)),
            retrying=Count("id", filter=Q(capture_state=Reference.Capture.RETRYING)),
            stuck=Count("id", filter=Q(id__in=stuck_captures(now))),
            changed=Count("id", filter=Q(page_changed=True)),
            rot=Count("id", filter=Q(link_rot=True)),
        )
    )
    return [
        Figure("failed", "Capture failed", counts["failed"], (("trouble", "failed"),)),
        Figure("retrying", "Capture failing, retrying", counts["retrying"], (("trouble", "retrying"),)),
        Figure(
            "stuck", "Capture stuck (queued or fetching too long)", counts["stuck"], (("trouble", "stuck"),)
        ),
        Figure(
            "page_changed", "Page changed since capture", counts["changed"], (("trouble", "page_changed"),)
        ),
        Figure("link_rot", "Link rot (fails after working)", counts["rot"], (("trouble", "link_rot"),)),
    ]


def dashboard_figures(
    *,
    report: Report | None = None,
    now: datetime | None = None,
    stuck_days: int = STUCK_DAYS,
    live: bool = False,
) -> DashboardFigures:
    """The figures; for all reports on PostgreSQL from the tallies, unless `live` asks for a recount."""
    now = now or timezone.now()
    claims = _claims(report)
    count = _live_counts if live or not tallies.in_use(report) else _tally_counts
    counts = count(claims, now, stuck_days)
    by_status = _by_status(counts.by(0))
    load = _load(counts.load)
    weeks, time_to_verdict = throughput(report, now)
    return DashboardFigures(
        report=report,
        now=now,
        total=sum(f.count for f in by_status),
        by_status=by_status,
        by_verdict=_by_verdict(counts.by(1)),
        open_by_assignee=_open_by_assignee(load),
        load=load,
        backlog=_backlog(counts.backlog),
        oldest=_oldest(claims, now),
        stuck=_stuck(counts.stuck, stuck_days),
        stuck_days=stuck_days,
        time_to_verdict=time_to_verdict,
        weeks=weeks,
        signoff=_signoff(claims),
        signoff_count=next(f.count for f in by_status if f.key == Status.NEEDS_SIGNOFF),
        references_in_trouble=_references_in_trouble(report, now),
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
