"""Every HTML page carries the Content-Security-Policy and the Permissions-Policy; the sandboxed
archive view keeps its own, stricter policy."""

import pytest
from django.test import Client

from tests.public.conftest import publish

pytestmark = pytest.mark.django_db


def script_sources(policy: str) -> list[str]:
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return directives["script-src"].split()


def assert_policies(response) -> None:
    policy, features = response["Content-Security-Policy"], response["Permissions-Policy"]
    assert script_sources(policy)[0] == "'self'"
    assert "'unsafe-inline'" not in script_sources(policy) and "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "camera=()" in features and "geolocation=()" in features


@pytest.fixture
def published_claim(claim, checker, editor):
    return publish(claim, checker=checker, editor=editor)


def test_readers_pages_carry_both_policies_also_from_the_page_cache(client, published_claim):
    for path in ["/", published_claim.get_public_url(), "/methodology/", "/corrections/", "/no-such-page/"]:
        assert_policies(client.get(path))
    again = client.get(published_claim.get_public_url())
    assert again["X-Page-Cache"] == "hit"
    assert_policies(again)


def test_desk_pages_and_sign_in_carry_both_policies(checker, claim):
    desk = Client()
    desk.force_login(checker)
    pages = ["/desk/queue/", f"/desk/claims/{claim.pk}/", "/desk/reports/dashboard/", "/desk/queue/?q=%00"]
    for path in pages:
        assert_policies(desk.get(path))
    for path in ["/accounts/login/", "/admin/login/"]:
        assert_policies(Client().get(path))


def test_the_api_docs_allow_only_their_own_nonce_for_inline_script(client):
    response = client.get("/api/redoc/")
    nonce = next(s for s in script_sources(response["Content-Security-Policy"]) if s.startswith("'nonce-"))
    assert f'nonce="{nonce[7:-1]}"' in response.content.decode()
    assert_policies(client.get("/api/docs/"))


def test_no_nonce_is_offered_where_no_template_asked_for_one(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert not any(source.startswith("'nonce-") for source in script_sources(policy))

# The sandboxed archive view's own policy, through the whole stack: tests/sources/test_views.py
# (test_archived_html_is_served_sandboxed asserts the exact header).
