"""Archived references: the desk's views (fact-checkers and editors) and the readers' read-only view.

Archived HTML is someone else's page: it is never served as a live page on our origin. The
text and metadata are shown in our own templates; the original markup is only offered
under a CSP sandbox (no script, no network), and the WARC itself only as a download.
"""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.permissions import staff_required

from . import selectors, services
from .models import Reference, Snapshot

SANDBOX_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _reference_or_404(pk: int) -> Reference:
    try:
        return selectors.reference_detail(pk)
    except Reference.DoesNotExist as exc:
        raise Http404("No such reference.") from exc


def _snapshot_or_404(getter, pk: int) -> Snapshot:
    try:
        return getter(pk)
    except Snapshot.DoesNotExist as exc:
        raise Http404("No such capture.") from exc


def _back_to_reference(request, reference: Reference):
    if request.htmx:
        return render(request, "sources/partials/reference_state.html", {"reference": reference})
    return redirect("sources:reference", pk=reference.pk)


# --- Desk ----------------------------------------------------------------------------------------


@require_GET
@staff_required
def reference_detail(request, pk: int):
    reference = _reference_or_404(pk)
    return render(request, "sources/reference_detail.html", {"reference": reference})


@require_GET
@staff_required
def reference_state(request, pk: int):
    """The state partial alone, for htmx to poll while a capture is under way."""
    reference = _reference_or_404(pk)
    return render(request, "sources/partials/reference_state.html", {"reference": reference, "poll": True})


@require_POST
@staff_required
def reference_capture(request, pk: int):
    reference = _reference_or_404(pk)
    if not reference.url:
        messages.error(request, "This reference has no URL to capture.")
    else:
        services.queue_capture(reference=reference, actor=request.user)
        messages.success(request, "Capture queued.")
    reference.refresh_from_db()
    return _back_to_reference(request, reference)


@require_POST
@staff_required
def reference_url(request, pk: int):
    reference = _reference_or_404(pk)
    url = request.POST.get("url", "").strip()
    try:
        services.update_reference_url(reference=reference, url=url, actor=request.user)
    except services.InvalidReference:
        messages.error(request, "Enter a full web address starting with http:// or https://.")
        return _back_to_reference(request, reference)
    messages.success(request, "URL saved; a new capture is queued." if url else "URL removed.")
    return _back_to_reference(request, reference)


@require_GET
@staff_required
def trouble(request):
    return render(request, "sources/trouble.html", {"references": selectors.references_in_trouble()})


@require_GET
@staff_required
def snapshot_detail(request, pk: int):
    snapshot = _snapshot_or_404(selectors.snapshot_for_desk, pk)
    return render(
        request,
        "sources/snapshot_detail.html",
        {"snapshot": snapshot, "reference": snapshot.reference, "renderable": _is_html(snapshot)},
    )


@require_GET
@staff_required
def snapshot_warc(request, pk: int):
    return _warc_download(_snapshot_or_404(selectors.snapshot_for_desk, pk))


@require_GET
@staff_required
def snapshot_render(request, pk: int):
    """The archived markup, for looking at only: sandboxed, so none of its script runs."""
    snapshot = _snapshot_or_404(selectors.snapshot_for_desk, pk)
    if not _is_html(snapshot):
        raise Http404("This capture is not a web page.")
    body = selectors.archived_payload(snapshot)
    if body is None:
        raise Http404("The archived page is missing from the WARC.")
    response = HttpResponse(body, content_type=_html_content_type(snapshot))
    response["Content-Security-Policy"] = SANDBOX_CSP
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


# --- Public (readers) ----------------------------------------------------------------------------


@require_GET
def public_snapshot(request, pk: int):
    snapshot = _snapshot_or_404(selectors.public_snapshot, pk)
    return render(
        request, "sources/public_snapshot.html", {"snapshot": snapshot, "reference": snapshot.reference}
    )


@require_GET
def public_snapshot_warc(request, pk: int):
    return _warc_download(_snapshot_or_404(selectors.public_snapshot, pk))


# --- Helpers -------------------------------------------------------------------------------------


def _is_html(snapshot: Snapshot) -> bool:
    return (
        bool(snapshot.ok and snapshot.warc_file) and snapshot.content_type.split(";")[0].strip() in HTML_TYPES
    )


def _html_content_type(snapshot: Snapshot) -> str:
    charset = "utf-8"
    for part in snapshot.content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return f"text/html; charset={charset}"


def _warc_download(snapshot: Snapshot) -> FileResponse:
    if not snapshot.warc_file:
        raise Http404("This capture has no WARC file (it failed).")
    try:
        handle = selectors.capture_warc(snapshot)
    except FileNotFoundError as exc:
        raise Http404("The WARC file is missing from the archive.") from exc
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"claimcheck-snapshot-{snapshot.pk}.warc.gz",
        content_type="application/warc",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
