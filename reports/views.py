from django.shortcuts import get_object_or_404, render

from claims.permissions import staff_required
from claims.selectors import sources_of_report
from claims.workflow import Status

from .highlight import segments
from .models import Report


@staff_required
def report_list(request):
    reports = Report.objects.order_by("-imported_at")
    return render(request, "reports/list.html", {"reports": reports})


@staff_required
def report_detail(request, slug):
    report = get_object_or_404(Report, slug=slug)
    claims = list(report.claims.select_related("assignee").order_by("start", "id"))
    # Furniture (captions, "more on this topic") is greyed out when extraction stored its spans.
    furniture = [tuple(span) for span in (getattr(report, "furniture_spans", None) or [])]
    return render(
        request,
        "reports/detail.html",
        {
            "report": report,
            "claims": claims,
            "segments": segments(report.body, claims, furniture),
            "sources": sources_of_report(report),
            "statuses": Status,
        },
    )
