"""Imported reports: the list, and one report's text with its claims highlighted in place."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.models import Attribution
from claims.selectors import sources_of_report
from claims.selectors.relations import disputes
from claims.workflow import Status
from core.permissions import staff_required
from reports.models import Report

from ..highlight import segments, speaker_spans


@require_GET
@staff_required
def report_list(request):
    return render(request, "desk/reports.html", {"reports": Report.objects.order_by("-imported_at")})


@require_GET
@staff_required
def report_detail(request, slug):
    report = get_object_or_404(Report, slug=slug)
    attributions = Attribution.objects.select_related("source").order_by("-is_primary", "id")
    claims = list(
        report.claims.select_related("assignee")
        .prefetch_related(Prefetch("attributions", queryset=attributions))
        .order_by("start", "id")
    )
    # Furniture (captions, "more on this topic") is greyed out when extraction stored its spans.
    furniture = [tuple(span) for span in (report.furniture_spans or [])]
    sources = list(sources_of_report(report))
    return render(
        request,
        "desk/report.html",
        {
            "report": report,
            "claims": claims,
            "segments": segments(report.body, claims, furniture, speaker_spans(report.body, sources)),
            "sources": sources,
            "disputes": disputes(report),
            "statuses": Status,
        },
    )
