"""`{% source_says claim as says %}`: the passages that confirm a published claim's attributions,
read from the frozen version readers see (never the newsroom's working copy)."""

from django import template

from claims.passages.selectors import public_passages

register = template.Library()


@register.simple_tag
def source_says(claim) -> list[dict]:
    version = getattr(claim, "version", None)
    return public_passages(version.content or {}) if version is not None else []
