"""Readers' read-only view of captures cited by published claims, mounted at /archive/."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from claims.passages.selectors import archived_text
from claims.selectors.references import public_snapshot
from core.http import attachment
from sources.archive import MissingCapture, open_warc
from sources.models import Snapshot

from .meta import page_meta
from .words import safe_href


def _snapshot_or_404(pk: int) -> Snapshot:
    try:
        return public_snapshot(pk)
    except Snapshot.DoesNotExist as exc:
        raise Http404("No such capture.") from exc


@require_GET
def snapshot(request, pk: int):
    """The archived copy, saying first that it is one: when it was taken, and from where."""
    found = _snapshot_or_404(pk)
    reference = found.reference
    taken = found.fetched_at or found.created_at
    meta = page_meta(
        title=f"Archived copy: {reference.title}",
        description=f"{settings.SITE_NAME}'s archived copy of “{reference.title}”, "
        f"taken {taken.day} {taken:%B %Y} from {found.final_url or found.requested_url}.",
        path=reverse("archive:snapshot", kwargs={"pk": found.pk}),
        noindex=True,
    )
    context = {
        "snapshot": found,
        "reference": reference,
        "taken": taken,
        "source_href": safe_href(found.final_url or found.requested_url),
        "source_url": found.final_url or found.requested_url,
        "meta": meta,
        **archived_text(request, found),
    }
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
