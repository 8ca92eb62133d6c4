"""Moving a claim through the workflow: lock → check the move table → save → record."""

from django.db import transaction

from ..checklist import OVERRIDE_MAX, checklist_for
from ..models import Claim, StatusChange
from ..workflow import Move, Status, check_move
from . import publication
from ._base import Refused, clean_text, lock, record, save

PUBLISHING = ("publish", "publish_update")


@transaction.atomic
def change_status(
    *,
    claim: Claim,
    to: str,
    actor,
    note: str = "",
    dismiss_reason: str = "",
    override_reason: str = "",
    expected_version: int | None = None,
) -> Claim:
    """Make one move of the workflow (publishing, a published update and unpublishing included).

    Publishing checks the publishing checklist (claims/checklist.py) under the lock: a blocking
    item is refused unless `override_reason` says why the editor publishes anyway; the override
    is recorded in the history and kept on the published version.
    """
    claim = lock(claim, expected_version)
    note = (note or "").strip()
    move = check_move(publication.facts(claim), to, actor, note=note, dismiss_reason=dismiss_reason)
    override = _checklist_override(claim, move, override_reason) if move.name in PUBLISHING else None
    if move.name == "publish_update":
        claim = _publish_update(claim, move, actor=actor, note=note, override=override)
        _record_override(claim, actor, override)
        return claim
    frm = claim.status
    fields = ["status"]
    if to == Status.DISMISSED:
        claim.dismiss_reason = dismiss_reason
        fields.append("dismiss_reason")
    elif frm == Status.DISMISSED:
        claim.dismiss_reason = ""
        fields.append("dismiss_reason")
    if to == Status.PUBLISHED:
        fields += _publish(claim, actor=actor, note=note, override=override)
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
    _record_override(claim, actor, override)
    return claim


def _checklist_override(claim: Claim, move: Move, reason: str) -> dict | None:
    """None when nothing blocks; else the override to record, or Refused beside the reason's field."""
    blocking = checklist_for(claim).blocking
    if not blocking:
        return None
    if not (reason or "").strip():
        raise Refused(
            blocking[0].details[0] if blocking[0].details else blocking[0].label, field="override_reason"
        )
    reason = clean_text(
        reason, field="override_reason", what="The reason for the override", max_length=OVERRIDE_MAX
    )
    return {"reason": reason, "items": [i.label for i in blocking]}


def _record_override(claim: Claim, actor, override: dict | None) -> None:
    if override is None:
        return
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.CHECKLIST,
        from_value="; ".join(override["items"]),
        to_value="overridden",
        note=override["reason"],
    )


def _publish(claim: Claim, *, actor, note: str, override: dict | None = None) -> list[str]:
    claim.status = Status.PUBLISHED  # the version records the claim as readers will see it
    claim.public_version = publication.freeze(claim, actor=actor, reason=note, override=override)
    claim.update_pending = False
    fields = ["public_version", "update_pending"]
    if claim.published_at is None:
        claim.published_at = claim.public_version.published_at
        fields.append("published_at")
    return fields


def _publish_update(claim: Claim, move: Move, *, actor, note: str, override: dict | None) -> Claim:
    """A correction (the verdict or its summary changed) or an update, dated and public."""
    shown = claim.public_version
    claim.public_version = publication.freeze(claim, actor=actor, reason=note, override=override)
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
