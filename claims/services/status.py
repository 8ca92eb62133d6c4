"""Moving a claim through the workflow: lock → check the move table → save → record."""

from django.db import transaction

from ..models import Claim, StatusChange
from ..workflow import Move, Status, check_move
from . import publication
from ._base import lock, record, save


@transaction.atomic
def change_status(
    *,
    claim: Claim,
    to: str,
    actor,
    note: str = "",
    dismiss_reason: str = "",
    expected_version: int | None = None,
) -> Claim:
    """Make one move of the workflow (publishing, a published update and unpublishing included)."""
    claim = lock(claim, expected_version)
    note = (note or "").strip()
    move = check_move(publication.facts(claim), to, actor, note=note, dismiss_reason=dismiss_reason)
    if move.name == "publish_update":
        return _publish_update(claim, move, actor=actor, note=note)
    frm = claim.status
    fields = ["status"]
    if to == Status.DISMISSED:
        claim.dismiss_reason = dismiss_reason
        fields.append("dismiss_reason")
    elif frm == Status.DISMISSED:
        claim.dismiss_reason = ""
        fields.append("dismiss_reason")
    if to == Status.PUBLISHED:
        fields += _publish(claim, actor=actor, note=note)
    elif frm == Status.PUBLISHED:
        claim.public_version, claim.update_pending = None, False
        fields += ["public_version", "update_pending"]
    claim.status = to
    claim = save(claim, fields, content=False)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.STATUS,
        from_value=frm,
        to_value=to,
        note=note,
        internal=not move.public,
    )
    return claim


def _publish(claim: Claim, *, actor, note: str) -> list[str]:
    claim.status = Status.PUBLISHED  # the version records the claim as readers will see it
    claim.public_version = publication.freeze(claim, actor=actor, reason=note)
    claim.update_pending = False
    fields = ["public_version", "update_pending"]
    if claim.published_at is None:
        claim.published_at = claim.public_version.published_at
        fields.append("published_at")
    return fields


def _publish_update(claim: Claim, move: Move, *, actor, note: str) -> Claim:
    """A correction (the verdict or its summary changed) or an update, dated and public."""
    shown = claim.public_version
    claim.public_version = publication.freeze(claim, actor=actor, reason=note)
    claim.update_pending = False
    claim = save(claim, ["public_version", "update_pending"], content=False)
    corrected = claim.public_version.kind == claim.public_version.Kind.CORRECTION
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.CORRECTION if corrected else StatusChange.Field.UPDATE,
        from_value=shown.verdict if corrected else "",
        to_value=claim.verdict if corrected else ", ".join(publication.unpublished_changes(claim, shown)),
        note=note,
        internal=not move.public,
    )
    return claim
