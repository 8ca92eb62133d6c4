"""schema.org ClaimReview for a published claim, and a safe way to embed it in a page.

Search engines and fact-check aggregators read this; the shape follows
https://schema.org/ClaimReview and Google's fact-check markup guidance.
"""

import json
from typing import Any

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from claims.selectors.public import PublicClaim
from claims.workflow import BEST_RATING, VERDICT_RATING, WORST_RATING
from core.validation import is_web_url
from sources.models import Source

# The characters that could end a <script> element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def publisher() -> dict[str, str]:
    return {"@type": "Organization", "name": settings.PUBLISHER_NAME, "url": settings.SITE_URL}


def _source_node(source) -> dict[str, str]:
    kind = "Person" if source.kind == Source.Kind.PERSON else "Organization"
    return {"@type": kind, "name": source.name}


def _primary_source(claim: PublicClaim):
    attributions = claim.attributions
    primary = next((a for a in attributions if a.is_primary), attributions[0] if attributions else None)
    return primary.source if primary else None


def _appearance(claim: PublicClaim) -> dict[str, Any]:
    report = claim.report
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": report.title}
    if is_web_url(report.url):  # a URL stored before validation was never a link to follow
        work["url"] = report.url
    if report.publisher:
        work["publisher"] = {"@type": "Organization", "name": report.publisher}
    if report.byline:
        work["author"] = {"@type": "Person", "name": report.byline}
    if report.published_on:
        work["datePublished"] = report.published_on.isoformat()
    return work


def rating(claim: PublicClaim) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Rating", "alternateName": claim.get_verdict_display()}
    value = VERDICT_RATING.get(claim.verdict)
    if value is not None:
        node.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return node


def claim_review(claim: PublicClaim, *, context: bool = True, date_modified=None) -> dict[str, Any]:
    """The ClaimReview of one published claim, as a JSON-ready dict."""
    appearance = _appearance(claim)
    item: dict[str, Any] = {"@type": "Claim", "appearance": [appearance], "firstAppearance": appearance}
    if (source := _primary_source(claim)) is not None:
        item["author"] = _source_node(source)
    if claim.report.published_on:
        item["datePublished"] = claim.report.published_on.isoformat()
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": absolute(claim.get_public_url()),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": publisher(),
        "reviewRating": rating(claim),
    }
    if claim.published_at:
        review["datePublished"] = claim.published_at.isoformat()
    if date_modified:
        review["dateModified"] = date_modified.isoformat()
    if claim.verdict_summary:
        review["reviewBody"] = claim.verdict_summary
    if context:
        review = {"@context": "https://schema.org", **review}
    return review


def feed(claims) -> dict[str, Any]:
    """Every published ClaimReview as one schema.org DataFeed."""
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{settings.PUBLISHER_NAME} fact checks",
        "url": absolute("/claims/feed.json"),
        "publisher": publisher(),
        "dataFeedElement": [claim_review(c, context=False) for c in claims],
    }


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: <, > and & become \\u escapes (as json_script does)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)


def json_ld_script(data: Any) -> SafeString:
    return mark_safe(f'<script type="application/ld+json">{script_json(data)}</script>')  # noqa: S308
