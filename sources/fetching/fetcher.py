"""The safe fetcher: one GET, its redirects, every hop checked, the body streamed under limits.

Built on requests-hardened. Its adapter pins each connection to the address it checked,
sends the original name as Host/SNI and verifies the certificate against the name, so the
DNS answer we checked is the one we connect to. Its own filter looks at only the first
address and allows loopback for every name or none, so `addresses.CheckedAddressAdapter` swaps in
`resolve_checked` (every address, stricter ranges, a per-name allow-list for tests).
Redirects are followed here, by hand, so each hop is checked, counted and recorded.
"""

import email.utils
import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests_hardened import Config, HTTPSession

from .addresses import CheckedAddressAdapter
from .decoding import decode_body, malformed_answer
from .errors import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPFailure,
    InvalidURL,
    MalformedResponse,
    TLSFailure,
    TooLarge,
    TooManyRedirects,
    UnsupportedScheme,
)

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# A redirect's own body is kept for the record, but only this much of it.
REDIRECT_BODY_LIMIT = 64 * 1024
CHUNK = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate, br"  # what decoding.decode_body undoes, under a size cap
# What urllib3 (http.client) puts on the request line, whatever the server answers with.
REQUEST_VERSION = "HTTP/1.1"
# A reference or snapshot URL is at most this long (the columns are 2,000 characters); a
# redirect to anything longer is refused rather than cut, as a cut URL is another address.
MAX_URL_LENGTH = 2000


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = 25 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    allowed_hosts: frozenset[str] = frozenset()
    user_agent: str = "ClaimCheck-Archiver/0.1"


@dataclass(frozen=True)
class Exchange:
    """One request and the response to it, as sent and as received (a redirect hop or the page)."""

    url: str
    request_target: str  # as sent on the request line (path and query, quoted by requests)
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str  # the response's
    response_headers: tuple[tuple[str, str], ...]
    body: bytes  # the entity as transmitted: transfer coding removed, content coding (gzip) kept
    peer_address: str
    at: datetime

    @property
    def request_line(self) -> str:
        return f"GET {self.request_target} {REQUEST_VERSION}"

    def header(self, name: str) -> str:
        name = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == name), "")


