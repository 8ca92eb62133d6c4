"""Status and verdict badges for the desk and the readers' pages: an icon and a word, colour only as a hint.

{% load labels %}
{% status_badge claim.status %}  {% verdict_badge claim.verdict %}  {{ claim.verdict|verdict_meaning }}
"""

from django import template
from django.utils.html import format_html

from claims.labels import STATUSES, VERDICTS, status_label, verdict_label

register = template.Library()


@register.filter
def status_icon(status: str) -> str:
    return status_label(status).icon


@register.filter
def status_word(status: str) -> str:
    return status_label(status).word


@register.filter
def verdict_icon(verdict: str) -> str:
    return verdict_label(verdict).icon


@register.filter
def verdict_word(verdict: str) -> str:
    return verdict_label(verdict).word


@register.filter
def verdict_meaning(verdict: str) -> str:
    return verdict_label(verdict).meaning


@register.simple_tag
def status_badge(status: str):
    label = status_label(status)
    return format_html(
        '<span class="badge status-{}"><span aria-hidden="true">{}</span> {}</span>',
        label.value,
        label.icon,
        label.word,
    )


@register.simple_tag
def verdict_badge(verdict: str):
    label = verdict_label(verdict)
    return format_html(
        '<span class="badge verdict verdict-{}"><span aria-hidden="true">{}</span> {}</span>',
        label.value or "none",
        label.icon,
        label.word,
    )


@register.simple_tag
def verdict_scale() -> list:
    """Every verdict with its icon and meaning, best to worst (the scale on /methodology/)."""
    return list(VERDICTS.values())


@register.simple_tag
def status_scale() -> list:
    return list(STATUSES.values())
