"""Issue 14's acceptance in Chromium: the publishing checklist blocks, then an override with a reason
publishes and is recorded; a reference's URL is fixed from the claim desk and archived; the report
view's card, on keyboard focus and on hover, shows the claim's sources and status."""

import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.browser.newsroom import newsroom  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_checklist_blocks_publishing_until_an_override_with_a_reason(new_page, newsroom):  # noqa: F811
    from claims.models import Claim

    claim = newsroom.waiting
    page = new_page()
    sign_in(page, "editor")
    page.goto(f"/desk/reports/dashboard/claims/{claim.pk}/")
    checklist = page.locator("#checklist")
    expect(checklist.locator("#checklist-urls")).to_contain_text("has no URL")
    expect(checklist.locator("#checklist-followable")).to_contain_text("blocks publishing")
    expect(checklist.locator("#checklist-attributions")).to_contain_text("not yet confirmed")
    assert serious_axe_violations(page) == []
    screenshot(page, "desk/checklist-blocking")

    page.fill("#id_publish_note", "Checked against the Journal's own story.")
    page.get_by_role("button", name="Publish over the checklist").click()
    error = page.locator("#id_override_reason-error")
    expect(error).to_contain_text("none has a URL or an archived copy")
    expect(page.locator("#id_publish_note")).to_have_value("Checked against the Journal's own story.")
    # The error sits with its field, inside the publish form, not at the top of the page.
    assert page.locator("#publish-form #id_override_reason-error").count() == 1
    assert Claim.objects.get(pk=claim.pk).status == "needs_signoff"
    screenshot(page, "desk/checklist-refused")

    page.fill("#id_override_reason", "The Journal's story is paywalled; the quote was read on air.")
    page.get_by_role("button", name="Publish over the checklist").click()
    expect(page.get_by_text("Published. Readers can see it now.")).to_be_visible()
    assert page.url.endswith(f"/desk/reports/dashboard/claims/{claim.pk}/")  # redirected: a refresh is safe
    expect(page.locator("section[aria-labelledby=history-title]")).to_contain_text(
        "Publishing checklist: Readers can follow a reference behind the verdict → published over it"
    )
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status == "published"
    entry = claim.history.get(field="checklist")
    assert entry.note == "The Journal's story is paywalled; the quote was read on air."
    assert entry.actor.username == "editor"
    screenshot(page, "desk/checklist-overridden")


@pytest.fixture
def local_page(settings, tmp_path):
    """A page on 127.0.0.1 the archiver may reach (ARCHIVE_ALLOWED_HOSTS), captured in-process."""
    from config.celery import app
    from tests.passages.conftest import Pages

    settings.ARCHIVE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "archive"), "base_url": None},
        },
    }
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    server = Pages()
    yield server
    server.stop()
    app.conf.task_always_eager = eager


def test_a_reference_url_is_fixed_and_archived_from_the_claim_desk(new_page, newsroom, local_page):  # noqa: F811
    from sources.models import Reference

    claim, reference = newsroom.waiting, newsroom.unlinked
    page = new_page()
    sign_in(page, "checker")
    page.goto(f"/desk/claims/{claim.pk}/")
    block = page.locator(f"#reference-{reference.pk}")
    expect(block).to_contain_text("No URL yet")
    field = block.get_by_label("Web address (none yet)")

    field.fill("javascript:alert(1)")
    block.get_by_role("button", name="Set URL and archive").click()
    expect(page.locator(f"#reference-{reference.pk}")).to_contain_text("Enter a valid URL")
    expect(page.locator(f"#reference-{reference.pk} input[type=url]")).to_have_value("javascript:alert(1)")
    assert Reference.objects.get(pk=reference.pk).url == ""

    url = local_page.url("/bridge")
    page.locator(f"#reference-{reference.pk} input[type=url]").fill(url)
    page.locator(f"#reference-{reference.pk}").get_by_role("button", name="Set URL and archive").click()
    block = page.locator(f"#reference-{reference.pk}")
    expect(block).to_contain_text("Archived", timeout=30_000)
    assert Reference.objects.get(pk=reference.pk).url == url
    assert serious_axe_violations(page) == []
    screenshot(page, "desk/reference-url-fixed")

    block.get_by_role("button", name="Archive now").click()
    expect(page.get_by_text("is queued for archiving")).to_be_visible()
    deadline = time.monotonic() + 30
    while Reference.objects.get(pk=reference.pk).snapshots.filter(ok=True).count() < 2:
        assert time.monotonic() < deadline, "Archive now made no second capture"
        time.sleep(0.2)
    assert claim.history.filter(field="reference", to_value=url).exists()


def test_report_view_card_shows_sources_and_status_on_focus_and_hover(new_page, newsroom):  # noqa: F811
    claim = newsroom.waiting
    page = new_page()
    sign_in(page, "checker")
    page.goto(f"/desk/reports/{newsroom.report.slug}/")
    card = page.locator(f"#card-{claim.pk}")
    expect(card).to_be_hidden()

    tag = page.locator(f'#report-body a.hl-tag[aria-describedby="card-{claim.pk}"]')
    tag.focus()
    expect(card).to_be_visible()
    expect(card).to_contain_text(f"Claim {claim.pk}")
    expect(card).to_contain_text("Needs sign-off")
    for attribution in claim.attributions.select_related("source"):
        expect(card).to_contain_text(f"{attribution.source.name} · {attribution.get_role_display().lower()}")
    screenshot(page, "desk/report-focus-card")
    page.keyboard.press("Escape")
    expect(card).to_be_hidden()

    page.locator(f'#report-body a.hl[data-claim="{claim.pk}"]').first.hover()
    expect(card).to_be_visible()
    assert page.locator("#report-body .speaker").count() > 0
    assert serious_axe_violations(page) == []
