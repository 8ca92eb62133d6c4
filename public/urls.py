"""The reader's site, mounted at the root: published claims and reports, no sign-in."""

from django.urls import path

from . import sitemaps, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/feed.json", views.claims_feed, name="feed"),
    path("claims/<slug:slug>/", views.claim_page, name="claim"),
    path("reports/<slug:slug>/", views.report_page, name="report"),
    path("methodology/", views.methodology, name="methodology"),
    path("corrections/", views.corrections, name="corrections"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
]
