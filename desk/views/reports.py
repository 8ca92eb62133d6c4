"""Imported reports: the list, one report's text with its claims highlighted in place, and its
claim extraction (queued for a worker, its progress shown in place)."""

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.models import Attribution
from claims.selectors import sources_of_report
from claims.selectors.relations import disputes
from claims.tasks import queue_extraction
from claims.workflow import Status
from core.errors import Busy
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


@require_POST
@staff_required
def extract(request, slug):
    """Queue the report's extraction; the page then shows its progress, polled in place."""
    report = get_object_or_404(Report, slug=slug)
    try:
        queue_extraction(report=report)
        messages.success(request, "Extraction queued: its progress shows below.")
    except Busy as exc:
        messages.error(request, str(exc))
    return redirect(report.get_absolute_url() + "#extraction")


@require_GET
@staff_required
def extraction(request, slug):
    """The progress section alone, for htmx to poll while the extraction is queued or running."""
    report = get_object_or_404(Report, slug=slug)
    return render(request, "desk/partials/extraction_progress.html", {"report": report, "poll": True})
