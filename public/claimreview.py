"""schema.org ClaimReview for a published claim, and a safe way to embed it in a page.

Search engines and fact-check aggregators read this; the shape follows
https://schema.org/ClaimReview and Google's fact-check markup guidance:

- `reviewRating` has the verdict's word as `name` and `alternateName` (the textual rating Google
  shows), and every rating carries the scale, `bestRating` 5 (True) to `worstRating` 1 (False).
  True to False also have a `ratingValue` (5..1). **Unverifiable** is not a point on that scale:
  it has the scale but no `ratingValue`, so nothing reads it as "Mixed"; its word says what it is.
- `itemReviewed.author` is always set: the claim's main source, or, when the report says it in
  its own voice, the report's publisher (its byline, its web host, or "Unattributed" when the
  report names none of these).
- `itemReviewed.appearance` (and `firstAppearance`) is the report, with its URL when it has an
  http(s) one. `dateModified` is when the version readers see was published; the DataFeed
  carries the newest of its items'.
"""

import json
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from claims.labels import verdict_label
from claims.selectors.public import PublicClaim
from claims.workflow import BEST_RATING, VERDICT_RATING, WORST_RATING
from sources.models import Source

from .words import safe_href

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


def _report_author(report) -> dict[str, str]:
    """Who speaks when a report makes a claim in its own voice."""
    if report.publisher:
        return {"@type": "Organization", "name": report.publisher}
    if report.byline:
        return {"@type": "Person", "name": report.byline}
    host = urlsplit(safe_href(report.url)).hostname
    return {"@type": "Organization", "name": host or "Unattributed"}


def _appearance(claim: PublicClaim) -> dict[str, Any]:
    report = claim.report
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": report.title}
    if url := safe_href(report.url):
        work["url"] = url
    if report.publisher:
        work["publisher"] = {"@type": "Organization", "name": report.publisher}
    if report.byline:
        work["author"] = {"@type": "Person", "name": report.byline}
    if report.published_on:
        work["datePublished"] = report.published_on.isoformat()
    return work


def rating(claim: PublicClaim) -> dict[str, Any]:
    word = verdict_label(claim.verdict).word
    node: dict[str, Any] = {"@type": "Rating", "name": word, "alternateName": word}
    value = VERDICT_RATING.get(claim.verdict)
    if value is not None:
        node["ratingValue"] = value
    node.update(bestRating=BEST_RATING, worstRating=WORST_RATING)
    return node


def claim_review(claim: PublicClaim, *, context: bool = True) -> dict[str, Any]:
    """The ClaimReview of one published claim, as a JSON-ready dict."""
    appearance = _appearance(claim)
    item: dict[str, Any] = {"@type": "Claim", "appearance": [appearance], "firstAppearance": appearance}
    source = _primary_source(claim)
    item["author"] = _source_node(source) if source is not None else _report_author(claim.report)
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
    review["dateModified"] = claim.version.published_at.isoformat()
    if claim.verdict_summary:
        review["reviewBody"] = claim.verdict_summary
    if context:
        review = {"@context": "https://schema.org", **review}
    return review


def feed(claims) -> dict[str, Any]:
    """Every published ClaimReview as one schema.org DataFeed, dated by its newest change."""
    items = [claim_review(c, context=False) for c in claims]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{settings.PUBLISHER_NAME} fact checks",
        "url": absolute("/claims/feed.json"),
        "publisher": publisher(),
    }
    changed = [c.version.published_at for c in claims]
    if changed:
        data["dateModified"] = max(changed).isoformat()
    data["dataFeedElement"] = items
    return data


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: <, > and & become \\u escapes (as json_script does)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)


def json_ld_script(data: Any) -> SafeString:
    return mark_safe(f'<script type="application/ld+json">{script_json(data)}</script>')  # noqa: S308
