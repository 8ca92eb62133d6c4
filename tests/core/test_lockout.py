"""The sign-in lock-out behind a TLS proxy: it locks the guesser, never the real user or a bystander.

Every request comes from the proxy's address (REMOTE_ADDR), with the client's address appended
to X-Forwarded-For by the proxy, as TRUSTED_PROXY_COUNT = 1 says.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import DEMO_PASSWORD, make_user

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
ATTACKER = "203.0.113.66"
REAL_USER = "198.51.100.7"
BYSTANDER = "198.51.100.8"


@pytest.fixture(autouse=True)
def behind_one_proxy(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_ADDRESS_FAILURE_LIMIT = 20
    settings.TRUSTED_PROXY_COUNT = 1


def sign_in(client_address: str, username: str, password: str, forged: str = "") -> int:
    """One sign-in through the proxy: it appends the address it saw to whatever the client sent."""
    forwarded = f"{forged}, {client_address}" if forged else client_address
    client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    response = client.post(reverse("login"), {"username": username, "password": password})
    return response.status_code


def test_one_clients_failures_lock_neither_the_real_user_nor_another_client(checker):
    other = make_user("bystander", "fact-checkers")
    codes = [sign_in(ATTACKER, "checker", f"guess-{n}") for n in range(8)]
    assert codes[:4] == [200] * 4 and codes[-1] == 429  # the guesser is locked out...
    assert sign_in(REAL_USER, "checker", DEMO_PASSWORD) == 302  # ...the real user, elsewhere, is not
    assert sign_in(BYSTANDER, other.username, DEMO_PASSWORD) == 302  # nor is anyone else behind the proxy


def test_a_forged_forwarded_for_does_not_dodge_the_lock_out(checker):
    codes = [sign_in(ATTACKER, "checker", "guess", forged=f"192.0.2.{n}") for n in range(6)]
    assert codes[-1] == 429
    assert sign_in(ATTACKER, "checker", DEMO_PASSWORD, forged="192.0.2.200") == 429


def test_a_forged_forwarded_for_cannot_lock_out_someone_else(checker):
    # Claiming to be the real user's address in a forged header: the proxy's entry is what counts.
    for _ in range(6):
        sign_in(ATTACKER, "checker", "guess", forged=REAL_USER)
    assert sign_in(REAL_USER, "checker", DEMO_PASSWORD) == 302


def test_credential_stuffing_from_one_address_locks_that_address():
    for n in range(16):
        make_user(f"reporter{n}", "fact-checkers")
    codes = [sign_in(ATTACKER, f"reporter{n}", f"pw-{p}") for n in range(16) for p in range(4)]
    assert 429 in codes  # no username reached 5 failures, but the address passed 20
    assert codes.index(429) == 19  # the 20th failure across usernames locks the address
    assert sign_in(ATTACKER, "reporter15", DEMO_PASSWORD) == 429
    assert sign_in(REAL_USER, "reporter15", DEMO_PASSWORD) == 302


def test_a_good_sign_in_does_not_wipe_the_addresses_count():
    make_user("stuffer", "fact-checkers")  # the attacker's own working account
    for n in range(4):
        make_user(f"victim{n}", "fact-checkers")
    for n in range(4):
        for p in range(4):
            sign_in(ATTACKER, f"victim{n}", f"pw-{p}")
    assert sign_in(ATTACKER, "stuffer", DEMO_PASSWORD) == 302
    codes = [sign_in(ATTACKER, "victim0", "pw-9") for _ in range(5)]
    assert codes[-1] == 429


def test_without_a_trusted_proxy_the_connecting_address_is_the_client(settings, checker):
    settings.TRUSTED_PROXY_COUNT = 0
    # Nothing in the header is believed: every guess counts against the connecting address.
    codes = [
        Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        .post(reverse("login"), {"username": "checker", "password": "guess"})
        .status_code
        for n in range(6)
    ]
    assert codes[-1] == 429


def test_an_overlong_username_is_a_failed_sign_in_not_a_server_error():
    assert sign_in(ATTACKER, "x" * 5000, "guess") == 200
