"""Extraction requested from the desk, in Chromium, with a REAL Celery worker on the REAL Redis: the
report page's progress bar fills in place (htmx polling, no reload, no inline script) until the
worker has stored the claims."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from reports.models import Report
from tests.browser.conftest import screenshot, sign_in
from tests.conftest import make_user
from tests.workers import worker  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"


def test_the_progress_bar_fills_in_place_until_the_claims_are_stored(new_page, worker):  # noqa: F811
    from reports.services import import_report_file

    report = import_report_file(SEED).report
    make_user("checker", "fact-checkers")
    page = new_page()
    sign_in(page, "checker")
    page.goto(report.get_absolute_url())
    page.get_by_role("button", name="Extract claims").click()
    page.wait_for_load_state()
    page.evaluate("window.sameDocument = true")  # gone if anything reloads the page
    section = page.locator("#extraction")
    expect(section.locator("progress")).to_be_visible()
    screenshot(page, "extraction-progress")
    expect(section).to_contain_text("Claims extracted", timeout=120_000)
    assert page.evaluate("window.sameDocument") is True
    assert section.locator("progress").count() == 0
    report.refresh_from_db()
    assert report.extraction_state == Report.Extraction.DONE
    created = report.extraction_outcome["created"]
    assert created == report.claims.count() > 0
    expect(section).to_contain_text(f"{created} new")
