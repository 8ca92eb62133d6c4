"""The reader's pages: no sign-in, only published claims, cached and answering conditional requests.

Public templates extend templates/public/base.html, which never touches the session, the
signed-in user or the CSRF token, so one rendered page can be cached and served to everyone.
The server-side cache key carries the page's ETag (claim version, last change, references),
so a change to the claim makes a new key and the old page is simply never read again.
"""

import hashlib
from functools import wraps
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.core.cache import cache
from django.db.models import Max
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from reports.models import Report

from . import public_selectors as selectors
from .claimreview import absolute, claim_review, feed, json_ld_script
from .models import Attribution, StatusChange
from .workflow import Status, Verdict

PAGE_CACHE_SECONDS = 600
PAGE_CACHE_PREFIX = "public"
BROWSER_MAX_AGE = 60

ROLE_WORDS = {
    Attribution.Role.SAID: "Said by",
    Attribution.Role.REPORTED: "Reported by",
    Attribution.Role.CLAIMED: "Claimed by",
    Attribution.Role.DENIED: "Denied by",
    Attribution.Role.ACCUSED: "An accusation made by",
    Attribution.Role.CITED: "Cited by",
    Attribution.Role.QUOTED: "Quoted from",
}

def archived_url(snapshot) -> str:
    return reverse("archive:snapshot", kwargs={"pk": snapshot.pk})


def _freshness(request, freshness_of, kwargs):
    if not hasattr(request, "_public_freshness"):
        request._public_freshness = freshness_of(**kwargs)
    return request._public_freshness


