"""Bulk actions from the queue.

Each claim goes through the single-claim service on its own, so one refusal does not undo
the others; the result says, per claim, what was refused and why.
"""

from dataclasses import dataclass, field

from core.errors import NotAllowed, Refused, StaleVersion

from ..models import Claim
from ..workflow import Status
from .assignment import assign
from .status import change_status


@dataclass
class BulkResult:
    done: list[Claim] = field(default_factory=list)
    refused: list[tuple[Claim, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.done)


def _each(claims, action) -> BulkResult:
    result = BulkResult()
    for claim in claims:
        try:
            result.done.append(action(claim))
        except (Refused, NotAllowed, StaleVersion) as exc:
            result.refused.append((claim, str(exc) or "Not allowed."))
    return result


def bulk_assign(*, claims, assignee, actor) -> BulkResult:
    return _each(claims, lambda c: assign(claim=c, assignee=assignee, actor=actor))


def bulk_change_status(*, claims, to: str, actor, note: str = "") -> BulkResult:
    return _each(claims, lambda c: change_status(claim=c, to=to, actor=actor, note=note))


def bulk_dismiss(*, claims, reason: str, actor, note: str = "") -> BulkResult:
    return _each(
        claims,
        lambda c: change_status(claim=c, to=Status.DISMISSED, dismiss_reason=reason, actor=actor, note=note),
    )
