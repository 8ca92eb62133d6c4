"""Who is checking a claim."""

from django.db import transaction

from core.permissions import is_staff_member

from ..models import Claim, StatusChange
from ._base import Refused, lock, record, require_work, save, username


@transaction.atomic
def assign(*, claim: Claim, assignee, actor, note: str = "", expected_version: int | None = None) -> Claim:
    claim = lock(claim, expected_version)
    require_work(actor, "assign claims")
    if assignee is not None and not is_staff_member(assignee):
        raise Refused(f"{assignee.get_username()} is not a fact-checker or an editor.", field="assignee")
    if claim.assignee_id == (assignee.pk if assignee else None):
        return claim
    old = claim.assignee
    claim.assignee = assignee
    claim = save(claim, ["assignee"], content=False)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ASSIGNEE,
        from_value=username(old),
        to_value=username(assignee),
        note=note,
    )
    return claim
