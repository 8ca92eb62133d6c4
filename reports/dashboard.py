"""The editor's dashboard: figures with charts, sign-off, unpublish and correction, and CSV export.

Fact-checkers and editors see the figures; only editors reach the actions (the services
refuse anyone else too). Every figure links to the queue filtered to the claims behind it.
"""

import csv
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from claims import services
from claims.models import Claim
from claims.permissions import editor_required, is_editor, staff_required
from claims.selectors import filter_claims
from claims.workflow import Status, TransitionNotAllowed, Verdict

from .models import Report
from .selectors import Figure, dashboard_figures, recently_published

# The archiving engineer's list of references in trouble, if there is one; else the queue.
TROUBLE_VIEW_NAMES = ("sources:trouble", "sources:references_in_trouble", "sources:references")


def queue_url(*param_groups) -> str:
    params = [pair for group in param_groups for pair in group]
    base = reverse("claims:queue")
    return f"{base}?{urlencode(params)}" if params else base


def export_url(*param_groups) -> str:
    params = [pair for group in param_groups for pair in group]
    base = reverse("claims:export_csv")
    return f"{base}?{urlencode(params)}" if params else base


def trouble_url(figure: Figure, scope) -> str:
    for name in TROUBLE_VIEW_NAMES:
        try:
            base = reverse(name)
        except NoReverseMatch:
            continue
        return f"{base}?{urlencode([*scope, *figure.params])}"
    return queue_url(scope)


# --- Charts: inline SVG drawn here, numbers in a table beside each --------------------------------


def bar_chart(
    figures: list[Figure], *, width: int = 360, bar_height: int = 20, gap: int = 8, label_width: int = 110
) -> dict:
    top = max((f.count for f in figures), default=0) or 1
    room = width - label_width - 40
    bars = []
    for i, f in enumerate(figures):
        y = i * (bar_height + gap)
        w = round(room * f.count / top, 1)
        bars.append(
            {
                "key": f.key,
                "label": f.label,
                "count": f.count,
                "y": y,
                "text_y": y + bar_height * 0.7,
                "width": w,
                "value_x": label_width + w + 4,
            }
        )
    return {
        "width": width,
        "height": len(figures) * (bar_height + gap),
        "bar_height": bar_height,
        "label_width": label_width,
        "bars": bars,
    }


def line_chart(
    days, *, width: int = 360, height: int = 140, pad_left: int = 28, pad_bottom: int = 20, pad_top: int = 10
) -> dict:
    top = max((d.count for d in days), default=0) or 1
    plot_w, plot_h = width - pad_left - 8, height - pad_bottom - pad_top
    step = plot_w / max(len(days) - 1, 1)
    points = []
    for i, d in enumerate(days):
        x = round(pad_left + i * step, 1)
        y = round(pad_top + plot_h - plot_h * d.count / top, 1)
        points.append({"x": x, "y": y, "day": d.day, "count": d.count})
    return {
        "width": width,
        "height": height,
        "points": points,
        "max": top,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "x0": pad_left,
        "x1": width - 8,
        "y0": pad_top,
        "y1": pad_top + plot_h,
        "label_y": height - 4,
        "first": days[0].day if days else None,
        "last": days[-1].day if days else None,
    }


def _rows(figures: list[Figure], scope) -> list[dict]:
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
    return render(request, "reports/dashboard.html", context)


# --- Sign-off, send back, unpublish, correct ------------------------------------------------------


def _review(request, claim, *, error: str = "", typed: dict | None = None, stale=None, status: int = 200):
    claim = (
        Claim.objects.select_related("report", "assignee")
        .prefetch_related("notes__author", "attributions__source", "references", "history__actor")
        .get(pk=claim.pk)
    )
    return render(
        request,
        "reports/dashboard_claim.html",
        {
            "claim": claim,
            "error": error,
            "typed": typed or {},
            "stale": stale,
            "verdicts": Verdict.choices,
            "public_url": claim.get_public_url() if claim.status == Status.PUBLISHED else "",
        },
        status=status,
    )


@editor_required
def review(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    return _review(request, claim)


def _act(request, pk, action, success: str, form: str, typed_fields=("note",)):
    """Run one editor action through the services; refusals re-render the page with what was typed."""
    claim = get_object_or_404(Claim, pk=pk)
    typed = {name: request.POST.get(name, "") for name in typed_fields}
    typed["form"] = form
    expected = request.POST.get("version") or None
    try:
        claim = action(claim, typed, expected)
    except services.StaleVersion as exc:
        return _review(request, exc.current, error=str(exc), typed=typed, stale=exc.changes, status=409)
    except TransitionNotAllowed as exc:
        return _review(request, claim, error=str(exc), typed=typed, status=400)
    except PermissionDenied:
        raise
    messages.success(request, success)
    if request.POST.get("next") == "dashboard":
        return redirect(reverse("reports:dashboard"))
    return redirect(reverse("reports:review", kwargs={"pk": claim.pk}))


@require_POST
@editor_required
def publish(request, pk):
    return _act(
        request,
        pk,
        lambda c, t, v: services.change_status(
            claim=c, to=Status.PUBLISHED, actor=request.user, note=t["note"], expected_version=v
        ),
        "Published. Readers can see it now.",
        "publish",
    )


@require_POST
@editor_required
def send_back(request, pk):
    return _act(
        request,
        pk,
        lambda c, t, v: services.change_status(
            claim=c, to=Status.IN_PROGRESS, actor=request.user, note=t["note"], expected_version=v
        ),
        "Sent back to the fact-checker with your note.",
        "send_back",
    )


@require_POST
@editor_required
def unpublish(request, pk):
    return _act(
        request,
        pk,
        lambda c, t, v: services.change_status(
            claim=c, to=Status.IN_PROGRESS, actor=request.user, note=t["note"], expected_version=v
        ),
        "Unpublished. Readers see a 404 now, and the reason stays in its public history.",
        "unpublish",
    )


@require_POST
@editor_required
def correct(request, pk):
    def action(claim, typed, version):
        if claim.status != Status.PUBLISHED:
            raise TransitionNotAllowed(
                "Only a published verdict is corrected here; this claim is not published."
            )
        return services.set_verdict(
            claim=claim,
            verdict=typed["verdict"],
            summary=typed["summary"],
            actor=request.user,
            note=typed["note"],
            expected_version=version,
        )

    return _act(
        request, pk, action, "Correction published.", "correct", typed_fields=("verdict", "summary", "note")
    )


# --- CSV export ------------------------------------------------------------------------------------

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
]
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
    for c in claims.iterator(chunk_size=500):
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
                    request.build_absolute_uri(reverse("claims:desk", kwargs={"pk": c.pk})),
                    request.build_absolute_uri(c.get_public_url()) if c.status == Status.PUBLISHED else "",
                )
            ]
        )


@staff_required
def export_csv(request):
    claims = filter_claims(request.GET, user=request.user)
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(_csv_rows(claims, request), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="claims-{stamp}.csv"'
    return response
