"""The safe fetcher against a real HTTP server on 127.0.0.1, and the addresses it refuses."""

import socket
import time

import pytest

from sources.fetching import (
    BlockedAddress,
    ConnectionFailed,
    FetchTimeout,
    TooLarge,
    TooManyRedirects,
    UnsupportedScheme,
    fetch,
)
from sources.services import fetch_policy


def test_fetches_a_page_from_an_allowed_host(pages, allow_local):
    result = fetch(pages.url("/article"), fetch_policy())
    assert result.status == 200
    assert b"Housing figures revised" in result.body
    assert result.content_type.startswith("text/html")
    assert result.failure() is None


def test_records_the_redirect_chain_and_final_url(pages, allow_local):
    result = fetch(pages.url("/hop/3"), fetch_policy())
    assert result.final_url == pages.url("/hop/0")
    assert [hop["status"] for hop in result.redirect_chain] == [302, 302, 302]
    assert result.redirect_chain[0] == {
        "url": pages.url("/hop/3"),
        "status": 302,
        "location": pages.url("/hop/2"),
    }


def test_follows_five_redirects(pages, allow_local):
    assert fetch(pages.url("/hop/5"), fetch_policy()).status == 200


def test_refuses_more_than_five_redirects(pages, allow_local):
    with pytest.raises(TooManyRedirects):
        fetch(pages.url("/hop/6"), fetch_policy())


def test_a_server_error_is_returned_as_a_transient_failure(pages, allow_local):
    failure = fetch(pages.url("/broken-once"), fetch_policy()).failure()
    assert failure.status == 500
    assert failure.transient


def test_a_server_error_then_the_page_on_the_next_try(pages, allow_local):
    fetch(pages.url("/broken-once"), fetch_policy())
    assert fetch(pages.url("/broken-once"), fetch_policy()).status == 200


def test_429_carries_retry_after(pages, allow_local):
    failure = fetch(pages.url("/busy"), fetch_policy()).failure()
    assert failure.transient
    assert failure.retry_after == 7


def test_404_is_a_permanent_failure_in_words(pages, allow_local):
    failure = fetch(pages.url("/missing"), fetch_policy()).failure()
    assert not failure.transient
    assert failure.reason == "The page was not found (404 Not Found)."


def test_stops_a_streaming_body_past_the_size_limit(pages, allow_local, settings):
    settings.ARCHIVE_MAX_BYTES = 1024 * 1024
    with pytest.raises(TooLarge):
        fetch(pages.url("/huge"), fetch_policy())


def test_refuses_a_declared_length_over_the_limit_without_reading(pages, allow_local):
    with pytest.raises(TooLarge):
        fetch(pages.url("/huge-declared"), fetch_policy())


def test_a_trickling_body_stops_at_the_total_deadline(pages, allow_local, settings):
    settings.ARCHIVE_TOTAL_TIMEOUT = 1.5
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(pages.url("/slow"), fetch_policy())
    assert time.monotonic() - started < 4


def test_a_stalled_body_hits_the_read_timeout(pages, allow_local, settings):
    settings.ARCHIVE_READ_TIMEOUT = 0.5
    with pytest.raises(FetchTimeout):
        fetch(pages.url("/stall"), fetch_policy())


def test_a_refused_connection_is_transient(allow_local):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectionFailed) as failure:
        fetch(f"http://127.0.0.1:{port}/", fetch_policy())
    assert failure.value.transient


# --- Refusals: nothing on our own network, whatever form the address takes ---------------------


def test_refuses_loopback_when_not_allow_listed(pages):
    with pytest.raises(BlockedAddress):
        fetch(pages.url("/article"), fetch_policy())
    assert pages.hits["/article"] == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://2130706433/",
    ],
)
def test_refuses_private_and_special_addresses(url, allow_local):
    with pytest.raises(BlockedAddress):
        fetch(url, fetch_policy())


def test_refuses_a_name_that_resolves_to_a_private_address(pages, allow_local):
    with pytest.raises(BlockedAddress):
        fetch(pages.url("/article", host="localhost"), fetch_policy())


def test_refuses_a_redirect_from_an_allowed_host_to_the_metadata_service(pages, allow_local):
    with pytest.raises(BlockedAddress):
        fetch(pages.url("/to-metadata"), fetch_policy())


def test_refuses_a_redirect_from_an_allowed_host_to_a_name_not_on_the_list(pages, allow_local):
    with pytest.raises(BlockedAddress):
        fetch(pages.url("/to-localhost"), fetch_policy())
    assert pages.hits["/article"] == 0


def test_refuses_a_redirect_to_a_file_url(pages, allow_local):
    with pytest.raises(UnsupportedScheme):
        fetch(pages.url("/to-file"), fetch_policy())


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/", "javascript:alert(1)"]
)
def test_refuses_non_http_schemes(url):
    with pytest.raises(UnsupportedScheme):
        fetch(url, fetch_policy())


def test_connects_to_the_address_it_checked_not_a_second_answer(pages, settings, monkeypatch):
    """DNS rebinding: the name answers 127.0.0.1 (allowed for it) once, then a private address.
    The connection goes to the checked answer; there is no second lookup of the name."""
    settings.ARCHIVE_ALLOWED_HOSTS = ["rebind.test"]
    real = socket.getaddrinfo
    lookups = []

    def dns(host, port, *args, **kwargs):
        if host == "rebind.test":
            lookups.append(host)
            answer = "127.0.0.1" if len(lookups) == 1 else "10.255.255.1"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answer, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    result = fetch(f"http://rebind.test:{pages.port}/article", fetch_policy())
    assert result.status == 200
    assert lookups == ["rebind.test"]
    assert pages.host_headers == [f"rebind.test:{pages.port}"]


def test_refuses_a_name_if_any_of_its_addresses_is_private(settings, monkeypatch):
    real = socket.getaddrinfo

    def dns(host, port, *args, **kwargs):
        if host == "mixed.test":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    with pytest.raises(BlockedAddress):
        fetch("http://mixed.test/", fetch_policy())


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate (so no one can vouch for it)."""
    import http.server
    import shutil
    import ssl
    import subprocess
    import threading

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_an_untrusted_certificate_is_a_permanent_tls_failure(tls_server, allow_local):
    from sources.fetching import TLSFailure

    with pytest.raises(TLSFailure) as failure:
        fetch(f"https://127.0.0.1:{tls_server.server_port}/", fetch_policy())
    assert not failure.value.transient


def test_https_to_a_private_address_is_refused_before_connecting(allow_local):
    with pytest.raises(BlockedAddress):
        fetch("https://10.0.0.1/", fetch_policy())