@dataclass(frozen=True)
class FetchResult:
    requested_url: str
    exchanges: tuple[Exchange, ...]
    fetched_at: datetime
    duration_ms: int
    max_bytes: int = field(default=25 * 1024 * 1024, repr=False)

    @property
    def final(self) -> Exchange:
        return self.exchanges[-1]

    @property
    def final_url(self) -> str:
        return self.final.url

    @property
    def status(self) -> int:
        return self.final.status

    @property
    def body(self) -> bytes:
        return self.final.body

    @property
    def content_type(self) -> str:
        return self.final.header("content-type")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.final.body).hexdigest()

    @property
    def redirect_chain(self) -> list[dict]:
        return [
            {"url": hop.url, "status": hop.status, "location": nxt.url}
            for hop, nxt in zip(self.exchanges, self.exchanges[1:], strict=False)
        ]

    @property
    def headers(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for name, value in self.final.response_headers:
            merged[name] = f"{merged[name]}, {value}" if name in merged else value
        return merged

    def failure(self) -> HTTPFailure | None:
        """The HTTP error this page answered with, or None for a 2xx/3xx page."""
        if self.status < 400:
            return None
        reason = self.final.reason or "error"
        words = f"The server answered {self.status} {reason}."
        if self.status == 404:
            words = "The page was not found (404 Not Found)."
        elif self.status == 410:
            words = "The page has been removed (410 Gone)."
        elif self.status in (401, 403):
            words = f"The site refused access ({self.status} {reason})."
        elif self.status == 429:
            words = "The site asked us to slow down (429 Too Many Requests)."
        elif self.status >= 500:
            words = f"The site had an error ({self.status} {reason})."
        return HTTPFailure(
            words,
            status=self.status,
            url=self.final_url,
            retry_after=parse_retry_after(self.final.header("retry-after")),
        )

    def decoded_body(self) -> bytes | None:
        """The page with its content coding undone (capped), or None if we cannot decode it."""
        return decode_body(self.body, self.final.header("content-encoding"), limit=self.max_bytes)


def parse_retry_after(value: str) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _session(policy: FetchPolicy) -> tuple[requests.Session, dict[str, CheckedAddressAdapter]]:
    session = HTTPSession(
        Config(
            ip_filter_enable=False,  # replaced by CheckedAddressAdapter just below
            ip_filter_allow_loopback_ips=False,
            never_redirect=True,  # we follow redirects ourselves, checking each hop
            default_timeout=(policy.connect_timeout, policy.read_timeout),
            user_agent_override=policy.user_agent,
        )
    )
    session.trust_env = False  # a proxy from the environment would bypass the address check
    adapters = {
        "http://": CheckedAddressAdapter(is_https_proto=False, allowed_hosts=policy.allowed_hosts),
        "https://": CheckedAddressAdapter(is_https_proto=True, allowed_hosts=policy.allowed_hosts),
    }
    for prefix, adapter in adapters.items():
        session.mount(prefix, adapter)
    return session, adapters


def check_url(url: str, *, redirected: bool = False) -> None:
    if len(url) > MAX_URL_LENGTH:
        what = "The site redirected to an address" if redirected else "The address is"
        raise InvalidURL(
            f"{what} {len(url):,} characters long, over the {MAX_URL_LENGTH:,} we keep; capture stopped.",
            url=url[:MAX_URL_LENGTH],
        )
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InvalidURL(f"This is not a usable web address: {url!r}.", url=url) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "no scheme"
        raise UnsupportedScheme(
            f"Only web addresses (http or https) can be archived; this one has {shown}.", url=url
        )
    if not parts.hostname:
        raise InvalidURL(f"The address {url!r} has no host name.", url=url)


def _set_read_timeout(response: requests.Response, seconds: float) -> None:
    # Between chunks, so a body that trickles in cannot outlive the total deadline.
    try:
        sock = response.raw.connection.sock
        if sock is not None:
            sock.settimeout(max(0.01, seconds))
    except AttributeError:
        pass


def _read_body(
    response: requests.Response, *, limit: int, deadline: float, read_timeout: float, url: str, truncate: bool
) -> bytes:
    length = response.headers.get("Content-Length", "")
    if not truncate and length.isdigit() and int(length) > limit:
        raise TooLarge(
            f"The page is {int(length) // (1024 * 1024)} MB, over the {limit // (1024 * 1024)} MB limit.",
            url=url,
        )
    parts: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout("The page took too long to download (total time limit).", url=url)
        _set_read_timeout(response, min(read_timeout, remaining))
        try:
            chunk = response.raw.read1(CHUNK, decode_content=False)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise FetchTimeout("The site stopped sending the page (read timed out).", url=url) from exc
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError, OSError) as exc:
            raise ConnectionFailed(f"The connection broke while reading the page ({exc}).", url=url) from exc
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > limit:
            if truncate:
                parts.append(chunk[: limit - (size - len(chunk))])
                return b"".join(parts)
            raise TooLarge(
                f"The page is over the {limit // (1024 * 1024)} MB limit; capture stopped.", url=url
            )
        parts.append(chunk)


