"""The verdict and its summary: what the claim is found to be, and why."""

from django.db import transaction

from ..models import Claim, StatusChange
from ..workflow import Status, Verdict
from ._base import Refused, clean_text, lock, record, require_work, save
from .publication import has_evidence

SUMMARY_MAX = 5000


@transaction.atomic
def set_verdict(
    *, claim: Claim, verdict: str, summary: str, actor, note: str = "", expected_version: int | None = None
) -> Claim:
    """Set the verdict. On a published claim it waits, as a correction, for an editor to publish it."""
    claim = lock(claim, expected_version)
    require_work(actor, "change verdicts")
    if verdict not in Verdict.values:
        raise Refused(f"{verdict!r} is not a verdict.", field="verdict")
    summary = clean_text(summary, field="summary", what="A verdict's summary", max_length=SUMMARY_MAX)
    if not has_evidence(claim):
        raise Refused("A verdict needs at least one reference or public evidence note.", field="verdict")
    if claim.status == Status.DISMISSED:
        raise Refused("A dismissed claim gets no verdict; reopen it first.", field="verdict")
    old_verdict, old_summary = claim.verdict, claim.verdict_summary
    if old_verdict == verdict and old_summary == summary:
        return claim
    claim.verdict, claim.verdict_summary = verdict, summary
    claim = save(claim, ["verdict", "verdict_summary"], content=True)
    note = (note or "").strip()
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.VERDICT,
        from_value=old_verdict,
        to_value=verdict,
        note=note or ("" if old_summary == summary else f"Summary: {summary}"),
    )
    return claim
