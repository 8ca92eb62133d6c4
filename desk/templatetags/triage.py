"""Status and verdict badges: a colour, an icon and a word, so colour is never the only signal."""

from django import template
from django.utils.html import format_html

from claims.workflow import DismissReason, Status, Verdict, targets_for

register = template.Library()

STATUS_ICONS = {
    Status.UNREVIEWED: "○",
    Status.IN_PROGRESS: "◐",
    Status.NEEDS_SIGNOFF: "⚑",
    Status.PUBLISHED: "✓",
    Status.DISMISSED: "✕",
}
VERDICT_ICONS = {
    Verdict.TRUE: "✔",
    Verdict.MOSTLY_TRUE: "✔",
    Verdict.MIXED: "≈",
    Verdict.MOSTLY_FALSE: "✘",
    Verdict.FALSE: "✘",
    Verdict.UNVERIFIABLE: "?",
}


@register.filter
def status_icon(status: str) -> str:
    return STATUS_ICONS.get(status, "•")


@register.filter
def status_label(status: str) -> str:
    return Status(status).label if status in Status.values else status


@register.simple_tag
def status_badge(status: str):
    return format_html(
        '<span class="badge status-{}"><span aria-hidden="true">{}</span> {}</span>',
        status,
        status_icon(status),
        status_label(status),
    )


@register.simple_tag
def verdict_badge(verdict: str):
    if not verdict:
        return format_html('<span class="badge verdict-none">{}</span>', "No verdict")
    label = Verdict(verdict).label if verdict in Verdict.values else verdict
    return format_html(
        '<span class="badge verdict-{}"><span aria-hidden="true">{}</span> {}</span>',
        verdict,
        VERDICT_ICONS.get(verdict, ""),
        label,
    )


@register.simple_tag
def status_targets(claim, user) -> list[tuple[str, str]]:
    """The moves this user may make on this claim, for the status menu."""
    return [(t, Status(t).label) for t in targets_for(claim.status, user)]


@register.simple_tag
def quick_dismissals() -> list[tuple[str, str]]:
    """Dismiss reasons that need no note, offered as one-click menu items."""
    return [(r, DismissReason(r).label) for r in (DismissReason.NOT_CHECKWORTHY, DismissReason.DUPLICATE)]


@register.filter
def history_value(value: str, field: str) -> str:
    """A status or verdict in history as its word ("In progress"), anything else as stored."""
    if field == "status" and value in Status.values:
        return Status(value).label
    if field in ("verdict", "correction") and value in Verdict.values:
        return Verdict(value).label
    return value
