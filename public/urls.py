"""The reader's site, mounted at the root: published claims and reports, no sign-in."""

from django.urls import path

from . import pages, sitemaps, views

app_name = "public"

urlpatterns = [
    path("", pages.home, name="home"),
    path("claims/feed.json", pages.claims_feed, name="feed"),
    path("claims/<slug:slug>/", views.claim_page, name="claim"),
    path("claims/<slug:slug>/card.png", views.claim_card, name="card"),
    path("reports/<slug:slug>/", views.report_page, name="report"),
    path("methodology/", pages.methodology, name="methodology"),
    path("corrections/", pages.corrections, name="corrections"),
    path("card.png", pages.site_card, name="site_card"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("favicon.ico", pages.favicon, name="favicon"),
]
