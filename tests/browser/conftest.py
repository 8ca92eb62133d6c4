"""Real headless Chromium (Debian's) driven by Playwright, against pytest-django's live server."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import DEMO_PASSWORD, REQUIRE_SERVICES
from tests.network_guard import is_loopback

# Playwright's sync API runs an event loop in this thread; the ORM calls in the tests are still sync.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__tests__/axe.min.js"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if REQUIRE_SERVICES:
            pytest.fail(f"Chromium is required (REQUIRE_SERVICES=1) but {CHROMIUM} does not exist.")
        pytest.skip("Chromium is not installed here.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _stay_on_the_machine(route) -> None:
    """The browser, like the test process, reaches only loopback (tests/network_guard.py)."""
    host = urlsplit(route.request.url).hostname or ""
    if route.request.url.startswith(("data:", "blob:")) or host == "localhost" or is_loopback(host):
        route.continue_()
    else:
        off_machine.append(route.request.url)
        route.abort()


off_machine: list[str] = []


@pytest.fixture
def new_page(browser, live_server):
    """new_page() -> a page in a fresh browser context (its own cookies), closed after the test.

    Every page runs under the site's real Content-Security-Policy: a violation it reports
    (`page.csp_violations`) fails the test unless the test took it off the list."""
    contexts, pages = [], []
    off_machine.clear()

    def open_page():
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        context.route("**/*", _stay_on_the_machine)
        # axe-core, from node_modules, at an address on this site: a script the policy allows
        # whatever static/ serves (an inline copy would be blocked, as it should be).
        context.route(
            f"**{AXE_URL}", lambda route: route.fulfill(path=str(AXE), content_type="text/javascript")
        )
        contexts.append(context)
        page = context.new_page()
        page.csp_violations = []

        def note_violation(message, page=page):
            if "Content Security Policy" in message.text:
                page.csp_violations.append(f"{page.url}: {message.text}")

        page.on("console", note_violation)
        pages.append(page)
        return page

    yield open_page
    violations = [v for page in pages for v in page.csp_violations]
    for context in contexts:
        context.close()
    assert not violations, f"The Content-Security-Policy blocked something on our pages: {violations}"
    assert not off_machine, f"The browser tried to reach off this machine: {off_machine}"


def sign_in(page, username: str, password: str = "") -> None:

    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password or DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def serious_axe_violations(page) -> list[dict]:
    """Run axe-core (installed by npm) in the page; return serious and critical violations.

    axe is loaded from an address on this site (see new_page), as a script the
    Content-Security-Policy allows."""
    assert AXE.exists(), "npm ci installs axe-core"
    page.add_script_tag(url=AXE_URL)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
