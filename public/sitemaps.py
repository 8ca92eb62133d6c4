"""The sitemap of the reader's site: published claims, reports with published claims, and pages."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as render_sitemap
from django.db.models import Max, Q
from django.urls import reverse

from claims.selectors import freshness
from claims.selectors import public as selectors
from claims.selectors.public import public_reports
from claims.workflow import Status
from core.caching import cached_page

from .claimreview import absolute


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
        return claim.public_version.published_at


class ReportSitemap(_SiteUrlSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        published = Q(claims__status=Status.PUBLISHED, claims__public_version__isnull=False)
        return (
            public_reports()
            .annotate(last_change=Max("claims__public_version__published_at", filter=published))
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


@cached_page(lambda **kwargs: freshness.site_freshness(), "sitemap")
def sitemap(request):
    response = render_sitemap(request, sitemaps=SITEMAPS)
    response.render()
    return response
