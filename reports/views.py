from django.shortcuts import render

from claims.permissions import staff_required

from .models import Report


@staff_required
def report_list(request):
    reports = Report.objects.order_by("-imported_at")
    return render(request, "reports/list.html", {"reports": reports})
