"""A fact-checker prepares a claim on the desk, another editor publishes it, and a signed-out reader
reads it: the verdict block, who said it in plain words, references with their archive date or
the reason there is none, the byline and the share card. Every reader's page is axe-clean on a
desktop (1366 px) and a phone (390 px) screen."""

import re
import sys
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BENCH = Path(__file__).resolve().parents[2] / "bench"
CLAIM_TEXT = "Official figures overstated new homes by 40,000."
WIDTHS = {"desktop": 1366, "phone": 390}
TOO_WIDE = "document.documentElement.scrollWidth <= window.innerWidth + 1"


@pytest.fixture
def newsroom(transactional_db):
    from claims.models import Byline

    checker = make_user("checker", "fact-checkers")
    Byline.objects.create(user=checker, name="Ana Lopez")
    editor = make_user("editor", "editors")
    editor.first_name, editor.last_name = "Sam", "Okafor"
    editor.save()
    return checker, editor


@pytest.fixture
def extracted_claim(transactional_db, report):
    """A claim as extraction and the archiver left it: sources, and two references, one archived
    and one the site would not let us archive."""
    from claims.models import Attribution, Claim
    from sources.models import Reference, Snapshot, Source

    start = report.body.index("The housing minister")
    claim = Claim.objects.create(
        report=report,
        text=CLAIM_TEXT,
        extracted_text=CLAIM_TEXT,
        start=start,
        end=report.body.index("40,000.") + 7,
        slug="homes-overstated",
    )
    paper = Source.objects.create(name="The Daily Planet", slug="daily-planet", kind=Source.Kind.NEWS_ORG)
    officials = Source.objects.create(name="two ministry officials", slug="officials", kind=Source.Kind.GROUP)
    roe = Source.objects.create(
        name="John Roe", slug="john-roe", kind=Source.Kind.PERSON, description="the ministry's spokesperson"
    )
    top = Attribution.objects.create(
        claim=claim, source=paper, role=Attribution.Role.REPORTED, is_primary=True
    )
    Attribution.objects.create(claim=claim, source=officials, role=Attribution.Role.CITED, parent=top)
    Attribution.objects.create(claim=claim, source=roe, role=Attribution.Role.DENIED)
    table = Reference.objects.create(
        title="Housing statistics 2026",
        publisher="Statistics Office",
        url="https://stats.example.org/homes",
        capture_state=Reference.Capture.ARCHIVED,
    )
    Snapshot.objects.create(
        reference=table,
        requested_url=table.url,
        final_url=table.url,
        ok=True,
        http_status=200,
        content_type="text/html",
        title="Housing statistics",
        text="12,000 new homes",
        fetched_at=timezone.now(),
        task_id="browser-ok",
    )
    refused = Reference.objects.create(
        title="Ministry statement",
        url="https://ministry.example.org/statement",
        kind=Reference.Kind.STATEMENT,
        capture_state=Reference.Capture.FAILED,
    )
    Snapshot.objects.create(
        reference=refused,
        requested_url=refused.url,
        ok=False,
        http_status=403,
        error="HTTP 403",
        error_class="HTTPFailure",
        task_id="browser-refused",
    )
    for ref in (table, refused):
        ref.claims.add(claim)
    return claim


def prepare_on_the_desk(page, claim) -> None:
    """The fact-checker: start, add public evidence, give a verdict, send for sign-off."""
    page.goto(claim.get_absolute_url())
    header = page.locator("#claim-header")
    page.locator("#section-status summary", has_text="Change status").click()
    page.locator("#section-status .menu-item", has_text="In progress").click()
    expect(header).to_contain_text("In progress")
    page.locator("#section-notes summary", has_text="Add public evidence").click()
    page.locator("#evidence-text").fill("Table 4 shows 12,000 homes, not 52,000.")
    page.get_by_role("button", name="Add public evidence").click()
    expect(page.locator("#section-notes .note-card:not(.internal)")).to_contain_text("Table 4")
    page.locator("#verdict-verdict").select_option("mostly_false")
    page.locator("#verdict-summary").fill("The statistics office counted 12,000 new homes.")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#section-history")).to_contain_text("Mostly false")
    page.locator("#section-status summary", has_text="Change status").click()
    page.locator("#section-status .menu-item", has_text="Needs sign-off").click()
    expect(header).to_contain_text("Needs sign-off")


