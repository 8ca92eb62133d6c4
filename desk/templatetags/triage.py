"""The desk's own template helpers: which moves to offer, and history values in words.

Status and verdict badges, icons and words come from `claims/templatetags/labels.py` (the one
vocabulary shared with the readers' pages): `{% load labels triage %}`.
"""

from django import template

from claims.labels import status_label, verdict_label
from claims.workflow import DismissReason, Status, Verdict, targets_for

register = template.Library()


@register.simple_tag
def status_targets(claim, user) -> list[tuple[str, str]]:
    """The moves this user may make on this claim, for the status menu: the queue's rows carry the
    moves the table offers them now (`claim.moves`, from moves_for); elsewhere, what the role allows."""
    moves = getattr(claim, "moves", None)
    targets = targets_for(claim.status, user) if moves is None else [m.to for m in moves]
    return [(t, status_label(t).word) for t in targets]


@register.simple_tag
def quick_dismissals() -> list[tuple[str, str]]:
    """Dismiss reasons that need no note, offered as one-click menu items."""
    return [(r, DismissReason(r).label) for r in (DismissReason.NOT_CHECKWORTHY, DismissReason.DUPLICATE)]


@register.filter
def history_value(value: str, field: str) -> str:
    """A status or verdict in history as its word ("In progress"), anything else as stored."""
    if field == "status" and value in Status.values:
        return status_label(value).word
    if field in ("verdict", "correction") and value in Verdict.values:
        return verdict_label(value).word
    if field == "checklist" and value == "overridden":
        return "published over it"
    return value
