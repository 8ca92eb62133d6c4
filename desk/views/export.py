"""The claims behind any queue or dashboard view, as CSV (streamed, formula-safe).

Rows come from a server-side cursor (QuerySet.iterator) a chunk at a time, each chunk's attributions
prefetched in one query, and go out as they are written: the first row leaves before the last is
read, and memory stays the size of one chunk however many claims there are."""

import csv

from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from claims.filters import ClaimFilter
from claims.models import Attribution
from claims.selectors import claims_base
from claims.workflow import Status
from core.permissions import staff_required

CSV_COLUMNS = [
    "id",
    "report",
    "text",
    "status",
    "verdict",
    "verdict_summary",
    "assignee",
    "checkworthiness",
    "kind",
    "created_at",
    "updated_at",
    "published_at",
    "desk_url",
    "public_url",
    "sources",
    "roles",
]
CHUNK = 1000  # rows per fetch from the server-side cursor, attributions prefetched per chunk
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell starting with these as a formula (CSV injection).
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value):
        return value


def _csv_rows(claims, request):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for c in claims.iterator(chunk_size=CHUNK):
        credited = c.attributions.all()  # prefetched for this chunk, primary first
        yield writer.writerow(
            [
                _cell(v)
                for v in (
                    c.pk,
                    c.report.slug,
                    c.text,
                    c.status,
                    c.verdict,
                    c.verdict_summary,
                    c.assignee.get_username() if c.assignee else "",
                    c.checkworthiness,
                    c.kind,
                    c.created_at.isoformat(),
                    c.updated_at.isoformat(),
                    c.published_at.isoformat() if c.published_at else "",
                    request.build_absolute_uri(reverse("desk:claim", kwargs={"pk": c.pk})),
                    request.build_absolute_uri(c.get_public_url()) if c.status == Status.PUBLISHED else "",
                    "; ".join(a.source.name for a in credited),
                    "; ".join(a.role for a in credited),
                )
            ]
        )


@require_GET
@staff_required
def export_csv(request):
    claims = ClaimFilter(request.GET, queryset=claims_base(), request=request).qs.prefetch_related(
        Prefetch(
            "attributions",
            queryset=Attribution.objects.select_related("source").order_by("-is_primary", "id"),
        )
    )
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(_csv_rows(claims, request), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="claims-{stamp}.csv"'
    return response
