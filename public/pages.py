"""The reader's site pages: home, the ClaimReview feed, corrections, methodology, the site's share
card, robots.txt and the favicon."""

import hashlib

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from claims.labels import VERDICTS
from claims.selectors import freshness
from claims.selectors import public as selectors
from claims.workflow import two_person_rule
from core.caching import Freshness, cached_page

from . import cards
from .claimreview import absolute, feed
from .meta import page_meta
from .words import sentence

TAGLINE = "Claims from the news, checked against the evidence."


def _site_freshness(**kwargs):
    return freshness.site_freshness()


def _settings_freshness(**kwargs) -> Freshness:
    """Pages that change only with the settings they show (and the templates' shape)."""
    parts = [
        freshness.PUBLIC_PAGE_VERSION,
        settings.SITE_NAME,
        settings.CORRECTIONS_EMAIL,
        str(two_person_rule()),
    ]
    return Freshness(etag=hashlib.sha256(":".join(parts).encode()).hexdigest()[:32], last_modified=None)


@cached_page(_site_freshness, "home")
def home(request):
    meta = page_meta(
        title="Latest fact checks",
        description=f"{settings.SITE_NAME} checks claims from the news against the evidence: each fact "
        "check gives the verdict in words, who made the claim, the sources with archived copies, and every "
        "correction.",
        path=reverse("public:home"),
    )
    return render(request, "public/home.html", {"claims": selectors.recent_published(), "meta": meta})


@cached_page(_site_freshness, "feed")
def claims_feed(request):
    return JsonResponse(
        feed(selectors.claims_for_feed()),
        json_dumps_params={"ensure_ascii": False},
        content_type="application/ld+json; charset=utf-8",
    )


def _correction_rows(changes) -> list[dict]:
    rows = []
    for change in changes:
        what = "Withdrawn for correction"
        if change.field == "correction":
            same = change.from_value == change.to_value
            what = "Summary of the verdict corrected" if same else "Verdict corrected"
        elif change.field == "update":
            what = "Updated"
        rows.append({"change": change, "what": what, "reason": sentence(change.note)})
    return rows


@cached_page(_site_freshness, "corrections")
def corrections(request):
    meta = page_meta(
        title="Corrections policy",
        description=f"How {settings.SITE_NAME} corrects its fact checks, dated and with the reason, how to "
        "ask for a correction, and every recent correction.",
        path=reverse("public:corrections"),
    )
    context = {
        "corrections": _correction_rows(selectors.public_corrections()),
        "contact": settings.CORRECTIONS_EMAIL,
        "meta": meta,
    }
    return render(request, "public/corrections.html", context)


@cached_page(_settings_freshness, "methodology")
def methodology(request):
    meta = page_meta(
        title="How we check claims",
        description=f"How {settings.SITE_NAME} picks, checks, rates and signs off claims: the rating scale "
        "with the meaning of every verdict, our sources and archived copies, and corrections.",
        path=reverse("public:methodology"),
    )
    context = {"meta": meta, "two_person": two_person_rule(), "scale": list(VERDICTS.values())}
    return render(request, "public/methodology.html", context)


@cached_page(_settings_freshness, "site-card")
def site_card(request):
    png = cards.render_site_card(site_name=settings.SITE_NAME, tagline=TAGLINE)
    return HttpResponse(png, content_type="image/png")


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /desk/",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /api/",
    ]
    lines.append(f"Sitemap: {absolute(reverse('public:sitemap'))}")
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=86400)
    return response


@require_safe
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says; send them to the static one."""
    return redirect(staticfiles_storage.url("favicon.ico"), permanent=True)
