"""References: the documents claims rest on. Creating them and pointing them at a URL.

Linking a reference to a claim, and noting it in the claim's history, is the claims app's
job (claims/services/references.py); this module knows nothing of claims.
"""

from django.db import transaction

from core.errors import Refused
from core.validation import clean_text, clean_url

from .models import Reference

TITLE_MAX = Reference._meta.get_field("title").max_length
PUBLISHER_MAX = Reference._meta.get_field("publisher").max_length
URL_MAX = Reference._meta.get_field("url").max_length


class InvalidReference(Refused):
    """A reference the desk cannot keep: no title, an unknown kind or a URL that is not web."""


def checked_url(url: str) -> str:
    """Only well-formed http(s) URLs are stored: they are shown as links and fetched by the archiver."""
    try:
        return clean_url(url, field="url", max_length=URL_MAX)
    except Refused as exc:
        raise InvalidReference(exc.message, field="url") from None


def _clean(value: str, *, limit: int, field: str) -> str:
    try:
        return clean_text(value, field=field, max_length=limit)
    except Refused as exc:
        raise InvalidReference(exc.message, field=field) from None


def create_reference(*, title: str, kind: str, publisher: str = "", url: str = "") -> Reference:
    title = _clean(title, limit=TITLE_MAX, field="title")
    if not title:
        raise InvalidReference("A reference needs a title.", field="title")
    if kind not in Reference.Kind.values:
        raise InvalidReference(f"{kind!r} is not a kind of reference.", field="kind")
    return Reference.objects.create(
        title=title,
        kind=kind,
        publisher=_clean(publisher, limit=PUBLISHER_MAX, field="publisher"),
        url=checked_url(url),
    )


@transaction.atomic
def set_reference_url(*, reference: Reference, url: str) -> tuple[Reference, str] | None:
    """Point the reference at a new URL. Returns (reference, old URL), or None if unchanged.

    The change and rot flags describe the old page, so they reset; the caller queues a capture.
    """
    url = checked_url(url)
    current = Reference.objects.select_for_update().get(pk=reference.pk)
    if current.url == url:
        return None
    old = current.url
    current.url = url
    current.page_changed = False
    current.link_rot = False
    current.save(update_fields=["url", "page_changed", "link_rot", "updated_at"])
    return current, old
