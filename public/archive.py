"""Readers' read-only view of captures cited by published claims, mounted at /archive/."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claims.passages.selectors import archived_text
from claims.selectors.references import public_snapshot
from core.http import attachment
from sources.archive import MissingCapture, open_warc
from sources.models import Snapshot


def _snapshot_or_404(pk: int) -> Snapshot:
    try:
        return public_snapshot(pk)
    except Snapshot.DoesNotExist as exc:
        raise Http404("No such capture.") from exc


@require_GET
def snapshot(request, pk: int):
    found = _snapshot_or_404(pk)
    context = {"snapshot": found, "reference": found.reference, **archived_text(request, found)}
    return render(request, "public/snapshot.html", context)


@require_GET
def snapshot_warc(request, pk: int):
    found = _snapshot_or_404(pk)
    try:
        handle = open_warc(found)
    except MissingCapture as exc:
        raise Http404(str(exc)) from exc
    return attachment(
        handle, filename=f"claimcheck-snapshot-{found.pk}.warc.gz", content_type="application/warc"
    )
