"""Imported reports: the list, and one report's text with its claims highlighted in place."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.selectors import sources_of_report
from claims.workflow import Status
from core.permissions import staff_required
from reports.models import Report

from ..highlight import segments


@require_GET
@staff_required
def report_list(request):
    return render(request, "desk/reports.html", {"reports": Report.objects.order_by("-imported_at")})


@require_GET
@staff_required
def report_detail(request, slug):
    report = get_object_or_404(Report, slug=slug)
    claims = list(report.claims.select_related("assignee").order_by("start", "id"))
    # Furniture (captions, "more on this topic") is greyed out when extraction stored its spans.
    furniture = [tuple(span) for span in (report.furniture_spans or [])]
    return render(
        request,
        "desk/report.html",
        {
            "report": report,
            "claims": claims,
            "segments": segments(report.body, claims, furniture),
            "sources": sources_of_report(report),
            "statuses": Status,
        },
    )
