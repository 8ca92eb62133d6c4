import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Attribution
from claims.workflow import Status
from sources.models import Reference, Snapshot, Source
from tests.public.conftest import correct, publish

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


@pytest.fixture
def sourced_claim(claim, checker, editor):
    person = Source.objects.create(name="John Roe", slug="john-roe", kind=Source.Kind.PERSON)
    paper = Source.objects.create(name="Daily Planet", slug="daily-planet", kind=Source.Kind.NEWS_ORG)
    Attribution.objects.create(claim=claim, source=person, role=Attribution.Role.SAID, is_primary=True)
    Attribution.objects.create(claim=claim, source=paper, role=Attribution.Role.REPORTED)
    ref = Reference.objects.create(
        title="Housing statistics 2026",
        url="https://stats.example.org/homes",
        capture_state=Reference.Capture.ARCHIVED,
    )
    ref.claims.add(claim)
    Snapshot.objects.create(
        reference=ref, requested_url=ref.url, ok=True, fetched_at=timezone.now(), task_id="t1"
    )
    services.add_note(claim=claim, text="Internal: ask Bob at the ministry", actor=checker)
    return publish(claim, checker=checker, editor=editor, verdict="mostly_false")


def test_published_claim_page_shows_claim_verdict_in_words_and_sources(client, sourced_claim):
    response = client.get(sourced_claim.get_public_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert sourced_claim.text in html
    assert "Mostly false" in html
    assert "<p>John Roe said this.</p>" in html
    assert "<p>Daily Planet reported this.</p>" in html
    assert "(News organisation)" not in html
    assert "Minister resigns" in html  # the report
    assert sourced_claim.passage.split("\n")[0] in html


def test_claim_page_quotes_the_passage_from_the_report_body(client, make_claim, checker, editor, report):
    start = report.body.index("The housing minister")
    end = report.body.index("40,000.") + len("40,000.")
    claim = publish(
        make_claim(text="Figures overstated new homes by 40,000.", start=start, end=end),
        checker=checker,
        editor=editor,
    )
    html = client.get(claim.get_public_url()).content.decode()
    assert '<blockquote class="passage">The housing minister, Jane Doe' in html
    assert "by 40,000.</blockquote>" in html


def test_claim_page_links_original_reference_with_nofollow_noopener(client, sourced_claim):
    html = client.get(sourced_claim.get_public_url()).content.decode()
    assert (
        '<a href="https://stats.example.org/homes" rel="nofollow noopener" class="original-link">'
        "Housing statistics 2026</a>" in html
    )


def test_claim_page_links_archived_copy_with_its_capture_date(client, sourced_claim):
    snapshot = Snapshot.objects.get()
    html = client.get(sourced_claim.get_public_url()).content.decode()
    taken = snapshot.fetched_at
    assert (
        f'<a href="/archive/{snapshot.pk}/" class="archived-link">Archived '
        f'<time datetime="{taken.isoformat()}">{taken.day} {taken:%b %Y}</time>' in html
    )


def test_claim_page_shows_public_evidence_with_links(client, published_claim):
    html = client.get(published_claim.get_public_url()).content.decode()
    assert "statistics office table shows 12,000 homes" in html
    assert '<a href="https://stats.example.org/homes" rel="nofollow">' in html


def test_claim_page_shows_published_date_and_links_policies(client, published_claim):
    html = client.get(published_claim.get_public_url()).content.decode()
    assert f'datetime="{published_claim.published_at.isoformat()}"' in html or "Published <time" in html
    assert reverse("public:methodology") in html
    assert reverse("public:corrections") in html


def test_unpublished_claim_is_404(client, claim):
    assert client.get(claim.get_public_url()).status_code == 404


def test_claim_in_needs_signoff_is_404(client, claim, checker):
    services.add_evidence(claim=claim, text="Evidence", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict="true", summary="Yes.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    assert client.get(claim.get_public_url()).status_code == 404


def test_unpublished_after_publication_is_404(client, published_claim, editor):
    client.get(published_claim.get_public_url())  # cached while published
    services.change_status(claim=published_claim, to=Status.IN_PROGRESS, actor=editor, note="Wrong figure")
    assert client.get(published_claim.get_public_url()).status_code == 404


def test_public_page_never_shows_internal_notes_assignee_or_internal_history(
    client, sourced_claim, checker, editor, other_checker
):
    claim = services.assign(claim=sourced_claim, assignee=other_checker, actor=editor, note="secret handover")
    html = client.get(claim.get_public_url()).content.decode()
    assert "ask Bob at the ministry" not in html
    assert "internal note" not in html
    assert other_checker.username not in html
    assert "secret handover" not in html
    assert checker.username not in html
    assert editor.username not in html


def test_public_page_does_not_list_other_unpublished_claims(client, published_claim, make_claim):
    make_claim(text="Secret unpublished draft claim")
    for url in [
        "/",
        reverse("public:report", kwargs={"slug": published_claim.report.slug}),
        published_claim.get_public_url(),
        "/claims/feed.json",
        "/sitemap.xml",
        "/corrections/",
    ]:
        body = client.get(url).content.decode()
        assert "Secret unpublished draft claim" not in body, url


def test_public_page_sets_no_cookie_and_carries_no_csrf_token(client, published_claim):
    response = client.get(published_claim.get_public_url())
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "X-CSRFToken" not in response.content.decode()
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_claim_page_has_canonical_open_graph_and_twitter_tags(client, published_claim, settings):
    html = client.get(published_claim.get_public_url()).content.decode()
    canonical = settings.SITE_URL + published_claim.get_public_url()
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert '<meta property="og:title" content="False: ' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    card = f"{settings.SITE_URL}/claims/{published_claim.slug}/card.png?v={published_claim.public_version_id}"
    assert f'<meta property="og:image" content="{card}">' in html
    assert f'<meta name="twitter:image" content="{card}">' in html


def test_claim_page_shows_unpublish_and_correction_as_public_updates(
    client, published_claim, editor, other_editor
):
    claim = services.change_status(
        claim=published_claim, to=Status.IN_PROGRESS, actor=editor, note="The ministry revised its table"
    )
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=editor)
    claim = services.change_status(claim=claim, to=Status.PUBLISHED, actor=other_editor)
    claim = correct(
        claim,
        by=editor,
        publisher=other_editor,
        verdict="mixed",
        summary="Partly right.",
        note="New figures from the ministry",
    )
    html = client.get(claim.get_public_url()).content.decode()
    assert "Withdrawn for correction. The ministry revised its table." in html
    assert "The verdict was corrected from “False” to “Mixed”. New figures from the ministry." in html
    assert "Published again after correction." in html
    assert html.index('class="correction-notice"') < html.index("Why</h2>")  # near the top
    assert html.index("Updates and corrections") > html.index("Why</h2>")  # the full list is beside it


def test_claim_text_with_markup_is_rendered_harmlessly(client, make_claim, checker, editor):
    evil = "He said \"</script><script>alert(1)</script>\" & <b>won</b> 'x'"
    claim = publish(
        make_claim(text=evil),
        checker=checker,
        editor=editor,
        summary='<img src=x onerror=alert(2)> "quoted"',
        evidence="<script>alert(3)</script> see javascript:alert(4)",
    )
    html = client.get(claim.get_public_url()).content.decode()
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    assert "<b>won</b>" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html
    assert 'href="javascript:' not in html
    # meta attribute values stay inside their quotes
    assert re.search(r'<meta property="og:title" content="[^"<>]*&quot;&lt;/script&gt;', html)
    # and the JSON-LD still parses to the original text
    assert json_ld(html)["claimReviewed"] == evil


def test_claim_page_answers_304_to_repeated_conditional_request(client, published_claim):
    first = client.get(published_claim.get_public_url())
    etag = first["ETag"]
    assert first["Last-Modified"]
    again = client.get(published_claim.get_public_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    since = client.get(published_claim.get_public_url(), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_claim_change_gives_a_new_etag_and_fresh_page(client, published_claim, editor, other_editor):
    first = client.get(published_claim.get_public_url())
    correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="It was right after all.",
        note="Re-checked",
    )
    again = client.get(published_claim.get_public_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "It was right after all." in again.content.decode()


def test_repeated_request_is_served_from_the_page_cache(
    client, published_claim, django_assert_max_num_queries
):
    client.get(published_claim.get_public_url())
    with django_assert_max_num_queries(3):
        response = client.get(published_claim.get_public_url())
    assert response["X-Page-Cache"] == "hit"


def test_new_snapshot_refreshes_the_page(client, sourced_claim):
    first = client.get(sourced_claim.get_public_url())
    ref = Reference.objects.get()
    Snapshot.objects.create(
        reference=ref, requested_url=ref.url, ok=True, fetched_at=timezone.now(), task_id="t2"
    )
    again = client.get(sourced_claim.get_public_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200


def test_claim_page_query_count_does_not_grow_with_references(
    client, sourced_claim, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20) as few:
        client.get(sourced_claim.get_public_url())
    for i in range(10):
        ref = Reference.objects.create(title=f"Ref {i}", url=f"https://stats.example.org/{i}")
        ref.claims.add(sourced_claim)
        Snapshot.objects.create(
            reference=ref, requested_url=ref.url, ok=True, fetched_at=timezone.now(), task_id=f"q{i}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(sourced_claim.get_public_url())


def test_summary_only_correction_is_worded_as_such(client, published_claim, editor, other_editor):
    claim = correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="false",
        summary="Sharper summary.",
        note="Clarified",
    )
    html = client.get(claim.get_public_url()).content.decode()
    assert "The summary of the verdict was corrected. Clarified." in html
    assert "from “False” to “False”" not in html