def _get(session: requests.Session, url: str, *, policy: FetchPolicy, deadline: float) -> requests.Response:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTimeout("The page took too long to download (total time limit).", url=url)
    timeout = (min(policy.connect_timeout, remaining), min(policy.read_timeout, remaining))
    headers = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Encoding": ACCEPT_ENCODING}
    try:
        return session.get(url, headers=headers, stream=True, allow_redirects=False, timeout=timeout)
    except FetchError:
        raise
    except requests.exceptions.SSLError as exc:
        raise TLSFailure(
            "The site's secure connection failed (certificate or TLS problem).", url=url
        ) from exc
    except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as exc:
        raise FetchTimeout("The site did not answer in time.", url=url) from exc
    except requests.exceptions.ConnectionError as exc:
        if malformed := malformed_answer(exc):
            raise MalformedResponse(
                f"The site's answer is not valid HTTP ({malformed}); capture stopped.", url=url
            ) from exc
        raise ConnectionFailed(
            "Could not connect to the site (connection refused or reset).", url=url
        ) from exc
    except (
        requests.exceptions.InvalidURL,
        requests.exceptions.MissingSchema,
        requests.exceptions.InvalidSchema,
        UnicodeError,
        ValueError,
    ) as exc:
        raise InvalidURL(f"This is not a usable web address: {url!r}.", url=url) from exc
    except requests.exceptions.RequestException as exc:
        raise ConnectionFailed(f"The request to the site failed ({type(exc).__name__}).", url=url) from exc


def _exchange(
    response: requests.Response, url: str, at: datetime, address: str, policy: FetchPolicy, deadline: float
) -> tuple[Exchange, str]:
    """The exchange as sent and received, and where it redirects to ("" when it does not)."""
    location = response.headers.get("Location", "")
    is_redirect = response.status_code in REDIRECT_STATUSES and bool(location)
    body = _read_body(
        response,
        limit=REDIRECT_BODY_LIMIT if is_redirect else policy.max_bytes,
        deadline=deadline,
        read_timeout=policy.read_timeout,
        url=url,
        truncate=is_redirect,
    )
    exchange = Exchange(
        url=url,
        request_target=response.request.path_url,
        request_headers=tuple((k, v) for k, v in response.request.headers.items()),
        status=response.status_code,
        reason=response.reason or "",
        http_version="HTTP/1.0" if response.raw.version == 10 else "HTTP/1.1",
        response_headers=tuple(response.raw.headers.items()),
        body=body,
        peer_address=address,
        at=at,
    )
    return exchange, location if is_redirect else ""


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> FetchResult:
    """GET `url` safely and return every exchange up to the final page.

    Raises a FetchError for anything that is not an HTTP answer (refused address, timeout,
    too large, too many redirects). An HTTP error status is returned, not raised:
    `result.failure()` says what it means.
    """
    started = time.monotonic()
    deadline = started + policy.total_timeout
    exchanges: list[Exchange] = []
    session, adapters = _session(policy)
    current = url.strip()
    with session:
        for hop in range(policy.max_redirects + 1):
            check_url(current, redirected=hop > 0)
            at = datetime.now(UTC)
            response = _get(session, current, policy=policy, deadline=deadline)
            adapter = adapters["https://" if current.lower().startswith("https:") else "http://"]
            try:
                exchange, location = _exchange(response, current, at, adapter.last_address, policy, deadline)
            finally:
                response.close()
            exchanges.append(exchange)
            if not location:
                break
            try:
                current = urljoin(current, location)
            except ValueError as exc:
                raise InvalidURL(
                    f"The site redirected to an unusable address: {location!r}.", url=current
                ) from exc
        else:
            raise TooManyRedirects(
                f"The site redirected more than {policy.max_redirects} times; capture stopped.", url=url
            )
    return FetchResult(
        requested_url=url,
        exchanges=tuple(exchanges),
        # when the page itself was asked for: its records' WARC-Date, which replay shows (a redirect
        # hop before it carries its own, earlier date)
        fetched_at=exchanges[-1].at,
        duration_ms=int((time.monotonic() - started) * 1000),
        max_bytes=policy.max_bytes,
    )


__all__ = [
    "BlockedAddress",
    "Exchange",
    "FetchPolicy",
    "FetchResult",
    "check_url",
    "decode_body",
    "fetch",
    "parse_retry_after",
]
