"""Issue 17's acceptance, in Chromium: a local reference page is archived from the claim desk, the
right passage is highlighted beside the attribution, the fact-checker confirms the attribution
with it, a different editor publishes, and the reader finds the quoted passage with a working
link to the archived copy, opened and marked at the passage."""

import re

import pytest

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.conftest import make_user
from tests.passages.conftest import Pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CLAIM_TEXT = "Councillor Maren Osei said there was no plan to bring in a toll when the bridge reopens."
QUOTE = "“There is no plan to introduce a toll once the bridge reopens, and there never has been,”"
SLOW = 60_000  # ms: the first capture also loads spaCy in this process


@pytest.fixture
def local_page(settings, tmp_path):
    """The reference page on 127.0.0.1, which the archiver may reach only through ARCHIVE_ALLOWED_HOSTS;
    tasks in-process, so the capture and the passage finding run when the desk asks."""
    from config.celery import app

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


@pytest.fixture
def claim_citing_the_page(report, local_page):
    from claims.models import Attribution, Claim
    from sources.models import Reference, Source

    claim = Claim.objects.create(
        report=report, text=CLAIM_TEXT, extracted_text=CLAIM_TEXT, start=0, end=40, slug="no-toll-plan"
    )
    osei = Source.objects.create(name="Maren Osei", slug="maren-osei", kind=Source.Kind.PERSON)
    Attribution.objects.create(claim=claim, source=osei, role=Attribution.Role.SAID, is_primary=True)
    reference = Reference.objects.create(
        title="Kessling Bridge to close for fourteen months",
        publisher="The Aldren Gazette",
        url=local_page.url("/bridge"),
        capture_state=Reference.Capture.QUEUED,
    )
    reference.claims.add(claim)
    return claim


def prepare_for_signoff(claim, checker):
    """What the fact-checker does next on the desk, through the same services."""
    from claims import services
    from claims.workflow import Status

    claim.refresh_from_db()
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(
        claim=claim, verdict="true", summary="Osei's own words deny any toll plan.", actor=checker
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def test_checker_confirms_from_the_archived_passage_and_reader_sees_it(new_page, claim_citing_the_page):
    claim = claim_citing_the_page
    checker = make_user("checker", "fact-checkers")
    make_user("editor", "editors")

    desk = new_page()
    sign_in(desk, "checker")
    desk.goto(f"/desk/claims/{claim.pk}/")
    desk.get_by_role("button", name="Archive now").click()
    desk.get_by_text("is queued for archiving").wait_for(timeout=SLOW)

    desk.reload()
    found = desk.locator("#section-passages mark.found").first
    found.wait_for(timeout=SLOW)
    assert found.inner_text().startswith(QUOTE)
    assert "Kessling" in desk.locator("#section-passages .found-passage").first.inner_text()  # in context
    assert serious_axe_violations(desk) == []
    screenshot(desk, "desk-passages")

    archived = desk.locator("a.archive-at-passage").first.get_attribute("href")
    desk.get_by_role(
        "button", name=re.compile(r"^Confirms this attribution\s*: Maren Osei, passage 1 ")
    ).click()
    desk.get_by_text("Attribution to Maren Osei confirmed by the passage.").first.wait_for()
    assert "Confirmed by" in desk.locator(".evidence-passage").inner_text()

    copy = new_page()
    sign_in(copy, "checker")
    copy.goto(archived)
    assert copy.locator("mark#passage").inner_text().startswith(QUOTE)

    prepare_for_signoff(claim, checker)
    editor = new_page()
    sign_in(editor, "editor")
    editor.goto(f"/desk/reports/dashboard/claims/{claim.pk}/")
    editor.get_by_role("button", name="Publish").click()
    editor.get_by_text("Published. Readers can see it now.").wait_for()

    reader = new_page()
    assert reader.goto(f"/claims/{claim.slug}/").status == 200
    says = reader.locator(".source-says")
    says.get_by_role("heading", name="What the source says").wait_for()
    assert says.locator("blockquote").inner_text().startswith(QUOTE)
    assert "The Aldren Gazette" in says.inner_text()
    assert serious_axe_violations(reader) == []
    screenshot(reader, "public-source-says")

    says.get_by_role("link", name="Read it in the archived copy").click()
    reader.wait_for_url("**/archive/**#passage")
    marked = reader.locator("mark#passage")
    assert marked.inner_text().startswith(QUOTE)
    assert marked.is_visible()
    in_view = reader.evaluate(
        "() => { const r = document.getElementById('passage').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert in_view
    screenshot(reader, "archive-at-passage")
