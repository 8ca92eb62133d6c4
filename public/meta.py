"""The head of every reader's page: title, description, canonical address, Open Graph and Twitter.

Views pass `meta=page_meta(...)`; templates/public/base.html writes the tags. Pages that are not
one claim share the site's card as their image.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils.text import Truncator

from .claimreview import absolute

CARD_WIDTH, CARD_HEIGHT = 1200, 630


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str
    image: str
    image_alt: str
    published: datetime | None = None
    modified: datetime | None = None
    noindex: bool = False
    image_width: int = CARD_WIDTH
    image_height: int = CARD_HEIGHT

    @property
    def full_title(self) -> str:
        return f"{Truncator(self.title).chars(90)} · {settings.SITE_NAME}"


def page_meta(
    *,
    title: str,
    description: str,
    path: str,
    og_type: str = "website",
    image: str = "",
    image_alt: str = "",
    published: datetime | None = None,
    modified: datetime | None = None,
    noindex: bool = False,
) -> PageMeta:
    return PageMeta(
        title=" ".join(title.split()),
        description=" ".join(description.split()),
        canonical=absolute(path),
        og_type=og_type,
        image=absolute(image or reverse("public:site_card")),
        image_alt=image_alt or f"{settings.SITE_NAME}: claims from the news, checked against the evidence",
        published=published,
        modified=modified,
        noindex=noindex,
    )
