"""Sources (the people and bodies claims are attributed to): one row per real-world entity."""

from django.utils.text import slugify

from core.errors import Refused
from core.validation import clean_text

from .models import Source

NAME_MAX = Source._meta.get_field("name").max_length


def canonical(source: Source) -> Source:
    """Follow merges to the source that stands for this one now."""
    seen = set()
    while source.merged_into_id and source.pk not in seen:
        seen.add(source.pk)
        source = source.merged_into
    return source


def unique_source_slug(name: str) -> str:
    base = slugify(name)[:180] or "source"
    slug, n = base, 2
    while Source.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def source_named(*, name: str, kind: str = "") -> Source:
    """The source with this name or alias (following merges), or a new one."""
    name = clean_text(name, field="new_source", max_length=NAME_MAX)
    if not name:
        raise Refused("A source needs a name.", field="new_source")
    if kind and kind not in Source.Kind.values:
        raise Refused(f"{kind!r} is not a kind of source.", field="new_source_kind")
    source = Source.objects.filter(name__iexact=name).first()
    if source is None:
        wanted = name.lower()
        source = next(
            (s for s in Source.objects.exclude(aliases=[]) if wanted in {a.lower() for a in s.aliases}),
            None,
        )
    if source is None:
        return Source.objects.create(name=name, slug=unique_source_slug(name), kind=kind or Source.Kind.OTHER)
    return canonical(source)
