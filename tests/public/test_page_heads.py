"""Every reader's page has a title, a description, a canonical address, Open Graph and Twitter tags
and a favicon; /corrections/ says whom to write to; robots.txt points at the sitemap."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from sources.models import Reference, Snapshot
from tests.public.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(claim, checker, editor, report):
    ref = Reference.objects.create(title="Housing table", url="https://stats.example.org/t")
    ref.claims.add(claim)
    snapshot = Snapshot.objects.create(
        reference=ref,
        requested_url=ref.url,
        final_url=ref.url,
        ok=True,
        fetched_at=timezone.now(),
        text="12,000 homes",
        task_id="heads",
    )
    claim = publish(claim, checker=checker, editor=editor)
    return {
        "home": "/",
        "claim": claim.get_public_url(),
        "report": reverse("public:report", kwargs={"slug": report.slug}),
        "methodology": reverse("public:methodology"),
        "corrections": reverse("public:corrections"),
        "archive": reverse("archive:snapshot", kwargs={"pk": snapshot.pk}),
    }


def meta(html: str, attr: str, name: str) -> str:
    found = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)">', html)
    return found.group(1) if found else ""


@pytest.mark.parametrize("page", ["home", "claim", "report", "methodology", "corrections", "archive"])
def test_every_public_page_has_its_head(client, site, page, settings):
    url = site[page]
    html = client.get(url).content.decode()
    title = re.search(r"<title>([^<]+)</title>", html).group(1)
    assert title.endswith(f" · {settings.SITE_NAME}") and len(title) > len(settings.SITE_NAME) + 5
    assert len(meta(html, "name", "description")) > 50
    assert f'<link rel="canonical" href="{settings.SITE_URL}{url}">' in html
    for prop in ("og:title", "og:description", "og:type", "og:site_name", "og:image", "og:image:alt"):
        assert meta(html, "property", prop), prop
    assert meta(html, "property", "og:url") == settings.SITE_URL + url
    assert meta(html, "property", "og:image").startswith(settings.SITE_URL + "/")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    for name in ("twitter:title", "twitter:description", "twitter:image"):
        assert meta(html, "name", name), name
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html


def test_the_favicon_files_exist_and_favicon_ico_points_at_one(client, settings):
    from django.contrib.staticfiles import finders

    for name in ("favicon.svg", "favicon.ico", "favicon-32.png", "apple-touch-icon.png"):
        assert finders.find(name), name
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.ico"


def test_corrections_page_gives_the_contact_from_the_settings(client, settings):
    settings.CORRECTIONS_EMAIL = "fixes@paper.example"
    html = client.get(reverse("public:corrections")).content.decode()
    assert '<a href="mailto:fixes@paper.example">fixes@paper.example</a>' in html


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_off_the_desk(client, settings):
    body = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in body
    assert "Disallow: /desk/" in body


def test_the_archived_copy_says_it_is_an_archive_when_and_from_where(client, site):
    from sources.models import Snapshot

    snapshot = Snapshot.objects.get()
    html = client.get(site["archive"]).content.decode()
    notice = html.split('class="archive-notice"', 1)[1].split("</div>", 1)[0]
    assert "<strong>This is an archive.</strong>" in notice
    assert f'<time datetime="{snapshot.fetched_at.isoformat()}">' in notice
    assert '<a href="https://stats.example.org/t" rel="nofollow noopener noreferrer"' in notice
    assert '<meta name="robots" content="noindex">' in html


def test_the_report_page_summarises_the_verdicts_in_reading_order(
    client, make_claim, checker, editor, report
):
    type(report).objects.filter(pk=report.pk).update(url="https://testtimes.example.com/minister")
    late = publish(make_claim(text="Later claim", start=50, end=60), checker=checker, editor=editor)
    early = publish(
        make_claim(text="Earlier claim", start=5, end=10), checker=checker, editor=editor, verdict="true"
    )
    html = client.get(reverse("public:report", kwargs={"slug": report.slug})).content.decode()
    assert '<a href="https://testtimes.example.com/minister" rel="nofollow noopener"' in html
    assert "The Test Times" in html
    assert "2 claims checked: 1 true and 1 false." in html
    bar = html.split('<svg class="verdict-bar"', 1)[1].split("</svg>", 1)[0]
    assert '<rect class="bar-v-true" x="0" y="0" width="50"' in bar
    assert '<rect class="bar-v-false" x="50" y="0" width="50"' in bar
    assert html.index(early.text) < html.index(late.text)
    claims = html.split('class="report-claims"', 1)[1]
    assert claims.index("✔</span> True") < claims.index(early.text) < claims.index("✘</span> False")