def public_page(freshness_of, name: str):
    """Cache a public view's response by its ETag and answer If-None-Match / If-Modified-Since with 304.

    `freshness_of(**url_kwargs)` returns a Freshness, or None when there is nothing public there (404).
    """

    def etag(request, **kwargs):
        fresh = _freshness(request, freshness_of, kwargs)
        return fresh.etag if fresh else None

    def last_modified(request, **kwargs):
        fresh = _freshness(request, freshness_of, kwargs)
        return fresh.last_modified if fresh else None

    def decorate(view):
        @wraps(view)
        def cached(request, **kwargs):
            fresh = _freshness(request, freshness_of, kwargs)
            if fresh is None:
                raise Http404("Nothing published here.")
            ident = hashlib.sha256(repr(sorted(kwargs.items())).encode()).hexdigest()[:16]
            key = f"{PAGE_CACHE_PREFIX}:{name}:{ident}:{fresh.etag}"
            hit = cache.get(key)
            if hit is None:
                response = view(request, **kwargs)
                if response.status_code == 200:
                    cache.set(key, (response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
            else:
                content, content_type = hit
                response = HttpResponse(content, content_type=content_type)
                response["X-Page-Cache"] = "hit"
            patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
            return response

        return require_safe(condition(etag_func=etag, last_modified_func=last_modified)(cached))

    return decorate


def _site_freshness(**kwargs):
    return selectors.site_freshness()


def _history_entries(claim) -> list[dict]:
    """The public history in readers' words, newest first."""
    entries = []
    published_before = False
    for change in claim.public_history:
        if change.field == StatusChange.Field.STATUS and change.to_value == Status.PUBLISHED:
            what = "Republished" if published_before else "Published"
            kind = "update"
            published_before = True
        elif change.field == StatusChange.Field.STATUS and change.from_value == Status.PUBLISHED:
            what = "Withdrawn for correction"
            kind = "correction"
        elif change.field == StatusChange.Field.CORRECTION:
            old = Verdict(change.from_value).label if change.from_value in Verdict.values else "none"
            new = Verdict(change.to_value).label if change.to_value in Verdict.values else change.to_value
            what = f"Verdict corrected from “{old}” to “{new}”"
            if old == new:
                what = "Summary of the verdict corrected"
            kind = "correction"
        else:
            what, kind = change.get_field_display(), "update"
        entries.append({"at": change.at, "what": what, "note": change.note, "kind": kind})
    return entries[::-1]


def _attributions(claim) -> list[dict]:
    return [
        {
            "words": ROLE_WORDS.get(a.role, a.get_role_display()),
            "source": a.source,
            "kind": a.source.get_kind_display(),
            "primary": a.is_primary,
            "via": a.parent.source if a.parent_id else None,
            "cue": a.cue,
        }
        for a in claim.attributions.all()
    ]


def _references(claim) -> list[dict]:
    rows = []
    for ref in claim.references.all():
        snapshot = ref.ok_snapshots[0] if ref.ok_snapshots else None
        rows.append(
            {
                "ref": ref,
                "snapshot": snapshot,
                "archived_url": archived_url(snapshot) if snapshot else None,
            }
        )
    return rows


def _description(claim) -> str:
    verdict = claim.get_verdict_display()
    summary = " ".join(claim.verdict_summary.split())
    text = f"{verdict}: {summary}" if summary else verdict
    return text if len(text) <= 280 else text[:279].rstrip() + "…"


def _claim_freshness(slug):
    return selectors.claim_freshness(slug)


@public_page(_claim_freshness, "claim")
def claim_page(request, slug):
    claim = selectors.public_claim(slug)
    if claim is None:
        raise Http404("No published claim here.")
    history = _history_entries(claim)
    modified = claim.public_history[-1].at if claim.public_history else None
    canonical = absolute(claim.get_public_url())
    return render(
        request,
        "public/claim.html",
        {
            "claim": claim,
            "report": claim.report,
            "passage": claim.passage,
            "attributions": _attributions(claim),
            "notes": claim.public_notes,
            "references": _references(claim),
            "history": history,
            "corrections": [h for h in history if h["kind"] == "correction"],
            "canonical_url": canonical,
            "description": _description(claim),
            "json_ld": json_ld_script(claim_review(claim, date_modified=modified)),
            "report_url": reverse("public:report", kwargs={"slug": claim.report.slug}),
        },
    )


def _report_freshness(slug):
    return selectors.report_freshness(slug)


@public_page(_report_freshness, "report")
def report_page(request, slug):
    found = selectors.public_report(slug)
    if found is None:
        raise Http404("No published claims for this report.")
    report, claims = found
    return render(
        request,
        "public/report.html",
        {
            "report": report,
            "claims": claims,
            "canonical_url": absolute(reverse("public:report", kwargs={"slug": report.slug})),
            "description": f"{len(claims)} checked claim{pluralize(len(claims))} from “{report.title}”.",
        },
    )


@public_page(_site_freshness, "home")
def home(request):
    return render(
        request,
        "public/home.html",
        {"claims": selectors.recent_published(), "canonical_url": absolute("/")},
    )


@public_page(_site_freshness, "feed")
def claims_feed(request):
    return JsonResponse(
        feed(selectors.claims_for_feed()),
        json_dumps_params={"ensure_ascii": False},
        content_type="application/ld+json; charset=utf-8",
    )


@public_page(_site_freshness, "corrections")
def corrections(request):
    return render(
        request,
        "public/corrections.html",
        {
            "corrections": selectors.public_corrections(),
            "canonical_url": absolute(reverse("public:corrections")),
        },
    )


@require_safe
def methodology(request):
    response = render(
        request, "public/methodology.html", {"canonical_url": absolute(reverse("public:methodology"))}
    )
    patch_cache_control(response, public=True, max_age=3600)
    return response


# --- Sitemap -------------------------------------------------------------------------------------


class _SiteUrlSitemap(Sitemap):
    """Locations on SITE_URL, the canonical address, whatever host the request came in on."""

    def get_domain(self, site=None):
        return urlsplit(absolute("/")).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(absolute("/")).scheme or "https"


class ClaimSitemap(_SiteUrlSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return selectors.published_claims().order_by("-published_at", "id")

    def location(self, claim):
        return claim.get_public_url()

    def lastmod(self, claim):
        return claim.updated_at


class ReportSitemap(_SiteUrlSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return (
            Report.objects.filter(claims__status=Status.PUBLISHED)
            .annotate(last_change=Max("claims__updated_at"))
            .order_by("-last_change", "id")
        )

    def location(self, report):
        return reverse("public:report", kwargs={"slug": report.slug})

    def lastmod(self, report):
        return report.last_change


class PageSitemap(_SiteUrlSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return ["public:home", "public:methodology", "public:corrections"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "claims": ClaimSitemap, "reports": ReportSitemap}


@public_page(_site_freshness, "sitemap")
def sitemap(request):
    from django.contrib.sitemaps.views import sitemap as render_sitemap

    response = render_sitemap(request, sitemaps=SITEMAPS)
    response.render()
    return response
