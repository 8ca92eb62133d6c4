"""A fact-checker triages in a real browser: report view, claim desk by keyboard, queue, conflicts.

Runs headless Debian Chromium against the live server, and checks each page with axe-core.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"


@pytest.fixture
def seed_report(transactional_db):
    """The seed report, imported and extracted the way the app does it."""
    from reports.services import import_report_file

    report = import_report_file(SEED).report
    try:
        from claims.ingest import store_extraction
    except ImportError:  # pragma: no cover - before extraction storage existed
        store_extraction = None
    if store_extraction is not None:
        store_extraction(report=report)
    if not report.claims.exists():
        from django.utils.text import slugify

        from claims.models import Claim

        for i, sentence in enumerate(["Elon Musk, the world’s richest man", "Musk denied Bremmer’s claim"]):
            start = report.body.index(sentence)
            Claim.objects.create(
                report=report,
                text=sentence,
                extracted_text=sentence,
                start=start,
                end=start + len(sentence),
                slug=slugify(f"seed-{i}"),
            )
    return report


@pytest.fixture
def checker(transactional_db):
    return make_user("checker", "fact-checkers")


@pytest.fixture
def other_checker(transactional_db):
    return make_user("checker2", "fact-checkers")


# The innermost elements that stick out past the right edge of the screen.
TOO_WIDE = """
[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
  .slice(0, 5)
  .map(e => `${e.tagName}.${e.className}#${e.id} ${Math.round(e.getBoundingClientRect().right)}`)
"""


def test_checker_triages_a_claim_from_the_report_by_keyboard(new_page, seed_report, checker):
    page = new_page()
    sign_in(page, "checker")
    expect(page).to_have_url(re.compile(r"/desk/queue/$"))

    page.goto(seed_report.get_absolute_url())
    highlight = page.locator("#report-body a.hl").first
    expect(highlight).to_be_visible()
    assert serious_axe_violations(page) == []
    screenshot(page, "triage-report-view")

    claim_id = int(highlight.get_attribute("data-claim"))
    highlight.click()
    expect(page).to_have_url(re.compile(rf"/desk/claims/{claim_id}/$"))
    page.wait_for_load_state()  # the shortcut keys are bound by a deferred script
    header = page.locator("#claim-header")
    expect(header).to_contain_text("Assigned to nobody")

    # `a` assigns the claim to me, in place.
    page.keyboard.press("a")
    expect(header).to_contain_text("Assigned to checker")

    # `s` opens the status menu with focus on its first choice; Enter takes it.
    page.keyboard.press("s")
    first_choice = page.locator("#section-status .menu-item").first
    expect(first_choice).to_be_focused()
    expect(first_choice).to_contain_text("In progress")
    page.keyboard.press("Enter")
    expect(header).to_contain_text("In progress")

    # An internal note, then public evidence with a link: two deliberate, separate actions.
    page.locator("#note-text").fill("Ask the desk about the WSJ's sources.")
    page.get_by_role("button", name="Add internal note").click()
    expect(page.locator("#section-notes .note-card.internal")).to_contain_text("Ask the desk")
    page.locator("#section-notes summary", has_text="Add public evidence").click()
    page.locator("#evidence-text").fill("The WSJ report: https://example.org/wsj")
    page.get_by_role("button", name="Add public evidence").click()
    expect(
        page.locator("#section-notes .note-card:not(.internal) a[href='https://example.org/wsj']")
    ).to_be_visible()

    history = page.locator("#section-history")
    expect(history.locator(".history-assignee")).to_contain_text("checker")
    expect(history.locator(".history-status")).to_contain_text("Unreviewed → In progress")
    expect(history.locator(".history-evidence")).to_contain_text("The WSJ report")

    # The other forms picked up the new version: a text edit now saves without a false conflict.
    page.locator("#text-text").fill("Musk has been in regular contact with Putin since 2022.")
    page.get_by_role("button", name="Save text").click()
    expect(history.locator(".history-text")).to_contain_text("since 2022")
    assert serious_axe_violations(page) == []
    screenshot(page, "triage-claim-desk")

    # The desk and the report view fit a phone's screen too.
    page.set_viewport_size({"width": 390, "height": 844})
    for url in (page.url, seed_report.get_absolute_url()):
        page.goto(url)
        wide = page.evaluate(TOO_WIDE)  # named in the failure, to say what to fix
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (url, wide)
    screenshot(page, "triage-report-view-phone")


def test_queue_keyboard_and_accessibility(new_page, seed_report, checker):
    page = new_page()
    sign_in(page, "checker")
    rows = page.locator(".queue-row")
    expect(rows.first).to_be_visible()
    assert serious_axe_violations(page) == []
    screenshot(page, "triage-queue")

    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("k")
    expect(rows.nth(0)).to_have_class(re.compile(r"\bcurrent\b"))

    # `a` on the chosen row assigns it to me, in place.
    first_id = rows.nth(0).get_attribute("data-claim")
    page.keyboard.press("a")
    expect(page.locator(f"#row-{first_id}")).to_contain_text("checker")

    # `/` focuses search; `?` shows the shortcuts in a dialog.
    page.keyboard.press("/")
    expect(page.locator("#id_q")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    # Usable on a phone: nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
    )
    screenshot(page, "triage-queue-phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Enter opens the chosen claim.
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/desk/claims/\d+/$"))


def test_second_save_of_the_same_claim_is_refused_and_keeps_the_typed_text(
    new_page, seed_report, checker, other_checker
):
    claim = seed_report.claims.order_by("start").first()
    first, second = new_page(), new_page()
    sign_in(first, "checker")
    sign_in(second, "checker2")
    first.goto(claim.get_absolute_url())
    second.goto(claim.get_absolute_url())

    first.locator("#text-text").fill("First checker's wording.")
    first.get_by_role("button", name="Save text").click()
    expect(first.locator("#claim-header")).to_contain_text("First checker's wording.")

    typed = "Second checker's careful wording, typed at the same time."
    second.locator("#text-text").fill(typed)
    second.get_by_role("button", name="Save text").click()
    section = second.locator("#section-text")
    expect(section).to_contain_text("changed by someone else")
    expect(section.locator(".conflict")).to_contain_text("First checker's wording.")
    expect(second.locator("#text-text")).to_have_value(typed)
    claim.refresh_from_db()
    assert claim.text == "First checker's wording."
    screenshot(second, "triage-conflict")
