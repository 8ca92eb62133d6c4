"""The editor's dashboard: figures with charts, each linking to the claims behind it.

Fact-checkers and editors see the figures; editors also see what waits for their sign-off.
"""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.selectors.dashboard import dashboard_figures, recently_published
from claims.workflow import Status, Verdict
from core.permissions import is_editor, staff_required
from reports.models import Report

from ..charts import bar_chart, line_chart
from ..links import export_url, queue_url, trouble_url


def _rows(figures: list, scope) -> list[dict]:
    return [
        {"figure": f, "url": queue_url(scope, f.params), "csv": export_url(scope, f.params)} for f in figures
    ]


def _duration(delta) -> str:
    if delta is None:
        return "—"
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return f"{hours:.1f} hours"
    return f"{hours / 24:.1f} days"


@require_GET
@staff_required
def dashboard(request):
    report = None
    if slug := request.GET.get("report"):
        report = get_object_or_404(Report, slug=slug)
    figures = dashboard_figures(report=report)
    scope = figures.scope
    context = {
        "report": report,
        "reports": Report.objects.order_by("title").only("slug", "title"),
        "f": figures,
        "status_rows": _rows(figures.by_status, scope),
        "verdict_rows": _rows(figures.by_verdict, scope),
        "assignee_rows": _rows(figures.open_by_assignee, scope),
        "backlog_rows": _rows(figures.backlog, scope),
        "trouble_rows": [{"figure": f, "url": trouble_url(f, scope)} for f in figures.references_in_trouble],
        "status_chart": bar_chart(figures.by_status),
        "trend_chart": line_chart(figures.verdicts_per_day),
        "median_text": _duration(figures.time_to_verdict.median),
        "signoff_url": queue_url(scope, [("signoff", "1")]),
        "open_url": queue_url(
            scope, [("status", s) for s in (Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF)]
        ),
        "all_url": queue_url(scope),
        "all_csv": export_url(scope),
        "verdict_url": queue_url(scope, [("verdict", v) for v in Verdict.values], [("sort", "-updated")]),
        "can_sign_off": is_editor(request.user),
        "published": recently_published(report=report) if is_editor(request.user) else [],
    }
    return render(request, "desk/dashboard.html", context)
