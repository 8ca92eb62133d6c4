"""Whether the source really said it: an attribution confirmed by a passage, or misattributed.

"Confirms this attribution" records the passage (capture, offsets and the words themselves) as
the attribution's evidence and sets it confirmed; "Misattributed" records why. Both change what
readers see about who said it, so, like every attribution change, each locks the claim, checks
the version, bumps it and writes one history row; on a published claim the change waits for an
editor. A page that changed on re-capture under a confirmed passage asks for a second look.
"""

from django.db import transaction

from sources.models import Snapshot

from ..models import Attribution, StatusChange
from ..passages.models import AttributionEvidence
from ._base import Refused, bump, clean_text, lock, record, require_work

QUOTE_MAX = 2000
REASON_MAX = 2000
Verification = Attribution.Verification


def _describe(attribution: Attribution) -> str:
    return f"{attribution.source.name} ({attribution.get_role_display().lower()})"


def _cited_capture(attribution: Attribution, snapshot: Snapshot) -> Snapshot:
    """The capture, re-read, if it is a good capture of a reference this claim cites."""
    found = (
        Snapshot.objects.filter(pk=snapshot.pk, ok=True, reference__claims=attribution.claim_id)
        .select_related("reference")
        .first()
    )
    if found is None:
        raise Refused("That capture is not of a reference this claim cites.", field="passage")
    return found


def _quote(snapshot: Snapshot, start: int, end: int) -> str:
    if not 0 <= start < end <= len(snapshot.text):
        raise Refused("That passage is not in the capture's text.", field="passage")
    if end - start > QUOTE_MAX:
        raise Refused(f"Quote at most {QUOTE_MAX:,} characters as evidence.", field="passage")
    quote = snapshot.text[start:end].strip()
    if not quote:
        raise Refused("That passage is empty.", field="passage")
    return quote


def _settle(claim, attribution: Attribution, actor, verification: str, *, evidence: dict, note: str):
    """Record a person's finding on an attribution (its evidence, the attribution's state, a new
    version and one history row), clearing any call for a second look."""
    before = attribution.verification
    found, _ = AttributionEvidence.objects.update_or_create(
        attribution=attribution,
        defaults={
            **evidence,
            "verification": verification,
            "recorded_by": actor if getattr(actor, "is_authenticated", False) else None,
            "needs_second_look": False,
            "second_look_reason": "",
        },
    )
    attribution.verification = verification
    attribution.save(update_fields=["verification"])
    bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ATTRIBUTION,
        from_value=f"{_describe(attribution)}: {before}",
        to_value=f"{_describe(attribution)}: {verification}",
        note=note,
    )
    return found


@transaction.atomic
def confirm_attribution(
    *,
    attribution: Attribution,
    snapshot: Snapshot,
    start: int,
    end: int,
    actor,
    expected_version: int | None = None,
) -> AttributionEvidence:
    """The passage `snapshot.text[start:end]` shows the source said it: record it and confirm."""
    claim = lock(attribution.claim_id, expected_version)
    require_work(actor, "confirm attributions")
    attribution = Attribution.objects.select_related("source").get(pk=attribution.pk)
    snapshot = _cited_capture(attribution, snapshot)
    quote = _quote(snapshot, start, end)
    return _settle(
        claim,
        attribution,
        actor,
        Verification.CONFIRMED,
        evidence={"snapshot": snapshot, "start": start, "end": end, "quote": quote, "reason": ""},
        note=f"“{quote[:300]}” ({snapshot.reference.title}, captured "
        f"{snapshot.fetched_at or snapshot.created_at:%Y-%m-%d})",
    )


@transaction.atomic
def misattribute(
    *, attribution: Attribution, reason: str, actor, expected_version: int | None = None
) -> AttributionEvidence:
    """The source did not say it (or not like this): record why, in words."""
    claim = lock(attribution.claim_id, expected_version)
    require_work(actor, "mark attributions as misattributed")
    attribution = Attribution.objects.select_related("source").get(pk=attribution.pk)
    reason = clean_text(reason, field="reason", what="Why it is misattributed", max_length=REASON_MAX)
    return _settle(
        claim,
        attribution,
        actor,
        Verification.MISATTRIBUTED,
        evidence={"snapshot": None, "start": None, "end": None, "quote": "", "reason": reason},
        note=reason,
    )


@transaction.atomic
def ask_second_look(*, evidence: AttributionEvidence, reason: str) -> AttributionEvidence:
    """The page changed under a confirmed passage (the system's own finding, after a re-capture).

    The attribution stays confirmed, since a person decides; the desk shows the reason, and
    confirming again (from the new capture) clears it. A new version, not a reader-visible
    change, so open forms learn of it and nothing waits for an editor.
    """
    claim = lock(evidence.attribution.claim_id, None)
    evidence = AttributionEvidence.objects.select_related("attribution__source").get(pk=evidence.pk)
    if evidence.needs_second_look:
        return evidence
    evidence.needs_second_look = True
    evidence.second_look_reason = reason[:500]
    evidence.save(update_fields=["needs_second_look", "second_look_reason"])
    bump(claim, content=False)
    record(
        claim=claim,
        actor=None,
        field=StatusChange.Field.ATTRIBUTION,
        to_value=f"{_describe(evidence.attribution)}: needs a second look",
        note=reason,
    )
    return evidence
