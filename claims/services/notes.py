"""Internal notes and public evidence: two separate actions, so nothing becomes public by default."""

from django.db import transaction
from django.utils import timezone

from ..models import Claim, EvidenceNote, StatusChange
from ._base import actor_or_none, bump, clean_text, lock, record, require_work

NOTE_MAX = 20000


@transaction.atomic
def add_note(*, claim: Claim, text: str, actor, expected_version: int | None = None) -> EvidenceNote:
    """An internal note: never shown to readers. It conflicts with nobody's edit, so the version
    stays; only "last changed" moves."""
    claim = lock(claim, expected_version)
    require_work(actor, "add notes")
    text = clean_text(text, field="text", what="A note", max_length=NOTE_MAX)
    note = EvidenceNote.objects.create(claim=claim, author=actor_or_none(actor), text=text, internal=True)
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())
    record(claim=claim, actor=actor, field=StatusChange.Field.NOTE, to_value=text[:200])
    return note


@transaction.atomic
def add_evidence(*, claim: Claim, text: str, actor, expected_version: int | None = None) -> EvidenceNote:
    """Public evidence: shown to readers once the claim is published (on a published claim, once an
    editor publishes the update)."""
    claim = lock(claim, expected_version)
    require_work(actor, "add evidence")
    text = clean_text(text, field="text", what="An evidence note", max_length=NOTE_MAX)
    note = EvidenceNote.objects.create(claim=claim, author=actor_or_none(actor), text=text, internal=False)
    bump(claim)
    record(claim=claim, actor=actor, field=StatusChange.Field.EVIDENCE, to_value=text[:200])
    return note
