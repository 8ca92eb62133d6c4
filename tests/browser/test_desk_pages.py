"""Every desk page at 1366×900 and 390×844: no serious or critical axe violation, and a full-page
screenshot of each under test-artifacts/desk/<page>-<size>.png.

The pages are enumerated from desk/urls.py: a test fails when a URL is added there without being
listed here as a page to visit, an action (POST only), or something that is not a page.
"""

import pytest

from tests.browser.conftest import screenshot, serious_axe_violations, sign_in
from tests.browser.newsroom import newsroom  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = {"laptop": (1366, 900), "phone": (390, 844)}

# name in desk/urls.py -> how to build its address from the newsroom
PAGES = {
    "queue": lambda n: "/desk/queue/",
    "byline": lambda n: "/desk/byline/",
    "claim": lambda n: f"/desk/claims/{n.waiting.pk}/",
    "passages": lambda n: f"/desk/claims/{n.waiting.pk}/passages/",
    "reports": lambda n: "/desk/reports/",
    "dashboard": lambda n: "/desk/reports/dashboard/",
    "review": lambda n: f"/desk/reports/dashboard/claims/{n.waiting.pk}/",
    "report": lambda n: f"/desk/reports/{n.report.slug}/",
    "sources": lambda n: "/desk/sources/",
    "source": lambda n: f"/desk/sources/{n.source.pk}/",
    "references": lambda n: "/desk/sources/references/",
    "trouble": lambda n: "/desk/sources/trouble/",
    "reference": lambda n: f"/desk/sources/references/{n.archived.pk}/",
    "snapshot": lambda n: f"/desk/sources/snapshots/{n.snapshot.pk}/",
    "inbox": lambda n: "/desk/inbox/",
}
NOT_PAGES = {
    "export_csv": "a CSV download",
    "reference_state": "an htmx fragment polled by the reference pages",
    "warc": "a WARC download",
    "render": "the archived page itself, sandboxed (someone else's markup)",
    "home": "a redirect to the dashboard (editors) or the queue (fact-checkers)",
    "signoff_count": "an htmx fragment: the navigation's sign-off badge",
    "inbox_count": "an htmx fragment: the navigation's inbox badge",
    "report_extraction": "an htmx fragment: the report's extraction progress bar, polled",
}
ACTIONS = {
    "bulk",
    "edit_text",
    "status",
    "verdict",
    "assign",
    "add_note",
    "add_evidence",
    "add_attribution",
    "merge_sources",
    "add_relation",
    "add_reference",
    "change_attribution",
    "remove_attribution",
    "confirm_attribution",
    "misattribute",
    "remove_relation",
    "review_relation",
    "claim_reference_url",
    "archive_reference",
    "publish",
    "send_back",
    "unpublish",
    "correct",
    "capture",
    "reference_url",
    "report_extract",
}

# Chart text as drawn: its font size times the SVG's scale on screen.
CHART_TEXT_PX = """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
})"""
# Legend entries and status badges that wrap onto a second line.
BROKEN_LABELS = """() => [...document.querySelectorAll('.legend-item, .badge')]
  .filter(e => e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).fontSize) * 1.1)
  .map(e => e.textContent.trim())"""


# Pages this issue reworked: nothing on them may stick out past the screen's right edge.
NO_SIDEWAYS_SCROLL = {"claim", "passages", "dashboard", "review", "report"}
WIDER_THAN_SCREEN = "() => document.documentElement.scrollWidth - window.innerWidth"


def test_every_desk_url_is_visited_or_accounted_for():
    from desk.urls import urlpatterns

    names = {pattern.name for pattern in urlpatterns}
    assert names == set(PAGES) | set(NOT_PAGES) | ACTIONS


@pytest.mark.parametrize("size", SIZES)
def test_every_desk_page_passes_axe_and_is_screenshotted(new_page, newsroom, size):  # noqa: F811
    page = new_page()
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
    sign_in(page, "editor")
    found = {}
    for name, address in PAGES.items():
        response = page.goto(address(newsroom))
        assert response.status == 200, f"{name}: {response.status}"
        page.wait_for_load_state("networkidle")
        violations = serious_axe_violations(page)
        if violations:
            found[name] = violations
        screenshot(page, f"desk/{name}-{size}")
        if name in NO_SIDEWAYS_SCROLL:
            assert page.evaluate(WIDER_THAN_SCREEN) <= 0, f"{name} scrolls sideways at {size}"
        if name == "dashboard":
            sizes = page.evaluate(CHART_TEXT_PX)
            assert sizes and min(sizes) >= 12, f"chart text as small as {min(sizes):.1f}px at {size}"
        if name == "report":
            assert page.evaluate(BROKEN_LABELS) == [], f"labels broken across lines at {size}"
    assert found == {}, found
