"""SSRF refusals come before any connection, and the suite's guard would catch one that did not.

The autouse guard (tests/network_guard.py) fails any test that connects beyond loopback or asks
the real DNS. Here every socket connect is also spied on, so a refused address is shown to be
refused before the archiver opened any socket at all, loopback included.
"""

import socket

import pytest

from sources.fetching import BlockedAddress, ConnectionFailed, fetch
from sources.services import fetch_policy
from tests import network_guard


@pytest.fixture
def connects(monkeypatch):
    """Every address any socket tried to connect to during the test."""
    seen: list = []
    inner = socket.socket.connect

    def spy(self, address):
        seen.append(address)
        return inner(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    return seen


@pytest.fixture
def fake_dns(monkeypatch):
    """A resolver with made-up answers: no name is ever sent to a real DNS server."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        if host in answers:
            family = {4: socket.AF_INET, 6: socket.AF_INET6}
            return [
                (family[6 if ":" in ip else 4], socket.SOCK_STREAM, 6, "", (ip, port)) for ip in answers[host]
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return answers


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "https://172.16.0.9/",
        "http://192.168.1.1:8080/admin",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:10.1.2.3]/",
        "http://100.64.0.1/",
        "http://127.0.0.1/",
        "http://0177.0.0.1/",
    ],
)
def test_private_link_local_and_metadata_addresses_are_refused_before_connecting(url, connects):
    with pytest.raises((BlockedAddress, ConnectionFailed)):
        fetch(url, fetch_policy())
    assert connects == []


def test_a_name_with_a_public_and_a_private_address_is_refused_before_connecting(fake_dns, connects):
    fake_dns["mixed.example"] = ["93.184.215.14", "10.0.0.5"]
    with pytest.raises(BlockedAddress):
        fetch("http://mixed.example/page", fetch_policy())
    assert connects == []


def test_a_name_resolving_to_the_metadata_service_is_refused_before_connecting(fake_dns, connects):
    fake_dns["metadata.example"] = ["169.254.169.254"]
    with pytest.raises(BlockedAddress):
        fetch("http://metadata.example/latest/meta-data/", fetch_policy())
    assert connects == []


def test_a_public_address_passes_the_filter_and_is_stopped_by_the_guard(connects):
    """The filter lets a public address through, as it should; the suite's guard then stops the
    connection before a packet is sent, so a test can never reach the internet by accident."""
    with pytest.raises(ConnectionFailed):
        fetch("http://93.184.215.14/", fetch_policy())
    assert [address[0] for address in connects] == ["93.184.215.14"]
    assert network_guard.take_attempts() == ["connect to '93.184.215.14'"]


def test_a_real_name_is_never_looked_up_in_tests():
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("claimcheck-probe.example.org", 80)
    assert network_guard.take_attempts() == ["look up the name 'claimcheck-probe.example.org'"]


def test_loopback_stays_open_for_the_suites_own_services():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
    assert network_guard.take_attempts() == []
