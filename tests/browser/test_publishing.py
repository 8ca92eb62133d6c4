"""An editor publishes from the dashboard; a signed-out reader then sees the fact check."""

import pytest
from django.utils import timezone

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CLAIM_TEXT = "Official figures overstated new homes by 40,000."


@pytest.fixture
def waiting_claim(transactional_db, report):
    """A claim with a source, public and internal notes and an archived reference, waiting for sign-off."""
    from claims import services
    from claims.models import Attribution, Claim
    from claims.workflow import Status
    from sources.models import Reference, Snapshot, Source

    checker = make_user("checker", "fact-checkers")
    start = report.body.index("The housing minister")
    claim = Claim.objects.create(
        report=report,
        text=CLAIM_TEXT,
        extracted_text=CLAIM_TEXT,
        start=start,
        end=report.body.index("40,000.") + 7,
        slug="homes-overstated",
    )
    paper = Source.objects.create(name="Daily Planet", slug="daily-planet", kind=Source.Kind.NEWS_ORG)
    Attribution.objects.create(claim=claim, source=paper, role=Attribution.Role.REPORTED, is_primary=True)
    ref = Reference.objects.create(
        title="Housing statistics 2026",
        publisher="Statistics Office",
        url="https://stats.example.org/homes",
        capture_state=Reference.Capture.ARCHIVED,
    )
    ref.claims.add(claim)
    Snapshot.objects.create(
        reference=ref,
        requested_url=ref.url,
        final_url=ref.url,
        ok=True,
        http_status=200,
        content_type="text/html",
        title="Housing statistics",
        text="12,000 new homes",
        fetched_at=timezone.now(),
        task_id="browser-test",
    )
    services.add_evidence(claim=claim, text="Table 4 shows 12,000 homes, not 52,000.", actor=checker)
    services.add_note(claim=claim, text="Internal: call the press office back", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(
        claim=claim, verdict="false", summary="The statistics office counted 12,000.", actor=checker
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def test_editor_publishes_from_dashboard_and_reader_sees_it(new_page, waiting_claim, report):
    make_user("editor", "editors")

    editor = new_page()
    sign_in(editor, "editor")
    editor.goto("/desk/reports/dashboard/")
    editor.get_by_role("heading", name="Claims by status").wait_for()
    assert serious_axe_violations(editor) == []
    screenshot(editor, "dashboard")

    editor.get_by_role("link", name="Review and sign off").click()
    editor.get_by_text("The statistics office counted 12,000.").first.wait_for()
    assert serious_axe_violations(editor) == []
    screenshot(editor, "dashboard-signoff")
    editor.get_by_role("button", name="Publish").click()
    editor.get_by_text("Published. Readers can see it now.").wait_for()

    reader = new_page()  # a fresh context: signed out
    response = reader.goto(f"/claims/{waiting_claim.slug}/")
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text().endswith(CLAIM_TEXT)
    assert " ".join(reader.locator(".verdict-rating").inner_text().split()) == "✘ False"
    assert "Daily Planet reported this." in reader.locator(".said-by").inner_text()
    original = reader.locator("a.original-link")
    assert original.get_attribute("href") == "https://stats.example.org/homes"
    assert original.get_attribute("rel") == "nofollow noopener"
    archived_href = reader.locator("a.archived-link").get_attribute("href")
    assert archived_href.startswith("/archive/")
    page_text = reader.content()
    assert "call the press office" not in page_text
    assert "checker" not in page_text
    assert serious_axe_violations(reader) == []
    screenshot(reader, "public-claim")

    reader.locator(".appeared-in").get_by_role("link", name="Minister resigns").click()
    reader.get_by_role("heading", name="Minister resigns").wait_for()
    assert CLAIM_TEXT in reader.content()
    assert serious_axe_violations(reader) == []
    screenshot(reader, "public-report")

    archive = reader.goto(archived_href)
    assert archive.status == 200


def test_unpublished_claim_is_not_found_for_a_reader(new_page, waiting_claim):
    reader = new_page()
    assert reader.goto(f"/claims/{waiting_claim.slug}/").status == 404