def publish_from_the_dashboard(page) -> None:
    page.goto("/desk/reports/dashboard/")
    page.get_by_role("link", name=re.compile("Review and sign off")).click()
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("Published. Readers can see it now.").wait_for()


def share_card_size(page, url: str) -> list[int]:
    return page.evaluate(
        """url => new Promise((done, fail) => {
            const img = new Image();
            img.onload = () => done([img.naturalWidth, img.naturalHeight]);
            img.onerror = fail;
            img.src = url;
        })""",
        url,
    )


def test_a_claim_checked_on_the_desk_and_published_by_another_editor_reads_well(
    new_page, newsroom, extracted_claim
):
    checker_page = new_page()
    sign_in(checker_page, "checker")
    prepare_on_the_desk(checker_page, extracted_claim)

    editor_page = new_page()
    sign_in(editor_page, "editor")
    publish_from_the_dashboard(editor_page)

    reader = new_page()  # a fresh context: signed out
    response = reader.goto(extracted_claim.get_public_url())
    assert response.status == 200
    expect(reader.get_by_role("heading", level=1)).to_have_text(CLAIM_TEXT)

    verdict = reader.locator(".verdict-block")
    expect(verdict.locator(".verdict-rating")).to_have_text("☒ Mostly false")
    expect(verdict.locator(".verdict-meaning")).to_contain_text("leaves out facts")
    expect(verdict.get_by_role("link", name="See our rating scale")).to_have_attribute(
        "href", "/methodology/#verdict-mostly_false"
    )

    said_by = reader.locator(".said-by")
    expect(said_by).to_contain_text("The Daily Planet reported this, citing two ministry officials.")
    expect(said_by).to_contain_text("John Roe, the ministry's spokesperson, denied it.")
    assert "News organisation" not in reader.locator(".the-claim").inner_text()

    references = reader.locator(".reference")
    table = references.filter(has_text="Housing statistics 2026")
    expect(table.locator("a.original-link")).to_have_attribute("href", "https://stats.example.org/homes")
    expect(table.locator("a.archived-link")).to_have_text(re.compile(r"^Archived \d{1,2} \w{3} \d{4}"))
    expect(references.filter(has_text="Ministry statement")).to_contain_text(
        "The page could not be archived: the site refused automated access."
    )

    expect(reader.locator(".byline")).to_have_text("Checked by Ana Lopez, edited by Sam Okafor.")
    expect(reader.locator(".dates")).to_contain_text("Published")
    text = reader.locator("body").inner_text()
    assert not re.search(r"\b(checker|editor)\b", text)

    og_image = reader.locator('meta[property="og:image"]').get_attribute("content")
    assert re.search(r"/claims/homes-overstated/card\.png\?v=\d+$", og_image)
    twitter = reader.locator('meta[name="twitter:card"]').get_attribute("content")
    assert twitter == "summary_large_image"
    card_url = reader.locator("a.share-card-link").get_attribute("href")
    card = reader.request.get(card_url)
    assert card.status == 200
    assert card.headers["content-type"] == "image/png"
    assert "max-age" in card.headers["cache-control"] and card.headers["etag"]
    assert share_card_size(reader, card_url) == [1200, 630]

    assert serious_axe_violations(reader) == []
    screenshot(reader, "reader-claim")

    table.locator("a.archived-link").click()
    expect(reader.locator(".archive-notice")).to_contain_text("This is an archive.")
    expect(reader.locator(".archive-notice")).to_contain_text("https://stats.example.org/homes")
    screenshot(reader, "reader-archive")


@pytest.fixture
def reader_site(transactional_db):
    sys.path.insert(0, str(BENCH))
    from reader_site import build_site

    return build_site()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_reader_page_is_axe_clean_and_fits_the_screen(new_page, reader_site, width):
    page = new_page()
    page.set_viewport_size({"width": width, "height": 900})
    for name, url in reader_site.items():
        assert page.goto(url).status == 200, url
        assert serious_axe_violations(page) == [], (name, width)
        assert page.evaluate(TOO_WIDE), (name, width)
        screenshot(page, f"reader-{name}-{width}")
