"""The desk as a working newsroom uses it (issue 14), in headless Chromium: hand-offs you can't miss,
who said it in the queue, and a queue that scans at a laptop's and a phone's size.

Each page touched is checked with axe and saved as a screenshot at 1366×900 and 390×844.
"""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.browser.test_triage import seed_report  # noqa: F401 - the seed report, imported and extracted
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
NOTE = "Name the officials' documents, not just the WSJ's account."
WSJ = "The Wall Street Journal citing several in-post and former US, European and Russian officials"
# Rows wholly inside the first screen, measured from the top of the page.
ROWS_ABOVE_FOLD = """() => [...document.querySelectorAll('.queue-row')]
  .filter(r => r.getBoundingClientRect().bottom <= window.innerHeight).length"""


@pytest.fixture
def people(transactional_db):
    return make_user("checker", "fact-checkers"), make_user("editor", "editors")


@pytest.fixture
def desk_state(seed_report, people):  # noqa: F811 - the fixture imported above
    """The seed report's claims, some of them the checker's: one sent back by the editor, one ready
    for sign-off (a verdict with public evidence, in progress)."""
    from claims import services
    from claims.workflow import Status

    checker, editor = people
    claims = {c.text: c for c in seed_report.claims.all()}
    nested = next(
        c for c in claims.values() if c.text.startswith("The conversations between the two men included")
    )
    ready = next(c for c in claims.values() if c.text.startswith("Musk denied Bremmer"))
    mine = next(c for c in claims.values() if c.text.startswith("Trump himself has had"))

    def prepare(claim, summary):
        claim = services.assign(claim=claim, assignee=checker, actor=checker)
        claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
        services.add_evidence(claim=claim, text="The WSJ report of 24 October.", actor=checker)
        claim.refresh_from_db()
        return services.set_verdict(claim=claim, verdict="unverifiable", summary=summary, actor=checker)

    sent = prepare(nested, "No one on the record.")
    sent = services.change_status(claim=sent, to=Status.NEEDS_SIGNOFF, actor=checker)
    sent = services.change_status(claim=sent, to=Status.IN_PROGRESS, actor=editor, note=NOTE)
    ready = prepare(ready, "Musk's denial is on the record; the talks are not.")
    services.assign(claim=mine, assignee=checker, actor=checker)
    return {"sent_back": sent, "ready": ready, "mine": mine, "report": seed_report}


