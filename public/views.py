"""The reader's claim and report pages, and their share cards: no sign-in, only published claims,
cached and answering conditional requests.

Public templates extend templates/public/base.html, which never touches the session, the
signed-in user or the CSRF token, so one rendered page can be cached and served to everyone.
The server-side cache key carries the page's ETag (claims/selectors/freshness.py), so a change
to what a page shows makes a new key and the old page is simply never read again.
"""

from collections import Counter

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import pluralize
from django.urls import reverse

from claims.labels import VERDICTS, verdict_label
from claims.selectors import freshness
from claims.selectors import public as selectors
from core.caching import cached_page

from . import cards, words
from .claimreview import claim_review, json_ld_script
from .meta import page_meta


def card_path(claim) -> str:
    """The share card's address; it names the version, so a new verdict is a new image to scrapers."""
    path = reverse("public:card", kwargs={"slug": claim.slug})
    return f"{path}?v={claim.version.pk}"


def _claim_context(claim) -> dict:
    history = words.history_entries(claim)
    report = claim.report
    return {
        "claim": claim,
        "verdict": verdict_label(claim.verdict),
        "report": report,
        "report_href": words.safe_href(report.url),
        "report_url": reverse("public:report", kwargs={"slug": report.slug}),
        "passage": claim.passage,
        "said_by": words.attribution_sentences(claim) or [words.own_voice_sentence(report)],
        "disputed_by": [(c, verdict_label(c.verdict)) for c in claim.disputed_by],
        "evidence": claim.evidence,
        "references": words.reference_rows(claim),
        "history": history,
        "latest_correction": next((h for h in history if h.kind == "correction"), None),
        "json_ld": json_ld_script(claim_review(claim)),
    }


@cached_page(lambda slug: freshness.claim_freshness(slug), "claim")
def claim_page(request, slug):
    claim = selectors.public_claim(slug)
    if claim is None:
        raise Http404("No published claim here.")
    label = verdict_label(claim.verdict)
    meta = page_meta(
        title=f"{label.word}: {claim.text}",
        description=words.description(claim),
        path=claim.get_public_url(),
        og_type="article",
        image=card_path(claim),
        image_alt=f"{label.word}: “{claim.text}” — a fact check by {settings.SITE_NAME}",
        published=claim.published_at,
        modified=claim.version.published_at,
    )
    context = {**_claim_context(claim), "meta": meta, "card_url": card_path(claim)}
    return render(request, "public/claim.html", context)


@cached_page(lambda slug: freshness.card_freshness(slug), "card")
def claim_card(request, slug):
    version = selectors.published_version(slug)
    if version is None:
        raise Http404("No published claim here.")
    png = cards.render_card(
        text=version.text, verdict=verdict_label(version.verdict), site_name=settings.SITE_NAME
    )
    return HttpResponse(png, content_type="image/png")


def verdict_tally(claims) -> list[dict]:
    """How many of the claims got each verdict, in the scale's order, with each share of the bar."""
    counts = Counter(c.verdict for c in claims)
    total = sum(counts.values()) or 1
    tally, offset = [], 0.0
    for value, label in VERDICTS.items():
        if counts[value]:
            share = 100 * counts[value] / total
            tally.append(
                {"label": label, "count": counts[value], "x": f"{offset:.4g}", "width": f"{share:.4g}"}
            )
            offset += share
    return tally


def _tally_sentence(tally: list[dict], total: int) -> str:
    parts = [f"{t['count']} {t['label'].word.lower()}" for t in tally]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{total} claim{pluralize(total)} checked: {listed}."


@cached_page(lambda slug: freshness.report_freshness(slug), "report")
def report_page(request, slug):
    found = selectors.public_report(slug)
    if found is None:
        raise Http404("No published claims for this report.")
    report, claims = found
    tally = verdict_tally(claims)
    summary = _tally_sentence(tally, len(claims))
    meta = page_meta(
        title=f"Fact checks: {report.title}",
        description=f"{summary} From “{report.title}”"
        + (f", {report.publisher}." if report.publisher else "."),
        path=reverse("public:report", kwargs={"slug": report.slug}),
    )
    context = {
        "report": report,
        "report_href": words.safe_href(report.url),
        "claims": claims,
        "tally": tally,
        "tally_sentence": summary,
        "meta": meta,
    }
    return render(request, "public/report.html", context)
