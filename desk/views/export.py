"""The claims behind any queue or dashboard view, as CSV (streamed, formula-safe).

Rows come from a server-side cursor a chunk at a time (claims/selectors/export.py), each chunk's
attributions read in one query, and go out as they are written: the first row leaves before the last is
read, and memory stays the size of one chunk however many claims there are."""

import csv

from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from claims.filters import ClaimFilter
from claims.selectors import claims_base
from claims.selectors.export import export_rows
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
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell starting with these as a formula (CSV injection).
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value):
        return value


def _url_pattern(request, name: str, **placeholder) -> str:
    # reverse() once, not per row (it cost more than writing the row): the placeholder becomes {}.
    ((key, value),) = placeholder.items()
    return request.build_absolute_uri(reverse(name, kwargs={key: value})).replace(str(value), "{}")


def _csv_rows(claims, request):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    desk_url = _url_pattern(request, "desk:claim", pk=987654321)
    public_url = _url_pattern(request, "public:claim", slug="claim-slug-placeholder")
    for c, credited in export_rows(claims):
        published = c["status"] == Status.PUBLISHED
        yield writer.writerow(
            [
                _cell(v)
                for v in (
                    c["pk"],
                    c["report__slug"],
                    c["text"],
                    c["status"],
                    c["verdict"],
                    c["verdict_summary"],
                    c["assignee__username"] or "",
                    c["checkworthiness"],
                    c["kind"],
                    c["created_at"].isoformat(),
                    c["updated_at"].isoformat(),
                    c["published_at"].isoformat() if c["published_at"] else "",
                    desk_url.format(c["pk"]),
                    public_url.format(c["slug"]) if published else "",
                    "; ".join(name for name, _ in credited),
                    "; ".join(role for _, role in credited),
                )
            ]
        )


class EveryMatchRanked(ClaimFilter):
    """An export is read whole, not a page at a time: sort=rank ranks every match."""

    ranked_among = None


@require_GET
@staff_required
def export_csv(request):
    claims = EveryMatchRanked(request.GET, queryset=claims_base(), request=request).qs
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(_csv_rows(claims, request), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="claims-{stamp}.csv"'
    return response
