"""The editor's dashboard: figures with charts, each linking to the claims behind it.

Fact-checkers and editors see the figures; editors also see what waits for their sign-off.
`?stuck=N` sets the N of "no change for N days" (1 to 365; 7 when absent or not a number).
"""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.filters import REPORT_CHOICES
from claims.selectors.dashboard import STUCK_DAYS, dashboard_figures, recently_published
from claims.workflow import Status, Verdict
from core.permissions import is_editor, staff_required
from reports.models import Report

from ..charts import bar_chart, column_chart, stacked_chart
from ..links import export_url, queue_url, trouble_url


def _rows(figures: list, scope) -> list[dict]:
    return [
        {"figure": f, "url": queue_url(scope, f.params), "csv": export_url(scope, f.params)} for f in figures
    ]


def _duration(delta) -> str:
    if delta is None:
        return "—"
    hours = delta.total_seconds() / 3600
    if hours < 1:
        minutes = round(delta.total_seconds() / 60)
        return f"{minutes} minute{'' if minutes == 1 else 's'}"
    if hours < 48:
        return f"{hours:.1f} hours"
    return f"{hours / 24:.1f} days"


def _stuck_days(value: str | None) -> int:
    text = (value or "").strip()
    if text.isascii() and text.isdigit() and len(text) <= 3:
        return min(max(int(text), 1), 365)
    return STUCK_DAYS


def _report_choices(report: Report | None) -> list[Report]:
    """The latest reports, as the queue offers them, and the one shown: an archive's thousands would
    make the page render thousands of options."""
    latest = list(Report.objects.only("slug", "title").order_by("-imported_at", "-id")[:REPORT_CHOICES])
    if report is not None and report.pk not in {r.pk for r in latest}:
        latest.insert(0, report)
    return latest


def _week_rows(weeks) -> list[dict]:
    return [{"week": w, "median": _duration(w.median)} for w in weeks]


@require_GET
@staff_required
def dashboard(request):
    report = None
    if slug := request.GET.get("report"):
        report = get_object_or_404(Report, slug=slug)
    figures = dashboard_figures(report=report, stuck_days=_stuck_days(request.GET.get("stuck")))
    scope = figures.scope
    context = {
        "report": report,
        "reports": _report_choices(report),
        "f": figures,
        "status_rows": _rows(figures.by_status, scope),
        "verdict_rows": _rows(figures.by_verdict, scope),
        "assignee_rows": _rows(figures.open_by_assignee, scope),
        "load_rows": [
            {"load": load, "cells": _rows(load.counts, scope), "total": row}
            for load, row in zip(figures.load, _rows(figures.open_by_assignee, scope), strict=True)
        ],
        "backlog_rows": _rows(figures.backlog, scope),
        "stuck_rows": _rows(figures.stuck, scope),
        "trouble_rows": [{"figure": f, "url": trouble_url(f, scope)} for f in figures.references_in_trouble],
        "status_chart": bar_chart(figures.by_status),
        "stuck_chart": bar_chart(figures.stuck),
        "load_chart": stacked_chart(figures.load),
        "week_chart": column_chart(figures.weeks),
        "week_rows": _week_rows(figures.weeks),
        "open_statuses": [
            s for s in Status if s in (Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF)
        ],
        "median_text": _duration(figures.time_to_verdict.median),
        "signoff_url": queue_url(scope, [("signoff", "1")]),
        "open_url": queue_url(
            scope,
            [("status", s) for s in (Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF)],
            [("duplicates", "0")],
        ),
        "all_url": queue_url(scope),
        "all_csv": export_url(scope),
        "verdict_url": queue_url(scope, [("verdict", v) for v in Verdict.values], [("sort", "-updated")]),
        "can_sign_off": is_editor(request.user),
        "published": recently_published(report=report) if is_editor(request.user) else [],
    }
    return render(request, "desk/dashboard.html", context)
