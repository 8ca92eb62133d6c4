"""Throttling: anonymous clients by address, signed-in clients by account; a 429 says when to retry."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.23"  # documentation range: no other test counts against it


@pytest.fixture
def three_a_minute(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "3/minute"},
    }


@pytest.fixture
def fresh_counts(checker):
    # Only the counters these tests use: with REDIS_URL the cache is shared with Celery.
    # (UserRateThrottle counts anonymous requests by address too.)
    keys = [f"throttle_anon_{ADDRESS}", f"throttle_user_{ADDRESS}", f"throttle_user_{checker.pk}"]
    cache.delete_many(keys)
    yield
    cache.delete_many(keys)


def test_anonymous_client_is_throttled_after_the_rate(three_a_minute, fresh_counts):
    client = APIClient(REMOTE_ADDR=ADDRESS)
    assert [client.get("/api/v1/claims/").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get("/api/v1/claims/")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Request was throttled.")
    assert int(response["Retry-After"]) > 0


def test_forwarded_for_header_does_not_dodge_the_throttle(three_a_minute, fresh_counts):
    client = APIClient(REMOTE_ADDR=ADDRESS)
    codes = [
        client.get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)
    ]
    assert codes == [200, 200, 200, 429]


def test_signed_in_client_is_throttled_by_account(three_a_minute, fresh_counts, checker):
    client = token_client(checker)
    codes = [client.get("/api/v1/desk/claims/", REMOTE_ADDR=f"203.0.113.{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]


def test_behind_a_trusted_proxy_each_client_has_its_own_count(three_a_minute, settings):
    """TRUSTED_PROXY_COUNT is the one setting for the throttle and the sign-in lock-out."""
    settings.TRUSTED_PROXY_COUNT = 1
    first, second = "198.51.100.31", "198.51.100.32"
    keys = [f"throttle_{scope}_{ip}" for scope in ("anon", "user") for ip in (first, second)]
    cache.delete_many(keys)
    proxy = APIClient(REMOTE_ADDR="10.0.0.2")
    try:
        codes = [proxy.get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=first).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert proxy.get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=second).status_code == 200
        # A forged entry to the left of the proxy's own is not believed.
        forged = f"{second}, {first}"
        assert proxy.get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=forged).status_code == 429
    finally:
        cache.delete_many(keys)
