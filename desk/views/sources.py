"""The desk's sources pages: people and bodies with their claims, references and their captures.

Archived HTML is someone else's page: it is never served as a live page on our origin. The
text and metadata are shown in our own templates; the original markup is only offered under a
CSP sandbox (no script, no network), and the WARC itself only as a download.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims import services
from claims.passages.selectors import archived_text
from claims.selectors import references as claim_refs
from claims.selectors import sources as people
from core.errors import Refused
from core.http import attachment, sandboxed
from core.permissions import staff_required
from sources import services as archive
from sources.archive import MissingCapture, archived_payload, html_content_type, is_html, open_warc
from sources.models import Reference, Snapshot
from sources.selectors import snapshot_for_desk


def _reference_or_404(pk: int) -> Reference:
    try:
        return claim_refs.reference_detail(pk)
    except Reference.DoesNotExist as exc:
        raise Http404("No such reference.") from exc


def _snapshot_or_404(pk: int) -> Snapshot:
    try:
        return snapshot_for_desk(pk)
    except Snapshot.DoesNotExist as exc:
        raise Http404("No such capture.") from exc


def _back_to_reference(request, reference: Reference):
    if request.htmx:
        return render(request, "desk/partials/reference_state.html", {"reference": reference})
    return redirect("desk:reference", pk=reference.pk)


# --- People and bodies -------------------------------------------------------------------------


@require_GET
@staff_required
def source_list(request):
    query = (request.GET.get("q") or "").strip()[:200]
    return render(request, "desk/sources.html", {"sources": people.sources_with_counts(query), "q": query})


@require_GET
@staff_required
def source_detail(request, pk: int):
    source = get_object_or_404(people.source_for_desk(), pk=pk)
    return render(
        request,
        "desk/source.html",
        {"source": source, "attributions": people.attributions_of(source)},
    )


# --- References and captures -------------------------------------------------------------------


@require_GET
@staff_required
def reference_list(request):
    state = request.GET.get("state", "")
    states = dict(Reference.Capture.choices)
    return render(
        request,
        "desk/references.html",
        {
            "references": claim_refs.references_for_desk(state if state in states else ""),
            "states": states,
            "state": state if state in states else "",
        },
    )


@require_GET
@staff_required
def reference_detail(request, pk: int):
    return render(request, "desk/reference_detail.html", {"reference": _reference_or_404(pk)})


@require_GET
@staff_required
def reference_state(request, pk: int):
    """The state partial alone, for htmx to poll while a capture is under way."""
    reference = _reference_or_404(pk)
    return render(request, "desk/partials/reference_state.html", {"reference": reference, "poll": True})


@require_POST
@staff_required
def reference_capture(request, pk: int):
    reference = _reference_or_404(pk)
    if not reference.url:
        messages.error(request, "This reference has no URL to capture.")
    else:
        archive.queue_capture(reference=reference, actor=request.user)
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
    except Refused as exc:
        # Beside the field, with what was typed: nothing is lost to a redirect.
        context = {"reference": reference, "url_error": str(exc), "typed_url": url}
        return render(request, "desk/reference_detail.html", context, status=422)
    messages.success(request, "URL saved; a new capture is queued." if url else "URL removed.")
    return _back_to_reference(request, reference)


@require_GET
@staff_required
def trouble(request):
    return render(request, "desk/trouble.html", {"references": claim_refs.references_in_trouble()})


@require_GET
@staff_required
def snapshot_detail(request, pk: int):
    snapshot = _snapshot_or_404(pk)
    return render(
        request,
        "desk/snapshot_detail.html",
        {
            "snapshot": snapshot,
            "reference": snapshot.reference,
            "renderable": is_html(snapshot),
            **archived_text(request, snapshot),
        },
    )


@require_GET
@staff_required
def snapshot_warc(request, pk: int):
    snapshot = _snapshot_or_404(pk)
    try:
        handle = open_warc(snapshot)
    except MissingCapture as exc:
        raise Http404(str(exc)) from exc
    return attachment(
        handle, filename=f"claimcheck-snapshot-{snapshot.pk}.warc.gz", content_type="application/warc"
    )


@require_GET
@staff_required
def snapshot_render(request, pk: int):
    """The archived markup, for looking at only: sandboxed, so none of its script runs."""
    snapshot = _snapshot_or_404(pk)
    if not is_html(snapshot):
        raise Http404("This capture is not a web page.")
    try:
        body = archived_payload(snapshot)
    except MissingCapture as exc:
        raise Http404(str(exc)) from exc
    if body is None:
        raise Http404("The archived page is missing from the WARC.")
    return sandboxed(body, content_type=html_content_type(snapshot))
