"""References a claim rests on: citing one, fixing its URL, and archiving it, with history."""

from django.db import transaction

from sources import services as archive
from sources.models import Reference
from sources.references import create_reference, set_reference_url

from ..models import Claim, StatusChange
from ._base import bump, lock, record, require_work


@transaction.atomic
def add_reference(
    *,
    claim: Claim,
    title: str,
    kind: str,
    actor=None,
    publisher: str = "",
    url: str = "",
    expected_version: int | None = None,
) -> Reference:
    """Cite a document on a claim and, when it has a URL, archive it."""
    claim = lock(claim, expected_version)
    require_work(actor, "add references")
    reference = create_reference(title=title, kind=kind, publisher=publisher, url=url)
    reference.claims.add(claim)
    bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.REFERENCE,
        to_value=reference.title,
        note=reference.url,
    )
    if reference.url:
        archive.queue_capture(reference=reference, actor=actor)
    return reference


@transaction.atomic
def update_reference_url(
    *,
    reference: Reference,
    url: str,
    actor=None,
    claim: Claim | None = None,
    expected_version: int | None = None,
) -> Reference:
    """Point a reference at a new URL, note it on every claim that cites it, and capture the new page.

    From a claim's desk, that claim's version is checked under its lock first. Every citing claim
    gets a new version; on a published one the new address waits for an editor's update.
    """
    if claim is not None:
        lock(claim, expected_version)
    require_work(actor, "change references")
    changed = set_reference_url(reference=reference, url=url)
    if changed is None:
        reference.refresh_from_db()
        return reference
    reference, old = changed
    for citing in Claim.objects.select_for_update().filter(references=reference).order_by("pk"):
        bump(citing)
        record(
            claim=citing,
            actor=actor,
            field=StatusChange.Field.REFERENCE,
            from_value=old,
            to_value=reference.url,
            note=f"Reference URL changed: {reference.title}",
        )
    archive.queue_capture(reference=reference, actor=actor)
    return reference
