"""Lighthouse (npm, pinned) in Debian's Chromium scores the reader's pages: 100 for accessibility,
best practices and SEO, and at least 95 for performance (bench/lighthouse_public_pages.py)."""

import sys
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM
from tests.conftest import REQUIRE_SERVICES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import lighthouse_public_pages as lighthouse  # noqa: E402
from reader_site import build_site  # noqa: E402


@pytest.fixture
def site(live_server, settings):
    for needed in (Path(CHROMIUM), lighthouse.LIGHTHOUSE):
        if not needed.exists():
            if REQUIRE_SERVICES:
                pytest.fail(f"{needed} is required (REQUIRE_SERVICES=1) but missing.")
            pytest.skip(f"{needed} is missing here.")
    settings.SITE_URL = live_server.url  # canonical links on the page's own origin, as in production
    return build_site()


@pytest.mark.parametrize("page", lighthouse.PAGES)
def test_lighthouse_scores_the_reader_page(live_server, site, page):
    result = lighthouse.audit_steady(live_server.url + site[page])
    assert lighthouse.short_of_targets(result["scores"]) == [], result
