"""The Content-Security-Policy is enforced in a real browser: an inline script without the page's
nonce never runs; one carrying it does."""

import pytest

from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INJECT = """(nonce) => {
  const script = document.createElement("script");
  if (nonce) script.nonce = nonce;
  script.textContent = nonce ? "window.ranWithNonce = true" : "window.ranWithoutNonce = true";
  document.body.appendChild(script);
}"""


def test_an_inline_script_without_the_nonce_is_blocked_on_a_readers_page(new_page):
    page = new_page()
    response = page.goto("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.evaluate(INJECT, None)
    assert page.evaluate("() => window.ranWithoutNonce") is None
    assert any("script-src" in v for v in page.csp_violations)
    page.csp_violations.clear()  # this test caused them on purpose


def test_an_inline_event_handler_is_blocked_on_the_desk(new_page, checker, claim):
    page = new_page()
    sign_in(page, "checker")
    page.goto(f"/desk/claims/{claim.pk}/")
    page.evaluate(
        """() => { const img = document.createElement("img");
                   img.setAttribute("onerror", "window.handlerRan = true"); img.src = "data:,x";
                   document.body.appendChild(img); }"""
    )
    page.wait_for_function("() => document.querySelector('img[onerror]').complete")
    assert page.evaluate("() => window.handlerRan") is None
    page.csp_violations.clear()


def test_only_a_script_carrying_the_nonce_runs(new_page):
    page = new_page()
    page.goto("/api/redoc/")
    nonce = page.evaluate("() => document.querySelector('script[nonce]').nonce")
    assert nonce
    page.evaluate(INJECT, None)
    page.evaluate(INJECT, nonce)
    assert page.evaluate("() => window.ranWithNonce") is True
    assert page.evaluate("() => window.ranWithoutNonce") is None
    assert any("script-src" in v for v in page.csp_violations)
    page.csp_violations.clear()


@pytest.mark.parametrize(
    "path,rendered", [("/api/docs/", ".swagger-ui .opblock"), ("/api/redoc/", "#redoc-container h1")]
)
def test_the_api_docs_render_under_the_policy(new_page, path, rendered):
    page = new_page()
    page.goto(path)
    page.locator(rendered).first.wait_for()  # and new_page fails the test on any violation...
    # ...except ReDoc's "powered by" logo from its own CDN, which the policy is right to block.
    page.csp_violations[:] = [v for v in page.csp_violations if "https://cdn.redoc.ly/" not in v]
