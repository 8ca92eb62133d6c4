import pytest
from django.urls import reverse

from claims import services
from claims.workflow import Status
from tests.public.conftest import correct, publish

pytestmark = pytest.mark.django_db


def test_report_page_lists_published_claims_in_reading_order(client, make_claim, checker, editor, report):
    late = publish(make_claim(text="Later claim", start=50, end=60), checker=checker, editor=editor)
    early = publish(
        make_claim(text="Earlier claim", start=5, end=10), checker=checker, editor=editor, verdict="true"
    )
    make_claim(text="Unpublished middle claim", start=20, end=30)
    html = client.get(reverse("public:report", kwargs={"slug": report.slug})).content.decode()
    assert html.index(early.text) < html.index(late.text)
    assert "Unpublished middle claim" not in html
    assert "True" in html and "False" in html


def test_report_without_published_claims_is_404(client, claim, report):
    assert client.get(reverse("public:report", kwargs={"slug": report.slug})).status_code == 404


def test_report_page_answers_304_and_changes_when_a_claim_is_unpublished(
    client, published_claim, editor, report
):
    url = reverse("public:report", kwargs={"slug": report.slug})
    first = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    services.change_status(claim=published_claim, to=Status.IN_PROGRESS, actor=editor, note="Withdrawn")
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 404


def test_home_lists_recent_published_claims(client, published_claim, make_claim):
    make_claim(text="Draft not for readers")
    html = client.get("/").content.decode()
    assert published_claim.text in html
    assert "Draft not for readers" not in html


def test_methodology_and_corrections_pages_are_public(client):
    assert "How we check claims" in client.get(reverse("public:methodology")).content.decode()
    assert "Corrections policy" in client.get(reverse("public:corrections")).content.decode()


def test_corrections_page_lists_corrections_of_published_claims(
    client, published_claim, editor, other_editor
):
    correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="Right after all.",
        note="Ministry data revised",
    )
    html = client.get(reverse("public:corrections")).content.decode()
    assert "Ministry data revised" in html
    assert published_claim.get_public_url() in html


def test_sitemap_lists_every_public_page(client, published_claim, make_claim, report, settings):
    draft = make_claim(text="Draft")
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{settings.SITE_URL}{published_claim.get_public_url()}</loc>" in xml
    assert f"<loc>{settings.SITE_URL}{reverse('public:report', kwargs={'slug': report.slug})}</loc>" in xml
    assert f"<loc>{settings.SITE_URL}/methodology/</loc>" in xml
    assert f"<loc>{settings.SITE_URL}/</loc>" in xml
    assert draft.get_public_url() not in xml


def test_public_pages_refuse_post(client, published_claim):
    assert client.post(published_claim.get_public_url()).status_code == 405