def both_sizes(page, name: str) -> None:
    """axe finds nothing serious or critical, and a screenshot, at a laptop's and a phone's size."""
    for label, size in (("laptop", LAPTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        assert serious_axe_violations(page) == [], (name, label)
        screenshot(page, f"desk-flow-{name}-{label}")
    page.set_viewport_size(LAPTOP)


def test_sent_back_claim_is_marked_in_the_queue_and_bannered_on_the_desk(new_page, desk_state):
    sent = desk_state["sent_back"]
    page = new_page()
    page.set_viewport_size(LAPTOP)
    sign_in(page, "checker")
    expect(page).to_have_url(re.compile(r"/desk/queue/$"))
    row = page.locator(f"#row-{sent.pk}")
    expect(row.locator(".sent-back-mark")).to_have_text("↩ Sent back")
    both_sizes(page, "queue")

    row.locator(".claim-link").click()
    expect(page).to_have_url(re.compile(rf"/desk/claims/{sent.pk}/$"))
    banner = page.locator(".sent-back-banner")
    expect(banner).to_contain_text("Sent back by editor")
    expect(banner).to_contain_text(NOTE)
    # It is the first thing on the page, above the claim's heading.
    assert banner.bounding_box()["y"] < page.get_by_role("heading", level=1).bounding_box()["y"]
    both_sizes(page, "claim-desk-sent-back")

    # The fact-checker acts (sends it for sign-off again): the banner goes, in place.
    page.wait_for_load_state()
    page.locator("#section-status summary").first.click()
    page.locator("#section-status .menu-item", has_text="Needs sign-off").click()
    expect(page.locator("#claim-header")).to_contain_text("Needs sign-off")
    expect(page.locator(".sent-back-banner")).to_have_count(0)


def test_waiting_on_me_lists_my_claims_sent_back_first(new_page, desk_state):
    page = new_page()
    page.set_viewport_size(LAPTOP)
    sign_in(page, "checker")
    page.get_by_role("navigation", name="Saved views").get_by_role("link", name="Waiting on me").click()
    expect(page.get_by_role("link", name="Waiting on me")).to_have_attribute("aria-current", "page")
    rows = page.locator(".queue-row")
    expect(rows).to_have_count(3)
    expect(rows.first).to_have_attribute("data-claim", str(desk_state["sent_back"].pk))
    expect(page.locator("#filter-chips")).to_contain_text("Assignee: Mine")
    both_sizes(page, "queue-waiting-on-me")


def test_editor_lands_on_the_dashboard_and_the_signoff_count_updates_live(new_page, desk_state):
    editor = new_page()
    sign_in(editor, "editor")
    expect(editor).to_have_url(re.compile(r"/desk/reports/dashboard/$"))
    both_sizes(editor, "dashboard-landing")
    badge = editor.locator("#signoff-count .nav-count")
    expect(badge).to_have_text("0")
    # The request the editor already sent back is in the inbox from the start.
    expect(editor.locator("#inbox-count .nav-count")).to_have_text("1")

    # Another session, the fact-checker's, sends a claim for sign-off.
    checker = new_page()
    sign_in(checker, "checker")
    checker.goto(desk_state["ready"].get_absolute_url())
    checker.wait_for_load_state()
    checker.locator("#section-status summary").first.click()
    checker.locator("#section-status .menu-item", has_text="Needs sign-off").click()
    expect(checker.locator("#claim-header")).to_contain_text("Needs sign-off")

    # The editor's page shows it without a reload (htmx polls every 10 seconds).
    url = editor.url
    expect(badge).to_have_text("1", timeout=25_000)
    assert editor.url == url
    editor.reload()
    expect(editor.locator("#inbox-count .nav-count")).to_have_text("2")

    # The inbox lists the request; opening it marks it seen.
    editor.get_by_role("link", name=re.compile("^Inbox")).click()
    expect(editor.locator(".inbox-event.signoff-request", has_text="Musk denied Bremmer")).to_be_visible()
    both_sizes(editor, "inbox-editor")
    editor.reload()
    expect(editor.locator("#inbox-count .nav-count")).to_have_text("0")


def test_fact_checker_inbox_shows_the_send_back(new_page, desk_state):
    page = new_page()
    sign_in(page, "checker")
    expect(page.locator("#inbox-count .nav-count")).to_have_text("1")
    page.get_by_role("link", name=re.compile("^Inbox")).click()
    expect(page.locator(".inbox-event.send-back")).to_contain_text(NOTE)
    both_sizes(page, "inbox-checker")


def test_queue_rows_name_who_said_each_claim(new_page, desk_state):
    page = new_page()
    page.set_viewport_size(LAPTOP)
    sign_in(page, "checker")
    expect(page.locator(f"#row-{desk_state['sent_back'].pk} .who-said")).to_have_text(WSJ)
    expect(page.locator(".queue-row .who-said", has_text="Dmitry Peskov · claimed").first).to_be_visible()
    # Filtering by source and role together, from the drawer.
    page.get_by_text("Edit filters").click()
    page.locator("#id_source").select_option(label="Dmitry Peskov")
    page.locator("#id_role").select_option(label="Claimed")
    expect(page.locator("#filter-chips")).to_contain_text("Role: Claimed")
    for text in page.locator(".queue-row .who-said").all_inner_texts():
        assert "Dmitry Peskov · claimed" in text


def test_csv_download_has_sources_and_roles(new_page, desk_state):
    page = new_page()
    sign_in(page, "checker")
    page.get_by_text("Edit filters").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these claims as CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    assert {"sources", "roles"} <= set(rows[0])
    row = next(r for r in rows if r["id"] == str(desk_state["sent_back"].pk))
    assert "The Wall Street Journal" in row["sources"]
    assert "reported" in row["roles"].lower()


def test_eight_rows_above_the_fold_on_a_laptop_and_four_on_a_phone(new_page, desk_state):
    page = new_page()
    sign_in(page, "checker")
    page.set_viewport_size(LAPTOP)
    page.goto("/desk/queue/")
    page.wait_for_load_state()
    expect(page.locator("#bulk-form")).to_be_hidden()  # no row ticked: no bulk bar
    laptop = page.evaluate(ROWS_ABOVE_FOLD)
    assert laptop >= 8, f"{laptop} rows above the fold at 1366×900"
    screenshot(page, "desk-flow-queue-fold-laptop")

    # Ticking a row brings the bulk bar; unticking hides it again.
    tick = page.locator(".queue-row input[type=checkbox]").first
    tick.check()
    expect(page.locator("#bulk-form")).to_be_visible()
    expect(page.locator("[data-ticked-count]")).to_have_text("(1 ticked)")
    tick.uncheck()
    expect(page.locator("#bulk-form")).to_be_hidden()

    page.set_viewport_size(PHONE)
    page.reload()
    page.wait_for_load_state()
    phone = page.evaluate(ROWS_ABOVE_FOLD)
    assert phone >= 4, f"{phone} rows above the fold at 390×844"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(page, "desk-flow-queue-fold-phone")
    print(f"rows above the fold: {laptop} at 1366×900, {phone} at 390×844")
