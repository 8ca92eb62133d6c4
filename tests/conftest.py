"""Shared fixtures: the two newsroom roles, a report with claims, and the real services.

Tests that need Redis or PostgreSQL are marked; outside CI they skip when the service is
missing, and with REQUIRE_SERVICES=1 (CI) a missing service fails the run instead.
"""

import os
import socket
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group, User

from tests import network_guard

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
DEMO_PASSWORD = "a-long-test-password-123"


def service_reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1
        ):
            return True
    except OSError:
        return False


def need_service(what: str, ok: bool) -> None:
    if ok:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required (REQUIRE_SERVICES=1) but is not reachable.")
    pytest.skip(f"{what} is not available here.")


network_guard.install()


@pytest.fixture(autouse=True)
def _no_packet_leaves_the_machine():
    """Any connection or name look-up beyond loopback fails the test that made it (tests/network_guard.py)."""
    network_guard.take_attempts()
    yield
    if attempts := network_guard.take_attempts():
        pytest.fail("A test tried to reach off this machine: " + "; ".join(attempts))


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests make many accounts; a deliberately slow hash is for production, not for them."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("REDIS_URL", "")
    need_service("Redis (REDIS_URL)", bool(url) and service_reachable(url, 6379))
    return url


@pytest.fixture(scope="session")
def postgres_required():
    from django.conf import settings

    need_service("PostgreSQL (DATABASE_URL)", settings.IS_POSTGRES)


def make_user(username: str, *groups: str, password: str = DEMO_PASSWORD) -> User:
    user = User.objects.create_user(username=username, password=password, email=f"{username}@example.org")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def checker(db) -> User:
    return make_user("checker", "fact-checkers")


@pytest.fixture
def other_checker(db) -> User:
    return make_user("checker2", "fact-checkers")


@pytest.fixture
def editor(db) -> User:
    return make_user("editor", "editors")


@pytest.fixture
def other_editor(db) -> User:
    """A second editor: under two-person sign-off, the one who publishes what the first prepared."""
    return make_user("editor2", "editors")


@pytest.fixture
def outsider(db) -> User:
    """Signed in, but in neither newsroom role."""
    return make_user("outsider")


REPORT_TEXT = (
    "Minister resigns over housing figures, says paper\n\n"
    "The housing minister, Jane Doe, resigned on Monday after the Daily Planet reported that "
    "official figures had overstated new homes by 40,000.\n\n"
    "“The numbers were checked twice,” said John Roe, a spokesperson for the ministry.\n"
)


@pytest.fixture
def report(db):
    from reports.services import import_report

    return import_report(text=REPORT_TEXT, title="Minister resigns", publisher="The Test Times").report


@pytest.fixture
def make_claim(db, report):
    """Build a claim on the fixture report: make_claim(text=..., status=..., **fields)."""
    from django.utils.crypto import get_random_string

    from claims.models import Claim

    def build(text: str = "The minister resigned on Monday.", **fields) -> Claim:
        start = fields.pop("start", 0)
        end = fields.pop("end", min(len(report.body), start + 60))
        return Claim.objects.create(
            report=fields.pop("report", report),
            text=text,
            extracted_text=text,
            start=start,
            end=end,
            slug=fields.pop("slug", f"claim-{get_random_string(8).lower()}"),
            **fields,
        )

    return build


@pytest.fixture
def claim(make_claim):
    return make_claim()
